"""Limits of the service: concurrency (503), per key (429), stalled bodies (408), and the overlay
and peildatum fixed at start and named in every answer."""

from __future__ import annotations

import socket
import time

import httpx
import pytest

from .conftest import EXAMPLES, Server, bearer

OVERLAY = EXAMPLES / "overlays" / "regio-noord.yaml"


@pytest.fixture(scope="module")
def limited(tmp_path_factory, keys):
    folder = tmp_path_factory.mktemp("limited")
    running = Server(
        [
            "--keys",
            keys["file"],
            "--no-log",
            "--overlay",
            str(OVERLAY),
            "--peildatum",
            "2026-11-01",
            "--concurrency",
            "1",
            "--backlog",
            "0",
            "--client-concurrency",
            "1",
            "--body-timeout",
            "3",
        ],
        folder,
    )
    yield running
    running.stop()


def hold(server: Server, token: str) -> socket.socket:
    """A request that takes the one place: its body never comes."""
    sock = socket.create_connection(("127.0.0.1", server.port))
    sock.sendall(
        (
            f"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
            "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
        ).encode()
    )
    time.sleep(0.5)
    return sock


def test_past_the_limits_the_service_answers_503_and_429_and_a_stalled_body_408(limited, keys):
    held = hold(limited, keys["caseworker"])
    try:
        other_key = httpx.post(
            limited.url + "/v1/evaluate",
            content=b'{"facts": {}}',
            headers={"Content-Type": "application/json", **bearer(keys["auditor"])},
        )
        same_key = httpx.post(
            limited.url + "/v1/evaluate",
            content=b'{"facts": {}}',
            headers={"Content-Type": "application/json", **bearer(keys["caseworker"])},
        )
        assert (503, "1") == (other_key.status_code, other_key.headers["retry-after"])
        assert (429, "application/problem+json") == (
            same_key.status_code,
            same_key.headers["content-type"],
        )
        assert 200 == httpx.get(limited.url + "/healthz").status_code  # probes are never held up
        held.settimeout(30)
        answer = held.recv(65536).decode()
        assert answer.startswith("HTTP/1.1 408"), answer
    finally:
        held.close()
    assert (
        200
        == httpx.post(
            limited.url + "/v1/evaluate",
            content=b'{"facts": {}}',
            headers={"Content-Type": "application/json", **bearer(keys["auditor"])},
        ).status_code
    )


def test_the_overlay_and_peildatum_fixed_at_start_are_named_in_every_answer(limited, keys):
    headers = bearer(keys["caseworker"])
    result = httpx.post(
        limited.url + "/v1/evaluate",
        content=b'{"facts": {"werkafspraken_geraakt": true}}',
        headers={"Content-Type": "application/json", **headers},
    )
    assert (["regio-noord"], "coordinator") == (
        result.json()["ruleset"]["overlays"],
        result.json()["escalation"],
    )
    for response in (
        result,
        httpx.get(limited.url + "/metrics"),
        httpx.get(limited.url + "/v1/rulesets", headers=headers),
    ):
        assert "regio-noord" == response.headers["gevoelig-overlays"]
    listing = httpx.get(limited.url + "/v1/rulesets", headers=headers).json()
    assert ("2026-11-01", True, ["regio-noord"]) == (
        listing["peildatum"],
        listing["peildatum_fixed"],
        listing["in_force"]["overlays"],
    )
    assert (
        "stikstofgevoelig"
        in httpx.get(limited.url + "/v1/schemas/dossier", headers=headers).json()["properties"][
            "facts"
        ]["properties"]
    )  # a fact the overlay adds
