"""`gevoelig check --log` and `gevoelig log replay|export|purge`, in-process and as the installed
console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from gevoeligheid._cli import cli

from ..conftest import ROOT

EXAMPLES = ROOT / "examples"
ODOUR = str(EXAMPLES / "05-pig-farm-odour-complaint-wave.json")
SEVESO = str(EXAMPLES / "03-seveso-plant-fire-smoke-plume.json")


def invoke(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(
        cli, list(args), env={"GEVOELIG_LOG": None, "GEVOELIG_LOG_REDACT": None, **(env or {})}
    )


def test_check_with_a_log_records_each_decision_and_replay_finds_them_the_same(tmp_path):
    log = str(tmp_path / "cli.sqlite3")
    checked = invoke("check", "-f", "jsonl", "--log", log, ODOUR, SEVESO)
    assert checked.exit_code == 0, checked.output
    replayed = invoke("log", "replay", "--all", "--log", log)
    assert replayed.exit_code == 0, replayed.output
    assert "2 van 2 beslissing(en) opnieuw beoordeeld met hetzelfde resultaat" in replayed.stdout
    assert replayed.stdout.count("  same  ") == 2


def test_check_logs_the_overlay_it_was_given_so_replay_loads_it_again(tmp_path):
    log = str(tmp_path / "cli.sqlite3")
    overlay = str(EXAMPLES / "overlays" / "regio-noord.yaml")
    assert invoke("check", "--overlay", overlay, "--log", log, ODOUR).exit_code == 0
    assert invoke("log", "replay", "--all", "--log", log).exit_code == 0


def test_replaying_an_unknown_decision_is_a_usage_error(tmp_path):
    outcome = invoke("log", "replay", "no-such-id", "--log", str(tmp_path / "empty.sqlite3"))
    assert outcome.exit_code == 2 and "geen beslissing no-such-id" in outcome.output
    english = invoke(
        "log", "replay", "no-such-id", "--lang", "en", "--log", str(tmp_path / "empty.sqlite3")
    )
    assert english.exit_code == 2 and "Error: no decision no-such-id" in english.output


def test_an_export_is_redacted_json_lines(tmp_path):
    log = str(tmp_path / "cli.sqlite3")
    invoke("check", "--log", log, SEVESO)
    exported = invoke("log", "export", "--log", log)
    entries = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(entries) == 1 and entries[0]["redacted"]
    assert "title" not in entries[0]["input"] and "title" not in entries[0]["result"]["dossier"]
    assert "1 beslissing(en) geëxporteerd, geschoond" in exported.stderr
    assert (
        "1 decision(s) exported, redacted"
        in invoke("log", "--lang", "en", "export", "--log", log).stderr
    )


def test_a_redacting_check_log_keeps_no_title(tmp_path):
    log = str(tmp_path / "cli.sqlite3")
    invoke("check", "--log", log, SEVESO, env={"GEVOELIG_LOG_REDACT": "1"})
    row = json.loads(invoke("log", "export", "--log", log).stdout)
    assert "title" not in row["input"]
    replayed = invoke("log", "replay", "--all", "--log", log)
    assert replayed.exit_code == 1 and "cannot_replay" in replayed.stdout
    decision = row["decision_id"]
    assert invoke("log", "replay", decision, "--input", SEVESO, "--log", log).exit_code == 0


def test_a_purge_needs_a_retention_period_and_is_recorded(tmp_path):
    log = str(tmp_path / "cli.sqlite3")
    invoke("check", "--log", log, ODOUR)
    assert invoke("log", "purge", "--log", log).exit_code == 2
    dry = invoke("log", "purge", "--retention-days", "1", "--dry-run", "--log", log)
    assert dry.stdout.startswith("0 beslissing(en) vastgelegd voor ")
    purged = invoke(
        "log",
        "purge",
        "--retention-days",
        "1",
        "--log",
        log,
        env={"GEVOELIG_LOG_RETENTION_DAYS": None},
    )
    assert json.loads(purged.stdout)["entries"] == 0
    records = [
        json.loads(line) for line in invoke("log", "purges", "--log", log).stdout.splitlines()
    ]
    assert [record["retention_days"] for record in records] == [1]


def test_an_unreachable_log_stops_check_with_status_5():
    outcome = invoke(
        "check", "--log", "postgresql://nobody@127.0.0.1:9/none?connect_timeout=1", ODOUR
    )
    assert outcome.exit_code == 7 and "cannot" in outcome.stderr


def test_an_unreachable_log_stops_serve_with_the_log_status_7_before_it_listens():
    """It was 5, the status of a lost --jobs worker."""
    outcome = invoke(
        "serve", "--port", "0", "--log", "postgresql://nobody@127.0.0.1:9/none?connect_timeout=1"
    )
    assert outcome.exit_code == 7 and "cannot connect to the decision log" in outcome.stderr


def test_the_console_script_logs_and_replays(tmp_path):
    script = Path(sys.executable).parent / "gevoelig"
    log = str(tmp_path / "script.sqlite3")
    checked = subprocess.run(
        [str(script), "check", "--log", log, "-f", "json", ODOUR],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stderr
    replayed = subprocess.run(
        [str(script), "log", "replay", "--all", "--lang", "en", "--log", log],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (replayed.returncode, replayed.stdout.strip().splitlines()[-1]) == (
        0,
        "1 of 1 decision(s) replayed to the same result",
    )


def test_replay_says_why_a_decision_cannot_replay_in_the_language_asked_for(tmp_path):
    log = str(tmp_path / "cli.sqlite3")
    invoke("check", "--log", log, SEVESO, env={"GEVOELIG_LOG_REDACT": "1"})
    decision = json.loads(invoke("log", "export", "--log", log).stdout)["decision_id"]
    dutch = invoke("log", "replay", "--all", "--log", log).stdout.splitlines()[0]
    english = invoke("log", "replay", "--all", "--lang", "en", "--log", log).stdout.splitlines()[0]
    assert dutch == (
        f"{decision}  cannot_replay  het logboek heeft een geschoonde kopie van de invoer; geef "
        "het oorspronkelijke dossier (--input) om de beslissing opnieuw te beoordelen"
    )
    assert english == (
        f"{decision}  cannot_replay  the log holds a redacted copy of the input; give the "
        "original dossier (--input) to replay it"
    )
    other = invoke("log", "replay", decision, "--input", ODOUR, "--log", log).stdout
    assert "het gegeven dossier is niet het dossier waarover beslist is" in other


def test_replay_says_what_differs_in_the_language_asked_for():
    from gevoeligheid._decisionlog.replay import DIFFERENT, Replay, _first_difference

    found = {
        lang: Replay("d", DIFFERENT, _first_difference(logged, now)).show(lang)
        for logged, now in [({"a": [1, {"b": 2}]}, {"a": [1, {"b": 3}]})]
        for lang in ("nl", "en")
    }
    assert found == {"nl": "bij /a/1/b: vastgelegd 2, nu 3", "en": "at /a/1/b: logged 2, now 3"}
    shown = {
        lang: _first_difference(logged, now).render(lang)
        for logged, now in [({"a": 1}, {"a": 1, "c": 2})]
        for lang in ("nl", "en")
    }
    assert shown == {
        "nl": "bij /c: alleen in het resultaat van nu",
        "en": "at /c: only in the result now",
    }
