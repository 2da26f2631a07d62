"""The walks over a Condition live in `_conditions`: one visitor with a method per kind, one
generator of leaves and one rebuilder; every other module walks through them.

A new kind of condition is added in these places, and only these: its class in `_model`
(a member of `Condition`), its parsing in `_conditions.parse_condition`, and its method on
`_conditions.Visitor`; the tests below then name every visitor that must say what it means."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import typing
from pathlib import Path

import gevoeligheid
from gevoeligheid import _conditions
from gevoeligheid._conditions import Visitor, leaves, rebuild
from gevoeligheid._model import (
    AllOf,
    AnyOf,
    Condition,
    CountAtLeast,
    FactCondition,
    HeadlineRef,
    Unknown,
)

SRC = Path(gevoeligheid.__file__).parent
KINDS = typing.get_args(Condition)


def _all_modules() -> None:
    for module in pkgutil.walk_packages(gevoeligheid.__path__, "gevoeligheid."):
        if module.name != "gevoeligheid.__main__":
            importlib.import_module(module.name)


def _visitors(base: type = Visitor) -> list[type]:
    found = []
    for sub in base.__subclasses__():
        found.append(sub)
        found.extend(_visitors(sub))
    return found


def test_the_visitor_has_a_method_for_every_kind_of_condition():
    assert set(_conditions._METHODS) == set(KINDS)
    assert set(_conditions._METHODS.values()) == set(Visitor.__abstractmethods__)


def test_every_visitor_in_the_package_says_what_every_kind_means():
    """A visitor that lacks a kind's method is abstract: a new kind names each one here."""
    _all_modules()
    visitors = {f"{cls.__module__}.{cls.__qualname__}": cls for cls in _visitors()}
    assert {name for name, cls in visitors.items() if cls.__abstractmethods__} == set()
    assert set(visitors) >= {
        "gevoeligheid._compile._Size",
        "gevoeligheid._compile._Terms",
        "gevoeligheid._policy._Holds",
        "gevoeligheid._templates._Describe",
        "gevoeligheid._service.rulesets._ConditionJson",
    }


def _walks_outside(path: Path) -> list[str]:
    """Where a module tells `any` and `all` apart from the other kinds, or dispatches on the name
    of a condition's class: the walks that belong in _conditions."""
    group_names = {"AnyOf", "AllOf"}
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "isinstance":
            kinds = node.args[1]
            names = {getattr(item, "id", None) for item in getattr(kinds, "elts", [kinds])}
            if names & group_names:
                found.append(f"{path.name}:{node.lineno}")
        if isinstance(node, ast.Constant) and node.value in {kind.__name__ for kind in KINDS}:
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_module_but_conditions_walks_a_condition_itself():
    found = [
        place
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "_conditions.py"
        for place in _walks_outside(path)
    ]
    assert found == []


def test_the_leaves_of_a_condition_are_its_parts_that_are_no_group_in_order():
    condition = AllOf(
        (
            FactCondition("a"),
            AnyOf((HeadlineRef("H1"), AnyOf(()), Unknown("b"))),
            FactCondition("c"),
        )
    )
    assert list(leaves(condition)) == [
        FactCondition("a"),
        HeadlineRef("H1"),
        Unknown("b"),
        FactCondition("c"),
    ]


def test_rebuild_replaces_from_the_top_and_keeps_the_rest():
    condition = AnyOf((CountAtLeast("score", 3), AllOf((FactCondition("a"), HeadlineRef("H1")))))

    def replace(node):
        if isinstance(node, HeadlineRef):
            return FactCondition("h")
        if node == FactCondition("a"):
            return CountAtLeast("signals", 1)
        return None

    assert rebuild(condition, replace) == AnyOf(
        (CountAtLeast("score", 3), AllOf((CountAtLeast("signals", 1), FactCondition("h"))))
    )
