"""Attacks on the decision log, each as it was made: tampering that `gevoelig log verify` must
name, rows the database must refuse, values it cannot store, purges beyond what a date holds, a
log file removed under a running service, and what a redacted export may tell."""

from __future__ import annotations

import datetime
import json
import os
import re
import secrets
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time

import attrs
import pytest
from click.testing import CliRunner

from gevoeligheid._cli import cli
from gevoeligheid._decisionlog import LogError
from gevoeligheid._decisionlog.chain import entry_hash
from gevoeligheid._decisionlog.entry import sha256_hex
from gevoeligheid._decisionlog.replay import SAME, Replayer
from gevoeligheid._decisionlog.store import SqliteLog, open_log
from gevoeligheid._decisionlog.verify import verify
from gevoeligheid._decisionlog.writer import GroupWriter

from ..conftest import ROOT
from .conftest import POSTGRES_URL, Server
from .test_decisionlog import database_now, entry_for, logged_at

DAY = datetime.timedelta(days=1)


def filled(url: str, count: int = 4, *, age: datetime.timedelta = datetime.timedelta(0)):
    """A log with `count` decisions, logged `age` ago (oldest first, a minute apart)."""
    log = open_log(url)
    now = database_now(log)
    log.append(
        [
            logged_at(
                entry_for({"id": f"OD-{index}", "facts": {"subsidie": index % 2 == 0}}),
                now - age + datetime.timedelta(minutes=index),
            )
            for index in range(count)
        ]
    )
    return log


def owner_sql(log, *statements) -> None:
    """Statements (text, or text and parameters written with ?) run by whoever owns the tables:
    the SQLite file's owner, PostgreSQL's table owner with the triggers switched off (either can
    do what the triggers refuse)."""
    connection = log._connection()
    steps = [
        (statement, ()) if isinstance(statement, str) else statement for statement in statements
    ]
    if isinstance(log, SqliteLog):
        connection.execute("BEGIN")
        for name in ("gevoelig_decisions_no_update", "gevoelig_decisions_no_delete"):
            connection.execute(f"DROP TRIGGER IF EXISTS {name}")
        for statement, params in steps:
            connection.execute(statement, params)
        connection.execute("COMMIT")
    else:
        with connection.transaction():
            connection.execute("ALTER TABLE gevoelig_decisions DISABLE TRIGGER USER")
            for statement, params in steps:
                connection.execute(statement.replace("?", "%s"), params)
            connection.execute("ALTER TABLE gevoelig_decisions ENABLE TRIGGER USER")


def problem(log, **options):
    verdict = verify(log, **options)
    assert verdict.problem is not None, "verify found nothing wrong"
    return verdict.problem


def test_an_untouched_log_with_a_purge_verifies(log_url):
    log = filled(log_url, 6, age=3 * DAY)
    log.append([entry_for({"id": "OD-new", "facts": {}})])
    assert log.purge(2, now=database_now(log))["entries"] == 6
    verdict = verify(log)
    assert (verdict.problem, verdict.checked) == (None, 1)


def test_verify_names_an_edited_classification_column(log_url):
    log = filled(log_url)
    owner_sql(
        log,
        "UPDATE gevoelig_decisions SET classification = 'none', escalation = 'none' WHERE seq = 2",
    )
    found = problem(log)
    assert (found.seq, found.key) == (2, "verify_hash")
    row = log.raw_rows(1, page=1)[0]  # and with its own hash made to fit, the column is named
    owner_sql(
        log,
        (
            "UPDATE gevoelig_decisions SET entry_sha256 = ? WHERE seq = 2",
            (entry_hash(row["prev_sha256"], row),),
        ),
    )
    found = problem(log)
    assert (found.seq, found.key, found.fields["column"]) == (2, "verify_column", "classification")


def test_verify_names_an_edited_result_whose_columns_and_hashes_were_made_to_fit(log_url):
    log = filled(log_url)
    row = log.raw_rows(2, page=1)[0]
    result = json.loads(row["result"]) | {"classification": "not_sensitive", "escalation": "none"}
    text = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    owner_sql(
        log,
        (
            (
                "UPDATE gevoelig_decisions SET result = ?, result_sha256 = ?, classification = "
                "'not_sensitive', escalation = 'none' WHERE seq = 3"
            ),
            (text, sha256_hex(text)),
        ),
    )
    found = problem(log)
    assert (found.seq, found.key) == (3, "verify_hash")


