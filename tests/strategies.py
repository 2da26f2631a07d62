"""Hypothesis strategies: dossiers over the default rule set's facts and events."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from gevoeligheid._evaluate import default_ruleset
from gevoeligheid._model import FactDef

#: Rule set 2026.2, whatever today is: the existing invariant tests are about it.
RULESET = default_ruleset(datetime.date(2026, 12, 1))
FACTS = tuple(RULESET.facts.values())
#: Rule set 2027.1, on a day in its period.
PEILDATUM_2027 = "2027-01-04"
RULESET_2027 = default_ruleset(datetime.date(2027, 1, 4))
FACTS_2027 = tuple(RULESET_2027.facts.values())


def fact_values(fact: FactDef, unknown: bool = True):
    """Every value a fact can take, with null (unknown) when `unknown`."""
    if fact.type == "bool":
        known = st.booleans()
    elif fact.type == "grade":
        known = st.sampled_from(fact.values)
    else:
        known = st.sets(st.sampled_from(fact.values)).map(
            lambda words: [w for w in fact.values if w in words]
        )
    return st.one_of(st.none(), known) if unknown else known


@st.composite
def facts(draw, answered=st.floats(0, 1), ruleset=RULESET):
    """A facts object: each fact left out, null, or answered."""
    out = {}
    for fact in ruleset.facts.values():
        choice = draw(st.sampled_from(("absent", "null", "value", "value")))
        if choice == "null":
            out[fact.id] = None
        elif choice == "value":
            out[fact.id] = draw(fact_values(fact, unknown=False))
    return out


dates = st.dates(datetime.date(2025, 1, 1), datetime.date(2026, 11, 20)).map(
    datetime.date.isoformat
)


@st.composite
def events(draw, max_size=25, ruleset=RULESET):
    out = []
    for _ in range(draw(st.integers(0, max_size))):
        kind = draw(st.sampled_from(sorted(ruleset.events)))
        event = {"type": kind, "datum": draw(dates)}
        for field, words in ruleset.events[kind].fields.items():
            event[field] = draw(st.sampled_from(words))
        for flag in ruleset.events[kind].flags:
            if draw(st.booleans()):
                event[flag] = draw(st.booleans())
        out.append(event)
    return out


@st.composite
def dossiers(draw, with_events=True, ruleset=RULESET):
    dossier = {
        "id": draw(st.text("ABCDEFGHIJ0123456789-", min_size=1, max_size=12)),
        "facts": draw(facts(ruleset=ruleset)),
    }
    if with_events and draw(st.booleans()):
        dossier["events"] = draw(events(ruleset=ruleset))
    return dossier


def raise_one(dossier: dict, fact: FactDef, value) -> dict:
    """A copy of `dossier` with one fact set to `value`."""
    changed = dict(dossier, facts=dict(dossier["facts"]))
    changed["facts"][fact.id] = value
    return changed


def _decode_fact(fact: FactDef, byte: int):
    """One byte -> absent (None returned as a marker), null, or a value of `fact`."""
    choice, rest = byte % 4, byte // 4
    if choice == 0:
        return "absent"
    if choice == 1:
        return None
    if fact.type == "bool":
        return bool(rest % 2)
    if fact.type == "grade":
        return fact.values[rest % len(fact.values)]
    return [word for bit, word in enumerate(fact.values) if rest >> bit & 1]


def _highest(fact: FactDef):
    return list(fact.highest) if fact.type == "set" else fact.highest


def _lowest(fact: FactDef):
    if fact.type == "grade":
        return fact.values[0]
    return False if fact.type == "bool" else []


def dossier_from_bytes(blob: bytes) -> dict:
    """Bytes -> a dossier. The first byte picks how facts are drawn, biased to the corners where
    engines break: 0-3 one byte a fact; 4 every fact at its highest; 5 every fact at its highest
    but one, drawn from its byte; 6 each fact at its highest, left out or at its lowest; 7 one byte
    a fact with the events packed into a few weeks (waves, and dates on a window's edges)."""
    mode, blob = (blob[0] % 8, blob[1:]) if blob else (0, blob)
    facts = {}
    for index, (fact, byte) in enumerate(zip(FACTS, blob[: len(FACTS)])):
        if mode == 4 or (mode == 5 and index != blob[0] % len(FACTS)):
            value = _highest(fact)
        elif mode == 6:
            value = ("absent", _highest(fact), _lowest(fact))[byte % 3]
        else:
            value = _decode_fact(fact, byte)
        if value != "absent":
            facts[fact.id] = value
    events = []
    kinds = sorted(RULESET.events)
    rest = blob[len(FACTS) :]
    start = datetime.date(2025, 1, 1) if mode != 7 else datetime.date(2026, 10, 1)
    for offset in range(0, len(rest) - 2, 3):
        kind = kinds[rest[offset] % len(kinds)]
        days = rest[offset + 1] * 2 if mode != 7 else rest[offset + 1] % 50
        event = {"type": kind, "datum": (start + datetime.timedelta(days=days)).isoformat()}
        for field, words in RULESET.events[kind].fields.items():
            event[field] = words[rest[offset + 2] % len(words)]
        events.append(event)
    dossier = {"id": f"OD-{blob[:4].hex()}", "facts": facts}
    if events:
        dossier["events"] = events
    return dossier


def compact_dossiers():
    """Dossiers decoded from one byte string: the same space as `dossiers`, at a fraction of the
    cost per example, for tests that need thousands; shrinking still works (towards zero bytes)."""
    return st.binary(min_size=1 + len(FACTS), max_size=1 + len(FACTS) + 3 * 30).map(
        dossier_from_bytes
    )
