"""The decision log holds: a service killed with SIGKILL mid-batch loses no decision it answered,
on SQLite and on PostgreSQL; several workers share one log; the history works on PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import sqlite3

import httpx
import pytest

from gevoeligheid._decisionlog.replay import SAME, Replayer
from gevoeligheid._decisionlog.store import open_log
from gevoeligheid._decisionlog.verify import verify

from .conftest import Server, bearer, stream_full_duplex

#: Answers to wait for before the kill: enough that several group commits are behind it.
KILL_AFTER = 300


def _result_text(line: bytes) -> str:
    text = line.decode("utf-8").rstrip("\n")
    return text[text.index('"result":') + len('"result":') : -1]


@pytest.mark.slow
def test_a_service_killed_mid_batch_keeps_every_decision_it_answered(log_url, tmp_path):
    server = Server(["--log", log_url], tmp_path)
    answered: list[bytes] = []

    def on_line(line: bytes) -> bool:
        if b'"decision_id"' in line:
            answered.append(line)
        if len(answered) == KILL_AFTER:
            os.kill(
                server.process.pid, signal.SIGKILL
            )  # mid-batch: thousands of lines still to come
        return True

    lines = (
        json.dumps(
            {
                "id": f"KILL-{number}",
                "facts": {"subsidie": number % 2 == 0, "media_aandacht": "lokaal"},
            }
        )
        for number in range(50_000)
    )
    try:
        status, _ = stream_full_duplex(server.url, lines, on_line=on_line)
    finally:
        server.process.wait(30)
    assert (200, -signal.SIGKILL) == (status, server.process.returncode)
    assert len(answered) >= KILL_AFTER
    log = open_log(log_url)
    for line in answered:
        decision = json.loads(line)["decision_id"]
        row = log.get(decision)
        assert row is not None, f"decision {decision} was answered but is not in the log"
        assert _result_text(line) == row["result"]
    logged = list(log.entries())
    assert len(logged) < 50_000 and len(logged) >= len(answered)
    assert all(
        SAME == Replayer().replay(row).status for row in logged[:: max(1, len(logged) // 20)]
    )
    assert verify(log).problem is None  # the chain holds through a SIGKILL
    if log_url.startswith("sqlite"):
        path = log_url.removeprefix("sqlite:///")
        assert [("ok",)] == sqlite3.connect(path).execute("PRAGMA integrity_check").fetchall()


@pytest.mark.slow
def test_the_history_works_on_postgresql(postgres_url, tmp_path, keys):
    server = Server(["--log", postgres_url, "--keys", keys["file"]], tmp_path)
    try:
        auditor = httpx.Client(base_url=server.url, headers=bearer(keys["auditor"]))
        made = auditor.post(
            "/v1/evaluate",
            content=b'{"id": "PG-1", "facts": {"subsidie": true}}',
            headers={"Content-Type": "application/json"},
        ).headers["gevoelig-decision-id"]
        history = auditor.get("/v1/decisions", params={"dossier_id": "PG-1"}).json()
        assert [made] == [decision["decision_id"] for decision in history["decisions"]]
        assert {"rules": "ok", "decision_log": "ok"} == auditor.get("/readyz").json()["checks"]
    finally:
        server.stop()


@pytest.mark.slow
def test_two_workers_share_one_log_and_one_metrics_page(tmp_path):
    log_path = tmp_path / "decisions.sqlite3"
    server = Server(["--workers", "2", "--log", str(log_path)], tmp_path)
    try:
        with httpx.Client(base_url=server.url) as client:
            made = {
                client.post(
                    "/v1/evaluate",
                    content=b'{"facts": {"subsidie": true}}',
                    headers={"Content-Type": "application/json", "Connection": "close"},
                ).headers["gevoelig-decision-id"]
                for _ in range(40)
            }
            metrics = client.get("/metrics").text
    finally:
        server.stop()
    assert 40 == len(made)
    assert (
        40
        == sqlite3.connect(log_path)
        .execute("SELECT COUNT(*) FROM gevoelig_decisions")
        .fetchone()[0]
    )
    assert verify(open_log(str(log_path))).problem is None  # two processes appended to one chain
    counted = [
        line
        for line in metrics.splitlines()
        if line.startswith('gevoelig_evaluations_total{classification="attention"')
    ]
    assert len(counted) == 1 and float(counted[0].rsplit(" ", 1)[1]) == 40.0


@pytest.mark.slow
def test_a_decision_that_cannot_be_logged_is_not_given(postgres_url, tmp_path):
    """With the log gone (its table dropped under the running service), an evaluation answers
    503 log-unavailable and no outcome, and a stream stops with that error and no result."""
    import psycopg

    server = Server(["--log", postgres_url], tmp_path)
    try:
        dossier = b'{"id": "GONE-1", "facts": {"subsidie": true}}'
        assert (
            200
            == httpx.post(
                server.url + "/v1/evaluate",
                content=dossier,
                headers={"Content-Type": "application/json"},
            ).status_code
        )
        with psycopg.connect(postgres_url, autocommit=True) as owner:
            owner.execute("DROP TABLE gevoelig_decisions CASCADE")
        refused = httpx.post(
            server.url + "/v1/evaluate",
            content=dossier,
            headers={"Content-Type": "application/json"},
        )
        assert (503, "urn:gevoeligheid:problem:log-unavailable") == (
            refused.status_code,
            refused.json()["type"],
        )
        assert (
            "classification" not in refused.text and "gevoelig-decision-id" not in refused.headers
        )
        stream = httpx.post(
            server.url + "/v1/batch/stream",
            content=dossier + b"\n",
            headers={"Content-Type": "application/x-ndjson"},
        )
        summary = json.loads(stream.text.strip().split("\n")[-1])
        assert (False, "urn:gevoeligheid:problem:log-unavailable") == (
            summary["done"],
            summary["error"]["type"],
        )
        assert "result" not in stream.text
    finally:
        server.stop()
