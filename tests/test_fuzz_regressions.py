"""Inputs that the fuzzers in benchmarks/fuzz/ found to crash, each replayed with
the fuzzer's check."""

from __future__ import annotations

from gevoeligheid import evaluate

from .conftest import ROOT

CRASHES = ROOT / "tests" / "fuzz_crashes"


def test_every_fact_at_its_highest_gives_one_result_on_both_engines():
    """fuzz_evaluate.py's first crash (found after 267 inputs): 45 of 45 facts at their highest."""
    path = CRASHES / "evaluate-every-fact-at-its-highest.json"
    durable = evaluate(path).to_dict()
    reference = evaluate(path, engine="reference").to_dict()
    assert (durable.pop("engine"), reference.pop("engine")) == ("durable", "reference")
    assert durable == reference
