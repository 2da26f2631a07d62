"""Fired rules -> classification, escalation, inform, reasons, open questions and the worst case."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from . import reference
from .compile import Compiled
from .model import (
    AllOf,
    AnyOf,
    Condition,
    CountAtLeast,
    FactCondition,
    HeadlineRef,
    OpenQuestion,
    Outcome,
    Reason,
    Rule,
    Signal,
    Value,
)


@attrs.frozen
class Decision:
    """What the fired rules decide for one set of values, before any text is attached."""

    outcome: Outcome
    score: int
    signal_facts: tuple[str, ...]
    headlines: tuple[str, ...]
    rules: tuple[Rule, ...]  # the rules that set something, in rule set order


def weight_of(compiled: Compiled, fact_id: str, value: Value | None) -> int:
    """A fact's signal weight at `value`: by its word, the highest of its words, or its one weight."""
    signal = compiled.ruleset.facts[fact_id].signal
    if signal is None or value is None or value is False:
        return 0
    if value is True:
        return signal.weights[True]
    if isinstance(value, tuple):
        return max((signal.weights[word] for word in value), default=0)
    return signal.weights.get(value, 0)


def decide(compiled: Compiled, values: Mapping[str, Value | None], fired: frozenset[int]) -> Decision:
    """Aggregate the matching pass: signals, score, headlines, then the counting rules."""
    signal_facts = []
    score = 0
    headlines = []
    fired_rules = set()
    for index in sorted(fired):
        matcher = compiled.matchers[index]
        if matcher.fact is not None:
            signal_facts.append(matcher.fact)
            score += weight_of(compiled, matcher.fact, values.get(matcher.fact))
        else:
            fired_rules.add(matcher.rule.id)
            if matcher.rule.headline:
                headlines.append(matcher.rule.headline)
    counts = {"signals": len(signal_facts), "headlines": len(headlines), "score": score}
    for rule in compiled.counting_rules:
        if _holds(rule.when, counts, set(headlines), compiled, values):
            fired_rules.add(rule.id)
    outcome = Outcome()
    rules = []
    for rule in compiled.ruleset.rules:
        if rule.id in fired_rules:
            outcome = outcome.raised_by(rule.sets)
            rules.append(rule)
    return Decision(outcome, score, tuple(signal_facts), tuple(sorted(headlines)), tuple(rules))


def _holds(condition: Condition, counts: Mapping[str, int], headlines: set[str], compiled: Compiled, values) -> bool:
    if isinstance(condition, CountAtLeast):
        return counts[condition.what] >= condition.number
    if isinstance(condition, HeadlineRef):
        return condition.headline in headlines
    if isinstance(condition, AnyOf):
        return any(_holds(item, counts, headlines, compiled, values) for item in condition.items)
    if isinstance(condition, AllOf):
        return all(_holds(item, counts, headlines, compiled, values) for item in condition.items)
    mask = compiled.mask({condition.fact: values.get(condition.fact)})
    return any(term & mask == term for term in _fact_terms(compiled, condition))


def _fact_terms(compiled: Compiled, condition: FactCondition) -> list[int]:
    from .compile import fact_condition_bits

    return [1 << bit for bit in fact_condition_bits(condition, compiled.ruleset.facts, compiled.atoms)]


def hypotheses(
    compiled: Compiled, values: Mapping[str, Value | None], mask: int, fired: frozenset[int]
) -> tuple[dict[str, Outcome], Outcome]:
    """For each unknown fact, the outcome if it alone were at its highest; and with all of them.

    The rules are monotone, so raising one fact can only add matchers that look at it: only those
    are matched again (by the reference evaluator), and facts that add the same are decided once.
    """
    unknown = [fact_id for fact_id in compiled.ruleset.facts if values.get(fact_id) is None]
    could: dict[str, Outcome] = {}
    seen: dict[tuple[frozenset[int], int, str | None], Outcome] = {}
    for fact_id in unknown:
        added = reference.match(compiled, mask | compiled.max_mask[fact_id], compiled.affected[fact_id]) - fired
        weight = weight_of(compiled, fact_id, compiled.ruleset.facts[fact_id].highest)
        key = (added, weight, fact_id if fact_id in compiled.counting_facts else None)
        if key not in seen:
            raised = dict(values)
            raised[fact_id] = compiled.ruleset.facts[fact_id].highest
            seen[key] = decide(compiled, raised, fired | added).outcome
        could[fact_id] = seen[key]
    worst_values = dict(values)
    worst_mask = mask
    for fact_id in unknown:
        worst_values[fact_id] = compiled.ruleset.facts[fact_id].highest
        worst_mask |= compiled.max_mask[fact_id]
    worst = decide(compiled, worst_values, reference.match(compiled, worst_mask)).outcome
    return could, worst