def test_verify_names_swapped_rows_whose_own_hashes_were_recomputed(log_url):
    log = filled(log_url)
    first, second = log.raw_rows(1, page=2)
    swap = (
        "decision_id",
        "logged_at",
        "dossier_id",
        "input",
        "input_sha256",
        "result",
        "result_sha256",
        "classification",
        "escalation",
    )
    statements = []
    for row, other in ((first, second), (second, first)):
        moved = {
            **row,
            **{name: other[name] for name in swap},
            "decision_id": other["decision_id"] + "-",
        }
        moved["entry_sha256"] = entry_hash(
            row["prev_sha256"], moved
        )  # the row's own hash made to fit
        names = (*swap, "entry_sha256")
        statements.append(
            (
                (
                    f"UPDATE gevoelig_decisions SET {', '.join(f'{name} = ?' for name in names)} "
                    f"WHERE seq = {row['seq']}"
                ),
                tuple(moved[name] for name in names),
            )
        )
    owner_sql(log, *statements)
    found = problem(log)
    assert (found.seq, found.key) == (second["seq"], "verify_prev")


def test_verify_names_a_backdated_row_edited_or_added(log_url):
    log = filled(log_url)
    owner_sql(
        log, "UPDATE gevoelig_decisions SET logged_at = '2020-01-01T00:00:00.000000Z' WHERE seq = 2"
    )
    found = problem(log)
    assert (found.seq, found.key) == (2, "verify_hash")


def test_verify_names_a_backdated_row_appended_to_the_chain(log_url):
    log = filled(log_url)
    log.append(
        [logged_at(entry_for({"id": "OD-old", "facts": {}}), database_now(log) - 400 * DAY)]
    )  # chained as any row
    found = problem(log)
    assert (found.seq, found.key) == (5, "verify_backdated")
    assert verify(log, clock_skew=500 * 86400).problem is None


def test_a_permit_row_written_by_hand_does_not_reach_todays_decisions_on_sqlite(tmp_path):
    log = filled(str(tmp_path / "log.db"))
    connection = sqlite3.connect(tmp_path / "log.db", isolation_level=None)
    connection.execute(
        "INSERT INTO gevoelig_purge_permit (cutoff) VALUES ('9999-12-31T00:00:00.000000Z')"
    )
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        connection.execute("DELETE FROM gevoelig_decisions")
    assert len(list(log.entries())) == 4


@pytest.mark.parametrize("which", ["oldest", "newest", "all"])
def test_verify_names_decisions_removed_without_a_purge_record(tmp_path, which):
    """The SQLite attack: a permit row lets DELETE through (for decisions over a day old)."""
    log = filled(str(tmp_path / "log.db"), age=3 * DAY)
    where = {"oldest": "seq <= 2", "newest": "seq >= 3", "all": "1 = 1"}[which]
    connection = sqlite3.connect(tmp_path / "log.db", isolation_level=None)
    connection.execute(
        "INSERT INTO gevoelig_purge_permit (cutoff) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now', "
        "'-2 days'))"
    )
    connection.execute(f"DELETE FROM gevoelig_decisions WHERE {where}")
    found = problem(log)
    assert (
        found.key
        == {"oldest": "verify_start", "newest": "verify_tail", "all": "verify_tail"}[which]
    )


def test_verify_expect_head_notices_a_rewrite_of_every_hash(tmp_path):
    """The file's owner can rewrite the whole chain and its head: only a head kept
    elsewhere shows it."""
    log = filled(str(tmp_path / "log.db"))
    kept = verify(log)
    rows = log.raw_rows(0)
    prev = rows[0]["prev_sha256"]
    statements = ["DROP TRIGGER gevoelig_decisions_chain"]
    for original in rows:
        row = dict(original)
        if row["seq"] == 2:
            row["classification"] = "sensitive"
            result = json.loads(row["result"]) | {"classification": "sensitive"}
            row["result"] = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
            row["result_sha256"] = sha256_hex(row["result"])
        digest = entry_hash(prev, row)
        statements.append(
            (
                (
                    "UPDATE gevoelig_decisions SET classification = ?, result = ?, result_sha256 = "
                    "?, prev_sha256 = ?, entry_sha256 = ? WHERE seq = ?"
                ),
                (
                    row["classification"],
                    row["result"],
                    row["result_sha256"],
                    prev,
                    digest,
                    row["seq"],
                ),
            )
        )
        prev = digest
    statements.append(f"UPDATE gevoelig_chain SET sha256 = '{prev}'")
    owner_sql(log, *statements)
    assert verify(log).problem is None  # consistent throughout
    found = problem(log, expect_head=(kept.head_seq, kept.head_sha256))
    assert (found.seq, found.key) == (4, "verify_expected")


