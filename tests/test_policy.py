"""The invariants of shared/spec/policy.md, each as a test, on both engines."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gevoeligheid import evaluate
from gevoeligheid.model import CLASSIFICATIONS, ESCALATIONS
from gevoeligheid.render import to_json

from .strategies import FACTS, RULESET, dossiers, raise_one

ENGINES = ["durable", "reference"]
SIGNAL_FACTS = [fact for fact in FACTS if fact.signal is not None]
CONTEXT_FACTS = [fact for fact in FACTS if fact.kind == "escalatie"]
C = {name: index for index, name in enumerate(CLASSIFICATIONS)}
E = {name: index for index, name in enumerate(ESCALATIONS)}


def lowest(fact):
    return False if fact.type == "bool" else (fact.values[0] if fact.type == "grade" else [])


def levels(result):
    return C[result.classification], E[result.escalation]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("fill", ["lowest", "unknown", "absent"])
def test_invariant_1_nothing_true_is_not_sensitive(engine, fill):
    """Everything false, geen, empty, unknown or absent: not_sensitive, none, nobody to inform."""
    if fill == "absent":
        facts = {}
    else:
        facts = {fact.id: (lowest(fact) if fill == "lowest" else None) for fact in FACTS}
    result = evaluate({"facts": facts}, engine=engine)
    assert (result.classification, result.escalation, result.inform) == ("not_sensitive", "none", ())
    assert result.signals == () and result.score == 0


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("fact", SIGNAL_FACTS, ids=lambda fact: fact.id)
def test_invariant_2_every_signal_gives_attention_and_coordinator(engine, fact):
    """Each checklist question and criterion alone, at its lowest signal value, is a signal."""
    value = True if fact.type == "bool" else (fact.values[1] if fact.type == "grade" else [fact.values[0]])
    result = evaluate({"facts": {fact.id: value}}, engine=engine)
    assert [signal.id for signal in result.signals] == [fact.id]
    assert C[result.classification] >= C["attention"] and E[result.escalation] >= E["coordinator"]


@pytest.mark.parametrize("fact", CONTEXT_FACTS, ids=lambda fact: fact.id)
def test_invariant_2_escalation_context_sets_no_classification(fact):
    result = evaluate({"facts": {fact.id: True}})
    assert result.classification == "not_sensitive" and result.signals == ()
    assert E[result.escalation] >= E["manager"]


HEADLINES = {
    "H1": [{"media_aandacht": "regionaal"}, {"media_aandacht": "landelijk"}, {"bestuurlijke_aandacht": True}, {"raads_of_statenvragen": True}],
    "H2": [{"maatschappelijke_onrust": True}],
    "H3": [{"afbreukrisico": ["bestuurlijk"]}, {"afbreukrisico": ["politiek"]}],
    "H4": [{"veiligheid_gezondheid_in_geding": True}, {"significante_milieugevolgen": True}],
    "H5": [{"incident": "buiten_locatie"}],
}
ONE_HEADLINE = [facts for cases in HEADLINES.values() for facts in cases]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("facts", ONE_HEADLINE, ids=json.dumps)
def test_invariant_3_a_headline_gives_sensitive_manager_and_informs(engine, facts):
    result = evaluate({"facts": facts}, engine=engine)
    assert result.classification == "sensitive"
    assert result.escalation == "manager"
    assert {"accountmanager", "ambtelijk_opdrachtgever"} <= set(result.inform)


@pytest.mark.parametrize("facts", [{"media_aandacht": "lokaal"}, {"incident": "binnen_locatie"}, {"afbreukrisico": ["juridisch", "financieel"]}], ids=json.dumps)
def test_below_headline_is_attention_only(facts):
    """Local media, an incident inside the site and a non-political risk are signals, not headlines."""
    result = evaluate({"facts": facts})
    assert (result.classification, result.escalation) == ("attention", "coordinator")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("pair", [(a, b) for a in HEADLINES for b in HEADLINES if a < b], ids="+".join)
def test_invariant_4_two_headlines_are_highly_sensitive(engine, pair):
    facts = {**HEADLINES[pair[0]][-1], **HEADLINES[pair[1]][-1]}
    result = evaluate({"facts": facts}, engine=engine)
    assert result.classification == "highly_sensitive"
    assert E[result.escalation] >= E["director"]
    assert set(result.inform) == {"accountmanager", "ambtelijk_opdrachtgever", "portefeuillehouder"}


@pytest.mark.parametrize("facts", [{"raads_of_statenvragen": True}, {"bestuurlijke_aandacht": True}, {"media_aandacht": "landelijk"}], ids=json.dumps)
def test_invariant_5_reactive_position_informs_the_portefeuillehouder(facts):
    assert "portefeuillehouder" in evaluate({"facts": facts}).inform


def test_invariant_5_regional_media_does_not_inform_the_portefeuillehouder():
    assert "portefeuillehouder" not in evaluate({"facts": {"media_aandacht": "regionaal"}}).inform


@pytest.mark.parametrize(
    "fact, level",
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
def test_invariants_6_to_8_escalation_context(engine, fact, level):
    assert evaluate({"facts": {fact: True}}, engine=engine).escalation == level


def test_afwijking_van_beleid_goes_to_the_director_by_default():
    """The default's documented choice (rules.yaml, afwijking_vastgesteld_beleid)."""
    assert evaluate({"facts": {"afwijking_regels_of_beleid": True}}).escalation == "director"


