"""The invariants of rule set 2027.1 (docs/policy.md), each as a test, on a peildatum in its
period: headline strengths (4), the portefeuillehouder informed of every sensitive dossier by the
route in force (7), deviation from adopted policy to the board (8), evidence as a floor (10) and
the incident event's `significant` flag (12)."""

from __future__ import annotations

import functools
import json

import pytest
from hypothesis import given, settings, strategies as st

from gevoeligheid import evaluate as _evaluate, load_ruleset
from gevoeligheid._model import CLASSIFICATIONS, ESCALATIONS
from gevoeligheid._render import to_json

from .strategies import FACTS_2027, PEILDATUM_2027, RULESET_2027, dossiers, raise_one

evaluate = functools.partial(_evaluate, peildatum=PEILDATUM_2027)
RULESET = RULESET_2027
FACTS = FACTS_2027
ENGINES = ["durable", "reference"]
C = {name: index for index, name in enumerate(CLASSIFICATIONS)}
E = {name: index for index, name in enumerate(ESCALATIONS)}
ALL_ROLES = {"accountmanager", "ambtelijk_opdrachtgever", "portefeuillehouder"}
CONTEXT_CLASS = {
    "spraakmakend_initiatief",
    "subsidie",
    "afspraken_met_overheid",
    "verplichtingen_overheidsfondsen",
    "strategische_trend",
    "historische_redenen",
    "handhavingsverleden",
}
ESCALATION_CONTEXT = {
    "werkafspraken_geraakt",
    "majeure_wijziging",
    "grote_impact_organisatie",
    "strategisch_vraagstuk",
    "buiten_mandaat",
    "advies_niet_overgenomen",
}
dossiers_2027 = functools.partial(dossiers, ruleset=RULESET)


def lowest(fact):
    return False if fact.type == "bool" else (fact.values[0] if fact.type == "grade" else [])


def highest(fact):
    return list(fact.highest) if fact.type == "set" else fact.highest


def levels(result):
    return C[result.classification], E[result.escalation]


def actions(result):
    return {action.id for action in result.actions}


def effective(dossier, result):
    """The dossier's facts as the rules saw them: the answers, raised by the events."""
    return {
        **{key: value for key, value in dossier["facts"].items() if value is not None},
        **result.to_dict()["derived_from_events"],
    }


def strengths(values):
    """Each criterion of 004:386 present, with its strength, worked out here from the table of
    docs/policy.md (not from the rule files)."""
    media = values.get("media_aandacht")
    out = {}
    if media == "landelijk" or values.get("raads_of_statenvragen"):
        out["H1"] = 2
    elif media == "regionaal" or values.get("bestuurlijke_aandacht"):
        out["H1"] = 1
    if values.get("maatschappelijke_onrust"):
        out["H2"] = 2 if values.get("klachtengolf") else 1
    if set(values.get("afbreukrisico") or ()) & {"bestuurlijk", "politiek"}:
        out["H3"] = 1
    if values.get("veiligheid_gezondheid_in_geding") or values.get("significante_milieugevolgen"):
        out["H4"] = 2
    if values.get("incident") == "buiten_locatie":
        out["H5"] = 2
    return out


def test_the_rule_set_in_force_from_2027_01_01_is_2027_1():
    assert (RULESET.version, RULESET.valid_from.isoformat()) == ("2027.1", "2027-01-01")
    assert _evaluate({"facts": {}}, peildatum="2026-12-31").ruleset["version"] == "2026.2"
    assert _evaluate({"facts": {}}, peildatum="2027-01-01").ruleset["version"] == "2027.1"


# --- invariants 1-3 -----------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("fill", ["lowest", "unknown", "absent"])
def test_invariant_1_nothing_present_is_not_sensitive_with_nobody_and_nothing_to_do(engine, fill):
    facts = (
        {}
        if fill == "absent"
        else {fact.id: (lowest(fact) if fill == "lowest" else None) for fact in FACTS}
    )
    result = evaluate({"facts": facts}, engine=engine)
    assert (
        result.classification,
        result.escalation,
        result.inform,
        result.actions,
        result.signals,
    ) == ("not_sensitive", "none", (), (), ())


def test_invariant_2_the_context_class_is_exactly_seven_facts():
    context = {fact.id for fact in FACTS if fact.signal and max(fact.signal.weights.values()) == 1}
    assert context == CONTEXT_CLASS
    assert all(
        min(fact.signal.weights.values()) >= 2
        for fact in FACTS
        if fact.signal and fact.id not in CONTEXT_CLASS
    )