def test_log_verify_command_exit_status_and_the_first_entry_named(tmp_path):
    path = tmp_path / "log.db"
    filled(str(path))
    runner = CliRunner()
    good = runner.invoke(cli, ["log", "verify", "--log", str(path), "--lang", "en"])
    assert (
        good.exit_code,
        good.output.startswith("4 decision(s) checked: each fits the chain; head seq=4 sha256="),
    ) == (0, True)
    head = re.search(r"seq=(\d+) sha256=([0-9a-f]{64})", good.output)
    assert (
        runner.invoke(
            cli, ["log", "verify", "--log", str(path), "--expect-head", f"{head[1]}:{head[2]}"]
        ).exit_code
        == 0
    )
    owner_sql(
        open_log(str(path)), "UPDATE gevoelig_decisions SET escalation = 'board' WHERE seq = 3"
    )
    bad = runner.invoke(cli, ["log", "verify", "--log", str(path), "--lang", "en"])
    assert bad.exit_code == 1
    assert re.search(
        (
            r"the log was changed: seq 3 \(decision [0-9a-f-]{36}\): its hash is not that of its "
            r"contents"
        ),
        bad.output,
    )
    assert (
        runner.invoke(cli, ["log", "verify", "--log", str(path), "--expect-head", "x"]).exit_code
        == 2
    )
    missing = runner.invoke(
        cli, ["log", "verify", "--log", str(tmp_path / "typo" / "log.db"), "--lang", "en"]
    )
    assert (
        missing.exit_code,
        "there is no decision log at" in missing.output,
        (tmp_path / "typo").exists(),
    ) == (7, True, False)


# --- PostgreSQL: what each role of docs/deploy.md can really do ----------------------------------


