"""The impact of other rules: the same dossiers under a base and a new rule set, and what changes.

`diff` compares two rule sets (folders and overlays) on dossier files; `log impact` compares, for
the latest logged decision of every dossier, the rules it was decided by (the log's kept copy)
with the rules that will be in force, on one peildatum, so that only the rules differ. The work
goes to worker processes in chunks, a few chunks a worker at a time, so a log of a million
decisions passes through in bounded memory.
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime
import itertools
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from .. import _policy, _reference
from .._dossier import load_data, parse_dossier, peildatum_of
from .._errors import GevoeligheidError
from .._evaluate import Evaluator
from .._events import apply_events
from .._model import CLASSIFICATIONS, ESCALATIONS, ROLES, Dossier, Result, RuleSet, Sets
from .._rules import load_ruleset

#: The parts of an outcome that count as a change, in the order a report names them.
PARTS = ("classification", "escalation", "inform", "actions")


@attrs.frozen
class RulesSpec:
    """Rules as the command line names them: a folder (None: the default rule set) and overlays."""

    folder: str | None = None
    overlays: tuple[str, ...] = ()

    @classmethod
    def of(cls, paths: Iterable[str | Path]) -> RulesSpec:
        """Folders name the rule set (at most one), files the overlays, in order."""
        folder, overlays = None, []
        for path in paths:
            if Path(path).is_dir():
                if folder is not None:
                    raise ValueError(str(path))
                folder = str(path)
            else:
                overlays.append(str(path))
        return cls(folder, tuple(overlays))

    def load(self, day: datetime.date) -> RuleSet:
        return load_ruleset(self.folder, overlays=self.overlays, peildatum=day)


@attrs.frozen
class Change:
    """One dossier whose outcome differs: what it was, what it becomes, and the rules behind it."""

    key: str  # the file (diff) or the decision id (log impact)
    dossier_id: str | None
    competent_authority: str | None
    base: dict[str, Any]
    new: dict[str, Any]
    parts: tuple[str, ...]  # which of PARTS changed
    rules: tuple[
        dict[str, Any], ...
    ]  # each rule that fires with other effect: id, base sets, new sets

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "dossier_id": self.dossier_id,
            "competent_authority": self.competent_authority,
            "changed": list(self.parts),
            "base": self.base,
            "new": self.new,
            "rules": list(self.rules),
        }


@attrs.frozen
class Outline:
    """What a comparison needs of one dossier's decision under one rule set."""

    essence: dict[str, Any]  # classification, escalation, inform, actions (ids), ruleset
    fired: dict[str, Sets]  # each fired rule's id and what it sets
    dossier_id: str | None
    competent_authority: str | None

    @property
    def reasons(self) -> dict[str, dict[str, Any]]:
        """What each fired rule sets, as JSON; made only for a dossier that changes (most do not:
        making it for every dossier took a twentieth of a `log impact`)."""
        return {rule: sets.to_dict() for rule, sets in self.fired.items()}


def _ruleset_name(name: str, version: str, overlays: Sequence[str]) -> str:
    return f"{name} {version}" + "".join(f" + {overlay}" for overlay in overlays)


def outline(result: Result) -> Outline:
    """The outline of a whole result (what the fast path must equal)."""
    essence = {
        "classification": result.classification,
        "escalation": result.escalation,
        "inform": list(result.inform),
        "actions": [action.id for action in result.actions],
        "ruleset": _ruleset_name(
            result.ruleset.name, result.ruleset.version, result.ruleset.overlays
        ),
    }
    return Outline(
        essence,
        {reason.rule: reason.sets for reason in result.reasons},
        _text(result.dossier.get("id")),
        _text(result.dossier.get("competent_authority")),
    )


def compare(key: str, base: Outline, new: Outline) -> Change | None:
    """The change between two outlines of one dossier, or None when they decide the same."""
    before, after = base.essence, new.essence
    parts = tuple(part for part in PARTS if before[part] != after[part])
    if not parts:
        return None
    # The rules that made the difference: those that fire under one rule set and not the other,
    # or with another effect, on a part that changed (an action is no rule's effect: it shows in
    # the change itself).
    levels = [part for part in parts if part != "actions"]
    was = {rule: _on(sets, levels) for rule, sets in base.reasons.items()}
    now = {rule: _on(sets, levels) for rule, sets in new.reasons.items()}
    rules = tuple(
        {"rule": rule, "base": was.get(rule), "new": now.get(rule)}
        for rule in sorted({*was, *now})
        if was.get(rule) != now.get(rule) and (was.get(rule) or now.get(rule))
    )
    return Change(key, new.dossier_id, new.competent_authority, before, after, parts, rules)