@pytest.mark.parametrize("fact", [fact for fact in FACTS if fact.signal], ids=lambda fact: fact.id)
def test_invariant_2_one_signal_alone(fact):
    """Any signal gives attention; one context signal alone stays with the case worker, any other
    signal goes at least to the coordinator."""
    result = evaluate(
        {"facts": {fact.id: highest(fact) if fact.type != "set" else [fact.values[0]]}}
    )
    assert C[result.classification] >= C["attention"]
    if fact.id in CONTEXT_CLASS:
        assert result.escalation == "none"
    else:
        assert E[result.escalation] >= E["coordinator"]


def test_invariant_2_several_signals_together_is_said_only_for_several():
    """The reason 'meerdere signalen samen' never stands beside one signal."""
    for facts in (
        {"gezondheidsrisico": True},
        {"media_aandacht": "lokaal"},
        {"ondermijning": True},
    ):
        reasons = {reason.rule for reason in evaluate({"facts": facts}).reasons}
        assert "score_coordinator" not in reasons
    assert "score_coordinator" in {
        reason.rule
        for reason in evaluate({"facts": {"subsidie": True, "historische_redenen": True}}).reasons
    }


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(dossier=dossiers_2027())
def test_invariants_3_4_5_headline_strength_decides_highly_sensitive(dossier):
    """A criterion of 004:386 gives at least sensitive and the manager; highly sensitive exactly
    when the strengths add up to 3 or more, or a criterion of strength 2 stands beside a score of
    at least score_zeer_gevoelig; every highly sensitive dossier goes at least to the director;
    without that, at most sensitive (and the manager, unless an escalation fact sets more)."""
    result = evaluate(dossier, engine="reference")
    values = effective(dossier, result)
    found = strengths(values)
    threshold = RULESET.settings["score_zeer_gevoelig"].value
    highly = sum(found.values()) >= 3 or (
        max(found.values(), default=0) >= 2 and result.score >= threshold
    )
    if found:
        assert C[result.classification] >= C["sensitive"] and E[result.escalation] >= E["manager"]
    assert (result.classification == "highly_sensitive") == highly
    if highly:
        assert E[result.escalation] >= E["director"]
    elif not {
        "grote_impact_organisatie",
        "strategisch_vraagstuk",
        "buiten_mandaat",
        "advies_niet_overgenomen",
        "afwijking_vastgesteld_beleid",
    } & {key for key, value in values.items() if value}:
        assert E[result.escalation] <= E["manager"]


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({"bestuurlijke_aandacht": True, "afbreukrisico": ["bestuurlijk"]}, "sensitive"),
        (
            {
                "media_aandacht": "landelijk",
                "raads_of_statenvragen": True,
                "bestuurlijke_aandacht": True,
                "gezondheidsrisico": True,
            },
            "sensitive",
        ),
        (
            {
                "media_aandacht": "landelijk",
                "raads_of_statenvragen": True,
                "maatschappelijke_onrust": True,
            },
            "highly_sensitive",
        ),
        (
            {"veiligheid_gezondheid_in_geding": True, "afbreukrisico": ["politiek"]},
            "highly_sensitive",
        ),
        (
            {
                "bestuurlijke_aandacht": True,
                "afbreukrisico": ["bestuurlijk"],
                "maatschappelijke_onrust": True,
            },
            "highly_sensitive",
        ),
        ({"media_aandacht": "regionaal", "maatschappelijke_onrust": True}, "sensitive"),
    ],
    ids=json.dumps,
)
@pytest.mark.parametrize("engine", ENGINES)
def test_invariant_4_a_graver_dossier_never_ranks_below_a_milder_one(facts, expected, engine):
    assert evaluate({"facts": facts}, engine=engine).classification == expected


