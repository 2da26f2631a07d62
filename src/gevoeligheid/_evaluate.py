"""Dossier -> Result: events, the matching pass on the chosen engine, then the policy."""

from __future__ import annotations

import datetime
import functools
import os
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from . import _explain, _policy, _reference
from ._compile import Compiled, compile_ruleset
from ._definitions import RULE_FILES, read_rule_file
from ._dossier import load_data, parse_dossier, peildatum_of
from ._durable_loader import DurableUnavailable
from ._errors import ArgumentError, DossierError, GevoeligheidError, RuleFileError
from ._events import apply_events
from ._messages import Message
from ._model import (
    ENGINES,
    LANGUAGES,
    Dossier,
    Engine,
    Generator,
    Language,
    Result,
    RuleSet,
    RulesetInfo,
    Selection,
    Value,
)
from ._rules import (
    default_rules_dir,
    load_ruleset,
    peildatum_day,
    peildatum_in_force,
    version_in_force,
    versions,
)
from ._text import engine_fallback
from ._version import __version__

if TYPE_CHECKING:
    from ._engine import DurableEngine

#: Why durable-rules cannot be loaded in this process, once a load failed (loading is per process).
_durable_unavailable: DurableUnavailable | None = None
_fallback_told = False
_fallback_lock = threading.Lock()


GENERATOR = Generator("gevoeligheid", __version__)


