"""Fixtures for the service and the decision log: a real `gevoelig serve` process on a loopback
port, API keys, and decision logs on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ..conftest import ROOT

EXAMPLES = ROOT / "examples"
#: Where .ci/postgres.sh starts PostgreSQL; GEVOELIG_TEST_POSTGRES names another server.
POSTGRES_URL = os.environ.get(
    "GEVOELIG_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:54329/postgres"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A `gevoelig serve` process of its own; `url` is its base address."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_file = cwd / f"server-{self.port}.log"
        environment = {
            key: value for key, value in os.environ.items() if not key.startswith("GEVOELIG_")
        }
        environment.update(env or {})
        with open(self.log_file, "wb") as output:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gevoeligheid",
                    "serve",
                    "--port",
                    str(self.port),
                    "--no-access-log",
                    *args,
                ],
                cwd=cwd,
                stdout=output,
                stderr=subprocess.STDOUT,
                env=environment,
            )
        self.wait_ready()

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"the server stopped with status {self.process.returncode}:\n{self.output()}"
                )
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            time.sleep(0.1)
        raise RuntimeError(f"the server did not answer within {timeout} s:\n{self.output()}")

    def output(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


@pytest.fixture(scope="session")
def keys(tmp_path_factory) -> dict[str, str]:
    """Tokens by name: `caseworker` may evaluate, `auditor` may also read the history
    and give feedback."""
    from gevoeligheid._service.keys import new_key

    folder = tmp_path_factory.mktemp("keys")
    tokens, lines = {}, []
    for name, rights in (
        ("caseworker", ["evaluate"]),
        ("auditor", ["evaluate", "history", "feedback"]),
    ):
        token, line = new_key(name, rights)
        tokens[name] = token
        lines.append(line)
    (folder / "keys.txt").write_text("# test keys\n" + "\n".join(lines) + "\n", encoding="utf-8")
    tokens["file"] = str(folder / "keys.txt")
    return tokens


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="session")
def server(tmp_path_factory, keys) -> Iterator[Server]:
    """One service for the session, with keys and a SQLite decision log."""
    folder = tmp_path_factory.mktemp("server")
    running = Server(["--keys", keys["file"], "--log", str(folder / "decisions.sqlite3")], folder)
    running.log_path = folder / "decisions.sqlite3"  # type: ignore[attr-defined]
    yield running
    running.stop()


@pytest.fixture(scope="session")
def client(server, keys) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=server.url, headers=bearer(keys["caseworker"]), timeout=30
    ) as session:
        yield session


def example(name: str) -> bytes:
    return (EXAMPLES / name).read_bytes()


# --- PostgreSQL --------------------------------------------------------------------------------


def _postgres_admin():
    import psycopg

    try:
        return psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        if os.environ.get("CI"):
            pytest.fail(
                "CI must test the PostgreSQL decision log, but no server answers at "
                f"{POSTGRES_URL} ({error}); .ci/postgres.sh starts one"
            )
        pytest.skip(
            f"no PostgreSQL at {POSTGRES_URL} (run .ci/postgres.sh, or set "
            "GEVOELIG_TEST_POSTGRES); CI runs these tests"
        )


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL of an empty schema of its own on the test PostgreSQL server, dropped afterwards."""
    admin = _postgres_admin()
    schema = f"gevoelig_test_{secrets.token_hex(6)}"
    admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def log_url(request, tmp_path) -> str:
    """A new, empty decision log on each database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/decisions.sqlite3"
    return request.getfixturevalue("postgres_url")


def read_ndjson(text: str) -> list[dict]:
    return [
        json.loads(line) for line in text.split("\n") if line.strip()
    ]  # not splitlines(): U+2028 is no line end


def stream_full_duplex(url: str, lines, *, headers: dict[str, str] | None = None, on_line=None):
    """POST NDJSON to /v1/batch/stream while reading the answer, as curl does (httpx sends the
    whole body before it reads): a thread writes the lines in chunked encoding, this one reads
    answer lines and gives each to `on_line`, which may return False to stop reading."""
    import http.client
    import threading
    import urllib.parse

    address = urllib.parse.urlsplit(url)
    sock = socket.create_connection((address.hostname, address.port), timeout=60)
    head = "".join(
        f"{key}: {value}\r\n"
        for key, value in {"Content-Type": "application/x-ndjson", **(headers or {})}.items()
    )
    sock.sendall(
        (
            f"POST /v1/batch/stream HTTP/1.1\r\nHost: {address.netloc}\r\nTransfer-Encoding: "
            f"chunked\r\n{head}\r\n"
        ).encode()
    )
    stop = threading.Event()

    def send() -> None:
        try:
            for line in lines:
                if stop.is_set():
                    return
                data = line if isinstance(line, bytes) else line.encode()
                data += b"\n"
                sock.sendall(b"%x\r\n%s\r\n" % (len(data), data))
            sock.sendall(b"0\r\n\r\n")
        except OSError:
            return

    writer = threading.Thread(target=send, daemon=True)
    writer.start()
    response = http.client.HTTPResponse(sock)
    response.begin()
    received = []
    try:
        while True:
            raw = response.readline()
            if not raw:
                break
            received.append(raw)
            if on_line is not None and on_line(raw) is False:
                break
    except (OSError, http.client.HTTPException):
        pass  # the server went away
    finally:
        stop.set()
        sock.close()
    return response.status, received
