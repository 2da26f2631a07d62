"""The exit statuses: one table, each status its own, each documented in the README."""

from __future__ import annotations

import ast
import re

from gevoeligheid._exitcodes import ExitCode

from .conftest import ROOT


def test_the_readme_names_every_status_in_its_exit_status_paragraph():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = readme.split("**Exit status**", 1)[1].split("\n\n", 1)[0]
    named = {int(number) for number in re.findall(r"`(\d+)`", paragraph)}
    assert {code.value for code in ExitCode} == named


def test_no_module_exits_with_a_number_of_its_own():
    """Every status is an ExitCode: `sys.exit(1)`, `ctx.exit(2)`, `os._exit(5)`, `SystemExit(3)` or
    `exit_code = 4` anywhere in the package would be a status outside the one table, and so would
    a number inside the call, as in `sys.exit(getattr(error, "exit_code", 5))`."""
    exits = {"exit", "_exit", "SystemExit"}
    found = []
    for path in sorted((ROOT / "src" / "gevoeligheid").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = (
                    node.func.attr
                    if isinstance(node.func, ast.Attribute)
                    else getattr(node.func, "id", None)
                )
                numbers = [
                    part
                    for arg in node.args
                    for part in ast.walk(arg)
                    if isinstance(part, ast.Constant) and type(part.value) is int
                ]
                if name in exits and numbers:
                    found.append(f"{path.name}:{node.lineno}")
            elif (
                isinstance(node, (ast.Assign, ast.AnnAssign))
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, int)
            ):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(
                    getattr(target, "id", getattr(target, "attr", "")).upper().startswith("EXIT")
                    for target in targets
                ):
                    found.append(f"{path.name}:{node.lineno}")
    assert found == []