def _on(sets: dict[str, object], parts: list[str]) -> dict[str, object] | None:
    """What a rule sets on the parts that changed; None when it sets none of them."""
    found = {part: sets[part] for part in parts if part in sets}
    return found or None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


@attrs.frozen
class Skipped:
    """An input that could not be re-run under both rule sets, and why (English, for JSON)."""

    key: str
    reason: str  # redacted, ruleset_not_kept, refused
    detail: str
    error: GevoeligheidError | None = attrs.field(default=None, eq=False)  # why refused

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "reason": self.reason, "detail": self.detail}

    def shown(self, lang: str) -> str:
        return self.error.show(lang) if self.error is not None else self.detail


#: What a worker gives back for one input: nothing (same outcome), a Change or a Skipped.
Outcome = Change | Skipped | None


@attrs.frozen
class Task:
    """One input: its key, the dossier as JSON text, and for a logged decision the sha256 and
    day of the rules it was decided by (None for diff: the base rules are fixed)."""

    key: str
    text: str | bytes
    base_sha256: str | None = None
    base_day: str | None = None
    skip: tuple[Any, ...] | None = None  # (reason, detail[, the error]): not to be re-run
    base_source: str | None = None  # JSON of the logged RulesetSource: where its files were


class Comparer:
    """Evaluates a task under the base and the new rules; one per process."""

    def __init__(
        self,
        new: RuleSet,
        peildatum: datetime.date | None,
        base: RuleSet | None = None,
        log_url: str | None = None,
    ) -> None:
        self.new = Evaluator(new)
        self.peildatum = peildatum
        self.base = Evaluator(base) if base is not None else None
        self._log_url = log_url
        self._kept: Any = None
        self._by_sha256: dict[str, Evaluator] = {}
        self._sharing: dict[tuple[int, int], tuple[int, RuleSet, RuleSet]] = {}

    def base_for(self, task: Task) -> Evaluator:
        if self.base is not None:
            return self.base
        assert task.base_sha256 is not None and task.base_day is not None
        found = self._by_sha256.get(task.base_sha256)
        if found is None:
            from .._decisionlog.rulesets import RulesetNotKept

            if self._kept is None:
                from .._decisionlog.rulesets import store_for
                from .._decisionlog.store import open_log

                assert self._log_url is not None
                self._kept = store_for(open_log(self._log_url))
            day = datetime.date.fromisoformat(task.base_day)
            try:
                ruleset = self._kept.load(task.base_sha256, day)
            except RulesetNotKept as missing:  # the files it names may still be the same
                ruleset = _from_source(task, day)
                if ruleset is None:
                    raise missing from None
            found = Evaluator(ruleset)
            if len(self._by_sha256) >= 32:
                self._by_sha256.clear()
            self._by_sha256[task.base_sha256] = found
        return found

    def run(self, task: Task) -> Outcome:
        from .._decisionlog.rulesets import RulesetNotKept

        if task.skip is not None:
            return Skipped(task.key, *task.skip)
        try:
            base = self.base_for(task)
        except RulesetNotKept as missing:
            return Skipped(task.key, "ruleset_not_kept", str(missing))
        try:
            data = load_data(task.text, task.key)
            day = self.peildatum or peildatum_of(data, task.key) or datetime.date.today()
            base, new = base.in_force(day), self.new.in_force(day)
            parsed, values = prepare(base.ruleset, data, task.key, day)
            before = decided(base, parsed, values)
            shares = self._shares(base.ruleset, new.ruleset)
            if shares == _PARSED:
                values = apply_events(new.ruleset, parsed, "en", day)[0]
            elif shares == _NOTHING:
                parsed, values = prepare(new.ruleset, data, task.key, day)
            return compare(task.key, before, decided(new, parsed, values))
        except GevoeligheidError as error:
            return Skipped(task.key, "refused", error.show("en"), error)

    def _shares(self, base: RuleSet, new: RuleSet) -> int:
        """How much of the work before the decision the two rule sets share: the parsed dossier
        when they define the same facts and events, and its values after the events too when
        their settings are the same as well."""
        key = (id(base), id(new))
        found = self._sharing.get(key)
        if found is None:
            if base is new or (_same(base.facts, new.facts) and _same(base.events, new.events)):
                shares = _VALUES if base is new or _same(base.settings, new.settings) else _PARSED
            else:
                shares = _NOTHING
            if len(self._sharing) >= 32:
                self._sharing.clear()
            # The rule sets are held with the answer: an id is unique only while its object lives.
            found = self._sharing[key] = (shares, base, new)
        return found[0]


