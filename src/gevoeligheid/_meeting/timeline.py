"""A dossier's timeline: its outcome on each event's day and on its peildatum, when each level was
first reached, and whether the escalations it records came in time."""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from .._dossier import load_data, parse_dossier
from .._errors import DossierError
from .._evaluate import Evaluator
from .._model import CLASSIFICATIONS, ESCALATIONS, ROLES, Classification, Escalation, Result

#: An escalation recorded this many days after the advice first asked for it still counts as in
#: time: a working week, so that a weekend or a day of absence is no failure.
GRACE_DAYS = 7


@attrs.frozen
class Step:
    day: datetime.date
    result: Result


@attrs.frozen
class Check:
    """A level or role the advice asked for, against what the dossier records."""

    what: str  # a level of the escalation ladder, or a role to inform
    asked: datetime.date | None  # the first day the advice asked for it (None: never)
    done: datetime.date | None  # the first day the dossier records it (None: not recorded)
    verdict: str  # in_time, late, not_recorded, not_asked

    def to_dict(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "asked": _iso(self.asked),
            "done": _iso(self.done),
            "verdict": self.verdict,
        }


@attrs.frozen
class Timeline:
    dossier: dict[str, Any]
    steps: tuple[Step, ...]
    first: dict[
        str, datetime.date
    ]  # each classification and escalation level: the first day reached
    checks: tuple[Check, ...]
    grace_days: int
    rules_from: datetime.date | None = None  # set when events lie before any version of the rules
    feedback: tuple[dict[str, Any], ...] = ()  # what the people did with the advice (from the log)

    def summary(self) -> tuple[str, dict[str, str]]:
        """The message key and fields of the timeline's one-line summary."""
        became = self.became_sensitive
        if became is None:
            return "timeline_never", {}
        if became == self.steps[0].day:
            return "timeline_already", {"day": became.isoformat()}
        return "timeline_became", {"day": became.isoformat()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "dossier": self.dossier,
            "steps": [
                {
                    "day": step.day.isoformat(),
                    "classification": step.result.classification,
                    "escalation": step.result.escalation,
                    "inform": list(step.result.inform),
                    "score": step.result.score,
                    "ruleset": step.result.ruleset.version,
                }
                for step in self.steps
            ],
            "first_reached": {level: day.isoformat() for level, day in self.first.items()},
            "escalaties": [check.to_dict() for check in self.checks],
            "grace_days": self.grace_days,
            "rules_from": _iso(self.rules_from),
            "feedback": list(self.feedback),
        }

    @property
    def became_sensitive(self) -> datetime.date | None:
        return self.first.get("sensitive")


def _version_days(evaluator: Evaluator) -> list[datetime.date]:
    """The days on which a version of the rule set comes into force, the first first: before the
    first nothing can be assessed."""
    from pathlib import Path

    from .._rules import default_rules_dir, valid_from

    selection = evaluator.ruleset.selection
    if selection is None:
        return [evaluator.ruleset.valid_from]
    folder = Path(selection.folder) if selection.folder else default_rules_dir()
    versions = (
        [sub for sub in folder.iterdir() if (sub / "ruleset.yaml").is_file()]
        if not (folder / "ruleset.yaml").is_file()
        else [folder]
    )
    return sorted({valid_from(version) for version in versions})


#: The faults of a dossier that a later version of the rules need not find: a fact, a key or an
#: event field that the version of the day does not know (yet).
_NEWER = frozenset({"unknown-fact", "unknown-key", "unknown-field"})


def _readable_from(
    evaluator: Evaluator, data: Any, source: str, end: datetime.date
) -> datetime.date:
    """The first day whose version of the rules can read the dossier. A dossier written for a
    later version (with a fact it added) cannot be assessed by an older one: its days before that
    are days before the rules, as the days before the first version are."""
    days = _version_days(evaluator)
    for day in [day for day in days if day <= end] or days[:1]:
        try:
            parse_dossier(data, evaluator.in_force(day).ruleset, source)
        except DossierError as error:
            if all(fault.code in _NEWER for fault in error.errors):
                continue
            raise
        return day
    return end  # no version before it reads the dossier: the day of the dossier itself


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def build(
    evaluator: Evaluator,
    dossier: Any,
    *,
    source: str,
    lang: str,
    grace_days: int = GRACE_DAYS,
    today: datetime.date | None = None,
) -> Timeline:
    """Walk the peildatum over the dossier's event days and its own peildatum (else today)."""
    data = load_data(dossier, source)
    parsed = parse_dossier(data, evaluator.in_force(today or datetime.date.today()).ruleset, source)
    end = parsed.peildatum or today or datetime.date.today()
    earliest = _readable_from(evaluator, data, source, end)
    days = sorted(
        {event.datum for event in parsed.events if earliest <= event.datum <= end} | {end}
    )
    steps = tuple(
        Step(day, evaluator.evaluate(data, source=source, lang=lang, peildatum=day))  # type: ignore[arg-type]
        for day in days
    )
    first: dict[str, datetime.date] = {}
    for step in steps:
        for level in Classification:
            if level and step.result.outcome.classification >= level:
                first.setdefault(CLASSIFICATIONS[level], step.day)
        for rung in Escalation:
            if rung and step.result.outcome.escalation >= rung:
                first.setdefault(ESCALATIONS[rung], step.day)
    asked_roles: dict[str, datetime.date] = {}
    for step in steps:
        for role in step.result.inform:
            asked_roles.setdefault(role, step.day)
    done_levels: dict[str, datetime.date] = {}
    done_roles: dict[str, datetime.date] = {}
    for record in sorted(parsed.escalaties, key=lambda item: item.datum):
        if record.level is not None:
            for word in ESCALATIONS[
                1 : ESCALATIONS.index(record.level) + 1
            ]:  # the manager's level covers the coordinator's
                done_levels.setdefault(word, record.datum)
        if record.role is not None:
            done_roles.setdefault(record.role, record.datum)
    checks = [
        _check(level, first.get(level), done_levels.get(level), grace_days)
        for level in ESCALATIONS[1:]
        if level in first or level in done_levels
    ]
    checks += [
        _check(role, asked_roles.get(role), done_roles.get(role), grace_days)
        for role in ROLES
        if role in asked_roles or role in done_roles
    ]
    before_rules = earliest if any(event.datum < earliest for event in parsed.events) else None
    return Timeline(
        dict(steps[-1].result.dossier), steps, first, tuple(checks), grace_days, before_rules
    )


def _check(
    what: str, asked: datetime.date | None, done: datetime.date | None, grace_days: int
) -> Check:
    if asked is None:
        verdict = "not_asked"
    elif done is None:
        verdict = "not_recorded"
    elif done <= asked + datetime.timedelta(days=grace_days):
        verdict = "in_time"
    else:
        verdict = "late"
    return Check(what, asked, done, verdict)
