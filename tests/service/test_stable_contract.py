"""A contract that stays put: a client generated before a new rule set version keeps its type
names after it, and the contract's dossier accepts the facts of every version the service can
decide by. Checked on the names a generator derives (component keys and titles) and, in the slow
run, on the types openapi-typescript really generates."""

from __future__ import annotations

import datetime
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from gevoeligheid import GevoeligheidError, dossier_schema, load_ruleset
from gevoeligheid._service.app import create_app
from gevoeligheid._service.contract import merge
from gevoeligheid._service.settings import Settings

from ..conftest import ROOT

NEW_FACT = "nieuw_in_2027"
TYPESCRIPT = ROOT / "clients" / "typescript"


def rule_folder(tmp_path: Path) -> Path:
    """The default rule set's versions, copied."""
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", folder)
    return folder


def add_version(folder: Path) -> None:
    """A later version, 2027.9: 2026.2 with one fact more."""
    new = folder / "2027.9"
    shutil.copytree(folder / "2026.2", new)
    header = new / "ruleset.yaml"
    text = (
        header.read_text(encoding="utf-8")
        .replace('version: "2026.2"', 'version: "2027.9"')
        .replace("valid_from: 2026-12-01", "valid_from: 2027-06-01")
    )
    header.write_text(text, encoding="utf-8")
    with (new / "facts.yaml").open("a", encoding="utf-8") as facts:
        facts.write(f"""  - id: {NEW_FACT}
    type: bool
    kind: checklist
    category: handhaving
    source: {{lines: [626], section: "Bijlage 3, Handhaving"}}
    quote: Heeft een betrokkene een handhavingsverleden?
    question:
      nl: Een feit dat alleen versie 2027.9 kent?
      en: A fact only version 2027.9 knows?
    signal:
      class: significant
      label: {{nl: Nieuw feit, en: New fact}}
""")
    assert NEW_FACT in load_ruleset(folder, peildatum=datetime.date(2027, 7, 1)).facts


def contract(folder: Path) -> dict:
    # The peildatum is fixed before 2027.1 (and 2027.9) come into force: the version
    # in force stays 2026.2.
    return create_app(
        Settings(ruleset_path=str(folder), peildatum="2026-12-15", log_url=None)
    ).openapi()


