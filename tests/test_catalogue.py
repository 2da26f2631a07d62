"""A language is one catalogue: a third one, made in a fixture from the Dutch with a marker around
every text, renders every message, and no error falls back to another language without a word."""

from __future__ import annotations

import re
import string

import pytest

from gevoeligheid import DossierError, RuleFileError, load_ruleset
from gevoeligheid._dossier import parse_dossier
from gevoeligheid._messages import Catalogue, Message, catalogue, forget, use, word
from gevoeligheid._service.problems import KINDS, Problem, dossier_problem

from .test_dossier import DUTCH_CASES as DOSSIER_CASES
from .test_hostile_rules import DUTCH_CASES as RULE_FILE_CASES, refused

OPEN, CLOSE = "⟦", "⟧"
#: Two words of letters with a space between them: the shape of a text for people.
SENTENCE = re.compile(r"[^\W\d_]{2,} +[^\W\d_]{2,}")


def marked(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


@pytest.fixture
def third():
    """A third language, "xx": every Dutch text between markers; dropped again afterwards."""
    dutch = catalogue("nl")
    use(
        "xx",
        Catalogue(
            labels={key: marked(text) for key, text in dutch.labels.items()},
            messages={
                key: text if key == "thousands_separator" else marked(text)
                for key, text in dutch.messages.items()
            },
            click={key: marked(text) for key, text in dutch.click.items()},
            metavars=dutch.metavars,
            help={key: marked(text) if text else text for key, text in dutch.help.items()},
        ),
    )
    yield "xx"
    forget("xx")


class _Any:
    """A parameter that takes any format spec (a number's, a text's)."""

    def __format__(self, spec: str) -> str:
        return "P"


def unmarked(text: str) -> str:
    """What is left of `text` outside the markers (nested markers included)."""
    out, depth = [], 0
    for char in text:
        if char == OPEN:
            depth += 1
        elif char == CLOSE:
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def test_every_key_renders_in_the_third_language_with_every_placeholder_filled(third):
    problems = {}
    for key in catalogue("en").messages:
        fields = {
            name: _Any()
            for _, name, _, _ in string.Formatter().parse(catalogue("nl").messages[key])
            if name
        }
        text = word(key, third, **fields)
        if key != "thousands_separator" and not (text.startswith(OPEN) and text.endswith(CLOSE)):
            problems[key] = text
    assert problems == {}


def test_every_language_has_every_key():
    languages = [catalogue(lang) for lang in ("nl", "en")]
    for part in ("labels", "messages", "help"):
        keys = [set(getattr(texts, part)) for texts in languages]
        assert keys[0] ^ keys[1] == set(), part


def test_a_key_missing_from_a_language_is_an_error_not_another_language(third):
    """No fallback: a text the third language lacks fails loudly rather than showing Dutch."""
    use("yy", Catalogue({}, {}, {}, {}, {}))
    try:
        with pytest.raises(KeyError):
            word("no_signals", "yy")
    finally:
        forget("yy")


def assert_in_third_language(line: str, place: str) -> None:
    """The line holds the third language's words, and no sentence outside its markers (the
    place and the input's own values aside)."""
    rest = unmarked(line.removeprefix(place))
    assert OPEN in line, line
    assert SENTENCE.findall(rest) == [], line


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset()


@pytest.mark.parametrize("text", DOSSIER_CASES)
def test_no_dossier_error_falls_back_to_another_language(third, ruleset, text):
    with pytest.raises(DossierError) as caught:
        parse_dossier(text, ruleset, "dossier.json")
    for error in caught.value.errors:
        assert_in_third_language(error.show(third), f"dossier.json: {error.pointer}")


@pytest.mark.parametrize("text", RULE_FILE_CASES)
def test_no_rule_file_error_falls_back_to_another_language(third, tmp_path, text):
    error = refused(tmp_path, text)
    assert isinstance(error, RuleFileError)
    place = error.file if error.line is None else f"{error.file}:{error.line}"
    assert_in_third_language(error.show(third), place)


@pytest.mark.parametrize("text", DOSSIER_CASES[:8])
def test_no_problem_of_the_service_falls_back_to_another_language(third, ruleset, text):
    with pytest.raises(DossierError) as caught:
        parse_dossier(text, ruleset, "dossier")
    shown = dossier_problem(caught.value).to_dict(third)
    assert shown["title"].startswith(OPEN)
    for item in shown["invalidParams"]:
        assert_in_third_language(item["reason"], "")


def test_every_problem_type_has_a_title_in_every_language(third):
    for kind in KINDS:
        shown = Problem(kind, Message("service_over_budget")).to_dict(third)
        assert (shown["title"][0], shown["detail"][0]) == (OPEN, OPEN), kind


def test_the_check_sees_a_text_that_falls_back():
    """A text outside the markers is found: the check can fail."""
    assert SENTENCE.findall(unmarked("⟦fout⟧ the rule file is broken")) != []
    assert SENTENCE.findall(unmarked("dossier.json: ⟦onbekend feit 'x'⟧")) == []


def test_every_help_text_is_in_the_third_language(third):
    """Every command's and option's help is found in the third language's catalogue, and each help
    page written in it holds no help text of another language."""

    from gevoeligheid._helptext import click_in

    from .test_language import command_contexts, help_texts

    dutch, english = help_texts("nl"), help_texts("en")
    assert help_texts(third) == {key: marked(text) if text else "" for key, text in dutch.items()}
    others = [" ".join(text.split()[:3]) for text in (*dutch.values(), *english.values()) if text]
    with click_in(third):
        for path, command, ctx in command_contexts():
            page = " ".join(unmarked(command.get_help(ctx)).split())
            assert [text for text in others if text in page] == [], path


def test_a_help_text_missing_from_a_language_is_an_error_not_another_language():
    import click

    from gevoeligheid._cli import cli
    from gevoeligheid._helptext import click_in

    dutch = catalogue("nl")
    use("yy", Catalogue(dutch.labels, dutch.messages, dutch.click, dutch.metavars, {}))
    try:
        with click_in("yy"), pytest.raises(KeyError, match="gevoelig"):
            cli.get_help(click.Context(cli, info_name="gevoelig"))
    finally:
        forget("yy")
