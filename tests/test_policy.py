"""The invariants of the default policy (rule set 2026.2, docs/policy.md), each as a test, on both
engines. Invariant 12 (evidence has an age) is tested in test_events.py."""

from __future__ import annotations

import functools
import json
import re

import pytest
from hypothesis import given, settings, strategies as st

from gevoeligheid import evaluate as _evaluate, load_ruleset
from gevoeligheid._model import CLASSIFICATIONS, ESCALATIONS
from gevoeligheid._render import to_json

from .strategies import FACTS, RULESET, dossiers, raise_one

#: Rule set 2026.2 whatever today is (a test may still ask another day).
evaluate = functools.partial(_evaluate, peildatum="2026-12-01")
ENGINES = ["durable", "reference"]
SIGNAL_FACTS = [fact for fact in FACTS if fact.signal is not None]
CONTEXT_FACTS = [fact for fact in FACTS if fact.kind == "escalatie"]
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
}


def lowest(fact):
    return False if fact.type == "bool" else (fact.values[0] if fact.type == "grade" else [])


def lowest_signal(fact):
    return (
        True
        if fact.type == "bool"
        else (fact.values[1] if fact.type == "grade" else [fact.values[0]])
    )


def levels(result):
    return C[result.classification], E[result.escalation]


def actions(result):
    return {action.id for action in result.actions}


def test_the_default_rule_set_is_2026_2():
    assert (RULESET.version, RULESET.valid_from.isoformat()) == ("2026.2", "2026-12-01")


# --- invariant 1 ------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("fill", ["lowest", "unknown", "absent"])
def test_invariant_1_nothing_present_is_not_sensitive_with_nobody_and_nothing_to_do(engine, fill):
    """Everything false, geen, empty, unknown or absent: not_sensitive, none, nobody, no actions."""
    if fill == "absent":
        facts = {}
    else:
        facts = {fact.id: (lowest(fact) if fill == "lowest" else None) for fact in FACTS}
    result = evaluate({"facts": facts}, engine=engine)
    assert (result.classification, result.escalation, result.inform, result.actions) == (
        "not_sensitive",
        "none",
        (),
        (),
    )
    assert result.signals == () and result.score == 0


# --- invariant 2 ------------------------------------------------------------------------------


def test_invariant_2_the_context_class_is_exactly_six_facts_and_every_other_signal_weighs_2_or_3():
    weights = {fact.id: set(fact.signal.weights.values()) for fact in SIGNAL_FACTS}
    assert {fact_id for fact_id, found in weights.items() if found == {1}} == CONTEXT_CLASS
    assert all(
        found <= {2, 3} for fact_id, found in weights.items() if fact_id not in CONTEXT_CLASS
    )
    assert dict(RULESET.weight_classes) == {"context": 1, "significant": 2, "severe": 3}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("fact", SIGNAL_FACTS, ids=lambda fact: fact.id)
def test_invariant_2_every_signal_gives_attention_and_the_coordinator_unless_it_is_context(
    engine, fact
):
    """Each checklist question and criterion alone, at its lowest signal value, is a signal; one
    context signal alone stays with the case worker ("niet voor elk wissenwasje", 004:396)."""
    result = evaluate({"facts": {fact.id: lowest_signal(fact)}}, engine=engine)
    assert [signal.id for signal in result.signals] == [fact.id]
    assert C[result.classification] >= C["attention"]
    if fact.id in CONTEXT_CLASS:
        assert (result.classification, result.escalation, result.inform) == (
            "attention",
            "none",
            (),
        )
    else:
        assert E[result.escalation] >= E["coordinator"]


@pytest.mark.parametrize(
    "pair",
    [("subsidie", "afspraken_met_overheid"), ("strategische_trend", "spraakmakend_initiatief")],
    ids="+".join,
)
def test_invariant_2_context_signals_that_reach_the_coordinator_threshold_go_to_the_coordinator(
    pair,
):
    result = evaluate({"facts": dict.fromkeys(pair, True)})
    assert (result.classification, result.escalation, result.score) == (
        "attention",
        "coordinator",
        RULESET.settings["score_coordinator"].value,
    )


