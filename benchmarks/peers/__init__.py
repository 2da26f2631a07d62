"""Peers for the benchmark: the default policy generated as a zen-engine graph and as JSON Logic,
and the decision they are held to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gevoeligheid._compile import Compiled
from gevoeligheid._model import CLASSIFICATIONS, ESCALATIONS, ROLES, Result, Value
from gevoeligheid._policy import Decision

from .jsonlogic import JsonLogicPeer, json_logic_program
from .program import DECISION_FIELDS, Program, program_of
from .zen_graph import ZenPeer, zen_graph

__all__ = [
    "DECISION_FIELDS",
    "JsonLogicPeer",
    "Program",
    "ZenPeer",
    "decision_of",
    "facts_input",
    "json_logic_program",
    "normalise",
    "program_of",
    "result_decision",
    "zen_graph",
]


def facts_input(values: Mapping[str, Value | None]) -> dict[str, Any]:
    """A dossier's effective facts (after its events) as a dossier file holds
    them: lists for lists."""
    return {
        fact_id: list(value) if isinstance(value, tuple) else value
        for fact_id, value in values.items()
    }


def decision_of(compiled: Compiled, decision: Decision) -> dict[str, Any]:
    """gevoeligheid's decision (`_policy.decide`) in the fields every engine of
    the benchmark gives."""
    outcome = decision.outcome
    rules = compiled.ruleset.rules
    return {
        "classification": CLASSIFICATIONS[outcome.classification],
        "escalation": ESCALATIONS[outcome.escalation],
        "inform": [role for role in ROLES if role in outcome.inform],
        "rules": [rules[position].id for position in decision.rule_positions],
        "signals": list(decision.signal_facts),
        "score": decision.score,
    }


def result_decision(result: Result) -> dict[str, Any]:
    """The same fields read from a whole result of `evaluate()`: its outcome, the rules behind its
    reasons, its signals and its score."""
    outcome = result.outcome
    return {
        "classification": CLASSIFICATIONS[outcome.classification],
        "escalation": ESCALATIONS[outcome.escalation],
        "inform": [role for role in ROLES if role in outcome.inform],
        "rules": [reason.rule for reason in result.reasons],
        "signals": [signal.id for signal in result.signals],
        "score": result.score,
    }


def normalise(decision: Mapping[str, Any]) -> dict[str, Any]:
    """A peer's answer with its numbers as ints (zen answers decimals as floats)."""
    out = {field: decision[field] for field in DECISION_FIELDS}
    score = out["score"]
    out["score"] = int(score) if isinstance(score, (int, float)) and score == int(score) else score
    return out
