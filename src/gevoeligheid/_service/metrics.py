"""Prometheus metrics: requests, latency, evaluations by outcome, errors by kind, the log's commits.

With several workers (`--workers N`) every worker writes its counts to files in one folder
(prometheus_client's multiprocess mode, set up by `gevoelig serve`), and /metrics adds them up,
so that any worker answers for all.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)

disable_created_metrics()  # type: ignore[no-untyped-call]  # prometheus_client leaves it unannotated. The *_created series double the output and no dashboard reads them

_BUCKETS = (
    0.0005,
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
    30.0,
)

REQUESTS = Counter(
    "gevoelig_http_requests_total",
    "HTTP requests answered, by route template, method and status.",
    ["route", "method", "status"],
)
LATENCY = Histogram(
    "gevoelig_http_request_duration_seconds",
    "Time from a request's arrival to the end of its answer, by route template.",
    ["route", "method"],
    buckets=_BUCKETS,
)
IN_FLIGHT = Gauge(
    "gevoelig_http_requests_in_flight", "Requests being handled now.", multiprocess_mode="livesum"
)
EVALUATIONS = Counter(
    "gevoelig_evaluations_total",
    "Dossiers evaluated, by outcome.",
    ["classification", "escalation"],
)
ERRORS = Counter(
    "gevoelig_errors_total",
    "Problems answered (and dossiers refused within batches), by kind.",
    ["kind"],
)
LOG_COMMITS = Histogram(
    "gevoelig_decision_log_commit_seconds",
    "Time of one decision log transaction (a group of decisions).",
    buckets=_BUCKETS,
)
LOG_ENTRIES = Counter(
    "gevoelig_decision_log_entries_total", "Decisions written to the decision log."
)
CONNECTIONS_CLOSED = Counter(
    "gevoelig_http_connections_closed_total",
    (
        "Connections the service closed itself, by reason: idle (no request in time), "
        "header_too_large, evicted (to make room), stalled (the client did not read its answer)."
    ),
    ["reason"],
)
HELD_BYTES = Gauge(
    "gevoelig_request_bytes_held",
    "Bytes of request data held now, as counted against --memory-budget.",
    multiprocess_mode="livesum",
)

CONTENT_TYPE = CONTENT_TYPE_LATEST


def exposition() -> bytes:
    """The metrics in Prometheus' text format, of every worker when there are several."""
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if folder:
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=folder)  # type: ignore[no-untyped-call]  # prometheus_client leaves it unannotated
        return generate_latest(registry)
    return generate_latest()


def log_committed(entries: int, seconds: float) -> None:
    LOG_ENTRIES.inc(entries)
    LOG_COMMITS.observe(seconds)