@pytest.mark.parametrize("fact", CONTEXT_FACTS, ids=lambda fact: fact.id)
def test_invariant_2_escalation_context_sets_no_classification(fact):
    result = evaluate({"facts": {fact.id: True}})
    assert result.classification == "not_sensitive" and result.signals == ()
    assert E[result.escalation] >= E["manager"]


# --- invariant 3 ------------------------------------------------------------------------------

HEADLINES = {
    "H1": [
        {"media_aandacht": "regionaal"},
        {"media_aandacht": "landelijk"},
        {"bestuurlijke_aandacht": True},
        {"raads_of_statenvragen": True},
    ],
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


def test_invariant_3_every_fact_that_gives_a_headline_weighs_3():
    """The reason of score_zeer_gevoelig counts on it: a headline's own signal weighs 3."""
    for facts in ONE_HEADLINE:
        assert evaluate({"facts": facts}).score == 3, facts


@pytest.mark.parametrize(
    "facts",
    [
        {"media_aandacht": "lokaal"},
        {"incident": "binnen_locatie"},
        {"afbreukrisico": ["juridisch", "financieel"]},
    ],
    ids=json.dumps,
)
def test_below_headline_is_attention_and_coordinator_only(facts):
    """Local media, an incident inside the site and a non-political risk are
    signals, not headlines."""
    result = evaluate({"facts": facts})
    assert (result.classification, result.escalation) == ("attention", "coordinator")


# --- invariant 4 ------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "pair", [(a, b) for a in HEADLINES for b in HEADLINES if a < b], ids="+".join
)
def test_invariant_4_two_headlines_are_highly_sensitive(engine, pair):
    facts = {**HEADLINES[pair[0]][-1], **HEADLINES[pair[1]][-1]}
    result = evaluate({"facts": facts}, engine=engine)
    assert result.classification == "highly_sensitive"
    assert E[result.escalation] >= E["director"]
    assert set(result.inform) == ALL_ROLES


@settings(max_examples=300)
@given(dossier=dossiers())
def test_invariant_4_every_highly_sensitive_dossier_goes_to_the_director_and_informs_the_portefeuillehouder(  # noqa: E501
    dossier,
):
    result = evaluate(dossier, engine="reference")
    if result.classification == "highly_sensitive":
        assert E[result.escalation] >= E["director"] and "portefeuillehouder" in result.inform


# --- invariant 5 ------------------------------------------------------------------------------

#: Facts that give a headline criterion or an escalation of invariant 8, with the highest value
#: each may keep in a dossier that must have neither.
NO_HEADLINE = {
    "media_aandacht": "lokaal",
    "bestuurlijke_aandacht": False,
    "raads_of_statenvragen": False,
    "maatschappelijke_onrust": False,
    "afbreukrisico": ["juridisch", "financieel", "persoonlijk"],
    "veiligheid_gezondheid_in_geding": False,
    "significante_milieugevolgen": False,
    "incident": "binnen_locatie",
    "afwijking_vastgesteld_beleid": False,
    **{fact.id: False for fact in CONTEXT_FACTS},
}


def _without_headlines(dossier: dict) -> dict:
    facts = dict(dossier["facts"])
    for fact_id, ceiling in NO_HEADLINE.items():
        value = facts.get(fact_id)
        if value is None:
            continue
        fact = RULESET.facts[fact_id]
        if fact.type == "bool":
            facts[fact_id] = False
        elif fact.type == "grade":
            facts[fact_id] = fact.values[min(fact.values.index(value), fact.values.index(ceiling))]
        else:
            facts[fact_id] = [word for word in value if word in ceiling]
    return {**dossier, "facts": facts, "events": []}


