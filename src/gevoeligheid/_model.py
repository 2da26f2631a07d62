"""The frozen, typed data that flows through gevoeligheid: rule sets, dossiers and results."""

from __future__ import annotations

import datetime
import enum
import json
from collections.abc import Iterator, Mapping
from typing import Any, Literal, get_args

import attrs


class Classification(enum.IntEnum):
    """The classification ladder, lowest first: levels compare by their rank, and each is written
    as its word (`sensitive`) in rule files and results."""

    NOT_SENSITIVE = 0
    ATTENTION = 1
    SENSITIVE = 2
    HIGHLY_SENSITIVE = 3

    @property
    def word(self) -> str:
        return self.name.lower()

    @classmethod
    def of(cls, word: str) -> Classification:
        """The level a word names: `Classification.of("sensitive")`."""
        return cls[word.upper()]


class Escalation(enum.IntEnum):
    """The escalation ladder, lowest first: who decides, from the employee (`none`) to the board."""

    NONE = 0
    COORDINATOR = 1
    MANAGER = 2
    DIRECTOR = 3
    BOARD = 4

    @property
    def word(self) -> str:
        return self.name.lower()

    @classmethod
    def of(cls, word: str) -> Escalation:
        """The level a word names: `Escalation.of("manager")`."""
        return cls[word.upper()]


#: The words of the ladders, lowest first, as rule files and results write them.
CLASSIFICATIONS = tuple(level.word for level in Classification)
ESCALATIONS = tuple(level.word for level in Escalation)
ROLES = ("accountmanager", "ambtelijk_opdrachtgever", "portefeuillehouder")
#: The languages of texts for people.
Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
#: The engines that run the matching pass: durable-rules, or the plain-Python reference evaluator.
Engine = Literal["durable", "reference"]
ENGINES: tuple[Engine, ...] = get_args(Engine)
#: The forms of a result (`gevoelig check -f`); _render writes each. Here, beside the languages and
#: engines, so that the command line offers them without loading the renderer.
Format = Literal["table", "markdown", "json", "jsonl"]
FORMATS: tuple[Format, ...] = get_args(Format)
#: The forms for people, which wrap to the terminal's width and stand apart by a blank line.
FORMATS_FOR_PEOPLE: tuple[Format, ...] = ("table", "markdown")


class FrozenDict(dict[str, Any]):
    """A dict that refuses changes, for the parts that many results share; it pickles and copies
    (a MappingProxyType does neither)."""

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError(f"{type(self).__name__} is read-only: results share it")

    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[type[FrozenDict], tuple[dict[str, Any]]]:
        return (FrozenDict, (dict(self),))

    def __copy__(self) -> FrozenDict:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> FrozenDict:
        return self


#: A fact's value: a bool, a word of a graded fact, or the words of a listed fact.
Value = bool | str | tuple[str, ...]


