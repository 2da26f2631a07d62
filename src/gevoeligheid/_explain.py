"""A Decision described for people: its signals, reasons, open questions and
actions in one language.

_policy.py decides with numbers and positions only; this module attaches the words (the rule
files' own texts in the language asked for) and the structured sources. The signals, reasons, open
questions and actions of a rule set are few distinct frozen objects, so each is made once per
language and shared by every result that has it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._compile import Compiled
from ._messages import label
from ._model import (
    CLASSIFICATIONS,
    ESCALATIONS,
    ROLES,
    Action,
    FrozenDict,
    OpenQuestion,
    Outcome,
    Reason,
    Signal,
    Value,
)
from ._policy import Decision, _remember, weight_of


def explain(
    compiled: Compiled,
    values: Mapping[str, Value | None],
    mask: int,
    decision: Decision,
    lang: str,
    from_events: Mapping[str, Value],
) -> tuple[tuple[Signal, ...], tuple[Reason, ...]]:
    """The signals, reasons and the facts behind each reason, in the requested language."""
    signal_cache = compiled.cache["signals"]
    signals = []
    for fact_id in decision.signal_facts:
        value = values[fact_id]
        counted = fact_id not in decision.uncounted
        key: tuple[object, ...] = (fact_id, value, lang, fact_id in from_events, counted)
        signal = signal_cache.get(key)
        if signal is None:
            signal = _remember(
                signal_cache,
                key,
                _signal(compiled, fact_id, value, lang, fact_id in from_events, counted),
            )
        signals.append(signal)
    reason_cache = compiled.cache["reasons"]
    reasons = []
    counts = {
        "signals": len(decision.signal_facts),
        "headlines": len(decision.headlines),
        "score": decision.score,
        "heaviest": decision.heaviest,
    }
    reason_atoms, used_counts = compiled.reason_atoms, compiled.used_counts
    for position in decision.rule_positions:
        # The atoms of the rule's facts say which of them the reason names, and at what value.
        used = (
            tuple([(name, counts[name]) for name in used_counts[position]])
            if used_counts[position]
            else ()
        )
        key = (position, lang, mask & reason_atoms[position], used)
        reason = reason_cache.get(key)
        if reason is None:
            facts = tuple(
                (fact_id, values[fact_id])
                for fact_id, bits in compiled.fact_bits[position]
                if mask & bits
            )
            reason = _remember(reason_cache, key, _reason(compiled, position, lang, facts, used))
        reasons.append(reason)
    return tuple(signals), tuple(reasons)


def _signal(
    compiled: Compiled,
    fact_id: str,
    value: Value | None,
    lang: str,
    from_events: bool,
    counted: bool = True,
) -> Signal:
    fact = compiled.ruleset.facts[fact_id]
    label = fact.signal.label.get(lang)  # type: ignore[union-attr]
    if fact.type != "bool":
        words = [value] if isinstance(value, str) else list(value)  # type: ignore[arg-type]
        label += f" ({', '.join(fact.word(word, lang) for word in words)})"
    return Signal(
        id=fact_id,
        category=fact.category,
        weight=weight_of(compiled, fact_id, value),
        label=label,
        facts=FrozenDict({fact_id: value}),  # read-only: one Signal serves many results
        source=compiled.fact_citation[fact_id],
        from_events=from_events,
        counted=counted,
    )


def _reason(
    compiled: Compiled,
    position: int,
    lang: str,
    facts: tuple[tuple[str, Value | None], ...],
    counts: tuple[tuple[str, int], ...],
) -> Reason:
    rule = compiled.ruleset.rules[position]
    return Reason(
        rule=rule.id,
        sets=rule.sets,
        because=rule.because.get(lang),
        source=compiled.rule_citation[position],
        facts=FrozenDict(dict(facts)),  # read-only: one Reason serves many results
        counts=FrozenDict(dict(counts)),
        changed_by=rule.changed_by,
    )


def open_questions(
    compiled: Compiled,
    could: Mapping[str, Outcome],
    lang: str,
    floor: Mapping[str, Value] | None = None,
) -> tuple[OpenQuestion, ...]:
    """Each unknown fact's question, with the outcome it could rise to (_policy.hypotheses); a
    fact of `floor` (set by events below its highest, unanswered) with what the events show."""
    cache = compiled.cache["questions"]
    questions = []
    for fact_id, outcome in could.items():
        evidence = floor.get(fact_id) if floor else None
        # By the outcome's identity (outcomes are shared): the question holds its outcome, so
        # that id is not another's while the question is kept.
        key = (fact_id, lang, id(outcome), evidence)
        question = cache.get(key)
        if question is None or question.could_raise_to is not outcome:
            question = _remember(cache, key, _question(compiled, fact_id, outcome, lang, evidence))
        questions.append(question)
    return tuple(questions)


def _question(
    compiled: Compiled, fact_id: str, outcome: Outcome, lang: str, evidence: Value | None = None
) -> OpenQuestion:
    return OpenQuestion(
        fact=fact_id,
        question=compiled.ruleset.facts[fact_id].question.get(lang),
        could_raise_to=outcome,
        source=compiled.fact_citation[fact_id],
        events_show=evidence,
    )


def actions(
    compiled: Compiled, positions: tuple[tuple[int, int], ...], lang: str
) -> tuple[Action, ...]:
    """The actions at these positions of the rule set, each with the text of its ground
    (_policy.action_positions), in `lang`."""
    if not positions:
        return ()
    cache = compiled.cache["action_texts"]
    key = (positions, lang)
    found = cache.get(key)
    if found is None:
        ruleset = compiled.ruleset
        made = []
        for position, ground_index in positions:
            action = ruleset.actions[position]
            ground = action.grounds[ground_index] if ground_index >= 0 else None
            text, source, quote = (
                (ground.text, ground.source, ground.quote)
                if ground is not None
                else (action.text, action.source, action.quote)
            )
            made.append(
                Action(
                    action.id,
                    action.role,
                    text.get(lang),
                    source.citation(ruleset.document, ruleset.ref, quote),
                )
            )
        found = _remember(cache, key, tuple(made))
    return found


def labels(
    compiled: Compiled,
    outcome: Outcome,
    worst: Outcome,
    actions: tuple[Action, ...],
    signals: tuple[Signal, ...],
    lang: str,
) -> FrozenDict:
    """Every code of a result in `lang`: its levels, the roles to inform (the portefeuillehouder's
    with the route in force, where a choice of the rule set names that role), the roles that act,
    the signals' categories and the rule set's name."""
    roles = tuple(sorted({action.role for action in actions}))
    categories = tuple(sorted({signal.category for signal in signals}))
    key = (outcome, worst, roles, categories, lang)
    cache = compiled.cache.setdefault("labels", {})
    found: FrozenDict | None = cache.get(key)
    if found is None:
        ruleset = compiled.ruleset
        routes = {
            choice.role: choice.options[choice.value].get(lang)
            for choice in ruleset.choices.values()
            if choice.role
        }
        found = _remember(
            cache,
            key,
            FrozenDict(
                {
                    "classification": label(CLASSIFICATIONS[outcome.classification], lang),
                    "escalation": label(ESCALATIONS[outcome.escalation], lang),
                    "inform": {
                        role: role_label(role, lang, routes.get(role))
                        for role in ROLES
                        if role in outcome.inform
                    },
                    "worst_case": {
                        "classification": label(CLASSIFICATIONS[worst.classification], lang),
                        "escalation": label(ESCALATIONS[worst.escalation], lang),
                    },
                    "roles": {role: label(role, lang) for role in roles},
                    "categories": {category: label(category, lang) for category in categories},
                    "ruleset": label(ruleset.name, lang),
                }
            ),
        )
    return found


def role_label(role: str, lang: str, route: str | None = None) -> str:
    """A role to inform as people read it, with the route by which it is informed, if any."""
    return f"{label(role, lang)} ({route})" if route else label(role, lang)
