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
            "de regelengine faalde (dossier OD-1): assert_fact answered code 2. Dit is een fout in "
            "gevoeligheid; meld die alstublieft met het dossier",
        ),
        (
            "en",
            "rules engine failed (dossier OD-1): assert_fact answered code 2. This is a bug in "
            "gevoeligheid; please report it with the dossier",
        ),
    ],
)
def test_an_engine_failure_is_told_in_the_language_asked_for(lang, expected):
    """The engine's own words (what durable-rules answered) stay as they are; the rest is the
    catalogue's."""
    assert EngineError("assert_fact answered code 2", "OD-1").show(lang) == expected


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
