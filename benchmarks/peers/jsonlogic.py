"""The policy program as JSON Logic, and the pure-Python peer that evaluates it with
panzi-json-logic."""

from __future__ import annotations

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


def json_logic(expr: Expr) -> Any:
    """One expression as a JSON Logic rule over {"facts": ..., and each step computed so far}."""
    if isinstance(expr, Fact):
        return {"var": f"facts.{expr.fact}"}
    if isinstance(expr, Var):
        return {"var": expr.name}
    if isinstance(expr, Const):
        return expr.value
    if isinstance(expr, IsTrue):
        return {"===": [json_logic(expr.item), True]}
    if isinstance(expr, OneOf):
        return {"in": [json_logic(expr.item), list(expr.words)]}
    if isinstance(expr, Member):
        return {"in": [expr.word, json_logic(expr.item)]}  # `in` a null is false
    if isinstance(expr, NonEmpty):
        return {"!!": [json_logic(expr.item)]}  # JSON Logic: an empty list is false
    if isinstance(expr, AtLeast):
        return {">=": [json_logic(expr.item), expr.number]}
    if isinstance(expr, And):
        return {"and": [json_logic(item) for item in expr.items]}
    if isinstance(expr, Or):
        return {"or": [json_logic(item) for item in expr.items]}
    if isinstance(expr, If):
        return {
            "if": [json_logic(expr.condition), json_logic(expr.then), json_logic(expr.otherwise)]
        }
    if isinstance(expr, Sum):
        return {"+": [json_logic(item) for item in expr.items]}
    if isinstance(expr, Max):
        return {"max": [json_logic(item) for item in expr.items]}
    if isinstance(expr, Pick):
        return {
            "merge": [
                {"if": [json_logic(condition), [value], []]} for condition, value in expr.items
            ]
        }
    if isinstance(expr, Length):
        return {"var": f"{expr.item.name}.length"}  # as in JavaScript, which JSON Logic follows
    if isinstance(expr, Word):
        level = json_logic(expr.level)
        branches: list[Any] = []
        for index in range(len(expr.words) - 1, 0, -1):
            branches += [{"==": [level, index]}, expr.words[index]]
        return {"if": [*branches, expr.words[0]]}
    raise TypeError(f"no JSON Logic for {expr!r}")


def json_logic_program(program: Program) -> dict[str, list[list[Any]]]:
    """The steps and the decision's fields as [name, rule] pairs: each rule is applied to the data
    in order and its result stored under its name, where the rules after it read it with `var`
    (JSON Logic has no variables of its own)."""
    return {
        "steps": [[key, json_logic(expr)] for key, expr in program.steps],
        "decision": [[key, json_logic(expr)] for key, expr in program.decision],
    }


class JsonLogicPeer:
    """The JSON Logic program applied step by step with panzi-json-logic, a
    pure-Python evaluator."""

    name = "panzi-json-logic"

    def __init__(self, program: Program) -> None:
        from json_logic import jsonLogic  # a benchmark dependency only (the `bench` extra)

        self._apply = jsonLogic
        self.program = json_logic_program(program)
        self._steps = [tuple(step) for step in self.program["steps"]]
        self._decision = [tuple(step) for step in self.program["decision"]]

    def decide(self, facts: dict[str, Any]) -> dict[str, Any]:
        apply = self._apply
        data: dict[str, Any] = {"facts": facts}
        for key, rule in self._steps:
            data[key] = apply(rule, data)
        return {key: apply(rule, data) for key, rule in self._decision}