class Evaluator:
    """A rule set compiled once, ready to evaluate many dossiers on either engine.

    Each dossier is assessed on one peildatum: the one given to `evaluate`, else the evaluator's
    (`peildatum=`, or the one its rule set's `selection` fixes), else the dossier's own `peildatum`
    key, else today. That day ages the dossier's events. When the rule set carries a `selection`
    (the default rule set does, and `gevoelig check`), the same day also picks the version of the
    rule set in force on it; otherwise the rule set is used as given.
    """

    def __init__(self, ruleset: RuleSet, *, peildatum: datetime.date | str | None = None) -> None:
        self.ruleset = ruleset
        self.compiled: Compiled = compile_ruleset(ruleset)
        self.ruleset_info = ruleset_info(ruleset)  # read-only: every result shares it
        selection = ruleset.selection
        self.peildatum = (
            peildatum_day(peildatum)
            if peildatum is not None
            else (selection.peildatum if selection else None)
        )
        self._durable: DurableEngine | None = None
        self._lock = threading.Lock()
        self._in_force: dict[tuple[object, ...], Evaluator] = {}
        self._by_day: dict[datetime.date, Evaluator] = {}
        self._listed: tuple[tuple[datetime.date, Path], ...] | None = (
            None  # the versions of the selection's folder
        )

    @property
    def durable(self) -> DurableEngine | None:
        """The durable-rules engine of this rule set, or None where durable-rules
        cannot be loaded."""
        global _durable_unavailable  # noqa: PLW0603 - whether the C module loads is known once a process
        with self._lock:
            if self._durable is None and _durable_unavailable is None:
                try:
                    from ._engine import (
                        DurableEngine,
                    )  # imported only when the durable engine is used
                except DurableUnavailable as error:
                    _durable_unavailable = error
                    return None
                self._durable = DurableEngine(self.compiled)
            return self._durable

    def engine_for(self, engine: Engine, lang: Language = "nl") -> Engine:
        """The engine that evaluates when `engine` is asked for: the reference engine (same results)
        in place of durable where durable-rules cannot be loaded, said once a process on stderr."""
        global _fallback_told  # noqa: PLW0603 - the fallback is told once a process
        if engine != "durable" or self._durable is not None or self.durable is not None:
            return engine
        with _fallback_lock:
            if not _fallback_told:
                _fallback_told = True
                # A library's notice goes through logging: one line on stderr unless the
                # application configured logging otherwise.
                import logging

                assert (
                    _durable_unavailable is not None
                )  # durable is None only once it failed to load
                logging.getLogger(__package__).warning(engine_fallback(_durable_unavailable, lang))
        return "reference"

    def parse(self, dossier: Any, source: str = "<dossier>") -> Dossier:
        data, source, checked = _plain(dossier, source)
        return parse_dossier(data, self.ruleset, source, checked=checked)

    def evaluate(
        self,
        dossier: Any,
        *,
        engine: Engine = "durable",
        lang: Language = "nl",
        source: str = "<dossier>",
        peildatum: datetime.date | str | None = None,
    ) -> Result:
        if engine not in ENGINES:
            raise ArgumentError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
        if lang not in LANGUAGES:
            raise ArgumentError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
        engine = self.engine_for(engine, lang)
        data, source, checked = _plain(dossier, source)
        explicit = peildatum if peildatum is not None else self.peildatum
        day = peildatum_in_force(
            explicit, None if explicit is not None else peildatum_of(data, source)
        )
        evaluator = self.in_force(day)
        parsed = parse_dossier(data, evaluator.ruleset, source, checked=checked)
        return evaluator._evaluate(parsed, day, engine, lang)

    def evaluate_file(
        self,
        path: str | os.PathLike[str],
        *,
        engine: Engine = "durable",
        lang: Language = "nl",
        peildatum: datetime.date | str | None = None,
    ) -> Result:
        """Evaluate the dossier in a JSON file (read up to the size limit of a dossier); the file's
        path is the source its errors name. The one way a path given as text is read: `evaluate`
        takes a string for JSON text."""
        path = Path(path)
        return self.evaluate(path, engine=engine, lang=lang, source=str(path), peildatum=peildatum)

    def in_force(self, day: datetime.date) -> Evaluator:
        """The evaluator of the rule set version in force on `day` (this one,
        without a selection)."""
        selection = self.ruleset.selection
        if selection is None:
            return self
        found = self._by_day.get(day)  # most dossiers of a batch share their day
        if found is None:
            if len(self._by_day) >= 64:
                self._by_day.clear()
            found = self._by_day[day] = self._version_in_force(selection, day)
        return found

    def _version_in_force(self, selection: Selection, day: datetime.date) -> Evaluator:
        folder = Path(selection.folder) if selection.folder else default_rules_dir()
        if self._listed is None:
            # Once: listing and reading the headers takes milliseconds (the default folder's
            # listing is shared with the default rule set's loading).
            self._listed = _default_versions() if not selection.folder else versions(folder)
        version = version_in_force(folder, peildatum=day, listed=self._listed).folder
        pending = tuple(
            overlay for overlay in selection.overlays if (_overlay_from(overlay) or day) > day
        )
        key = (version, pending)
        found = self._in_force.get(key)
        if found is None:
            if not pending and self.ruleset.files == (
                *(str(version / name) for name in RULE_FILES),
                *map(str, map(Path, selection.overlays)),
            ):
                # read from the very files in force on that day: no need to read them again
                found = self
            else:
                ruleset = load_ruleset(
                    folder, overlays=selection.overlays, peildatum=day
                )  # raises for a pending overlay
                found = self if ruleset.sha256 == self.ruleset.sha256 else Evaluator(ruleset)
            if len(self._in_force) >= 16:
                self._in_force.clear()
            self._in_force[key] = found
        return found

    def _evaluate(
        self, parsed: Dossier, day: datetime.date, engine: Engine, lang: Language
    ) -> Result:
        compiled = self.compiled
        values, derived, conflicts, left_out = apply_events(self.ruleset, parsed, lang, day)
        mask, members = compiled.encode(values)
        if engine == "durable":
            durable = self._durable or self.durable
            assert durable is not None  # engine_for picks durable only where it loads
            fired = durable.match(members, parsed.id)
        else:
            fired = _reference.match(compiled, mask)
        decision = _policy.decide(compiled, values, fired, mask)
        floor = _below_highest(self.ruleset, parsed, derived)
        could, worst = _policy.hypotheses(compiled, values, mask, fired, decision, floor)
        actions = _explain.actions(
            compiled, _policy.action_positions(compiled, values, decision), lang
        )
        signals, reasons = _explain.explain(compiled, values, mask, decision, lang, derived)
        questions = _explain.open_questions(compiled, could, lang, floor)
        carried: dict[str, Any] = {}
        if parsed.id is not None:
            carried["id"] = parsed.id
        if parsed.title is not None:
            carried["title"] = parsed.title
        if parsed.competent_authority is not None:
            carried["competent_authority"] = parsed.competent_authority
        if parsed.task is not None:
            carried["task"] = parsed.task
        if parsed.extra:
            carried.update(parsed.extra)
        return Result(
            dossier=carried,
            outcome=decision.outcome,
            score=decision.score,
            signals=signals,
            reasons=reasons,
            open_questions=questions,
            worst_case=worst,
            conflicts=conflicts,
            derived=derived,
            ruleset=self.ruleset_info,
            engine=engine,
            lang=lang,
            actions=actions,
            peildatum=day,
            events_left_out=left_out,
            escalation_ground=_policy.escalation_ground(compiled, decision),
            generator=GENERATOR,
            labels=_explain.labels(compiled, decision.outcome, worst, actions, signals, lang),
        )