def pascal(text: str) -> str:
    """A title as a type name, the way client generators make one."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text) if part)


def type_names(spec: dict) -> set[str]:
    """What a generator names types by: the component keys, every title inside a schema, the
    operation ids."""
    names = {f"component:{key}" for key in spec["components"]["schemas"]}

    def titles(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("title"), str):
                names.add(f"title:{pascal(node['title'])}")
            for value in node.values():
                titles(value)
        elif isinstance(node, list):
            for value in node:
                titles(value)

    titles(spec["components"])
    names |= {
        f"operation:{operation['operationId']}"
        for item in spec["paths"].values()
        for operation in item.values()
    }
    return names


@pytest.fixture(scope="module")
def contracts(tmp_path_factory) -> tuple[dict, dict]:
    folder = rule_folder(tmp_path_factory.mktemp("stable"))
    before = contract(folder)
    add_version(folder)
    return before, contract(folder)


def test_a_new_version_keeps_every_type_name(contracts):
    before, after = contracts
    assert type_names(before) == type_names(after)


def test_no_type_name_carries_a_version(contracts):
    for spec in contracts:
        assert [name for name in type_names(spec) if re.search(r"\d{4}\D?\d", name)] == []


def test_the_dossier_accepts_the_facts_of_every_version_and_only_those(contracts):
    before, after = contracts
    assert (
        NEW_FACT
        not in before["components"]["schemas"]["Dossier"]["properties"]["facts"]["properties"]
    )
    assert (
        NEW_FACT in after["components"]["schemas"]["Dossier"]["properties"]["facts"]["properties"]
    )
    dossier = {"id": "X-1", "facts": {NEW_FACT: True, "media_aandacht": "lokaal"}}
    jsonschema.validate(dossier, after["components"]["schemas"]["Dossier"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            {"facts": {"nergens_bekend": True}}, after["components"]["schemas"]["Dossier"]
        )


def test_the_rulesets_endpoint_says_which_facts_a_version_knows(tmp_path):
    folder = rule_folder(tmp_path)
    add_version(folder)
    with _client(folder) as session:
        facts = {
            version: {fact["id"] for fact in session.get(f"/v1/rulesets/{version}").json()["facts"]}
            for version in ("2026.2", "2027.9")
        }
        refused = session.post("/v1/evaluate", json={"facts": {NEW_FACT: True}})
    assert facts["2027.9"] - facts["2026.2"] == {NEW_FACT}
    # The version in force (2026.2) does not know it: the wider contract does not make it decide.
    assert refused.status_code in (400, 422) and NEW_FACT in refused.text


def _client(folder: Path):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter(
            "ignore"
        )  # Starlette's warning about httpx's future is not this project's
        from starlette.testclient import TestClient
    return TestClient(
        create_app(Settings(ruleset_path=str(folder), peildatum="2026-12-15", log_url=None))
    )


def test_every_example_dossier_fits_the_contract_of_every_version():
    spec = create_app(Settings(log_url=None)).openapi()
    for path in sorted((ROOT / "examples").glob("*.json")):
        jsonschema.validate(
            json.loads(path.read_text(encoding="utf-8")), spec["components"]["schemas"]["Dossier"]
        )


def test_the_union_of_two_versions_accepts_what_either_accepts():
    versions = []
    for version in ("2026.1", "2026.2"):
        try:
            versions.append(dossier_schema(load_ruleset(ROOT / "rules" / version)))
        except GevoeligheidError:  # pragma: no cover - both ship with the package
            pytest.fail(f"rules/{version} does not load")
    old = {
        "type": "object",
        "properties": {"a": {"enum": ["x", "y"]}, "b": {"type": "boolean"}},
        "required": ["a", "b"],
        "additionalProperties": False,
    }
    new = {
        "type": "object",
        "properties": {"a": {"enum": ["y", "z"]}, "c": {"type": ["array", "null"], "maxItems": 3}},
        "required": ["a"],
        "additionalProperties": False,
    }
    union = merge(old, new)
    for instance in ({"a": "x", "b": True}, {"a": "z", "c": [1]}, {"a": "y"}):
        jsonschema.validate(instance, union)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"a": "w"}, union)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"a": "x", "d": 1}, union)
    assert merge(versions[0], versions[0]) == versions[0]


# --- with a real generator ------------------------------------------------------------------------


def generated_types(spec: dict, workdir: Path) -> set[str]:
    """The type names openapi-typescript exports for a contract (with its root types)."""
    source, target = workdir / "openapi.json", workdir / "schema.d.ts"
    source.write_text(json.dumps(spec), encoding="utf-8")
    subprocess.run(
        [
            str(TYPESCRIPT / "node_modules" / ".bin" / "openapi-typescript"),
            str(source),
            "--root-types",
            "-o",
            str(target),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return set(
        re.findall(
            r"^export (?:type|interface) (\w+)", target.read_text(encoding="utf-8"), re.MULTILINE
        )
    )


@pytest.mark.slow
def test_openapi_typescript_generates_the_same_types_before_and_after_a_new_version(tmp_path):
    if not (TYPESCRIPT / "node_modules" / ".bin" / "openapi-typescript").exists():
        if os.environ.get("CI"):
            pytest.fail(
                "CI must generate the TypeScript client: .ci/run runs npm ci in clients/typescript"
            )
        pytest.skip("run `npm ci` in clients/typescript (CI does)")
    folder = rule_folder(tmp_path)
    before = generated_types(contract(folder), tmp_path)
    add_version(folder)
    after = generated_types(contract(folder), tmp_path)
    assert {"SchemaDossier", "SchemaResult", "SchemaProblem"} <= before
    assert before == after