# --- invariant 7 --------------------------------------------------------------------------------


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(dossier=dossiers_2027())
def test_invariant_7_nobody_is_surprised(dossier):
    result = evaluate(dossier, engine="reference")
    inform, done = set(result.inform), actions(result)
    values = effective(dossier, result)
    if C[result.classification] >= C["sensitive"]:
        assert inform == ALL_ROLES
        assert {"informeer_portefeuillehouder", "agendeer_periodiek_overleg"} <= done
    if E[result.escalation] >= E["manager"]:
        assert {"accountmanager", "ambtelijk_opdrachtgever"} <= inform
    if result.escalation == "board":
        assert "portefeuillehouder" in inform
    if "portefeuillehouder" in inform:
        assert "ambtelijk_opdrachtgever" in inform
        assert (
            next(
                action for action in result.actions if action.id == "informeer_portefeuillehouder"
            ).role
            == "accountmanager"
        )
    for role, action in (
        ("accountmanager", "informeer_accountmanager"),
        ("ambtelijk_opdrachtgever", "informeer_ambtelijk_opdrachtgever"),
    ):
        assert (role in inform) == (action in done)
    if E[result.escalation] >= E["coordinator"]:
        assert "bekijk_dossier_coordinator" in done
        assert result.actions  # never "nothing to do" beside an escalation
    if values.get("strategische_trend"):
        assert "accountmanager" in inform and "breng_trend_bij_opdrachtgever" in done
    grounds = {
        "grote_impact_organisatie",
        "strategisch_vraagstuk",
        "buiten_mandaat",
        "afwijking_vastgesteld_beleid",
    } & {key for key, value in values.items() if value}
    if E[result.escalation] >= E["director"] and (
        grounds or result.classification == "highly_sensitive"
    ):
        assert done & {"voorleggen_directie", "voorleggen_bevoegd_gezag"}


def test_invariant_7_the_strategic_trend_alone_raises_no_escalation():
    result = evaluate({"facts": {"strategische_trend": True}})
    assert (result.classification, result.escalation, result.inform) == (
        "attention",
        "none",
        ("accountmanager",),
    )
    assert actions(result) == {"informeer_accountmanager", "breng_trend_bij_opdrachtgever"}
    assert "trend" in next(
        action.text for action in result.actions if action.id == "informeer_accountmanager"
    )


def test_invariant_7_advice_not_followed_alone_is_not_put_before_the_board():
    result = evaluate({"facts": {"advies_niet_overgenomen": True}})
    assert result.escalation == "board"
    assert "leg_besluit_transparant_vast" in actions(result)
    assert not actions(result) & {"voorleggen_directie", "voorleggen_bevoegd_gezag"}


def test_invariant_7_the_route_in_force_is_named_and_cited():
    result = evaluate({"facts": {"media_aandacht": "regionaal"}})
    reason = next(
        reason
        for reason in result.reasons
        if reason.rule == "portefeuillehouder_via_ambtelijk_opdrachtgever"
    )
    assert reason.source.lines == (391,)
    assert (
        result.labels["inform"]["portefeuillehouder"]
        == "portefeuillehouder (via de ambtelijk opdrachtgever)"
    )
    action = next(
        action for action in result.actions if action.id == "informeer_portefeuillehouder"
    )
    assert "via de ambtelijk opdrachtgever" in action.text and action.source.lines[0] == 391


def test_invariant_7_a_region_may_choose_the_direct_line_of_004_525(tmp_path):
    overlay = tmp_path / "rechtstreeks.yaml"
    overlay.write_text(
        "overlay: rechtstreeks\ndescription: De regio heeft de rechtstreekse lijn afgesproken.\n"
        "choices:\n"
        "  route_portefeuillehouder: {value: rechtstreeks, why: Afgesproken in het AB.}\n",
        encoding="utf-8",
    )
    ruleset = load_ruleset(overlays=[overlay], peildatum=PEILDATUM_2027)
    for facts, words in (
        ({"media_aandacht": "regionaal"}, "zodat die op tijd"),
        ({"buiten_mandaat": True}, "naar het bestuur"),
    ):
        result = _evaluate({"facts": facts}, ruleset=ruleset, peildatum=PEILDATUM_2027)
        assert set(result.inform) == ALL_ROLES
        rules = {reason.rule for reason in result.reasons}
        assert (
            "portefeuillehouder_rechtstreeks" in rules
            and "portefeuillehouder_via_ambtelijk_opdrachtgever" not in rules
        )
        action = next(
            action for action in result.actions if action.id == "informeer_portefeuillehouder"
        )
        assert (action.role, action.source.lines[0]) == ("accountmanager", 525)
        assert "rechtstreeks" in action.text and words in action.text
        assert result.labels["inform"]["portefeuillehouder"].startswith(
            "portefeuillehouder (rechtstreeks"
        )