@attrs.frozen
class Text:
    """A text for people, in Dutch and in English."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl

    @classmethod
    def of(cls, data: object) -> Text:
        """A text from a rule file: {nl, en}, or one string for both (an older file's `why`)."""
        if isinstance(data, Mapping):
            return cls(str(data["nl"]), str(data["en"]))
        return cls(str(data), str(data))


@attrs.frozen
class Source:
    """Where in the Handreiking a rule or fact comes from: its lines and its section."""

    lines: tuple[int, ...]
    section: str

    def cite(self, document: str, ref: str) -> str:
        return str(self.citation(document, ref))

    def citation(self, document: str, ref: str, quote: str = "") -> Citation:
        return Citation(document, ref, self.lines, self.section, quote)


@attrs.frozen(cache_hash=True)
class Citation:
    """A source as a result carries it: the document, its reference, the cited lines, the
    section and the quote. A renderer picks what it shows: the results' JSON has it as one string
    (`str`, with the lines, for machines), readable output the section and the quote."""

    document: str
    ref: str  # how the lines are prefixed, e.g. "004" for 004:396
    lines: tuple[int, ...]
    section: str
    quote: str = ""  # the rule file's `quote`: words of the first cited line

    def __str__(self) -> str:
        lines = ", ".join(f"{self.ref}:{line}" for line in self.lines)
        return f"{self.document}, {self.section} ({lines})"


@attrs.frozen
class Origin:
    """The file and line a definition was read from, for messages that point a rule author to it."""

    file: str
    line: int | None

    def __str__(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@attrs.frozen
class SignalDef:
    """The signal a fact gives: its weight for each value above the lowest, and its label."""

    weights: Mapping[bool | str, int]
    label: Text


@attrs.frozen
class FactDef:
    """A fact of the vocabulary: its type, allowed words, question, source and signal."""

    id: str
    type: str  # "bool", "grade" or "set"
    values: tuple[str, ...]  # the words of a grade (low to high) or of a set; empty for bool
    kind: str  # "checklist", "criterium", "escalatie" or a region's own
    category: str
    question: Text
    source: Source
    quote: str
    signal: SignalDef | None
    origin: Origin
    words: Mapping[str, Text] = attrs.field(factory=dict)  # the words of a grade or set, for people

    def word(self, value: str, lang: str) -> str:
        """One of this fact's words as people read it: its label, or the word itself."""
        found = self.words.get(value)
        return found.get(lang) if found is not None else value.replace("_", " ")

    @property
    def highest(self) -> Value:
        """The value at which this fact weighs most: true, the top grade, or every word."""
        if self.type == "bool":
            return True
        if self.type == "grade":
            return self.values[-1]
        return self.values

    def describe_values(self) -> str:
        if self.type == "bool":
            return "true, false or null"
        if self.type == "grade":
            return ", ".join(self.values) + " or null"
        return "a list of " + ", ".join(self.values) + " (or null)"


# --- conditions -------------------------------------------------------------------------------


@attrs.frozen
class FactCondition:
    """True when a fact is a signal, reaches a grade (`at_least`) or contains a
    word (`contains`)."""

    fact: str
    at_least: str | None = None
    contains: str | None = None


@attrs.frozen
class AnyOf:
    items: tuple[Condition, ...]


@attrs.frozen
class AllOf:
    items: tuple[Condition, ...]


@attrs.frozen
class HeadlineRef:
    """The condition of a headline criterion (H1..H5), by name."""

    headline: str


@attrs.frozen
class CountAtLeast:
    """A count over what the facts gave: `signals`, `headlines`, `score` or `heaviest` (the weight
    of the heaviest signal), at least `number`."""

    what: str
    number: int
    setting: str | None = (
        None  # the setting (or weight class) the number came from, for explanations
    )


@attrs.frozen
class OutcomeAtLeast:
    """A condition on what the other rules decided: `classification` or `escalation` at least the
    level `level` (a Classification or an Escalation), or `inform` holding the role `role`. Levels
    only rise, so a rule on them stays monotone; such rules run after the others,
    until nothing changes."""

    what: str
    level: int = 0
    role: str | None = None


@attrs.frozen
class Unknown:
    """True while a fact is unknown. Only an action may ask it (to have the fact answered): a rule
    that did would lower its outcome when the fact is answered."""

    fact: str


Condition = FactCondition | AnyOf | AllOf | HeadlineRef | CountAtLeast | OutcomeAtLeast | Unknown


@attrs.frozen
class Sets:
    """What a rule sets: a classification and escalation level, and roles to inform."""

    classification: Classification | None = None
    escalation: Escalation | None = None
    inform: frozenset[str] = frozenset()

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.classification is not None:
            out["classification"] = CLASSIFICATIONS[self.classification]
        if self.escalation is not None:
            out["escalation"] = ESCALATIONS[self.escalation]
        if self.inform:
            out["inform"] = [role for role in ROLES if role in self.inform]
        return out


@attrs.frozen
class Rule:
    """A rule of the rule set: when it fires, what it sets, why, and where it comes from."""

    id: str
    when: Condition
    sets: Sets
    because: Text
    source: Source
    quote: str
    origin: Origin
    headline: str | None = None
    why: Text | None = None
    changed_by: str | None = None  # the overlay that changed this rule, if any
    enabled: bool = True
    # A headline rule's strength: (number, the setting it came from, the condition under which it
    # holds besides the rule's own; None for the rule's own). Empty: strength 1.
    strength: tuple[Strength, ...] = ()
    # The choices of the rule set (ruleset.yaml `choices`) under which this rule applies at all.
    only_with: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class Strength:
    """How strongly a headline criterion holds: `number` (from `setting`, if named) when `when`
    holds besides the rule's own condition (None: whenever the rule fires)."""

    number: int
    setting: str | None = None
    when: Condition | None = None


@attrs.frozen
class Ground:
    """One ground of an action: when `when` holds (and the choices of `only_with` are in force),
    the action says `text`, citing `source`; the first ground that holds wins."""

    when: Condition
    text: Text
    source: Source
    quote: str
    only_with: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class Choice:
    """A choice of the rule set among named options (not a number), with its reason: for example
    the route by which the portefeuillehouder is informed. `role` names the role whose label
    says the option in force."""

    name: str
    value: str
    options: Mapping[str, Text]
    why: Text
    origin: Origin
    role: str | None = None
    source: Mapping[str, Source] = attrs.field(factory=dict)  # the line that allows each option
    changed_by: str | None = None


@attrs.frozen
class ActionDef:
    """Something to do now when its condition holds: who does it, what, and where
    the text says so."""

    id: str
    role: str
    text: Text
    when: Condition
    source: Source
    quote: str
    origin: Origin
    why: Text | None = None
    grounds: tuple[Ground, ...] = ()  # texts for particular grounds; the first that holds wins
    only_with: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class Derivation:
    """How events of one type derive a fact: by presence, by their highest word, or in a window."""

    fact: str
    mode: str  # "present", "highest", "window" (count in days) or "days" (on count different days)
    field: str | None = None
    count_setting: str | None = None
    days_setting: str | None = None
    within: str | None = None  # the setting of the evidence window: only events this recent count
    # A word of `field` that an event shows only with a flag: word -> (flag, the
    # word shown without it).
    needs_flag: Mapping[str, tuple[str, str]] = attrs.field(factory=dict)


@attrs.frozen
class EventDef:
    type: str
    fields: Mapping[str, tuple[str, ...]]
    derives: tuple[Derivation, ...]
    flags: tuple[str, ...] = ()  # optional true/false fields (false when left out)


@attrs.frozen
class Setting:
    """A number of the rule set with its reason, and the bounds within which a region may set it."""

    name: str
    value: int
    why: Text
    origin: Origin
    changed_by: str | None = None
    minimum: int | None = None
    maximum: int | None = None
    above: str | None = None  # the setting this one must be greater than
    not_below: str | None = None  # the setting this one must be at least


@attrs.frozen
class OverlapGroup:
    """Facts that measure the same thing: in the score they count once, at the highest weight."""

    id: str
    facts: tuple[str, ...]
    why: Text


@attrs.frozen
class Selection:
    """Where a rule set came from, so that each dossier's peildatum can pick the version in force
    on its day: the folder (None for the default rule set), the overlays, and the peildatum that
    the caller fixed for every dossier (None: each dossier's own, else today)."""

    folder: str | None = None
    overlays: tuple[str, ...] = ()
    peildatum: datetime.date | None = None


@attrs.frozen
class Disabled:
    """A rule or signal that an overlay switched off, with the overlay's reason."""

    overlay: str
    why: str
    origin: Origin


@attrs.frozen
class RuleSet:
    """A whole rule set as loaded: header, vocabulary, rules, events and settings."""

    name: str
    version: str
    valid_from: datetime.date
    title: Text
    document: str
    ref: str
    facts: Mapping[str, FactDef]
    rules: tuple[Rule, ...]
    events: Mapping[str, EventDef]
    settings: Mapping[str, Setting]
    sha256: str
    overlays: tuple[str, ...] = ()
    source_text: tuple[str, ...] = ()  # the Handreiking, one entry a line, for `rules show`
    disabled: Mapping[str, Disabled] = attrs.field(factory=dict)  # by rule or signal id
    files: tuple[str, ...] = ()  # the rule files read, base first, then the overlays
    weight_classes: Mapping[str, int] = attrs.field(factory=dict)  # e.g. context -> 1
    overlap_groups: tuple[OverlapGroup, ...] = ()
    actions: tuple[ActionDef, ...] = ()
    selection: Selection | None = (
        None  # set by callers that let each dossier's day pick the version
    )
    # "answer": a fact that events set counts as answered; "floor": events set a lowest value only,
    # and a fact nobody answered stays an open question below its highest value.
    evidence: str = "answer"
    choices: Mapping[str, Choice] = attrs.field(factory=dict)

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


# --- dossiers ---------------------------------------------------------------------------------


@attrs.frozen
class Event:
    """A dated event in a dossier, with its type-specific words."""

    type: str
    datum: datetime.date
    fields: Mapping[str, str]
    pointer: str
    flags: frozenset[str] = frozenset()  # the event's flags that are true


@attrs.frozen
class Escalatie:
    """A step the dossier records: on `datum` it went to `level` and/or `role` was informed."""

    datum: datetime.date
    level: str | None
    role: str | None
    pointer: str


@attrs.frozen
class Dossier:
    """A parsed, validated dossier: only known fact ids, only allowed values."""

    facts: Mapping[str, Value | None]
    events: tuple[Event, ...] = ()
    id: str | None = None
    title: str | None = None
    competent_authority: str | None = None
    task: str | None = None
    extra: Mapping[str, object] = attrs.field(factory=dict)
    source: str = "<dossier>"
    peildatum: datetime.date | None = None
    escalaties: tuple[Escalatie, ...] = ()  # when it was escalated, who was informed (the timeline)


# --- results ----------------------------------------------------------------------------------


@attrs.frozen
class Signal:
    id: str
    category: str
    weight: int
    label: str
    facts: Mapping[str, Value]
    source: Citation
    from_events: bool = False
    counted: bool = True  # False: another signal of its overlap group carries the weight
    _json: str | None = attrs.field(default=None, init=False, eq=False, repr=False)

    def compact_json(self) -> str:
        return _compact_json(self)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id,
            "category": self.category,
            "weight": self.weight,
            "label": self.label,
            "facts": {key: _json_value(value) for key, value in self.facts.items()},
            "source": str(self.source),
        }
        if self.from_events:
            out["from_events"] = True
        if not self.counted:
            out["counted_in_score"] = False
        return out


@attrs.frozen
class Reason:
    rule: str
    sets: Sets
    because: str
    source: Citation
    facts: Mapping[str, Value] = attrs.field(factory=dict)
    counts: Mapping[str, int] = attrs.field(factory=dict)
    changed_by: str | None = None
    _json: str | None = attrs.field(default=None, init=False, eq=False, repr=False)

    def compact_json(self) -> str:
        return _compact_json(self)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "rule": self.rule,
            "sets": self.sets.to_dict(),
            "because": self.because,
        }
        if self.facts:
            out["facts"] = {key: _json_value(value) for key, value in self.facts.items()}
        if self.counts:
            out["counts"] = dict(self.counts)
        out["source"] = str(self.source)
        if self.changed_by:
            out["changed_by"] = self.changed_by
        return out


