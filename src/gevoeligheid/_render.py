"""Show a Result as a table, Markdown, JSON or a JSON line; rendering computes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from ._messages import label, word
from ._model import (
    ROLES,
    Action,
    FrozenDict,
    OpenQuestion,
    Outcome,
    Reason,
    Result,
    Signal,
    _json_value,
)
from ._text import DEFAULT_WIDTH, cited, visible


def to_json(result: Result, *, indent: int | None = 2) -> str:
    """Deterministic JSON: the same result gives the same bytes; compact without `indent`."""
    if indent is None:
        return result.compact_json()
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=indent, separators=(",", ": "))


def to_json_line(result: Result) -> bytes:
    """`to_json(result, indent=None)` and a newline, in UTF-8, byte for byte: a JSON Lines batch's
    line, assembled from the UTF-8 of its parts. Most of a line is parts that many results share
    (signals, reasons, open questions, actions, the rule set); each one's bytes are made once."""
    outcome, worst = result.outcome, result.worst_case
    return b"".join(
        (
            b'{"dossier":',
            _compact_bytes(result.dossier),
            _shared(_HEADS, outcome, _outcome_head),
            str(result.score).encode(),
            b',"signals":[',
            _joined(result.signals),
            b'],"reasons":[',
            _joined(result.reasons),
            b'],"open_questions":[',
            _joined(result.open_questions),
            b'],"worst_case":',
            _shared(_LEVELS, worst, _levels),
            b',"actions":',
            _shared(_ACTIONS, result.actions, _actions),
            b',"escalation_ground":',
            _compact_bytes(list(result.escalation_ground)) if result.escalation_ground else b"[]",
            b',"conflicts":',
            _compact_bytes([conflict.to_dict() for conflict in result.conflicts])
            if result.conflicts
            else b"[]",
            b',"derived_from_events":',
            _compact_bytes({key: _json_value(value) for key, value in result.derived.items()})
            if result.derived
            else b"{}",
            b',"peildatum":',
            f'"{result.peildatum.isoformat()}"'.encode() if result.peildatum else b"null",
            b',"events_left_out":',
            str(result.events_left_out).encode(),
            _labels(result.labels) if result.labels else b"",
            _shared_end(result),
            b"}\n",
        )
    )


#: Parts' UTF-8 by the id of the shared object it was made of (the object is kept with it, so
#: that its id is not another's), one table per kind of part; cleared when full, as the policy's
#: caches are.
_Table = dict[int, tuple[object, bytes]]
_PARTS: _Table = {}  # signals, reasons and open questions
_HEADS: _Table = {}  # an outcome's levels and roles
_LEVELS: _Table = {}  # the worst case's levels
_ACTIONS: _Table = {}  # a tuple of actions
_LABELS: _Table = {}  # the labels (a read-only FrozenDict, shared by the results that have it)
_BYTES_LIMIT = 20_000
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _shared(table: _Table, part: Any, make: Callable[[Any], bytes]) -> bytes:
    found = table.get(id(part))
    if found is None or found[0] is not part:
        if len(table) >= _BYTES_LIMIT:
            table.clear()
        found = table[id(part)] = (part, make(part))
    return found[1]


def _joined(parts: Sequence[Signal | Reason | OpenQuestion]) -> bytes:
    """The parts' UTF-8, comma-separated: `_shared` of each, without a call a part (a result has
    some thirty of them)."""
    table = _PARTS
    out = []
    for part in parts:
        found = table.get(id(part))
        if found is None or found[0] is not part:
            found = (part, _shared(table, part, _part))
        out.append(found[1])
    return b",".join(out)


def _compact_bytes(data: object) -> bytes:
    return _encode(data).encode()


