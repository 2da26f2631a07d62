"""Fired rules -> classification, escalation, inform, the actions that hold, open
questions and the worst case.

This runs once per dossier after the matching pass, so it works on the lookup tables that
_compile.py and _tables.py made, and keeps what recurs. It decides with numbers and positions
only: _explain.py puts what it decided into words.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, NamedTuple, TypeVar

from ._compile import Compiled, Levels, RaiseRule, fact_condition_bits, gate_bits
from ._conditions import Visitor
from ._model import (
    ROLES,
    AllOf,
    AnyOf,
    Classification,
    Condition,
    CountAtLeast,
    Escalation,
    FactCondition,
    HeadlineRef,
    Outcome,
    OutcomeAtLeast,
    Unknown,
    Value,
)
from ._raising import RaiseEach, raise_each
from ._tables import PolicyTables, bits_levels, level_bits

#: A bound on each cache of shared objects; the keys are finite for a rule set, but a region's own
#: facts with many words could make them many.
CACHE_LIMIT = 20_000


class Decision(NamedTuple):
    """What the fired rules decide for one set of values, before any text is attached.

    A named tuple rather than an attrs class: one is made for every dossier, and a tuple is made
    in a fifth of the time (it is as frozen, and nothing outside the policy and the explanation
    sees it)."""

    outcome: Outcome
    score: int
    signal_facts: tuple[str, ...]
    headlines: tuple[str, ...]
    rule_positions: tuple[int, ...]  # the rules that fired, by position in the rule set
    heaviest: int = 0  # the weight of the heaviest signal
    uncounted: frozenset[str] = frozenset()  # signals whose overlap group another signal carries
    group_weights: tuple[int, ...] = ()  # per overlap group, the weight it adds to the score
    # With the rule set's tables (_tables.py): the level bits of the rules the matching pass fired
    # (before the counting rules) and the bits of their headlines, for the open questions.
    bits: int = 0
    head_bits: int = 0


def weight_of(compiled: Compiled, fact_id: str, value: Value | None) -> int:
    """A fact's signal weight at `value`: by its word, the highest of its words,
    or its one weight."""
    if value is None or value is False:
        return 0
    weights = compiled.weights[fact_id]
    if isinstance(value, tuple):
        return max((weights.get(word, 0) for word in value), default=0)
    return weights.get(value, 0)


def score_of(
    compiled: Compiled, weights: Mapping[str, int]
) -> tuple[int, frozenset[str], tuple[int, ...]]:
    """The score of signals with these weights: facts of one overlap group count once, at the
    highest weight in the group (the first such fact in the vocabulary carries it). Also the
    facts that do not count, and each group's weight."""
    group_of = compiled.group_of
    if not group_of:
        return sum(weights.values()), _NONE, ()
    score = grouped = 0
    best: dict[int, tuple[int, str]] = {}
    for fact_id, weight in weights.items():
        group = group_of.get(fact_id)
        if group is None:
            score += weight
            continue
        grouped += 1
        found = best.get(group)
        if found is None or weight > found[0]:
            best[group] = (weight, fact_id)
    if not best:
        return score, _NONE, (0,) * len(compiled.groups)
    group_weights = tuple(
        [best[index][0] if index in best else 0 for index in range(len(compiled.groups))]
    )
    uncounted = _NONE
    if grouped > len(best):  # a group with more than one signal: those it does not count
        carriers = {fact_id for _, fact_id in best.values()}
        uncounted = frozenset(
            fact_id for fact_id in weights if fact_id in group_of and fact_id not in carriers
        )
    return score + sum(group_weights), uncounted, group_weights


_NONE: frozenset[str] = frozenset()