@attrs.frozen(cache_hash=True)
class Outcome:
    """Classification and escalation (levels of the ladders) and the roles to inform."""

    classification: Classification = Classification.NOT_SENSITIVE
    escalation: Escalation = Escalation.NONE
    inform: frozenset[str] = frozenset()

    def raised_by(self, sets: Sets) -> Outcome:
        return Outcome(
            max(self.classification, sets.classification or Classification.NOT_SENSITIVE),
            max(self.escalation, sets.escalation or Escalation.NONE),
            self.inform | sets.inform,
        )

    def levels(self) -> dict[str, str]:
        return {
            "classification": CLASSIFICATIONS[self.classification],
            "escalation": ESCALATIONS[self.escalation],
        }


@attrs.frozen
class OpenQuestion:
    fact: str
    question: str
    could_raise_to: Outcome
    source: Citation
    events_show: Value | None = (
        None  # what events show of a fact nobody answered, below its highest
    )
    _json: str | None = attrs.field(default=None, init=False, eq=False, repr=False)

    def compact_json(self) -> str:
        return _compact_json(self)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "fact": self.fact,
            "question": self.question,
            "could_raise_to": self.could_raise_to.levels(),
            "source": str(self.source),
        }
        if self.events_show is not None:
            out["events_show"] = _json_value(self.events_show)
        return out


