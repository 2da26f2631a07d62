"""The decision log on SQLite and on a real PostgreSQL server: the same tests for both."""

from __future__ import annotations

import datetime
import json
import sqlite3

import pytest

from gevoeligheid import Evaluator, evaluate, load_ruleset
from gevoeligheid._decisionlog import LogError
from gevoeligheid._decisionlog.entry import (
    RulesetSource,
    canonical_json,
    make_entry,
    result_text,
    sha256_hex,
)
from gevoeligheid._decisionlog.export import exported
from gevoeligheid._decisionlog.redact import REDACTED, redact_input, redact_result
from gevoeligheid._decisionlog.replay import DIFFERENT, SAME, Replayer
from gevoeligheid._decisionlog.store import SqliteLog, open_log

from ..conftest import ROOT

CRIMINAL = {
    "id": "OD-2026-0001",
    "title": "Naam van de overtreder in de titel",
    "x-notitie": "persoonlijke aantekening",
    "facts": {
        "strafrechtelijk_verleden": True,
        "repressieve_handhaving": "strafrechtelijk",
        "media_aandacht": "lokaal",
    },
    "events": [{"type": "handhavingsbesluit", "datum": "2026-03-01", "soort": "strafrechtelijk"}],
}


def entry_for(data: dict, *, redact: bool = False, day: datetime.date = datetime.date(2026, 12, 1)):
    result = evaluate(data)
    return make_entry(
        data,
        result,
        result_text(result),
        origin="service",
        peildatum=day,
        source=RulesetSource(),
        redact=redact,
    )


def test_an_entry_holds_the_canonical_input_its_hash_the_rules_and_the_exact_result():
    data = {"facts": {"media_aandacht": "lokaal"}, "id": "OD-1"}
    result = evaluate(data, peildatum=datetime.date(2026, 12, 1))
    entry = make_entry(
        data,
        result,
        result_text(result),
        origin="cli",
        peildatum=datetime.date(2026, 12, 1),
        source=RulesetSource(),
    )
    assert entry.input == '{"facts":{"media_aandacht":"lokaal"},"id":"OD-1"}'
    assert sha256_hex(entry.input) == entry.input_sha256
    assert (result.ruleset["sha256"], result.ruleset["version"], "[]") == (
        entry.ruleset_sha256,
        entry.ruleset_version,
        entry.ruleset_overlays,
    )
    assert result_text(result) == entry.result
    assert (entry.dossier_id, entry.peildatum, entry.engine, entry.classification) == (
        "OD-1",
        "2026-12-01",
        "durable",
        "attention",
    )


def test_the_canonical_input_does_not_depend_on_key_order_or_spacing():
    assert canonical_json(json.loads('{"b": 1, "a": {"d": [1, 2], "c": null}}')) == canonical_json(
        {"a": {"c": None, "d": [1, 2]}, "b": 1}
    )


def test_entries_are_appended_read_back_by_dossier_and_by_id(log_url):
    log = open_log(log_url)
    first, second = (
        entry_for({"id": "OD-7", "facts": {}}),
        entry_for({"id": "OD-7", "facts": {"subsidie": True}}),
    )
    log.append([first])
    log.append([second, entry_for({"id": "OD-8", "facts": {}})])
    history = log.history("OD-7")
    assert [first.decision_id, second.decision_id] == [row["decision_id"] for row in history]
    assert second.result == log.get(second.decision_id)["result"]
    assert [second.decision_id] == [
        row["decision_id"] for row in log.history("OD-7", after=history[0]["seq"])
    ]
    assert log.get("no-such-id") is None


def test_opening_a_log_twice_migrates_once(log_url):
    open_log(log_url)
    assert open_log(log_url).migrate() == []


@pytest.mark.parametrize(
    "statement",
    ["UPDATE gevoelig_decisions SET escalation = 'none'", "DELETE FROM gevoelig_decisions"],
)
def test_the_database_refuses_to_change_or_remove_a_decision(log_url, statement):
    log = open_log(log_url)
    log.append([entry_for({"id": "OD-9", "facts": {"subsidie": True}})])
    connection = log._connection()
    with pytest.raises(Exception, match="append-only"):
        connection.execute(statement)
    assert len(log.history("OD-9")) == 1


