"""A long schemathesis run against `gevoelig serve` (CI runs a short one in tests/service).

    python benchmarks/schemathesis_long.py               # 10 minutes, every phase
    python benchmarks/schemathesis_long.py --minutes 30 --max-examples 200

Starts the service on a loopback port with a key that has every right and a throwaway SQLite
log, runs schemathesis with the same checks as the test (no 5xx; status, content type, headers
and body valid against the contract) plus the coverage and stateful phases, and stops the
service. Exit status: schemathesis'.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from gevoeligheid._service.keys import new_key

ROOT = Path(__file__).resolve().parents[1]
CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,"
    "response_headers_conformance,response_schema_conformance"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--max-examples", type=int, default=100)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gevoelig-schemathesis-"))
    token, line = new_key("schemathesis", ["evaluate", "history"])
    (folder / "keys.txt").write_text(line + "\n")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gevoeligheid",
            "serve",
            "--port",
            str(port),
            "--keys",
            str(folder / "keys.txt"),
            "--log",
            str(folder / "log.sqlite3"),
            "--no-access-log",
        ],
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + "/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        schemathesis = Path(sys.executable).parent / "schemathesis"
        command = [
            str(schemathesis),
            "run",
            f"{url}/v1/openapi.json",
            "--checks",
            CHECKS,
            "--phases",
            "examples,coverage,fuzzing,stateful",
            "--max-examples",
            str(args.max_examples),
            "--max-time",
            str(int(args.minutes * 60)),
            "--header",
            f"Authorization: Bearer {token}",
            "--suppress-health-check",
            "all",
            "--workers",
            "1",
            "--request-timeout",
            "30",
        ]
        environment = {
            **os.environ,
            "SCHEMATHESIS_HOOKS": "tests.service.schemathesis_hooks",
            "PYTHONPATH": str(ROOT),
        }
        return subprocess.run(command, cwd=folder, env=environment).returncode
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)


if __name__ == "__main__":
    sys.exit(main())
