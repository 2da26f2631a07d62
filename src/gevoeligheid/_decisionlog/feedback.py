"""What the people did with the advice: accepted, or overridden to which level, by whom, why, and
when each role was informed; append-only, beside the decision it answers."""

from __future__ import annotations

import datetime
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .._errors import DossierError, Dutch, excerpt, suggest
from .._model import CLASSIFICATIONS, ESCALATIONS, ROLES
from .entry import timestamp, utc_now
from .store import DecisionLog

VERDICTS = ("accepted", "overridden")
#: Who decides on the advice: a level of the ladder, or a role that is informed.
DECIDERS = ("medewerker", "coordinator", "manager", "directie", "bestuur", *ROLES)
MAX_REASON = 2_000
MAX_INFORMED = 50
KEYS = ("verdict", "classification", "escalation", "role", "reason", "informed")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COLUMNS = (
    "feedback_id",
    "decision_id",
    "dossier_id",
    "given_at",
    "given_by",
    "verdict",
    "classification",
    "escalation",
    "role",
    "reason",
    "informed",
)


@attrs.frozen
class Feedback:
    """One person's answer to one logged decision."""

    feedback_id: str
    decision_id: str
    dossier_id: str | None
    given_at: str
    given_by: str | None  # the API key's name, or the user at the command line
    verdict: str
    classification: str | None  # the level the people chose instead (overridden)
    escalation: str | None
    role: str  # who decided on the advice
    reason: str | None
    informed: tuple[tuple[str, str], ...]  # (role, YYYY-MM-DD) for each role informed

    def to_dict(self) -> dict[str, Any]:
        out = attrs.asdict(self, recurse=False)
        out["informed"] = [{"role": role, "datum": day} for role, day in self.informed]
        return out


def parse_feedback(
    data: Any,
    decision: Mapping[str, Any],
    *,
    given_by: str | None,
    today: datetime.date | None = None,
) -> Feedback:
    """Check feedback as a case system or a person sends it, against the decision it answers.
    Raises DossierError (source `feedback`, a JSON pointer) for every fault: the first one found."""
    today = today or datetime.date.today()
    if not isinstance(data, Mapping):
        raise _error(
            "",
            "feedback must be a JSON object",
            "een terugmelding moet een JSON-object zijn",
            expected='{"verdict": "accepted", "role": "manager"}',
        )
    for key in data:
        if key not in KEYS:
            raise _error(
                f"/{key}",
                f"unknown key '{excerpt(key)}'",
                f"onbekend veld '{excerpt(key)}'",
                expected=", ".join(KEYS),
                suggestion=suggest(str(key), KEYS),
            )
    verdict = _choice(data, "verdict", VERDICTS, required=True)
    role = _choice(data, "role", DECIDERS, required=True)
    classification = _choice(data, "classification", CLASSIFICATIONS)
    escalation = _choice(data, "escalation", ESCALATIONS)
    reason = data.get("reason")
    if reason is not None and (
        not isinstance(reason, str) or len(reason) > MAX_REASON or not reason.strip()
    ):
        raise _error(
            "/reason",
            f"the reason must be text of 1 to {MAX_REASON:,} characters",
            f"de reden moet tekst van 1 tot {MAX_REASON} tekens zijn",
        )
    if verdict == "overridden":
        if classification is None and escalation is None:
            raise _error(
                "",
                "an override names the level chosen instead: classification, escalation or both",
                "een afwijking noemt het gekozen niveau: classification, escalation of beide",
                expected="classification or escalation",
            )
        if reason is None:
            raise _error(
                "/reason",
                "an override says why",
                "een afwijking zegt waarom",
                hint="give the reason in a sentence",
                hint_nl="geef de reden in een zin",
            )
    elif classification is not None or escalation is not None:
        raise _error(
            "/verdict",
            "accepted advice keeps the advised levels; to choose another level, the verdict is overridden",
            "een overgenomen advies houdt de geadviseerde niveaus; kies verdict overridden voor een ander niveau",
            expected="overridden",
        )
    informed = _informed(data.get("informed", []), decision, today)
    assert verdict is not None and role is not None  # required: _choice raised otherwise
    return Feedback(
        feedback_id=str(uuid.uuid4()),
        decision_id=str(decision["decision_id"]),
        dossier_id=decision.get("dossier_id"),
        given_at=timestamp(utc_now()),
        given_by=given_by,
        verdict=verdict,
        classification=classification,
        escalation=escalation,
        role=role,
        reason=reason,
        informed=informed,
    )