def decide(
    compiled: Compiled,
    values: Mapping[str, Value | None],
    fired: frozenset[int],
    mask: int | None = None,
) -> Decision:
    """Aggregate the matching pass: signals, score, headlines, the counting rules, then the rules
    on the outcome. `mask` is `compiled.mask(values)` where the caller has it already."""
    tables = compiled.tables
    if tables is None:
        return decide_walking(compiled, values, fired)
    matchers = tables.matchers
    signal_facts = []  # in the order of the vocabulary: signal matchers were made in that order
    weights: dict[str, int] = {}
    positions = []
    bits = head_bits = 0
    fact_weights = compiled.weights
    for index in sorted(fired):
        fact_id, position, rule_bits, head_bit = matchers[index]
        if fact_id is not None:
            signal_facts.append(fact_id)
            value = values[fact_id]  # a signal's value: true, a word above the lowest, or words
            weights[fact_id] = (
                weight_of(compiled, fact_id, value)
                if value.__class__ is tuple
                else fact_weights[fact_id].get(value, 0)
            )
        else:
            positions.append(position)
            bits |= rule_bits
            head_bits |= head_bit
    score, uncounted, group_weights = score_of(compiled, weights)
    heaviest = max(weights.values(), default=0)
    count_keys = tables.count_keys  # tables.counting_key, without the call
    key = (
        count_keys[0][len(signal_facts)]
        + count_keys[1][score]
        + count_keys[2][heaviest]
        + count_keys[3][head_bits.bit_count()]
    )
    if compiled.gates:
        key += (
            gate_bits(compiled, compiled.mask(values) if mask is None else mask)
            * tables.gate_stride
        )
    counted_bits, counted = tables.counted.get(key) or _counted(compiled, tables, key)
    bits_after = bits | counted_bits
    outcome, followed = tables.final.get(bits_after) or _final(compiled, tables, bits_after)
    if counted or followed:
        positions.extend(counted)
        positions.extend(followed)
    positions.sort()
    return Decision(
        outcome,
        score,
        tuple(signal_facts),
        tables.names.get(head_bits) or tables.headlines_named(head_bits),
        tuple(positions),
        heaviest,
        uncounted,
        group_weights,
        bits,
        head_bits,
    )


def _counted(compiled: Compiled, tables: PolicyTables, key: int) -> tuple[int, tuple[int, ...]]:
    """The level bits and positions of the counting rules that hold for counts of this key."""
    found = tables.counted.get(key)
    if found is None:
        counts = tables.representative_counts(key)
        if compiled.gates:
            gates = key // tables.gate_stride
            gated = {
                **counts,
                **{f"gate{index}": gates >> index & 1 for index in range(len(compiled.gates))},
            }
            holds = _Holds(gated, (), compiled, {}, None).visit
            positions = {
                position
                for rule, position in zip(compiled.counting_gated, compiled.counting_positions)
                if holds(rule.when)
            }
        else:
            positions = _counting(
                compiled,
                {name: counts[name] for name in ("signals", "score", "heaviest")},
                frozenset(),
                {},
                headline_count=counts["headlines"],
            )
        found = tables.counted[key] = (
            level_bits(_levels(compiled, positions)),
            tuple(sorted(positions)),
        )
    return found


def _final(compiled: Compiled, tables: PolicyTables, bits: int) -> tuple[Outcome, tuple[int, ...]]:
    """The outcome of these level bits once the rules on the outcome ran, and their positions."""
    found = tables.final.get(bits)
    if found is None:
        levels, followed = follow(compiled, bits_levels(bits))
        found = tables.final[bits] = (_outcome(*levels), tuple(sorted(followed)))
    return found


def decide_walking(
    compiled: Compiled, values: Mapping[str, Value | None], fired: frozenset[int]
) -> Decision:
    """`decide` without the tables, walking the counting rules' conditions: for a rule set whose
    counting rules name a fact or a headline, and the oracle of the tables."""
    fact_of, position_of, headline_of = (
        compiled.matcher_fact,
        compiled.rule_position,
        compiled.matcher_headline,
    )
    signal_facts = []  # in the order of the vocabulary: signal matchers were made in that order
    weights: dict[str, int] = {}
    headlines = set()
    positions = set()
    for index in sorted(fired):
        fact_id = fact_of[index]
        if fact_id is not None:
            signal_facts.append(fact_id)
            weights[fact_id] = weight_of(compiled, fact_id, values[fact_id])
        else:
            positions.add(position_of[index])
            headline = headline_of[index]
            if headline:
                headlines.add(headline)
    score, uncounted, group_weights = score_of(compiled, weights)
    heaviest = max(weights.values(), default=0)
    if compiled.counting_rules:
        counts = _counts(len(signal_facts), score, heaviest)
        if compiled.counting_facts or compiled.counting_headlines:
            positions |= _counting(compiled, counts, headlines, values)
        else:  # the counts alone decide: few distinct keys, made once
            key = (len(signal_facts), score, heaviest, len(headlines))
            found = compiled.cache["counted"].get(key)
            if found is None:
                found = _remember(
                    compiled.cache["counted"],
                    key,
                    frozenset(_counting(compiled, counts, headlines, values)),
                )
            positions |= found
    levels, followed = follow(compiled, _levels(compiled, positions))
    positions |= followed
    return Decision(
        _outcome(*levels),
        score,
        tuple(signal_facts),
        tuple(sorted(headlines)),
        tuple(sorted(positions)),
        heaviest,
        uncounted,
        group_weights,
    )


