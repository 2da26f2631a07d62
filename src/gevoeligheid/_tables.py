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

from collections.abc import Mapping
from typing import Any

import attrs

from ._model import CLASSIFICATIONS, ESCALATIONS, Outcome

#: Bits of each part of the levels: a thermometer per ladder (its lowest level sets
#: none), a bit a role.
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
    return (
        ((1 << classification) - 1)
        | (((1 << escalation) - 1) << CLASSIFICATION_BITS)
        | (roles << _ROLES_SHIFT)
    )


def bits_levels(bits: int) -> tuple[int, int, int]:
    """The levels that `level_bits` made `bits` of."""
    return (
        (bits & _CLASSIFICATION_MASK).bit_count(),
        ((bits >> CLASSIFICATION_BITS) & _ESCALATION_MASK).bit_count(),
        bits >> _ROLES_SHIFT,
    )


#: Dossiers whose unknown facts the table loop raises before the rule set's own code is made: a
#: few milliseconds to compile, paid back after about a thousand dossiers.
RAISING_CODE_AFTER = 256

#: What raising one fact to its highest adds: (1 if it has a signal, its highest weight, its
#: overlap group or -1, its atoms at the highest, a number shared by the facts whose other parts
#: are the same, the level bits and headline bits of the rules it alone makes fire, and for those
#: that need more, per level and headline bits they add, the missing atoms of each of their terms).
Raise = tuple[int, int, int, int, int, int, int, tuple[tuple[int, int, tuple[int, ...]], ...]]


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
    #: A counting key's gates (Compiled.gates) count in multiples of this, above
    #: the counts' classes.
    gate_stride: int = 1
    #: The straight-line `raise_each` of _raising.py once made, how many dossiers the table loop
    #: serves before it is made (a one-dossier command does not pay for compiling it), and what
    #: either looks up (_policy.tables_lookup).
    raising_code: list[Any] = attrs.field(
        factory=lambda: [None, RAISING_CODE_AFTER, None], eq=False, repr=False
    )
    #: Filled as keys are met: counting key -> (level bits, positions of the
    #: counting rules that hold).
    counted: dict[int, tuple[int, tuple[int, ...]]] = attrs.field(
        factory=dict, eq=False, repr=False
    )
    #: Filled as keys are met: level bits -> (the Outcome once the rules on the outcome
    #: ran, their positions).
    final: dict[int, tuple[Outcome, tuple[int, ...]]] = attrs.field(
        factory=dict, eq=False, repr=False
    )
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
            found = self.names[bits] = tuple(
                name for index, name in enumerate(self.headline_names) if bits >> index & 1
            )
        return found
