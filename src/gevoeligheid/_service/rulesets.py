"""The rules the service decides by: every version of the rule set with the overlays fixed at
start, loaded once, the one in force on each dossier's day deciding it; and every version described
as JSON."""

from __future__ import annotations

import datetime
import threading
from pathlib import Path
from typing import Any

import attrs

from .. import (
    CLASSIFICATIONS,
    ESCALATIONS,
    Evaluator,
    GevoeligheidError,
    RuleSet,
    _rulecache,
    load_ruleset,
)
from .._conditions import Visitor
from .._definitions import read_rule_file
from .._evaluate import _overlay_from
from .._model import (
    AllOf,
    AnyOf,
    Condition,
    CountAtLeast,
    FactCondition,
    HeadlineRef,
    OutcomeAtLeast,
    Selection,
    Source,
    Unknown,
)
from .._rules import contained, default_rules_dir, peildatum_in_force, version_in_force, versions


class Rules:
    """One evaluator over every version: a dossier is decided by the version in force on its day
    (`?peildatum=`, else the service's fixed --peildatum, else the dossier's own, else today), as
    `gevoelig check` and `evaluate()` decide it. Without a fixed peildatum "today" is read at every
    request, so a version that comes into force at midnight decides from then on."""

    def __init__(
        self, ruleset_path: str | None, overlays: tuple[str, ...], peildatum: str | None
    ) -> None:
        self.ruleset_path = ruleset_path
        self.overlays = overlays
        self.fixed_day = datetime.date.fromisoformat(peildatum) if peildatum else None
        self._lock = threading.Lock()
        self._evaluator: Evaluator | None = None
        self._described: dict[str, dict[str, Any]] = {}

    def day(self, peildatum: datetime.date | None = None) -> datetime.date:
        """The service's day: `peildatum` when asked for, else the fixed one, else today."""
        return peildatum_in_force(peildatum or self.fixed_day)

    def evaluator(self) -> Evaluator:
        """The evaluator every dossier goes to: it picks the version in force on
        the dossier's day."""
        found = self._evaluator
        if found is None:
            with self._lock:
                found = self._evaluator
                if found is None:
                    ruleset = load_ruleset(
                        self.ruleset_path, overlays=self.overlays, peildatum=self.day()
                    )
                    selection = Selection(self.ruleset_path, self.overlays, self.fixed_day)
                    found = self._evaluator = Evaluator(attrs.evolve(ruleset, selection=selection))
        return found

    def load_all(self) -> None:
        """Load every version with the overlays (once, at start), so that a broken rule file stops
        the start and no request waits for a load: each version on its valid_from and on each day
        within its period on which one of the overlays comes into force. A day on which an overlay
        is not yet valid is left out: a dossier of that day is refused, as `check` refuses it.
        The rules are read from their files, never from the rule cache: the service loads them once,
        so the cache saves it nothing, and an entry forged by whoever can write the cache folder
        would decide while every result named the genuine rule files' sha256."""
        with _rulecache.suspended():
            self._load_all()

    def _load_all(self) -> None:
        evaluator = self.evaluator()
        dated = versions(self.folder())
        starts = sorted(filter(None, map(_overlay_from, self.overlays)))
        for index, (start, _) in enumerate(dated):
            end = dated[index + 1][0] if index + 1 < len(dated) else None
            for day in sorted(
                {
                    start,
                    *(later for later in starts if start < later and (end is None or later < end)),
                }
            ):
                if all(later <= day for later in starts):
                    evaluator.in_force(day)

    def current(self, peildatum: datetime.date | None = None) -> tuple[Evaluator, datetime.date]:
        """The evaluator of the version in force on the service's day (or on
        `peildatum`), and that day."""
        day = self.day(peildatum)
        return self.evaluator().in_force(day), day

    def folder(self) -> Path:
        return Path(self.ruleset_path) if self.ruleset_path else default_rules_dir()

    def versions(self, peildatum: datetime.date | None = None) -> list[dict[str, Any]]:
        """Every version in the rule set folder (a folder of versions, or one version), oldest
        first, each read through the bounded rule file reader; `in_force` marks the one in force
        on the service's day (or on `peildatum`)."""
        folder = self.folder()
        in_force = version_in_force(folder, peildatum=self.day(peildatum)).folder
        out = []
        for start, sub in versions(folder):
            header = _header(sub)
            out.append(
                {
                    "name": header.name,
                    "version": header.version,
                    "valid_from": start.isoformat(),
                    "in_force": sub == in_force,
                    "folder": sub,
                }
            )
        return out

    def describe(self, version: str) -> dict[str, Any] | None:
        """One version in full, with the service's overlays; None when there is no such version."""
        if version in self._described:
            return self._described[version]
        current = self.current()[0].ruleset
        if version == current.version:
            ruleset = current
        else:
            found = [entry for entry in self.versions() if entry["version"] == version]
            if not found:
                return None
            day = datetime.date.fromisoformat(found[0]["valid_from"])
            try:
                ruleset = self.evaluator().in_force(day).ruleset
            except GevoeligheidError as error:  # an overlay that is not valid yet on that day
                return {
                    "name": found[0]["name"],
                    "version": version,
                    "valid_from": found[0]["valid_from"],
                    "overlays": [],
                    "error": error.show(),
                }
        described = self._described[version] = describe_ruleset(ruleset)
        return described


@attrs.frozen
class _Header:
    name: str
    version: str