def database_now(log) -> datetime.datetime:
    """The clock of the log's database, which decides what a purge may remove."""
    cursor = log._connection().cursor()
    if isinstance(log, SqliteLog):
        cursor.execute("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
        text = cursor.fetchone()[0]
    else:
        cursor.execute(
            "SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
        )
        text = cursor.fetchone()[0]
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def logged_at(entry, moment: datetime.datetime):
    """The entry as if it had been logged at `moment`."""
    import attrs

    from gevoeligheid._decisionlog.entry import timestamp

    return attrs.evolve(entry, logged_at=timestamp(moment))


def test_a_purge_removes_only_decisions_past_the_retention_period_and_is_recorded(log_url):
    log = open_log(log_url)
    now = database_now(log)
    log.append(
        [
            logged_at(entry_for({"id": "OD-1", "facts": {}}), now - datetime.timedelta(days=31)),
            logged_at(entry_for({"id": "OD-2", "facts": {}}), now - datetime.timedelta(days=31)),
        ]
    )
    record = log.purge(32, now=now)  # both were logged 31 days ago
    assert (record["entries"], record["first_seq"]) == (0, None)
    record = log.purge(30, now=now, purged_by="tester")
    assert (record["entries"], record["purged_by"], record["retention_days"]) == (2, "tester", 30)
    assert list(log.entries()) == []
    assert [purge["entries"] for purge in log.purges()] == [0, 2]
    connection = log._connection()
    with pytest.raises(Exception, match="append-only"):
        connection.execute("DELETE FROM gevoelig_purges")


def test_a_retention_period_below_one_day_is_refused(log_url):
    with pytest.raises(LogError, match="at least 1"):
        open_log(log_url).purge(0)


def test_a_logged_decision_replays_to_the_same_bytes(log_url):
    log = open_log(log_url)
    entry = entry_for(
        json.loads((ROOT / "examples" / "05-pig-farm-odour-complaint-wave.json").read_text())
    )
    log.append([entry])
    outcome = Replayer().replay(log.get(entry.decision_id))
    assert SAME == outcome.status, outcome.detail


def test_a_decision_replayed_under_other_rules_is_reported_as_such(tmp_path):
    log = open_log(str(tmp_path / "log.db"))
    ruleset = load_ruleset(overlays=[ROOT / "examples" / "overlays" / "regio-noord.yaml"])
    data = {"facts": {"werkafspraken_geraakt": True}}
    result = Evaluator(ruleset).evaluate(data)
    entry = make_entry(
        data,
        result,
        result_text(result),
        origin="cli",
        peildatum=datetime.date.today(),
        source=RulesetSource(),
    )
    log.append([entry])
    outcome = Replayer().replay(log.get(entry.decision_id))  # the source says: no overlay
    assert outcome.status == "ruleset_changed"


def test_a_changed_result_is_named_at_its_first_difference(tmp_path):
    data = {"facts": {"gevaarlijk_afval": True}}  # a significant signal: the coordinator (2026.2)
    entry = entry_for(data)
    tampered = dict(json.loads(entry.result), escalation="board")
    row = {**_row(entry), "result": json.dumps(tampered, ensure_ascii=False, separators=(",", ":"))}
    outcome = Replayer().replay(row)
    assert (DIFFERENT, 'at /escalation: logged "board", now "coordinator"') == (
        outcome.status,
        outcome.detail,
    )


def _row(entry) -> dict:
    import attrs

    return attrs.asdict(entry)


def test_redaction_removes_title_x_keys_and_criminal_facts_from_input_and_result():
    redacted = redact_input(CRIMINAL)
    assert set(redacted) == {"id", "facts", "events"}
    assert (REDACTED, REDACTED, "lokaal") == (
        redacted["facts"]["strafrechtelijk_verleden"],
        redacted["facts"]["repressieve_handhaving"],
        redacted["facts"]["media_aandacht"],
    )
    assert REDACTED == redacted["events"][0]["soort"]
    result = redact_result(evaluate(CRIMINAL).to_dict())
    text = json.dumps(result, ensure_ascii=False)
    assert result["dossier"] == {"id": "OD-2026-0001"}
    for secret in (
        "strafrechtelijk_verleden",
        "repressieve_handhaving",
        'strafrechtelijk"',
        "Naam van de overtreder",
        "persoonlijke",
    ):
        assert secret not in text
    assert evaluate(CRIMINAL).score == result["score"]


def test_a_redacting_log_keeps_the_hash_of_the_original_and_replays_with_the_original(tmp_path):
    log = open_log(str(tmp_path / "log.db"))
    entry = entry_for(CRIMINAL, redact=True)
    log.append([entry])
    row = log.get(entry.decision_id)
    assert (
        row["redacted"]
        and "Naam" not in row["input"]
        and "strafrechtelijk_verleden" not in row["result"]
    )
    assert sha256_hex(canonical_json(CRIMINAL)) == row["input_sha256"]
    assert Replayer().replay(row).status == "cannot_replay"
    assert SAME == Replayer().replay(row, CRIMINAL).status
    assert Replayer().replay(row, {**CRIMINAL, "id": "other"}).status == "cannot_replay"


def test_an_export_is_always_redacted_and_carries_no_hash_of_the_original(tmp_path):
    log = open_log(str(tmp_path / "log.db"))
    log.append([entry_for(CRIMINAL)])
    out = exported(next(log.entries()))
    assert out["redacted"] and "input_sha256" not in out and "result_sha256" not in out
    assert "Naam van de overtreder" not in json.dumps(out, ensure_ascii=False)
    assert REDACTED == out["input"]["facts"]["strafrechtelijk_verleden"]
    assert "strafrechtelijk_verleden" not in json.dumps(out["result"], ensure_ascii=False)


def test_sqlite_log_is_one_file_in_wal_mode_created_on_first_use(tmp_path):
    path = tmp_path / "new" / "folder" / "log.db"
    log = open_log(f"sqlite:///{path}")
    assert isinstance(log, SqliteLog) and path.is_file()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite://host/x.db", "sqlite:///x.db?fsync=1"])
def test_an_unusable_log_url_is_one_clear_error(url):
    with pytest.raises(LogError):
        open_log(url)


def test_the_roles_in_deploy_md_can_add_and_purge_and_cannot_change(postgres_url):
    """The GRANTs of docs/deploy.md, run as written (with role names of this test): the service's
    role adds and reads, the purge role purges, and neither can change a decision."""
    import re
    import secrets

    import psycopg

    from .conftest import POSTGRES_URL

    suffix = secrets.token_hex(4)
    blocks = re.findall(
        r"```sql\n(.*?)```",
        (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8"),
        flags=re.DOTALL,
    )
    schema = postgres_url.rsplit("%3D", 1)[1]
    owner = psycopg.connect(postgres_url, autocommit=True)
    open_log(postgres_url)  # the owner migrates
    log = open_log(postgres_url)
    log.append(
        [
            logged_at(
                entry_for({"id": "OD-R", "facts": {}}),
                database_now(log) - datetime.timedelta(days=3),
            )
        ]
    )
    roles = {"gevoelig_app": f"gevoelig_app_{suffix}", "gevoelig_purge": f"gevoelig_purge_{suffix}"}
    try:
        for block in blocks:
            sql = block.replace("PASSWORD '...'", "").replace("SCHEMA public", f"SCHEMA {schema}")
            for role, name in roles.items():
                sql = re.sub(rf"\b{role}\b", name, sql)  # not gevoelig_purge_permit
            owner.execute(sql)
        base = POSTGRES_URL.replace("postgres@", "{}@", 1)
        separator = "&" if "?" in base else "?"
        app = open_log(
            base.format(roles["gevoelig_app"]) + f"{separator}options=-csearch_path%3D{schema}"
        )
        app.append(
            [
                logged_at(
                    entry_for({"id": "OD-R", "facts": {"subsidie": True}}),
                    database_now(app) - datetime.timedelta(days=2),
                )
            ]
        )
        assert len(app.history("OD-R")) == 2
        with pytest.raises(psycopg.Error):
            app._connection().execute("UPDATE gevoelig_decisions SET escalation = 'none'")
        purger = open_log(
            base.format(roles["gevoelig_purge"]) + f"{separator}options=-csearch_path%3D{schema}"
        )
        with pytest.raises(
            LogError, match="append-only"
        ):  # the database's clock decides, not the purger's
            purger.purge(1, now=database_now(purger) + datetime.timedelta(days=2))
        app.append([logged_at(entry_for({"id": "OD-R", "facts": {}}), database_now(app))])
        assert purger.purge(1, now=database_now(purger))["entries"] == 2
        assert len(app.history("OD-R")) == 1
        app.close()
        purger.close()
    finally:
        for name in roles.values():
            if owner.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
                owner.execute(f"DROP OWNED BY {name}")
                owner.execute(f"DROP ROLE {name}")
        owner.close()


# --- the columns of a decision, defined by Entry ------------------------------------------------


def test_the_log_table_has_a_column_for_each_field_of_entry_and_no_other(log_url):
    """The migrations (one list per database) make the columns that Entry names, besides the
    sequence number and the hash chain's links."""
    import attrs

    from gevoeligheid._decisionlog.entry import Entry

    log = open_log(log_url)
    try:
        cursor = log._connection().cursor()
        cursor.execute("SELECT * FROM gevoelig_decisions LIMIT 0")
        columns = [column[0] for column in cursor.description]
    finally:
        log.close()
    fields = [field.name for field in attrs.fields(Entry)]
    assert sorted(set(columns) - {"seq", "prev_sha256", "entry_sha256"}) == sorted(fields)


def test_the_services_decision_schema_names_each_field_of_entry_and_no_other():
    import attrs

    from gevoeligheid._decisionlog.entry import Entry
    from gevoeligheid._service.schemas import DECISION

    fields = {field.name for field in attrs.fields(Entry)}
    assert set(DECISION["properties"]) == {"seq", *fields}
    assert set(DECISION["required"]) <= set(DECISION["properties"])
