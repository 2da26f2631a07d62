"""Rule set 2027.1 against fourteen dossiers that a practitioner wrote and judged before any run.

Each result must lie inside the range the practitioner judged right (`judgements.yaml`: the level
they chose and the one they hesitated over). A rule change that moves one of these dossiers out of
that range is a change of judgement to discuss with practitioners, not a test to update.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from gevoeligheid import evaluate

FOLDER = Path(__file__).parent / "practitioner"
JUDGEMENTS = yaml.safe_load((FOLDER / "judgements.yaml").read_text(encoding="utf-8"))


def result_of(name: str):
    return evaluate(json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8")))


def test_every_dossier_has_a_judgement_and_every_judgement_a_dossier():
    assert sorted(JUDGEMENTS) == sorted(path.stem for path in FOLDER.glob("P*.json"))


@pytest.mark.parametrize("name", sorted(JUDGEMENTS))
def test_the_result_lies_inside_the_practitioners_judgement(name):
    judged, result = JUDGEMENTS[name], result_of(name)
    assert result.ruleset["version"] == "2027.1"  # every peildatum lies in 2027
    assert str(result.classification) in judged["classification"]
    assert str(result.escalation) in judged["escalation"]
    allowed = (
        judged["inform"]
        if judged["inform"] and isinstance(judged["inform"][0], list)
        else [judged["inform"]]
    )
    assert sorted(str(role) for role in result.inform) in [sorted(roles) for roles in allowed]


def test_a_closed_enforcement_decision_of_2016_is_history_not_a_running_track():
    result = result_of("P02-periodieke-controle-garage-handhaving-2016")
    assert [signal["id"] for signal in result.to_dict()["signals"]] == ["handhavingsverleden"]
    assert result.to_dict()["conflicts"] == []


def test_a_smell_over_the_fence_without_significant_consequences_is_no_headline():
    result = result_of("P13-geur-biofilter-buiten-terrein").to_dict()
    incident = [signal for signal in result["signals"] if signal["id"] == "incident"]
    assert [{"incident": "beperkt_buiten_locatie"}] == [signal["facts"] for signal in incident]
    assert "klachtenpatroon" not in [signal["id"] for signal in result["signals"]]