@pytest.fixture
def roles(postgres_url):
    """The GRANTs of docs/deploy.md run as written, for roles of this test; a
    connection URL each."""
    import psycopg

    suffix = secrets.token_hex(4)
    schema = postgres_url.rsplit("%3D", 1)[1]
    blocks = re.findall(
        r"```sql\n(.*?)```",
        (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8"),
        flags=re.DOTALL,
    )
    owner = psycopg.connect(postgres_url, autocommit=True)
    open_log(postgres_url)
    names = {"gevoelig_app": f"gevoelig_app_{suffix}", "gevoelig_purge": f"gevoelig_purge_{suffix}"}
    base = POSTGRES_URL.replace("postgres@", "{}@", 1)
    separator = "&" if "?" in base else "?"
    try:
        for block in blocks:
            sql = block.replace("PASSWORD '...'", "").replace("SCHEMA public", f"SCHEMA {schema}")
            for role, name in names.items():
                sql = re.sub(rf"\b{role}\b", name, sql)
            owner.execute(sql)
        yield {
            role: base.format(name) + f"{separator}options=-csearch_path%3D{schema}"
            for role, name in names.items()
        } | {"owner": postgres_url}
    finally:
        for name in names.values():
            owner.execute(f"DROP OWNED BY {name}")
            owner.execute(f"DROP ROLE {name}")
        owner.close()


def _forged(log, prev: str, **changes):
    """A row as the app role could write it: a real entry, changed, with a hash that fits."""
    entry = attrs.evolve(entry_for({"id": "OD-forged", "facts": {}}), **changes)
    row = attrs.asdict(entry)
    digest = entry_hash(prev, row)
    columns = [*row, "prev_sha256", "entry_sha256"]
    return (
        (
            f"INSERT INTO gevoelig_decisions ({', '.join(columns)}) {{}} VALUES "
            f"({', '.join(['%s'] * len(columns))})"
        ),
        (*row.values(), prev, digest),
    )


def test_the_app_role_cannot_add_a_row_off_the_chain_nor_write_purges_or_the_schema(roles):
    import psycopg

    owner = filled(roles["owner"])
    app = open_log(roles["gevoelig_app"])
    connection = app._connection()
    head = owner.chain_head()
    old = database_now(owner) - 400 * DAY
    for prev, overriding in ((head[2], "OVERRIDING SYSTEM VALUE"), ("f" * 64, "")):
        sql, params = _forged(app, prev, logged_at=f"{old:%Y-%m-%dT%H:%M:%S.%fZ}")
        sql = sql.format(overriding)
        if overriding:
            sql = sql.replace("(decision_id", "(seq, decision_id").replace(
                "VALUES (", "VALUES (0, "
            )
        with pytest.raises(psycopg.Error, match="hash chain"):
            connection.execute(sql, params)
    for statement in (
        (
            "INSERT INTO gevoelig_purges (purged_at, cutoff, retention_days, entries, purged_by) "
            "VALUES ('x', 'x', 1, 0, 'x')"
        ),
        "INSERT INTO gevoelig_schema (version, description, applied_at) VALUES (99, 'x', 'x')",
        "INSERT INTO gevoelig_purge_permit (cutoff) VALUES ('9999')",
        "UPDATE gevoelig_chain SET seq = 0",
        "DELETE FROM gevoelig_decisions",
    ):
        with pytest.raises(psycopg.Error):
            connection.execute(statement)
    assert verify(owner).problem is None


def test_a_forged_row_the_app_role_can_add_is_named_by_verify(roles):
    owner = filled(roles["owner"])
    app = open_log(roles["gevoelig_app"])
    sql, params = _forged(
        app, owner.chain_head()[2], classification="sensitive", escalation="manager"
    )
    app._connection().execute(sql.format(""), params)
    found = problem(owner)
    assert (found.seq, found.key, found.fields["column"]) == (5, "verify_column", "classification")


def test_the_purge_role_cannot_remove_todays_decisions_and_other_removals_are_named(roles):
    import psycopg

    owner = filled(roles["owner"], 3, age=3 * DAY)
    owner.append([entry_for({"id": "OD-today", "facts": {}})])
    purger = open_log(roles["gevoelig_purge"])
    connection = purger._connection()
    with connection.transaction():
        connection.execute(
            "INSERT INTO gevoelig_purge_permit (cutoff) VALUES ('9999-12-31T00:00:00.000000Z')"
        )
        with pytest.raises(psycopg.Error, match="append-only"), connection.transaction():
            connection.execute("DELETE FROM gevoelig_decisions WHERE dossier_id = 'OD-today'")
        connection.execute("DELETE FROM gevoelig_purge_permit")
    assert [row["dossier_id"] for row in owner.entries()] == ["OD-0", "OD-1", "OD-2", "OD-today"]
    with connection.transaction():  # decisions over a day old, without `log purge`
        connection.execute(
            "INSERT INTO gevoelig_purge_permit (cutoff) SELECT to_char((now() AT TIME ZONE 'UTC') "
            "- interval '2 days', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
        )
        connection.execute("DELETE FROM gevoelig_decisions WHERE seq <= 2")
        connection.execute("DELETE FROM gevoelig_purge_permit")
    assert problem(owner).key == "verify_start"


# --- a value the log cannot store, and one bad row in a group -----------------------------------


def test_a_dossier_id_with_nul_is_stored_escaped_found_by_its_history_and_replays_the_same(log_url):
    log = open_log(log_url)
    data = {"id": "OD-\u0000-1", "x-note": "a\u0000b", "facts": {"subsidie": True}}
    entry = entry_for(data)
    log.append([entry])
    [row] = log.history("OD-\u0000-1")
    assert (row["dossier_id"], json.loads(row["input"])["id"]) == ('"OD-\\u0000-1"', "OD-\u0000-1")
    assert SAME == Replayer().replay(row).status
    assert verify(log).problem is None


def test_one_row_the_database_refuses_does_not_fail_the_others_of_its_group(postgres_url):
    log = open_log(postgres_url)
    good = [entry_for({"id": f"OD-{index}", "facts": {}}) for index in range(20)]
    bad = attrs.evolve(
        entry_for({"id": "OD-bad", "facts": {}}), instance="host\u0000"
    )  # no column of PostgreSQL holds NUL
    gate, groups, append = threading.Event(), [], log.append

    def gated(entries):  # the first group waits until every other request has queued: one group
        gate.wait(10)
        groups.append(len(entries))
        return append(entries)

    log.append = gated
    writer = GroupWriter(log)
    try:
        first = writer.submit([good[0]])
        time.sleep(0.3)
        futures = [first] + [writer.submit([entry]) for entry in (*good[1:10], bad, *good[10:])]
        gate.set()
        outcomes = [future.exception(timeout=30) for future in futures]
    finally:
        writer.close()
    assert [outcome is None for outcome in outcomes] == [True] * 10 + [False] + [True] * 10
    assert groups[:2] == [1, 20]  # the second group (20 entries) failed whole, then went one by one
    assert len(list(log.entries())) == 20
    assert verify(log).problem is None


# --- purge dates ----------------------------------------------------------------------------------


def test_a_retention_period_of_400000_days_removes_nothing_of_today(log_url):
    log = filled(log_url)
    record = log.purge(400_000)
    assert (record["entries"], record["cutoff"][:5]) == (
        0,
        f"{(datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=400_000)).year:04d}-",
    )
    assert len(list(log.entries())) == 4


@pytest.mark.parametrize("days", [800_000, 10**12])
def test_a_retention_period_beyond_what_a_date_holds_is_a_clear_error(tmp_path, days):
    log = filled(str(tmp_path / "log.db"))
    with pytest.raises(LogError, match="before the year 1"):
        log.purge(days)
    result = CliRunner().invoke(
        cli,
        [
            "log",
            "purge",
            "--retention-days",
            str(days),
            "--log",
            str(tmp_path / "log.db"),
            "--lang",
            "en",
        ],
    )
    assert (
        result.exit_code == 2
        and "reaches back before the year 1: give at most" in result.output
        and "Traceback" not in result.output
    )
    dry = CliRunner().invoke(
        cli,
        [
            "log",
            "purge",
            "--retention-days",
            "400000",
            "--dry-run",
            "--log",
            str(tmp_path / "log.db"),
            "--lang",
            "en",
        ],
    )
    assert dry.exit_code == 0 and dry.output.startswith("0 decision(s) logged before 0")


# --- a SQLite log removed under a running service, a full disk -----------------------------------


def test_a_removed_or_replaced_sqlite_file_refuses_the_next_decision(tmp_path):
    path = tmp_path / "log.db"
    log = filled(str(path), 1)
    os.unlink(path)
    with pytest.raises(LogError, match="removed or replaced"):
        log.append([entry_for({"id": "OD-after", "facts": {}})])
    with pytest.raises(LogError, match="removed or replaced"):
        log.ping()
    wal = tmp_path / "wal.db"
    log = filled(str(wal), 1)
    log.append([entry_for({"id": "OD-wal", "facts": {}})])  # the write-ahead log is known from here
    os.unlink(f"{wal}-wal")
    with pytest.raises(LogError, match="write-ahead log"):
        log.append([entry_for({"id": "OD-after", "facts": {}})])
    log = filled(str(path.with_name("third.db")), 1)
    path = path.with_name("third.db")
    other = tmp_path / "other.db"
    filled(str(other), 1)
    os.rename(other, path)  # another file under the same name
    with pytest.raises(LogError, match="removed or replaced"):
        log.append([entry_for({"id": "OD-after", "facts": {}})])


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_log_that_cannot_grow_is_not_ready_until_it_can(tmp_path):
    """A full disk, made with RLIMIT_FSIZE in a process of its own: the failed write makes ping
    fail, and once the file may grow again a probe makes it ready."""
    script = textwrap.dedent(f"""
        import resource, signal, datetime, os
        from gevoeligheid import evaluate
        from gevoeligheid._decisionlog.entry import RulesetSource, make_entry, result_text
        from gevoeligheid._decisionlog.store import open_log
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        log = open_log({str(tmp_path / "log.db")!r})
        def entry(index):
            data = {{"id": f"OD-{{index}}", "x-fill": "x" * 200_000, "facts": {{}}}}
            result = evaluate(data)
            return make_entry(data, result, result_text(result), origin="cli", peildatum=datetime.date(2026, 12, 1), source=RulesetSource())
        log.ping()
        size = os.path.getsize("log.db-wal")
        assert size > 0
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))  # the log's files cannot grow: a full disk
        failed = False
        for index in range(20):
            try:
                log.append([entry(index)])
            except Exception as error:
                failed = True
                print("write failed:", type(error).__name__)
                break
        assert failed
        try:
            log.ping()
            print("ready while full")
        except Exception as error:
            print("not ready:", type(error).__name__)
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        log.ping()
        print("ready again")
    """)  # noqa: E501
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-2:] == ["not ready: LogError", "ready again"]


