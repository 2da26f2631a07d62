"""Show a Result as a table, Markdown, JSON or a JSON line; rendering computes nothing."""

from __future__ import annotations

import json

from tabulate import tabulate

from .model import Result
from .text import DEFAULT_WIDTH, label, visible, word

FORMATS = ("table", "markdown", "json", "jsonl")


def to_json(result: Result, *, indent: int | None = 2) -> str:
    """Deterministic JSON: the same result gives the same bytes; compact without `indent`."""
    if indent is None:
        return result.compact_json()
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=indent, separators=(",", ": "))


def to_text(result: Result, *, markdown: bool = False, explain: bool = False, width: int = DEFAULT_WIDTH) -> str:
    """A summary for people, then the signals with their sources; with `explain` also the
    reasons, the open questions and the worst case. Tables wrap their long columns to fit
    `width`; Markdown tables never wrap (a wrapped cell would become a row of its own)."""
    lang = result.lang
    document = str(result.ruleset.get("document", ""))

    def short(source: str) -> str:
        return source.removeprefix(document + ", ")

    def lines(source: str) -> str:
        """Only the cited lines, '004:396, 004:590': where a table has no room for the section."""
        return source[source.rfind("(") + 1 : -1] if source.endswith(")") else short(source)

    def table(rows: list[list[object]], headers: list[str], flexible: tuple[int, ...]) -> str:
        if markdown:
            return tabulate(rows, headers=headers, tablefmt="github")
        return tabulate(rows, headers=headers, tablefmt="simple", maxcolwidths=fit(rows, headers, width, flexible))

    out: list[str] = []
    dossier = result.dossier
    # The id and title are the only words of the dossier's own that a table shows: a control
    # character in them is shown as its escape rather than obeyed by the terminal.
    name = visible(" - ".join(str(dossier[key]) for key in ("id", "title") if dossier.get(key))) or word("no_id", lang)
    out.append(f"## {word('dossier', lang)} {name}" if markdown else f"{word('dossier', lang)}: {name}")
    inform = ", ".join(label(role, lang) for role in result.inform) or word("nobody", lang)
    summary = [
        (word("classification", lang), _level(result.classification, lang)),
        (word("escalation", lang), _level(result.escalation, lang)),
        (word("inform", lang), inform),
        (word("score", lang), str(result.score)),
    ]
    if markdown:
        out.append("")
        out.extend(f"- **{key}**: {value}" for key, value in summary)
    else:
        out.append(tabulate(summary, tablefmt="plain"))
    _section(out, word("signals", lang), markdown)
    if result.signals:
        # The mark leads the label, so that wrapping cannot leave it on a line of its own.
        rows = [[("* " if signal.from_events else "") + signal.label, signal.weight, signal.category, short(signal.source)] for signal in result.signals]
        out.append(table(rows, [word("signal", lang), word("weight", lang), word("category", lang), word("source", lang)], (0, 3)))
        if any(signal.from_events for signal in result.signals):
            out.append(("\n" if markdown else "") + "* " + word("from_events", lang))
    else:
        out.append(word("no_signals", lang))
    if result.conflicts:
        _section(out, word("conflicts", lang), markdown)
        out.extend(f"- {conflict.message}" for conflict in result.conflicts)
    if explain:
        _section(out, word("reasons", lang), markdown)
        if result.reasons:
            rows = [[_rule(reason.rule, reason.changed_by), _sets(reason.sets.to_dict(), lang), reason.because, lines(reason.source)] for reason in result.reasons]
            out.append(table(rows, [word("rule", lang), word("sets", lang), word("because", lang), word("source", lang)], (1, 2, 3)))
        else:
            out.append(word("no_reasons", lang))
        if result.open_questions:
            _section(out, word("open_questions", lang), markdown)
            current = result.outcome.levels()
            rows = [[question.fact, question.question, _could(question.could_raise_to.levels(), current, lang)] for question in result.open_questions]
            out.append(table(rows, [word("fact", lang), word("question", lang), word("could_raise_to", lang)], (1, 2)))
            out.append("")
            out.append(f"{word('worst_case', lang)}: {_sets(result.worst_case.levels(), lang)}")
    out.append("")
    ruleset = " + ".join([f"{result.ruleset['name']} {result.ruleset['version']}", *map(str, result.ruleset.get("overlays", ()))])
    out.append(f"{word('source', lang)}: {document}; {word('ruleset', lang).lower()} {ruleset}; engine {result.engine}")
    return "\n".join(out) + "\n"


def fit(rows: list[list[object]], headers: list[str], width: int, flexible: tuple[int, ...]) -> list[int | None]:
    """Column widths for tabulate's `maxcolwidths` so that a table fits `width`: the widest of
    the `flexible` columns are narrowed first, to one common cap, and none below 12.

    tabulate makes a column at least its header plus two wide (its MIN_PADDING) and puts two
    spaces between columns; both count here.
    """
    content = [max([0] + [len(line) for row in rows for line in str(row[index]).splitlines()]) for index in range(len(headers))]
    floor = [len(str(header)) + 2 for header in headers]
    room = width - 2 * (len(headers) - 1) - sum(max(content[index], floor[index]) for index in range(len(headers)) if index not in flexible)
    cap = max((content[index] for index in flexible), default=0)
    while cap > 12 and sum(max(min(content[index], cap), floor[index]) for index in flexible) > room:
        cap -= 1
    return [cap if index in flexible and content[index] > cap else None for index in range(len(headers))]


def _level(value: str, lang: str) -> str:
    """A level for people, with its id where the label differs: 'directie (director)'."""
    text = label(value, lang)
    return text if text == value else f"{text} ({value})"


def _rule(rule: str, changed_by: str | None) -> str:
    return f"{rule} ({changed_by})" if changed_by else rule


def _could(levels: dict[str, str], current: dict[str, str], lang: str) -> str:
    """What an open question could raise, or that it would change neither level."""
    return word("no_change", lang) if levels == current else _sets(levels, lang)


def _section(out: list[str], title: str, markdown: bool) -> None:
    out.append("")
    out.append(f"### {title}" if markdown else title)
    if markdown:
        out.append("")


def _sets(sets: dict[str, object], lang: str) -> str:
    parts = []
    for key in ("classification", "escalation"):
        if key in sets:
            parts.append(label(str(sets[key]), lang))
    if "inform" in sets:
        parts.append(word("inform", lang).lower() + " " + ", ".join(label(role, lang) for role in sets["inform"]))  # type: ignore[union-attr]
    return "; ".join(parts)
