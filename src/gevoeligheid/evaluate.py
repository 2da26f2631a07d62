"""Dossier -> Result: events, the matching pass on the chosen engine, then the policy."""

from __future__ import annotations

import datetime
import functools
import logging
import re
import threading
from pathlib import Path
from typing import Any

from . import policy, reference
from ._durable_loader import DurableUnavailable
from .compile import Compiled, compile_ruleset
from .dossier import parse_dossier
from .errors import ArgumentError, GevoeligheidError
from .events import apply_events
from .model import LANGUAGES, Dossier, FrozenDict, Result, RuleSet
from .rules import load_ruleset, peildatum_day
from .text import engine_fallback

ENGINES = ("durable", "reference")

#: Why durable-rules cannot be loaded in this process, once a load failed (loading is per process).
_durable_unavailable: DurableUnavailable | None = None
_fallback_told = False
_fallback_lock = threading.Lock()


class Evaluator:
    """A rule set compiled once, ready to evaluate many dossiers on either engine."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self.compiled: Compiled = compile_ruleset(ruleset)
        self.ruleset_info = FrozenDict(ruleset_info(ruleset))  # read-only: every result shares it
        self._durable = None
        self._lock = threading.Lock()

    @property
    def durable(self):
        """The durable-rules engine of this rule set, or None where durable-rules cannot be loaded."""
        global _durable_unavailable
        with self._lock:
            if self._durable is None and _durable_unavailable is None:
                try:
                    from .engine import DurableEngine  # imported only when the durable engine is used
                except DurableUnavailable as error:
                    _durable_unavailable = error
                    return None
                self._durable = DurableEngine(self.compiled)
            return self._durable

    def engine_for(self, engine: str, lang: str = "nl") -> str:
        """The engine that evaluates when `engine` is asked for: the reference engine (same results)
        in place of durable where durable-rules cannot be loaded, said once a process on stderr."""
        global _fallback_told
        if engine != "durable" or self.durable is not None:
            return engine
        with _fallback_lock:
            if not _fallback_told:
                _fallback_told = True
                # A library's notice goes through logging: one line on stderr unless the
                # application configured logging otherwise.
                logging.getLogger(__package__).warning(engine_fallback(_durable_unavailable, lang))
        return "reference"

    def parse(self, dossier: Any, source: str = "<dossier>") -> Dossier:
        if isinstance(dossier, Dossier):
            # A Dossier built by hand has not been checked against this rule set: check it as the
            # data it holds, so that an unknown fact or a wrong value is a DossierError here.
            return parse_dossier(dossier_data(dossier), self.ruleset, dossier.source)
        if isinstance(dossier, str) and not _looks_like_json(dossier):
            dossier = Path(dossier)  # a path given as text
        return parse_dossier(dossier, self.ruleset, source)

    def evaluate(self, dossier: Any, *, engine: str = "durable", lang: str = "nl", source: str = "<dossier>") -> Result:
        if engine not in ENGINES:
            raise ArgumentError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
        if lang not in LANGUAGES:
            raise ArgumentError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
        engine = self.engine_for(engine, lang)
        parsed = self.parse(dossier, source)
        compiled = self.compiled
        values, derived, conflicts = apply_events(self.ruleset, parsed, lang)
        mask, members = compiled.encode(values)
        if engine == "durable":
            fired = self.durable.match(members, parsed.id)
        else:
            fired = reference.match(compiled, mask)
        decision = policy.decide(compiled, values, fired)
        could, worst = policy.hypotheses(compiled, values, mask, fired, decision)
        signals, reasons = policy.explain(compiled, values, mask, decision, lang, derived)
        carried = {key: getattr(parsed, key) for key in ("id", "title", "competent_authority", "task") if getattr(parsed, key) is not None}
        carried.update(parsed.extra)
        return Result(
            dossier=carried,
            outcome=decision.outcome,
            score=decision.score,
            signals=signals,
            reasons=reasons,
            open_questions=policy.open_questions(compiled, could, lang),
            worst_case=worst,
            conflicts=conflicts,
            derived=derived,
            ruleset=self.ruleset_info,
            engine=engine,
            lang=lang,
        )


def dossier_data(dossier: Dossier) -> dict[str, Any]:
    """The plain data of a Dossier, as a dossier file would hold it."""
    data: dict[str, Any] = {key: getattr(dossier, key) for key in ("id", "title", "competent_authority", "task") if getattr(dossier, key) is not None}
    data["facts"] = {key: list(value) if isinstance(value, tuple) else value for key, value in dict(dossier.facts).items()}
    if dossier.events:
        data["events"] = [
            {"type": event.type, "datum": event.datum.isoformat() if isinstance(event.datum, datetime.date) else event.datum, **dict(event.fields)}
            for event in dossier.events
        ]
    data.update(dossier.extra)
    return data


_JSON_SCALAR = re.compile(r"\s*(-?\d+(\.\d+)?([eE][+-]?\d+)?|null|true|false)\s*")


def _looks_like_json(text: str) -> bool:
    """JSON text rather than a path: an object, array or string, or a bare JSON scalar."""
    return text.lstrip()[:1] in ("{", "[", '"') or len(text) > 4096 or bool(_JSON_SCALAR.fullmatch(text))


def ruleset_info(ruleset: RuleSet) -> dict[str, object]:
    return {
        "name": ruleset.name,
        "version": ruleset.version,
        "valid_from": ruleset.valid_from.isoformat(),
        "sha256": ruleset.sha256,
        "overlays": tuple(ruleset.overlays),
        "document": ruleset.document,
    }


def default_ruleset(peildatum: datetime.date | None = None) -> RuleSet:
    """The default rule set in force on `peildatum` (today when None), loaded once per day asked.

    "Today" is read at each call, so a process that runs for days (a service) moves to a new
    version on the day it comes into force.
    """
    return _default_ruleset(peildatum or datetime.date.today())


@functools.lru_cache(maxsize=8)
def _default_ruleset(peildatum: datetime.date) -> RuleSet:
    return load_ruleset(peildatum=peildatum)


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
    engine: str = "durable",
    lang: str = "nl",
    peildatum: datetime.date | str | None = None,
) -> Result:
    """Evaluate one dossier: a dict, a JSON string, a path, or a Dossier.

    Without `ruleset`, the default rule set in force on `peildatum` (today when None) is used.
    Raises DossierError for bad input; the result says which engine produced it.
    """
    if ruleset is None and peildatum is not None:
        ruleset = default_ruleset(peildatum_day(peildatum))
    elif ruleset is not None and peildatum is not None:
        raise ArgumentError("give either a ruleset or a peildatum: load_ruleset(peildatum=...) picks a version")
    return evaluator_for(ruleset).evaluate(dossier, engine=engine, lang=lang)


__all__ = ["ENGINES", "Evaluator", "GevoeligheidError", "evaluate", "evaluator_for"]
