"""Rule tests as data: a case whose dossier cannot be read is told in the language of the run."""

from __future__ import annotations

import pytest

from gevoeligheid import DossierError, Evaluator, load_ruleset
from gevoeligheid._cases import Case, run_cases


@pytest.fixture(scope="module")
def evaluator():
    return Evaluator(load_ruleset())


BAD = Case("kapot", {"facts": {"geen_bestaand_feit": True}}, {}, "regels.cases.yaml:3")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_case_with_a_bad_dossier_fails_with_its_error_in_the_language_asked_for(evaluator, lang):
    with pytest.raises(DossierError) as caught:
        evaluator.evaluate(BAD.dossier, source=BAD.place)
    report = run_cases(evaluator, [BAD], lang=lang)
    (outcome,) = report.outcomes
    assert (outcome.passed, outcome.error) == (False, caught.value.show(lang))
    assert caught.value.show("nl") != caught.value.show("en")
