"""An interview over a dossier: the next best question (next_questions), an answer read as people
type it, and the dossier written after every answer, atomically.

`gevoelig interview` and the page's interview mode drive it; the work is here so that both ask the
same questions and read the same answers.
"""

from __future__ import annotations

import datetime
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ._dossier import load_data
from ._errors import ArgumentError
from ._evaluate import evaluator_for
from ._messages import word
from ._model import LANGUAGES, FactDef, Language, Result, RuleSet, Value
from ._questions import NextQuestion, next_questions, settled, with_answer

#: An answer that leaves the fact unknown (it is not asked again in this interview).
UNKNOWN = object()
#: An answer that ends the interview.
STOP = object()

_UNKNOWN_WORDS = {
    "weet niet",
    "weetniet",
    "wn",
    "?",
    "onbekend",
    "don't know",
    "dont know",
    "unknown",
    "dk",
}
_STOP_WORDS = {"stop", "klaar", "einde", "q", "quit", "done", "exit"}


def read_answer(fact: FactDef, text: str) -> Value | object:
    """What a person typed, as a fact's value (or UNKNOWN, or STOP), in either language.

    ja/nee (j, n, yes, no, y); a grade's word by its id, its label or its number in the list
    (1 = the lowest; nee for the lowest); a set's words separated by commas (or `geen`/`none`); weet
    niet / ? for unknown; stop to end. Raises ArgumentError, with the answers
    allowed, for anything else.
    """
    said = " ".join(text.strip().lower().split())
    if said in _STOP_WORDS:
        return STOP
    if said in _UNKNOWN_WORDS:
        return UNKNOWN
    if fact.type == "bool":
        if said in {"ja", "j", "yes", "y", "true", "waar"}:
            return True
        if said in {"nee", "n", "no", "false", "onwaar"}:
            return False
    elif fact.type == "grade":
        if said in {"nee", "n", "no"}:  # no media attention, no incident: the lowest word
            return fact.values[0]
        found = _word_of(fact, said)
        if found is not None:
            return found
        if said.isdigit() and 1 <= int(said) <= len(fact.values):
            return fact.values[int(said) - 1]
    else:
        if said in {"geen", "none", "niets", "nothing", "nee", "n", "no", "-", "[]"}:
            return ()
        words = [
            _word_of(fact, part.strip())
            for part in said.replace(";", ",").split(",")
            if part.strip()
        ]
        if words and None not in words:
            return tuple(value for value in fact.values if value in words)
    raise AnswerError(
        {
            lang: word(
                "interview_bad_answer",
                lang,
                answer=text.strip()[:60],
                choices=choices(fact, lang),
            )
            for lang in LANGUAGES
        }
    )


class AnswerError(ArgumentError):
    """An answer that is none of a question's answers; its text names those that are."""

    def __init__(self, texts: dict[str, str]) -> None:
        super().__init__(texts["en"])
        self.texts = texts

    def show(self, lang: str = "en") -> str:
        return self.texts.get(lang, self.texts["en"])


def _word_of(fact: FactDef, said: str) -> str | None:
    for value in fact.values:
        if said in {
            value.lower(),
            value.replace("_", " ").lower(),
            fact.word(value, "nl").lower(),
            fact.word(value, "en").lower(),
        }:
            return value
    return None


def choices(fact: FactDef, lang: str) -> str:
    """The answers to a fact, for people: `ja / nee / weet niet`, a grade's words, or a set's."""
    unknown = word("answer_unknown", lang)
    if fact.type == "bool":
        return f"{word('answer_yes', lang)} / {word('answer_no', lang)} / {unknown}"
    words = " / ".join(fact.word(value, lang) for value in fact.values)
    if fact.type == "grade":
        return f"{words} / {unknown}"
    return word(
        "interview_set_choices", lang, words=words, none=word("answer_none", lang), unknown=unknown
    )


class Interview:
    """A dossier being filled in, question by question, kept in a file (or only in memory)."""

    def __init__(
        self,
        data: dict[str, Any],
        *,
        path: Path | None = None,
        ruleset: RuleSet | None = None,
        peildatum: datetime.date | str | None = None,
        lang: Language = "nl",
    ) -> None:
        if lang not in LANGUAGES:
            raise ArgumentError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
        self.data = data
        self.path = path
        self.ruleset = ruleset
        self.peildatum = peildatum
        self.lang = lang
        self.skipped: set[str] = set()  # answered "weet niet" here: not asked again
        self.asked = 0
        self.result()  # a bad dossier fails here, before any question

    @classmethod
    def open(cls, path: Path, **options: Any) -> Interview:
        """The interview of the dossier in `path`: its answers so far, or a new dossier there."""
        data: Any = load_data(path, str(path)) if path.exists() else {"facts": {}}
        return cls(data, path=path, **options)  # not an object: evaluating it names what is wrong

    def result(self) -> Result:
        return evaluator_for(self.ruleset).evaluate(
            self.data,
            lang=self.lang,
            peildatum=self.peildatum,
            source=str(self.path or "<dossier>"),
        )

    def fact(self, fact_id: str) -> FactDef:
        """A fact of the rule set version in force on the dossier's peildatum."""
        evaluator = evaluator_for(self.ruleset)
        day = self.result().peildatum
        return (evaluator.in_force(day) if day is not None else evaluator).ruleset.facts[fact_id]

    def next(self) -> NextQuestion | None:
        """The next best question not answered "weet niet" here; None when the outcome is settled
        or nothing else can be asked."""
        for question in next_questions(
            self.data, peildatum=self.peildatum, ruleset=self.ruleset, lang=self.lang
        ):
            if question.fact not in self.skipped:
                return question
        return None

    def settled(self) -> bool:
        return settled(self.result())

    def answer(self, fact_id: str, value: Value | object) -> None:
        """Record an answer (UNKNOWN: the fact stays null and is not asked again) and save."""
        if value is UNKNOWN:
            self.skipped.add(fact_id)
            self.data = with_answer(self.data, fact_id, None)
        else:
            self.data = with_answer(self.data, fact_id, value)  # type: ignore[arg-type]
        self.asked += 1
        self.save()

    def save(self) -> None:
        """Write the dossier to its file, whole or not at all (a temporary file beside it, then a
        rename): an interrupted interview keeps every answer given before."""
        if self.path is not None:
            write_atomically(self.path, json.dumps(self.data, ensure_ascii=False, indent=2) + "\n")


def write_atomically(path: Path, text: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def new_path(folder: Path, today: datetime.date) -> Path:
    """A file name for a new dossier that is not taken yet: dossier-YYYY-MM-DD.json, -2, -3 ..."""
    base = f"dossier-{today.isoformat()}"
    candidate = folder / f"{base}.json"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}.json"
        number += 1
    return candidate
