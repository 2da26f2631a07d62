"""Every shipped example gives exactly its expected result, beside it as NN-name.json.expected.

After a deliberate change of the rules, rewrite them with
`python -m pytest tests/test_examples.py --update-examples` and review the diff.
"""

from __future__ import annotations

import json

import pytest

from gevoeligheid import evaluate
from gevoeligheid._model import CLASSIFICATIONS, ESCALATIONS
from gevoeligheid._render import to_json

from .conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def test_there_are_at_least_15_examples():
    assert len(EXAMPLES) >= 15


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_example_gives_its_expected_result(path, request):
    expected_path = path.with_name(path.name + ".expected")
    got = to_json(evaluate(path)) + "\n"
    if request.config.getoption("--update-examples"):
        expected_path.write_text(got, encoding="utf-8")
    assert expected_path.exists(), f"no {expected_path.name}: run with --update-examples"
    assert got == expected_path.read_text(encoding="utf-8")


#: The examples written for rule set 2026.2 (peildatum 2026-12-01), each also made again on
#: 2027-01-01 under rule set 2027.1, beside it as NN-name.json.2027.1.expected.
ON_2026_2 = [
    path
    for path in EXAMPLES
    if json.loads(path.read_text(encoding="utf-8")).get("peildatum") == "2026-12-01"
]


@pytest.mark.parametrize("path", ON_2026_2, ids=lambda path: path.stem)
def test_example_made_again_on_2027_01_01_gives_its_expected_result_under_2027_1(path, request):
    expected_path = path.with_name(path.name + ".2027.1.expected")
    result = evaluate(path, peildatum="2027-01-01")
    assert result.ruleset["version"] == "2027.1"
    got = to_json(result) + "\n"
    if request.config.getoption("--update-examples"):
        expected_path.write_text(got, encoding="utf-8")
    assert expected_path.exists(), f"no {expected_path.name}: run with --update-examples"
    assert got == expected_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_example_is_the_same_on_the_reference_evaluator(path):
    durable = evaluate(path).to_dict()
    reference = evaluate(path, engine="reference").to_dict()
    durable.pop("engine"), reference.pop("engine")
    assert durable == reference


def test_examples_reach_every_classification_and_escalation_level():
    results = [evaluate(path) for path in EXAMPLES]
    assert {result.classification for result in results} == set(CLASSIFICATIONS)
    assert {result.escalation for result in results} == set(ESCALATIONS)


def test_examples_readme_names_every_example():
    readme = (ROOT / "examples" / "README.md").read_text(encoding="utf-8")
    missing = [path.name for path in EXAMPLES if path.name not in readme]
    assert missing == []


def test_several_examples_carry_events():
    with_events = [
        path for path in EXAMPLES if json.loads(path.read_text(encoding="utf-8")).get("events")
    ]
    assert len(with_events) >= 3


#: What rule set 2026.1 gave each example (its .expected before 2026.2), but 05 and 15, whose
#: dossiers changed with 2026.2 (the wave moved into its window; the new fact was answered).
UNDER_2026_1 = {
    "01-routine-bakery-permit": ("not_sensitive", "none", (), 0),
    "02-routine-inspection-nothing-known": ("not_sensitive", "none", (), 0),
    "03-seveso-plant-fire-smoke-plume": (
        "highly_sensitive",
        "director",
        ("accountmanager", "ambtelijk_opdrachtgever", "portefeuillehouder"),
        34,
    ),
    "04-pfas-emissions-drinking-water": (
        "highly_sensitive",
        "director",
        ("accountmanager", "ambtelijk_opdrachtgever", "portefeuillehouder"),
        28,
    ),
    "06-asbestos-removal-school": (
        "highly_sensitive",
        "director",
        ("accountmanager", "ambtelijk_opdrachtgever", "portefeuillehouder"),
        28,
    ),
    "07-hydrogen-pilot-subsidy": ("attention", "coordinator", (), 5),
    "08-waste-processor-toleration-request": (
        "highly_sensitive",
        "director",
        ("accountmanager", "ambtelijk_opdrachtgever", "portefeuillehouder"),
        11,
    ),
    "09-beyond-mandate-decision": (
        "attention",
        "board",
        ("accountmanager", "ambtelijk_opdrachtgever", "portefeuillehouder"),
        1,
    ),
    "10-advice-not-followed": (
        "attention",
        "board",
        ("accountmanager", "ambtelijk_opdrachtgever", "portefeuillehouder"),
        4,
    ),
    "11-work-agreements-minor-signal": (
        "attention",
        "manager",
        ("accountmanager", "ambtelijk_opdrachtgever"),
        1,
    ),
    "12-major-change-scope-budget": (
        "sensitive",
        "manager",
        ("accountmanager", "ambtelijk_opdrachtgever"),
        6,
    ),
    "13-solar-park-permitting-trend": (
        "sensitive",
        "director",
        ("accountmanager", "ambtelijk_opdrachtgever"),
        6,
    ),
    "14-scrap-yard-criminal-enforcement": (
        "highly_sensitive",
        "director",
        ("accountmanager", "ambtelijk_opdrachtgever", "portefeuillehouder"),
        17,
    ),
    "16-local-media-two-complaints": ("attention", "coordinator", (), 1),
    "17-answer-contradicts-evidence": (
        "sensitive",
        "manager",
        ("accountmanager", "ambtelijk_opdrachtgever", "portefeuillehouder"),
        8,
    ),
    "18-transfer-of-soil-tasks": (
        "attention",
        "director",
        ("accountmanager", "ambtelijk_opdrachtgever"),
        3,
    ),
    "19-digester-spill-alderman-attention": (
        "sensitive",
        "manager",
        ("accountmanager", "ambtelijk_opdrachtgever", "portefeuillehouder"),
        4,
    ),
}


@pytest.mark.parametrize("name", sorted(UNDER_2026_1))
def test_an_old_result_is_made_again_with_the_old_peildatum(name):
    """--peildatum 2026-11-30 gives rule set 2026.1 and the outcome it gave before 2026.2."""
    result = evaluate(ROOT / "examples" / f"{name}.json", peildatum="2026-11-30")
    assert result.to_dict()["ruleset"]["version"] == "2026.1"
    assert (result.classification, result.escalation, result.inform, result.score) == UNDER_2026_1[
        name
    ]