#: How much two rule sets share of the work before a decision (Comparer._shares).
_NOTHING, _PARSED, _VALUES = 0, 1, 2


def _same(these: Mapping[str, Any], those: Mapping[str, Any]) -> bool:
    """Whether two rule sets define these the same, wherever their files lie: a kept rule set is
    loaded from a temporary folder, so its facts' `origin` always differs from the files'."""
    return these.keys() == those.keys() and all(
        _but_origin(these[key]) == _but_origin(those[key]) for key in these
    )


def _but_origin(definition: Any) -> tuple[Any, ...]:
    return tuple(
        getattr(definition, field.name)
        for field in attrs.fields(type(definition))
        if field.name != "origin"
    )


def fast_outline(evaluator: Evaluator, data: Any, source: str, day: datetime.date) -> Outline:
    """The outline of a decision without the explanation, the open questions and the worst case
    that a whole result also makes (about half of its time): the pipeline of Evaluator.evaluate up
    to the decision. tests/test_meeting.py holds it equal to `outline(evaluate(...))`."""
    in_force = evaluator.in_force(day)
    return decided(in_force, *prepare(in_force.ruleset, data, source, day))


def prepare(
    ruleset: RuleSet, data: Any, source: str, day: datetime.date
) -> tuple[Dossier, dict[str, Any]]:
    """The dossier parsed under a rule set, and its facts' values once its events are applied."""
    parsed = parse_dossier(data, ruleset, source, checked=True)
    return parsed, apply_events(ruleset, parsed, "en", day)[0]


def decided(in_force: Evaluator, parsed: Dossier, values: dict[str, Any]) -> Outline:
    """The outline of the decision on a prepared dossier (`in_force`: the version of the day)."""
    ruleset, compiled = in_force.ruleset, in_force.compiled
    mask, _members = compiled.encode(values)
    decision = _policy.decide(compiled, values, _reference.match(compiled, mask))
    outcome = decision.outcome
    essence = {
        "classification": CLASSIFICATIONS[outcome.classification],
        "escalation": ESCALATIONS[outcome.escalation],
        "inform": [role for role in ROLES if role in outcome.inform],
        "actions": [
            ruleset.actions[position].id
            for position, _ground in _policy.action_positions(compiled, values, decision)
        ],
        "ruleset": _ruleset_name(ruleset.name, ruleset.version, ruleset.overlays),
    }
    rules = ruleset.rules
    fired = {rules[position].id: rules[position].sets for position in decision.rule_positions}
    return Outline(essence, fired, parsed.id, parsed.competent_authority)


def _from_source(task: Task, day: datetime.date) -> RuleSet | None:
    """The rules of a decision logged before the log kept rule sets, loaded from the folder and
    overlays it names, if they still give its sha256."""
    if task.base_source is None:
        return None
    try:
        source = json.loads(task.base_source)
        ruleset = load_ruleset(
            source.get("path"), overlays=source.get("overlays", ()), peildatum=day
        )
    except (GevoeligheidError, ValueError, AttributeError):
        return None
    return ruleset if ruleset.sha256 == task.base_sha256 else None


_worker: dict[str, Comparer] = {}


def _start(make: Callable[[], Comparer]) -> None:
    _worker["comparer"] = make()


def _chunk(tasks: list[Task]) -> list[Outcome]:
    comparer = _worker["comparer"]
    return [comparer.run(task) for task in tasks]


