"""The reference evaluator: plain Python over the same compiled rules, the oracle for the engine."""

from __future__ import annotations

from collections.abc import Iterable

from ._compile import Compiled


def match(compiled: Compiled, mask: int, only: Iterable[int] | None = None) -> frozenset[int]:
    """The indices of the matchers (all, or `only` these) that the atoms in `mask` satisfy.

    A matcher's condition is a disjunction of terms; a term holds when all its atoms are true.
    """
    matchers = compiled.matchers
    fired = []
    for index in range(len(matchers)) if only is None else only:
        for term in matchers[index].terms:
            if mask & term == term:
                fired.append(index)
                break
    return frozenset(fired)