def _c_encoder() -> Callable[[object], str]:
    """`_COMPACT.encode` without making its C encoder at every call (json.dumps and
    JSONEncoder.encode both do), where the C encoder exists. It checks no circular reference:
    the data is a result's, whose dossier part was checked to be nested at most 32 deep."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return _COMPACT.encode
    encoder: Callable[[object, int], list[str]] = make(
        None, _COMPACT.default, json.encoder.encode_basestring, None, ":", ",", False, False, True
    )
    return lambda data: "".join(encoder(data, 0))


_encode: Callable[[object], str] = _c_encoder()


def _labels(labels: Mapping[str, object]) -> bytes:
    """The labels' member; made once for the read-only labels the explanation shares, every time
    for a mapping someone could change (a Result made by hand)."""
    if labels.__class__ is FrozenDict:
        return _shared(_LABELS, labels, _labels_member)
    return _labels_member(labels)


def _labels_member(labels: Mapping[str, object]) -> bytes:
    return b',"labels":' + _compact_bytes(labels)


def _part(part: Signal | Reason | OpenQuestion) -> bytes:
    return part.compact_json().encode()


def _outcome_head(outcome: Outcome) -> bytes:
    """From after the dossier to the score: the levels and who to inform."""
    levels = outcome.levels()
    return (
        b","
        + _compact_bytes(
            {
                "classification": levels["classification"],
                "escalation": levels["escalation"],
                "inform": [role for role in ROLES if role in outcome.inform],
                "score": 0,
            }
        )[1:-2]
    )


def _levels(outcome: Outcome) -> bytes:
    return _compact_bytes(outcome.levels())


def _actions(actions: Sequence[Action]) -> bytes:
    return _compact_bytes([action.to_dict() for action in actions])


def _shared_end(result: Result) -> bytes:
    """The rule set, the generator, the engine and the language: the same for a whole batch."""
    key = (result.ruleset, result.generator, result.engine, result.lang)
    found = _ENDS.get(tuple(map(id, key)))
    if found is None or any(one is not other for one, other in zip(found[0], key)):
        if len(_ENDS) >= 64:
            _ENDS.clear()
        tail = {
            "ruleset": result.ruleset.to_dict(),
            "generator": result.generator.to_dict() if result.generator is not None else {},
            "engine": result.engine,
            "lang": result.lang,
        }
        found = _ENDS[tuple(map(id, key))] = (key, b"," + _compact_bytes(tail)[1:-1])
    return found[1]


_ENDS: dict[tuple[int, ...], tuple[tuple[object, ...], bytes]] = {}


def to_text(
    result: Result, *, markdown: bool = False, explain: bool = False, width: int = DEFAULT_WIDTH
) -> str:
    """A summary for people (with the ground of an escalation above the classification's, and the
    open questions in one line), the signals and the actions with their sources; with `explain`
    also the reasons, the open questions and the worst case. A source is cited by its section and
    quote, as an inspector finds it in the document (the lines are in the JSON). Tables wrap their
    long columns to fit `width`, between words; Markdown tables never wrap (a wrapped cell would
    become a row of its own)."""
    page = _Page(result.lang, markdown, width)
    out = [page.heading(result.dossier), *page.summary(result)]
    out += page.signals(result.signals)
    out += page.actions(result.actions, escalated=bool(result.outcome.escalation))
    if result.conflicts:
        out += page.section(word("conflicts", page.lang))
        out += [f"- {conflict.message}" for conflict in result.conflicts]
    if explain:
        out += page.reasons(result.reasons)
        if result.open_questions:
            out += page.open_questions(result)
    out.append("")
    if result.events_left_out:
        out.append(f"{result.events_left_out} {word('left_out', page.lang)}.")
    out.append(page.footer(result))
    return "\n".join(out) + "\n"


@attrs.frozen
class _Page:
    """The parts of a result's text in one language, as a table for a terminal `width` wide or as
    Markdown; each method gives the lines of one part."""

    lang: str
    markdown: bool
    width: int

    def heading(self, dossier: Mapping[str, Any]) -> str:
        # The id and title are the only words of the dossier's own that a table shows: a control
        # character in them is shown as its escape rather than obeyed by the terminal.
        name = visible(
            " - ".join(str(dossier[key]) for key in ("id", "title") if dossier.get(key))
        ) or word("no_id", self.lang)
        title = word("dossier", self.lang)
        return f"## {title} {name}" if self.markdown else f"{title}: {name}"

    def summary(self, result: Result) -> list[str]:
        """The levels, the ground of an escalation, who to inform, the score and how many
        questions are open (with the worst case when it is higher)."""
        lang = self.lang
        informed = result.labels.get("inform") if result.labels else None
        inform = ", ".join(
            informed[role] if isinstance(informed, dict) and role in informed else label(role, lang)
            for role in result.inform
        ) or word("nobody", lang)
        summary = [
            (word("classification", lang), label(result.classification, lang)),
            (word("escalation", lang), label(result.escalation, lang)),
        ]
        if result.escalation_ground:
            # Never "niet gevoelig" beside "bestuur" without the reason on the same screen.
            because = {reason.rule: reason.because for reason in result.reasons}
            summary.append(
                (
                    word("ground", lang),
                    " ".join(because[rule] for rule in result.escalation_ground if rule in because),
                )
            )
        summary += [(word("inform", lang), inform), (word("score", lang), str(result.score))]
        if result.open_questions:
            text = str(len(result.open_questions))
            if _above(result.worst_case, result.outcome):
                text += f", {word('if_all_yes', lang)}: {_sets(result.worst_case.levels(), lang)}"
            summary.append((word("open_count", lang), text))
        if self.markdown:
            return ["", *(f"- **{key}**: {value}" for key, value in summary)]
        from tabulate import tabulate  # here: JSON needs no tables, and it takes 10 ms to import

        key_width = max(len(key) for key, _ in summary)
        room = max(20, self.width - key_width - 2)
        return [tabulate(summary, tablefmt="plain", maxcolwidths=[None, room])]

    def signals(self, signals: Sequence[Signal]) -> list[str]:
        """The signals with their weight, category and source, and what their marks mean."""
        lang = self.lang
        out = self.section(word("signals", lang))
        if not signals:
            return [*out, word("no_signals", lang)]
        # The mark leads the label, so that wrapping cannot leave it on a line of its own.
        rows = [
            [
                ("* " if signal.from_events else "") + signal.label,
                signal.weight if signal.counted else f"({signal.weight})",
                label(signal.category, lang),
                cited(signal.source),
            ]
            for signal in signals
        ]
        headers = ["signal", "weight", "category", "source"]
        out.append(self.table(rows, [word(header, lang) for header in headers], (0, 3)))
        notes = []
        if any(signal.from_events for signal in signals):
            notes.append("* " + word("from_events", lang))
        if any(not signal.counted for signal in signals):
            notes.append(word("uncounted", lang))
        if notes and self.markdown:
            out.append("\n" + "\n\n".join(notes))
        elif notes:
            import textwrap

            out.append(
                "\n".join(
                    textwrap.fill(note, self.width, subsequent_indent="    ") for note in notes
                )
            )
        return out

    def actions(self, actions: Sequence[Action], *, escalated: bool) -> list[str]:
        """Who does what now, with the source of each action."""
        lang = self.lang
        out = self.section(word("actions", lang))
        if not actions:
            # Never "nothing to do" beside an escalation.
            return [*out, word("no_actions_escalated" if escalated else "no_actions", lang)]
        rows = [[label(action.role, lang), action.text, cited(action.source)] for action in actions]
        headers = [word("who", lang), word("action", lang), word("source", lang)]
        return [*out, self.table(rows, headers, (1, 2))]

    def reasons(self, reasons: Sequence[Reason]) -> list[str]:
        """What each rule that applied set, why, and its source."""
        lang = self.lang
        out = self.section(word("reasons", lang))
        if not reasons:
            return [*out, word("no_reasons", lang)]
        rows = [
            [
                _sets(reason.sets.to_dict(), lang),
                _changed(reason.because, reason.changed_by, lang),
                cited(reason.source),
            ]
            for reason in reasons
        ]
        headers = [word("sets", lang), word("because", lang), word("source", lang)]
        return [*out, self.table(rows, headers, (0, 1, 2))]

    def open_questions(self, result: Result) -> list[str]:
        """The open questions, each with what it could raise, and the worst case."""
        lang = self.lang
        current = result.outcome.levels()
        # By their question: a reader of the table is an inspector, not a rule author.
        rows = [
            [question.question, _could(question.could_raise_to.levels(), current, lang)]
            for question in result.open_questions
        ]
        headers = [word("question", lang), word("could_raise_to", lang)]
        return [
            *self.section(word("open_questions", lang)),
            self.table(rows, headers, (0, 1)),
            "",
            f"{word('worst_case', lang)}: {_sets(result.worst_case.levels(), lang)}",
        ]

    def footer(self, result: Result) -> str:
        """The document, the rule set (its name in the output's language), the peildatum and the
        engine."""
        lang = self.lang
        ruleset = " + ".join(
            [
                f"{label(result.ruleset.name, lang)} {result.ruleset.version}",
                *result.ruleset.overlays,
            ]
        )
        day = (
            f"; {word('peildatum', lang)} {result.peildatum.isoformat()}"
            if result.peildatum
            else ""
        )
        return (
            f"{word('source', lang)}: {result.ruleset.document}; "
            f"{word('ruleset', lang).lower()} {ruleset}{day}; "
            f"{word('engine', lang)} {label(result.engine, lang)}"
        )

    def section(self, title: str) -> list[str]:
        return ["", f"### {title}", ""] if self.markdown else ["", title]

    def table(
        self, rows: Sequence[Sequence[object]], headers: list[str], flexible: tuple[int, ...]
    ) -> str:
        from tabulate import tabulate

        if self.markdown:
            return tabulate(rows, headers=headers, tablefmt="github")
        return tabulate(
            rows,
            headers=headers,
            tablefmt="simple",
            maxcolwidths=fit(rows, headers, self.width, flexible),
        )


def fit(
    rows: Sequence[Sequence[object]], headers: list[str], width: int, flexible: tuple[int, ...]
) -> list[int | None]:
    """Column widths for tabulate's `maxcolwidths` so that a table fits `width`: the widest of
    the `flexible` columns are narrowed first, to one common cap, and none below 12.

    tabulate makes a column at least its header plus two wide (its MIN_PADDING) and puts two
    spaces between columns; both count here.
    """
    content = [
        max([0] + [len(line) for row in rows for line in str(row[index]).splitlines()])
        for index in range(len(headers))
    ]
    # No column narrower than its longest word: a table may run wider than `width` rather than
    # cut a word in half.
    longest = [
        max([0] + [len(part) for row in rows for part in str(row[index]).split()])
        for index in range(len(headers))
    ]
    floor = [max(len(str(header)) + 2, longest[index]) for index, header in enumerate(headers)]
    room = (
        width
        - 2 * (len(headers) - 1)
        - sum(
            max(content[index], floor[index])
            for index in range(len(headers))
            if index not in flexible
        )
    )
    cap = max((content[index] for index in flexible), default=0)
    while (
        cap > 12 and sum(max(min(content[index], cap), floor[index]) for index in flexible) > room
    ):
        cap -= 1
    return [
        max(cap, floor[index]) if index in flexible and content[index] > cap else None
        for index in range(len(headers))
    ]


def _above(worst: Outcome, outcome: Outcome) -> bool:
    """Whether the worst case is above the outcome in classification or escalation."""
    return worst.classification > outcome.classification or worst.escalation > outcome.escalation


def _changed(because: str, changed_by: str | None, lang: str) -> str:
    return f"{because} ({word('changed_by', lang)} {changed_by})" if changed_by else because


def _could(levels: dict[str, str], current: dict[str, str], lang: str) -> str:
    """What an open question could raise, or that it would change neither level."""
    return word("no_change", lang) if levels == current else _sets(levels, lang)


def _sets(sets: Mapping[str, Any], lang: str) -> str:
    parts = []
    for key in ("classification", "escalation"):
        if key in sets:
            parts.append(label(str(sets[key]), lang))
    if "inform" in sets:
        parts.append(
            word("inform", lang).lower()
            + " "
            + ", ".join(label(role, lang) for role in sets["inform"])
        )
    return "; ".join(parts)