def _counts(signals: int, score: int, heaviest: int) -> dict[str, int]:
    return {"signals": signals, "score": score, "heaviest": heaviest}


def _counting(
    compiled: Compiled,
    counts: dict[str, int],
    headlines: set[str] | frozenset[str],
    values: Mapping[str, Value | None],
    headline_count: int | None = None,
) -> set[int]:
    """The positions of the counting rules that hold for these counts.

    Where counting rules name facts, what they decide depends only on the counts, the headlines
    and those facts' values: the open questions ask it again and again with only another,
    unrelated fact raised, so each answer is kept (a rule set with headline strengths compares a
    count with conditions on the headlines' facts)."""
    counts = {**counts, "headlines": len(headlines) if headline_count is None else headline_count}
    key = None
    if compiled.counting_facts:
        key = (
            tuple(counts.values()),
            frozenset(headlines),
            tuple(values.get(fact_id) for fact_id in compiled.counting_fact_order),
        )
        found: set[int] | None = compiled.cache["counting_facts"].get(key)
        if found is not None:
            return set(found)
    out = set()
    holds = _Holds(counts, headlines, compiled, values, None).visit
    for rule, position in zip(compiled.counting_rules, compiled.counting_positions):
        if holds(rule.when):
            out.add(position)
    if key is not None:
        _remember(compiled.cache["counting_facts"], key, frozenset(out))
    return out


def follow(compiled: Compiled, levels: Levels) -> tuple[Levels, frozenset[int]]:
    """`levels` raised by the rules on the outcome, each applied until none fires anew (levels only
    rise, so this ends), and the positions of those that fired."""
    if not compiled.followup_rules:
        return levels, frozenset()
    cache = compiled.cache["follow"]
    found: tuple[Levels, frozenset[int]] | None = cache.get(levels)
    if found is not None:
        return found
    start = levels
    fired: set[int] = set()
    changed = True
    while changed:
        changed = False
        for rule, position in zip(compiled.followup_rules, compiled.followup_positions):
            if position not in fired and _holds(rule.when, {}, (), compiled, {}, levels):
                fired.add(position)
                level = compiled.levels[position]
                levels = (max(levels[0], level[0]), max(levels[1], level[1]), levels[2] | level[2])
                changed = True
    return _remember(cache, start, (levels, frozenset(fired)))


def _levels(compiled: Compiled, positions: Iterable[int]) -> Levels:
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


def _holds(
    condition: Condition,
    counts: Mapping[str, int],
    headlines: Collection[str],
    compiled: Compiled,
    values: Mapping[str, Value | None],
    levels: Levels | None = None,
) -> bool:
    return _Holds(counts, headlines, compiled, values, levels).visit(condition)


