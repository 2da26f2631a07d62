"""Redaction of what may not leave the agency: criminal-law data (AVG article 10), titles and x- keys.

The criminal facts are redacted whenever they hold a value, not only when the value is the
criminal one: `repressieve_handhaving` shown as `bestuursrechtelijk` and redacted otherwise would
tell by its redaction that the track was criminal. For the same reason every signal, reason and
conflict that names such a fact is replaced as a whole by a marker: its id, label and weight would
tell the value. What stays (the levels and the score) can still hint at them; say so to whoever
receives an export.
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
    """A copy of a dossier without its title, its x- keys and the values of criminal facts."""
    out = {key: copy.deepcopy(value) for key, value in dossier.items() if not _personal_key(key)}
    facts = out.get("facts")
    if isinstance(facts, dict):
        for fact in CRIMINAL_FACTS & facts.keys():
            if facts[fact] is not None:
                facts[fact] = REDACTED
    events = out.get("events")
    if isinstance(events, list):
        for event in events:
            if isinstance(event, dict):
                for field in CRIMINAL_EVENT_FIELDS.get(event.get("type"), ()):  # type: ignore[arg-type]
                    if field in event:
                        event[field] = REDACTED
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
        return {key: (REDACTED if key in CRIMINAL_FACTS and item is not None else _walk(item)) for key, item in value.items()}
    return value


def _names_criminal_fact(part: Mapping[str, Any]) -> bool:
    """A signal, reason, conflict or open question that is about a criminal fact."""
    if part.get("redacted") is True:
        return False
    if part.get("id") in CRIMINAL_FACTS or part.get("fact") in CRIMINAL_FACTS:
        return True
    facts = part.get("facts")
    return isinstance(facts, Mapping) and any(facts.get(fact) is not None for fact in CRIMINAL_FACTS)
