"""Every fault of a dossier at once: three mistakes give three errors, each with its JSON pointer,
in one run of `check` (one line each, the first as it always was) and of `evaluate()` (one
DossierError carrying them all, the first fault's fields on the exception itself)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from gevoeligheid import DossierError, Evaluator, load_ruleset
from gevoeligheid._cli import cli
from gevoeligheid._errors import MAX_ERRORS

from .conftest import PEILDATUM, evaluate

THREE = {
    "facts": {"media_aandacht": "nationaal", "subsidy": True},
    "events": [{"type": "klacht", "datum": "2026-02-30"}],
}
POINTERS = ["/facts/media_aandacht", "/facts/subsidy", "/events/0/datum"]


def fail(dossier, **options) -> DossierError:
    with pytest.raises(DossierError) as caught:
        evaluate(dossier, **options)
    return caught.value


def first_alone(dossier) -> DossierError:
    """The error the first fault alone gives: what a dossier with only that mistake reports."""
    return fail({"facts": {"media_aandacht": dossier["facts"]["media_aandacht"]}})


def test_three_mistakes_are_three_errors_each_with_its_pointer_and_code():
    error = fail(THREE)
    assert POINTERS == [each.pointer for each in error.errors]
    assert ["invalid-value", "unknown-fact", "invalid-date"] == [each.code for each in error.errors]
    assert 0 == error.more


def test_the_exception_itself_carries_the_first_faults_fields_and_line():
    error, alone = fail(THREE, lang="en"), first_alone(THREE)
    assert (
        alone.pointer,
        alone.what,
        alone.expected,
        alone.hint,
        alone.suggestion,
        alone.code,
    ) == (error.pointer, error.what, error.expected, error.hint, error.suggestion, error.code)
    assert alone.show("nl") == error.show("nl") == error.errors[0].show("nl")
    assert str(alone) == str(error)
    assert [each.show("en") for each in error.errors] == error.lines("en")


def test_one_mistake_is_one_error_listing_itself():
    alone = first_alone(THREE)
    assert (alone,) == alone.errors
    assert [alone.show("nl")] == alone.lines("nl")


@pytest.mark.parametrize(
    "dossier, pointers",
    [
        (
            {"titel": "x", "facts": {"bogus": True}, "peildatum": "2026-13-01"},
            ["/titel", "/facts/bogus", "/peildatum"],
        ),
        ({"title": 7, "facts": [], "events": {}}, ["/title", "/facts", "/events"]),
        (
            {
                "events": [
                    {"type": "klacht"},
                    {"type": "nope", "datum": "2026-01-01"},
                    5,
                    {"type": "klacht", "datum": "2026-01-01", "x": "y"},
                ]
            },
            ["/events/0/datum", "/events/1/type", "/events/2", "/events/3/x"],
        ),
        (
            {
                "facts": {
                    "afbreukrisico": ["nope", "ook-niet"],
                    "buiten_mandaat": "ja",
                    "incident": 3,
                }
            },
            ["/facts/afbreukrisico/0", "/facts/buiten_mandaat", "/facts/incident"],
        ),
    ],
)
def test_faults_of_every_part_are_collected_in_the_order_of_the_dossier(dossier, pointers):
    assert pointers == [each.pointer for each in fail(dossier, peildatum=PEILDATUM).errors]


def test_a_dossier_of_many_faults_lists_the_first_hundred_and_counts_the_rest():
    events = [{"type": "klacht", "datum": "2026-02-30"} for _ in range(MAX_ERRORS + 50)]
    error = fail({"events": events})
    assert (MAX_ERRORS, 50) == (len(error.errors), error.more)
    assert "/events/0/datum" == error.pointer
    assert (
        "and 50 more error(s) in this dossier (only the first 100 are listed)"
        in error.lines("en")[-1]
    )


def test_a_dossier_that_is_no_json_is_one_error():
    error = fail('{"facts": ')
    assert (1, "invalid-json") == (len(error.errors), error.code)


def test_to_dict_holds_every_fault():
    data = fail(THREE).to_dict()
    assert POINTERS == [each["pointer"] for each in data["errors"]]
    assert data["pointer"] == POINTERS[0] and data["code"] == "invalid-value"


def test_the_evaluator_raises_them_all_too():
    with pytest.raises(DossierError) as caught:
        Evaluator(load_ruleset(peildatum=PEILDATUM)).evaluate(THREE)
    assert POINTERS == [each.pointer for each in caught.value.errors]


def test_check_prints_a_line_a_fault_the_first_as_before_and_evaluates_the_rest(tmp_path):
    bad, good, alone = tmp_path / "bad.json", tmp_path / "good.json", tmp_path / "alone.json"
    bad.write_text(json.dumps({**THREE, "peildatum": PEILDATUM}), encoding="utf-8")
    good.write_text(json.dumps({"facts": {}, "peildatum": PEILDATUM}), encoding="utf-8")
    alone.write_text(
        json.dumps({"facts": {"media_aandacht": "nationaal"}, "peildatum": PEILDATUM}),
        encoding="utf-8",
    )
    outcome = CliRunner().invoke(cli, ["check", "-f", "jsonl", str(bad), str(good)])
    before = CliRunner().invoke(cli, ["check", "-f", "jsonl", str(alone)])
    assert (2, 2) == (outcome.exit_code, before.exit_code)
    lines = outcome.stderr.splitlines()
    assert before.stderr.splitlines()[0].replace(str(alone), str(bad)) == lines[0]
    assert [f"gevoelig: fout: {bad}: {pointer}:" for pointer in POINTERS] == [
        line[: len(f"gevoelig: fout: {bad}: {pointer}:")]
        for line, pointer in zip(lines, POINTERS, strict=False)
    ]
    assert 1 == len(outcome.stdout.splitlines())  # the good dossier is still evaluated
    english = CliRunner().invoke(cli, ["check", "--lang", "en", "-f", "jsonl", str(bad)])
    assert ["gevoelig: error: "] * 3 == [line[:17] for line in english.stderr.splitlines()[:3]]