@pytest.mark.slow
def test_a_service_whose_sqlite_log_is_removed_answers_no_decision_200_and_is_not_ready(tmp_path):
    import httpx

    path = tmp_path / "decisions.sqlite3"
    server = Server(["--log", str(path)], tmp_path)
    try:
        body = (ROOT / "examples" / "01-routine-bakery-permit.json").read_bytes()
        assert (
            httpx.post(
                server.url + "/v1/evaluate",
                content=body,
                headers={"Content-Type": "application/json"},
                timeout=30,
            ).status_code
            == 200
        )
        assert httpx.get(server.url + "/readyz", timeout=10).status_code == 200
        os.unlink(path)
        statuses = [
            httpx.post(
                server.url + "/v1/evaluate",
                content=body,
                headers={"Content-Type": "application/json"},
                timeout=30,
            ).status_code
            for _ in range(5)
        ]
        assert statuses == [503] * 5
        assert httpx.get(server.url + "/readyz", timeout=10).status_code == 503
    finally:
        server.stop()


# --- what a redacted export tells (AVG art. 10) ---------------------------------------------------

_UNKNOWN = object()


def _export_of(data: dict, fact: str, value, exporter) -> str:
    from gevoeligheid import evaluate
    from gevoeligheid._decisionlog.entry import RulesetSource, make_entry, result_text

    data = json.loads(json.dumps(data))
    if fact.startswith("soort"):
        data["events"][int(fact[5:])]["soort"] = value
    elif value is _UNKNOWN:
        data.get("facts", {}).pop(fact, None)
    else:
        data.setdefault("facts", {})[fact] = value
    result = evaluate(data, peildatum=datetime.date(2026, 12, 7))
    entry = attrs.asdict(
        make_entry(
            data,
            result,
            result_text(result),
            origin="cli",
            peildatum=datetime.date(2026, 12, 7),
            source=RulesetSource(),
        )
    )
    out = exporter.exported(entry)
    for varying in ("decision_id", "logged_at"):
        out.pop(varying)
    return json.dumps(out, ensure_ascii=False)


