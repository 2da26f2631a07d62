"""The errors of the library: an engine failure is told in the language asked for."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from gevoeligheid import EngineError
from gevoeligheid._cli import cli
from gevoeligheid._engine import DurableEngine
from gevoeligheid._messages import Message


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "nl",
            (
                "de regelengine faalde (dossier OD-1): assert_fact gaf foutcode 2. Dit is een "
                "fout in gevoeligheid; meld die alstublieft met het dossier"
            ),
        ),
        (
            "en",
            (
                "rules engine failed (dossier OD-1): assert_fact answered code 2. This is a bug in "
                "gevoeligheid; please report it with the dossier"
            ),
        ),
    ],
)
def test_an_engine_failure_is_told_in_the_language_asked_for(lang, expected):
    """The name of the engine's call stays as it is; the rest is the catalogue's."""
    error = EngineError(Message("engine_call_code", call="assert_fact", code=2), "OD-1")
    assert error.show(lang) == expected


def test_an_engine_failure_without_a_dossier_and_with_a_message_is_wholly_in_one_language():
    error = EngineError(Message("engine_disagrees_with_reference"))
    assert error.show("nl") == (
        "de regelengine faalde: durable-rules en de referentie-evaluator zijn het oneens over het "
        "dossier met elk feit op zijn hoogst. Dit is een fout in gevoeligheid; meld die "
        "alstublieft met het dossier"
    )
    assert str(error) == error.show("en") and error.show("en").startswith(
        "rules engine failed: durable-rules and the reference evaluator disagree"
    )


@pytest.mark.parametrize(
    ("args", "start"),
    [
        ([], "gevoelig: fout: de regelengine faalde (dossier kapot): simulated failure. Dit is"),
        (["--lang", "en"], "gevoelig: error: rules engine failed (dossier kapot): simulated"),
    ],
)
def test_gevoelig_check_tells_an_engine_failure_in_its_language(monkeypatch, args, start):
    def failing(self, members, dossier=None):
        raise EngineError("simulated failure", dossier)

    monkeypatch.setattr(DurableEngine, "match", failing)
    result = CliRunner().invoke(
        cli, ["check", *args, "-f", "json", "-"], input='{"id": "kapot", "facts": {}}'
    )
    assert (result.exit_code, result.stderr.startswith(start)) == (4, True), result.stderr


def test_a_rule_file_error_keeps_the_code_it_was_published_with(tmp_path):
    """A code is the contract; the key of the message may be renamed (RULE_FILE_CODES keeps the
    code of a renamed key)."""
    from .test_hostile_rules import DUTCH_CASES, refused

    codes = []
    for index, text in enumerate(DUTCH_CASES):
        (tmp_path / str(index)).mkdir()
        codes.append(refused(tmp_path / str(index), text).code)
    assert codes == [
        "yamlfile_anchor",
        "yamlfile_anchor",
        "yamlfile_control_character_column",
        "yamlfile_number_characters",
        "yamlfile_date",
        "definitions_setting_outside",
        "definitions_setting_outside",
        "yamlfile_alias",
        "yamlfile_tag_allowed",
        "yamlfile_decimal_number",
        "yamlfile_second_document",
        "yamlfile_too_deep",
        "definitions_unknown_key",
        "yamlfile_key_word",
        "yamlfile_duplicate_key",
        "definitions_schema",
        "definitions_needs",
        "definitions_setting_outside",
        "overlay_rule_signal_disable",
        "conditions_unknown_fact",
        "conditions_unknown_fact",
        "conditions_takes_non_empty_list",
        "conditions_unknown_condition",
        "conditions_headline_itself",
        "conditions_rule_refers_headline_which",
        "conditions_headline_takes_name_such",
        "conditions_list_so_contains_does",
        "conditions_use_least_contains_both",
    ]


def test_every_renamed_key_keeps_a_code_of_its_own():
    from gevoeligheid._errors import RULE_FILE_CODES
    from gevoeligheid._messages import catalogue

    keys = catalogue("en").messages
    assert [key for key in RULE_FILE_CODES if key not in keys] == []
    assert [code for code in RULE_FILE_CODES.values() if code in keys] == []
    assert len(set(RULE_FILE_CODES.values())) == len(RULE_FILE_CODES)
