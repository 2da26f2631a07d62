"""Training: a trainer's course file (example dossiers with notes), the trainee's own assessment
against the library's, explained per checklist item, and what changing one answer does.

A course file is YAML (or JSON, which is YAML too):

    title: {nl: Basiscursus, en: Basic course}
    items:
      - dossier: ../05-pig-farm-odour-complaint-wave.json   # relative to the course file
        note: {nl: ..., en: ...}                             # optional; plain text is both languages

The examples of a course are read from files next to it, never from a path a request names.
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from ._dossier import load_data
from ._errors import GevoeligheidError
from ._exitcodes import ExitCode
from ._messages import word
from ._model import CLASSIFICATIONS, ESCALATIONS, LANGUAGES, ROLES, Outcome, Result, Text

MAX_COURSE_BYTES = 1024 * 1024
MAX_ITEMS = 500


class CourseError(GevoeligheidError):
    """A course file that cannot be used: which file, what is wrong, what to do."""

    exit_code = ExitCode.BAD_INPUT

    def __init__(self, path: str, key: str, **fields: object) -> None:
        self.path, self.key, self.fields = path, key, fields
        super().__init__(self.show("en"))

    def show(self, lang: str = "en") -> str:
        return word(
            "course_error",
            lang,
            path=self.path,
            what=word(self.key, lang, **self.fields),
        )


@attrs.frozen
class Item:
    name: str  # the dossier's file name
    dossier: Mapping[str, Any]
    note: Text | None


@attrs.frozen
class Course:
    path: str
    title: Text
    items: tuple[Item, ...]


def default_course_path() -> Path:
    """The course shipped with the package: every example of `examples/` in a teaching order."""
    installed = Path(__file__).parent / "default_examples" / "courses" / "basis.yaml"
    if installed.is_file():
        return installed
    return Path(__file__).parents[2] / "examples" / "courses" / "basis.yaml"  # an editable install


def examples_dir() -> Path:
    """The shipped example dossiers: inside the installed package, or `examples/` of a checkout."""
    installed = Path(__file__).parent / "default_examples"
    if installed.is_dir():
        return installed
    return Path(__file__).parents[2] / "examples"


def load_course(path: Path) -> Course:
    import yaml

    where = str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_COURSE_BYTES + 1)
    except OSError as error:
        raise CourseError(where, "course_unreadable", why=error.strerror or error) from None
    if len(raw) > MAX_COURSE_BYTES:
        raise CourseError(where, "course_too_large", limit=MAX_COURSE_BYTES)
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise CourseError(where, "course_not_yaml", why=str(error).splitlines()[0][:120]) from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list) or not data["items"]:
        raise CourseError(where, "course_shape")
    if len(data["items"]) > MAX_ITEMS:
        raise CourseError(where, "course_too_many", limit=MAX_ITEMS)
    items = []
    for index, entry in enumerate(data["items"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("dossier"), str):
            raise CourseError(where, "course_item_shape", number=index + 1)
        target = (path.parent / entry["dossier"]).resolve()
        if target.suffix != ".json":
            raise CourseError(
                where, "course_item_not_json", number=index + 1, name=entry["dossier"][:80]
            )
        try:
            dossier = load_data(target, str(target))
        except GevoeligheidError as error:
            raise CourseError(
                where, "course_item_bad", number=index + 1, why=error.show("en")[:200]
            ) from None
        if not isinstance(dossier, dict):
            raise CourseError(where, "course_item_not_object", number=index + 1)
        items.append(Item(target.name, dossier, _text(entry.get("note"), where, index)))
    return Course(
        where, _text(data.get("title"), where, None) or Text(path.stem, path.stem), tuple(items)
    )


def _text(value: object, where: str, index: int | None) -> Text | None:
    if value is None:
        return None
    if isinstance(value, str):
        return Text(value, value)
    if (
        isinstance(value, dict)
        and set(value) == set(LANGUAGES)
        and all(isinstance(text, str) for text in value.values())
    ):
        return Text(value["nl"], value["en"])
    raise CourseError(where, "course_text", number=index + 1 if index is not None else 0)


@attrs.frozen
class Guess:
    """What the trainee decided before seeing the library's answer."""

    classification: str
    escalation: str
    inform: frozenset[str]

    @classmethod
    def of(cls, classification: str, escalation: str, inform: list[str]) -> Guess:
        if (
            classification not in CLASSIFICATIONS
            or escalation not in ESCALATIONS
            or not set(inform) <= set(ROLES)
        ):
            raise ValueError("not a level or a role")
        return cls(classification, escalation, frozenset(inform))


@attrs.frozen
class Difference:
    """One part of the outcome (classification, escalation, inform): the trainee's
    and the library's."""

    part: str
    guessed: str | tuple[str, ...]
    answer: str | tuple[str, ...]
    direction: int  # -1 the trainee was lower, 0 the same, 1 higher


def compare(guess: Guess, result: Result) -> list[Difference]:
    out = []
    for part, guessed, answer, ladder in (
        ("classification", guess.classification, result.classification, CLASSIFICATIONS),
        ("escalation", guess.escalation, result.escalation, ESCALATIONS),
    ):
        out.append(
            Difference(
                part,
                guessed,
                answer,
                (ladder.index(guessed) > ladder.index(answer))
                - (ladder.index(guessed) < ladder.index(answer)),
            )
        )
    guessed_roles = tuple(role for role in ROLES if role in guess.inform)
    answer_roles = result.inform
    direction = (
        0
        if guessed_roles == answer_roles
        else (1 if set(guessed_roles) > set(answer_roles) else -1)
    )
    out.append(Difference("inform", guessed_roles, answer_roles, direction))
    return out


def drivers(result: Result, part: str) -> list[int]:
    """The positions in `result.reasons` of the rules that set this part of the outcome at the
    library's level (for inform: every rule that informs someone)."""
    found = []
    for index, reason in enumerate(result.reasons):
        sets = reason.sets
        sets_it = {
            "classification": sets.classification is not None
            and sets.classification == result.outcome.classification,
            "escalation": sets.escalation is not None
            and sets.escalation == result.outcome.escalation,
            "inform": bool(sets.inform),
        }
        if sets_it.get(part):
            found.append(index)
    return found


def outcome_changed(before: Outcome, after: Outcome) -> bool:
    return before != after
