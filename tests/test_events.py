"""Facts derived from dated events: windows, evidence age, highest words, raise-only, conflicts."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings

from gevoeligheid import DossierError, evaluate, load_ruleset

from .strategies import dossiers

#: Every test here is assessed on this day, so that it does not change as the calendar moves on.
PEILDATUM = "2026-12-01"


def check(dossier: dict, **options):
    return evaluate(dossier, peildatum=options.pop("peildatum", PEILDATUM), **options)


def complaints(start: str, count: int, every_days: int) -> list[dict]:
    first = datetime.date.fromisoformat(start)
    return [
        {"type": "klacht", "datum": (first + datetime.timedelta(days=every_days * n)).isoformat()}
        for n in range(count)
    ]


def test_ten_complaints_within_30_days_are_a_wave_and_a_pattern():
    result = check({"facts": {}, "events": complaints("2026-10-01", 10, 3)})  # day 0 .. day 27
    assert result.derived == {"klachtenpatroon": True, "klachtengolf": True}
    assert [signal.id for signal in result.signals] == ["klachtenpatroon", "klachtengolf"]
    assert all(signal.from_events for signal in result.signals)


def test_ten_complaints_spread_over_more_than_30_days_are_no_wave():
    result = check({"facts": {}, "events": complaints("2026-09-01", 10, 4)})  # day 0 .. day 36
    assert result.derived == {"klachtenpatroon": True}


def test_the_wave_counts_30_calendar_days_inclusive():
    inside = complaints("2026-10-01", 9, 1) + [{"type": "klacht", "datum": "2026-10-30"}]
    outside = complaints("2026-10-01", 9, 1)[1:] + [
        {"type": "klacht", "datum": "2026-10-01"},
        {"type": "klacht", "datum": "2026-10-31"},
    ]
    assert check({"events": inside}).derived.get("klachtengolf") is True
    assert check({"events": outside}).derived.get("klachtengolf") is None


def test_two_complaints_200_days_apart_set_nothing():
    result = check({"facts": {"klachtenpatroon": None}, "events": complaints("2026-03-01", 2, 200)})
    assert result.derived == {} and result.conflicts == ()


def test_forty_complaints_on_one_day_are_a_wave_but_no_pattern():
    """A pattern is recurrence: complaints on at least 3 different days (policy, invariant 12)."""
    result = check({"events": complaints("2026-11-20", 40, 0)})
    assert result.derived == {"klachtengolf": True}
    assert (result.classification, result.escalation) == ("sensitive", "manager")
    assert "portefeuillehouder" in result.inform


@pytest.mark.parametrize(
    "days, pattern", [([0, 0, 0], False), ([0, 0, 1], False), ([0, 1, 2], True)]
)
def test_a_pattern_needs_complaints_on_three_different_days(days, pattern):
    events = [{"type": "klacht", "datum": f"2026-11-{10 + day:02d}"} for day in days]
    assert check({"events": events}).derived.get("klachtenpatroon", False) is pattern


def test_media_events_give_the_highest_reach():
    events = [
        {"type": "media", "datum": "2026-10-01", "bereik": "lokaal"},
        {"type": "media", "datum": "2026-10-02", "bereik": "regionaal"},
    ]
    assert check({"events": events}).derived == {"media_aandacht": "regionaal"}


def test_enforcement_decisions_give_the_track_and_a_history():
    events = [{"type": "handhavingsbesluit", "datum": "2026-05-01", "soort": "strafrechtelijk"}]
    assert check({"events": events}).derived == {
        "repressieve_handhaving": "strafrechtelijk",
        "handhavingsverleden": True,
    }


@pytest.mark.parametrize("kind", ["raadsvraag", "statenvraag"])
def test_a_council_question_sets_raads_of_statenvragen(kind):
    result = check({"events": [{"type": kind, "datum": "2026-11-01"}]})
    assert result.derived == {"raads_of_statenvragen": True}
    assert "portefeuillehouder" in result.inform


def test_an_incident_outside_the_site_is_a_headline():
    result = check(
        {"events": [{"type": "incident", "datum": "2026-11-01", "uitstraling": "buiten_locatie"}]}
    )
    assert (result.classification, result.derived) == ("sensitive", {"incident": "buiten_locatie"})


def test_evidence_above_the_answer_raises_it_and_is_reported_as_a_conflict():
    dossier = {
        "facts": {"media_aandacht": "lokaal"},
        "events": [{"type": "media", "datum": "2026-11-05", "bereik": "landelijk"}],
    }
    result = check(dossier)
    assert result.derived == {"media_aandacht": "landelijk"}
    [conflict] = result.conflicts
    assert (conflict.fact, conflict.answered, conflict.evidence, conflict.events) == (
        "media_aandacht",
        "lokaal",
        "landelijk",
        ("/events/0",),
    )
    assert "lokaal" in conflict.message and "landelijk" in conflict.message


def test_evidence_below_the_answer_changes_nothing():
    dossier = {
        "facts": {"media_aandacht": "landelijk"},
        "events": [{"type": "media", "datum": "2026-11-05", "bereik": "lokaal"}],
    }
    result = check(dossier)
    assert (result.derived, result.conflicts) == ({}, ())


def test_conflict_messages_follow_the_language_in_words():
    """Conflicts say ja/nee (yes/no), not JSON literals."""
    dossier = {
        "facts": {"raads_of_statenvragen": False},
        "events": [{"type": "raadsvraag", "datum": "2026-11-05"}],
    }
    assert (
        "was answered: no. But 1 event in the dossier shows: yes."
        in check(dossier, lang="en").conflicts[0].message
    )
    assert (
        "is geantwoord: nee. Maar 1 gebeurtenis in het dossier laat zien: ja."
        in check(dossier, lang="nl").conflicts[0].message
    )


def test_conflict_messages_name_the_question_not_the_fact_id():
    dossier = {
        "facts": {"raads_of_statenvragen": False},
        "events": [{"type": "raadsvraag", "datum": "2026-11-05"}],
    }
    message = check(dossier).conflicts[0].message
    assert (
        "'Zijn er Raads- of Statenvragen gesteld?'" in message
        and "raads_of_statenvragen" not in message
    )


# --- invariant 12: evidence has an age --------------------------------------------------------

WINDOWS = [
    ({"type": "media", "bereik": "landelijk"}, "venster_media", "media_aandacht"),
    ({"type": "raadsvraag"}, "venster_raadsvragen", "raads_of_statenvragen"),
    ({"type": "statenvraag"}, "venster_raadsvragen", "raads_of_statenvragen"),
    ({"type": "incident", "uitstraling": "buiten_locatie"}, "venster_incident", "incident"),
    (
        {"type": "handhavingsbesluit", "soort": "strafrechtelijk"},
        "venster_handhaving",
        "repressieve_handhaving",
    ),
]


@pytest.mark.parametrize(
    "event, setting, fact",
    WINDOWS,
    ids=lambda item: item if isinstance(item, str) else item["type"],
)
def test_invariant_12_an_event_counts_inside_its_window_and_not_after_it(event, setting, fact):
    """An event exactly as old as its window still counts; one day older does not."""
    ruleset = load_ruleset(peildatum=PEILDATUM)
    days = ruleset.settings[setting].value
    day = datetime.date.fromisoformat(PEILDATUM)
    at_edge = {**event, "datum": (day - datetime.timedelta(days=days)).isoformat()}
    too_old = {**event, "datum": (day - datetime.timedelta(days=days + 1)).isoformat()}
    assert fact in check({"events": [at_edge]}).derived
    assert fact not in check({"events": [too_old]}).derived


def test_invariant_12_every_window_is_a_setting_of_30_to_730_days():
    ruleset = load_ruleset(peildatum=PEILDATUM)
    windows = {
        derivation.within
        for event in ruleset.events.values()
        for derivation in event.derives
        if derivation.within
    }
    windows |= {
        derivation.days_setting
        for event in ruleset.events.values()
        for derivation in event.derives
        if derivation.days_setting
    }
    assert windows == {
        "venster_media",
        "venster_raadsvragen",
        "venster_incident",
        "venster_handhaving",
        "klachtenpatroon_dagen",
        "venster_klachtengolf",
        "klachtengolf_dagen",
    }
    for name in windows - {"klachtengolf_dagen"}:
        setting = ruleset.settings[name]
        assert (setting.minimum, setting.maximum) == (30, 730) and 30 <= setting.value <= 730, name
    wave_count, wave_days = (
        ruleset.settings["klachtengolf_aantal"],
        ruleset.settings["klachtengolf_dagen"],
    )
    assert (wave_count.minimum, wave_count.maximum, wave_days.minimum, wave_days.maximum) == (
        5,
        20,
        14,
        60,
    )


def test_invariant_12_an_old_enforcement_decision_is_history_not_a_running_track():
    """The 2016 decision of the issue: handhavingsverleden yes, repressieve_handhaving no."""
    result = check(
        {
            "events": [
                {"type": "handhavingsbesluit", "datum": "2016-03-01", "soort": "bestuursrechtelijk"}
            ]
        }
    )
    assert result.derived == {"handhavingsverleden": True}


def test_invariant_12_a_2015_national_media_item_no_longer_makes_a_dossier_sensitive():
    result = check({"events": [{"type": "media", "datum": "2015-06-01", "bereik": "landelijk"}]})
    assert (result.classification, result.escalation, result.inform, result.derived) == (
        "not_sensitive",
        "none",
        (),
        {},
    )


def test_invariant_12_a_wave_must_end_inside_its_window():
    ruleset = load_ruleset(peildatum=PEILDATUM)
    window = ruleset.settings["venster_klachtengolf"].value
    last = datetime.date.fromisoformat(PEILDATUM) - datetime.timedelta(days=window)
    wave = complaints((last - datetime.timedelta(days=9)).isoformat(), 10, 1)
    assert check({"events": wave}).derived.get("klachtengolf") is True
    older = complaints((last - datetime.timedelta(days=10)).isoformat(), 10, 1)
    assert check({"events": older}).derived.get("klachtengolf") is None


def test_invariant_12_events_after_the_peildatum_are_left_out_and_counted():
    events = [
        {"type": "raadsvraag", "datum": "2026-11-20"},
        {"type": "media", "datum": "2026-11-25", "bereik": "landelijk"},
    ]
    result = check({"events": events}, peildatum="2026-11-22")
    assert result.events_left_out == 1
    assert result.derived == {"raads_of_statenvragen": True}
    assert (
        result.to_dict()["events_left_out"] == 1 and result.to_dict()["peildatum"] == "2026-11-22"
    )


def test_invariant_12_an_event_after_today_is_an_input_error():
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    with pytest.raises(DossierError, match="after today"):
        check({"events": [{"type": "klacht", "datum": tomorrow}]})


def test_invariant_12_one_date_picks_the_version_and_ages_the_events():
    """The dossier's own peildatum: before 2026-12-01 the 2026.1 rules, which kept
    evidence forever."""
    events = [{"type": "media", "datum": "2015-06-01", "bereik": "landelijk"}]
    old = evaluate({"peildatum": "2026-11-30", "events": events})
    new = evaluate({"peildatum": "2026-12-01", "events": events})
    assert (
        old.to_dict()["ruleset"]["version"],
        old.classification,
        old.to_dict()["peildatum"],
    ) == ("2026.1", "sensitive", "2026-11-30")
    assert (
        new.to_dict()["ruleset"]["version"],
        new.classification,
        new.to_dict()["peildatum"],
    ) == ("2026.2", "not_sensitive", "2026-12-01")


def test_invariant_12_the_peildatum_given_overrides_the_dossiers_own():
    result = evaluate({"peildatum": "2026-11-30", "facts": {}}, peildatum="2026-12-01")
    assert (result.to_dict()["peildatum"], result.to_dict()["ruleset"]["version"]) == (
        "2026-12-01",
        "2026.2",
    )


def test_invariant_12_a_datetime_peildatum_is_its_day():
    at_noon = datetime.datetime(2026, 12, 1, 12, 0)
    result = evaluate(
        {"events": [{"type": "raadsvraag", "datum": "2026-11-01"}]}, peildatum=at_noon
    )
    assert (result.to_dict()["peildatum"], result.derived) == (
        "2026-12-01",
        {"raads_of_statenvragen": True},
    )


def test_invariant_12_without_a_peildatum_today_is_used():
    assert evaluate({"facts": {}}).to_dict()["peildatum"] == datetime.date.today().isoformat()


def test_invariant_12_with_a_ruleset_given_the_peildatum_still_ages_the_events():
    ruleset = load_ruleset(peildatum=PEILDATUM)
    events = [{"type": "media", "datum": "2026-03-01", "bereik": "landelijk"}]
    assert evaluate({"events": events}, ruleset=ruleset, peildatum="2026-04-01").derived == {
        "media_aandacht": "landelijk"
    }
    assert evaluate({"events": events}, ruleset=ruleset, peildatum="2026-12-01").derived == {}
    assert (
        evaluate({"events": events}, ruleset=ruleset, peildatum="2026-04-01").to_dict()["ruleset"][
            "version"
        ]
        == "2026.2"
    )


@pytest.mark.parametrize("value", ["2026-02-30", "1-12-2026", 20261201])
def test_a_bad_peildatum_in_a_dossier_is_an_input_error(value):
    with pytest.raises(DossierError) as caught:
        evaluate({"peildatum": value, "facts": {}})
    assert caught.value.pointer == "/peildatum"


@settings(max_examples=200)
@given(dossier=dossiers())
def test_events_only_ever_raise(dossier):
    """Removing a dossier's events never raises its outcome."""
    with_events = check(dossier, engine="reference")
    without = check(dict(dossier, events=[]), engine="reference")
    assert with_events.outcome.classification >= without.outcome.classification
    assert with_events.outcome.escalation >= without.outcome.escalation
    assert without.outcome.inform <= with_events.outcome.inform