def _below_highest(
    ruleset: RuleSet, parsed: Dossier, derived: dict[str, Value]
) -> dict[str, Value]:
    """Where evidence is a floor (ruleset.yaml `evidence: floor`): the facts that nobody answered
    and that events set below their highest value. They stay open questions."""
    if ruleset.evidence != "floor" or not derived:
        return {}
    facts = ruleset.facts
    return {
        fact_id: value
        for fact_id, value in derived.items()
        if parsed.facts.get(fact_id) is None and value != facts[fact_id].highest
    }


def dossier_data(dossier: Dossier) -> dict[str, Any]:
    """The plain data of a Dossier, as a dossier file would hold it."""
    data: dict[str, Any] = {
        key: getattr(dossier, key)
        for key in ("id", "title", "competent_authority", "task")
        if getattr(dossier, key) is not None
    }
    if dossier.peildatum is not None:
        data["peildatum"] = (
            dossier.peildatum.isoformat()
            if isinstance(dossier.peildatum, datetime.date)
            else dossier.peildatum
        )
    data["facts"] = {
        key: list(value) if isinstance(value, tuple) else value
        for key, value in dict(dossier.facts).items()
    }
    if dossier.events:
        data["events"] = [
            {
                "type": event.type,
                "datum": event.datum.isoformat()
                if isinstance(event.datum, datetime.date)
                else event.datum,
                **dict(event.fields),
                **dict.fromkeys(sorted(event.flags), True),
            }
            for event in dossier.events
        ]
    data.update(dossier.extra)
    return data


def _plain(dossier: Any, source: str) -> tuple[Any, str, bool]:
    """A dossier as plain data, its source, and whether its shape was checked as it was read."""
    if dossier.__class__ is dict:
        return dossier, source, False
    if isinstance(dossier, Dossier):
        # A Dossier built by hand has not been checked against this rule set: check it as the
        # data it holds, so that an unknown fact or a wrong value is a DossierError here.
        return dossier_data(dossier), dossier.source, False
    if isinstance(dossier, str) and not _looks_like_json(dossier):
        # Text is always JSON text, never a path: a string can come from data (an item of a JSON
        # batch), and data must not make the library read a file. Say how to read one.
        raise DossierError(
            source,
            "",
            Message("text_not_json"),
            hint=Message("text_not_json_hint"),
        )
    if isinstance(dossier, Path):
        source = str(dossier)
    if isinstance(dossier, (Path, str, bytes, bytearray)):
        return load_data(dossier, source), source, True
    return dossier, source, False


@functools.lru_cache(maxsize=64)
def _overlay_from(path: str) -> datetime.date | None:
    """An overlay's valid_from, or None (loading the overlay reports what is wrong with it)."""
    try:
        return datetime.date.fromisoformat(
            str(read_rule_file(Path(path), path, "overlay", regular=False).data["valid_from"])
        )
    except (RuleFileError, KeyError, TypeError, ValueError):
        return None


