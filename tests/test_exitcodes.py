"""The exit statuses: one table, each status its own, each documented in the README."""

from __future__ import annotations

import re

from gevoeligheid._exitcodes import ExitCode

from .conftest import ROOT


def test_the_readme_names_every_status_in_its_exit_status_paragraph():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = readme.split("**Exit status**", 1)[1].split("\n\n", 1)[0]
    named = {int(number) for number in re.findall(r"`(\d+)`", paragraph)}
    assert {code.value for code in ExitCode} == named
