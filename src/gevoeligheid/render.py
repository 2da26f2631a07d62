"""Show a Result as a table, Markdown, JSON or a JSON line; rendering computes nothing."""

from __future__ import annotations

import json

from tabulate import tabulate

from .model import Result
from .text import label, word

FORMATS = ("table", "markdown", "json", "jsonl")


def to_json(result: Result, *, indent: int | None = 2) -> str:
    """Deterministic JSON: the same result gives the same bytes; compact without `indent`."""
    if indent is None:
        return result.compact_json()
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=indent, separators=(",", ": "))


def to_text(result: Result, *, markdown: bool = False, explain: bool = False) -> str:
    """A summary for people, then the signals with their sources; with `explain` also the
    reasons, the open questions and the worst case."""
    lang = result.lang
    document = str(result.ruleset.get("document", ""))

    def short(source: str) -> str:
        return source.removeprefix(document + ", ")

    fmt = "github" if markdown else "simple"
    out: list[str] = []
    dossier = result.dossier
    name = " - ".join(str(dossier[key]) for key in ("id", "title") if dossier.get(key)) or "(zonder id)"
    out.append(f"## {word('dossier', lang)} {name}" if markdown else f"{word('dossier', lang)}: {name}")
    inform = ", ".join(label(role, lang) for role in result.inform) or word("nobody", lang)
    summary = [
        [word("classification", lang), f"{label(result.classification, lang)} ({result.classification})"],
        [word("escalation", lang), f"{label(result.escalation, lang)} ({result.escalation})"],
        [word("inform", lang), inform],
        [word("score", lang), str(result.score)],
    ]
    out.append(tabulate(summary, tablefmt=fmt if markdown else "plain", headers=["", ""] if markdown else ()))
    _section(out, word("signals", lang), markdown)
    if result.signals:
        rows = [[signal.label, signal.weight, signal.category, short(signal.source)] for signal in result.signals]
        out.append(tabulate(rows, headers=[word("signal", lang), word("weight", lang), word("category", lang), word("source", lang)], tablefmt=fmt))
    else:
        out.append(word("no_signals", lang))
    if result.conflicts:
        _section(out, word("conflicts", lang), markdown)
        out.extend(f"- {conflict.message}" for conflict in result.conflicts)
    if explain:
        _section(out, word("reasons", lang), markdown)
        rows = [[reason.rule, _sets(reason.sets.to_dict(), lang), reason.because, short(reason.source)] for reason in result.reasons]
        out.append(tabulate(rows, headers=[word("rule", lang), word("sets", lang), word("because", lang), word("source", lang)], tablefmt=fmt, maxcolwidths=[None, 30, 60, 30]))
        if result.open_questions:
            _section(out, word("open_questions", lang), markdown)
            rows = [[question.fact, question.question, _sets(question.could_raise_to.levels(), lang)] for question in result.open_questions]
            out.append(tabulate(rows, headers=[word("fact", lang), word("question", lang), word("could_raise_to", lang)], tablefmt=fmt, maxcolwidths=[None, 60, 40]))
            worst = result.worst_case.levels()
            out.append(f"{word('worst_case', lang)}: {_sets(worst, lang)}")
    out.append("")
    out.append(f"{word('source', lang)}: {document}; {word('ruleset', lang).lower()} {result.ruleset['name']} {result.ruleset['version']}; engine {result.engine}")
    return "\n".join(out) + "\n"


def _section(out: list[str], title: str, markdown: bool) -> None:
    out.append("")
    out.append(f"### {title}" if markdown else title)


def _sets(sets: dict[str, object], lang: str) -> str:
    parts = []
    for key in ("classification", "escalation"):
        if key in sets:
            parts.append(label(str(sets[key]), lang))
    if "inform" in sets:
        parts.append(word("inform", lang).lower() + " " + ", ".join(label(role, lang) for role in sets["inform"]))  # type: ignore[union-attr]
    return "; ".join(parts)
