"""The policy's lookup tables give exactly what walking the rules' conditions gives."""

from __future__ import annotations

import datetime
import itertools

import attrs
import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st

from gevoeligheid import _reference, load_ruleset
from gevoeligheid._evaluate import Evaluator
from gevoeligheid._events import apply_events
from gevoeligheid._model import CLASSIFICATIONS, ESCALATIONS, ROLES
from gevoeligheid._policy import (
    _counted,
    _counting,
    _levels,
    decide,
    hypotheses,
    hypotheses_walking,
    raise_each_loop,
)
from gevoeligheid._raising import raise_each
from gevoeligheid._tables import bits_levels, level_bits

from .conftest import ROOT
from .strategies import PEILDATUM_2027, RULESET, RULESET_2027, compact_dossiers, dossiers
from .test_generated_rule_sets import counts, facts, levels, overlay_text

ALL_LEVELS = list(
    itertools.product(range(len(CLASSIFICATIONS)), range(len(ESCALATIONS)), range(1 << len(ROLES)))
)


def walking(evaluator: Evaluator) -> Evaluator:
    """An evaluator of the same rule set that walks the conditions instead of using the tables."""
    other = Evaluator(evaluator.ruleset)
    other.compiled = attrs.evolve(other.compiled, tables=None)
    return other


def with_code(evaluator: Evaluator) -> Evaluator:
    """An evaluator of the same rule set whose tables raise the unknown facts with the rule set's
    own code (_raising.py) from its first dossier on, rather than after RAISING_CODE_AFTER."""
    other = Evaluator(evaluator.ruleset)
    assert other.compiled.tables is not None
    other.compiled.tables.raising_code[1] = 1
    return other


def test_levels_as_bits_combine_as_the_highest_of_each_ladder_and_every_role():
    for first, second in itertools.product(ALL_LEVELS, repeat=2):
        combined = (max(first[0], second[0]), max(first[1], second[1]), first[2] | second[2])
        assert bits_levels(level_bits(first) | level_bits(second)) == combined


def test_the_counting_table_gives_the_counting_rules_of_every_count(ruleset):
    """Every value each count can take falls in a class whose counting rules are those that hold."""
    compiled = Evaluator(ruleset).compiled
    tables = compiled.tables
    assert tables is not None
    tops = [len(values) - 1 for values in tables.count_keys]
    for signals, score, heaviest, headlines in itertools.product(*(range(top + 1) for top in tops)):
        key = tables.counting_key(signals, score, heaviest, headlines)
        positions = _counting(
            compiled,
            {"signals": signals, "score": score, "heaviest": heaviest},
            (),
            {},
            headline_count=headlines,
        )
        expected = (level_bits(_levels(compiled, positions)), tuple(sorted(positions)))
        assert _counted(compiled, tables, key) == expected, (signals, score, heaviest, headlines)


@settings(max_examples=300)
@given(
    dossier=dossiers(),
    lang=st.sampled_from(["nl", "en"]),
    engine=st.sampled_from(["durable", "reference"]),
)
def test_results_with_the_tables_are_those_without(ruleset, dossier, lang, engine):
    """The whole result, open questions and worst case included, with the tables and without."""
    with_tables = Evaluator(ruleset)
    assert with_tables.compiled.tables is not None
    expected = walking(with_tables).evaluate(dossier, engine=engine, lang=lang).to_dict()
    assert with_tables.evaluate(dossier, engine=engine, lang=lang).to_dict() == expected
    coded = with_code(with_tables)
    result = coded.evaluate(dossier, engine=engine, lang=lang)
    assert result.to_dict() == expected
    if coded.in_force(result.peildatum) is coded:  # not another version, in force on another day
        # The code was made and used, where the rule set has no gates (those keep the table loop).
        assert (coded.compiled.tables.raising_code[0] is not None) == (not coded.compiled.gates)


# Counting rules of counts only (the tables hold them) and rules on facts, in generated overlays.
counting_conditions = st.recursive(
    counts,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=4).map(lambda items: {"any": items}),
        st.lists(inner, min_size=1, max_size=4).map(lambda items: {"all": items}),
    ),
    max_leaves=6,
)
fact_conditions = st.recursive(
    facts,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3).map(lambda items: {"any": items}),
        st.lists(inner, min_size=1, max_size=3).map(lambda items: {"all": items}),
    ),
    max_leaves=6,
)