BASES = {
    "nothing": {"id": "OD-1", "facts": {}},
    "signals": {"id": "OD-2", "facts": {"media_aandacht": "lokaal", "subsidie": True}},
    "near-board": {
        "id": "OD-3",
        "facts": {
            "media_aandacht": "landelijk",
            "bestuurlijke_aandacht": True,
            "maatschappelijke_onrust": True,
        },
    },
    "enforcement": {
        "id": "OD-4",
        "facts": {"media_aandacht": "regionaal"},
        "events": [
            {"type": "handhavingsbesluit", "datum": "2026-11-01", "soort": "bestuursrechtelijk"},
            {"type": "handhavingsbesluit", "datum": "2019-03-01", "soort": "strafrechtelijk"},
        ],
    },
}


_FACTS = [
    ("strafrechtelijk_verleden", [True, False, _UNKNOWN, None]),
    ("repressieve_handhaving", ["geen", "bestuursrechtelijk", "strafrechtelijk", _UNKNOWN]),
]
_EVENTS = [
    ("soort0", ["bestuursrechtelijk", "strafrechtelijk"]),
    ("soort1", ["bestuursrechtelijk", "strafrechtelijk"]),
]


@pytest.mark.parametrize(
    ("base", "fact", "values"),
    [
        pytest.param(base, fact, values, id=f"{base}-{fact}")
        for base in BASES
        for fact, values in (_FACTS + _EVENTS if "events" in BASES[base] else _FACTS)
    ],
)
def test_a_redacted_export_is_the_same_whatever_the_criminal_fact_or_event(base, fact, values):
    from gevoeligheid._decisionlog.export import Exporter

    data = BASES[base]
    exporter = Exporter()
    exports = {_export_of(data, fact, value, exporter) for value in values}
    assert len(exports) == 1
    text = exports.pop()
    assert 'strafrechtelijk_verleden": true' not in text and '"strafrechtelijk"' not in text


def test_a_redacted_export_still_shows_what_no_criminal_fact_changes():
    from gevoeligheid._decisionlog.export import Exporter

    out = json.loads(_export_of(BASES["near-board"], "strafrechtelijk_verleden", True, Exporter()))
    assert (out["classification"], out["result"]["classification"], out["result"]["score"]) == (
        out["result"]["classification"],
        "highly_sensitive",
        "[redacted]",
    )
    assert {"id": "media_aandacht"}.items() <= out["result"]["signals"][0].items()


# --- the rule cache: a forged entry, a named pipe -------------------------------------------------


def _forge(cache, folder, name: str, change) -> None:
    """Rewrite the cache entry of `folder/name` as whoever can write the cache folder could: new
    data, and a header and checksum that fit it."""
    import hashlib

    from gevoeligheid import _rulecache

    entry = cache / f"{_rulecache.key(name, (folder / name).read_bytes())}.json"
    header, _, body = entry.read_bytes().partition(b"\n")
    decoded = json.loads(body)
    change(decoded["data"])
    body = json.dumps(decoded, ensure_ascii=False, separators=(",", ":")).encode()
    parts = header.split(b" ")
    entry.write_bytes(
        b" ".join([*parts[:3], hashlib.sha256(body).hexdigest().encode()]) + b"\n" + body
    )


def test_a_forged_rule_cache_entry_does_not_make_a_replay_say_same(tmp_path, monkeypatch):
    from gevoeligheid import Evaluator, load_ruleset
    from gevoeligheid._decisionlog.entry import RulesetSource, make_entry, result_text
    from gevoeligheid._decisionlog.replay import DIFFERENT

    from ..conftest import copy_rules

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("GEVOELIG_NO_CACHE", raising=False)
    folder = copy_rules(tmp_path / "rules", "2026.2")
    day = datetime.date(2026, 12, 7)
    data = {"id": "OD-f", "facts": {"media_aandacht": "regionaal"}}
    genuine = Evaluator(load_ruleset(folder, peildatum=day)).evaluate(data)

    def heavier(facts):
        for fact in facts["facts"]:
            if fact["id"] == "media_aandacht":
                fact["signal"]["class"] = dict.fromkeys(
                    fact["signal"]["class"], "significant"
                )  # regionaal was severe

    _forge(tmp_path / "xdg" / "gevoeligheid", folder, "facts.yaml", heavier)
    forged = Evaluator(load_ruleset(folder, peildatum=day)).evaluate(data)
    assert (
        forged.ruleset.sha256 == genuine.ruleset.sha256 and forged.score < genuine.score
    )  # the attack: same name, other rules
    log = open_log(str(tmp_path / "log.db"))
    entry = make_entry(
        data,
        forged,
        result_text(forged),
        origin="cli",
        peildatum=day,
        source=RulesetSource(str(folder)),
    )
    log.append([entry])
    assert DIFFERENT == Replayer().replay(log.get(entry.decision_id)).status