@settings(max_examples=400)
@given(dossier=dossiers(with_events=False))
def test_invariant_5_the_score_alone_never_reaches_highly_sensitive_or_the_director(dossier):
    """No headline group and no fact of invariant 8: at most sensitive and manager, and the
    portefeuillehouder informed only through the reactive position (here: a klachtengolf)."""
    result = evaluate(_without_headlines(dossier), engine="reference")
    assert C[result.classification] <= C["sensitive"] and E[result.escalation] <= E["manager"]
    if "portefeuillehouder" in result.inform:
        assert result.derived.get("klachtengolf") or dossier["facts"].get("klachtengolf")


def test_invariant_5_many_small_signals_reach_sensitive_and_the_manager():
    threshold = RULESET.settings["score_gevoelig"].value
    facts = {
        "wijziging_jurisprudentie": True,
        "wijziging_ruimtelijk_besluit": True,
        "calculerend_gedrag": True,
        "verplichtingen_overheidsfondsen": True,
    }
    result = evaluate({"facts": facts})
    assert (result.score, result.classification, result.escalation) == (
        threshold,
        "sensitive",
        "manager",
    )
    below = evaluate({"facts": {**facts, "verplichtingen_overheidsfondsen": False}})
    assert (below.score, below.classification) == (threshold - 1, "attention")


def test_invariant_5_one_headline_with_a_score_at_the_threshold_is_highly_sensitive():
    threshold = RULESET.settings["score_zeer_gevoelig"].value
    facts = {
        "maatschappelijke_onrust": True,
        "ondermijning": True,
        "gedoogverzoek": True,
        "omstreden_eigen_overheid": True,
    }
    result = evaluate({"facts": facts})
    assert (result.score, result.classification, result.escalation) == (
        threshold,
        "highly_sensitive",
        "director",
    )
    without_headline = evaluate(
        {"facts": {**facts, "maatschappelijke_onrust": False, "overdracht_bevoegdheden": True}}
    )
    assert (
        without_headline.score,
        without_headline.classification,
        without_headline.escalation,
    ) == (threshold, "sensitive", "manager")


def test_invariant_5_the_battery_storage_permit_stays_with_the_coordinator():
    """Moderate, overlapping facts near Natura 2000: 2026.1 counted the active environment three
    times and made it bestuurlijk gevoelig."""
    facts = {
        "nabij_beschermd_gebied": True,
        "mondige_omgeving": True,
        "actieve_belangengroepen": True,
        "risico_bezwaar_beroep": True,
        "spraakmakend_initiatief": True,
        "subsidie": True,
    }
    result = evaluate({"facts": facts})
    assert (result.classification, result.escalation, result.inform, result.score) == (
        "attention",
        "coordinator",
        (),
        6,
    )
    old = evaluate({"facts": facts}, peildatum="2026-11-30")
    assert (old.classification, old.escalation, old.score) == ("sensitive", "manager", 7)


# --- overlap groups ---------------------------------------------------------------------------

GROUPS = [
    ["klachtenpatroon", "klachtengolf"],
    ["mondige_omgeving", "actieve_belangengroepen", "risico_bezwaar_beroep"],
    ["langdurige_bewogen_geschiedenis", "historische_redenen"],
    ["afwijking_regels_of_beleid", "afwijking_vastgesteld_beleid"],
]


def test_the_overlap_groups_are_data_in_the_rule_set():
    assert [list(group.facts) for group in RULESET.overlap_groups] == GROUPS
    assert all(group.why.nl and group.why.en for group in RULESET.overlap_groups)


@pytest.mark.parametrize("group", GROUPS, ids=lambda group: group[0])
def test_facts_of_one_overlap_group_count_once_at_the_highest_weight(group):
    result = evaluate({"facts": dict.fromkeys(group, True)})
    weights = [signal.weight for signal in result.signals]
    assert result.score == max(weights)
    assert sum(signal.counted for signal in result.signals) == 1
    assert [signal.to_dict().get("counted_in_score", True) for signal in result.signals].count(
        False
    ) == len(group) - 1


