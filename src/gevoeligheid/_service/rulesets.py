"""The rules the service decides by: the version in force (today's, or the fixed --peildatum's) with
the overlays fixed at start, and every version of the rule set described as JSON."""

from __future__ import annotations

import datetime
import threading
from pathlib import Path
from typing import Any

import yaml

from .. import CLASSIFICATIONS, ESCALATIONS, Evaluator, GevoeligheidError, RuleSet, load_ruleset
from .._model import Source
from .._rules import default_rules_dir


class Rules:
    """Evaluators by day: without a fixed peildatum the version in force today is used, and a
    new day loads anew (so a version that comes into force at midnight is used from then on)."""

    def __init__(self, ruleset_path: str | None, overlays: tuple[str, ...], peildatum: str | None) -> None:
        self.ruleset_path = ruleset_path
        self.overlays = overlays
        self.fixed_day = datetime.date.fromisoformat(peildatum) if peildatum else None
        self._lock = threading.Lock()
        self._by_day: dict[datetime.date, Evaluator] = {}
        self._described: dict[str, dict[str, Any]] = {}

    def day(self) -> datetime.date:
        return self.fixed_day or datetime.date.today()

    def current(self) -> tuple[Evaluator, datetime.date]:
        day = self.day()
        found = self._by_day.get(day)
        if found is None:
            with self._lock:
                found = self._by_day.get(day)
                if found is None:
                    found = Evaluator(load_ruleset(self.ruleset_path, overlays=self.overlays, peildatum=day))
                    self._by_day = {day: found}  # one day at a time: yesterday's is not asked again
        return found, day

    def folder(self) -> Path:
        return Path(self.ruleset_path) if self.ruleset_path else default_rules_dir()

    def versions(self) -> list[dict[str, Any]]:
        """Every version in the rule set folder (a folder of versions, or one version), oldest first."""
        folder = self.folder()
        folders = [folder] if (folder / "ruleset.yaml").is_file() else sorted(sub for sub in folder.iterdir() if (sub / "ruleset.yaml").is_file())
        current = self.current()[0].ruleset
        out = []
        for sub in folders:
            header = yaml.safe_load((sub / "ruleset.yaml").read_text(encoding="utf-8"))
            out.append({
                "name": header["name"],
                "version": str(header["version"]),
                "valid_from": str(header["valid_from"]),
                "in_force": str(header["version"]) == current.version,
                "folder": sub,
            })
        out.sort(key=lambda version: version["valid_from"])
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
                ruleset = load_ruleset(found[0]["folder"], overlays=self.overlays, peildatum=day)
            except GevoeligheidError as error:  # an overlay that is not valid yet on that day
                return {"name": found[0]["name"], "version": version, "valid_from": found[0]["valid_from"], "overlays": [], "error": error.show()}
        described = self._described[version] = describe_ruleset(ruleset)
        return described


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
        return {"citation": source.cite(ruleset.document, ruleset.ref), "section": source.section, "lines": list(source.lines)}

    facts = []
    for fact in ruleset.facts.values():
        signal = None
        if fact.signal is not None:
            signal = {"weights": {_key(value): weight for value, weight in fact.signal.weights.items()}, "label": _text(fact.signal.label)}
        facts.append({
            "id": fact.id,
            "type": fact.type,
            "values": list(fact.values),
            "kind": fact.kind,
            "category": fact.category,
            "question": _text(fact.question),
            "source": cite(fact.source),
            "quote": fact.quote,
            "signal": signal,
        })
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
            "name": setting.name, "value": setting.value, "why": _text(setting.why), "changed_by": setting.changed_by,
            **{key: value for key, value in (("min", setting.minimum), ("max", setting.maximum), ("above", setting.above), ("not_below", setting.not_below)) if value is not None},
        }
        for setting in ruleset.settings.values()
    ]
    actions = [
        {
            "id": action.id, "role": action.role, "when": condition(action.when), "text": _text(action.text),
            "source": cite(action.source), "quote": action.quote, "why": _text(action.why),
        }
        for action in ruleset.actions
    ]
    events = [
        {
            "type": event.type,
            "fields": {field: list(words) for field, words in event.fields.items()},
            "derives": [
                {key: value for key, value in (("fact", derivation.fact), ("mode", derivation.mode), ("field", derivation.field), ("count_setting", derivation.count_setting), ("days_setting", derivation.days_setting), ("within", derivation.within)) if value is not None}
                for derivation in event.derives
            ],
        }
        for event in ruleset.events.values()
    ]
    return {
        **summary(ruleset),
        "title": _text(ruleset.title),
        "document": ruleset.document,
        "disabled": {item: {"overlay": off.overlay, "why": off.why} for item, off in ruleset.disabled.items()},
        "settings": settings,
        "weight_classes": dict(ruleset.weight_classes),
        "overlap_groups": [{"id": group.id, "facts": list(group.facts), "why": _text(group.why)} for group in ruleset.overlap_groups],
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


def condition(when: Any) -> dict[str, Any]:
    """A rule's or action's condition as JSON: {fact, at_least?, contains?}, {any: [...]},
    {all: [...]}, {headline}, {count, at_least, setting?} (for `heaviest` the setting is a weight
    class), {outcome: classification|escalation, at_least: LEVEL}, {informs: ROLE}, or
    {unknown_fact: FACT}."""
    kind = type(when).__name__
    if kind == "FactCondition":
        out: dict[str, Any] = {"fact": when.fact}
        if when.at_least is not None:
            out["at_least"] = when.at_least
        if when.contains is not None:
            out["contains"] = when.contains
        return out
    if kind == "AnyOf":
        return {"any": [condition(item) for item in when.items]}
    if kind == "AllOf":
        return {"all": [condition(item) for item in when.items]}
    if kind == "HeadlineRef":
        return {"headline": when.headline}
    if kind == "CountAtLeast":
        out = {"count": when.what, "at_least": when.number}
        if when.setting:
            out["setting"] = when.setting
        return out
    if kind == "OutcomeAtLeast":
        if when.what == "inform":
            return {"informs": when.role}
        levels = CLASSIFICATIONS if when.what == "classification" else ESCALATIONS
        return {"outcome": when.what, "at_least": levels[when.level]}
    if kind == "Unknown":
        return {"unknown_fact": when.fact}
    return {"unknown": repr(when)}  # a condition kind added later: shown, never dropped
