"""The next best question: a dossier's open questions ranked by how far an answer could still move
its outcome, each with what every answer would give.

Built on the result's own open questions and worst case (_policy.hypotheses): a fact is asked
exactly when the result lists it as open, and the outcome is settled exactly when the worst case
has the classification and escalation the dossier has now. The rules are monotone (an unknown fact
counts as not present and an answer can only add), so every combination of answers lies between
the outcome now and the worst case: when those two agree, no answer can change the classification
or the escalation, and the list is empty.

Each candidate answer is evaluated as a whole dossier (the answer written in, the events applied
again), so what an answer "would give" is exactly what `evaluate` gives for the dossier with it.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ._evaluate import _plain, evaluator_for
from ._messages import word
from ._model import Citation, FactDef, Language, Outcome, Result, RuleSet, Value


@attrs.frozen
class Answer:
    """One possible answer to an open question and what the dossier would then give."""

    value: Value  # as the dossier's JSON holds it: true/false, a grade's word, a list of words
    label: str  # for people, in the language asked: ja, nee, a word
    outcome: Outcome  # the outcome with this answer
    worst_case: Outcome  # the worst case with this answer (the other questions still open)

    @property
    def settles(self) -> bool:
        """Whether, after this answer, no answer to another question can change the
        classification or the escalation."""
        return _levels(self.outcome) == _levels(self.worst_case)

    def to_dict(self) -> dict[str, object]:
        return {
            "value": list(self.value) if isinstance(self.value, tuple) else self.value,
            "label": self.label,
            "outcome": _outcome_dict(self.outcome),
            "worst_case": _outcome_dict(self.worst_case),
            "settles": self.settles,
        }


@attrs.frozen
class NextQuestion:
    """An open question with its possible answers, ranked by `moves`: how many steps of the
    classification and escalation ladders the answer that moves most would take off the range
    between the outcome now and the worst case (raising the outcome, or lowering the worst case)."""

    fact: str
    question: str
    type: str  # bool, grade or set
    answers: tuple[Answer, ...]
    could_raise_to: Outcome  # the result's open question: this fact alone at its highest
    source: Citation
    quote: str
    moves: int
    moves_inform: int  # the same for the roles to inform, which breaks ties

    def to_dict(self) -> dict[str, object]:
        return {
            "fact": self.fact,
            "question": self.question,
            "type": self.type,
            "answers": [answer.to_dict() for answer in self.answers],
            "could_raise_to": _outcome_dict(self.could_raise_to),
            "source": str(self.source),
            "quote": self.quote,
            "moves": self.moves,
            "moves_inform": self.moves_inform,
        }


def _outcome_dict(outcome: Outcome) -> dict[str, object]:
    from ._model import ROLES

    return {**outcome.levels(), "inform": [role for role in ROLES if role in outcome.inform]}


def _levels(outcome: Outcome) -> tuple[int, int]:
    return int(outcome.classification), int(outcome.escalation)


def _steps(outcome: Outcome) -> int:
    return int(outcome.classification) + int(outcome.escalation)


def settled(result: Result) -> bool:
    """No answer to any open question can change the classification or the escalation."""
    return _levels(result.outcome) == _levels(result.worst_case)


def answers_of(fact: FactDef, lang: str) -> tuple[tuple[Value, str], ...]:
    """The answers one can give to a fact, with their labels: ja/nee; each word of a grade, low
    to high; for a set none, then each word alone (more words together are possible too, and
    weigh as their highest)."""
    if fact.type == "bool":
        return ((True, word("answer_yes", lang)), (False, word("answer_no", lang)))
    if fact.type == "grade":
        return tuple((value, fact.word(value, lang)) for value in fact.values)
    return (
        ((), word("answer_none", lang)),
        *(((value,), fact.word(value, lang)) for value in fact.values),
    )


def with_answer(data: Mapping[str, Any], fact_id: str, value: Value | None) -> dict[str, Any]:
    """A copy of a dossier's plain data with one fact answered (None: unknown again)."""
    facts = dict(data.get("facts") or {})
    facts[fact_id] = list(value) if isinstance(value, tuple) else value
    return {**data, "facts": facts}


def next_questions(
    dossier: Any,
    *,
    peildatum: datetime.date | str | None = None,
    ruleset: RuleSet | None = None,
    lang: Language = "nl",
) -> list[NextQuestion]:
    """The open questions of a dossier, the one whose answer could move the outcome most first.

    `dossier` is what `evaluate` takes (a dict, JSON text, a pathlib.Path, a Dossier). Each question
    carries its fact id, its question in `lang`, its possible answers and, for each, the outcome
    and the worst case the dossier would then have. Questions are ranked by how many steps of the
    classification and escalation ladders their most moving answer takes off the range between
    the outcome now and the worst case, then by the roles to inform, then in checklist order.
    The list is empty exactly when no answer to any open question can change the classification
    or the escalation: the outcome is settled.
    """
    evaluator = evaluator_for(ruleset)
    data, source, _ = _plain(dossier, "<dossier>")
    result = evaluator.evaluate(
        data, engine="reference", lang=lang, source=source, peildatum=peildatum
    )
    if settled(result):
        return []
    day = result.peildatum
    facts = evaluator.in_force(day).ruleset.facts if day is not None else evaluator.ruleset.facts
    order = {fact_id: index for index, fact_id in enumerate(facts)}
    now, worst = result.outcome, result.worst_case
    ranked = []
    for question in result.open_questions:
        fact = facts[question.fact]
        answers = []
        for value, label in answers_of(fact, lang):
            answered = evaluator.evaluate(
                with_answer(data, fact.id, value),
                engine="reference",
                lang=lang,
                source=source,
                peildatum=day,
            )
            answers.append(Answer(value, label, answered.outcome, answered.worst_case))
        moves = max(
            _steps(answer.outcome) - _steps(now) + _steps(worst) - _steps(answer.worst_case)
            for answer in answers
        )
        moves_inform = max(
            len(answer.outcome.inform - now.inform) + len(worst.inform - answer.worst_case.inform)
            for answer in answers
        )
        ranked.append(
            NextQuestion(
                fact.id,
                question.question,
                fact.type,
                tuple(answers),
                question.could_raise_to,
                question.source,
                fact.quote,
                moves,
                moves_inform,
            )
        )
    ranked.sort(key=lambda item: (-item.moves, -item.moves_inform, order[item.fact]))
    return ranked
