"""The decision log on SQLite (embedded, the default) or PostgreSQL (several instances, one log)."""

from __future__ import annotations

import abc
import datetime
import getpass
import operator
import os
import re
import socket
import sqlite3
import threading
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import attrs

from . import DEFAULT_URL, LogError, migrations
from .chain import entry_hash
from .entry import Entry, dossier_key, timestamp, utc_now

COLUMNS = tuple(field.name for field in attrs.fields(Entry))
#: An entry's columns in order, as a tuple: a fifth of what attrs.astuple() costs for an entry.
_columns_of = operator.attrgetter(*COLUMNS)
_INSERT = (
    f"INSERT INTO gevoelig_decisions ({', '.join(COLUMNS)}, prev_sha256, entry_sha256) VALUES "
    f"({', '.join('?' for _ in COLUMNS)}, ?, ?)"
)
_SELECT = f"SELECT seq, {', '.join(COLUMNS)} FROM gevoelig_decisions"
PURGE_COLUMNS = (
    "seq",
    "purged_at",
    "cutoff",
    "retention_days",
    "entries",
    "first_seq",
    "last_seq",
    "purged_by",
    "anchor_sha256",
    "feedback",
)
__all__ = [
    "ALL_TENANTS",
    "DEFAULT_URL",
    "DecisionLog",
    "LogError",
    "PostgresLog",
    "SqliteLog",
    "open_log",
    "redact_url",
]


class AllTenants:
    """The type of ALL_TENANTS: a read not held to one tenant (the log commands')."""


#: Read the rows of every tenant.
ALL_TENANTS = AllTenants()


def _tenant_where(tenant: str | AllTenants | None) -> tuple[str, tuple[str, ...]]:
    """The condition that holds a read to one tenant's rows ('' of no tenant), and its value."""
    if isinstance(tenant, AllTenants):
        return "", ()
    return " AND COALESCE(tenant, '') = ?", (tenant or "",)


