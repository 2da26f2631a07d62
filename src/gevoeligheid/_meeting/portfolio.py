"""The portfolio for the periodic meeting: counts, the sensitive dossiers with who to inform and
what to do, open questions that could raise a level, what changed since the last meeting, and the
people's overrides; grouped per competent authority (the opdrachtgever)."""

from __future__ import annotations

import collections
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from .._model import CLASSIFICATIONS, ESCALATIONS

#: A dossier goes on the agenda when it is at least this sensitive or escalates at least this high.
AGENDA_CLASSIFICATION = CLASSIFICATIONS.index("sensitive")
AGENDA_ESCALATION = ESCALATIONS.index("manager")


@attrs.frozen
class Portfolio:
    results: tuple[dict[str, Any], ...]  # result JSON (`to_dict()`), each with "source"
    changes: tuple[dict[str, Any], ...] = ()  # {"dossier_id", "logged_at", "before", "after"}
    overrides: tuple[dict[str, Any], ...] = ()  # feedback JSON with verdict overridden
    accepted: int = 0
    since: str | None = None
    failed: tuple[str, ...] = ()  # inputs that could not be evaluated, with their error

    def counts(self, ladder: str) -> list[tuple[str, int]]:
        words = CLASSIFICATIONS if ladder == "classification" else ESCALATIONS
        found = collections.Counter(result[ladder] for result in self.results)
        return [(word, found.get(word, 0)) for word in words]

    def agenda(self) -> list[dict[str, Any]]:
        """The dossiers for the agenda, highest first: sensitive or higher, or to the
        manager or higher."""
        chosen = [
            result
            for result in self.results
            if _rank(result) >= (AGENDA_CLASSIFICATION, 0)
            or ESCALATIONS.index(result["escalation"]) >= AGENDA_ESCALATION
        ]
        return sorted(
            chosen, key=lambda result: (-_rank(result)[0], -_rank(result)[1], _id(result))
        )

    def could_rise(self) -> list[dict[str, Any]]:
        """Dossiers whose worst case (every open question answered yes) lies above their level."""
        out = [
            result
            for result in self.results
            if _worst(result) > _rank(result)
            and (_worst(result)[0] > _rank(result)[0] or _worst(result)[1] > _rank(result)[1])
        ]
        return sorted(out, key=lambda result: (-_worst(result)[0], -_worst(result)[1], _id(result)))

    def by_authority(
        self, rows: Iterable[dict[str, Any]]
    ) -> list[tuple[str | None, list[dict[str, Any]]]]:
        groups: dict[str | None, list[dict[str, Any]]] = {}
        for row in rows:
            groups.setdefault(authority(row), []).append(row)
        return sorted(groups.items(), key=lambda item: (item[0] is None, item[0] or ""))

    def overrides_per_level(self) -> list[tuple[str, str, int]]:
        """(ladder, level chosen, how often) over the overrides."""
        found = collections.Counter(
            (ladder, given[ladder])
            for given in self.overrides
            for ladder in ("classification", "escalation")
            if given.get(ladder)
        )
        return [
            (ladder, level, found[(ladder, level)])
            for ladder, words in (("classification", CLASSIFICATIONS), ("escalation", ESCALATIONS))
            for level in words
            if found.get((ladder, level))
        ]


def raising(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The open questions whose yes would raise this dossier's classification or escalation."""
    now = _rank(result)
    out = []
    for question in result.get("open_questions", []):
        could = question.get("could_raise_to") or {}
        then = (
            CLASSIFICATIONS.index(could.get("classification", result["classification"])),
            ESCALATIONS.index(could.get("escalation", result["escalation"])),
        )
        if then[0] > now[0] or then[1] > now[1]:
            out.append(question)
    return out


def _rank(result: Mapping[str, Any]) -> tuple[int, int]:
    return CLASSIFICATIONS.index(result["classification"]), ESCALATIONS.index(result["escalation"])


def _worst(result: Mapping[str, Any]) -> tuple[int, int]:
    worst = result.get("worst_case") or {}
    return CLASSIFICATIONS.index(
        worst.get("classification", result["classification"])
    ), ESCALATIONS.index(worst.get("escalation", result["escalation"]))


def _id(result: Mapping[str, Any]) -> str:
    return str(result.get("dossier", {}).get("id") or result.get("source", ""))


def authority(result: Mapping[str, Any]) -> str | None:
    value = result.get("dossier", {}).get("competent_authority")
    return value if isinstance(value, str) else None


def from_log(log: Any, since: str | None) -> Portfolio:
    """The latest decision of each dossier in the log, what changed since `since` (ISO 8601 UTC)
    and the feedback given since then."""
    import json

    from .._decisionlog import feedback

    latest: dict[str, dict[str, Any]] = {}
    previous: dict[str, tuple[str, str]] = {}
    changes = []
    for entry in log.entries():
        key = entry["dossier_id"] or entry["decision_id"]
        levels = (entry["classification"], entry["escalation"])
        before = previous.get(key)
        if (
            since is not None
            and entry["logged_at"] >= since
            and before is not None
            and before != levels
        ):
            changes.append(
                {
                    "dossier_id": key,
                    "logged_at": entry["logged_at"],
                    "before": {"classification": before[0], "escalation": before[1]},
                    "after": {"classification": levels[0], "escalation": levels[1]},
                }
            )
        elif since is not None and entry["logged_at"] >= since and before is None:
            changes.append(
                {
                    "dossier_id": key,
                    "logged_at": entry["logged_at"],
                    "before": None,
                    "after": {"classification": levels[0], "escalation": levels[1]},
                }
            )
        previous[key] = levels
        result = json.loads(entry["result"])
        result["source"] = entry["decision_id"]
        latest[key] = result
    given = [item.to_dict() for item in feedback.every(log, since=since)]
    return Portfolio(
        tuple(latest.values()),
        tuple(changes),
        tuple(item for item in given if item["verdict"] == "overridden"),
        sum(item["verdict"] == "accepted" for item in given),
        since,
    )
