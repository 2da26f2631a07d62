"""W3C Trace Context: a valid `traceparent` is taken, a malformed one starts a new trace (never an
error, never an echo), each decision is logged with its trace id and exported with it, and with
OpenTelemetry the request, the evaluation and the log write are spans of that trace."""

from __future__ import annotations

import json
import re
import sqlite3
import warnings

import pytest
from click.testing import CliRunner

from gevoeligheid._service.tracing import parse_traceparent

from .conftest import example

JSON = {"Content-Type": "application/json"}
TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
PARENT = "00f067aa0ba902b7"
VALID = f"00-{TRACE}-{PARENT}-01"
ANSWER = re.compile(r"00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (VALID, (TRACE, PARENT, True)),
        (f"00-{TRACE}-{PARENT}-00", (TRACE, PARENT, False)),
        (
            f"00-{TRACE}-{PARENT}-03",
            (TRACE, PARENT, True),
        ),  # unknown flags: only the sampled bit is read
        (f"01-{TRACE}-{PARENT}-01-what-a-later-version-adds", (TRACE, PARENT, True)),
        (f"01-{TRACE}-{PARENT}-01", (TRACE, PARENT, True)),
    ],
)
def test_a_valid_traceparent_is_read(header, expected):
    assert expected == parse_traceparent([header.encode()])


@pytest.mark.parametrize(
    "header",
    [
        f"00-{TRACE.upper()}-{PARENT}-01",  # upper case
        f"ff-{TRACE}-{PARENT}-01",  # the forbidden version
        f"00-{'0' * 32}-{PARENT}-01",  # a trace id of zeros
        f"00-{TRACE}-{'0' * 16}-01",  # a parent id of zeros
        f"00-{TRACE}-{PARENT}-01-extra",  # version 00 has nothing after the flags
        f"01-{TRACE}-{PARENT}-01extra",  # a later version's extra fields start with -
        f"00-{TRACE[:-1]}-{PARENT}-01",  # too short
        f" 00-{TRACE}-{PARENT}-01",
        f"00_{TRACE}_{PARENT}_01",
        f"00-{TRACE}-{PARENT}-0g",
        "",
        "<script>alert(1)</script>",
        f"01-{TRACE}-{PARENT}-01-" + "x" * 600,  # longer than any header this service reads
    ],
)
def test_a_malformed_traceparent_is_not_read(header):
    assert parse_traceparent([header.encode()]) is None


def test_non_ascii_and_repeated_traceparents_are_not_read():
    assert parse_traceparent([f"00-{TRACE}-{PARENT}-01\u00e9".encode()]) is None
    assert parse_traceparent([VALID.encode(), VALID.encode()]) is None
    assert parse_traceparent([]) is None


def logged_trace(server, decision_id: str) -> str | None:
    return (
        sqlite3.connect(server.log_path)
        .execute("SELECT trace_id FROM gevoelig_decisions WHERE decision_id = ?", (decision_id,))
        .fetchone()[0]
    )


def test_a_valid_traceparent_continues_its_trace_in_the_answer_and_the_log(client, server):
    response = client.post(
        "/v1/evaluate",
        content=example("03-seveso-plant-fire-smoke-plume.json"),
        headers={**JSON, "traceparent": VALID},
    )
    answer = ANSWER.fullmatch(response.headers["traceparent"])
    assert response.status_code == 200 and answer is not None
    assert (TRACE, True) == (
        answer.group(1),
        answer.group(2) != PARENT,
    )  # the trace goes on, from this service's own span
    assert response.headers["traceparent"].endswith("-01")  # sampled, as the caller said
    assert TRACE == logged_trace(server, response.headers["gevoelig-decision-id"])


@pytest.mark.parametrize(
    "header",
    [
        f"00-{TRACE.upper()}-{PARENT}-01",
        "00-<script>-x-01",
        f"00-{TRACE}-{PARENT}-01-extra\r\nSet-Cookie: a=b"[:60],
    ],
)
def test_a_malformed_traceparent_starts_a_new_trace_without_an_error_or_an_echo(
    client, server, header
):
    response = client.post(
        "/v1/evaluate",
        content=example("03-seveso-plant-fire-smoke-plume.json"),
        headers={**JSON, "traceparent": header},
    )
    answer = ANSWER.fullmatch(response.headers["traceparent"])
    assert response.status_code == 200 and answer is not None
    assert answer.group(1) != TRACE.lower() and answer.group(1) not in header.lower()
    assert answer.group(1) == logged_trace(server, response.headers["gevoelig-decision-id"])


