"""Training: course files (read within limits, with errors that say what to do) and the trainee's
assessment against the rules'."""

from __future__ import annotations

import pytest

from gevoeligheid import evaluate
from gevoeligheid._training import (
    CourseError,
    Guess,
    compare,
    default_course_path,
    drivers,
    load_course,
)

from .conftest import ROOT


def test_the_shipped_course_names_ten_examples_with_notes_in_both_languages():
    course = load_course(default_course_path())
    assert (
        len(course.items) == 10
        and course.title.get("en") == "Basic course in administrative sensitivity"
    )
    assert all(
        item.note is not None and item.note.get("nl") and item.note.get("en")
        for item in course.items
    )
    assert all((ROOT / "examples" / item.name).is_file() for item in course.items)
    assert {evaluate(dict(item.dossier)).classification for item in course.items} == {
        "not_sensitive",
        "attention",
        "sensitive",
        "highly_sensitive",
    }


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("items: []\n", "een cursus is een object met 'items'"),
        ("title: x\n", "een cursus is een object met 'items'"),
        ("items: [{dossier: /etc/passwd}]\n", "item 1: '/etc/passwd' is geen .json-bestand"),
        ("items: [{dossier: nergens.json}]\n", "item 1: het dossier is niet te lezen"),
        ("items: [{note: x}]\n", "item 1 heeft geen 'dossier: BESTAND.json'"),
        ("items: [\n", "geen geldige YAML"),
        (
            "items: [{dossier: ../examples/01-routine-bakery-permit.json, note: {nl: x}}]\n",
            "is een tekst of {nl: ..., en: ...}",
        ),
    ],
)
def test_a_wrong_course_file_says_what_is_wrong(tmp_path, text, words):
    folder = tmp_path / "course"
    folder.mkdir()
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    path = folder / "course.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CourseError) as error:
        load_course(path)
    assert words in error.value.show("nl") and str(path) in error.value.show("nl")
    assert error.value.show("en") != error.value.show("nl")


def test_a_course_file_too_large_is_not_read_whole(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (1024 * 1024 + 10))
    with pytest.raises(CourseError, match="larger than"):
        load_course(path)


def test_the_comparison_says_lower_higher_and_same_and_names_the_rules_behind():
    result = evaluate(ROOT / "examples" / "05-pig-farm-odour-complaint-wave.json")
    differences = compare(Guess.of("attention", "board", list(result.inform)), result)
    assert [(difference.part, difference.direction) for difference in differences] == [
        ("classification", -1),
        ("escalation", 1),
        ("inform", 0),
    ]
    setting = drivers(result, "classification")
    assert setting and all(
        result.reasons[index].sets.classification == result.outcome.classification
        for index in setting
    )
    with pytest.raises(ValueError):
        Guess.of("very", "none", [])