# --- invariant 8 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fact", "level"),
    [
        ("werkafspraken_geraakt", "manager"),
        ("majeure_wijziging", "manager"),
        ("grote_impact_organisatie", "director"),
        ("strategisch_vraagstuk", "director"),
        ("buiten_mandaat", "board"),
        ("advies_niet_overgenomen", "board"),
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_invariant_8_escalation_context_sets_escalation_only(fact, level, engine):
    result = evaluate({"facts": {fact: True}}, engine=engine)
    assert (result.classification, result.escalation) == ("not_sensitive", level)


def test_invariant_8_deviation_from_adopted_policy_goes_to_the_board_and_informs_the_portefeuillehouder():  # noqa: E501
    result = evaluate({"facts": {"afwijking_vastgesteld_beleid": True}})
    assert (result.classification, result.escalation, set(result.inform)) == (
        "sensitive",
        "board",
        ALL_ROLES,
    )
    assert {"voorleggen_bevoegd_gezag", "voorleggen_directie"} <= actions(result)
    assert evaluate({"facts": {"afwijking_regels_of_beleid": True}}).escalation == "coordinator"


def test_invariant_8_a_region_whose_mandate_allows_the_deviation_lowers_it_in_its_overlay(tmp_path):
    overlay = tmp_path / "mandaat.yaml"
    overlay.write_text(
        "overlay: mandaat\ndescription: Het mandaat staat een beargumenteerde afwijking toe.\n"
        "change:\n  afwijking_vastgesteld_beleid:\n"
        "    sets: {escalation: manager}\n    why: Het mandaat van de regio staat een "
        "beargumenteerde afwijking uitdrukkelijk toe.\n"
        "    because: {nl: Het mandaat staat een beargumenteerde afwijking toe; de manager stemt "
        "af., en: The mandate allows a reasoned deviation; the manager aligns.}\n",
        encoding="utf-8",
    )
    ruleset = load_ruleset(overlays=[overlay], peildatum=PEILDATUM_2027)
    result = _evaluate(
        {"facts": {"afwijking_vastgesteld_beleid": True}}, ruleset=ruleset, peildatum=PEILDATUM_2027
    )
    assert (result.classification, result.escalation) == ("sensitive", "manager")


# --- invariant 9 --------------------------------------------------------------------------------


def _at_or_above(fact, value):
    if fact.type == "bool":
        return [True] if value else [False, True]
    if fact.type == "grade":
        return list(fact.values[fact.values.index(value) :])
    return [
        [word for word in fact.values if word in value or word == extra] for extra in fact.values
    ]


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(dossier=dossiers_2027(), data=st.data())
def test_invariant_9_raising_a_fact_never_lowers_anything(dossier, data):
    fact = data.draw(st.sampled_from(FACTS))
    before_value = dossier["facts"].get(fact.id)
    if before_value is None:
        before_value = lowest(fact)
        dossier = raise_one(dossier, fact, before_value)
    higher = data.draw(st.sampled_from(_at_or_above(fact, before_value)))
    before = evaluate(dossier, engine="reference")
    after = evaluate(raise_one(dossier, fact, higher), engine="reference")
    assert levels(after)[0] >= levels(before)[0] and levels(after)[1] >= levels(before)[1]
    assert set(before.inform) <= set(after.inform)
    assert actions(before) <= actions(after)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(dossier=dossiers_2027(with_events=False), data=st.data())
def test_invariant_9_adding_an_event_never_lowers_anything(dossier, data):
    kind = data.draw(st.sampled_from(sorted(RULESET.events)))
    event = {
        "type": kind,
        "datum": data.draw(st.sampled_from(["2026-11-20", "2016-05-01", "2026-06-01"])),
    }
    for field, words in RULESET.events[kind].fields.items():
        event[field] = data.draw(st.sampled_from(words))
    for flag in RULESET.events[kind].flags:
        event[flag] = data.draw(st.booleans())
    before = evaluate(dossier, engine="reference")
    after = evaluate(dict(dossier, events=[event]), engine="reference")
    assert levels(after)[0] >= levels(before)[0] and levels(after)[1] >= levels(before)[1]
    assert set(before.inform) <= set(after.inform)


# --- invariant 10: unknown never raises, evidence is a floor -----------------------------------


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(dossier=dossiers_2027())
def test_invariant_10_open_questions_and_the_worst_case_count_evidence_as_a_floor(dossier):
    """Every fact nobody answered is an open question, also one that events set below its highest;
    each could rise to exactly what that fact at its highest gives, and the worst case is every
    one of them at its highest together."""
    result = evaluate(dossier, engine="reference")
    derived = result.to_dict()["derived_from_events"]
    unanswered = [fact.id for fact in FACTS if dossier["facts"].get(fact.id) is None]
    open_facts = [
        fact_id
        for fact_id in unanswered
        if fact_id not in derived or derived[fact_id] != highest(RULESET.facts[fact_id])
    ]
    assert [question.fact for question in result.open_questions] == open_facts
    for question in result.open_questions:
        if question.fact in derived:
            assert question.to_dict()["events_show"] == derived[question.fact]
        raised = evaluate(
            raise_one(dossier, RULESET.facts[question.fact], highest(RULESET.facts[question.fact])),
            engine="reference",
        )
        assert question.could_raise_to.levels() == {
            "classification": raised.classification,
            "escalation": raised.escalation,
        }
        assert question.could_raise_to.inform == set(raised.inform)
    worst = dict(dossier, facts=dict(dossier["facts"]))
    for fact_id in open_facts:
        worst["facts"][fact_id] = highest(RULESET.facts[fact_id])
    expected = evaluate(worst, engine="reference")
    assert result.worst_case.levels() == {
        "classification": expected.classification,
        "escalation": expected.escalation,
    }
    assert result.worst_case.inform == set(expected.inform)


def test_invariant_10_local_media_from_an_event_leaves_the_question_open():
    dossier = {
        "facts": {},
        "events": [{"type": "media", "datum": "2026-11-20", "bereik": "lokaal"}],
    }
    result = evaluate(dossier)
    question = next(
        question for question in result.open_questions if question.fact == "media_aandacht"
    )
    assert question.to_dict()["events_show"] == "lokaal"
    assert question.could_raise_to.levels() == {
        "classification": "sensitive",
        "escalation": "manager",
    }
    assert result.worst_case.levels()["classification"] == "highly_sensitive"
    answered = evaluate({**dossier, "facts": {"media_aandacht": "lokaal"}})
    assert "media_aandacht" not in {question.fact for question in answered.open_questions}


# --- invariants 11 and 12 -----------------------------------------------------------------------


@settings(max_examples=20, deadline=None)
@given(dossier=dossiers_2027())
def test_invariant_11_deterministic(dossier):
    assert to_json(evaluate(dossier)) == to_json(evaluate(dossier))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("event", "grade"),
    [
        ({"uitstraling": "buiten_locatie"}, "beperkt_buiten_locatie"),
        ({"uitstraling": "buiten_locatie", "significant": False}, "beperkt_buiten_locatie"),
        ({"uitstraling": "buiten_locatie", "significant": True}, "buiten_locatie"),
        ({"uitstraling": "binnen_locatie", "significant": True}, "binnen_locatie"),
    ],
    ids=json.dumps,
)
def test_invariant_12_an_incident_event_shows_a_significant_impact_only_when_it_says_so(
    event, grade, engine
):
    result = evaluate(
        {"facts": {}, "events": [{"type": "incident", "datum": "2026-11-20", **event}]},
        engine=engine,
    )
    assert result.to_dict()["derived_from_events"] == {"incident": grade}
    assert (result.classification == "sensitive") == (grade == "buiten_locatie")


