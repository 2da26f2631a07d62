"""The message catalogue is complete in both languages, and the code keeps no texts for
people of its own."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from gevoeligheid import _messages
from gevoeligheid._messages import catalogue, label, word

SOURCE = Path(_messages.__file__).parent

#: The modules that decide, describe and format a result, and the summaries and messages moved
#: out of them: none of them may hold a sentence for people of its own.
MOVED = (
    "_policy.py",
    "_explain.py",
    "_render.py",
    "_text.py",
    "_templates.py",
    "_events.py",
    "_questions.py",
)
#: The commands, whose messages and help moved too (the help to the catalogue's HELP).
COMMANDS = (
    "_cli.py",
    "_service/command.py",
    "_decisionlog/cli.py",
    "_interview_cli.py",
    "_meeting/cli.py",
)

#: Two words of letters with spaces between them: the shape of a text for people. An id, a format
#: like "{key}: {value}", punctuation (" (", ", ") or a single word is not.
SENTENCE = re.compile(r"[^\W\d_]{2,} +[^\W\d_]{2,}")


def placeholders(text: str) -> set[tuple[str, str]]:
    """The str.format fields of `text`, with their format specs."""
    return {
        (name, spec or "")
        for _, name, spec, _ in string.Formatter().parse(text)
        if name is not None
    }


#: Texts in which a language may leave out a parameter: why a file cannot be read or written, and
#: what the JSON and YAML parsers complain of, are in English the system's or the parser's own
#: words (`reason`, `message`, `problem`), in Dutch a few words of the catalogue's.
OWN_WORDS = ("write_error_", "os_", "json_other", "yaml_", "yaml_date_invalid")


@pytest.mark.parametrize("table", ["labels", "messages"])
def test_every_key_has_dutch_and_english_with_the_same_placeholders(table):
    dutch, english = getattr(catalogue("nl"), table), getattr(catalogue("en"), table)
    assert sorted(set(dutch) ^ set(english)) == []
    problems = {
        key: (dutch[key], english[key])
        for key in english
        if not dutch[key]
        or not english[key]
        or (
            placeholders(dutch[key]) != placeholders(english[key]) and not key.startswith(OWN_WORDS)
        )
    }
    assert problems == {}


def test_a_language_is_one_module_loaded_once():
    """Each language's texts are one module of _catalogue, imported the first time they are
    asked for and then kept."""
    from gevoeligheid._catalogue import en, nl

    assert catalogue("nl").messages is nl.MESSAGES and catalogue("en").labels is en.LABELS
    assert catalogue("nl") is catalogue("nl")


def test_the_placeholder_check_sees_a_missing_field_and_a_changed_spec():
    assert placeholders("{count} dossiers") != placeholders("dossiers")
    assert placeholders("{coverage:.0f}%") != placeholders("{coverage}%")
    assert placeholders("{why}; {count}") == placeholders("{count} en {why}")


def test_word_fills_the_placeholders_and_label_keeps_an_unknown_id():
    assert (
        word("not_evaluated", "nl", failed=3, written=5)
        == "3 dossiers konden niet worden beoordeeld; 5 wel"
    )
    assert (
        word("case_difference", "en", key="escalation", expected="manager", got="none")
        == "`escalation`: expected `manager`, got `none`"
    )
    assert (
        label("highly_sensitive", "nl"),
        label("highly_sensitive", "en"),
        label("eigen_categorie", "en"),
    ) == ("zeer gevoelig", "highly sensitive", "eigen_categorie")


def literal_sentences(source: str) -> list[tuple[int, str]]:
    """The string constants of a module that look like text for people, with their lines. Left
    out on purpose: docstrings (of the module, a class or a function), for the reader of the code
    (a command's too: its help is the catalogue's)."""
    tree = ast.parse(source)
    allowed = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in allowed
        and SENTENCE.search(node.value)
    ]


@pytest.mark.parametrize("module", MOVED)
def test_no_sentence_for_people_outside_the_catalogue(module):
    """Every text for people in these modules comes from _messages.py (the rules' own texts come
    from the rule files): a sentence written in the code would be in one language only."""
    assert literal_sentences((SOURCE / module).read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("module", COMMANDS)
def test_no_message_of_a_command_outside_the_catalogue(module):
    """The commands' help, messages, usage errors and summaries come from the catalogue."""
    assert literal_sentences((SOURCE / module).read_text(encoding="utf-8")) == []


def test_the_scan_finds_a_sentence_in_code_and_in_an_f_string_but_not_in_a_docstring():
    code = '''
def show(result, lang):
    """A docstring is not shown to people."""
    title = "Open vragen"
    note = f"{result.score} punten in totaal"
    return ", ".join([title, note, "({n})", "{key}: {value}"])
'''
    assert literal_sentences(code) == [(4, "Open vragen"), (5, " punten in totaal")]


def test_the_scan_of_a_command_finds_an_option_s_help_written_in_the_code():
    code = '''
@click.option("--jobs", help="Worker processes for a batch.")
def check(jobs):
    """Evaluate dossiers."""
    raise click.UsageError("no files found")
'''
    assert sorted(literal_sentences(code)) == [
        (2, "Worker processes for a batch."),
        (5, "no files found"),
    ]
