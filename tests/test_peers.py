"""The benchmark's peers (benchmarks/peers/): the zen-engine graph and the JSON Logic program
generated from a rule set decide as gevoeligheid does, so the generator cannot rot unnoticed.

These need the `bench` extra (pip install '.[bench]'); without it they are skipped.
"""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import assume, given, settings

from gevoeligheid import DossierError, load_ruleset
from gevoeligheid._evaluate import Evaluator
from gevoeligheid._events import apply_events
from gevoeligheid._policy import decide
from gevoeligheid._reference import match

from .conftest import ROOT
from .strategies import compact_dossiers

pytest.importorskip("zen", reason="zen-engine is a benchmark dependency: pip install '.[bench]'")
pytest.importorskip(
    "json_logic", reason="panzi-json-logic is a benchmark dependency: pip install '.[bench]'"
)

from benchmarks.peers import JsonLogicPeer, ZenPeer, decision_of, facts_input, normalise, program_of

DAY = datetime.date(2026, 12, 1)

#: A region's overlay whose rules on the outcome set what each other reads, in a circle: the
#: program cannot order them and must repeat them until they settle.
CIRCULAR_OVERLAY = """\
overlay: kring
description: Two rules on the outcome that lead to each other.
version: "2026.2"
valid_from: 2026-07-01
rules:
  - id: coordinator_informeert_accountmanager
    when: {escalation_at_least: coordinator}
    sets: {inform: [accountmanager]}
    source: {lines: [396], section: "Bewaking bestuurlijke sensitiviteit"}
    quote: Tijdig escaleren van medewerker naar coördinator
    because: {nl: De coördinator informeert de accountmanager., en: The coordinator informs the account manager.}
  - id: accountmanager_zet_door_naar_manager
    when: {informs: accountmanager}
    sets: {escalation: manager}
    source: {lines: [396], section: "Bewaking bestuurlijke sensitiviteit"}
    quote: Tijdig escaleren van medewerker naar coördinator
    because: {nl: De accountmanager zet door naar de manager., en: The account manager passes it on to the manager.}
"""  # noqa: E501


class Peers:
    """A rule set compiled, its program, and both peers, made once per rule set."""

    def __init__(self, ruleset) -> None:
        self.ruleset = ruleset
        self.evaluator = Evaluator(ruleset)
        self.program = program_of(self.evaluator.compiled)
        self.zen = ZenPeer(self.program)
        self.logic = JsonLogicPeer(self.program)

    def fit(self, dossier: dict) -> dict:
        """The dossier with only the facts and events this rule set knows (an older
        version knows fewer)."""
        fitted = dict(
            dossier,
            facts={
                key: value
                for key, value in dossier.get("facts", {}).items()
                if key in self.ruleset.facts
            },
        )
        if "events" in dossier:
            fitted["events"] = [
                event for event in dossier["events"] if event["type"] in self.ruleset.events
            ]
        return fitted

    def check(self, dossier: dict) -> None:
        """Both peers give gevoeligheid's decision (reference evaluator) on this dossier."""
        compiled = self.evaluator.compiled
        values = apply_events(self.ruleset, self.evaluator.parse(self.fit(dossier)), "nl", DAY)[0]
        expected = decision_of(
            compiled, decide(compiled, values, match(compiled, compiled.mask(values)))
        )
        facts = facts_input(values)
        assert normalise(self.zen.decide(facts)) == expected, json.dumps(dossier)
        assert normalise(self.logic.decide(facts)) == expected, json.dumps(dossier)


def _ruleset(name: str, tmp_path_factory):
    if name == "2026.1":
        return load_ruleset(peildatum=datetime.date(2026, 11, 30))
    if name == "regio-noord":
        return load_ruleset(
            overlays=[ROOT / "examples" / "overlays" / "regio-noord.yaml"], peildatum=DAY
        )
    if name == "kring":
        overlay = tmp_path_factory.mktemp("kring") / "kring.yaml"
        overlay.write_text(CIRCULAR_OVERLAY, encoding="utf-8")
        return load_ruleset(overlays=[overlay], peildatum=DAY)
    return load_ruleset(peildatum=DAY)


@pytest.fixture(scope="module", params=["2026.2", "2026.1", "regio-noord", "kring"])
def peers(request, tmp_path_factory):
    return Peers(_ruleset(request.param, tmp_path_factory))


@settings(max_examples=100)
@given(dossier=compact_dossiers())
def test_peers_decide_as_gevoeligheid_on_generated_dossiers(peers, dossier):
    """On dossiers drawn towards the corners (every fact at its highest, events packed into a few
    weeks), zen-engine and JSON Logic give the classification, escalation, roles to inform, fired
    rules, signals and score that gevoeligheid gives, for the default rule set, the previous
    version, a region's overlay and an overlay with a circle of rules on the outcome."""
    try:
        peers.check(dossier)
    except DossierError:
        assume(False)  # the decoder can draw what a dossier may not hold (an event after today)


def test_peers_decide_as_gevoeligheid_on_every_example(peers):
    """Every shipped example dossier, on every rule set of the test."""
    for path in sorted((ROOT / "examples").glob("*.json")):
        peers.check(json.loads(path.read_text(encoding="utf-8")))


def test_circular_rules_on_the_outcome_are_repeated_until_they_settle(tmp_path_factory):
    """Where rules on the outcome lead to each other, the program repeats them: a score that
    reaches the coordinator informs the account manager, which takes it to the manager."""
    peers = Peers(_ruleset("kring", tmp_path_factory))
    steps = [name for name, _ in peers.program.steps]
    assert sum(name.startswith("rule_accountmanager_zet_door_naar_manager") for name in steps) >= 2
    facts = {"omstreden_ander_bestuursorgaan": True}  # one significant signal: the coordinator
    decision = normalise(peers.zen.decide(facts))
    assert (decision["escalation"], decision["inform"]) == (
        "manager",
        ["accountmanager", "ambtelijk_opdrachtgever"],
    )
    peers.check({"facts": facts})