class _Holds(Visitor[bool]):
    """Whether a condition holds for these counts, headlines, values and (for a rule on the
    outcome) levels."""

    __slots__ = ("compiled", "counts", "headlines", "levels", "values")

    def __init__(
        self,
        counts: Mapping[str, int],
        headlines: Collection[str],
        compiled: Compiled,
        values: Mapping[str, Value | None],
        levels: Levels | None,
    ) -> None:
        self.counts = counts
        self.headlines = headlines
        self.compiled = compiled
        self.values = values
        self.levels = levels

    def count(self, condition: CountAtLeast) -> bool:
        return self.counts[condition.what] >= condition.number

    def headline(self, condition: HeadlineRef) -> bool:
        return condition.headline in self.headlines

    # Loops with the dispatch table read once, not any() over self.visit: without the policy's
    # tables this walk runs for every counting rule of every dossier, and that way a whole result
    # took 16% longer than the isinstance walk before the visitor (measured in one process, 2,000
    # realistic dossiers, best of 7); this way it takes as long.
    def any_of(self, condition: AnyOf) -> bool:
        dispatch = self._dispatch
        for item in condition.items:  # noqa: SIM110 - a loop: faster than any(), see above
            if dispatch[item.__class__](self, item):
                return True
        return False

    def all_of(self, condition: AllOf) -> bool:
        dispatch = self._dispatch
        for item in condition.items:  # noqa: SIM110 - a loop: faster than all(), see above
            if not dispatch[item.__class__](self, item):
                return False
        return True

    def outcome(self, condition: OutcomeAtLeast) -> bool:
        levels = self.levels
        assert levels is not None
        if condition.what == "inform":
            return bool(levels[2] >> ROLES.index(condition.role) & 1)
        return levels[0 if condition.what == "classification" else 1] >= condition.level

    def unknown(self, condition: Unknown) -> bool:
        return self.values.get(condition.fact) is None

    def fact(self, condition: FactCondition) -> bool:
        compiled = self.compiled
        mask = compiled.mask({condition.fact: self.values.get(condition.fact)})
        return any(
            mask >> bit & 1
            for bit in fact_condition_bits(condition, compiled.ruleset.facts, compiled.atoms)
        )


def hypotheses(
    compiled: Compiled,
    values: Mapping[str, Value | None],
    mask: int,
    fired: frozenset[int],
    decision: Decision,
    floor: Collection[str] = (),
    generated: bool | None = None,
) -> tuple[dict[str, Outcome], Outcome]:
    """For each unknown fact, the outcome if it alone were at its highest; and with all of them.

    From the tables (_tables.py): raising a fact adds its signal, its weight (in an overlap group
    only what it weighs above the group's current weight), the levels and headlines of the rules
    it alone makes fire, and those of the rules whose other atoms the dossier has; the counting
    rules and the rules on the outcome are then looked up. The rules are monotone and levels
    combine by OR, so what already fired may be added again without changing anything. The rule
    set's own code (_raising.py) does the same once a process has evaluated a few hundred dossiers
    (`generated`: True, at once; False, never).
    """
    tables = compiled.tables
    if tables is None or floor:
        return hypotheses_walking(compiled, values, mask, fired, decision, floor)
    lookup = tables.raising_code[2] or tables_lookup(compiled)
    code = None if compiled.gates else _raising_code(tables, lookup, generated)
    raise_each = code if code is not None else raise_each_loop
    could, worst = raise_each(
        values.get,
        mask,
        decision.bits,
        decision.head_bits,
        len(decision.signal_facts),
        decision.score,
        decision.heaviest,
        decision.group_weights,
        lookup,
    )
    return could, decision.outcome if worst is None else worst


def tables_lookup(compiled: Compiled) -> tuple[Any, ...]:
    """What `raise_each` looks up (_raising.py): the counting and final tables, each as its `get`
    and the function that fills it, then the four counts' keys; the table loop also needs the
    compiled rule set and its tables. Made once a rule set."""
    tables = compiled.tables
    assert tables is not None
    found = tables.raising_code[2] = (
        tables.counted.get,
        functools.partial(_counted, compiled, tables),
        tables.final.get,
        functools.partial(_final, compiled, tables),
        *tables.count_keys,
        compiled,
        tables,
    )
    return found


