"""The cache of checked rule files: the same rule set with it and without, and
never trusted blindly."""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import stat
import subprocess
import sys

import pytest

from gevoeligheid import RuleFileError, _rulecache, evaluate, load_ruleset
from gevoeligheid._rules import default_rules_dir, select_version

from .conftest import ROOT, copy_rules

DOSSIER = {
    "facts": {"media_aandacht": "regionaal", "gevaarlijk_afval": True, "brzo_bevi": True},
    "events": [{"type": "klacht", "datum": "2026-11-02"}],
}


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    """An empty cache folder of this test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(_rulecache.DISABLE, raising=False)
    return tmp_path / "xdg" / "gevoeligheid"


def entries(folder):
    return sorted(path for path in folder.iterdir() if path.suffix == ".json")


def no_parsing(monkeypatch):
    """Make parsing YAML fail, to show that a load came from the cache."""

    def refuse(raw, name):
        raise AssertionError(f"{name} was parsed")

    monkeypatch.setattr("gevoeligheid._definitions.parse_yaml", refuse)


def test_a_rule_set_from_the_cache_is_the_rule_set_read_from_its_files(cache, monkeypatch):
    fresh = load_ruleset()
    for name in ("ruleset.yaml", "facts.yaml", "rules.yaml", "events.yaml"):
        assert _entry_of(cache, name).is_file()
    no_parsing(monkeypatch)
    cached = load_ruleset()
    assert cached == fresh
    assert evaluate(DOSSIER, ruleset=cached).to_dict() == evaluate(DOSSIER, ruleset=fresh).to_dict()


def test_with_the_cache_switched_off_nothing_is_read_or_written(cache, monkeypatch):
    monkeypatch.setenv(_rulecache.DISABLE, "1")
    load_ruleset()
    assert not cache.exists()


def test_without_a_home_or_xdg_folder_there_is_no_cache(monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr("os.path.expanduser", lambda path: path)  # as when no home can be found
    assert _rulecache.folder() is None


def test_the_cache_folder_is_private(cache):
    load_ruleset()
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o700
    for entry in entries(cache):
        assert stat.S_IMODE(os.stat(entry).st_mode) & 0o077 == 0
    assert not [
        path for path in cache.iterdir() if path.suffix != ".json"
    ]  # no temporary file left


def test_a_folder_of_ours_with_a_loose_mode_is_made_private(cache):
    cache.mkdir(parents=True, mode=0o777)
    os.chmod(cache, 0o777)
    load_ruleset()
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o700


def test_a_cache_folder_that_is_a_link_is_not_used(cache, tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    cache.parent.mkdir()
    cache.symlink_to(elsewhere)
    load_ruleset()
    assert list(elsewhere.iterdir()) == []


def damaged(entry: bytes, other: bytes) -> dict[str, bytes]:
    """Ways an entry can be wrong: each must be a miss."""
    header, _, body = entry.partition(b"\n")
    magic, version, key, checksum = header.split(b" ")
    wrong_shape = json.dumps({"data": {}, "lines": [["not a path", "not a line"]]}).encode()

    return {
        "truncated": entry[: len(entry) // 2],
        "empty": b"",
        "not an entry": b"facts: []\n",
        "random bytes": os.urandom(200),
        "a flipped byte in the body": header
        + b"\n"
        + body[:-2]
        + bytes([body[-2] ^ 1])
        + body[-1:],
        "another key's entry": other,
        "another format": b" ".join([magic, b"99", key, checksum]) + b"\n" + body,
        "a body of the wrong shape": b" ".join(
            [magic, version, key, hashlib.sha256(wrong_shape).hexdigest().encode()]
        )
        + b"\n"
        + wrong_shape,
        "not JSON": b" ".join([magic, version, key, hashlib.sha256(b"{nope").hexdigest().encode()])
        + b"\n{nope",
    }


@pytest.mark.parametrize(
    "damage",
    [
        "truncated",
        "empty",
        "not an entry",
        "random bytes",
        "a flipped byte in the body",
        "another key's entry",
        "another format",
        "a body of the wrong shape",
        "not JSON",
    ],
)
def test_a_damaged_or_foreign_entry_is_ignored_and_written_anew(cache, damage):
    expected = load_ruleset()
    facts_entry, other = _entry_of(cache, "facts.yaml"), _entry_of(cache, "rules.yaml")
    good = facts_entry.read_bytes()
    facts_entry.write_bytes(damaged(good, other.read_bytes())[damage])
    assert load_ruleset() == expected
    assert facts_entry.read_bytes() == good  # rebuilt


def test_an_entry_that_says_something_else_than_its_file_is_never_used_for_other_bytes(
    cache, tmp_path
):
    """A key is the file's bytes: a changed rule file is read and checked again, so an error in
    it is reported even though an entry of its earlier version exists."""
    folder = copy_rules(tmp_path / "rules")
    load_ruleset(folder)
    facts = folder / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("type: bool", "type: boolean", 1),
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError):
        load_ruleset(folder)


def test_a_file_that_fails_its_checks_gets_no_entry(cache, tmp_path):
    folder = copy_rules(tmp_path / "rules")
    rules = folder / "rules.yaml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace("rules:", "rulez:", 1), encoding="utf-8"
    )
    with pytest.raises(RuleFileError):
        load_ruleset(folder)
    with pytest.raises(RuleFileError):
        load_ruleset(folder)  # still refused: nothing of it was kept
    assert _rulecache.load("rules.yaml", rules.read_bytes(), str(rules)) is None


def test_the_key_depends_on_the_bytes_the_schema_and_the_version(monkeypatch):
    raw = (ROOT / "rules" / "2026.2" / "facts.yaml").read_bytes()
    first = _rulecache.key("facts.yaml", raw)
    assert first == _rulecache.key("facts.yaml", raw)
    assert first != _rulecache.key("facts.yaml", raw + b"\n")
    assert first != _rulecache.key("rules.yaml", raw)
    monkeypatch.setattr(_rulecache, "_code_digest", None)
    monkeypatch.setattr(_rulecache, "__version__", "0.0.0-other")
    assert first != _rulecache.key("facts.yaml", raw)


def test_an_entry_that_is_a_link_is_not_followed(cache, tmp_path):
    load_ruleset()
    entry = _entry_of(cache, "facts.yaml")
    target = tmp_path / "target.json"
    target.write_bytes(entry.read_bytes())
    entry.unlink()
    entry.symlink_to(target)
    raw = (ROOT / "rules" / "2026.2" / "facts.yaml").read_bytes()
    assert _rulecache.load("facts.yaml", raw, "facts.yaml") is None


def test_an_overlay_is_cached_too_and_gives_the_same_rule_set(cache, monkeypatch):
    overlay = ROOT / "examples" / "overlays" / "regio-noord.yaml"
    fresh = load_ruleset(overlays=[overlay])
    no_parsing(monkeypatch)
    assert load_ruleset(overlays=[overlay]) == fresh


def _entry_of(cache, name: str):
    """The cache entry of one file of the default rule set in force today."""
    folder = select_version(default_rules_dir(), datetime.date.today())
    raw = (folder / name).read_bytes()
    entry = cache / f"{_rulecache.key(name, raw)}.json"
    assert entry.is_file()
    return entry


def test_the_yaml_parser_is_not_needed_for_a_cached_rule_set(cache):
    """The point of the cache: a warm run imports neither PyYAML nor jsonschema."""
    code = (
        "import sys, gevoeligheid; gevoeligheid.load_ruleset(); print(sorted(m for m in "
        "('yaml', 'jsonschema') if m in sys.modules))"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(cache.parent)}
    cold = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    warm = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert (cold, warm) == ("['jsonschema', 'yaml']", "[]")
