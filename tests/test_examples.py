"""Every shipped example gives exactly its expected result, beside it as NN-name.json.expected.

After a deliberate change of the rules, rewrite them with
`python -m pytest tests/test_examples.py --update-examples` and review the diff.
"""

from __future__ import annotations

import json

import pytest

from gevoeligheid import evaluate
from gevoeligheid.model import CLASSIFICATIONS, ESCALATIONS
from gevoeligheid.render import to_json

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
    with_events = [path for path in EXAMPLES if json.loads(path.read_text(encoding="utf-8")).get("events")]
    assert len(with_events) >= 3
