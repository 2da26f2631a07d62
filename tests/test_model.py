"""The data shapes of `_model` are defined once: the lists of languages, engines and result
formats are written in `_model` only, and every other module imports them."""

from __future__ import annotations

import ast
from pathlib import Path

import gevoeligheid
from gevoeligheid._model import ENGINES, FORMATS, LANGUAGES

SRC = Path(gevoeligheid.__file__).parent
LISTS = {"LANGUAGES": set(LANGUAGES), "ENGINES": set(ENGINES), "FORMATS": set(FORMATS)}


def _lists_written(path: Path) -> list[str]:
    """Where a module writes one of the lists as a literal (a list, tuple or set of its words)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)) and node.elts:
            words = [item.value for item in node.elts if isinstance(item, ast.Constant)]
            if len(words) != len(node.elts):
                continue
            for name, members in LISTS.items():
                if set(words) == members:
                    found.append(f"{path.relative_to(SRC)}:{node.lineno} {name}")
    return found


def test_only_model_writes_the_lists_of_languages_engines_and_formats():
    found = [
        place
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "_model.py"
        for place in _lists_written(path)
    ]
    assert found == []


def test_the_formats_for_people_are_formats():
    from gevoeligheid._model import FORMATS_FOR_PEOPLE

    assert set(FORMATS_FOR_PEOPLE) < set(FORMATS)
