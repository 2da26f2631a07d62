"""The OpenAPI contract: generated from the code, the library's schemas inside it, the committed
copy equal to the served one, and schemathesis finding nothing against the running service."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from gevoeligheid import dossier_schema, load_ruleset

from ..conftest import ROOT
from .conftest import bearer

COMMITTED = ROOT / "docs" / "openapi.json"
#: The day docs/openapi.json is generated on. The contract's Dossier and Result are the union of
#: every version, so the document is the same on any day (the tests below check two more); the
#: day is stated so that the committed copy does not depend on the day it is regenerated.
PEILDATUM = "2026-12-01"
REGENERATE = f"gevoelig serve --openapi --peildatum {PEILDATUM} > docs/openapi.json"


def contract(*options: str) -> dict:
    from click.testing import CliRunner

    from gevoeligheid._cli import cli

    outcome = CliRunner().invoke(cli, ["serve", "--openapi", *options])
    assert outcome.exit_code == 0, outcome.output
    return json.loads(outcome.stdout)


def test_the_served_contract_is_openapi_3_1_with_the_librarys_dossier_schema(server):
    """The contract's dossier is the library's, under a name without a version: the latest
    version's schema, with every word that any version takes (2027.1's incident has a grade more
    than 2026.2's; 2026.1's facts are all in 2026.2)."""
    spec = httpx.get(server.url + "/v1/openapi.json").json()
    assert spec["openapi"] == "3.1.0"
    library = {
        key: value
        for key, value in dossier_schema(load_ruleset(peildatum="2027-01-01")).items()
        if key != "$schema"
    }
    assert _enums_as_sets({**library, "title": "Dossier"}) == _enums_as_sets(
        spec["components"]["schemas"]["Dossier"]
    )
    body = spec["paths"]["/evaluate"]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    assert body == {"$ref": "#/components/schemas/Dossier"}


def test_the_committed_contract_is_the_one_generated_on_its_stated_day_and_on_any_other():
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert contract("--peildatum", PEILDATUM) == committed, (
        f"docs/openapi.json is out of date: {REGENERATE}"
    )
    # Before 2026.2 came into force, and years later: the same contract.
    assert contract("--peildatum", "2026-11-30") == committed
    assert contract("--peildatum", "2031-06-01") == committed


def test_the_committed_contract_is_the_served_one(server):
    served = httpx.get(server.url + "/v1/openapi.json").json()
    assert json.loads(COMMITTED.read_text(encoding="utf-8")) == served, (
        f"docs/openapi.json is out of date: {REGENERATE}"
    )


def test_the_command_writes_the_served_contract(server):
    assert httpx.get(server.url + "/v1/openapi.json").json() == contract()


def test_the_interactive_docs_are_served(server):
    page = httpx.get(server.url + "/v1/docs")
    assert page.status_code == 200 and "/v1/openapi.json" in page.text


def _schemathesis() -> Path:
    beside = Path(sys.executable).parent / "schemathesis"
    return beside if beside.exists() else Path(shutil.which("schemathesis") or "schemathesis")


CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,"
    "response_headers_conformance,response_schema_conformance"
)


def run_schemathesis(
    url: str,
    token: str,
    *,
    max_examples: int,
    seconds: int,
    workdir: Path,
    phases: str = "examples,fuzzing",
) -> subprocess.CompletedProcess:
    """schemathesis against the served contract: every operation, no 5xx, every answer valid
    against the contract (status, content type, headers, body schema)."""
    command = [
        str(_schemathesis()),
        "run",
        f"{url}/v1/openapi.json",
        "--checks",
        CHECKS,
        "--max-examples",
        str(max_examples),
        "--max-time",
        str(seconds),
        "--phases",
        phases,
        "--header",
        f"Authorization: Bearer {token}",
        "--suppress-health-check",
        "all",
        "--workers",
        "1",
        "--request-timeout",
        "30",
        "--seed",
        "13",
        "--no-color",
    ]
    environment = {
        **os.environ,
        "SCHEMATHESIS_HOOKS": "tests.service.schemathesis_hooks",
        "PYTHONPATH": str(ROOT),
    }
    # In `workdir`: schemathesis keeps a .schemathesis folder where it runs.
    return subprocess.run(
        command, capture_output=True, text=True, cwd=workdir, env=environment, timeout=seconds + 240
    )


@pytest.mark.slow
def test_schemathesis_finds_nothing(server, keys, tmp_path):
    done = run_schemathesis(
        server.url, keys["auditor"], max_examples=5, seconds=60, workdir=tmp_path
    )
    report = done.stdout + done.stderr
    assert done.returncode == 0, report[-6000:]
    # Every operation tested, and no check failed. A warning is no failure: schemathesis warns when
    # most generated dossiers are refused (their event dates lie mostly after today, which the
    # schema cannot say and the parser refuses), and whether it does depends on how many it drew.
    cases = re.search(r"(\d+) generated, (\d+) passed", report)
    assert "Tested: 12" in report and cases is not None and cases.group(1) == cases.group(2), (
        report[-3000:]
    )


def test_the_auditors_key_reaches_every_operation(server, keys):
    spec = httpx.get(server.url + "/v1/openapi.json").json()
    assert all(
        "security" in operation for path in spec["paths"].values() for operation in path.values()
    )
    assert (
        httpx.get(
            server.url + "/v1/decisions", params={"dossierId": "x"}, headers=bearer(keys["auditor"])
        ).status_code
        == 200
    )


def _enums_as_sets(schema):
    """A schema with each enum's words in a fixed order: the contract adds a later version's
    words at the end."""
    if isinstance(schema, dict):
        return {
            key: sorted(value, key=json.dumps) if key == "enum" else _enums_as_sets(value)
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_enums_as_sets(item) for item in schema]
    return schema