@pytest.mark.parametrize(
    "facts, expected",
    [
        ({"subsidie": True, "mondige_omgeving": True, "handhavingsverleden": True, "calculerend_gedrag": True, "historische_redenen": True}, ("attention", 5)),
        ({"subsidie": True, "mondige_omgeving": True, "handhavingsverleden": True, "calculerend_gedrag": True, "historische_redenen": True, "spraakmakend_initiatief": True}, ("sensitive", 6)),
    ],
)
def test_score_threshold_makes_many_small_signals_count(facts, expected):
    result = evaluate({"facts": facts})
    assert (result.classification, result.score) == expected


def test_score_zeer_gevoelig_threshold():
    facts = {"ondermijning": True, "gezondheidsrisico": True, "gevaarlijk_afval": True, "brzo_bevi": True, "subsidie": True, "strijdig_met_ruimtelijk_besluit": False}
    result = evaluate({"facts": facts})
    assert result.score == 10
    assert result.classification == "highly_sensitive" and result.escalation == "director"


# --- invariant 9: monotone ------------------------------------------------------------------


def _at_or_above(fact, value):
    """Every value of `fact` at or above `value` (for a list: every superset)."""
    if fact.type == "bool":
        return [True] if value else [False, True]
    if fact.type == "grade":
        return list(fact.values[fact.values.index(value):])
    return [[word for word in fact.values if word in value or word == extra] for extra in fact.values]


@settings(max_examples=300)
@given(dossier=dossiers(), data=st.data())
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
    assert after.score >= before.score


# --- invariant 10: unknown never raises; open questions and the worst case -------------------


@settings(max_examples=300)
@given(dossier=dossiers(with_events=False), data=st.data())
def test_invariant_10_unknown_counts_as_not_present(dossier, data):
    """Making a fact unknown gives the same outcome as answering it at its lowest value."""
    fact = data.draw(st.sampled_from(FACTS))
    unknown = evaluate(raise_one(dossier, fact, None), engine="reference")
    absent = evaluate(raise_one(dossier, fact, lowest(fact)), engine="reference")
    assert (unknown.classification, unknown.escalation, unknown.inform, unknown.score) == (
        absent.classification, absent.escalation, absent.inform, absent.score
    )


@settings(max_examples=200)
@given(dossier=dossiers(with_events=False))
def test_invariant_10_every_unknown_fact_is_an_open_question_with_its_true_ceiling(dossier):
    """could_raise_to is exactly the outcome of the dossier with that one fact at its highest."""
    result = evaluate(dossier, engine="reference")
    unknown = [fact.id for fact in FACTS if dossier["facts"].get(fact.id) is None]
    assert [question.fact for question in result.open_questions] == unknown
    for question in result.open_questions:
        fact = RULESET.facts[question.fact]
        highest = list(fact.highest) if fact.type == "set" else fact.highest
        raised = evaluate(raise_one(dossier, fact, highest), engine="reference")
        assert question.could_raise_to.levels() == {"classification": raised.classification, "escalation": raised.escalation}
        assert question.could_raise_to.inform == set(raised.inform)


@settings(max_examples=200)
@given(dossier=dossiers(with_events=False))
def test_invariant_10_worst_case_is_every_unknown_at_its_highest(dossier):
    result = evaluate(dossier, engine="reference")
    worst = dict(dossier, facts=dict(dossier["facts"]))
    for fact in FACTS:
        if worst["facts"].get(fact.id) is None:
            worst["facts"][fact.id] = list(fact.highest) if fact.type == "set" else fact.highest
    expected = evaluate(worst, engine="reference")
    assert result.worst_case.levels() == {"classification": expected.classification, "escalation": expected.escalation}
    assert result.worst_case.inform == set(expected.inform)
    assert levels(expected) >= levels(result)


