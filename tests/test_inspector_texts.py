"""What an inspector reads: Dutch output of rule set 2027.1 names facts by their question or
label (never by an id), uses no word of this library's own making and no English; English output
holds no Dutch but the names of the source document and of the dossier."""

from __future__ import annotations

import json
import re

import pytest

from gevoeligheid import evaluate
from gevoeligheid._render import to_text

from .conftest import ROOT
from .strategies import RULESET_2027
from .texts import without_citations

EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
#: Fact ids with an underscore: no Dutch word has one (a fact id without one, `subsidie`, is a word).
FACT_IDS = re.compile(
    r"\b("
    + "|".join(sorted((fact for fact in RULESET_2027.facts if "_" in fact), key=len, reverse=True))
    + r")\b"
)
#: Words of the library's own making, and the phrases an inspector stumbled over.
OWN_WORDS = re.compile(
    r"kopcriteri|overlapgroep|^Zet\b|\bZet  |toont ja|het bewijs is gebruikt|regelset default",
    re.MULTILINE,
)
ENGLISH = re.compile(
    r"\b(the|and|with|which|must|should|board|director|because|nothing|sensitive|question|rule set)\b",
    re.IGNORECASE,
)
DUTCH = re.compile(
    r"\b(het|een|niet|geen|wordt|zijn|bij|voor|naar|gevoelig|regelset|bestuur|vragen)\b",
    re.IGNORECASE,
)


def _under_2027_1(path):
    peildatum = json.loads(path.read_text(encoding="utf-8")).get("peildatum")
    return None if peildatum and peildatum >= "2027-01-01" else "2027-01-01"


def _outputs(path, lang):
    result = evaluate(path, lang=lang, peildatum=_under_2027_1(path))
    assert result.ruleset["version"] == "2027.1"
    # Wide enough that no citation is wrapped: a citation is the document's words, left out whole.
    for text in (
        to_text(result, explain=True, width=10_000),
        to_text(result, markdown=True, explain=True),
    ):
        # The dossier's own title is its author's words.
        yield without_citations("\n".join(text.splitlines()[1:]))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_dutch_output_has_no_fact_id_no_word_of_our_own_and_no_english(path):
    escalated = evaluate(path, peildatum=_under_2027_1(path)).escalation != "none"
    for text in _outputs(path, "nl"):
        assert not (escalated and "Niets te doen" in text)
        assert FACT_IDS.findall(text) == []
        assert OWN_WORDS.findall(text) == []
        assert ENGLISH.findall(text) == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_english_output_has_no_dutch(path):
    for text in _outputs(path, "en"):
        assert DUTCH.findall(text) == []
        assert FACT_IDS.findall(text) == []


def test_one_signal_is_never_called_several_signals_together():
    for facts in (
        {"gezondheidsrisico": True},
        {"ondermijning": True},
        {"media_aandacht": "landelijk"},
    ):
        text = to_text(evaluate({"facts": facts}, peildatum="2027-01-04"), explain=True)
        assert "Meerdere signalen samen" not in text


def test_the_accountmanager_is_not_told_that_a_dossier_that_is_not_sensitive_is_sensitive():
    for facts in (
        {"werkafspraken_geraakt": True},
        {"strategische_trend": True},
        {"buiten_mandaat": True},
    ):
        result = evaluate({"facts": facts}, peildatum="2027-01-04")
        assert result.classification != "sensitive"
        assert [action.text for action in result.actions if "gevoelig" in action.text] == []