def raise_each_loop(
    get: Callable[[str], Value | None],
    mask: int,
    base: int,
    heads: int,
    signals: int,
    score: int,
    heaviest: int,
    group_weights: tuple[int, ...],
    lookup: tuple[Any, ...],
) -> tuple[dict[str, Outcome], Outcome | None]:
    """_raising.py's `raise_each`, reading the table of each fact rather than the code made of it,
    and for a rule set with gates: each unknown fact's outcome raised alone, and the worst case
    (None where no fact is unknown)."""
    (
        counted_get,
        counted_more,
        final_get,
        final_more,
        signal_keys,
        score_keys,
        heaviest_keys,
        headline_keys,
        compiled,
        tables,
    ) = lookup
    gates = compiled.gates
    if gates:
        # A gate looks at its own atoms only: a fact that has none of them keeps
        # the dossier's gates.
        gate_atoms = 0
        for terms in gates:
            for term in terms:
                gate_atoms |= term
        gate_key = gate_bits(compiled, mask) * tables.gate_stride
    could: dict[str, Outcome] = {}
    by_profile: dict[int, Outcome] = {}  # facts that add the same (see Raise) have the same outcome
    worst_mask, worst_signals, worst_heaviest = mask, signals, heaviest
    worst_groups = list(group_weights)
    worst_score = score - sum(group_weights)  # the signals outside any group; groups added below
    # The table holds the facts in the vocabulary's order: one pass picks the unknown ones.
    for fact_id, raised in tables.raising.items():
        if get(fact_id) is not None:
            continue
        signal, weight, group, fact_mask, profile, always_bits, always_heads, needs = raised
        worst_mask |= fact_mask
        worst_signals += signal
        if weight > worst_heaviest:
            worst_heaviest = weight
        if group < 0:
            worst_score += weight
        elif weight > worst_groups[group]:
            worst_groups[group] = weight
        found = by_profile.get(profile)
        if found is None:
            bits, raised_heads = base | always_bits, heads | always_heads
            for rule_bits, head_bits, missings in needs:
                if rule_bits & ~bits or head_bits & ~raised_heads:
                    for missing in missings:
                        if mask & missing == missing:
                            bits |= rule_bits
                            raised_heads |= head_bits
                            break
            if group < 0:
                added = weight
            else:
                added = weight - group_weights[group] if weight > group_weights[group] else 0
            key = (
                signal_keys[signals + signal]
                + score_keys[score + added]
                + heaviest_keys[weight if weight > heaviest else heaviest]
                + headline_keys[raised_heads.bit_count()]
            )
            if gates:
                key += (
                    gate_bits(compiled, mask | fact_mask) * tables.gate_stride
                    if fact_mask & gate_atoms
                    else gate_key
                )
            bits |= (counted_get(key) or counted_more(key))[0]
            found = by_profile[profile] = (final_get(bits) or final_more(bits))[0]
        could[fact_id] = found
    if not could:
        return could, None
    bits, worst_heads = base, heads
    for term, rule_bits, head_bits in tables.rule_terms:
        if worst_mask & term == term:
            bits |= rule_bits
            worst_heads |= head_bits
    key = (
        signal_keys[worst_signals]
        + score_keys[worst_score + sum(worst_groups)]
        + heaviest_keys[worst_heaviest]
        + headline_keys[worst_heads.bit_count()]
    )
    if gates:
        key += gate_bits(compiled, worst_mask) * tables.gate_stride
    bits |= (counted_get(key) or counted_more(key))[0]
    return could, (final_get(bits) or final_more(bits))[0]


def _raising_code(
    tables: PolicyTables, lookup: tuple[Any, ...], generated: bool | None
) -> RaiseEach | None:
    """The rule set's `raise_each` (_raising.py), where it is to be used: once the table loop has
    served RAISING_CODE_AFTER dossiers, or at once when `generated` (None: so; False: the table
    loop, for the tests that hold the two equal)."""
    if generated is False:
        return None
    made = tables.raising_code
    if made[0] is None:
        made[1] -= 1
        if made[1] > 0 and not generated:
            return None
        made[0] = raise_each(dict(tables.raising), tables.rule_terms)
    code: RaiseEach = made[0]
    return code