def _header(folder: Path) -> _Header:
    """A version's name and version, from its ruleset.yaml read and checked like every rule file
    (never past the reader's bounds)."""
    name = str(folder / "ruleset.yaml")
    data = read_rule_file(contained(folder, "ruleset.yaml"), name, "ruleset.yaml").data
    return _Header(str(data["name"]), str(data["version"]))


def summary(ruleset: RuleSet) -> dict[str, Any]:
    return {
        "name": ruleset.name,
        "version": ruleset.version,
        "valid_from": ruleset.valid_from.isoformat(),
        "sha256": ruleset.sha256,
        "overlays": list(ruleset.overlays),
    }


def describe_ruleset(ruleset: RuleSet) -> dict[str, Any]:
    """A rule set as JSON: its settings, facts (with their questions and signals), rules and events,
    each with the Handreiking lines it cites."""

    def cite(source: Source) -> dict[str, Any]:
        return {
            "citation": source.cite(ruleset.document, ruleset.ref),
            "section": source.section,
            "lines": list(source.lines),
        }

    facts = []
    for fact in ruleset.facts.values():
        signal = None
        if fact.signal is not None:
            signal = {
                "weights": {_key(value): weight for value, weight in fact.signal.weights.items()},
                "label": _text(fact.signal.label),
            }
        facts.append(
            {
                "id": fact.id,
                "type": fact.type,
                "values": list(fact.values),
                "kind": fact.kind,
                "category": fact.category,
                "question": _text(fact.question),
                "source": cite(fact.source),
                "quote": fact.quote,
                "signal": signal,
            }
        )
    rules = [
        {
            "id": rule.id,
            "enabled": rule.enabled,
            "headline": rule.headline,
            "when": condition(rule.when),
            "sets": rule.sets.to_dict(),
            "because": _text(rule.because),
            "source": cite(rule.source),
            "quote": rule.quote,
            "why": _text(rule.why),
            "changed_by": rule.changed_by,
        }
        for rule in ruleset.rules
    ]
    settings = [
        {
            "name": setting.name,
            "value": setting.value,
            "why": _text(setting.why),
            "changed_by": setting.changed_by,
            **{
                key: value
                for key, value in (
                    ("min", setting.minimum),
                    ("max", setting.maximum),
                    ("above", setting.above),
                    ("not_below", setting.not_below),
                )
                if value is not None
            },
        }
        for setting in ruleset.settings.values()
    ]
    actions = [
        {
            "id": action.id,
            "role": action.role,
            "when": condition(action.when),
            "text": _text(action.text),
            "source": cite(action.source),
            "quote": action.quote,
            "why": _text(action.why),
        }
        for action in ruleset.actions
    ]
    events = [
        {
            "type": event.type,
            "fields": {field: list(words) for field, words in event.fields.items()},
            "derives": [
                {
                    key: value
                    for key, value in (
                        ("fact", derivation.fact),
                        ("mode", derivation.mode),
                        ("field", derivation.field),
                        ("count_setting", derivation.count_setting),
                        ("days_setting", derivation.days_setting),
                        ("within", derivation.within),
                    )
                    if value is not None
                }
                for derivation in event.derives
            ],
        }
        for event in ruleset.events.values()
    ]
    return {
        **summary(ruleset),
        "title": _text(ruleset.title),
        "document": ruleset.document,
        "disabled": {
            item: {"overlay": off.overlay, "why": off.why} for item, off in ruleset.disabled.items()
        },
        "settings": settings,
        "weight_classes": dict(ruleset.weight_classes),
        "overlap_groups": [
            {"id": group.id, "facts": list(group.facts), "why": _text(group.why)}
            for group in ruleset.overlap_groups
        ],
        "facts": facts,
        "rules": rules,
        "actions": actions,
        "events": events,
    }


def _text(text: Any) -> dict[str, str] | None:
    """A text for people in both languages, or None."""
    return None if text is None else {"nl": text.nl, "en": text.en}


def _key(value: object) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def condition(when: Condition) -> dict[str, Any]:
    """A rule's or action's condition as JSON: {fact, at_least?, contains?}, {any: [...]},
    {all: [...]}, {headline}, {count, at_least, setting?} (for `heaviest` the setting is a weight
    class), {outcome: classification|escalation, at_least: LEVEL}, {informs: ROLE}, or
    {unknown_fact: FACT}."""
    return _ConditionJson().visit(when)


class _ConditionJson(Visitor[dict[str, Any]]):
    __slots__ = ()

    def fact(self, condition: FactCondition) -> dict[str, Any]:
        out: dict[str, Any] = {"fact": condition.fact}
        if condition.at_least is not None:
            out["at_least"] = condition.at_least
        if condition.contains is not None:
            out["contains"] = condition.contains
        return out

    def any_of(self, condition: AnyOf) -> dict[str, Any]:
        return {"any": [self.visit(item) for item in condition.items]}

    def all_of(self, condition: AllOf) -> dict[str, Any]:
        return {"all": [self.visit(item) for item in condition.items]}

    def headline(self, condition: HeadlineRef) -> dict[str, Any]:
        return {"headline": condition.headline}

    def count(self, condition: CountAtLeast) -> dict[str, Any]:
        out: dict[str, Any] = {"count": condition.what, "at_least": condition.number}
        if condition.setting:
            out["setting"] = condition.setting
        return out

    def outcome(self, condition: OutcomeAtLeast) -> dict[str, Any]:
        if condition.what == "inform":
            return {"informs": condition.role}
        levels = CLASSIFICATIONS if condition.what == "classification" else ESCALATIONS
        return {"outcome": condition.what, "at_least": levels[condition.level]}

    def unknown(self, condition: Unknown) -> dict[str, Any]:
        return {"unknown_fact": condition.fact}
