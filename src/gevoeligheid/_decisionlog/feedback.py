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

from .._errors import DossierError, excerpt, suggest
from .._jsontext import pointer
from .._messages import Message, Number
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
            Message("feedback_feedback_json_object"),
            expected='{"verdict": "accepted", "role": "manager"}',
        )
    for key in data:
        if key not in KEYS:
            raise _error(
                pointer(key),
                Message("feedback_unknown_key", key=excerpt(key)),
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
            Message("feedback_reason_text_characters", max_reason=Number(MAX_REASON)),
        )
    if verdict == "overridden":
        if classification is None and escalation is None:
            raise _error(
                "",
                Message("feedback_override_names_level_chosen"),
                expected="classification or escalation",
            )
        if reason is None:
            raise _error(
                "/reason",
                Message("feedback_override_says_why"),
                hint=Message("feedback_give_reason_sentence_hint"),
            )
    elif classification is not None or escalation is not None:
        raise _error(
            "/verdict",
            Message("feedback_accepted_advice_keeps_advised"),
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
                pointer(key), Message("feedback_missing", key=key), expected=" | ".join(choices)
            )
        return None
    if value not in choices:
        raise _error(
            pointer(key),
            Message("feedback_choice", value=excerpt(value)),
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
            Message("feedback_informed_list_most_objects", max_informed=MAX_INFORMED),
            expected='[{"role": "portefeuillehouder", "datum": "2026-12-03"}]',
        )
    out = []
    for index, item in enumerate(items):
        where = f"/informed/{index}"
        if not isinstance(item, Mapping) or set(item) != {"role", "datum"}:
            raise _error(
                where,
                Message("feedback_each_informed_role_object"),
                expected='{"role": "portefeuillehouder", "datum": "2026-12-03"}',
            )
        role = _choice(item, "role", ROLES, required=True)
        day = item["datum"]
        if not isinstance(day, str) or not _DATE.fullmatch(day):
            raise _error(
                f"{where}/datum",
                Message("feedback_date", day=excerpt(day)),
                expected="YYYY-MM-DD",
            )
        try:
            date = datetime.date.fromisoformat(day)
        except ValueError:
            raise _error(
                f"{where}/datum",
                Message("feedback_day_calendar", day=day),
                expected="YYYY-MM-DD",
            ) from None
        if date > today:
            raise _error(
                f"{where}/datum",
                Message("feedback_lies_after_today_informing", day=day),
                hint=Message("feedback_record_once_was_done_hint"),
            )
        assert role is not None
        out.append((role, day))
    return tuple(out)


def _error(
    pointer: str,
    what: Message,
    *,
    expected: str | None = None,
    suggestion: str | None = None,
    hint: Message | None = None,
) -> DossierError:
    return DossierError(
        "feedback", pointer, what, expected=expected, suggestion=suggestion, hint=hint
    )


def add(log: DecisionLog, feedback: Feedback) -> None:
    """Append one feedback in its own transaction."""
    row = attrs.astuple(feedback, recurse=False)
    row = (*row[:-1], json.dumps([list(pair) for pair in feedback.informed]))
    connection = log._connection()
    with log._transaction(connection) as cursor:
        cursor.execute(
            log._sql(
                f"INSERT INTO gevoelig_feedback ({', '.join(_COLUMNS)}) VALUES "
                f"({', '.join('?' for _ in _COLUMNS)})"
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