@attrs.frozen
class Action:
    """What to do now, by whom, and the line of the Handreiking that asks it."""

    id: str
    role: str
    text: str
    source: Citation

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "role": self.role, "text": self.text, "source": str(self.source)}


@attrs.frozen
class Conflict:
    """An answered fact that the dossier's own events contradict; the evidence was used."""

    fact: str
    answered: Value
    evidence: Value
    events: tuple[str, ...]  # JSON pointers of the events that gave the evidence
    message: str

    def to_dict(self) -> dict[str, object]:
        return {
            "fact": self.fact,
            "answered": _json_value(self.answered),
            "evidence": _json_value(self.evidence),
            "events": list(self.events),
            "message": self.message,
        }


class _FieldsAsMapping(Mapping[str, object]):
    """An attrs class that also reads as the read-only dict it replaced: `info["sha256"]`,
    `dict(info)` and `info == {...}` work as they did, `info.sha256` is typed."""

    __slots__ = ()

    def __getitem__(self, key: str) -> object:
        if key not in attrs.fields_dict(type(self)):  # type: ignore[arg-type]
            raise KeyError(key)
        return getattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(attrs.fields_dict(type(self)))  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(attrs.fields(type(self)))  # type: ignore[arg-type]


@attrs.frozen(eq=False)  # a Mapping's equality, as the dict it replaced had
class RulesetInfo(_FieldsAsMapping):
    """The rule set a result was decided by, as the result names it."""

    name: str
    version: str
    valid_from: str  # YYYY-MM-DD
    sha256: str
    overlays: tuple[str, ...]
    document: str

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "version": self.version,
            "valid_from": self.valid_from,
            "sha256": self.sha256,
            "overlays": list(self.overlays),
            "document": self.document,
        }