@settings(
    max_examples=40,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
@given(
    rules=st.lists(
        st.tuples(st.one_of(counting_conditions, fact_conditions), levels), min_size=1, max_size=5
    ),
    dossier_list=st.lists(compact_dossiers(), min_size=1, max_size=4),
)
def test_generated_rule_sets_give_the_same_results_with_the_tables_and_without(
    tmp_path, rules, dossier_list
):
    path = tmp_path / "gegenereerd.yaml"
    path.write_text(overlay_text(rules), encoding="utf-8")
    try:
        evaluator = Evaluator(load_ruleset(ROOT / "rules", overlays=[path]))
    except (
        Exception
    ):  # a rule set the loader refuses (too many alternatives) has nothing to compare
        event("refused")
        return
    assert evaluator.compiled.tables is not None  # counting rules of counts only
    other = walking(evaluator)
    coded = with_code(evaluator)
    everything = {
        fact.id: list(fact.highest) if fact.type == "set" else fact.highest
        for fact in evaluator.ruleset.facts.values()
    }
    for dossier in [{"facts": {}}, {"facts": everything}, *dossier_list]:
        try:
            expected = other.evaluate(dossier, engine="reference").to_dict()
        except Exception:
            continue  # a dossier the parser refuses
        assert evaluator.evaluate(dossier, engine="reference").to_dict() == expected
        assert coded.evaluate(dossier, engine="reference").to_dict() == expected


def test_a_counting_rule_that_names_a_fact_is_held_by_the_tables_through_a_gate(tmp_path):
    """A count beside a fact: the fact's part becomes a gate the tables key on, and
    agrees with walking."""
    path = tmp_path / "feit.yaml"
    path.write_text(
        overlay_text(
            [
                (
                    {"all": [{"signals_at_least": 2}, {"fact": "subsidie"}]},
                    {"classification": "sensitive"},
                )
            ]
        ),
        encoding="utf-8",
    )
    evaluator = Evaluator(load_ruleset(ROOT / "rules", overlays=[path], peildatum="2026-12-01"))
    assert evaluator.compiled.tables is not None and len(evaluator.compiled.gates) == 1
    assert (
        evaluator.evaluate(
            {"facts": {"subsidie": True, "afspraken_met_overheid": True}}
        ).classification
        == "sensitive"
    )
    alone = evaluator.evaluate({"facts": {"afspraken_met_overheid": True}})
    assert alone.classification == "attention"
    question = {question.fact: question for question in alone.open_questions}["subsidie"]
    assert CLASSIFICATIONS[question.could_raise_to.classification] == "sensitive"


@pytest.mark.parametrize(
    "fact", ["media_aandacht", "gevaarlijk_afval", "incident", "buiten_mandaat"]
)
def test_an_open_question_is_the_outcome_with_its_fact_raised(ruleset, fact):
    """One open question checked by evaluating the raised dossier (the property tests in
    test_policy.py check every fact)."""
    evaluator = Evaluator(ruleset)
    dossier = {"facts": {"brzo_bevi": True, "strafrechtelijk_verleden": True}}
    question = {question.fact: question for question in evaluator.evaluate(dossier).open_questions}[
        fact
    ]
    definition = ruleset.facts[fact]
    raised = evaluator.evaluate(
        {
            "facts": {
                **dossier["facts"],
                fact: list(definition.highest) if definition.type == "set" else definition.highest,
            }
        }
    )
    assert question.could_raise_to == raised.outcome


mixed_conditions = st.tuples(counts, fact_conditions).map(lambda pair: {"all": [pair[0], pair[1]]})


@pytest.mark.slow
@settings(
    max_examples=40,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
@given(
    rules=st.lists(
        st.tuples(st.one_of(counting_conditions, fact_conditions, mixed_conditions), levels),
        min_size=1,
        max_size=5,
    ),
    dossier_list=st.lists(compact_dossiers(), min_size=1, max_size=4),
)
def test_generated_counting_rules_beside_facts_give_the_same_results_with_gates_and_walking(
    tmp_path, rules, dossier_list
):
    """A counting rule that names facts is held by the tables through gates; walking agrees."""
    path = tmp_path / "gemengd.yaml"
    path.write_text(overlay_text(rules), encoding="utf-8")
    try:
        evaluator = Evaluator(load_ruleset(ROOT / "rules", overlays=[path], peildatum="2026-12-01"))
    except (
        Exception
    ):  # a rule set the loader refuses (too many alternatives) has nothing to compare
        event("refused")
        return
    other = walking(evaluator)
    everything = {
        fact.id: list(fact.highest) if fact.type == "set" else fact.highest
        for fact in evaluator.ruleset.facts.values()
    }
    for dossier in [{"facts": {}}, {"facts": everything}, *dossier_list]:
        try:
            expected = other.evaluate(dossier, engine="reference", peildatum="2026-12-01").to_dict()
        except Exception:
            continue  # a dossier the parser refuses
        assert (
            evaluator.evaluate(dossier, engine="reference", peildatum="2026-12-01").to_dict()
            == expected
        )


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(dossier=dossiers(ruleset=RULESET_2027), lang=st.sampled_from(["nl", "en"]))
def test_rule_set_2027_1_gives_the_same_results_with_the_tables_and_without(dossier, lang):
    """2027.1's counting rule compares the score with the criteria's strength: a gate."""
    with_tables = Evaluator(RULESET_2027)
    assert with_tables.compiled.tables is not None and with_tables.compiled.gates
    got = with_tables.evaluate(
        dossier, engine="reference", lang=lang, peildatum=PEILDATUM_2027
    ).to_dict()
    assert (
        got
        == walking(with_tables)
        .evaluate(dossier, engine="reference", lang=lang, peildatum=PEILDATUM_2027)
        .to_dict()
    )


@settings(max_examples=200, deadline=None)
@given(dossier=dossiers(ruleset=RULESET_2027))
def test_rule_set_2027_1_raises_each_unknown_fact_as_walking_does(dossier):
    """The open questions' outcomes and the worst case from the tables, with 2027.1's gate and its
    rules on any two of nine facts (dozens of terms a fact), are those of walking the rules."""
    evaluator = Evaluator(RULESET_2027)
    compiled = evaluator.compiled
    parsed = evaluator.parse(dossier)
    values = apply_events(RULESET_2027, parsed, "nl", datetime.date.fromisoformat(PEILDATUM_2027))[
        0
    ]
    mask = compiled.mask(values)
    fired = _reference.match(compiled, mask)
    decision = decide(compiled, values, fired, mask)
    assert hypotheses(compiled, values, mask, fired, decision) == hypotheses_walking(
        compiled, values, mask, fired, decision
    )


_COMPILED = Evaluator(RULESET).compiled


@settings(max_examples=500)
@given(dossier=st.one_of(dossiers(), compact_dossiers()))
def test_the_rule_sets_code_raises_each_fact_as_the_table_loop_does(dossier):
    """_raising.py's code asks the counting and final tables the same questions as the table loop,
    for every unknown fact and the worst case: with tables that answer with the question, each
    outcome is the counting key and the level bits it was asked for."""
    compiled = _COMPILED
    tables = compiled.tables
    assert tables is not None and not compiled.gates
    values = apply_events(
        RULESET, Evaluator(RULESET).parse(dossier), "nl", datetime.date(2026, 12, 1)
    )[0]
    mask = compiled.mask(values)
    decision = decide(compiled, values, _reference.match(compiled, mask), mask)
    asked = (
        lambda key: (key << 64, ()),
        None,
        lambda bits: (bits, ()),
        None,
        *tables.count_keys,
        compiled,
        tables,
    )
    arguments = (
        values.get,
        mask,
        decision.bits,
        decision.head_bits,
        len(decision.signal_facts),
        decision.score,
        decision.heaviest,
        decision.group_weights,
        asked,
    )
    code = raise_each(dict(tables.raising), tables.rule_terms)
    assert code(*arguments) == raise_each_loop(*arguments)
