"""A result's JSON has one definition, `Result.to_dict`: the fast paths (`compact_json`,
`to_json_line`, `to_json(indent=None)`) write its bytes exactly. tests/test_schema.py holds the
published schema to the same definition."""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from gevoeligheid import evaluate
from gevoeligheid._render import to_json, to_json_line

from .strategies import FACTS, PEILDATUM_2027, RULESET_2027, dossiers


def _definition(result) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":"))


@settings(max_examples=300)
@given(
    dossier=dossiers(),
    lang=st.sampled_from(["nl", "en"]),
    engine=st.sampled_from(["durable", "reference"]),
)
def test_the_fast_paths_write_exactly_the_json_of_to_dict(dossier, lang, engine):
    """`compact_json` (assembled from shared parts' JSON) and `to_json_line` (from their UTF-8)
    are json.dumps(to_dict()), byte for byte."""
    result = evaluate(dossier, lang=lang, engine=engine)
    expected = _definition(result)
    assert result.compact_json() == expected
    assert to_json(result, indent=None) == expected
    assert to_json_line(result) == (expected + "\n").encode("utf-8")


@settings(max_examples=100)
@given(dossier=dossiers(ruleset=RULESET_2027), lang=st.sampled_from(["nl", "en"]))
def test_the_fast_paths_write_exactly_the_json_of_to_dict_on_2027(dossier, lang):
    """The same on rule set 2027.1, whose results carry labels and signals left out of the score."""
    result = evaluate(dossier, lang=lang, peildatum=PEILDATUM_2027)
    expected = _definition(result)
    assert (
        to_json_line(result)
        == (expected + "\n").encode("utf-8")
        == (to_json(result, indent=None) + "\n").encode("utf-8")
    )


def test_the_same_outcome_as_outcome_and_as_worst_case_renders_as_each():
    """One Outcome object can be both the outcome and the worst case: each place
    has its own JSON."""
    everything = {
        fact.id: list(fact.highest) if fact.type == "set" else fact.highest for fact in FACTS
    }
    result = evaluate({"facts": everything})  # nothing unknown: the worst case is the outcome
    assert result.worst_case is result.outcome
    for _ in range(2):  # the second time from the tables of shared parts
        assert to_json_line(result) == (_definition(result) + "\n").encode("utf-8")


def test_labels_given_by_hand_are_written_as_they_are_each_time():
    """The shared labels' JSON is made once; labels in a plain dict (a Result made by hand, which
    its maker may change) are written from what they hold at each call."""
    import attrs

    result = evaluate({"facts": {}})
    assert to_json_line(result) == (_definition(result) + "\n").encode("utf-8")
    labels = dict(result.labels)
    by_hand = attrs.evolve(result, labels=labels)
    to_json_line(by_hand)
    labels["ruleset"] = "changed"
    assert b'"ruleset":"changed"' in to_json_line(by_hand)
    assert to_json_line(by_hand) == (_definition(by_hand) + "\n").encode("utf-8")
