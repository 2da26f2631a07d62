"""The durable-rules engine: the only module that imports durable, and where its
pitfalls are fenced.

Each pitfall measured in durable-rules 2.0.28, and how it is met here:
- no `Host`: its background dispatcher threads race with `delete_state` and crash; the C module
  is driven directly and every call holds one lock per rule set (the C code keeps the GIL anyway);
- a session in which no action ran crashes `delete_state`: the compiled rule set has a catch-all
  rule, and the one session is reused (each dossier asserted, then retracted), never deleted;
- a rule that can match the engine's own state loops forever: every rule requires kind == dossier;
- `post` fires one rule only: dossiers are asserted as facts, so every matching rule fires;
- `$or` fires once per true branch, so a rule with `$or` fires an unknown number of times: the
  compiled engine rules have no `$or` (one engine rule per alternative, _compile.py), so each fires
  at most once and a dossier takes at most one action per engine rule; more is an EngineError;
- loose typing: the engine only ever sees the integer message of a validated dossier;
- at most 1,024 live sessions: there is one, reused; after a failure the rule set is registered
  anew rather than trusting a session in an unknown state;
- exceptions swallowed into the state: there are no Python actions, the loop reads what fired.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import weakref

from ._compile import CATCH_ALL, ENGINE_LIMIT_HINT, Compiled
from ._durable_loader import load_durable_rules_engine
from ._errors import EngineError, RuleFileError
from ._messages import Message

durable_rules_engine = load_durable_rules_engine()  # DurableUnavailable where it cannot load
_names = itertools.count()
#: durable-rules' error codes for a rule set larger than its fixed tables (rule, beta list,
#: expression and handle limits): the rule set's fault, not the engine's.
_LIMIT_CODES = re.compile(r"error code: (10[678]|11[23])\b")


class DurableEngine:
    """One compiled rule set registered in durable-rules, matching dossiers in one reused session.

    Each dossier is asserted as the session's one fact, its actions are run, and it is retracted
    again: a new session per dossier (and `delete_state`) cost twice as much. A session whose
    state is in doubt after a failure is never used again: the rule set is registered anew.
    """

    def __init__(self, compiled: Compiled) -> None:
        self._lock = threading.Lock()
        self._index = compiled.engine_rules
        # Every engine rule is an `$and` of facts, so it fires at most once for the one fact a
        # dossier is: this is the number of actions a dossier can take, not a guess.
        self._max_steps = len(compiled.durable_definition)
        self._definition = json.dumps(
            compiled.durable_definition, ensure_ascii=False, sort_keys=True
        )
        # A name can be registered once per process: make each one new.
        self._name = f"gevoeligheid_{compiled.ruleset.sha256[:12]}_{next(_names)}"
        self._ruleset = compiled.ruleset
        self._handle = self._register(self._name)
        self._finalizer = weakref.finalize(self, durable_rules_engine.delete_ruleset, self._handle)

    def _register(self, name: str) -> int:
        try:
            handle: int = durable_rules_engine.create_ruleset(name, self._definition)
            return handle
        except Exception as error:  # the C module raises bare Exceptions
            limit = _LIMIT_CODES.search(str(error))
            if limit:
                raise RuleFileError(
                    self._ruleset.files[-1] if self._ruleset.files else self._ruleset.name,
                    None,
                    Message("engine_cannot_hold", code=limit.group(1)),
                    hint=ENGINE_LIMIT_HINT,
                ) from error
            raise EngineError(Message("engine_rejected_ruleset", error=str(error))) from error

    def _start_over(self) -> None:
        """Leave the current handle with its session (deleting a session in an unknown state can
        crash the process) and register the rule set anew under a new name."""
        self._finalizer.detach()
        self._handle = self._register(f"{self._name}_{next(_names)}")
        self._finalizer = weakref.finalize(self, durable_rules_engine.delete_ruleset, self._handle)

    def match(self, members: str, dossier: str | None = None) -> frozenset[int]:
        """The indices of the matchers whose condition the message satisfies: `members` are the
        dossier's values as JSON object members (`Compiled.message`), made once per fact value."""
        payload = f'{{"kind":"dossier","id":"d","sid":"0"{members}}}'
        with self._lock:
            try:
                fired = self._run(payload, dossier)
                try:
                    code = durable_rules_engine.retract_fact(self._handle, payload)[0]
                except Exception as error:
                    raise EngineError(
                        Message("engine_call_failed", call="retract_fact", error=str(error)),
                        dossier,
                    ) from error
                if code != 0:
                    raise EngineError(
                        Message("engine_call_code", call="retract_fact", code=code), dossier
                    )
            except BaseException:  # an EngineError, or an interrupt in the middle of a dossier
                self._start_over()
                raise
            return fired

    def _run(self, payload: str, dossier: str | None) -> frozenset[int]:
        """Assert the dossier and run its actions: the matchers that fired."""
        try:
            code, state_handle = durable_rules_engine.assert_fact(self._handle, payload)
        except Exception as error:
            raise EngineError(
                Message("engine_call_failed", call="assert_fact", error=str(error)), dossier
            ) from error
        if code != 0:  # 1: no rule matched (impossible with the catch-all), 2: seen before
            raise EngineError(Message("engine_call_code", call="assert_fact", code=code), dossier)
        handle, index, max_steps, complete = (
            self._handle,
            self._index,
            self._max_steps,
            durable_rules_engine.complete_and_start_action,
        )
        try:
            messages = (
                durable_rules_engine.start_action_for_state(handle, state_handle) or (None, None)
            )[1]
            fired: list[int] = []
            steps = 0
            while messages:
                steps += 1
                if steps > max_steps:
                    raise EngineError(Message("engine_fired_twice", steps=max_steps), dossier)
                # One action a message, '{"<rule name>": {...the fact...}}': read the name
                # without parsing the whole fact back (that took 80% of the time).
                name = messages[2 : messages.index('"', 2)]
                if name != CATCH_ALL:
                    fired.append(index[name])
                messages = complete(handle, state_handle)
        except EngineError:
            raise
        except Exception as error:
            raise EngineError(
                Message("engine_actions_failed", error=str(error)), dossier
            ) from error
        if steps == 0:
            raise EngineError(Message("engine_nothing_fired"), dossier)
        return frozenset(fired)