def run(
    tasks: Iterator[Task], make: Callable[[], Comparer], jobs: int, chunk: int = 256
) -> Iterator[Outcome]:
    """Every task's outcome, in input order: here with one job, else in `jobs` worker processes
    with at most three chunks a worker in flight (memory stays flat however many tasks)."""
    if jobs == 1:
        comparer = make()
        for task in tasks:
            yield comparer.run(task)
        return
    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    )
    with concurrent.futures.ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start, initargs=(make,)
    ) as executor:
        window: collections.deque[concurrent.futures.Future[list[Outcome]]] = collections.deque()

        def send() -> bool:
            batch = list(itertools.islice(tasks, chunk))
            if batch:
                window.append(executor.submit(_chunk, batch))
            return bool(batch)

        while len(window) < 3 * jobs and send():
            pass
        while window:
            done = window.popleft().result()
            send()
            yield from done


def jobs_for(requested: int) -> int:
    return requested if requested > 0 else (os.cpu_count() or 1)


@attrs.define
class Summary:
    """Counts per change, and how many inputs were compared, changed and skipped."""

    compared: int = 0
    changed: int = 0
    skipped: int = 0
    counts: collections.Counter[tuple[str, str, str]] = attrs.field(
        factory=collections.Counter
    )  # (part, base, new)
    by_reason: collections.Counter[str] = attrs.field(factory=collections.Counter)

    def add(self, outcome: Outcome) -> None:
        self.compared += 1
        if isinstance(outcome, Skipped):
            self.skipped += 1
            self.by_reason[outcome.reason] += 1
        elif outcome is not None:
            self.changed += 1
            for part in outcome.parts:
                self.counts[(part, _show(outcome.base[part]), _show(outcome.new[part]))] += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "compared": self.compared,
            "changed": self.changed,
            "same": self.compared - self.changed - self.skipped,
            "not_rerun": self.skipped,
            "not_rerun_by_reason": dict(sorted(self.by_reason.items())),
            "changes": [
                {"changed": part, "base": before, "new": after, "count": count}
                for (part, before, after), count in self.rows()
            ],
        }

    def rows(self) -> list[tuple[tuple[str, str, str], int]]:
        """The counts per change, in the order of PARTS, most frequent first."""
        return sorted(
            self.counts.items(), key=lambda item: (PARTS.index(item[0][0]), -item[1], item[0])
        )


def _show(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(value) or "-"
    return str(value)


# --- the inputs -----------------------------------------------------------------------------------


def file_tasks(paths: Sequence[str]) -> Iterator[Task]:
    """Dossier files, folders and JSON Lines files as tasks (a bad one is refused
    by the comparer)."""
    from .._inputs import Items, expand

    for item in Items(expand(tuple(paths)), read_files=True):
        if item.error is not None:
            yield Task(item.source, "", skip=("refused", item.error.show("en"), item.error))
        else:
            assert item.text is not None
            yield Task(item.source, item.text)


#: The latest decision of each dossier (and every decision without a dossier id), a page at a time
#: in log order: the index on (dossier_id, seq) answers the inner query for each row.
_LATEST = (
    "SELECT seq, decision_id, input, redacted, ruleset_sha256, peildatum, ruleset_source FROM "
    "gevoelig_decisions AS d WHERE seq > ? AND "
    "(dossier_id IS NULL OR seq = (SELECT MAX(seq) FROM gevoelig_decisions AS e WHERE e.dossier_id "
    "= d.dossier_id)) ORDER BY seq LIMIT ?"
)


def log_tasks(log: Any, page: int = 2000) -> Iterator[Task]:
    """The latest logged decision of every dossier as a task, streamed a page at a time."""
    after = 0
    while True:
        connection = log._connection()
        with log._reading(connection) as cursor:
            cursor.execute(log._sql(_LATEST), (after, page))
            rows = cursor.fetchall()
        for _seq, decision_id, text, redacted, sha256, day, source in rows:
            if redacted:
                yield Task(
                    decision_id,
                    "",
                    skip=(
                        "redacted",
                        (
                            "the log holds a redacted copy of the input: re-run it from the case "
                            "system's own dossier"
                        ),
                    ),
                )
            else:
                yield Task(decision_id, text, sha256, day, base_source=source)
        if len(rows) < page:
            return
        after = rows[-1][0]


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
