"""Lookup tables for the policy's per-dossier work, built once per compiled rule set.

Levels are bits here: the classification and the escalation each as a thermometer (level n sets
its n lowest bits) and a bit per role, so that combining levels (the highest of each ladder, and
every role) is one OR, and adding what is there already changes nothing. That makes what raising
one unknown fact adds a fixed part per fact (the rules that then fire whatever else holds) and a
few tests (the rules that need other facts too, as the atoms still missing), found in a table.

The counting rules compare counts with thresholds, so what they set depends only on each count's
place among its thresholds: a handful of classes. What the rules on the outcome add depends only
on the levels before them. Both are tables over those few keys, filled in as keys are first met
(the keys are bounded by the rule set, so the tables are too).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from ._model import CLASSIFICATIONS, ESCALATIONS, AllOf, AnyOf, Condition, CountAtLeast, Outcome

if TYPE_CHECKING:
    from ._compile import Compiled

#: Bits of each part of the levels: a thermometer per ladder (its lowest level sets none), a bit a role.
CLASSIFICATION_BITS = len(CLASSIFICATIONS) - 1
ESCALATION_BITS = len(ESCALATIONS) - 1
_CLASSIFICATION_MASK = (1 << CLASSIFICATION_BITS) - 1
_ESCALATION_MASK = (1 << ESCALATION_BITS) - 1
_ROLES_SHIFT = CLASSIFICATION_BITS + ESCALATION_BITS
#: The counts a counting rule can compare, in the order of a counting key's parts.
COUNTS = ("signals", "score", "heaviest", "headlines")


def level_bits(levels: tuple[int, int, int]) -> int:
    """(classification, escalation, roles) as one int whose OR is the levels' combination."""
    classification, escalation, roles = levels
    return ((1 << classification) - 1) | (((1 << escalation) - 1) << CLASSIFICATION_BITS) | (roles << _ROLES_SHIFT)


def bits_levels(bits: int) -> tuple[int, int, int]:
    """The levels that `level_bits` made `bits` of."""
    return (bits & _CLASSIFICATION_MASK).bit_count(), ((bits >> CLASSIFICATION_BITS) & _ESCALATION_MASK).bit_count(), bits >> _ROLES_SHIFT


#: What raising one fact to its highest adds: (1 if it has a signal, its highest weight, its
#: overlap group or -1, its atoms at the highest, a number shared by the facts whose other parts
#: are the same, the level bits and headline bits of the rules it alone makes fire, and (missing
#: atoms, level bits, headline bits) of those that need more).
Raise = tuple[int, int, int, int, int, int, int, tuple[tuple[int, int, int], ...]]


@attrs.frozen
class PolicyTables:
    """The tables of one compiled rule set (see the module's docstring)."""

    #: Per matcher, by index: (the fact of a signal or None, the rule's position or -1, the rule's
    #: level bits, its headline's bit).
    matchers: tuple[tuple[str | None, int, int, int], ...]
    #: Per fact: what raising it to its highest adds.
    raising: Mapping[str, Raise]
    #: Every term of every rule matcher, with its rule's level and headline bits: the worst case.
    rule_terms: tuple[tuple[int, int, int], ...]
    #: The headlines in sorted order; headline i is bit i.
    headline_names: tuple[str, ...]
    #: Per count (COUNTS), for each value it can take, its class among the thresholds times the
    #: class's stride: a counting key is the sum of the four.
    count_keys: tuple[tuple[int, ...], ...]
    #: Per count, the thresholds that the counting rules compare it with, sorted, and its stride.
    thresholds: tuple[tuple[int, ...], ...]
    strides: tuple[int, ...]
    #: Filled as keys are met: counting key -> (level bits, positions of the counting rules that hold).
    counted: dict[int, tuple[int, tuple[int, ...]]] = attrs.field(factory=dict, eq=False, repr=False)
    #: Filled as keys are met: level bits -> (the Outcome once the rules on the outcome ran, their positions).
    final: dict[int, tuple[Outcome, tuple[int, ...]]] = attrs.field(factory=dict, eq=False, repr=False)
    #: Filled as met: headline bits -> the headlines' names, sorted.
    names: dict[int, tuple[str, ...]] = attrs.field(factory=dict, eq=False, repr=False)

    def counting_key(self, signals: int, score: int, heaviest: int, headlines: int) -> int:
        keys = self.count_keys
        return keys[0][signals] + keys[1][score] + keys[2][heaviest] + keys[3][headlines]

    def representative_counts(self, key: int) -> dict[str, int]:
        """Counts that fall in the classes of a counting key: each the lowest value of its class."""
        counts = {}
        for what, thresholds, stride in zip(COUNTS, self.thresholds, self.strides):
            place = key // stride % (len(thresholds) + 1)
            counts[what] = thresholds[place - 1] if place else 0
        return counts

    def headlines_named(self, bits: int) -> tuple[str, ...]:
        found = self.names.get(bits)
        if found is None:
            found = self.names[bits] = tuple(name for index, name in enumerate(self.headline_names) if bits >> index & 1)
        return found