def test_invariant_10_the_spec_example_open_question():
    """result.md: an unknown klachtenpatroon is listed with the outcome it could rise to."""
    dossier = {"facts": {"media_aandacht": "regionaal", "klachtenpatroon": None}}
    result = evaluate(dossier)
    question = next(question for question in result.open_questions if question.fact == "klachtenpatroon")
    assert question.question == "Is sprake van een klachtenpatroon?"
    assert question.could_raise_to.levels() == {"classification": "sensitive", "escalation": "manager"}


def test_invariant_10_events_below_a_threshold_set_nothing():
    """Two complaints in 200 days: no pattern, no wave; the fact stays unknown."""
    dossier = {"facts": {}, "events": [{"type": "klacht", "datum": "2026-01-01"}, {"type": "klacht", "datum": "2026-07-20"}]}
    result = evaluate(dossier)
    assert result.classification == "not_sensitive" and result.derived == {}
    assert "klachtenpatroon" in [question.fact for question in result.open_questions]


# --- invariant 11: deterministic ------------------------------------------------------------


@settings(max_examples=100)
@given(dossier=dossiers())
def test_invariant_11_same_dossier_same_bytes(dossier):
    first = to_json(evaluate(dossier))
    again = to_json(evaluate(json.loads(json.dumps(dossier))))
    assert first == again


def test_invariant_11_key_order_of_the_input_does_not_matter():
    facts = {"media_aandacht": "landelijk", "subsidie": True, "afbreukrisico": ["politiek", "bestuurlijk"]}
    reordered = dict(reversed(list(facts.items())))
    reordered["afbreukrisico"] = ["bestuurlijk", "politiek"]
    assert to_json(evaluate({"facts": facts})) == to_json(evaluate({"facts": reordered}))


# --- shared objects and their caches ----------------------------------------------------------


def test_signals_reasons_and_questions_are_shared_and_read_only():
    """Results share their frozen parts, so a caller cannot change one result through another."""
    dossier = {"facts": {"media_aandacht": "regionaal", "subsidie": True}}
    first, second = evaluate(dossier), evaluate(dossier)
    assert first.signals[0] is second.signals[0]
    assert first.reasons[0] is second.reasons[0]
    assert first.open_questions[0] is second.open_questions[0]
    with pytest.raises(TypeError):
        first.signals[0].facts["media_aandacht"] = "landelijk"  # type: ignore[index]
    with pytest.raises(TypeError):
        first.reasons[0].facts["media_aandacht"] = "landelijk"  # type: ignore[index]
    changed = first.to_dict()
    changed["signals"][0]["facts"]["media_aandacht"] = "landelijk"
    changed["ruleset"]["overlays"].append("elders")
    assert second.to_dict()["signals"][0]["facts"] == {"media_aandacht": "regionaal"}
    assert evaluate(dossier).to_dict()["ruleset"]["overlays"] == []


def test_a_result_pickles_and_copies():
    """Callers hand results between processes: shared read-only parts must not stop that."""
    import copy
    import pickle

    result = evaluate({"facts": {"media_aandacht": "regionaal", "subsidie": True}, "events": [{"type": "klacht", "datum": "2026-01-02"}]})
    assert pickle.loads(pickle.dumps(result)).to_dict() == result.to_dict()
    assert copy.deepcopy(result).to_dict() == result.to_dict()


@settings(max_examples=100)
@given(dossier=dossiers())
def test_results_do_not_depend_on_what_the_caches_held(dossier):
    """With caches cleared at every second entry the results are the same as with full caches."""
    from gevoeligheid import policy
    from gevoeligheid.evaluate import Evaluator

    warm = evaluate(dossier).to_dict()
    limit = policy.CACHE_LIMIT
    policy.CACHE_LIMIT = 2
    try:
        evaluator = Evaluator(RULESET)
        cold = evaluator.evaluate(dossier).to_dict()
        sizes = [len(cache) for cache in evaluator.compiled.cache.values()]
    finally:
        policy.CACHE_LIMIT = limit
    assert cold == warm
    assert max(sizes) <= 2


@settings(max_examples=300)
@given(dossier=dossiers(), lang=st.sampled_from(["nl", "en"]))
def test_compact_json_is_exactly_the_json_of_to_dict(dossier, lang):
    """JSON Lines output, assembled from the shared parts' JSON, equals json.dumps(to_dict())."""
    result = evaluate(dossier, lang=lang)
    assert to_json(result, indent=None) == json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":"))
