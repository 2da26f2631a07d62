"""Rule sets kept in the log by their sha256: replay under the original rules anywhere, and a
kept copy read back as hostile input."""

from __future__ import annotations

import datetime
import json
import shutil
import sqlite3

import pytest

from gevoeligheid import Evaluator, load_ruleset
from gevoeligheid._decisionlog.cli import LoggingEvaluator
from gevoeligheid._decisionlog.entry import RulesetSource
from gevoeligheid._decisionlog.replay import SAME, Replayer
from gevoeligheid._decisionlog.rulesets import RulesetNotKept, store_for
from gevoeligheid._decisionlog.store import open_log

from ..conftest import ROOT, copy_rules

DAY = datetime.date(2026, 12, 1)
DOSSIER = {
    "id": "OD-KEEP-1",
    "peildatum": "2026-12-01",
    "facts": {"werkafspraken_geraakt": True, "media_aandacht": "lokaal"},
}


def _decide(log, folder, overlays=()):
    """Decide DOSSIER as `check --log` does, with the rules in `folder` (and overlays)."""
    ruleset = load_ruleset(folder, overlays=overlays, peildatum=DAY)
    source = RulesetSource(str(folder), tuple(str(path) for path in overlays))
    LoggingEvaluator(Evaluator(ruleset), log, source=source, peildatum=DAY, redact=False).evaluate(
        DOSSIER
    )
    return ruleset, next(iter(log.entries()))


def test_a_decision_replays_under_its_own_rules_after_its_files_are_gone(log_url, tmp_path):
    """Another machine, or an upgrade: the folder and overlay the log names no longer exist."""
    folder = copy_rules(tmp_path / "rules", "2026.2")
    overlay = tmp_path / "regio.yaml"
    shutil.copy(ROOT / "examples" / "overlays" / "regio-noord.yaml", overlay)
    log = open_log(log_url)
    ruleset, entry = _decide(log, folder, [overlay])
    shutil.rmtree(folder)
    overlay.unlink()
    assert Replayer().replay(entry).status == "cannot_replay"  # without the log's copy
    outcome = Replayer(kept=store_for(open_log(log_url))).replay(entry)
    assert (SAME, ruleset.sha256) == (outcome.status, entry["ruleset_sha256"]), outcome.detail
    assert [ruleset.sha256] == [row["sha256"] for row in store_for(log).kept()]


def test_a_decision_replays_under_its_own_rules_after_they_were_edited(log_url, tmp_path):
    folder = copy_rules(tmp_path / "rules", "2026.2")
    log = open_log(log_url)
    _, entry = _decide(log, folder)
    settings = folder / "ruleset.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert Replayer().replay(entry).status == "ruleset_changed"
    assert SAME == Replayer(kept=store_for(open_log(log_url))).replay(entry).status


def test_log_replay_on_the_command_line_uses_the_kept_rules(tmp_path):
    from click.testing import CliRunner

    from gevoeligheid._cli import cli

    folder = copy_rules(tmp_path / "rules", "2026.2")
    url = str(tmp_path / "log.db")
    runner = CliRunner(env={"GEVOELIG_DEBUG": None})
    dossier = tmp_path / "d.json"
    dossier.write_text(json.dumps(DOSSIER), encoding="utf-8")
    assert (
        runner.invoke(
            cli, ["check", "--log", url, "--ruleset", str(folder), "-f", "json", str(dossier)]
        ).exit_code
        == 0
    )
    shutil.rmtree(folder)
    done = runner.invoke(cli, ["log", "replay", "--all", "--log", url])
    assert (0, 1) == (done.exit_code, done.stdout.count("  same  ")), done.output


def test_a_kept_rule_set_is_written_once_and_cannot_be_changed_or_removed(log_url, tmp_path):
    log = open_log(log_url)
    folder = copy_rules(tmp_path / "rules", "2026.2")
    _decide(log, folder)
    _decide(open_log(log_url), folder)  # another process: it finds the copy there
    assert 1 == len(store_for(log).kept())
    connection = log._connection()
    for statement in ("UPDATE gevoelig_rulesets SET name = 'x'", "DELETE FROM gevoelig_rulesets"):
        with pytest.raises(Exception, match="append-only"):
            connection.execute(statement)


def _tampered(tmp_path, change) -> tuple:
    """A SQLite log whose kept rule set was changed behind the triggers' back by `change`."""
    url = str(tmp_path / "log.db")
    log = open_log(url)
    ruleset, _ = _decide(log, copy_rules(tmp_path / "rules", "2026.2"))
    raw = sqlite3.connect(url, isolation_level=None)
    raw.execute("DROP TRIGGER gevoelig_rulesets_no_update")
    bundle, bundle_sha256 = raw.execute(
        "SELECT bundle, bundle_sha256 FROM gevoelig_rulesets"
    ).fetchone()
    bundle, bundle_sha256 = change(json.loads(bundle), bundle_sha256)
    raw.execute(
        "UPDATE gevoelig_rulesets SET bundle = ?, bundle_sha256 = ?", (bundle, bundle_sha256)
    )
    raw.close()
    return open_log(url), ruleset.sha256


def _resealed(bundle: dict) -> tuple[str, str]:
    import hashlib

    text = json.dumps(bundle)
    return text, hashlib.sha256(text.encode()).hexdigest()


@pytest.mark.parametrize(
    "name, change, expected",
    [
        (
            "an edit without a new seal",
            lambda bundle, seal: (json.dumps({**bundle, "overlays": []}) + " ", seal),
            "does not match its own sha256",
        ),
        (
            "a rule changed and resealed",
            lambda bundle, seal: _resealed(
                {
                    **bundle,
                    "base": {
                        **bundle["base"],
                        "rules.yaml": bundle["base"]["rules.yaml"] + "\n# changed\n",
                    },
                }
            ),
            "gives sha256",
        ),
        (
            "a source text named outside the folder",
            lambda bundle, seal: _resealed(
                {**bundle, "source": {"name": "../../etc/x", "text": ""}}
            ),
            "no plain file name",
        ),
        (
            "a broken YAML file",
            lambda bundle, seal: _resealed(
                {**bundle, "base": {**bundle["base"], "facts.yaml": "facts: [&a x, *a]"}}
            ),
            "does not load",
        ),
        ("JSON of another shape", lambda bundle, seal: _resealed([1, 2]), "format 1"),  # type: ignore[arg-type]
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_kept_copy_that_was_tampered_with_is_refused(tmp_path, name, change, expected):
    log, sha256 = _tampered(tmp_path, change)
    with pytest.raises(RulesetNotKept, match=expected) as refused:
        store_for(log).load(sha256, DAY)
    assert refused.value.reason == "corrupt"


def test_a_rule_set_not_kept_is_named_as_missing(tmp_path):
    with pytest.raises(RulesetNotKept, match="no copy") as missing:
        store_for(open_log(str(tmp_path / "log.db"))).load("0" * 64, DAY)
    assert missing.value.reason == "missing"