# --- invariant 6 ------------------------------------------------------------------------------

SEVERE = [
    {"klachtengolf": True},
    {"ondermijning": True},
    {"gedoogverzoek": True},
    {"omstreden_eigen_overheid": True},
    {"overdracht_bevoegdheden": True},
    {"afwijking_vastgesteld_beleid": True},
    {"incident": "binnen_locatie", "brzo_bevi": True},
    {"gevaarlijk_afval": True, "strafrechtelijk_verleden": True},
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("facts", SEVERE, ids=json.dumps)
def test_invariant_6_severe_signals_that_need_the_opdrachtgever_go_to_the_manager(engine, facts):
    result = evaluate({"facts": facts}, engine=engine)
    assert C[result.classification] >= C["sensitive"] and E[result.escalation] >= E["manager"]
    assert {"accountmanager", "ambtelijk_opdrachtgever"} <= set(result.inform)


@pytest.mark.parametrize(
    "facts",
    [
        {"repressieve_handhaving": "strafrechtelijk"},
        {"gevaarlijk_afval": True},
        {"strafrechtelijk_verleden": True},
        {"brzo_bevi": True},
    ],
    ids=json.dumps,
)
def test_invariant_6_a_criminal_track_or_half_a_pair_alone_is_not_severe(facts):
    result = evaluate({"facts": facts})
    assert (result.classification, result.escalation, result.inform) == (
        "attention",
        "coordinator",
        (),
    )


# --- invariant 7 ------------------------------------------------------------------------------

REACTIVE = [
    {"raads_of_statenvragen": True},
    {"bestuurlijke_aandacht": True},
    {"media_aandacht": "landelijk"},
    {"maatschappelijke_onrust": True},
    {"klachtengolf": True},
    {"veiligheid_gezondheid_in_geding": True},
    {"significante_milieugevolgen": True},
]


@pytest.mark.parametrize("facts", REACTIVE, ids=json.dumps)
def test_invariant_7_the_reactive_position_informs_the_portefeuillehouder_through_the_ambtelijk_opdrachtgever(  # noqa: E501
    facts,
):
    result = evaluate({"facts": facts})
    assert {"portefeuillehouder", "ambtelijk_opdrachtgever"} <= set(result.inform)
    assert "informeer_portefeuillehouder" in actions(result)
    assert (
        result.actions[
            [action.id for action in result.actions].index("informeer_portefeuillehouder")
        ].role
        == "ambtelijk_opdrachtgever"
    )


def test_invariant_7_regional_media_does_not_inform_the_portefeuillehouder():
    assert "portefeuillehouder" not in evaluate({"facts": {"media_aandacht": "regionaal"}}).inform


@settings(max_examples=400)
@given(dossier=dossiers())
def test_invariant_7_nobody_is_surprised(dossier):
    """sensitive or manager: accountmanager and ambtelijk opdrachtgever; board: the
    portefeuillehouder too; portefeuillehouder: always through the ambtelijk opdrachtgever;
    director or higher: an action to put the matter before the directie or the board; every role
    informed has its action."""
    result = evaluate(dossier, engine="reference")
    inform = set(result.inform)
    if C[result.classification] >= C["sensitive"] or E[result.escalation] >= E["manager"]:
        assert {"accountmanager", "ambtelijk_opdrachtgever"} <= inform
    if result.escalation == "board":
        assert "portefeuillehouder" in inform and "voorleggen_bevoegd_gezag" in actions(result)
    if "portefeuillehouder" in inform:
        assert "ambtelijk_opdrachtgever" in inform
    if E[result.escalation] >= E["director"]:
        assert "voorleggen_directie" in actions(result)
    assert {f"informeer_{role}" for role in inform} <= actions(result)
    if C[result.classification] >= C["sensitive"]:
        assert "agendeer_periodiek_overleg" in actions(result)


def test_invariant_7_the_periodic_meeting_and_the_route_cite_their_lines():
    result = evaluate({"facts": {"media_aandacht": "landelijk"}})
    sources = {action.id: action.source for action in result.actions}
    assert (
        sources["agendeer_periodiek_overleg"].ref,
        sources["agendeer_periodiek_overleg"].lines,
    ) == ("004", (423, 419, 452))
    assert (
        391 in sources["informeer_ambtelijk_opdrachtgever"].lines
        and 526 in sources["informeer_accountmanager"].lines
    )
    assert str(sources["agendeer_periodiek_overleg"]).endswith(
        "(004:423, 004:419, 004:452)"
    )  # as the JSON has it
    assert set(result.to_dict()["actions"][0]) == {"id", "role", "text", "source"}


# --- invariant 8 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fact, level",
    [
        ("werkafspraken_geraakt", "manager"),
        ("majeure_wijziging", "manager"),
        ("grote_impact_organisatie", "director"),
        ("strategisch_vraagstuk", "director"),
        ("buiten_mandaat", "board"),
        ("advies_niet_overgenomen", "board"),
        ("afwijking_vastgesteld_beleid", "director"),
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_invariant_8_escalation_context(engine, fact, level):
    result = evaluate({"facts": {fact: True}}, engine=engine)
    assert result.escalation == level
    assert result.escalation_ground == (
        (fact if fact != "werkafspraken_geraakt" else "werkafspraken",)
        if fact != "afwijking_vastgesteld_beleid"
        else ("afwijking_vastgesteld_beleid",)
    )


def test_invariant_8_deviation_from_adopted_policy_goes_to_the_director_informs_and_asks_the_mandate():  # noqa: E501
    result = evaluate({"facts": {"afwijking_vastgesteld_beleid": True}})
    assert (result.classification, result.escalation, set(result.inform)) == (
        "sensitive",
        "director",
        ALL_ROLES,
    )
    assert "beantwoord_buiten_mandaat" in actions(result)
    answered = evaluate({"facts": {"afwijking_vastgesteld_beleid": True, "buiten_mandaat": False}})
    assert "beantwoord_buiten_mandaat" not in actions(answered)


def test_invariant_8_deviation_from_rules_foreseen_beforehand_is_an_ordinary_signal():
    result = evaluate({"facts": {"afwijking_regels_of_beleid": True}})
    assert (result.classification, result.escalation, result.inform) == (
        "attention",
        "coordinator",
        (),
    )


def test_invariant_8_a_toleration_request_asks_the_mandate_too():
    assert "beantwoord_buiten_mandaat" in actions(evaluate({"facts": {"gedoogverzoek": True}}))


def test_invariant_8_advice_not_followed_is_a_decision_of_the_competent_authority():
    result = evaluate({"facts": {"advies_niet_overgenomen": True}})
    [reason] = [reason for reason in result.reasons if reason.rule == "advies_niet_overgenomen"]
    assert "besluit door het bevoegd gezag" in reason.because and "escal" not in reason.because
    assert "leg_besluit_transparant_vast" in actions(result) and set(result.inform) == ALL_ROLES


def test_invariant_8_a_highly_sensitive_dossier_with_the_mandate_unknown_asks_it():
    facts = {"maatschappelijke_onrust": True, "incident": "buiten_locatie"}
    assert "beantwoord_buiten_mandaat" in actions(evaluate({"facts": facts}))
    assert "beantwoord_buiten_mandaat" not in actions(
        evaluate({"facts": {**facts, "buiten_mandaat": False}})
    )


# --- invariant 9: monotone ------------------------------------------------------------------


def _at_or_above(fact, value):
    """Every value of `fact` at or above `value` (for a list: every superset)."""
    if fact.type == "bool":
        return [True] if value else [False, True]
    if fact.type == "grade":
        return list(fact.values[fact.values.index(value) :])
    return [
        [word for word in fact.values if word in value or word == extra] for extra in fact.values
    ]


@settings(max_examples=300)
@given(dossier=dossiers(), data=st.data())
def test_invariant_9_raising_a_fact_never_lowers_anything(dossier, data):
    """Nor removes a role or an action, but the action that asked to answer that very fact."""
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
    assert actions(before) <= actions(after)


@settings(max_examples=300)
@given(dossier=dossiers(with_events=False), data=st.data())
def test_invariant_9_answering_an_unknown_fact_removes_only_the_action_that_asked_it(dossier, data):
    fact = data.draw(st.sampled_from(FACTS))
    unknown = raise_one(dossier, fact, None)
    answered = raise_one(dossier, fact, lowest(fact))
    lost = actions(evaluate(unknown, engine="reference")) - actions(
        evaluate(answered, engine="reference")
    )
    asking = {
        action.id
        for action in RULESET.actions
        if f"'{fact.id}'" in repr(action.when) and "Unknown" in repr(action.when)
    }
    assert lost <= asking


# --- invariant 10: unknown never raises; open questions and the worst case -------------------


@settings(max_examples=300)
@given(dossier=dossiers(with_events=False), data=st.data())
def test_invariant_10_unknown_counts_as_not_present(dossier, data):
    """Making a fact unknown gives the same outcome as answering it at its lowest value."""
    fact = data.draw(st.sampled_from(FACTS))
    unknown = evaluate(raise_one(dossier, fact, None), engine="reference")
    absent = evaluate(raise_one(dossier, fact, lowest(fact)), engine="reference")
    assert (unknown.classification, unknown.escalation, unknown.inform, unknown.score) == (
        absent.classification,
        absent.escalation,
        absent.inform,
        absent.score,
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
        assert question.could_raise_to.levels() == {
            "classification": raised.classification,
            "escalation": raised.escalation,
        }
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
    assert result.worst_case.levels() == {
        "classification": expected.classification,
        "escalation": expected.escalation,
    }
    assert result.worst_case.inform == set(expected.inform)
    assert levels(expected) >= levels(result)


def test_invariant_10_the_escalation_context_is_asked_too():
    questions = {question.fact for question in evaluate({"facts": {}}).open_questions}
    assert {
        fact.id for fact in CONTEXT_FACTS
    } <= questions and "afwijking_vastgesteld_beleid" in questions


def test_invariant_10_the_spec_example_open_question():
    """An unknown klachtenpatroon is listed with the outcome it could rise to."""
    dossier = {"facts": {"media_aandacht": "regionaal", "klachtenpatroon": None}}
    result = evaluate(dossier)
    question = next(
        question for question in result.open_questions if question.fact == "klachtenpatroon"
    )
    assert question.question == "Is sprake van een klachtenpatroon?"
    assert question.could_raise_to.levels() == {
        "classification": "sensitive",
        "escalation": "manager",
    }


def test_invariant_10_events_below_a_threshold_set_nothing():
    """Two complaints in 200 days: no pattern, no wave; the fact stays unknown."""
    dossier = {
        "facts": {},
        "events": [
            {"type": "klacht", "datum": "2026-04-01"},
            {"type": "klacht", "datum": "2026-10-18"},
        ],
    }
    result = evaluate(dossier, peildatum="2026-12-01")
    assert result.classification == "not_sensitive" and result.derived == {}
    assert "klachtenpatroon" in [question.fact for question in result.open_questions]


# --- invariant 11: deterministic ------------------------------------------------------------


@settings(max_examples=100)
@given(dossier=dossiers())
def test_invariant_11_same_dossier_same_bytes(dossier):
    first = to_json(evaluate(dossier, peildatum="2026-12-01"))
    again = to_json(evaluate(json.loads(json.dumps(dossier)), peildatum="2026-12-01"))
    assert first == again


def test_invariant_11_key_order_of_the_input_does_not_matter():
    facts = {
        "media_aandacht": "landelijk",
        "subsidie": True,
        "afbreukrisico": ["politiek", "bestuurlijk"],
    }
    reordered = dict(reversed(list(facts.items())))
    reordered["afbreukrisico"] = ["bestuurlijk", "politiek"]
    assert to_json(evaluate({"facts": facts})) == to_json(evaluate({"facts": reordered}))


def test_invariant_11_the_result_records_the_generator_and_the_peildatum():
    data = evaluate({"facts": {}}, peildatum="2026-12-01").to_dict()
    assert data["generator"] == {
        "name": "gevoeligheid",
        "version": __import__("gevoeligheid").__version__,
    }
    assert (data["peildatum"], data["events_left_out"], data["ruleset"]["version"]) == (
        "2026-12-01",
        0,
        "2026.2",
    )


def test_the_rule_set_and_generator_of_a_result_are_typed_and_still_read_as_mappings():
    """`result.ruleset.sha256` is typed; `result.ruleset["sha256"]` and `dict(result.ruleset)`
    work as they did."""
    result = evaluate({"facts": {}}, peildatum="2026-12-01")
    assert (result.ruleset.sha256, result.ruleset.version, result.generator.name) == (
        result.ruleset["sha256"],
        "2026.2",
        "gevoeligheid",
    )
    assert list(dict(result.ruleset)) == [
        "name",
        "version",
        "valid_from",
        "sha256",
        "overlays",
        "document",
    ]
    assert result.ruleset == {**result.to_dict()["ruleset"], "overlays": ()}
    assert {"name": "gevoeligheid", "version": __import__("gevoeligheid").__version__} == dict(
        result.generator
    )


def test_the_levels_of_an_outcome_are_ordered_enums():
    """A rule set's levels compare as the ladder orders them: `attention < sensitive`."""
    from gevoeligheid import Classification, Escalation

    result = evaluate(
        {"facts": {"subsidie": True, "media_aandacht": "landelijk"}}, peildatum="2026-12-01"
    )
    assert (Classification.of(result.classification), Escalation.of(result.escalation)) == (
        result.outcome.classification,
        result.outcome.escalation,
    )
    assert isinstance(result.outcome.classification, Classification) and isinstance(
        result.worst_case.escalation, Escalation
    )
    assert result.worst_case.classification >= result.outcome.classification


# --- settings: bounds and reasons -------------------------------------------------------------


def test_the_thresholds_keep_their_order():
    """2 <= coordinator < sensitive <= highly sensitive, and sensitive above 3
    (no single signal)."""
    value = {name: setting.value for name, setting in RULESET.settings.items()}
    assert 2 <= value["score_coordinator"] < value["score_gevoelig"] <= value["score_zeer_gevoelig"]
    assert (
        value["score_gevoelig"]
        > 3
        >= max(weight for fact in SIGNAL_FACTS for weight in fact.signal.weights.values())
    )


@pytest.mark.parametrize(
    "setting, value, message",
    [
        ("score_coordinator", 1, "below its lowest allowed value 2"),
        ("score_gevoelig", 3, "below its lowest allowed value 4"),
        ("score_gevoelig", 2, "below its lowest allowed value 4"),
        ("score_zeer_gevoelig", 6, "must be at least 'score_gevoelig' (7)"),
        ("klachtengolf_aantal", 4, "below its lowest allowed value 5"),
        ("klachtengolf_aantal", 21, "above its highest allowed value 20"),
        ("klachtengolf_dagen", 13, "below its lowest allowed value 14"),
        ("klachtengolf_dagen", 61, "above its highest allowed value 60"),
        ("venster_media", 29, "below its lowest allowed value 30"),
        ("venster_handhaving", 731, "above its highest allowed value 730"),
        ("klachtenpatroon_aantal", 2, "below its lowest allowed value 3"),
    ],
)
def test_an_overlay_cannot_set_a_setting_outside_its_policy_bounds(
    tmp_path, setting, value, message
):
    from gevoeligheid import RuleFileError

    path = tmp_path / "overlay.yaml"
    path.write_text(
        (
            f"overlay: proef\ndescription: Proef.\nsettings:\n  {setting}: {{value: {value}, why: "
            "Proef.}\n"
        ),
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError, match=re.escape(message)) as caught:
        load_ruleset(overlays=[path])
    assert (caught.value.file, caught.value.line) == (str(path), 4)


def test_the_coordinator_threshold_cannot_reach_the_sensitive_one(tmp_path):
    from gevoeligheid import RuleFileError

    path = tmp_path / "overlay.yaml"
    path.write_text(
        (
            "overlay: proef\ndescription: Proef.\nsettings:\n  score_coordinator: {value: 7, why: "
            "Proef.}\n"
        ),
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError, match=re.escape("must be above 'score_coordinator' (7)")):
        load_ruleset(overlays=[path])


_SUM = re.compile(r"(\d+(?:\s*[+×]\s*\d+)+)\s*=\s*(\d+)")


@pytest.mark.parametrize("name", sorted(RULESET.settings), ids=str)
def test_the_arithmetic_in_every_settings_reason_is_true(name):
    """Every 'a + b × c = n' in a reason, Dutch and English, adds up; the threshold it argues for
    is the setting's value where the sum ends in it."""
    setting = RULESET.settings[name]
    for text in (setting.why.nl, setting.why.en):
        for expression, total in _SUM.findall(text):
            assert eval(expression.replace("×", "*")) == int(total), (
                name,
                expression,
                total,
            )  # digits and operators only
        assert setting.why.nl.count("=") == setting.why.en.count("="), name


def test_the_reasons_of_the_thresholds_say_what_the_weights_allow():
    """score_gevoelig: no pair of signals reaches it, three can; score_zeer_gevoelig: four signals
    can, three cannot."""
    top = max(RULESET.weight_classes.values())
    gevoelig, zeer = (
        RULESET.settings["score_gevoelig"].value,
        RULESET.settings["score_zeer_gevoelig"].value,
    )
    assert 2 * top < gevoelig <= 3 * top and 3 * top < zeer <= 4 * top
    assert (
        "3 + 3 = 6)" in RULESET.settings["score_gevoelig"].why.nl
        and "4 × 3 = 12" in RULESET.settings["score_zeer_gevoelig"].why.en
    )


def test_every_rule_and_action_why_is_in_both_languages():
    texts = [rule.why for rule in RULESET.rules if rule.why] + [
        action.why for action in RULESET.actions if action.why
    ]
    texts += [group.why for group in RULESET.overlap_groups]
    assert texts and all(text.nl and text.en and text.nl != text.en for text in texts)


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

    result = evaluate(
        {
            "facts": {"media_aandacht": "regionaal", "subsidie": True},
            "events": [{"type": "klacht", "datum": "2026-11-02"}],
        }
    )
    assert pickle.loads(pickle.dumps(result)).to_dict() == result.to_dict()
    assert copy.deepcopy(result).to_dict() == result.to_dict()


@settings(max_examples=100)
@given(dossier=dossiers())
def test_results_do_not_depend_on_what_the_caches_held(dossier):
    """With caches cleared at every second entry the results are the same as with full caches."""
    from gevoeligheid import _policy as policy
    from gevoeligheid._evaluate import Evaluator

    warm = evaluate(dossier).to_dict()
    limit = policy.CACHE_LIMIT
    policy.CACHE_LIMIT = 2
    try:
        evaluator = Evaluator(RULESET)
        cold = evaluator.evaluate(dossier, peildatum="2026-12-01").to_dict()
        sizes = [len(cache) for cache in evaluator.compiled.cache.values()]
    finally:
        policy.CACHE_LIMIT = limit
    assert cold == warm
    assert max(sizes) <= 2