def hypotheses_walking(
    compiled: Compiled,
    values: Mapping[str, Value | None],
    mask: int,
    fired: frozenset[int],
    decision: Decision,
    floor: Collection[str] = (),
) -> tuple[dict[str, Outcome], Outcome]:
    """`hypotheses` without the tables, walking the rules: for a rule set whose counting rules
    name a fact or a headline, and the oracle of the tables.

    The rules are monotone, so raising facts can only add the rule matchers that look at them:
    only those are matched again (the reference evaluator's test), and their levels are combined
    with what already fired. Every raised fact's signal fires (a fact at its highest is a signal),
    so the counting rules see one signal more, the score rises by what the fact adds (in an
    overlap group only what it weighs above the group's current weight) and the heaviest weight
    may rise. Facts that no rule looks at differ only in those numbers, so their outcome is worked
    out once per numbers and shared.

    A fact of `floor` is known, from events that set it below its highest value, but nobody
    answered it: it is open as an unknown fact is, from the signal and weight it has already.
    """
    known = {
        fact_id for fact_id, value in values.items() if value is not None and fact_id not in floor
    }
    unknown = [fact_id for fact_id in compiled.fact_ids if fact_id not in known]
    if not unknown:
        return {}, decision.outcome
    skip = set(compiled.counting_positions) | set(compiled.followup_positions)
    base = _levels(
        compiled, [position for position in decision.rule_positions if position not in skip]
    )
    signals, score, heaviest, headlines = (
        len(decision.signal_facts),
        decision.score,
        decision.heaviest,
        frozenset(decision.headlines),
    )
    exact = bool(compiled.counting_facts or compiled.counting_headlines)
    raising, group_of = compiled.raising, compiled.group_of
    group_weights = list(decision.group_weights)
    by_numbers: dict[tuple[int, int, int], Outcome] = {}
    could: dict[str, Outcome] = {}
    worst_mask, worst_signals, worst_heaviest = mask, signals, heaviest
    worst_groups = list(group_weights)
    worst_score = score - sum(group_weights)  # the signals outside any group; groups added below
    for fact_id in unknown:
        numbers, fact_mask, rules = raising[fact_id]
        signal, weight = numbers
        group = group_of.get(fact_id)
        if fact_id in floor:  # its signal is there already, at the weight of its present value
            signal = 0
            added = (
                weight - weight_of(compiled, fact_id, values[fact_id])
                if group is None
                else max(0, weight - group_weights[group])
            )
        else:
            added = weight if group is None else max(0, weight - group_weights[group])
        worst_mask |= fact_mask
        worst_signals += signal
        worst_heaviest = max(worst_heaviest, weight)
        if group is None:
            worst_score += added
        else:
            worst_groups[group] = max(worst_groups[group], weight)
        key = (signal, added, max(heaviest, weight))
        if not rules and not exact:
            found = by_numbers.get(key)
            if found is None:
                found = by_numbers[key] = _with_counting(
                    compiled,
                    base,
                    _counts(signals + signal, score + added, key[2]),
                    headlines,
                    None,
                )
            could[fact_id] = found
            continue
        levels, raised_headlines = _raise(rules, mask | fact_mask, fired, base, headlines)
        raised_values = (
            {**values, fact_id: compiled.ruleset.facts[fact_id].highest} if exact else None
        )
        could[fact_id] = _with_counting(
            compiled,
            levels,
            _counts(signals + signal, score + added, key[2]),
            raised_headlines,
            raised_values,
        )
    levels, worst_headlines = _raise(compiled.rule_matchers, worst_mask, fired, base, headlines)
    worst_values = (
        {**values, **{fact_id: compiled.ruleset.facts[fact_id].highest for fact_id in unknown}}
        if exact
        else None
    )
    worst_counts = _counts(worst_signals, worst_score + sum(worst_groups), worst_heaviest)
    return could, _with_counting(compiled, levels, worst_counts, worst_headlines, worst_values)


def _raise(
    rules: tuple[RaiseRule, ...],
    mask: int,
    fired: frozenset[int],
    levels: Levels,
    headlines: frozenset[str],
) -> tuple[Levels, frozenset[str]]:
    """`levels` and `headlines` with those of every rule in `rules` that `mask` newly makes fire."""
    classification, escalation, roles = levels
    for index, terms, level, headline in rules:
        if index in fired:
            continue
        for term in terms:
            if mask & term == term:
                break
        else:
            continue
        if level[0] > classification:
            classification = level[0]
        if level[1] > escalation:
            escalation = level[1]
        roles |= level[2]
        if headline and headline not in headlines:
            headlines = headlines | {headline}
    return (classification, escalation, roles), headlines


