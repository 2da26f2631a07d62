"""What an inspector's Windows laptop takes: the paths a user runs (check, template, the examples,
the rule cache written and read) reach no POSIX-only attribute of `os`. Windows is simulated here by
removing those attributes, so that a new POSIX-only call on these paths fails this test on Linux."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from gevoeligheid import _rulecache, evaluate, load_ruleset
from gevoeligheid._cli import cli

from .conftest import ROOT

#: What the os module of CPython on Windows lacks, of what this package could reach.
POSIX_ONLY = (
    "getuid",
    "geteuid",
    "getgid",
    "O_NONBLOCK",
    "O_NOFOLLOW",
    "set_blocking",
    "fchmod",
    "getpgid",
    "killpg",
    "setsid",
)
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


@pytest.fixture
def windows(monkeypatch, tmp_path):
    """os without its POSIX-only attributes, and an empty rule cache of the test's own (so that
    entries are written, then read)."""
    for name in POSIX_ONLY:
        monkeypatch.delattr(os, name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("GEVOELIG_NO_CACHE", raising=False)
    return tmp_path / "cache" / "gevoeligheid"


def test_the_attributes_are_gone_in_the_test(windows):
    assert not any(hasattr(os, name) for name in POSIX_ONLY)
    with pytest.raises(AttributeError):
        os.getuid()  # type: ignore[attr-defined]


def test_check_and_template_run_and_the_cache_is_written_then_used(windows):
    example = str(ROOT / "examples" / "05-pig-farm-odour-complaint-wave.json")
    # --peildatum: the rule files are read (and cached) now, not taken from what this process
    # loaded before.
    first = CliRunner().invoke(cli, ["check", "-f", "json", "--peildatum", "2026-12-01", example])
    assert 0 == first.exit_code, first.output
    assert sorted(windows.glob("*.json")), "the rule cache was not written"
    stored = {path.name: path.read_bytes() for path in windows.glob("*.json")}
    again = CliRunner().invoke(cli, ["check", "-f", "json", "--peildatum", "2026-12-01", example])
    assert first.stdout == again.stdout
    assert stored == {
        path.name: path.read_bytes() for path in windows.glob("*.json")
    }  # read, not written anew
    for arguments in (
        ["check", "--explain", example],
        ["template"],
        ["template", "-f", "markdown"],
        ["check", "-f", "jsonl", "--jobs", "1", str(ROOT / "examples")],
    ):
        outcome = CliRunner().invoke(cli, arguments)
        assert 0 == outcome.exit_code, (arguments, outcome.output)
    blank = json.loads(CliRunner().invoke(cli, ["template"]).stdout)
    assert set(load_ruleset().facts) <= set(blank["facts"])


def test_the_cache_reads_its_entries_without_owner_ids_or_modes(windows):
    load_ruleset(peildatum="2026-12-01")  # writes the entries of 2026.2, whatever today is
    assert _rulecache.folder() == windows and _rulecache._private(windows, create=False)
    raw = (ROOT / "rules" / "2026.2" / "facts.yaml").read_bytes()
    assert _rulecache.load("facts.yaml", raw, "facts.yaml") is not None


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_every_example_gives_its_expected_result(windows, path):
    from gevoeligheid._render import to_json

    assert (
        path.with_name(path.name + ".expected").read_text(encoding="utf-8")
        == to_json(evaluate(path)) + "\n"
    )
