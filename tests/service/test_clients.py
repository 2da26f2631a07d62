"""The clients in clients/ (TypeScript generated from the contract, Java on java.net.http)
compile and run against a live `gevoelig serve`: a dossier evaluated, the problem document of a bad
one read, the NDJSON stream followed to its summary line. CI installs node's packages and the JDK
(.ci/run); elsewhere the tests skip without them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from ..conftest import ROOT

CLIENTS = ROOT / "clients"
DOSSIER = ROOT / "examples" / "05-pig-farm-odour-complaint-wave.json"


def need(tool: str, how: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the {tool} client: {how}")
        pytest.skip(f"no {tool} here ({how}; CI does)")
    return found


def run(
    command: list[str], cwd, env: dict[str, str] | None = None, timeout: int = 300
) -> subprocess.CompletedProcess:
    done = subprocess.run(
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
    assert done.returncode == 0, (
        f"{' '.join(command)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    )
    return done


@pytest.mark.slow
def test_the_typescript_client_evaluates_reads_a_problem_and_follows_the_stream(server, keys):
    need("node", "install Node.js")
    folder = CLIENTS / "typescript"
    if not (folder / "node_modules" / ".bin" / "tsc").exists():
        if os.environ.get("CI"):
            pytest.fail(
                "CI must compile the TypeScript client: .ci/run runs npm ci in clients/typescript"
            )
        pytest.skip("run `npm ci` in clients/typescript (CI does)")
    npm = need("npm", "install npm")
    run([npm, "run", "build"], folder)  # the types generated from docs/openapi.json, then tsc
    done = run(
        ["node", "dist/client.js", server.url, str(DOSSIER)],
        folder,
        {"GEVOELIG_TOKEN": keys["caseworker"]},
        timeout=120,
    )
    report = json.loads(done.stdout)
    expected = json.loads(
        (ROOT / "examples" / "05-pig-farm-odour-complaint-wave.json.expected").read_text(
            encoding="utf-8"
        )
    )
    assert (report["evaluate"]["classification"], report["evaluate"]["escalation"]) == (
        expected["classification"],
        expected["escalation"],
    )
    assert report["evaluate"]["apiVersion"] and report["evaluate"]["decisionId"]
    problem = report["problem"]
    assert (problem["contentType"], problem["type"], problem["pointers"]) == (
        "application/problem+json",
        "urn:gevoeligheid:problem:invalid-dossier",
        ["/facts/subsidy"],
    )
    assert problem["httpStatus"] == 400 and "subsidie" in problem["detail"]
    assert report["stream"] == [
        {"line": 1, "classification": expected["classification"]},
        {"line": 2, "error": "urn:gevoeligheid:problem:invalid-dossier"},
        {"done": True, "evaluated": 1, "failed": 1},
    ]


@pytest.mark.slow
def test_the_java_client_evaluates_reads_a_problem_and_follows_the_stream(server, keys, tmp_path):
    javac = need("javac", "install a JDK (Debian: default-jdk-headless)")
    java = need("java", "install a JDK (Debian: default-jdk-headless)")
    run(
        [javac, "-Xlint:all", "-Werror", "-d", str(tmp_path), "GevoeligClient.java"],
        CLIENTS / "java",
    )
    done = run(
        [java, "-cp", str(tmp_path), "GevoeligClient", server.url, str(DOSSIER)],
        CLIENTS / "java",
        {"GEVOELIG_TOKEN": keys["caseworker"]},
        timeout=120,
    )
    lines = done.stdout.splitlines()
    expected = json.loads(
        (ROOT / "examples" / "05-pig-farm-odour-complaint-wave.json.expected").read_text(
            encoding="utf-8"
        )
    )
    assert lines[0].startswith(
        f"evaluate classification={expected['classification']} escalation={expected['escalation']} "
        "api-version="
    )
    assert lines[1].startswith(
        "problem status=400 content-type=application/problem+json "
        "type=urn:gevoeligheid:problem:invalid-dossier pointers=[/facts/subsidy]"
    )
    assert lines[2:] == [
        f"stream line=1 classification={expected['classification']}",
        "stream line=2 error=urn:gevoeligheid:problem:invalid-dossier",
        "stream done=true evaluated=1 failed=1",
    ]
