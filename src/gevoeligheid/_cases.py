"""Rule tests as data: YAML cases (facts or events in, expected outcome out) and their coverage."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from ._definitions import check_schema
from ._errors import DossierError, RuleFileError
from ._evaluate import Evaluator
from ._messages import Message
from ._model import CLASSIFICATIONS, ESCALATIONS, Engine, Language, Result
from ._schema import CASES_FILE
from ._yamlfile import YamlFile, read_yaml


@attrs.frozen
class Case:
    name: str
    dossier: dict[str, Any]
    expect: dict[str, Any]
    place: str


@attrs.frozen
class Outcome:
    """One case run: whether it passed, what differed, and the reasons that decided it."""

    case: Case
    differences: tuple[tuple[str, object, object], ...]  # (key, expected, got)
    result: Result | None
    error: str | None = None

    @property
    def passed(self) -> bool:
        return not self.differences and self.error is None


@attrs.frozen
class Report:
    outcomes: tuple[Outcome, ...]
    rules_not_reached: tuple[str, ...]
    levels_not_reached: tuple[str, ...]
    total_items: int

    @property
    def failed(self) -> int:
        return sum(not outcome.passed for outcome in self.outcomes)

    @property
    def coverage(self) -> float:
        """The share of rules, signals and levels that some case reaches, in percent."""
        missed = len(self.rules_not_reached) + len(self.levels_not_reached)
        return 100.0 * (self.total_items - missed) / self.total_items if self.total_items else 100.0


def case_files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(found for found in path.rglob("*.yaml") if found.is_file()))
        else:
            out.append(path)
    return out


def read_cases(path: Path) -> list[Case]:
    file: YamlFile = read_yaml(path)
    check_schema(file, CASES_FILE)
    cases = []
    for index, entry in enumerate(file.data["cases"]):
        dossier: dict[str, Any] = {"id": entry["name"], "facts": entry.get("facts", {})}
        if "peildatum" in entry or "peildatum" in file.data:
            dossier["peildatum"] = entry.get("peildatum", file.data.get("peildatum"))
        if "events" in entry:
            dossier["events"] = entry["events"]
        cases.append(
            Case(
                entry["name"],
                dossier,
                entry["expect"],
                f"{file.name}:{file.line(('cases', index))}",
            )
        )
    return cases


def run_cases(
    evaluator: Evaluator, cases: list[Case], engine: Engine = "durable", lang: Language = "nl"
) -> Report:
    """Run each case, and count what the cases that were decided reach of the rules, signals,
    actions and levels; an error of a case's dossier is told in `lang`."""
    outcomes = tuple(_outcome(evaluator, case, engine, lang) for case in cases)
    results = [outcome.result for outcome in outcomes if outcome.result]
    not_reached, items = _not_reached(evaluator, results)
    levels = _levels_not_reached(results)
    return Report(outcomes, not_reached, levels, items + len(CLASSIFICATIONS) + len(ESCALATIONS))


def _outcome(evaluator: Evaluator, case: Case, engine: Engine, lang: Language) -> Outcome:
    """One case evaluated and held against what it expects."""
    try:
        result = evaluator.evaluate(case.dossier, engine=engine, lang=lang, source=case.place)
    except DossierError as error:
        return Outcome(case, (), None, error.show(lang))
    return Outcome(case, tuple(_differences(case.expect, result)), result)


def _not_reached(evaluator: Evaluator, results: list[Result]) -> tuple[tuple[str, ...], int]:
    """The rules, signals and actions no result reached, and how many there are in all.

    Each case is decided by the version in force on its peildatum: coverage is counted against
    the versions that decided (mostly one), each with the cases it decided, not against the
    version in force today. With more than one, each id is named with its version."""
    by_version: dict[str, list[Result]] = {}
    for result in results:
        by_version.setdefault(result.ruleset.valid_from, []).append(result)
    decided = [
        (evaluator.in_force(datetime.date.fromisoformat(day)).ruleset, by_version[day])
        for day in sorted(by_version)
    ] or [(evaluator.ruleset, [])]
    not_reached: list[str] = []
    items = 0
    for ruleset, its in decided:
        named = f"{ruleset.version}:" if len(decided) > 1 else ""
        rules = {reason.rule for result in its for reason in result.reasons}
        signals = {signal.id for result in its for signal in result.signals}
        actions = {action.id for result in its for action in result.actions}
        rule_ids = [rule.id for rule in ruleset.rules if rule.enabled]
        signal_ids = [fact.id for fact in ruleset.facts.values() if fact.signal is not None]
        action_ids = [action.id for action in ruleset.actions]
        items += len(rule_ids) + len(signal_ids) + len(action_ids)
        not_reached += [f"{named}{rule}" for rule in rule_ids if rule not in rules]
        not_reached += [f"{named}signaal:{fact}" for fact in signal_ids if fact not in signals]
        not_reached += [f"{named}actie:{action}" for action in action_ids if action not in actions]
    return tuple(not_reached), items


def _levels_not_reached(results: list[Result]) -> tuple[str, ...]:
    """The classifications and escalations no result reached."""
    classifications = {result.classification for result in results}
    escalations = {result.escalation for result in results}
    return (
        *(f"classification={name}" for name in CLASSIFICATIONS if name not in classifications),
        *(f"escalation={name}" for name in ESCALATIONS if name not in escalations),
    )


def _differences(expect: dict[str, Any], result: Result) -> Iterator[tuple[str, Any, Any]]:
    got: dict[str, Any] = {
        "classification": result.classification,
        "escalation": result.escalation,
        "inform": sorted(result.inform),
        "signals": sorted(signal.id for signal in result.signals),
        "rules": sorted(reason.rule for reason in result.reasons),
        "actions": sorted(action.id for action in result.actions),
        "score": result.score,
    }
    for key, expected in expect.items():
        wanted = sorted(expected) if isinstance(expected, list) else expected
        if key == "rules":
            missing = [rule for rule in wanted if rule not in got["rules"]]
            if missing:  # expected rules must fire; others may fire too
                yield key, wanted, got[key]
        elif wanted != got[key]:
            yield key, wanted, got[key]


def check_case_files(paths: list[Path]) -> None:
    for path in paths:
        if not path.exists():
            raise RuleFileError(
                str(path),
                None,
                Message("case_file_missing"),
                hint=Message("case_file_missing_hint"),
            )
