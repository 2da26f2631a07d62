"""Redaction of what may not leave the agency: criminal-law data (AVG article
10), titles and x- keys.

The criminal facts are redacted always, not only when the value is the criminal one, and also
when the dossier left them unknown: `repressieve_handhaving` shown as `bestuursrechtelijk` and
redacted otherwise would tell by its redaction that the track was criminal. For the same reason
every signal, reason and conflict that names such a fact is replaced as a whole by a marker: its
id, label and weight would tell the value. That is enough for the log's own redacted copies,
which replay compares; what the decision made of the facts (the score, the number of signals)
can still tell them, so an export (export.py) shows only what every value of them gives.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

#: Facts of a criminal nature (AVG article 10): a criminal record, a criminal enforcement track.
CRIMINAL_FACTS = frozenset({"strafrechtelijk_verleden", "repressieve_handhaving"})
#: Event fields that tell the same: the kind of an enforcement decision.
CRIMINAL_EVENT_FIELDS = {"handhavingsbesluit": ("soort",)}
REDACTED = "[redacted]"
MARKER = {"redacted": True}


def redact_input(dossier: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a dossier without its title, its x- keys and the values of criminal facts.

    Every criminal fact and field is `[redacted]`, also when the dossier left it out or unknown:
    a redaction only where a value was would tell that there was one."""
    out = {key: copy.deepcopy(value) for key, value in dossier.items() if not _personal_key(key)}
    facts = out.get("facts")
    if facts is None:
        facts = out["facts"] = {}
    if isinstance(facts, dict):
        for fact in sorted(CRIMINAL_FACTS):
            facts[fact] = REDACTED
        out["facts"] = dict(
            sorted(facts.items())
        )  # in the order of a canonical input, wherever they were
    events = out.get("events")
    if isinstance(events, list):
        for event in events:
            if isinstance(event, dict):
                for field in CRIMINAL_EVENT_FIELDS.get(event.get("type"), ()):  # type: ignore[arg-type]
                    event[field] = REDACTED
        out["events"] = [
            dict(sorted(event.items())) if isinstance(event, dict) else event for event in events
        ]
    return out


def redact_result(result: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a result's JSON data with the same redactions as its input."""
    out = dict(result)
    dossier = out.get("dossier")
    if isinstance(dossier, dict):
        out["dossier"] = {key: value for key, value in dossier.items() if not _personal_key(key)}
    for key, value in out.items():
        if key != "dossier":
            out[key] = _walk(value)
    return out


def _personal_key(key: str) -> bool:
    return key == "title" or key.startswith("x-")


def _walk(value: Any) -> Any:
    if isinstance(value, list):
        return [_walk(item) for item in value]
    if isinstance(value, dict):
        if _names_criminal_fact(value):
            return dict(MARKER)
        return {
            key: (REDACTED if key in CRIMINAL_FACTS and item is not None else _walk(item))
            for key, item in value.items()
        }
    return value


def _names_criminal_fact(part: Mapping[str, Any]) -> bool:
    """A signal, reason, conflict or open question that is about a criminal fact."""
    if part.get("redacted") is True:
        return False
    if part.get("id") in CRIMINAL_FACTS or part.get("fact") in CRIMINAL_FACTS:
        return True
    facts = part.get("facts")
    return isinstance(facts, Mapping) and any(
        facts.get(fact) is not None for fact in CRIMINAL_FACTS
    )
