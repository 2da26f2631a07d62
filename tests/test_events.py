"""Facts derived from dated events: windows, highest words, raise-only, and conflicts."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings

from gevoeligheid import evaluate

from .strategies import dossiers


def complaints(start: str, count: int, every_days: int) -> list[dict]:
    first = datetime.date.fromisoformat(start)
    return [{"type": "klacht", "datum": (first + datetime.timedelta(days=every_days * n)).isoformat()} for n in range(count)]


def test_ten_complaints_within_30_days_are_a_wave_and_a_pattern():
    result = evaluate({"facts": {}, "events": complaints("2026-09-01", 10, 3)})  # day 0 .. day 27
    assert result.derived == {"klachtenpatroon": True, "klachtengolf": True}
    assert [signal.id for signal in result.signals] == ["klachtenpatroon", "klachtengolf"]
    assert all(signal.from_events for signal in result.signals)


def test_ten_complaints_spread_over_more_than_30_days_are_no_wave():
    result = evaluate({"facts": {}, "events": complaints("2026-09-01", 10, 4)})  # day 0 .. day 36
    assert result.derived == {"klachtenpatroon": True}


def test_the_window_counts_30_calendar_days_inclusive():
    inside = complaints("2026-01-01", 9, 1) + [{"type": "klacht", "datum": "2026-01-30"}]
    outside = complaints("2026-01-01", 9, 1)[1:] + [{"type": "klacht", "datum": "2026-01-01"}, {"type": "klacht", "datum": "2026-01-31"}]
    assert evaluate({"events": inside}).derived.get("klachtengolf") is True
    assert evaluate({"events": outside}).derived.get("klachtengolf") is None


def test_two_complaints_200_days_apart_set_nothing():
    result = evaluate({"facts": {"klachtenpatroon": None}, "events": complaints("2026-01-01", 2, 200)})
    assert result.derived == {} and result.conflicts == ()


def test_media_events_give_the_highest_reach():
    events = [{"type": "media", "datum": "2026-03-01", "bereik": "lokaal"}, {"type": "media", "datum": "2026-03-02", "bereik": "regionaal"}]
    assert evaluate({"events": events}).derived == {"media_aandacht": "regionaal"}


def test_enforcement_decisions_give_the_track_and_a_history():
    events = [{"type": "handhavingsbesluit", "datum": "2025-05-01", "soort": "strafrechtelijk"}]
    assert evaluate({"events": events}).derived == {"repressieve_handhaving": "strafrechtelijk", "handhavingsverleden": True}


@pytest.mark.parametrize("kind", ["raadsvraag", "statenvraag"])
def test_a_council_question_sets_raads_of_statenvragen(kind):
    result = evaluate({"events": [{"type": kind, "datum": "2026-04-01"}]})
    assert result.derived == {"raads_of_statenvragen": True}
    assert "portefeuillehouder" in result.inform


def test_an_incident_outside_the_site_is_a_headline():
    result = evaluate({"events": [{"type": "incident", "datum": "2026-04-01", "uitstraling": "buiten_locatie"}]})
    assert (result.classification, result.derived) == ("sensitive", {"incident": "buiten_locatie"})


def test_evidence_above_the_answer_raises_it_and_is_reported_as_a_conflict():
    dossier = {"facts": {"media_aandacht": "lokaal"}, "events": [{"type": "media", "datum": "2026-05-05", "bereik": "landelijk"}]}
    result = evaluate(dossier)
    assert result.derived == {"media_aandacht": "landelijk"}
    [conflict] = result.conflicts
    assert (conflict.fact, conflict.answered, conflict.evidence, conflict.events) == ("media_aandacht", "lokaal", "landelijk", ("/events/0",))
    assert "lokaal" in conflict.message and "landelijk" in conflict.message


def test_evidence_below_the_answer_changes_nothing():
    dossier = {"facts": {"media_aandacht": "landelijk"}, "events": [{"type": "media", "datum": "2026-05-05", "bereik": "lokaal"}]}
    result = evaluate(dossier)
    assert (result.derived, result.conflicts) == ({}, ())


def test_conflict_messages_follow_the_language():
    dossier = {"facts": {"raads_of_statenvragen": False}, "events": [{"type": "raadsvraag", "datum": "2026-05-05"}]}
    assert "answered false" in evaluate(dossier, lang="en").conflicts[0].message
    assert "beantwoord met false" in evaluate(dossier, lang="nl").conflicts[0].message


@settings(max_examples=200)
@given(dossier=dossiers())
def test_events_only_ever_raise(dossier):
    """Removing a dossier's events never raises its outcome."""
    with_events = evaluate(dossier, engine="reference")
    without = evaluate(dict(dossier, events=[]), engine="reference")
    assert with_events.outcome.classification >= without.outcome.classification
    assert with_events.outcome.escalation >= without.outcome.escalation
    assert without.outcome.inform <= with_events.outcome.inform