def explain(compiled: Compiled, values: Mapping[str, Value | None], decision: Decision, lang: str, from_events: Mapping[str, Value]):
    """The signals, reasons and the facts behind each reason, in the requested language."""
    ruleset = compiled.ruleset
    signals = []
    for fact_id in decision.signal_facts:
        fact = ruleset.facts[fact_id]
        value = values[fact_id]
        label = fact.signal.label.get(lang)
        if fact.type != "bool":
            label += f" ({value if isinstance(value, str) else ', '.join(value)})"
        signals.append(
            Signal(
                id=fact_id,
                category=fact.category,
                weight=weight_of(compiled, fact_id, value),
                label=label,
                facts={fact_id: value},
                source=fact.source.cite(ruleset.document, ruleset.ref),
                from_events=fact_id in from_events,
            )
        )
    reasons = []
    counts = {"signals": len(decision.signal_facts), "headlines": len(decision.headlines), "score": decision.score}
    for rule in decision.rules:
        used = _used_counts(rule.when)
        reasons.append(
            Reason(
                rule=rule.id,
                sets=rule.sets,
                because=rule.because.get(lang),
                source=rule.source.cite(ruleset.document, ruleset.ref),
                facts=_true_facts(compiled, rule, values),
                counts={name: counts[name] for name in used},
                changed_by=rule.changed_by,
            )
        )
    return tuple(signals), tuple(reasons)


def _used_counts(condition: Condition) -> list[str]:
    if isinstance(condition, CountAtLeast):
        return [condition.what]
    if isinstance(condition, (AnyOf, AllOf)):
        return sorted({name for item in condition.items for name in _used_counts(item)})
    return []


def _true_facts(compiled: Compiled, rule: Rule, values: Mapping[str, Value | None]) -> dict[str, Value]:
    """The facts in a fired rule's condition that hold, as the dossier gave them."""
    from .compile import facts_of, inline_headlines

    headlines = {other.headline: other.when for other in compiled.ruleset.rules if other.headline and other.enabled}
    condition = inline_headlines(rule.when, headlines)
    out: dict[str, Value] = {}
    for fact_id in dict.fromkeys(facts_of(condition)):
        value = values.get(fact_id)
        if value is None or value is False or value == ():
            continue
        if _any_true(condition, fact_id, compiled, value):
            out[fact_id] = value
    return out


def _any_true(condition: Condition, fact_id: str, compiled: Compiled, value: Value) -> bool:
    if isinstance(condition, FactCondition):
        if condition.fact != fact_id:
            return False
        mask = compiled.mask({fact_id: value})
        return any(term & mask == term for term in _fact_terms(compiled, condition))
    if isinstance(condition, (AnyOf, AllOf)):
        return any(_any_true(item, fact_id, compiled, value) for item in condition.items)
    return False


def open_questions(compiled: Compiled, could: Mapping[str, Outcome], lang: str) -> tuple[OpenQuestion, ...]:
    ruleset = compiled.ruleset
    return tuple(
        OpenQuestion(
            fact=fact_id,
            question=ruleset.facts[fact_id].question.get(lang),
            could_raise_to=outcome,
            source=ruleset.facts[fact_id].source.cite(ruleset.document, ruleset.ref),
        )
        for fact_id, outcome in could.items()
    )
