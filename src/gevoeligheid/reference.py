"""The reference evaluator: plain Python over the same compiled rules, the oracle for the engine."""

from __future__ import annotations

from collections.abc import Iterable

from .compile import Compiled


def match(compiled: Compiled, mask: int, only: Iterable[int] | None = None) -> frozenset[int]:
    """The indices of the matchers (all, or `only` these) that the atoms in `mask` satisfy."""
    matchers = compiled.matchers
    indices = range(len(matchers)) if only is None else only
    return frozenset(
        index for index in indices if any(term & mask == term for term in matchers[index].terms)
    )