class DecisionLog(abc.ABC):
    """Append, read and purge logged decisions; every write is one transaction."""

    url: str
    placeholder = "?"
    #: Whether the last write failed (then the log is not ready until one succeeds).
    write_failed = False
    migrations: Sequence[tuple[int, str, str]] = ()
    _schema_table_query = (
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'gevoelig_schema'"
    )

    # --- what each database does its own way ---------------------------------------------------
    @abc.abstractmethod
    def _connection(self) -> Any:
        """This thread's open connection, in autocommit mode (transactions are explicit)."""

    @abc.abstractmethod
    def _begin(self, connection: Any) -> None:
        """Start a write transaction."""

    @abc.abstractmethod
    def _run_script(self, connection: Any, script: str) -> None:
        """Run a migration step's statements inside the open transaction."""

    def _migration_lock(self, connection: Any) -> None:  # SQLite needs none: its write lock serves
        """Keep other instances from migrating at the same time (SQLite's write lock does that)."""
        return None

    def _chain_lock(self, connection: Any) -> None:  # SQLite needs none: BEGIN IMMEDIATE serves
        """Keep other writers from appending between reading the head and adding to it."""
        return None

    def _check_written(self) -> None:
        """Raise LogError when what was just committed is not where the log is (SQLite: the file
        was removed or replaced while it was open)."""
        return None

    # --- shared -----------------------------------------------------------------------------------
    def _sql(self, query: str) -> str:
        return query if self.placeholder == "?" else query.replace("?", self.placeholder)

    def migrate(self) -> list[int]:
        """Apply the schema steps this log has not had yet; the versions applied (none: up to date).

        Several instances starting at once on one PostgreSQL take a lock, so each step runs once.
        """
        connection = self._connection()
        applied: list[int] = []
        with self._transaction(connection) as cursor:
            self._migration_lock(connection)
            # Asked first rather than CREATE TABLE IF NOT EXISTS, which needs the right to create
            # tables even when the table is there: the service's role need not have it.
            cursor.execute(self._schema_table_query)
            if cursor.fetchone()[0] == 0:
                cursor.execute(
                    "CREATE TABLE gevoelig_schema (version INTEGER PRIMARY KEY, description TEXT "
                    "NOT NULL, applied_at TEXT NOT NULL)"
                )
            cursor.execute("SELECT COALESCE(MAX(version), 0) FROM gevoelig_schema")
            current = cursor.fetchone()[0]
            for version, description, script in self.migrations:
                if version > current:
                    self._run_script(connection, script)
                    cursor.execute(
                        self._sql(
                            "INSERT INTO gevoelig_schema (version, description, applied_at) VALUES "
                            "(?, ?, ?)"
                        ),
                        (version, description, timestamp(utc_now())),
                    )
                    applied.append(version)
        return applied

    def _transaction(self, connection: Any) -> _Transaction:
        return _Transaction(self, connection)

    def append(self, entries: Sequence[Entry]) -> None:
        """Write entries in one transaction: all of them are in the log when this
        returns, or none."""
        if not entries:
            return
        connection = self._connection()
        try:
            with self._transaction(connection) as cursor:
                self._chain_lock(connection)
                cursor.execute("SELECT sha256 FROM gevoelig_chain WHERE id = 1")
                prev = cursor.fetchone()[0]
                rows = []
                for entry in entries:
                    row = _columns_of(entry)
                    digest = entry_hash(prev, dict(zip(COLUMNS, row)), _known_digests(entry))
                    rows.append((*row, prev, digest))
                    prev = digest
                cursor.executemany(self._sql(_INSERT), rows)
            self._check_written()
        except BaseException:
            self.write_failed = True
            raise
        self.write_failed = False

    def history(
        self,
        dossier_id: str,
        *,
        limit: int = 100,
        after: int = 0,
        tenant: str | AllTenants | None = ALL_TENANTS,
    ) -> list[dict[str, Any]]:
        """A dossier's decisions, oldest first, from the one after sequence number `after`; with
        `tenant`, only that tenant's (None: those of no tenant)."""
        where, params = _tenant_where(tenant)
        return self._select(
            f" WHERE dossier_id = ? AND seq > ?{where} ORDER BY seq LIMIT ?",
            (dossier_key(dossier_id), after, *params, limit),
            tenant=tenant,
        )

    def get(
        self, decision_id: str, *, tenant: str | AllTenants | None = ALL_TENANTS
    ) -> dict[str, Any] | None:
        where, params = _tenant_where(tenant)
        found = self._select(
            f" WHERE decision_id = ?{where}", (decision_id, *params), tenant=tenant
        )
        return found[0] if found else None

    def entries(
        self,
        *,
        dossier_id: str | None = None,
        since: str | None = None,
        until: str | None = None,
        page: int = 500,
    ) -> Iterator[dict[str, Any]]:
        """Every decision in log order, a page at a time, optionally of one dossier or between two
        times (ISO 8601, UTC)."""
        after = 0
        while True:
            where = ["seq > ?"]
            params: list[object] = [after]
            if dossier_id is not None:
                where.append("dossier_id = ?")
                params.append(dossier_key(dossier_id))
            if since is not None:
                where.append("logged_at >= ?")
                params.append(since)
            if until is not None:
                where.append("logged_at < ?")
                params.append(until)
            rows = self._select(
                f" WHERE {' AND '.join(where)} ORDER BY seq LIMIT ?", (*params, page)
            )
            yield from rows
            if len(rows) < page:
                return
            after = rows[-1]["seq"]

    def _select(
        self, tail: str, params: Sequence[Any], tenant: str | AllTenants | None = ALL_TENANTS
    ) -> list[dict[str, Any]]:
        connection = self._connection()
        with self._reading(connection, tenant) as cursor:
            cursor.execute(self._sql(_SELECT + tail), tuple(params))
            rows = cursor.fetchall()
        return [self._row(row) for row in rows]

    def _reading(self, connection: Any, tenant: str | AllTenants | None = ALL_TENANTS) -> Any:
        """A cursor to read with; PostgreSQL reads a tenant's rows in a transaction that names
        the tenant, so that its row-level security holds them to that tenant as well."""
        return _Reading(connection)

    @staticmethod
    def _row(row: Sequence[Any]) -> dict[str, Any]:
        out = dict(zip(("seq", *COLUMNS), row, strict=True))
        out["redacted"] = bool(out["redacted"])
        return out

    def chain_head(self) -> tuple[int, int, str]:
        """The chain's (legacy_until, head seq, head sha256): entries up to legacy_until were
        logged before the chain began; the head is the last entry ever appended."""
        connection = self._connection()
        with self._reading(connection) as cursor:
            cursor.execute(self._schema_table_query.replace("gevoelig_schema", "gevoelig_chain"))
            if cursor.fetchone()[0] == 0:
                raise LogError("the decision log has no hash chain yet: run gevoelig log migrate")
            cursor.execute("SELECT legacy_until, seq, sha256 FROM gevoelig_chain WHERE id = 1")
            found = cursor.fetchone()
        if found is None:
            raise LogError(
                "the head of the decision log's hash chain is gone (the table gevoelig_chain is "
                "empty)"
            )
        return int(found[0]), int(found[1]), str(found[2])

    def raw_rows(self, after: int, page: int = 500) -> list[dict[str, Any]]:
        """Every column of the entries after sequence number `after`, as the database holds them
        (columns a later schema step added included), a page at a time."""
        connection = self._connection()
        with self._reading(connection) as cursor:
            cursor.execute(
                self._sql("SELECT * FROM gevoelig_decisions WHERE seq > ? ORDER BY seq LIMIT ?"),
                (after, page),
            )
            names = [column[0] for column in cursor.description]
            rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        for row in rows:
            row["redacted"] = bool(row["redacted"])
        return rows

    def purge(
        self,
        retention_days: int,
        *,
        now: datetime.datetime | None = None,
        purged_by: str | None = None,
        dry_run: bool = False,
    ) -> dict[str, Any]:
        """Remove the decisions logged before `now - retention_days` and record that it was done
        (also when nothing was old enough), in one transaction; with `dry_run`, only say what
        would be removed.

        What goes is the longest run of the oldest entries that were all logged before the cutoff:
        the chain then starts again at the first entry kept, whose `prev` the record keeps as its
        anchor. (Only clocks that differ between instances can put an older entry after a younger
        one; it is kept until the next purge after the younger one.)"""
        moment = now or utc_now()
        cutoff = timestamp(purge_cutoff(moment, retention_days))
        by = purged_by or f"{_user()}@{socket.gethostname()}"
        connection = self._connection()
        try:
            return self._purge(connection, cutoff, retention_days, timestamp(moment), by, dry_run)
        except _DryRun as done:  # raised to roll the transaction back
            return done.record
        except LogError:
            raise
        except (
            Exception
        ) as error:  # the database refused (its triggers) or failed: nothing was removed
            if isinstance(error, sqlite3.Error) or type(error).__module__.startswith("psycopg"):
                raise LogError(
                    f"the purge was refused, nothing was removed: {str(error).strip()}"
                ) from None
            raise

    def _purge(
        self,
        connection: Any,
        cutoff: str,
        retention_days: int,
        purged_at: str,
        by: str,
        dry_run: bool,
    ) -> dict[str, Any]:
        with self._transaction(connection) as cursor:
            self._chain_lock(connection)
            cursor.execute(
                self._sql("SELECT MIN(seq) FROM gevoelig_decisions WHERE NOT (logged_at < ?)"),
                (cutoff,),
            )
            young = cursor.fetchone()[0]
            bound = "" if young is None else " WHERE seq < ?"
            bound_params: tuple[Any, ...] = () if young is None else (young,)
            cursor.execute(
                self._sql("SELECT COUNT(*), MIN(seq), MAX(seq) FROM gevoelig_decisions" + bound),
                bound_params,
            )
            count, first, last = cursor.fetchone()
            anchor = None
            if last is not None:
                cursor.execute(
                    self._sql("SELECT entry_sha256 FROM gevoelig_decisions WHERE seq = ?"), (last,)
                )
                anchor = cursor.fetchone()[0]
            # The feedback on the decisions that go, and on any decision an earlier purge removed
            # (before feedback went with its decision): what stays is the feedback on a decision
            # that stays.
            cursor.execute(self._sql(_FEEDBACK_GOING), (last or 0,))
            feedback = cursor.fetchone()[0]
            record = {
                "purged_at": purged_at,
                "cutoff": cutoff,
                "retention_days": retention_days,
                "entries": count,
                "first_seq": first,
                "last_seq": last,
                "purged_by": by,
                "anchor_sha256": anchor,
                "feedback": feedback,
            }
            if dry_run:
                raise _DryRun(record)
            if last is not None or feedback:
                cursor.execute(
                    self._sql("INSERT INTO gevoelig_purge_permit (cutoff) VALUES (?)"), (cutoff,)
                )
                if last is not None:
                    cursor.execute(
                        self._sql("DELETE FROM gevoelig_decisions WHERE seq <= ?"), (last,)
                    )
                if feedback:
                    cursor.execute(
                        "DELETE FROM gevoelig_feedback WHERE NOT EXISTS (SELECT 1 FROM"
                        " gevoelig_decisions AS d WHERE d.decision_id = "
                        "gevoelig_feedback.decision_id)"
                    )
                cursor.execute("DELETE FROM gevoelig_purge_permit")
            cursor.execute(
                self._sql(
                    f"INSERT INTO gevoelig_purges ({', '.join(record)}) VALUES "
                    f"({', '.join('?' for _ in record)})"
                ),
                tuple(record.values()),
            )
        return record

    def purges(self) -> list[dict[str, Any]]:
        connection = self._connection()
        names = PURGE_COLUMNS
        with self._reading(connection) as cursor:
            cursor.execute(f"SELECT {', '.join(names)} FROM gevoelig_purges ORDER BY seq")
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def ping(self) -> None:
        """Raise LogError when the log cannot be read, or cannot be written (for the service's
        readiness): after a failed write, until a probe or a decision is written again."""
        connection = self._connection()
        with self._reading(connection) as cursor:
            cursor.execute("SELECT 1 FROM gevoelig_schema LIMIT 1")
            cursor.fetchall()
        self._check_written()
        if self.write_failed:
            try:
                self._probe_write(connection)
            except LogError:
                raise
            except Exception as error:
                raise LogError(f"the decision log cannot be written: {error}") from None
            self.write_failed = False

    def _probe_write(self, connection: Any) -> None:
        """Commit a write that changes nothing the log holds (raise when that fails)."""
        with self._transaction(connection) as cursor:
            self._chain_lock(connection)
            cursor.execute("SELECT seq FROM gevoelig_chain WHERE id = 1")
            cursor.fetchone()

    def close(self) -> None:
        return None


