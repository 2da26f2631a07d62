"""Fired rules -> classification, escalation, inform, reasons, open questions and the worst case."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from . import reference
from .compile import Compiled
from .model import (
    ROLES,
    AllOf,
    AnyOf,
    Condition,
    CountAtLeast,
    FactCondition,
    HeadlineRef,
    OpenQuestion,
    Outcome,
    Reason,
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
    rule_positions: tuple[int, ...]  # the rules that fired, by position in the rule set


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
    matchers = compiled.matchers
    signal_facts = []
    score = 0
    headlines = set()
    positions = set()
    for index in fired:
        matcher = matchers[index]
        if matcher.fact is not None:
            signal_facts.append(matcher.fact)
            score += weight_of(compiled, matcher.fact, values.get(matcher.fact))
        else:
            positions.add(compiled.rule_position[index])
            if matcher.rule.headline:  # type: ignore[union-attr]
                headlines.add(matcher.rule.headline)  # type: ignore[union-attr]
    positions |= _counting(compiled, len(signal_facts), score, headlines, values)
    classification, escalation, roles = _levels(compiled, positions)
    return Decision(
        _outcome(classification, escalation, roles),
        score,
        tuple(sorted(signal_facts, key=compiled.fact_order.__getitem__)),
        tuple(sorted(headlines)),
        tuple(sorted(positions)),
    )


def _counting(compiled: Compiled, signals: int, score: int, headlines: set[str], values) -> set[int]:
    """The positions of the counting rules that hold for these counts."""
    if not compiled.counting_rules:
        return set()
    counts = {"signals": signals, "headlines": len(headlines), "score": score}
    out = set()
    for rule, position in zip(compiled.counting_rules, compiled.counting_positions):
        if _holds(rule.when, counts, headlines, compiled, values):
            out.add(position)
    return out


def _levels(compiled: Compiled, positions) -> tuple[int, int, int]:
    classification = escalation = roles = 0
    levels = compiled.levels
    for position in positions:
        level = levels[position]
        if level[0] > classification:
            classification = level[0]
        if level[1] > escalation:
            escalation = level[1]
        roles |= level[2]
    return classification, escalation, roles


def _holds(condition: Condition, counts: Mapping[str, int], headlines: set[str], compiled: Compiled, values) -> bool:
    if isinstance(condition, CountAtLeast):
        return counts[condition.what] >= condition.number
    if isinstance(condition, HeadlineRef):
        return condition.headline in headlines
    if isinstance(condition, AnyOf):
        return any(_holds(item, counts, headlines, compiled, values) for item in condition.items)
    if isinstance(condition, AllOf):
        return all(_holds(item, counts, headlines, compiled, values) for item in condition.items)
    assert isinstance(condition, FactCondition)
    mask = compiled.mask({condition.fact: values.get(condition.fact)})
    from .compile import fact_condition_bits

    return any(mask >> bit & 1 for bit in fact_condition_bits(condition, compiled.ruleset.facts, compiled.atoms))


def hypotheses(
    compiled: Compiled, values: Mapping[str, Value | None], mask: int, fired: frozenset[int], decision: Decision
) -> tuple[dict[str, Outcome], Outcome]:
    """For each unknown fact, the outcome if it alone were at its highest; and with all of them.

    The rules are monotone, so raising one fact can only add the matchers that look at it: only
    those are matched again (the reference evaluator's test), and their levels are combined with
    what already fired. The counting rules depend only on the counts when they look at no fact,
    so their levels are cached per (signals, score, headlines).
    """
    facts = compiled.ruleset.facts
    matchers = compiled.matchers
    unknown = [fact_id for fact_id in facts if values.get(fact_id) is None]
    base_positions = set(decision.rule_positions).difference(compiled.counting_positions)
    base = _levels(compiled, base_positions)
    signals, score, headlines = len(decision.signal_facts), decision.score, set(decision.headlines)
    levels, positions_of = compiled.levels, compiled.rule_position
    could: dict[str, Outcome] = {}
    for fact_id in unknown:
        raised_mask = mask | compiled.max_mask[fact_id]
        classification, escalation, roles = base
        new_headlines = headlines
        for index in compiled.affected_rules[fact_id]:
            if index in fired or not any(term & raised_mask == term for term in matchers[index].terms):
                continue
            level = levels[positions_of[index]]
            classification = max(classification, level[0])
            escalation = max(escalation, level[1])
            roles |= level[2]
            headline = matchers[index].rule.headline  # type: ignore[union-attr]
            if headline and headline not in new_headlines:
                new_headlines = new_headlines | {headline}
        has_signal = fact_id in compiled.signal_matcher
        weight = compiled.max_weight[fact_id]
        counted = _counting_levels(compiled, signals + has_signal, score + weight, new_headlines, values, fact_id)
        could[fact_id] = _outcome(max(classification, counted[0]), max(escalation, counted[1]), roles | counted[2])
    if not unknown:
        return could, decision.outcome
    worst_mask = mask
    worst_values = dict(values)
    for fact_id in unknown:
        worst_mask |= compiled.max_mask[fact_id]
        worst_values[fact_id] = facts[fact_id].highest
    rest = [index for index in range(len(matchers)) if index not in fired]
    worst = decide(compiled, worst_values, fired | reference.match(compiled, worst_mask, rest)).outcome
    return could, worst


_OUTCOMES: dict[tuple[int, int, int], Outcome] = {}


def _outcome(classification: int, escalation: int, roles: int) -> Outcome:
    """Outcomes are few and immutable: share them."""
    key = (classification, escalation, roles)
    found = _OUTCOMES.get(key)
    if found is None:
        found = _OUTCOMES[key] = Outcome(classification, escalation, frozenset(role for bit, role in enumerate(ROLES) if roles >> bit & 1))
    return found


def _counting_levels(compiled: Compiled, signals: int, score: int, headlines: set[str], values, raised: str) -> tuple[int, int, int]:
    """The combined levels of the counting rules that hold, with fact `raised` at its highest."""
    if compiled.counting_facts or compiled.counting_headlines:
        raised_values = dict(values)
        raised_values[raised] = compiled.ruleset.facts[raised].highest
        return _levels(compiled, _counting(compiled, signals, score, headlines, raised_values))
    key = (signals, score, len(headlines))
    cache = compiled.counting_cache
    found = cache.get(key)
    if found is None:
        found = cache[key] = _levels(compiled, _counting(compiled, signals, score, headlines, values))
    return found


def explain(compiled: Compiled, values: Mapping[str, Value | None], mask: int, decision: Decision, lang: str, from_events: Mapping[str, Value]):
    """The signals, reasons and the facts behind each reason, in the requested language."""
    ruleset = compiled.ruleset
    signals = []
    for fact_id in decision.signal_facts:
        fact = ruleset.facts[fact_id]
        value = values[fact_id]
        label = fact.signal.label.get(lang)  # type: ignore[union-attr]
        if fact.type != "bool":
            words = [value] if isinstance(value, str) else list(value)  # type: ignore[arg-type]
            label += f" ({', '.join(word.replace('_', ' ') for word in words)})"
        signals.append(
            Signal(
                id=fact_id,
                category=fact.category,
                weight=weight_of(compiled, fact_id, value),
                label=label,
                facts={fact_id: value},  # type: ignore[dict-item]
                source=compiled.fact_citation[fact_id],
                from_events=fact_id in from_events,
            )
        )
    reasons = []
    counts = {"signals": len(decision.signal_facts), "headlines": len(decision.headlines), "score": decision.score}
    for position in decision.rule_positions:
        rule = ruleset.rules[position]
        reasons.append(
            Reason(
                rule=rule.id,
                sets=rule.sets,
                because=rule.because.get(lang),
                source=compiled.rule_citation[position],
                facts={fact_id: values[fact_id] for fact_id, bits in compiled.fact_bits[position] if mask & bits},  # type: ignore[misc]
                counts={name: counts[name] for name in _used_counts(rule.when)},
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


def open_questions(compiled: Compiled, could: Mapping[str, Outcome], lang: str) -> tuple[OpenQuestion, ...]:
    ruleset = compiled.ruleset
    return tuple(
        OpenQuestion(
            fact=fact_id,
            question=ruleset.facts[fact_id].question.get(lang),
            could_raise_to=outcome,
            source=compiled.fact_citation[fact_id],
        )
        for fact_id, outcome in could.items()
    )