def _with_counting(
    compiled: Compiled,
    levels: Levels,
    counts: dict[str, int],
    headlines: frozenset[str],
    values: Mapping[str, Value | None] | None,
) -> Outcome:
    """The outcome of `levels` with those of the counting rules that hold for these counts, then
    the rules on the outcome.

    Counting rules that look only at the counts are worked out once per (signals, score, heaviest,
    number of headlines); those that name a fact or a headline need the `values`
    and `headlines` too.
    """
    if not compiled.counting_rules:
        counted: Levels = (0, 0, 0)
    elif values is not None:
        counted = _levels(compiled, _counting(compiled, counts, headlines, values))
    else:
        count_key = (counts["signals"], counts["score"], counts["heaviest"], len(headlines))
        counted = compiled.cache["counting"].get(count_key) or _remember(
            compiled.cache["counting"],
            count_key,
            _levels(compiled, _counting(compiled, counts, headlines, {})),
        )
    key = (max(levels[0], counted[0]), max(levels[1], counted[1]), levels[2] | counted[2])
    key = follow(compiled, key)[0]
    return _OUTCOMES.get(key) or _outcome(*key)


_OUTCOMES: dict[Levels, Outcome] = {}


def _outcome(classification: int, escalation: int, roles: int) -> Outcome:
    """Outcomes are few and immutable: share them."""
    key = (classification, escalation, roles)
    found = _OUTCOMES.get(key)
    if found is None:
        found = _OUTCOMES[key] = Outcome(
            Classification(classification),
            Escalation(escalation),
            frozenset(role for bit, role in enumerate(ROLES) if roles >> bit & 1),
        )
    return found


_Kept = TypeVar("_Kept")


def _remember(cache: dict[Any, Any], key: Any, value: _Kept) -> _Kept:
    """Keep `value` under `key` (the caller looked it up and found nothing) and return it."""
    if len(cache) >= CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


def action_positions(
    compiled: Compiled, values: Mapping[str, Value | None], decision: Decision
) -> tuple[tuple[int, int], ...]:
    """The actions whose condition holds for these values and this outcome, by position in the
    rule set (so in its order), each with the position of its first ground that holds (-1: none,
    the action's own text).

    Which actions hold depends only on the outcome, the facts the actions name (and the counts, if
    an action counts): few distinct keys, so each tuple is made once and shared.
    """
    if not compiled.ruleset.actions:
        return ()
    outcome = decision.outcome
    counts = {
        "signals": len(decision.signal_facts),
        "headlines": len(decision.headlines),
        "score": decision.score,
        "heaviest": decision.heaviest,
    }
    key = (
        outcome,
        tuple(values.get(fact_id) for fact_id in compiled.action_facts),
        tuple(counts.values()) if compiled.action_counts else (),
    )
    cache = compiled.cache["actions"]
    found: tuple[tuple[int, int], ...] | None = cache.get(key)
    if found is None:
        levels = (
            outcome.classification,
            outcome.escalation,
            sum(1 << index for index, role in enumerate(ROLES) if role in outcome.inform),
        )
        holds = _Holds(counts, frozenset(decision.headlines), compiled, values, levels).visit
        held = []
        for position, action in enumerate(compiled.ruleset.actions):
            if holds(action.when):
                ground = next(
                    (index for index, ground in enumerate(action.grounds) if holds(ground.when)),
                    -1,
                )
                held.append((position, ground))
        found = _remember(cache, key, tuple(held))
    return found


def escalation_ground(compiled: Compiled, decision: Decision) -> tuple[str, ...]:
    """The rules that set the escalation, when it is above what the classification alone gives
    (niet gevoelig: none, aandachtspunt: coordinator, bestuurlijk gevoelig: manager, zeer gevoelig:
    director): the ground (a mandate, work agreements, strategy) a reader must see beside it."""
    outcome = decision.outcome
    if outcome.escalation <= outcome.classification:  # the ladders' indices line up as above
        return ()
    levels = compiled.levels
    return tuple(
        compiled.ruleset.rules[position].id
        for position in decision.rule_positions
        if levels[position][1] == outcome.escalation
    )
