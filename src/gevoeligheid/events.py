"""Derive facts from a dossier's dated events; evidence only ever raises an answered fact."""

from __future__ import annotations

import datetime
from .model import Conflict, Dossier, FactDef, RuleSet, Value


def apply_events(ruleset: RuleSet, dossier: Dossier, lang: str = "nl") -> tuple[dict[str, Value | None], dict[str, Value], tuple[Conflict, ...]]:
    """The dossier's facts raised by its events: (effective values, what events derived, conflicts)."""
    values: dict[str, Value | None] = dict(dossier.facts)
    if not dossier.events:
        return values, {}, ()
    evidence: dict[str, tuple[Value, tuple[str, ...]]] = {}
    for event_type, event_def in ruleset.events.items():
        events = [event for event in dossier.events if event.type == event_type]
        if not events:
            continue
        for derivation in event_def.derives:
            fact = ruleset.facts[derivation.fact]
            found = _derive(derivation.mode, derivation, events, fact, ruleset)
            if found is None:
                continue
            value, pointers = found
            previous = evidence.get(fact.id)
            if previous is None or _rank(fact, value) > _rank(fact, previous[0]):
                evidence[fact.id] = (value, pointers)
    derived: dict[str, Value] = {}
    conflicts: list[Conflict] = []
    for fact_id, (value, pointers) in evidence.items():
        fact = ruleset.facts[fact_id]
        answered = values.get(fact_id)
        if answered is not None and _rank(fact, answered) >= _rank(fact, value):
            continue
        values[fact_id] = value
        derived[fact_id] = value
        if answered is not None:
            conflicts.append(Conflict(fact_id, answered, value, pointers, _conflict_text(fact_id, answered, value, len(pointers), lang)))
    ordered = {fact_id: derived[fact_id] for fact_id in ruleset.facts if fact_id in derived}
    conflicts.sort(key=lambda conflict: list(ruleset.facts).index(conflict.fact))
    return values, ordered, tuple(conflicts)


def _derive(mode, derivation, events, fact: FactDef, ruleset: RuleSet):
    if mode == "present":
        return True, tuple(event.pointer for event in events)
    if mode == "highest":
        best = max(events, key=lambda event: fact.values.index(event.fields[derivation.field]))
        word = best.fields[derivation.field]
        return word, tuple(event.pointer for event in events if event.fields[derivation.field] == word)
    count = ruleset.settings[derivation.count_setting].value
    days = ruleset.settings[derivation.days_setting].value
    window = densest_window(events, days)
    if len(window) >= count:
        return True, tuple(event.pointer for event in window)
    return None


def densest_window(events, days: int):
    """The largest run of events whose dates lie at most `days` days apart (the earliest such run)."""
    ordered = sorted(events, key=lambda event: (event.datum, event.pointer))
    best: list = []
    start = 0
    span = datetime.timedelta(days=days)
    for end, event in enumerate(ordered):
        while event.datum - ordered[start].datum >= span:
            start += 1
        if end + 1 - start > len(best):
            best = ordered[start : end + 1]
    return best


def _rank(fact: FactDef, value: Value) -> int:
    if fact.type == "bool":
        return int(bool(value))
    if fact.type == "grade":
        return fact.values.index(value)  # type: ignore[arg-type]
    return len(value)  # type: ignore[arg-type]


def _conflict_text(fact_id: str, answered: Value, evidence: Value, count: int, lang: str) -> str:
    if lang == "en":
        events = "1 event in the dossier shows" if count == 1 else f"{count} events in the dossier show"
        return f"'{fact_id}' was answered {_show(answered)}, but {events} {_show(evidence)}; the evidence was used"
    events = "1 gebeurtenis in het dossier toont" if count == 1 else f"{count} gebeurtenissen in het dossier tonen"
    return f"'{fact_id}' is beantwoord met {_show(answered)}, maar {events} {_show(evidence)}; het bewijs is gebruikt"


def _show(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)

