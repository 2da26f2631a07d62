"""Derive facts from a dossier's dated events; evidence only ever raises an answered fact."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from ._messages import word
from ._model import Conflict, Derivation, Dossier, Event, FactDef, RuleSet, Value


def apply_events(
    ruleset: RuleSet, dossier: Dossier, lang: str = "nl", peildatum: datetime.date | None = None
) -> tuple[dict[str, Value | None], dict[str, Value], tuple[Conflict, ...], int]:
    """The dossier's facts raised by its events as of `peildatum` (today when None): (effective
    values, what events derived, conflicts, the number of events left out because they are dated
    after the peildatum)."""
    values: dict[str, Value | None] = dict(dossier.facts)
    if not dossier.events:
        return values, {}, (), 0
    day = peildatum or datetime.date.today()
    # The events up to the peildatum by type, in one pass (each type keeps the dossier's order).
    by_type: dict[str, list[Event]] = {}
    left_out = 0
    for event in dossier.events:
        if event.datum > day:
            left_out += 1
        elif event.type in by_type:
            by_type[event.type].append(event)
        else:
            by_type[event.type] = [event]
    evidence: dict[str, tuple[Value, tuple[str, ...]]] = {}
    for event_type, event_def in ruleset.events.items():
        events = by_type.get(event_type)
        if not events:
            continue
        for derivation in event_def.derives:
            fact = ruleset.facts[derivation.fact]
            found = _derive(derivation.mode, derivation, events, fact, ruleset, day)
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
            conflicts.append(
                Conflict(
                    fact_id,
                    answered,
                    value,
                    pointers,
                    _conflict_text(fact, answered, value, len(pointers), lang),
                )
            )
    if not derived:
        return values, derived, (), left_out
    ordered = {fact_id: derived[fact_id] for fact_id in ruleset.facts if fact_id in derived}
    conflicts.sort(key=lambda conflict: list(ruleset.facts).index(conflict.fact))
    return values, ordered, tuple(conflicts), left_out


def _derive(
    mode: str,
    derivation: Derivation,
    events: list[Event],
    fact: FactDef,
    ruleset: RuleSet,
    day: datetime.date,
) -> tuple[Value, tuple[str, ...]] | None:
    """What one derivation finds in the events (all dated on or before `day`), or None. With a
    window (`within`), only events at most that many days before `day` count; a wave counts when
    its last complaint lies in the window."""
    oldest = (
        day - datetime.timedelta(days=ruleset.settings[derivation.within].value)
        if derivation.within
        else None
    )
    recent = events if oldest is None else [event for event in events if event.datum >= oldest]
    if mode == "window":
        assert (
            derivation.count_setting is not None and derivation.days_setting is not None
        )  # a window names both
        count = ruleset.settings[derivation.count_setting].value
        days = ruleset.settings[derivation.days_setting].value
        window = densest_window(events, days, ending_from=oldest)
        if len(window) >= count:
            return True, tuple(event.pointer for event in window)
        return None
    if not recent:
        return None
    if mode == "present":
        return True, tuple(event.pointer for event in recent)
    if mode == "highest":
        assert derivation.field is not None  # highest names its field
        field = derivation.field
        shown = {event.pointer: _shown(derivation, event, field) for event in recent}
        word = max(shown.values(), key=fact.values.index)
        return word, tuple(event.pointer for event in recent if shown[event.pointer] == word)
    # "days": events on at least so many different days (three complaints on one evening are one
    # occasion, not a pattern)
    assert derivation.count_setting is not None  # days_at_least names its setting
    if len({event.datum for event in recent}) >= ruleset.settings[derivation.count_setting].value:
        return True, tuple(event.pointer for event in recent)
    return None


def _shown(derivation: Derivation, event: Event, field: str) -> str:
    """The word an event shows: its field's word, or the word below it where that word needs a
    flag the event does not have (an off-site incident without significant consequences)."""
    word = event.fields[field]
    need = derivation.needs_flag.get(word)
    if need is not None and need[0] not in event.flags:
        return need[1]
    return word


def densest_window(
    events: Sequence[Event], days: int, ending_from: datetime.date | None = None
) -> list[Event]:
    """The largest run of events whose dates lie less than `days` days apart (the earliest such
    run), counting only runs whose last event is dated on or after `ending_from`."""
    ordered = sorted(events, key=lambda event: (event.datum, event.pointer))
    best: list[Event] = []
    start = 0
    span = datetime.timedelta(days=days)
    for end, event in enumerate(ordered):
        while event.datum - ordered[start].datum >= span:
            start += 1
        if end + 1 - start > len(best) and (ending_from is None or event.datum >= ending_from):
            best = ordered[start : end + 1]
    return best


def _rank(fact: FactDef, value: Value) -> int:
    if fact.type == "bool":
        return int(bool(value))
    if fact.type == "grade":
        return fact.values.index(value)
    return len(value)  # type: ignore[arg-type]


def _conflict_text(fact: FactDef, answered: Value, evidence: Value, count: int, lang: str) -> str:
    # The fact by its question, as the inspector read it, never by its id.
    return word(
        "conflict_one" if count == 1 else "conflict",
        lang,
        question=fact.question.get(lang),
        answered=_show(fact, answered, lang),
        count=count,
        evidence=_show(fact, evidence, lang),
    )


def _show(fact: FactDef, value: Value, lang: str) -> str:
    """An answer in words, as people say it: ja/nee (yes/no), a grade's label."""
    if isinstance(value, bool):
        return word("yes" if value else "no", lang)
    if isinstance(value, tuple):
        return ", ".join(fact.word(word, lang) for word in value)
    return fact.word(value, lang)