def test_without_a_traceparent_each_request_gets_a_trace_of_its_own(client):
    first, second = (client.get("/v1/rulesets").headers["traceparent"] for _ in range(2))
    assert (
        ANSWER.fullmatch(first)
        and ANSWER.fullmatch(second)
        and first.split("-")[1] != second.split("-")[1]
    )


def test_errors_carry_the_trace_too(client):
    response = client.get("/nowhere", headers={"traceparent": VALID})
    assert (response.status_code, response.headers["traceparent"].split("-")[1]) == (404, TRACE)


def test_each_decision_of_a_batch_is_logged_with_the_trace(client, server):
    body = (
        b"["
        + example("03-seveso-plant-fire-smoke-plume.json")
        + b","
        + example("01-routine-bakery-permit.json")
        + b"]"
    )
    items = client.post("/v1/batch", content=body, headers={**JSON, "traceparent": VALID}).json()
    assert [TRACE, TRACE] == [logged_trace(server, item["decision_id"]) for item in items]


def test_the_history_and_the_export_show_the_trace_id(server, keys):
    import httpx

    from gevoeligheid._cli import cli

    from .conftest import bearer

    dossier = json.dumps(
        {**json.loads(example("01-routine-bakery-permit.json")), "id": "TRACE-EXPORT-1"}
    )
    with httpx.Client(base_url=server.url, headers=bearer(keys["auditor"]), timeout=30) as auditor:
        decision = auditor.post(
            "/v1/evaluate", content=dossier, headers={**JSON, "traceparent": VALID}
        ).headers["gevoelig-decision-id"]
        shown = auditor.get(f"/v1/decisions/{decision}").json()
    exported = CliRunner().invoke(
        cli, ["log", "export", "--log", str(server.log_path), "--dossier", "TRACE-EXPORT-1"]
    )
    assert (TRACE, [TRACE]) == (
        shown["trace_id"],
        [json.loads(line)["trace_id"] for line in exported.stdout.splitlines()],
    )


def test_a_decision_from_the_command_line_has_no_trace_id(tmp_path):
    from gevoeligheid._cli import cli

    log = str(tmp_path / "cli.sqlite3")
    CliRunner().invoke(
        cli,
        ["check", "--log", log, "-f", "json", str(example_path("01-routine-bakery-permit.json"))],
    )
    assert [None] == [
        row[0] for row in sqlite3.connect(log).execute("SELECT trace_id FROM gevoelig_decisions")
    ]


def example_path(name: str):
    from .conftest import EXAMPLES

    return EXAMPLES / name


# --- OpenTelemetry --------------------------------------------------------------------------------


def test_opentelemetry_gets_the_request_the_evaluation_and_the_log_write_as_spans_of_the_trace(
    tmp_path,
):
    sdk = pytest.importorskip("opentelemetry.sdk.trace", reason="the otel extra is not installed")
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from gevoeligheid._service import tracing
    from gevoeligheid._service.app import create_app
    from gevoeligheid._service.settings import Settings

    exporter = InMemorySpanExporter()
    provider = sdk.TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracing.enable_otel(provider)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter(
                "ignore"
            )  # Starlette's warning about httpx's future is not this project's
            from starlette.testclient import TestClient
        with TestClient(
            create_app(Settings(log_url=f"sqlite:///{tmp_path}/otel.sqlite3"))
        ) as session:
            response = session.post(
                "/v1/evaluate",
                content=example("03-seveso-plant-fire-smoke-plume.json"),
                headers={**JSON, "traceparent": VALID},
            )
    finally:
        tracing.disable_otel()
    spans = {span.name: span for span in exporter.get_finished_spans()}
    assert response.status_code == 200
    assert {"POST /v1/evaluate", "gevoelig.evaluate", "gevoelig.log_write"} <= set(spans)
    request = spans["POST /v1/evaluate"]
    assert {f"{span.context.trace_id:032x}" for span in spans.values()} == {TRACE}
    assert f"{request.parent.span_id:016x}" == PARENT and request.parent.is_remote
    assert (
        spans["gevoelig.evaluate"].parent.span_id
        == request.context.span_id
        == spans["gevoelig.log_write"].parent.span_id
    )
    assert response.headers["traceparent"] == f"00-{TRACE}-{request.context.span_id:016x}-01"
    assert (request.attributes["http.route"], request.attributes["http.response.status_code"]) == (
        "/v1/evaluate",
        200,
    )


def test_without_otel_no_span_is_made():
    from gevoeligheid._service import tracing

    with tracing.span("gevoelig.evaluate") as found:
        assert found is None