@attrs.frozen(eq=False)  # a Mapping's equality, as the dict it replaced had
class Generator(_FieldsAsMapping):
    """The program that made a result."""

    name: str
    version: str

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "version": self.version}


@attrs.frozen
class Result:
    """The outcome for one dossier, with everything needed to explain and trace it."""

    dossier: Mapping[str, object]
    outcome: Outcome
    score: int
    signals: tuple[Signal, ...]
    reasons: tuple[Reason, ...]
    open_questions: tuple[OpenQuestion, ...]
    worst_case: Outcome
    conflicts: tuple[Conflict, ...]
    derived: Mapping[str, Value]
    ruleset: RulesetInfo
    engine: Engine
    lang: Language
    actions: tuple[Action, ...] = ()
    peildatum: datetime.date | None = None
    events_left_out: int = 0
    escalation_ground: tuple[
        str, ...
    ] = ()  # rules that set an escalation above the classification's
    generator: Generator | None = None
    labels: Mapping[str, object] = attrs.field(
        factory=dict
    )  # every code of the result, in its language

    @property
    def classification(self) -> str:
        """The classification's word; `outcome.classification` is the level, which compares."""
        return CLASSIFICATIONS[self.outcome.classification]

    @property
    def escalation(self) -> str:
        """The escalation's word; `outcome.escalation` is the level, which compares."""
        return ESCALATIONS[self.outcome.escalation]

    @property
    def inform(self) -> tuple[str, ...]:
        return tuple(role for role in ROLES if role in self.outcome.inform)

    def to_dict(self) -> dict[str, object]:
        """The result as docs/results.md describes it: plain JSON types, in a fixed order."""
        return {
            **self._head(),
            "signals": [signal.to_dict() for signal in self.signals],
            "reasons": [reason.to_dict() for reason in self.reasons],
            "open_questions": [question.to_dict() for question in self.open_questions],
            **self._tail(),
        }

    def compact_json(self) -> str:
        """`to_dict()` as compact JSON, byte for byte, with each shared part's JSON made once.

        A JSON Lines batch writes mostly open questions, signals and reasons, and those are the
        same few objects in result after result (_policy.py shares them).
        """
        head, tail = dumps_compact(self._head()), dumps_compact(self._tail())
        return "".join(
            (
                head[:-1],
                ',"signals":[',
                ",".join([signal.compact_json() for signal in self.signals]),
                '],"reasons":[',
                ",".join([reason.compact_json() for reason in self.reasons]),
                '],"open_questions":[',
                ",".join([question.compact_json() for question in self.open_questions]),
                "],",
                tail[1:],
            )
        )

    def _head(self) -> dict[str, object]:
        return {
            "dossier": dict(self.dossier),
            "classification": self.classification,
            "escalation": self.escalation,
            "inform": list(self.inform),
            "score": self.score,
        }

    def _tail(self) -> dict[str, object]:
        return {
            "worst_case": self.worst_case.levels(),
            "actions": [action.to_dict() for action in self.actions],
            "escalation_ground": list(self.escalation_ground),
            "conflicts": [conflict.to_dict() for conflict in self.conflicts],
            "derived_from_events": {key: _json_value(value) for key, value in self.derived.items()},
            "peildatum": self.peildatum.isoformat() if self.peildatum else None,
            "events_left_out": self.events_left_out,
            **({"labels": dict(self.labels)} if self.labels else {}),
            "ruleset": self.ruleset.to_dict(),
            "generator": self.generator.to_dict() if self.generator is not None else {},
            "engine": self.engine,
            "lang": self.lang,
        }


def dumps_compact(data: object) -> str:
    """JSON without spaces, as `gevoelig check -f jsonl` writes it."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _compact_json(part: Signal | Reason | OpenQuestion) -> str:
    """A part's `to_dict()` as compact JSON, made once: parts are shared by many results."""
    found = part._json
    if found is None:
        found = dumps_compact(part.to_dict())
        object.__setattr__(part, "_json", found)  # a cache, not state: eq and repr ignore it
    return found


def _json_value(value: Value) -> object:
    return list(value) if isinstance(value, tuple) else value