_JSON_SCALAR = re.compile(r"\s*(-?\d+(\.\d+)?([eE][+-]?\d+)?|null|true|false)\s*")


def _looks_like_json(text: str) -> bool:
    """JSON text rather than, say, a path by mistake: an object, array or string, or a bare JSON
    scalar (anything else could only be invalid JSON, and gets a hint at `evaluate_file`)."""
    return (
        text.lstrip()[:1] in ("{", "[", '"')
        or len(text) > 4096
        or bool(_JSON_SCALAR.fullmatch(text))
    )


def ruleset_info(ruleset: RuleSet) -> RulesetInfo:
    return RulesetInfo(
        name=ruleset.name,
        version=ruleset.version,
        valid_from=ruleset.valid_from.isoformat(),
        sha256=ruleset.sha256,
        overlays=tuple(ruleset.overlays),
        document=ruleset.document,
    )


def default_ruleset(peildatum: datetime.date | None = None) -> RuleSet:
    """The default rule set in force on `peildatum` (today when None), loaded once per day asked.

    "Today" is read at each call, so a process that runs for days (a service) moves to a new
    version on the day it comes into force.
    """
    return _default_ruleset(peildatum or datetime.date.today())


@functools.lru_cache(maxsize=8)
def _default_ruleset(peildatum: datetime.date) -> RuleSet:
    # With a selection: a dossier with a peildatum of its own is assessed on the version in force
    # then. The version is picked from the listing made once a process (a cold `gevoelig check`
    # listed and read every version's header twice), and loaded from its own folder.
    folder = version_in_force(
        default_rules_dir(), peildatum=peildatum, listed=_default_versions()
    ).folder
    return attrs.evolve(load_ruleset(folder, peildatum=peildatum), selection=Selection())


@functools.lru_cache(maxsize=1)
def _default_versions() -> tuple[tuple[datetime.date, Path], ...]:
    """The versions of the default rule set: installed with the package, so
    listed once a process."""
    return versions(default_rules_dir())


_evaluators: dict[int, Evaluator] = {}
_evaluators_lock = threading.Lock()


def evaluator_for(ruleset: RuleSet | None) -> Evaluator:
    """The cached Evaluator of a rule set (the default rule set when None)."""
    ruleset = ruleset if ruleset is not None else default_ruleset()
    with _evaluators_lock:
        found = _evaluators.get(id(ruleset))
        if found is None or found.ruleset is not ruleset:
            if len(_evaluators) >= 16:
                _evaluators.clear()
            found = _evaluators[id(ruleset)] = Evaluator(ruleset)
        return found


def evaluate(
    dossier: Any,
    *,
    ruleset: RuleSet | None = None,
    engine: Engine = "durable",
    lang: Language = "nl",
    peildatum: datetime.date | str | None = None,
) -> Result:
    """Evaluate one dossier: a dict, JSON text (str or bytes), a `pathlib.Path`, or a Dossier.
    A string is always JSON text, never a file name: `evaluate_file` reads a file named by one.

    The dossier is assessed on `peildatum`, else on its own `peildatum` key, else today: that day
    ages its events and is recorded in the result. Without `ruleset`, the same day picks the
    version of the default rule set in force on it; a `ruleset` given is used as it is.
    Raises DossierError for bad input; the result says which engine produced it.
    """
    return evaluator_for(ruleset).evaluate(dossier, engine=engine, lang=lang, peildatum=peildatum)


def evaluate_file(
    path: str | os.PathLike[str],
    *,
    ruleset: RuleSet | None = None,
    engine: Engine = "durable",
    lang: Language = "nl",
    peildatum: datetime.date | str | None = None,
) -> Result:
    """Evaluate the dossier in the JSON file at `path`, as `evaluate` does a dossier given as data;
    errors name the file (`DossierError.source`)."""
    return evaluator_for(ruleset).evaluate_file(path, engine=engine, lang=lang, peildatum=peildatum)


__all__ = [
    "ENGINES",
    "Evaluator",
    "GevoeligheidError",
    "evaluate",
    "evaluate_file",
    "evaluator_for",
]
