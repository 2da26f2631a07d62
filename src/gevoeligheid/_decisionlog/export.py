"""A logged decision as it may leave the agency: always redacted.

Criminal-law data (AVG article 10) must not be readable from an export, not even from what the
decision made of it: a criminal record adds to the score, brings a signal and a reason, and takes
an open question away. So the decision in an export is what every possible value of the criminal
facts and fields would have given: the dossier's other facts, evaluated again under the same rules
with each criminal fact true, false and unknown (each value of a grade, each `soort` of every
enforcement decision). A part that is the same under every value is shown; a part that differs is
`[redacted]`, and a list keeps the items every value gives, followed by one marker
`{"redacted": true}` when some value gives more. What an export shows then depends only on what
it shows: whether the record was true, false or unknown cannot be told from it.

When that cannot be done (the rules cannot be loaded as they were, or a dossier has more than
MAX_EVENTS enforcement decisions, which would take 2^n evaluations), every part of the decision is
`[redacted]`, which does not depend on the criminal facts either.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping, Sequence
from typing import Any

from .. import GevoeligheidError
from .redact import (
    CRIMINAL_EVENT_FIELDS,
    CRIMINAL_FACTS,
    MARKER,
    REDACTED,
    redact_input,
    redact_result,
)
from .replay import Replayer

#: Entry fields an export leaves out: the instance is internal, and a hash of the unredacted input
#: or result, beside the rest of it, would let a reader confirm a guess at what was redacted
#: (whether strafrechtelijk_verleden was true is one of two guesses).
_INTERNAL = ("instance", "input_sha256", "result_sha256")
#: The parts of a result that say who the dossier is and how it was decided, not what: kept as
#: they are.
_ABOUT = frozenset({"dossier", "peildatum", "ruleset", "generator", "engine", "lang"})
#: More enforcement decisions in one dossier than this: the decision is redacted whole.
MAX_EVENTS = 4
#: The entry's columns that repeat the decision.
_DECISION_COLUMNS = ("classification", "escalation")


class Exporter:
    """Exports entries, loading each rule set (folder, overlays, peildatum) once."""

    def __init__(self) -> None:
        self._replayer = Replayer()

    def exported(self, entry: Mapping[str, Any]) -> dict[str, Any]:
        """The entry as JSON data with its input and result redacted (a second redaction of an
        already redacted entry changes nothing)."""
        out = {key: value for key, value in entry.items() if key not in _INTERNAL}
        out["ruleset_overlays"] = json.loads(entry["ruleset_overlays"])
        out["ruleset_source"] = json.loads(entry["ruleset_source"])
        data = redact_input(json.loads(entry["input"]))
        out["input"] = data
        result = redact_result(json.loads(entry["result"]))
        decided = self._decision(entry, data)
        out["result"] = {
            key: (
                value
                if key in _ABOUT
                else (decided.get(key, REDACTED) if decided is not None else REDACTED)
            )
            for key, value in result.items()
        }
        for column in _DECISION_COLUMNS:
            out[column] = out["result"].get(column, REDACTED)
        out["redacted"] = True
        return out

    def _decision(self, entry: Mapping[str, Any], data: Mapping[str, Any]) -> dict[str, Any] | None:
        """The parts of the decision that every value of the criminal facts gives, or None."""
        try:
            evaluator = self._replayer._evaluator(entry)
        except (GevoeligheidError, OSError, ValueError):
            return None
        if evaluator.ruleset.sha256 != entry["ruleset_sha256"]:
            return None
        variants = _variants(data, evaluator.ruleset)
        if variants is None:
            return None
        results = []
        for variant in variants:
            try:
                result = evaluator.evaluate(
                    variant, engine=entry["engine"], lang=entry["lang"], source=entry["decision_id"]
                )
            except GevoeligheidError:
                return None
            results.append(redact_result(result.to_dict()))
        decided = _common(results)
        return decided if isinstance(decided, dict) else None


def exported(entry: Mapping[str, Any]) -> dict[str, Any]:
    """One entry exported (see Exporter, which keeps the rules it loads for the next entry)."""
    return Exporter().exported(entry)


def _variants(data: Mapping[str, Any], ruleset: Any) -> list[dict[str, Any]] | None:
    """The dossier with each combination of values of its criminal facts and fields."""
    facts = data.get("facts") if isinstance(data.get("facts"), dict) else {}
    assert isinstance(facts, dict)
    events = data.get("events") if isinstance(data.get("events"), list) else []
    assert isinstance(events, list)
    choices: list[list[tuple[Any, ...]]] = []
    for fact in sorted(CRIMINAL_FACTS):
        definition = ruleset.facts.get(fact)
        if definition is None:
            continue
        values: list[Any] = [True, False] if definition.type == "bool" else list(definition.values)
        choices.append([("fact", fact, value) for value in [*values, None]])
    places = [
        (index, field)
        for index, event in enumerate(events)
        if isinstance(event, dict)
        for field in CRIMINAL_EVENT_FIELDS.get(event.get("type"), ())  # type: ignore[arg-type]
    ]
    if len(places) > MAX_EVENTS:
        return None
    for index, field in places:
        definition = ruleset.events.get(events[index]["type"])
        if definition is None or field not in definition.fields:
            return None
        choices.append([("event", (index, field), value) for value in definition.fields[field]])
    variants = []
    for combination in itertools.product(*choices):
        variant = json.loads(json.dumps(data))
        variant_facts = variant.setdefault("facts", {})
        for kind, where, value in combination:
            if kind == "fact":
                variant_facts.pop(where, None)
                if value is not None:
                    variant_facts[where] = value
            else:
                variant["events"][where[0]][where[1]] = value
        variants.append(variant)
    return variants


def _common(values: Sequence[Any]) -> Any:
    """What all values share: equal values as they are; of dicts each key's common value (a key
    not in every one `[redacted]`); of lists the items in all of them, then one marker when any
    has more; anything else that differs `[redacted]`."""
    first = values[0]
    if all(value == first for value in values[1:]):
        return first
    if all(isinstance(value, dict) for value in values):
        keys = list(dict.fromkeys(key for value in values for key in value))
        return {
            key: (
                _common([value[key] for value in values])
                if all(key in value for value in values)
                else REDACTED
            )
            for key in keys
        }
    if all(isinstance(value, list) for value in values):
        shared = []
        rest = [list(value) for value in values]
        for item in first:
            if all(item in other for other in rest):
                shared.append(item)
                for other in rest:
                    other.remove(item)
        return shared + ([dict(MARKER)] if any(rest) else [])
    return REDACTED
