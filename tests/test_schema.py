"""The published JSON Schema of a dossier (`dossier_schema`) is valid, describes the vocabulary,
accepts every shipped example, and agrees with the parser on good and bad dossiers; the result's
(`result_schema`) names every key that `Result.to_dict`, the result's one definition, writes."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import given, settings, strategies as st

from gevoeligheid import DossierError, evaluate, parse_dossier, result_schema
from gevoeligheid._dossier import MAX_TEXT
from gevoeligheid._schema import dossier_schema

from .conftest import ROOT
from .strategies import PEILDATUM_2027, RULESET, RULESET_2027, dossiers
from .test_cli import invoke

EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
SCHEMA = dossier_schema(RULESET)
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def schema_errors(document) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(document)]


def test_schema_is_a_valid_draft_2020_12_schema(ruleset):
    schema = dossier_schema(ruleset)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_is_plain_json(ruleset):
    schema = dossier_schema(ruleset)
    assert schema == json.loads(json.dumps(schema))


def test_schema_lists_every_fact_id(ruleset):
    assert set(ruleset.facts) == set(dossier_schema(ruleset)["properties"]["facts"]["properties"])


@pytest.mark.parametrize("fact_id", sorted(RULESET.facts))
def test_schema_gives_each_fact_its_question_as_description(ruleset, fact_id):
    described = dossier_schema(ruleset)["properties"]["facts"]["properties"][fact_id]["description"]
    assert described.startswith(ruleset.facts[fact_id].question.nl)


def test_schema_lists_every_event_type(ruleset):
    variants = dossier_schema(ruleset)["properties"]["events"]["items"]["oneOf"]
    assert sorted(ruleset.events) == sorted(
        variant["properties"]["type"]["const"] for variant in variants
    )


def test_there_are_examples():
    assert len(EXAMPLES) >= 15


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_every_example_validates_against_the_schema(path):
    assert schema_errors(json.loads(path.read_text(encoding="utf-8"))) == []


BAD = {
    "unknown-fact": {"facts": {"maatschapelijke_onrust": True}},
    "bool-as-string": {"facts": {"maatschappelijke_onrust": "true"}},
    "bool-as-number": {"facts": {"subsidie": 1}},
    "grade-as-bool": {"facts": {"media_aandacht": True}},
    "list-as-string": {"facts": {"afbreukrisico": "bestuurlijk"}},
    "unlisted-grade-word": {"facts": {"media_aandacht": "regionnaal"}},
    "unlisted-list-word": {"facts": {"afbreukrisico": ["politik"]}},
    "list-word-twice": {"facts": {"afbreukrisico": ["juridisch", "juridisch"]}},
    "facts-not-object": {"facts": ["subsidie"]},
    "events-not-list": {"events": {"type": "klacht", "datum": "2026-10-03"}},
    "event-not-object": {"events": ["klacht"]},
    "bad-event-type": {"events": [{"type": "klaht", "datum": "2026-10-03"}]},
    "event-missing-type": {"events": [{"datum": "2026-10-03"}]},
    "event-missing-datum": {"events": [{"type": "klacht"}]},
    "event-missing-field": {"events": [{"type": "media", "datum": "2026-10-03"}]},
    "event-unknown-field": {
        "events": [{"type": "klacht", "datum": "2026-10-03", "bereik": "lokaal"}]
    },
    "event-unlisted-word": {
        "events": [{"type": "media", "datum": "2026-10-03", "bereik": "regionnaal"}]
    },
    "date-not-in-calendar": {"events": [{"type": "klacht", "datum": "2026-13-01"}]},
    "date-day-first": {"events": [{"type": "klacht", "datum": "03-10-2026"}]},
    "date-as-number": {"events": [{"type": "klacht", "datum": 20261003}]},
    "unknown-top-level-key": {"fatcs": {}},
    "id-as-number": {"id": 142},
    "title-too-long": {"title": "a" * (MAX_TEXT + 1)},
}


@pytest.mark.parametrize("document", BAD.values(), ids=BAD.keys())
def test_bad_dossier_fails_the_schema(document):
    assert schema_errors(document) != []


@pytest.mark.parametrize("document", BAD.values(), ids=BAD.keys())
def test_bad_dossier_raises_dossier_error(ruleset, document):
    with pytest.raises(DossierError):
        parse_dossier(document, ruleset)


GOOD = {
    "empty": {},
    "empty-facts": {"facts": {}},
    "empty-events": {"events": []},
    "null-carried": {"id": None, "title": None, "competent_authority": None, "task": None},
    "x-keys": {"x-toelichting": "uitleg", "x-meta": {"a": [1, None]}, "x-": 1},
    "every-fact-null": {"facts": dict.fromkeys(RULESET.facts)},
    "title-of-max-text": {"title": "a" * MAX_TEXT},
    "facts-null": {"facts": None},
    "events-null": {"events": None},
}


@pytest.mark.parametrize("document", GOOD.values(), ids=GOOD.keys())
def test_dossier_the_parser_accepts_validates_against_the_schema(ruleset, document):
    parse_dossier(document, ruleset)
    assert schema_errors(document) == []


@given(dossiers())
def test_generated_dossiers_validate_against_the_schema(document):
    assert schema_errors(document) == []


# --- the result's schema ------------------------------------------------------------------------


def test_every_example_result_is_valid_against_the_published_result_schema(ruleset):
    """The result schema is the contract's: every shipped expected result conforms to it."""
    import jsonschema

    from gevoeligheid import result_schema

    validator = jsonschema.Draft202012Validator(
        result_schema(ruleset), format_checker=jsonschema.FormatChecker()
    )
    paths = sorted((ROOT / "examples").glob("*.json.expected"))
    assert len(paths) >= 30
    for path in paths:
        errors = [
            error.message
            for error in validator.iter_errors(json.loads(path.read_text(encoding="utf-8")))
        ]
        assert errors == [], path.name


