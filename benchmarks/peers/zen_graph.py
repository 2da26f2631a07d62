"""The policy program as a zen-engine (GoRules JDM) decision graph, and the peer
that evaluates it."""

from __future__ import annotations

import json
from typing import Any

from .program import (
    And,
    AtLeast,
    Const,
    Expr,
    Fact,
    If,
    IsTrue,
    Length,
    Max,
    Member,
    NonEmpty,
    OneOf,
    Or,
    Pick,
    Program,
    Sum,
    Var,
    Word,
)


def zen_expression(expr: Expr, var_prefix: str = "$.") -> str:
    """One expression in the ZEN expression language; steps of the same node are read with `$.`."""

    def text(node: Expr) -> str:
        return zen_expression(node, var_prefix)

    if isinstance(expr, Fact):
        return f"facts.{expr.fact}"
    if isinstance(expr, Var):
        return f"{var_prefix}{expr.name}"
    if isinstance(expr, Const):
        return json.dumps(expr.value)
    if isinstance(expr, IsTrue):
        return f"{text(expr.item)} == true"
    if isinstance(expr, OneOf):
        return f"{text(expr.item)} in {json.dumps(list(expr.words))}"
    if isinstance(expr, Member):
        # zen refuses `in` on null: an unknown list holds no word.
        return f"{json.dumps(expr.word)} in ({text(expr.item)} ?? [])"
    if isinstance(expr, NonEmpty):
        return f"len({text(expr.item)} ?? []) > 0"
    if isinstance(expr, AtLeast):
        return f"{text(expr.item)} >= {expr.number}"
    if isinstance(expr, And):
        return "(" + " and ".join(text(item) for item in expr.items) + ")"
    if isinstance(expr, Or):
        return "(" + " or ".join(text(item) for item in expr.items) + ")"
    if isinstance(expr, If):
        return f"({text(expr.condition)} ? {text(expr.then)} : {text(expr.otherwise)})"
    if isinstance(expr, Sum):
        return "(" + " + ".join(text(item) for item in expr.items) + ")"
    if isinstance(expr, Max):
        return "max([" + ", ".join(text(item) for item in expr.items) + "])"
    if isinstance(expr, Pick):
        items = ", ".join(
            f"({text(condition)} ? {json.dumps(value)} : null)" for condition, value in expr.items
        )
        return f"filter([{items}], # != null)"
    if isinstance(expr, Length):
        return f"len({text(expr.item)})"
    if isinstance(expr, Word):
        return f"{json.dumps(list(expr.words))}[{text(expr.level)}]"
    raise TypeError(f"no ZEN expression for {expr!r}")


def zen_graph(program: Program) -> dict[str, Any]:
    """The JDM graph: request -> one expression node with the steps (each reads the ones above it
    with `$.`) -> one expression node that shapes the decision -> response. Neither expression node
    passes its input through, so the response holds the decision and nothing else."""

    def expressions(rows, var_prefix):
        return [
            {"id": f"e{index}", "key": key, "value": zen_expression(expr, var_prefix)}
            for index, (key, expr) in enumerate(rows)
        ]

    nodes = [
        {"id": "request", "type": "inputNode", "name": "request", "position": {"x": 0, "y": 0}},
        {
            "id": "policy",
            "type": "expressionNode",
            "name": "policy",
            "position": {"x": 300, "y": 0},
            "content": {
                "expressions": expressions(program.steps, "$."),
                "passThrough": False,
                "inputField": None,
                "outputPath": None,
                "executionMode": "single",
            },
        },
        {
            "id": "decision",
            "type": "expressionNode",
            "name": "decision",
            "position": {"x": 600, "y": 0},
            "content": {
                "expressions": expressions(program.decision, ""),
                "passThrough": False,
                "inputField": None,
                "outputPath": None,
                "executionMode": "single",
            },
        },
        {
            "id": "response",
            "type": "outputNode",
            "name": "response",
            "position": {"x": 900, "y": 0},
        },
    ]
    edges = [
        {"id": f"edge{index}", "type": "edge", "sourceId": source, "targetId": target}
        for index, (source, target) in enumerate(
            (("request", "policy"), ("policy", "decision"), ("decision", "response"))
        )
    ]
    return {"nodes": nodes, "edges": edges}


class ZenPeer:
    """The graph held by zen-engine's static loader; `decide` evaluates one dossier's facts.

    `ZenEngine.evaluate` is zen-engine's fast path from Python. `ZenDecision.evaluate` (from
    `create_decision`) builds a tokio runtime on every call (`Runtime::new()` in the binding's
    source) and measured several times slower (`bench_peers.py --zen-decision`); a loader given as
    a Python function is called, and its graph parsed again, on every evaluation.
    """

    name = "zen-engine"
    key = "gevoeligheid"

    def __init__(self, program: Program) -> None:
        import zen  # a benchmark dependency only (the `bench` extra)

        self.graph = zen_graph(program)
        self._engine = zen.ZenEngine(
            {"loader": {"type": "static", "content": {self.key: self.graph}}}
        )
        self._decision = self._engine.create_decision(json.dumps(self.graph))
        self._decision.validate()

    def decide(self, facts: dict[str, Any]) -> dict[str, Any]:
        return self._engine.evaluate(self.key, {"facts": facts})["result"]

    def decide_by_decision(self, facts: dict[str, Any]) -> dict[str, Any]:
        """The same through `ZenDecision.evaluate`, the slow path, to show what it costs."""
        return self._decision.evaluate({"facts": facts})["result"]

    def graph_microseconds(self, facts: dict[str, Any]) -> float:
        """zen-engine's own measure of the graph's time on these facts (its `performance`), which
        leaves out the Python binding: converting the facts in and the decision out."""
        performance = self._engine.evaluate(self.key, {"facts": facts})["performance"]
        number = performance.rstrip("nµums")
        return float(number) * _UNIT[performance[len(number) :]]


_UNIT = {"ns": 0.001, "µs": 1.0, "us": 1.0, "ms": 1000.0, "s": 1_000_000.0}
