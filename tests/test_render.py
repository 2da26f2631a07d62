"""Rendering: a JSON Lines batch's line is the compact JSON of the result, byte for byte."""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from gevoeligheid import evaluate
from gevoeligheid._render import to_json, to_json_line

from .strategies import FACTS, dossiers


@settings(max_examples=300)
@given(
    dossier=dossiers(),
    lang=st.sampled_from(["nl", "en"]),
    engine=st.sampled_from(["durable", "reference"]),
)
def test_a_json_line_is_the_compact_json_of_the_result_and_a_newline(dossier, lang, engine):
    """Assembled from shared parts' bytes, it is exactly json.dumps(to_dict()) in UTF-8."""
    result = evaluate(dossier, lang=lang, engine=engine)
    expected = json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert (
        to_json_line(result)
        == expected.encode("utf-8")
        == (to_json(result, indent=None) + "\n").encode("utf-8")
    )


def test_the_same_outcome_as_outcome_and_as_worst_case_renders_as_each():
    """One Outcome object can be both the outcome and the worst case: each place has its own JSON."""
    everything = {
        fact.id: list(fact.highest) if fact.type == "set" else fact.highest for fact in FACTS
    }
    result = evaluate({"facts": everything})  # nothing unknown: the worst case is the outcome
    assert result.worst_case is result.outcome
    for _ in range(2):  # the second time from the tables of shared parts
        assert to_json_line(result) == (to_json(result, indent=None) + "\n").encode("utf-8")