def test_the_result_schema_requires_the_contract_keys(ruleset):
    from gevoeligheid import result_schema

    required = set(result_schema(ruleset)["required"])
    assert {
        "classification",
        "escalation",
        "inform",
        "signals",
        "reasons",
        "open_questions",
        "worst_case",
        "actions",
        "peildatum",
        "ruleset",
        "generator",
    } <= required


def test_gevoelig_schema_result_prints_the_result_schema(ruleset):
    from click.testing import CliRunner

    from gevoeligheid import result_schema
    from gevoeligheid._cli import cli

    done = CliRunner().invoke(cli, ["schema", "--result"])
    assert (0, result_schema(ruleset)["required"]) == (
        done.exit_code,
        json.loads(done.stdout)["required"],
    )


# --- the rule author's files: schemas an editor can use ----------------------------------------

RULE_FILES = {
    "ruleset": sorted(ROOT.glob("rules/*/ruleset.yaml")),
    "facts": sorted(ROOT.glob("rules/*/facts.yaml")),
    "rules": sorted(ROOT.glob("rules/*/rules.yaml")),
    "events": sorted(ROOT.glob("rules/*/events.yaml")),
    "overlay": [ROOT / "examples" / "overlays" / "regio-noord.yaml"],
    "cases": [
        *sorted(ROOT.glob("rules/*/cases/*.yaml")),
        ROOT / "examples" / "overlays" / "regio-noord.cases.yaml",
    ],
}


class Yaml12Loader(yaml.SafeLoader):
    """As an editor's YAML 1.2 language server reads: an unquoted date stays a string."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@pytest.mark.parametrize("kind", sorted(RULE_FILES))
def test_the_committed_rule_file_schemas_are_what_the_command_prints(kind):
    """docs/schemas/ is generated (`gevoelig schema --file KIND`): regenerate it when
    a schema changes."""
    done = invoke("schema", "--file", kind)
    committed = (ROOT / "docs" / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert (done.exit_code, committed) == (0, done.stdout)


@pytest.mark.parametrize("kind", sorted(RULE_FILES))
def test_an_editor_checking_the_shipped_files_with_the_schemas_finds_nothing(kind):
    """What a YAML language server does with docs/schemas/: every shipped file
    of the kind passes."""
    schema = json.loads(
        (ROOT / "docs" / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    assert RULE_FILES[kind]
    problems = {
        path.name: [
            error.message
            for error in validator.iter_errors(
                yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
            )
        ]
        for path in RULE_FILES[kind]
    }
    assert {path.name: [] for path in RULE_FILES[kind]} == problems


def test_an_editor_finds_a_misspelt_key_in_an_overlay():
    schema = json.loads(
        (ROOT / "docs" / "schemas" / "overlay.schema.json").read_text(encoding="utf-8")
    )
    overlay = {"overlay": "regio-zuid", "description": "Afspraken", "disabel": {"r": "x"}}
    [error] = jsonschema.Draft202012Validator(schema).iter_errors(overlay)
    assert "'disabel' was unexpected" in error.message


def test_file_and_result_exclude_each_other():
    done = invoke("schema", "--file", "overlay", "--result")
    assert (done.exit_code, done.stdout) == (2, "")


# --- the result's schema against its definition ---------------------------------------------------


def closed(schema: Any) -> Any:
    """The schema with every object that lists its properties closed to others: what validates
    against it writes no key the schema does not name."""
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: closed(value) for key, value in schema.items()}
    if "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


def _closed_validator(ruleset) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        closed(result_schema(ruleset)), format_checker=jsonschema.FormatChecker()
    )


CLOSED_2026 = _closed_validator(RULESET)
CLOSED_2027 = _closed_validator(RULESET_2027)


def _errors(validator, data) -> list[str]:
    return [
        f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(data)
    ]


@settings(max_examples=100)
@given(dossier=dossiers(), lang=st.sampled_from(["nl", "en"]))
def test_the_schema_names_every_key_of_a_result_and_requires_what_it_always_has(dossier, lang):
    result = evaluate(dossier, lang=lang)
    assert _errors(CLOSED_2026, result.to_dict()) == []


@settings(max_examples=50)
@given(dossier=dossiers(ruleset=RULESET_2027), lang=st.sampled_from(["nl", "en"]))
def test_the_schema_names_every_key_of_a_2027_result(dossier, lang):
    result = evaluate(dossier, lang=lang, peildatum=PEILDATUM_2027)
    assert _errors(CLOSED_2027, result.to_dict()) == []


def test_every_example_result_writes_only_keys_the_schema_names():
    """The shipped expected results (overlays, events, conflicts, labels) against
    the closed schema."""
    paths = sorted((ROOT / "examples").glob("*.expected"))
    assert len(paths) >= 30
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        validator = CLOSED_2027 if data["ruleset"]["version"] == "2027.1" else CLOSED_2026
        assert _errors(validator, data) == [], path.name
