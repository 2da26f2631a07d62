"""next_questions: the open questions ranked by how far an answer could move the outcome; empty
exactly when no answer to any open question can change the classification or the escalation."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import gevoeligheid
from gevoeligheid import evaluate, load_ruleset, next_questions
from gevoeligheid._questions import answers_of

from .conftest import ROOT

PEILDATUM = "2026-12-01"
RULESET = load_ruleset(peildatum=PEILDATUM)
FACTS = tuple(RULESET.facts.values())
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def levels(result):
    return (result.outcome.classification, result.outcome.escalation)


def every_value(fact):
    """Every value a fact can be answered with (every subset of a set's words)."""
    if fact.type == "bool":
        return [True, False]
    if fact.type == "grade":
        return list(fact.values)
    return [
        [word for word in fact.values if word in chosen]
        for size in range(len(fact.values) + 1)
        for chosen in itertools.combinations(fact.values, size)
    ]


@st.composite
def small_dossiers(draw):
    """A dossier with every fact answered but a few (0 to 3, at most one a set): few enough open
    questions to try every combination of their answers."""
    open_facts = draw(st.lists(st.sampled_from(FACTS), max_size=3, unique_by=lambda fact: fact.id))
    if sum(fact.type == "set" for fact in open_facts) > 1:
        open_facts = [fact for fact in open_facts if fact.type != "set"]
    yes = draw(st.sampled_from([0.0, 0.05, 0.15, 0.3]))
    facts = {}
    for fact in FACTS:
        if fact in open_facts:
            facts[fact.id] = None
        elif fact.type == "bool":
            facts[fact.id] = draw(st.floats(0, 1)) < yes
        elif fact.type == "grade":
            facts[fact.id] = (
                draw(st.sampled_from(fact.values[1:]))
                if draw(st.floats(0, 1)) < yes
                else fact.values[0]
            )
        else:
            facts[fact.id] = (
                [draw(st.sampled_from(fact.values))] if draw(st.floats(0, 1)) < yes else []
            )
    dossier = {"id": "klein", "peildatum": PEILDATUM, "facts": facts}
    if draw(st.booleans()):
        dossier["events"] = [
            {
                "type": "media",
                "datum": "2026-11-20",
                "bereik": draw(st.sampled_from(["lokaal", "regionaal", "landelijk"])),
            }
        ]
    return dossier


def brute_force_settled(dossier) -> bool:
    """Whether no combination of answers to the open facts changes classification or escalation."""
    now = levels(evaluate(dossier, ruleset=RULESET, engine="reference"))
    open_facts = [
        RULESET.facts[question.fact]
        for question in evaluate(dossier, ruleset=RULESET, engine="reference").open_questions
    ]
    for combination in itertools.product(*(every_value(fact) for fact in open_facts)):
        answered = {
            **dossier,
            "facts": {
                **dossier["facts"],
                **{fact.id: value for fact, value in zip(open_facts, combination)},
            },
        }
        if levels(evaluate(answered, ruleset=RULESET, engine="reference")) != now:
            return False
    return True


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_dossiers())
def test_empty_exactly_when_no_answer_can_change_classification_or_escalation(dossier):
    assert (next_questions(dossier, ruleset=RULESET) == []) == brute_force_settled(dossier)


def test_the_brute_force_sees_an_unsettled_dossier():
    """The oracle itself can say no: two open questions that together decide."""
    facts = {
        fact.id: (False if fact.type == "bool" else [] if fact.type == "set" else fact.values[0])
        for fact in FACTS
    }
    facts["maatschappelijke_onrust"] = None
    dossier = {"peildatum": PEILDATUM, "facts": facts}
    assert brute_force_settled(dossier) is False
    assert [question.fact for question in next_questions(dossier, ruleset=RULESET)] == [
        "maatschappelijke_onrust"
    ]


@pytest.mark.parametrize("path", EXAMPLES[:12], ids=lambda path: path.name[:2])
def test_each_answer_gives_what_evaluate_gives_for_the_dossier_with_it(path):
    dossier = json.loads(path.read_text(encoding="utf-8"))
    result = evaluate(dossier, engine="reference")
    questions = next_questions(dossier)
    if not questions:
        assert (result.worst_case.classification, result.worst_case.escalation) == levels(result)
        return
    assert sorted(question.fact for question in questions) == sorted(
        question.fact for question in result.open_questions
    )
    for question in questions[:3]:
        assert [answer.value for answer in question.answers] == [
            value for value, _ in answers_of(RULESET.facts[question.fact], "nl")
        ]
        for answer in question.answers:
            value = list(answer.value) if isinstance(answer.value, tuple) else answer.value
            answered = evaluate(
                {**dossier, "facts": {**dossier["facts"], question.fact: value}}, engine="reference"
            )
            assert (answer.outcome, answer.worst_case) == (answered.outcome, answered.worst_case)


def test_ranked_by_how_far_an_answer_moves_then_in_checklist_order():
    dossier = json.loads(
        (ROOT / "examples" / "05-pig-farm-odour-complaint-wave.json").read_text(encoding="utf-8")
    )
    questions = next_questions(dossier)
    order = list(RULESET.facts)
    keys = [
        (-question.moves, -question.moves_inform, order.index(question.fact))
        for question in questions
    ]
    assert keys == sorted(keys)
    assert questions[0].moves > questions[-1].moves
    # A question's moves are those of its most moving answer, measured on the ladders.
    now = evaluate(dossier, engine="reference")
    steps = lambda outcome: outcome.classification + outcome.escalation  # noqa: E731
    first = questions[0]
    assert first.moves == max(
        steps(answer.outcome)
        - steps(now.outcome)
        + steps(now.worst_case)
        - steps(answer.worst_case)
        for answer in first.answers
    )


def test_the_question_and_answers_are_in_the_language_asked():
    dossier = {"peildatum": PEILDATUM, "facts": {}}
    dutch, english = next_questions(dossier, lang="nl")[0], next_questions(dossier, lang="en")[0]
    assert dutch.fact == english.fact
    assert dutch.question == RULESET.facts[dutch.fact].question.get("nl")
    assert english.question == RULESET.facts[dutch.fact].question.get("en")
    bool_fact = next(fact for fact in FACTS if fact.type == "bool")
    assert [label for _, label in answers_of(bool_fact, "nl")] == ["ja", "nee"]
    assert [label for _, label in answers_of(bool_fact, "en")] == ["yes", "no"]
    data = english.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert {"fact", "question", "answers", "could_raise_to", "source", "quote"} <= set(data)


def test_a_settled_dossier_has_no_questions_and_a_bad_one_an_error():
    everything = {
        fact.id: (
            True
            if fact.type == "bool"
            else fact.values[-1]
            if fact.type == "grade"
            else list(fact.values)
        )
        for fact in FACTS
    }
    assert next_questions({"peildatum": PEILDATUM, "facts": everything}) == []
    nothing_open_but_top = {
        **everything,
        "spraakmakend_initiatief": None,
    }  # highest already: nothing can move
    assert next_questions({"peildatum": PEILDATUM, "facts": nothing_open_but_top}) == []
    with pytest.raises(gevoeligheid.DossierError):
        next_questions({"facts": {"media_aandacht": "ja"}})
