"""The durable-rules engine: the only module that imports durable, and where its pitfalls are fenced.

Each pitfall measured in durable-rules 2.0.28 and how it is met here:
- no `Host`: its background dispatcher threads race with `delete_state` and crash; the C module
  is driven directly and every call holds one lock per rule set (the C code keeps the GIL anyway);
- a session in which no action ran crashes `delete_state`: the compiled rule set has a catch-all
  rule, and a session is deleted only once an action ran;
- a rule that can match the engine's own state loops forever: every rule requires kind == dossier;
- `post` fires one rule only: dossiers are asserted as facts, so every matching rule fires;
- `$or` fires once per true branch, so a rule with `$or` fires an unknown number of times: the
  compiled engine rules have no `$or` (one engine rule per alternative, compile.py), so each fires
  at most once and a dossier takes at most one action per engine rule; more is an EngineError;
- loose typing: the engine only ever sees the integer message of a validated dossier;
- at most 1,024 live sessions: each evaluation's session is deleted in a `finally`;
- exceptions swallowed into the state: there are no Python actions, the loop reads what fired.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import weakref

import durable_rules_engine

from .compile import CATCH_ALL, Compiled
from .errors import EngineError, RuleFileError

_names = itertools.count()
#: durable-rules' error codes for a rule set larger than its fixed tables (rule, beta list,
#: expression and handle limits): the rule set's fault, not the engine's.
_LIMIT_CODES = re.compile(r"error code: 1(0[678]|1[23])\b")


class DurableEngine:
    """One compiled rule set registered in durable-rules, evaluating one dossier per session."""

    def __init__(self, compiled: Compiled) -> None:
        self._lock = threading.Lock()
        self._index = compiled.engine_rules
        # Every engine rule is an `$and` of facts, so it fires at most once for the one fact a
        # dossier is: this is the number of actions a dossier can take, not a guess.
        self._max_steps = len(compiled.durable_definition)
        self._definition = json.dumps(compiled.durable_definition, ensure_ascii=False, sort_keys=True)
        # A name can be registered once per process: make each one new.
        self._name = f"gevoeligheid_{compiled.ruleset.sha256[:12]}_{next(_names)}"
        self._sessions = itertools.count()
        try:
            self._handle = durable_rules_engine.create_ruleset(self._name, self._definition)
        except Exception as error:  # the C module raises bare Exceptions
            if _LIMIT_CODES.search(str(error)):
                raise RuleFileError(
                    compiled.ruleset.files[-1] if compiled.ruleset.files else compiled.ruleset.name,
                    None,
                    f"the rules engine cannot hold this rule set ({error}): too many rules share the same facts",
                    hint="merge rules that set the same levels, or leave out alternatives that another rule already covers",
                ) from error
            raise EngineError(f"durable-rules rejected the compiled rule set: {error}") from error
        self._finalizer = weakref.finalize(self, durable_rules_engine.delete_ruleset, self._handle)

    def match(self, members: str, dossier: str | None = None) -> frozenset[int]:
        """The indices of the matchers whose condition the message satisfies: `members` are the
        dossier's values as JSON object members (`Compiled.message`), made once per fact value."""
        with self._lock:
            sid = str(next(self._sessions))
            payload = f'{{"kind":"dossier","id":"d","sid":"{sid}"{members}}}'
            acted = False
            try:
                try:
                    code, state_handle = durable_rules_engine.assert_fact(self._handle, payload)
                except Exception as error:
                    raise EngineError(f"assert_fact failed: {error}", dossier) from error
                if code != 0:  # 1: no rule matched (impossible with the catch-all), 2: seen before
                    raise EngineError(f"assert_fact answered code {code}", dossier)
                fired: set[int] = set()
                try:
                    result = durable_rules_engine.start_action_for_state(self._handle, state_handle)
                except Exception as error:
                    raise EngineError(f"start_action_for_state failed: {error}", dossier) from error
                messages = result[1] if result else None
                steps = 0
                while messages:
                    acted = True
                    steps += 1
                    if steps > self._max_steps:
                        raise EngineError(f"more than {self._max_steps} actions, one per engine rule: an engine rule fired twice", dossier)
                    # One action a message, '{"<rule name>": {...the fact...}}': read the name
                    # without parsing the whole fact back (that took 80% of the time).
                    name = messages[2 : messages.index('"', 2)]
                    if name != CATCH_ALL:
                        fired.add(self._index[name])
                    try:
                        messages = durable_rules_engine.complete_and_start_action(self._handle, state_handle)
                    except Exception as error:
                        raise EngineError(f"complete_and_start_action failed: {error}", dossier) from error
                if not acted:
                    raise EngineError("no rule fired, not even the catch-all", dossier)
                return frozenset(fired)
            finally:
                if acted:
                    durable_rules_engine.delete_state(self._handle, sid)
                else:
                    # Deleting a session in which nothing ran crashes the process; leave this
                    # handle and register the rule set anew for the next dossier instead.
                    self._finalizer.detach()
                    self._handle = durable_rules_engine.create_ruleset(f"{self._name}_{sid}", self._definition)
                    self._finalizer = weakref.finalize(self, durable_rules_engine.delete_ruleset, self._handle)
