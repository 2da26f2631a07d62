"""Replay a logged decision with this library and say whether it gives the same bytes."""

from __future__ import annotations

import datetime
import json
import os
import stat
from collections.abc import Mapping
from typing import Any

import attrs

from .. import Evaluator, GevoeligheidError, RuleFileError, __version__, _rulecache, load_ruleset
from .._errors import ErrorLine
from .._messages import Message, Number
from .entry import canonical_json, canonical_result, result_text, sha256_hex
from .redact import redact_result
from .rulesets import RulesetNotKept, RulesetStore

#: What a replay found, worst last.
SAME, DIFFERENT, RULESET_CHANGED, CANNOT = "same", "different", "ruleset_changed", "cannot_replay"


@attrs.frozen
class Replay:
    decision_id: str
    status: str
    why: Message  # the same bytes, what differs, or why it cannot replay

    def show(self, lang: str) -> str:
        """Why, in `lang`."""
        return self.why.render(lang)

    @property
    def detail(self) -> str:
        """Why, in English: for machines and logs."""
        return self.show("en")

    def to_dict(self) -> dict[str, str]:
        return {"decision_id": self.decision_id, "status": self.status, "detail": self.detail}


class Replayer:
    """Replays entries, loading each rule set (folder, overlays, peildatum) once."""

    def __init__(
        self,
        *,
        ruleset_path: str | None = None,
        overlays: tuple[str, ...] | None = None,
        kept: RulesetStore | None = None,
    ) -> None:
        self._ruleset_path = ruleset_path
        self._overlays = overlays
        self._evaluators: dict[tuple[Any, ...], Evaluator] = {}
        #: The log's copies of the rule sets that decided: used when the files named no longer give
        #: the logged sha256 (another machine, an upgrade), unless other rules were asked for.
        self._kept = kept if ruleset_path is None and overlays is None else None

    def _evaluator(self, entry: Mapping[str, Any]) -> Evaluator:
        source = (
            json.loads(entry["ruleset_source"])
            if isinstance(entry["ruleset_source"], str)
            else entry["ruleset_source"]
        )
        path = self._ruleset_path if self._ruleset_path is not None else source.get("path")
        overlays = (
            self._overlays if self._overlays is not None else tuple(source.get("overlays", ()))
        )
        key = (path, overlays, entry["peildatum"])
        if key not in self._evaluators:
            day = datetime.date.fromisoformat(entry["peildatum"])
            for overlay in (
                overlays
            ):  # a name in the log is data: a pipe or a device there would block the read
                if not _regular(overlay):
                    raise RuleFileError(
                        str(overlay),
                        None,
                        Message("replay_overlay_log_names_regular"),
                        hint=Message("replay_give_overlay_overlay_hint"),
                    )
            with (
                _rulecache.suspended()
            ):  # the rule files themselves, never a cache entry someone could have forged
                self._evaluators[key] = Evaluator(
                    load_ruleset(path, overlays=overlays, peildatum=day)
                )
        return self._evaluators[key]

    def _kept_evaluator(self, entry: Mapping[str, Any]) -> Evaluator:
        """The evaluator of the log's own copy of the entry's rule set, on its logged peildatum."""
        assert self._kept is not None
        key = ("kept", entry["ruleset_sha256"], entry["peildatum"])
        if key not in self._evaluators:
            day = datetime.date.fromisoformat(entry["peildatum"])
            self._evaluators[key] = Evaluator(
                self._kept.load(entry["ruleset_sha256"], day), peildatum=day
            )
        return self._evaluators[key]

    def replay(self, entry: Mapping[str, Any], original_input: Any = None) -> Replay:
        """Evaluate the logged input again (or `original_input`, the case system's own copy of a
        dossier whose logged input was redacted) and compare the result byte for byte."""
        decision = entry["decision_id"]
        data = json.loads(entry["input"])
        if original_input is not None:
            if sha256_hex(canonical_json(original_input)) != entry["input_sha256"]:
                return Replay(decision, CANNOT, Message("replay_input_not_decided_on"))
            data = original_input
        elif entry["redacted"]:
            return Replay(decision, CANNOT, Message("replay_input_redacted"))
        try:
            evaluator = self._evaluator(entry)
        except GevoeligheidError as error:
            if self._kept is None:
                return Replay(
                    decision, CANNOT, Message("replay_ruleset_unloadable", error=ErrorLine(error))
                )
            evaluator = None
        if self._kept is not None and (
            evaluator is None or evaluator.ruleset.sha256 != entry["ruleset_sha256"]
        ):
            try:
                evaluator = self._kept_evaluator(entry)
            except RulesetNotKept as missing:
                if evaluator is None:
                    return Replay(
                        decision,
                        CANNOT,
                        Message("replay_ruleset_unloadable_not_kept", missing=missing.why),
                    )
        assert evaluator is not None  # loaded from its files, or from the log's copy
        if evaluator.ruleset.sha256 != entry["ruleset_sha256"]:
            return Replay(
                decision,
                RULESET_CHANGED,
                Message(
                    "replay_ruleset_changed",
                    now=evaluator.ruleset.sha256,
                    logged=entry["ruleset_sha256"],
                ),
            )
        try:
            # On the logged day: the day whose rules decided, also for a dossier without a peildatum
            # of its own that was decided on the day it was logged.
            result = evaluator.evaluate(
                data,
                engine=entry["engine"],
                lang=entry["lang"],
                source=decision,
                peildatum=entry["peildatum"],
            )
        except GevoeligheidError as error:
            return Replay(
                decision, DIFFERENT, Message("replay_input_refused", error=ErrorLine(error))
            )
        again = result_text(result)
        if entry["redacted"]:
            again = canonical_result(redact_result(json.loads(again)))
        if again == entry["result"]:
            size = Number(len(again.encode("utf-8")))
            return Replay(decision, SAME, Message("replay_same", size=size))
        difference = _first_difference(json.loads(entry["result"]), json.loads(again))
        if entry["library_version"] != __version__:
            difference = Message(
                "replay_difference_by_versions",
                difference=difference,
                logged=entry["library_version"],
                now=__version__,
            )
        return Replay(decision, DIFFERENT, difference)


def _regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _first_difference(logged: Any, now: Any, where: str = "") -> Message:
    """Where the logged result and the result now first differ, and how."""
    if type(logged) is not type(now):
        return Message("replay_differs", where=where or "/", logged=_short(logged), now=_short(now))
    if isinstance(logged, dict):
        for key in [*logged, *(key for key in now if key not in logged)]:
            if key not in now:
                return Message("replay_only_logged", where=f"{where}/{key}")
            if key not in logged:
                return Message("replay_only_now", where=f"{where}/{key}")
            if logged[key] != now[key]:
                return _first_difference(logged[key], now[key], f"{where}/{key}")
        if list(logged) != list(now):
            return Message("replay_keys_reordered", where=where or "/")
    elif isinstance(logged, list):
        for index, (old, new) in enumerate(zip(logged, now, strict=False)):  # lengths below
            if old != new:
                return _first_difference(old, new, f"{where}/{index}")
        if len(logged) != len(now):
            return Message(
                "replay_items_differ", where=where or "/", logged=len(logged), now=len(now)
            )
    elif logged != now:
        return Message("replay_differs", where=where or "/", logged=_short(logged), now=_short(now))
    return Message("replay_bytes_differ")


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."