def _known_digests(entry: Entry) -> dict[str, str]:
    """The sha256 of an entry's input and result texts, as its own columns hold them: an entry
    not redacted keeps the very texts those columns are the hashes of."""
    if entry.redacted:
        return {}
    return {"input": entry.input_sha256, "result": entry.result_sha256}


class _DryRun(Exception):  # not an error: the way out of a transaction that writes nothing
    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record


class _Transaction:
    def __init__(self, log: DecisionLog, connection: Any) -> None:
        self.log, self.connection = log, connection

    def __enter__(self) -> Any:
        self.cursor = self.connection.cursor()
        self.log._begin(self.connection)
        return self.cursor

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            self.connection.execute("COMMIT" if kind is None else "ROLLBACK")
        finally:
            self.cursor.close()


class _Reading:
    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def __enter__(self) -> Any:
        self.cursor = self.connection.cursor()
        return self.cursor

    def __exit__(self, *exc: object) -> None:
        self.cursor.close()  # autocommit: no read transaction stays open to hold back checkpoints


class _TenantReading:
    """A read transaction on PostgreSQL that names its tenant for the row-level security policy
    (set_config(..., true): for this transaction only)."""

    def __init__(self, connection: Any, tenant: str) -> None:
        self.connection, self.tenant = connection, tenant

    def __enter__(self) -> Any:
        self.cursor = self.connection.cursor()
        self.connection.execute("BEGIN READ ONLY")
        self.cursor.execute("SELECT set_config('gevoelig.tenant', %s, true)", (self.tenant,))
        return self.cursor

    def __exit__(self, *exc: object) -> None:
        try:
            self.connection.execute("COMMIT")
        finally:
            self.cursor.close()