def test_a_forged_rule_cache_entry_does_not_change_the_services_decisions(tmp_path, monkeypatch):
    """The service reads its rules from their files: a forged cache entry changes nothing."""
    from gevoeligheid import Evaluator, load_ruleset
    from gevoeligheid._service.app import create_app
    from gevoeligheid._service.settings import Settings

    from ..conftest import copy_rules
    from .test_design_rules import in_process

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("GEVOELIG_NO_CACHE", raising=False)
    folder = copy_rules(tmp_path / "rules", "2026.2")
    data = {"id": "OD-s", "peildatum": "2026-12-07", "facts": {"media_aandacht": "regionaal"}}
    genuine = Evaluator(load_ruleset(folder, peildatum=datetime.date(2026, 12, 7))).evaluate(data)

    def lighter(facts):
        for fact in facts["facts"]:
            if fact["id"] == "media_aandacht":
                fact["signal"]["class"] = dict.fromkeys(fact["signal"]["class"], "significant")

    _forge(tmp_path / "xdg" / "gevoeligheid", folder, "facts.yaml", lighter)
    assert (
        Evaluator(load_ruleset(folder, peildatum=datetime.date(2026, 12, 7))).evaluate(data).score
        < genuine.score
    )
    with in_process(create_app(Settings(log_url=None, ruleset_path=str(folder)))) as session:
        answer = session.post("/v1/evaluate", json=data)
    assert (200, genuine.score) == (answer.status_code, answer.json()["score"])


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_as_a_cache_entry_or_a_logged_overlay_hangs_nothing(tmp_path):
    from gevoeligheid import _rulecache

    cache = tmp_path / "xdg" / "gevoeligheid"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    env.pop("GEVOELIG_NO_CACHE", None)
    dossier = tmp_path / "d.json"
    dossier.write_text('{"facts": {}}', encoding="utf-8")
    gevoelig = [sys.executable, "-m", "gevoeligheid"]
    assert (
        subprocess.run(
            [*gevoelig, "check", str(dossier)], env=env, capture_output=True, timeout=60
        ).returncode
        == 0
    )
    from gevoeligheid._rules import default_rules_dir, select_version

    rules = select_version(default_rules_dir(), datetime.date.today())
    entry = cache / f"{_rulecache.key('facts.yaml', (rules / 'facts.yaml').read_bytes())}.json"
    entry.unlink()
    os.mkfifo(entry)
    assert (
        subprocess.run(
            [*gevoelig, "check", str(dossier)], env=env, capture_output=True, timeout=60
        ).returncode
        == 0
    )
    log = tmp_path / "log.db"
    assert (
        subprocess.run(
            [*gevoelig, "check", "--log", str(log), str(dossier)],
            env=env,
            capture_output=True,
            timeout=60,
        ).returncode
        == 0
    )
    pipe = tmp_path / "overlay.yaml"
    os.mkfifo(pipe)
    connection = sqlite3.connect(log)
    connection.execute("DROP TRIGGER gevoelig_decisions_no_update")
    connection.execute(
        "UPDATE gevoelig_decisions SET ruleset_source = ?",
        (json.dumps({"path": None, "overlays": [str(pipe)]}),),
    )
    # Without the log's kept copy of the rule set, replay must read the files the entry names.
    connection.execute("DROP TRIGGER gevoelig_rulesets_no_delete")
    connection.execute("DELETE FROM gevoelig_rulesets")
    connection.commit()
    replayed = subprocess.run(
        [*gevoelig, "log", "replay", "--all", "--log", str(log), "--lang", "en"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (
        replayed.returncode == 1
        and "cannot_replay" in replayed.stdout
        and "cannot be loaded" in replayed.stdout
    )


def test_a_log_from_before_the_chain_is_migrated_and_its_old_entries_checked_for_contents(log_url):
    from pathlib import Path

    from gevoeligheid._decisionlog import migrations as steps
    from gevoeligheid._decisionlog.store import COLUMNS, PostgresLog

    sqlite = log_url.startswith("sqlite")

    class Before(
        SqliteLog if sqlite else PostgresLog
    ):  # the schema before the chain (migrations 1-3)
        migrations = (steps.SQLITE if sqlite else steps.POSTGRES)[:3]

    old = Before(Path(log_url[len("sqlite:///") :])) if sqlite else Before(log_url)
    insert = (
        f"INSERT INTO gevoelig_decisions ({', '.join(COLUMNS)}) VALUES "
        f"({', '.join('?' for _ in COLUMNS)})"
    )
    with old._transaction(old._connection()) as cursor:
        cursor.executemany(
            old._sql(insert),
            [attrs.astuple(entry_for({"id": f"OD-{index}", "facts": {}})) for index in range(3)],
        )
    old.close()
    log = open_log(log_url)
    assert log.chain_head()[:2] == (3, 3)
    log.append([entry_for({"id": "OD-new", "facts": {}})])
    verdict = verify(log)
    assert (verdict.problem, verdict.checked, verdict.legacy) == (None, 4, 3)
    owner_sql(log, "UPDATE gevoelig_decisions SET escalation = 'board' WHERE seq = 2")
    found = problem(log)
    assert (found.seq, found.key, found.fields["column"]) == (2, "verify_column", "escalation")


@pytest.mark.slow
def test_dossiers_with_nul_fail_no_other_clients_decisions_on_postgresql(postgres_url, tmp_path):
    """The attack as made: a few clients send ids and x- values with NUL while others evaluate."""
    import httpx

    server = Server(["--log", postgres_url], tmp_path)
    statuses: dict[str, list[int]] = {"attacker": [], "client": []}
    stop = time.monotonic() + 4

    def run(kind: str, number: int) -> None:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            count = 0
            while time.monotonic() < stop:
                count += 1
                if kind == "attacker":
                    body = json.dumps(
                        {
                            "id": f"NUL-\u0000-{number}-{count}",
                            "x-note": "\u0000",
                            "facts": {"subsidie": True},
                        }
                    )
                else:
                    body = json.dumps({"id": f"OK-{number}-{count}", "facts": {"subsidie": True}})
                statuses[kind].append(
                    client.post(
                        "/v1/evaluate", content=body, headers={"Content-Type": "application/json"}
                    ).status_code
                )

    try:
        threads = [
            threading.Thread(target=run, args=(kind, number))
            for kind, count in (("attacker", 4), ("client", 8))
            for number in range(count)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        server.stop()
    assert set(statuses["client"]) == {200} and len(statuses["client"]) > 20
    assert set(statuses["attacker"]) == {200}  # stored escaped, not refused
    log = open_log(postgres_url)
    assert len(list(log.entries())) == len(statuses["client"]) + len(statuses["attacker"])
    assert verify(log).problem is None


def test_two_purges_keep_the_chain_and_a_forged_purge_record_does_not_account_for_a_removal(
    tmp_path,
):
    log = filled(str(tmp_path / "log.db"), 6, age=5 * DAY)
    now = database_now(log)
    assert log.purge(6, now=now)["entries"] == 0
    assert (
        log.purge(5, now=now + datetime.timedelta(minutes=2, seconds=30))["entries"] == 3
    )  # the first three, a minute apart
    assert log.purge(4, now=now + datetime.timedelta(minutes=10))["entries"] == 3
    assert verify(log).problem is None
    log.append([entry_for({"id": "OD-a", "facts": {}}), entry_for({"id": "OD-b", "facts": {}})])
    connection = sqlite3.connect(tmp_path / "log.db", isolation_level=None)
    connection.execute("DROP TRIGGER gevoelig_decisions_no_delete")
    connection.execute("DELETE FROM gevoelig_decisions WHERE seq = 7")
    connection.execute(
        (
            "INSERT INTO gevoelig_purges (purged_at, cutoff, retention_days, entries, first_seq, "
            "last_seq, purged_by, anchor_sha256) VALUES ('x', 'x', 1, 1, 7, 7, 'x', ?)"
        ),
        ("f" * 64,),
    )
    assert problem(log).key == "verify_start"


def test_the_chain_covers_the_tenant_and_the_trace_id_too(log_url):
    log = open_log(log_url)
    log.append(
        [
            attrs.evolve(
                entry_for({"id": f"OD-{index}", "facts": {}}),
                tenant="regio-noord",
                trace_id=f"{index:032x}",
            )
            for index in range(3)
        ]
    )
    assert verify(log).problem is None
    owner_sql(log, "UPDATE gevoelig_decisions SET tenant = 'regio-zuid' WHERE seq = 2")
    found = problem(log)
    assert (found.seq, found.key) == (2, "verify_hash")