def _choice(
    data: Mapping[str, Any], key: str, choices: Sequence[str], *, required: bool = False
) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise _error(
                f"/{key}", f"'{key}' is missing", f"'{key}' ontbreekt", expected=" | ".join(choices)
            )
        return None
    if value not in choices:
        raise _error(
            f"/{key}",
            f"'{excerpt(value)}' is not a choice",
            f"'{excerpt(value)}' is geen keuze",
            expected=" | ".join(choices),
            suggestion=suggest(str(value), choices),
        )
    return str(value)


def _informed(
    items: Any, decision: Mapping[str, Any], today: datetime.date
) -> tuple[tuple[str, str], ...]:
    if not isinstance(items, list) or len(items) > MAX_INFORMED:
        raise _error(
            "/informed",
            f"informed must be a list of at most {MAX_INFORMED} objects",
            f"informed moet een lijst van hoogstens {MAX_INFORMED} objecten zijn",
            expected='[{"role": "portefeuillehouder", "datum": "2026-12-03"}]',
        )
    out = []
    for index, item in enumerate(items):
        where = f"/informed/{index}"
        if not isinstance(item, Mapping) or set(item) != {"role", "datum"}:
            raise _error(
                where,
                "each informed role is an object with role and datum",
                "elke geïnformeerde rol is een object met role en datum",
                expected='{"role": "portefeuillehouder", "datum": "2026-12-03"}',
            )
        role = _choice(item, "role", ROLES, required=True)
        day = item["datum"]
        if not isinstance(day, str) or not _DATE.fullmatch(day):
            raise _error(
                f"{where}/datum",
                f"'{excerpt(day)}' is not a date",
                f"'{excerpt(day)}' is geen datum",
                expected="YYYY-MM-DD",
            )
        try:
            date = datetime.date.fromisoformat(day)
        except ValueError:
            raise _error(
                f"{where}/datum",
                f"'{day}' is no day of the calendar",
                f"'{day}' is geen dag van de kalender",
                expected="YYYY-MM-DD",
            ) from None
        if date > today:
            raise _error(
                f"{where}/datum",
                f"{day} lies after today: informing is something that happened",
                f"{day} ligt na vandaag: informeren is iets wat gebeurd is",
                hint="record it once it was done",
                hint_nl="leg het vast zodra het gedaan is",
            )
        assert role is not None
        out.append((role, day))
    return tuple(out)


def _error(
    pointer: str,
    what: str,
    what_nl: str,
    *,
    expected: str | None = None,
    suggestion: str | None = None,
    hint: str | None = None,
    hint_nl: str | None = None,
) -> DossierError:
    return DossierError(
        "feedback",
        pointer,
        what,
        expected=expected,
        suggestion=suggestion,
        hint=hint,
        nl=Dutch(what_nl, expected=expected, hint=hint_nl),
    )


def add(log: DecisionLog, feedback: Feedback) -> None:
    """Append one feedback in its own transaction."""
    row = attrs.astuple(feedback, recurse=False)
    row = (*row[:-1], json.dumps([list(pair) for pair in feedback.informed]))
    connection = log._connection()
    with log._transaction(connection) as cursor:
        cursor.execute(
            log._sql(
                f"INSERT INTO gevoelig_feedback ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"
            ),
            row,
        )


def of_decisions(log: DecisionLog, decision_ids: Sequence[str]) -> dict[str, list[Feedback]]:
    """The feedback on each of these decisions, oldest first."""
    out: dict[str, list[Feedback]] = {}
    for start in range(0, len(decision_ids), 500):
        part = list(decision_ids[start : start + 500])
        for feedback in _select(
            log, f" WHERE decision_id IN ({', '.join('?' for _ in part)}) ORDER BY seq", part
        ):
            out.setdefault(feedback.decision_id, []).append(feedback)
    return out


def every(log: DecisionLog, *, since: str | None = None) -> list[Feedback]:
    """All feedback (given on or after `since`, ISO 8601 UTC), oldest first."""
    if since is None:
        return _select(log, " ORDER BY seq", ())
    return _select(log, " WHERE given_at >= ? ORDER BY seq", (since,))


def _select(log: DecisionLog, tail: str, params: Sequence[Any]) -> list[Feedback]:
    connection = log._connection()
    with log._reading(connection) as cursor:
        cursor.execute(
            log._sql(f"SELECT {', '.join(_COLUMNS)} FROM gevoelig_feedback" + tail), tuple(params)
        )
        rows = cursor.fetchall()
    out = []
    for row in rows:
        values = dict(zip(_COLUMNS, row, strict=True))
        values["informed"] = tuple(
            (str(role), str(day)) for role, day in json.loads(values["informed"])
        )
        out.append(Feedback(**values))
    return out