def build_tables(compiled: Compiled) -> PolicyTables:
    """The tables for a rule set whose counting rules look at counts only (the caller checks)."""
    matcher_headline, levels, weights = compiled.matcher_headline, compiled.levels, compiled.weights
    headline_names = tuple(sorted({name for name in matcher_headline if name}))
    head_bit = {name: 1 << index for index, name in enumerate(headline_names)}
    matchers = tuple(
        (fact, position, level_bits(levels[position]) if position >= 0 else 0, head_bit.get(headline, 0) if headline else 0)
        for fact, position, headline in zip(compiled.matcher_fact, compiled.rule_position, matcher_headline)
    )
    table: dict[str, Raise] = {}
    profiles: dict[tuple[object, ...], int] = {}
    for fact_id in compiled.fact_ids:
        (signal, weight), fact_mask, rules = compiled.raising[fact_id]
        always_bits = always_heads = 0
        needs: list[tuple[int, int, int]] = []
        for _, terms, rule_levels, headline in rules:
            bits, heads = level_bits(rule_levels), head_bit.get(headline, 0) if headline else 0
            for term in terms:
                missing = term & ~fact_mask
                if missing == 0:
                    always_bits, always_heads = always_bits | bits, always_heads | heads
                else:
                    needs.append((missing, bits, heads))
        # A term whose rule adds nothing beyond what the fact adds anyway need not be tested.
        kept = tuple(need for need in needs if need[1] & ~always_bits or need[2] & ~always_heads)
        group = compiled.group_of.get(fact_id, -1)
        profile = profiles.setdefault((signal, weight, group, always_bits, always_heads, kept), len(profiles))
        table[fact_id] = (signal, weight, group, fact_mask, profile, always_bits, always_heads, kept)
    rule_terms = tuple(
        (term, level_bits(rule_levels), head_bit.get(headline, 0) if headline else 0)
        for _, terms, rule_levels, headline in compiled.rule_matchers
        for term in terms
    )
    found: list[set[int]] = [set() for _ in COUNTS]
    for rule in compiled.counting_rules:
        for count in _counts_in(rule.when):
            found[COUNTS.index(count.what)].add(count.number)
    signal_facts = [fact_id for fact_id in weights if weights[fact_id]]
    # The largest value each count can take: every signal, each at its highest weight.
    highest = (
        len(signal_facts),
        sum(max(weights[fact_id].values()) for fact_id in signal_facts),
        max((max(weights[fact_id].values()) for fact_id in signal_facts), default=0),
        len(headline_names),
    )
    thresholds = tuple(tuple(sorted(numbers)) for numbers in found)
    strides = []
    stride = 1
    for numbers in thresholds:
        strides.append(stride)
        stride *= len(numbers) + 1
    count_keys = tuple(
        tuple(bisect.bisect_right(numbers, value) * stride for value in range(top + 1))
        for numbers, top, stride in zip(thresholds, highest, strides)
    )
    return PolicyTables(matchers, table, rule_terms, headline_names, count_keys, thresholds, tuple(strides))


def _counts_in(condition: Condition) -> list[CountAtLeast]:
    if isinstance(condition, CountAtLeast):
        return [condition]
    if isinstance(condition, (AnyOf, AllOf)):
        return [count for item in condition.items for count in _counts_in(item)]
    return []
