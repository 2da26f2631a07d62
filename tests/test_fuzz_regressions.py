"""Inputs that the fuzzers in benchmarks/fuzz/ found to crash, each replayed with the fuzzer's check."""

from __future__ import annotations

import pytest

from gevoeligheid import EngineError, evaluate

from .conftest import ROOT

CRASHES = ROOT / "tests" / "fuzz_crashes"


@pytest.mark.xfail(
    strict=True,
    raises=EngineError,
    reason=(
        "issue 8 item 1: durable-rules fires a rule once per true $or branch and engine.py stops "
        "after one action per rule ('more than 54 actions: the rules do not settle'); the cause "
        "is in engine.py, being rewritten apart from this change"
    ),
)
def test_every_fact_at_its_highest_gives_one_result_on_both_engines():
    """fuzz_evaluate.py's first crash (found after 267 inputs): 45 of 45 facts at their highest."""
    path = CRASHES / "evaluate-every-fact-at-its-highest.json"
    durable = evaluate(path).to_dict()
    reference = evaluate(path, engine="reference").to_dict()
    assert (durable.pop("engine"), reference.pop("engine")) == ("durable", "reference")
    assert durable == reference