@pytest.mark.parametrize("peildatum", ["2026-12-01", "2026-11-30"])
def test_invariant_12_the_significant_field_is_accepted_and_ignored_by_2026_2_and_2026_1(peildatum):
    plain = {
        "facts": {},
        "events": [{"type": "incident", "datum": "2026-11-20", "uitstraling": "buiten_locatie"}],
    }
    flagged = {
        "facts": {},
        "events": [
            {
                "type": "incident",
                "datum": "2026-11-20",
                "uitstraling": "buiten_locatie",
                "significant": False,
            }
        ],
    }
    assert to_json(_evaluate(flagged, peildatum=peildatum)) == to_json(
        _evaluate(plain, peildatum=peildatum)
    )


def test_invariant_12_the_significant_field_must_be_true_or_false():
    from gevoeligheid import DossierError

    with pytest.raises(DossierError, match="significant"):
        evaluate(
            {
                "facts": {},
                "events": [
                    {
                        "type": "incident",
                        "datum": "2026-11-20",
                        "uitstraling": "buiten_locatie",
                        "significant": "ja",
                    }
                ],
            }
        )
    with pytest.raises(DossierError, match="significant"):
        evaluate(
            {
                "facts": {},
                "events": [{"type": "klacht", "datum": "2026-11-20", "significant": True}],
            }
        )


def test_invariant_12_an_enforcement_decision_of_any_age_is_history_a_context_signal():
    result = evaluate(
        {
            "facts": {},
            "events": [
                {"type": "handhavingsbesluit", "datum": "2016-04-12", "soort": "strafrechtelijk"}
            ],
        }
    )
    assert (result.classification, result.escalation, result.score) == ("attention", "none", 1)
    assert [signal.id for signal in result.signals] == ["handhavingsverleden"]
