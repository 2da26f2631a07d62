"""Texts for people put together from the catalogue (_messages.py): a batch's summaries, why a
command stopped, a source cited for a reader, and text from a dossier made safe for a terminal."""

from __future__ import annotations

import errno
import re
from typing import Protocol

from ._messages import has, label, word

#: The width of a table when the terminal's is not known (output to a file or a pipe).
DEFAULT_WIDTH = 100


def not_evaluated(failed: int, written: int, lang: str) -> str:
    """The summary after a batch in which some dossiers could not be evaluated."""
    return word(
        "not_evaluated_one" if failed == 1 else "not_evaluated",
        lang,
        failed=failed,
        written=written,
    )


def escalating(reached: int, level: str, lang: str) -> str:
    """The summary when --fail-on is reached (`level`: an escalation id, which
    English shows as it is)."""
    return word(
        "escalating_one" if reached == 1 else "escalating",
        lang,
        reached=reached,
        level=label(level, lang) if lang == "nl" else level,
    )


class _Cited(Protocol):  # a result's Citation, or a rule file's Source with its quote
    @property
    def section(self) -> str: ...
    @property
    def quote(self) -> str: ...


def cited(source: _Cited) -> str:
    """A source as a reader finds it in the document: its section and the quoted words,
    `Bijlage 3, Politiek: "Zijn er Raads- of Statenvragen gesteld?"`. The same in every language:
    the section's name and the quote are the document's own words. The line numbers are for
    machines (the JSON) and for rule authors (`gevoelig rules show`)."""
    return f'{source.section}: "{source.quote}"' if source.quote else source.section


class _Unavailable(Protocol):  # the loader's DurableUnavailable, of a stage above this one
    installed: bool
    compat_missing: bool
    detail: str


def engine_fallback(unavailable: _Unavailable, lang: str) -> str:
    """The notice when the reference engine evaluates because durable-rules cannot be loaded
    (`unavailable`: the loader's DurableUnavailable)."""
    if unavailable.installed:
        why, to_do = word("durable_does_not_load", lang, detail=unavailable.detail), ""
    else:
        why, to_do = word("durable_not_installed", lang), " " + word("install_durable", lang)
    if unavailable.compat_missing:
        to_do = " " + word("reinstall_with_compiler", lang)
    return f"gevoeligheid: {why}; {word('reference_evaluated', lang)}.{to_do}"


def stop_reason(cause: str, lang: str, detail: str = "") -> str:
    """Why a command stopped before its end: a signal's name, `worker`, `closed` or `write`."""
    return word(f"stop_{cause}", lang, detail=detail)


def stopped(
    cause: str,
    lang: str,
    *,
    left: int,
    exact: bool,
    first: str | None,
    written: int,
    failed: int,
    detail: str = "",
) -> str:
    """The summary of a batch that stopped before its end: why, how many dossiers were not
    evaluated (`exact` false: at least that many) and from which one on, and how many were."""
    count = word(
        "stopped_count_more_than"
        if not exact
        else "stopped_count_one"
        if left == 1
        else "stopped_count",
        lang,
        left=left,
    )
    return word(
        "stopped",
        lang,
        why=stop_reason(cause, lang, detail),
        count=count,
        where=word("stopped_from", lang, first=visible(first)) if first else "",
        written=written,
        errors=word("stopped_errors", lang, failed=failed) if failed else "",
    )


def stopped_at_once(cause: str, written: int, lang: str) -> str:
    """The summary when a second signal, or a write that does not return, ended a batch at once."""
    return word("stopped_at_once", lang, why=word(f"stop_{cause}", lang), written=written)


def write_error(error: OSError, lang: str) -> str:
    """Why the output cannot be written, in a few words (in English the system's own): a common
    reason by its errno name, `write_error_other` naming the errno of any other."""
    name = errno.errorcode.get(error.errno or 0)
    reason = error.strerror or type(error).__name__
    key = f"write_error_{name}"
    return word(
        key if has(key) else "write_error_other",
        lang,
        code=name or error.errno,
        reason=reason[:1].lower() + reason[1:],
    )


#: Characters that a terminal acts on or that turn text around: the C0 and C1 controls (ESC, CR,
#: ...), DEL, the bidirectional embeddings, overrides and isolates, and the line and paragraph
#: separators.
_UNSEEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def visible(text: str) -> str:
    """Text from a dossier as it may reach a terminal: each control character written as its
    escape (`\\x1b`, `\\r`, `\\u202e`), so that a title can neither move the cursor, forge a
    line nor reverse what follows it."""
    return _UNSEEN.sub(lambda match: repr(match.group())[1:-1], text)