class SqliteLog(DecisionLog):
    """One SQLite file in WAL mode, created on first use; one connection per thread.

    `synchronous=NORMAL` (the default here) keeps every committed transaction through a crash of
    the process (SIGKILL included); `?synchronous=full` in the URL also keeps it through a crash
    of the machine or a power cut, at the cost of a disk flush per commit (measured: 7.6 ms here).
    """

    migrations = migrations.SQLITE

    #: Free space below this on the log's file system makes the log not ready: a decision that
    #: cannot be written is refused, so say so before one is.
    MIN_FREE_BYTES = 8 * 1024 * 1024

    def __init__(self, path: Path, synchronous: str = "normal", url: str | None = None) -> None:
        if synchronous.lower() not in ("normal", "full", "extra"):
            raise LogError(
                f"synchronous={synchronous!r} is not a choice for the decision log: use normal, "
                "full or extra"
            )
        self.path = path
        self.synchronous = synchronous.upper()
        self.url = url or f"sqlite:///{path}"
        self._local = threading.local()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LogError(
                f"cannot create the folder of the decision log {path}: {error.strerror}"
            ) from None
        self._wal_identity: tuple[int, int] | None = None
        self.migrate()
        self._identity = self._file_identity()

    def _file_identity(self) -> tuple[int, int] | None:
        try:
            status = os.stat(self.path)
        except OSError:
            return None
        return (status.st_dev, status.st_ino)

    def _check_written(self) -> None:
        """The file at the log's path must still be the one opened, with a name: a file removed
        (or replaced) while the service runs takes every decision written to it along, so a
        decision written there is not answered. Restart the service to open the log anew."""
        status = None
        try:
            status = os.stat(self.path)
        except OSError:
            pass
        if (
            status is None
            or (status.st_dev, status.st_ino) != self._identity
            or status.st_nlink < 1
        ):
            raise LogError(
                f"the decision log {self.path} was removed or replaced while it was open: "
                "decisions written since are not in it; restore the file or restart to open a new "
                "log"
            )
        # The write-ahead log holds the newest commits until a checkpoint: the same goes for it. It
        # lives as long as a connection is open, and this log keeps its connections open.
        wal = None
        try:
            found = os.stat(f"{self.path}-wal")
            wal = (found.st_dev, found.st_ino)
        except OSError:
            pass
        if self._wal_identity is None:
            self._wal_identity = wal
        elif wal != self._wal_identity:
            raise LogError(
                f"the write-ahead log {self.path}-wal of the decision log was removed or replaced "
                "while it was open: the newest decisions are not in it; restart to open the log "
                "anew"
            )

    def _probe_write(self, connection: Any) -> None:
        with self._transaction(connection):
            # A real write (the header's user_version, set to what it is) that touches no decision.
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            connection.execute(f"PRAGMA user_version = {int(version)}")

    def ping(self) -> None:
        super().ping()
        try:
            space = os.statvfs(self.path.parent)
        except (
            OSError,
            AttributeError,
        ):  # no statvfs (Windows): the probe after a failed write serves
            return
        free = space.f_bavail * space.f_frsize
        if free < self.MIN_FREE_BYTES:
            raise LogError(
                f"the file system of the decision log {self.path} has {free:,} bytes free, below "
                f"{self.MIN_FREE_BYTES:,}: decisions would be refused"
            )

    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            try:
                connection = sqlite3.connect(
                    self.path, isolation_level=None, timeout=30, check_same_thread=False
                )
                connection.execute("PRAGMA journal_mode=WAL").fetchall()
                connection.execute(f"PRAGMA synchronous={self.synchronous}")
                connection.execute("PRAGMA busy_timeout=30000")
            except sqlite3.Error as error:
                raise LogError(f"cannot open the decision log {self.path}: {error}") from None
            self._local.connection = connection
        return connection

    def _begin(self, connection: sqlite3.Connection) -> None:
        connection.execute("BEGIN IMMEDIATE")  # the write lock at once: no deadlock on upgrade

    def _run_script(self, connection: sqlite3.Connection, script: str) -> None:
        # executescript() would commit first; run the statements one by one inside the transaction.
        statement = ""
        for line in script.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                connection.execute(statement)
                statement = ""

    def close(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None


class PostgresLog(DecisionLog):
    """PostgreSQL through psycopg 3: one connection per thread, each write a transaction."""

    migrations = migrations.POSTGRES
    placeholder = "%s"
    _schema_table_query = (
        "SELECT COUNT(*) FROM (SELECT to_regclass('gevoelig_schema') AS found) AS t WHERE "
        "found IS NOT NULL"
    )

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise LogError(
                "a PostgreSQL decision log needs psycopg: pip install 'gevoeligheid[service]'"
            ) from None
        self._psycopg = psycopg
        self.url = url
        self._local = threading.local()
        self.migrate()

    def _connection(self) -> Any:
        connection = getattr(self._local, "connection", None)
        if connection is None or connection.closed or connection.broken:
            try:
                connection = self._psycopg.connect(
                    self.url, autocommit=True, connect_timeout=10, application_name="gevoelig"
                )
            except self._psycopg.Error as error:
                raise LogError(
                    f"cannot connect to the decision log {redact_url(self.url)}: "
                    f"{str(error).strip()}"
                ) from None
            self._local.connection = connection
        return connection

    def _begin(self, connection: Any) -> None:
        connection.execute("BEGIN")

    def _chain_lock(self, connection: Any) -> None:
        connection.execute(
            "SELECT pg_advisory_xact_lock(7216914236)"
        )  # one more number for gevoelig

    def _probe_write(self, connection: Any) -> None:
        with self._transaction(connection) as cursor:
            cursor.execute(
                "SELECT txid_current()"
            )  # a transaction id: its commit is written to the server's WAL
            cursor.fetchone()

    def _migration_lock(self, connection: Any) -> None:
        connection.execute("SELECT pg_advisory_xact_lock(7216914235)")  # one number for gevoelig

    def _reading(self, connection: Any, tenant: str | AllTenants | None = ALL_TENANTS) -> Any:
        if isinstance(tenant, AllTenants):
            return _Reading(connection)
        return _TenantReading(connection, tenant or "-")

    def _run_script(self, connection: Any, script: str) -> None:
        connection.execute(script)

    def close(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None


#: The feedback whose decision is not among those that stay: those after the last removed (?).
_FEEDBACK_GOING = (
    "SELECT COUNT(*) FROM gevoelig_feedback AS f WHERE NOT EXISTS (SELECT 1 FROM"
    " gevoelig_decisions AS d WHERE d.decision_id = f.decision_id AND d.seq > ?)"
)


def purge_cutoff(moment: datetime.datetime, retention_days: int) -> datetime.datetime:
    """`moment` less `retention_days` days; LogError when that is below one day or before the
    first day a date can hold (a cutoff there would be no date, and compared as text, wrong)."""
    if retention_days < 1:
        raise LogError(
            f"a retention period of {retention_days} days would remove decisions of today: give at "
            "least 1"
        )
    most = max_retention_days(moment)
    if retention_days > most:
        raise LogError(
            f"a retention period of {retention_days:,} days reaches back before the year 1: give "
            f"at most {most:,} days"
        )
    return moment - datetime.timedelta(days=retention_days)


def max_retention_days(moment: datetime.datetime) -> int:
    """The longest retention period whose cutoff is still a date (on or after 1
    January of year 1)."""
    return (moment.astimezone(datetime.UTC).date() - datetime.date(1, 1, 2)).days


def redact_url(url: str) -> str:
    """A database URL without its password, for messages."""
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


def open_log(url: str, *, create: bool = True) -> DecisionLog:
    """The decision log at `url`: `sqlite:///relative.db`, `sqlite:////absolute.db`, a plain file
    path, or `postgresql://user@host/database`. SQLite takes `?synchronous=normal|full`. Without
    `create`, a SQLite file that is not there is a LogError (to check a log, not make one)."""
    if not create:
        found = _sqlite_path(url)
        if found is not None and not found.is_file():
            raise LogError(
                f"there is no decision log at {found}: give the file that holds it (--log)"
            )
    if url.startswith(("postgresql://", "postgres://")):
        return _guarded(lambda: PostgresLog(url))
    if url.startswith("sqlite:"):
        parsed = urllib.parse.urlsplit(url)
        raw_path = parsed.path[1:] if parsed.path.startswith("/") else parsed.path
        if parsed.netloc or not raw_path:
            raise LogError(
                f"{url!r} is no SQLite URL: write sqlite:///relative/path.db or sqlite:////absolute/path.db"
            )
        options = dict(urllib.parse.parse_qsl(parsed.query))
        unknown = set(options) - {"synchronous"}
        if unknown:
            raise LogError(
                f"unknown option(s) {', '.join(sorted(unknown))} in {url!r}: SQLite takes "
                "synchronous=normal|full"
            )
        return _guarded(
            lambda: SqliteLog(
                Path(urllib.parse.unquote(raw_path)), options.get("synchronous", "normal"), url
            )
        )
    if "://" in url:
        raise LogError(
            f"{redact_url(url)!r}: the decision log is SQLite (sqlite:///file.db or a path) or "
            "PostgreSQL (postgresql://...)"
        )
    return _guarded(lambda: SqliteLog(Path(url)))


def _sqlite_path(url: str) -> Path | None:
    """The file of a SQLite log's URL (None for PostgreSQL or a URL open_log refuses)."""
    if url.startswith(("postgresql://", "postgres://")):
        return None
    if url.startswith("sqlite:"):
        parsed = urllib.parse.urlsplit(url)
        raw_path = parsed.path[1:] if parsed.path.startswith("/") else parsed.path
        return Path(urllib.parse.unquote(raw_path)) if raw_path and not parsed.netloc else None
    return None if "://" in url else Path(url)


def _guarded(make: Callable[[], DecisionLog]) -> DecisionLog:
    """Database errors while opening become one LogError that says what and where."""
    try:
        return make()
    except LogError:
        raise
    except sqlite3.Error as error:
        raise LogError(f"cannot open the decision log: {error}") from None
    except Exception as error:
        if type(error).__module__.startswith("psycopg"):
            raise LogError(f"cannot open the decision log: {str(error).strip()}") from None
        raise


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in a container without /etc/passwd entry
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"
