"""What an inspector reads: Dutch output of rule set 2027.1 names facts by their question or
label (never by an id), uses no word of this library's own making and no English; English output
holds no Dutch but the names of the source document and of the dossier."""

from __future__ import annotations

import html
import json
import re
import shutil

import pytest
import yaml
from click.testing import CliRunner

from gevoeligheid import evaluate
from gevoeligheid._cli import cli
from gevoeligheid._render import to_text

from .conftest import ROOT
from .strategies import RULESET, RULESET_2027
from .texts import without_citations

EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
#: Fact ids with an underscore: no Dutch word has one (a fact id without one,
#: `subsidie`, is a word).
FACT_IDS = re.compile(
    r"\b("
    + "|".join(sorted((fact for fact in RULESET_2027.facts if "_" in fact), key=len, reverse=True))
    + r")\b"
)
#: Words of the library's own making, and the phrases an inspector stumbled over.
OWN_WORDS = re.compile(
    r"kopcriteri|overlapgroep|^Zet\b|\bZet  |toont ja|het bewijs is gebruikt|regelset default",
    re.MULTILINE,
)
ENGLISH = re.compile(
    (
        r"\b(the|and|with|which|must|should|board|director|because|nothing|sensitive|question|rule "
        r"set)\b"
    ),
    re.IGNORECASE,
)
DUTCH = re.compile(
    r"\b(het|een|niet|geen|wordt|zijn|bij|voor|naar|gevoelig|regelset|bestuur|vragen)\b",
    re.IGNORECASE,
)


def _under_2027_1(path):
    peildatum = json.loads(path.read_text(encoding="utf-8")).get("peildatum")
    return None if peildatum and peildatum >= "2027-01-01" else "2027-01-01"


def _outputs(path, lang):
    result = evaluate(path, lang=lang, peildatum=_under_2027_1(path))
    assert result.ruleset["version"] == "2027.1"
    # Wide enough that no citation is wrapped: a citation is the document's words, left out whole.
    for text in (
        to_text(result, explain=True, width=10_000),
        to_text(result, markdown=True, explain=True),
    ):
        # The dossier's own title is its author's words.
        yield without_citations("\n".join(text.splitlines()[1:]))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_dutch_output_has_no_fact_id_no_word_of_our_own_and_no_english(path):
    escalated = evaluate(path, peildatum=_under_2027_1(path)).escalation != "none"
    for text in _outputs(path, "nl"):
        assert not (escalated and "Niets te doen" in text)
        assert FACT_IDS.findall(text) == []
        assert OWN_WORDS.findall(text) == []
        assert ENGLISH.findall(text) == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_english_output_has_no_dutch(path):
    for text in _outputs(path, "en"):
        assert DUTCH.findall(text) == []
        assert FACT_IDS.findall(text) == []


def test_one_signal_is_never_called_several_signals_together():
    for facts in (
        {"gezondheidsrisico": True},
        {"ondermijning": True},
        {"media_aandacht": "landelijk"},
    ):
        text = to_text(evaluate({"facts": facts}, peildatum="2027-01-04"), explain=True)
        assert "Meerdere signalen samen" not in text


def test_the_accountmanager_is_not_told_that_a_dossier_that_is_not_sensitive_is_sensitive():
    for facts in (
        {"werkafspraken_geraakt": True},
        {"strategische_trend": True},
        {"buiten_mandaat": True},
    ):
        result = evaluate({"facts": facts}, peildatum="2027-01-04")
        assert result.classification != "sensitive"
        assert [action.text for action in result.actions if "gevoelig" in action.text] == []


# --- every command that prints text for people ---------------------------------------------------

DAY = "2027-01-04"  # a day of rule set 2027.1
#: Every rule set whose ids may stand in a rule author's view.
RULESETS = (RULESET, RULESET_2027)
RULE_AND_ACTION_IDS = re.compile(
    r"\b("
    + "|".join(
        sorted(
            {rule.id for ruleset in RULESETS for rule in ruleset.rules}
            | {action.id for ruleset in RULESETS for action in ruleset.actions}
            | {"meerdere_kopcriteria"},  # a rule of 2026.2 that 2027.1 no longer has
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
ALL_IDS = re.compile(
    r"\b("
    + "|".join(
        sorted(
            {fact for ruleset in RULESETS for fact in ruleset.facts}
            | {setting for ruleset in RULESETS for setting in ruleset.settings}
            | {name for ruleset in RULESETS for name in ruleset.choices}
            # the words a dossier answers a graded or listed fact with (media_aandacht: geen)
            | {
                value
                for ruleset in RULESETS
                for fact in ruleset.facts.values()
                for value in fact.values
            },
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
#: What a text quotes of the dossiers and cases it was given: their authors' words, not ours.
OWN_DATA = sorted(
    {
        str(json.loads(path.read_text(encoding="utf-8")).get(key))
        for path in EXAMPLES
        for key in ("id", "title", "competent_authority")
        if json.loads(path.read_text(encoding="utf-8")).get(key)
    }
    | {path.name for path in EXAMPLES}
    | {
        case["name"]
        for path in (ROOT / "rules" / "2027.1" / "cases").glob("*.yaml")
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    },
    key=len,
    reverse=True,
)


def _run(*args: str, input: str | None = None) -> str:
    """A command's standard output and error; wide enough that no citation is wrapped."""
    result = CliRunner(env={"COLUMNS": "2000", "GEVOELIG_DEBUG": None}).invoke(
        cli, list(args), input=input, prog_name="gevoelig"
    )
    # An error quotes the input it is about ('media_aandacht', `gevoelig template`) and points
    # into it (/facts/media_aandacht).
    errors = re.sub(
        r"'[^']*'|`[^`]*`|^gevoelig: |(/[\w.-]+)+", " ", result.stderr, flags=re.MULTILINE
    )
    return result.stdout + errors


def _html(text: str) -> str:
    """The text of an HTML page, without its style, script and tags."""
    text = re.sub(r"(?s)<(style|script)\b.*?</\1>", " ", text)
    return html.unescape(re.sub(r"(?s)<[^>]+>", " ", text))


def _report(lang, tmp_path):
    for fmt in ("markdown", "html"):
        out = _run("report", "--lang", lang, "-f", fmt, "--peildatum", DAY, *map(str, EXAMPLES))
        yield f"report -f {fmt}", _html(out) if fmt == "html" else out


def _timeline(lang, tmp_path):
    for path in EXAMPLES:
        for fmt in ("table", "markdown"):
            yield f"timeline {path.stem}", _run("timeline", "--lang", lang, "-f", fmt, str(path))


def _diff(lang, tmp_path):
    rules = ROOT / "rules"
    for fmt in ("table", "markdown", "html"):
        out = _run(
            "diff",
            "--lang",
            lang,
            "-f",
            fmt,
            "--base",
            str(rules / "2026.2"),
            "--new",
            str(rules / "2027.1"),
            "--peildatum",
            DAY,
            *map(str, EXAMPLES),
        )
        yield f"diff -f {fmt}", _html(out) if fmt == "html" else out


def _interview(lang, tmp_path):
    answers = {"nl": "ja\nweet niet\nnee\nstop\n", "en": "yes\ndon't know\nno\nstop\n"}[lang]
    for path in EXAMPLES:
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        out = _run("interview", "--lang", lang, "--peildatum", DAY, str(copy), input=answers)
        yield f"interview {path.stem}", out


def _template(lang, tmp_path):
    yield "template", _run("template", "-f", "markdown", "--lang", lang, "--peildatum", DAY)


def _test(lang, tmp_path):
    yield "test", _run("test", "--lang", lang, "--peildatum", DAY)
    failing = tmp_path / "cases.yaml"
    failing.write_text(
        f"peildatum: {DAY}\ncases:\n  - name: A1\n    facts: {{subsidie: true}}\n"
        "    expect: {escalation: manager}\n",
        encoding="utf-8",
    )
    yield "test (failing)", _run("test", "--lang", lang, str(failing))


def _log(lang, tmp_path):
    log = str(tmp_path / "log.sqlite3")
    _run("check", "-f", "json", "--log", log, *map(str, EXAMPLES))
    for args in (
        ("replay", "--all"),
        ("verify",),
        ("impact", "--peildatum", DAY),
        ("impact", "--peildatum", DAY, "-f", "markdown"),
        ("purge", "--retention-days", "3650"),
    ):
        yield f"log {' '.join(args)}", _run("log", "--lang", lang, *args, "--log", log)


def _rules(lang, tmp_path):
    yield "rules", _run("rules", "--lang", lang, "--peildatum", DAY)
    ruleset = RULESET_2027
    for item in [
        *(rule.id for rule in ruleset.rules),
        *ruleset.facts,
        *(action.id for action in ruleset.actions),
        *ruleset.settings,
    ]:
        yield f"rules show {item}", _run("rules", "show", item, "--lang", lang, "--peildatum", DAY)


#: Each command that prints text for people, and the outputs it gives on the shipped examples.
COMMANDS = {
    "report": _report,
    "timeline": _timeline,
    "diff": _diff,
    "interview": _interview,
    "template": _template,
    "test": _test,
    "log": _log,
    "rules": _rules,
}
#: Views that name the rules and actions that make a difference by their ids.
CHANGES = {"diff", "log"}
#: The rule author's views (the rules, their tests): every id is their subject, and each source
#: is shown with its lines and the words on them.
AUTHOR = {"rules", "test"}
QUOTED_LINES = re.compile(r"^(\s*(bron|source|citaat|quote):|\s+\d{3}:\d+ ).*$", re.MULTILINE)
#: What a case file says, as it says it: `manager`, escalation=board.
CASE_WORDS = re.compile(r"`[^`]*`|\b(classification|escalation)=\w+")


def _findings(text: str, lang: str, command: str, tmp_path) -> list[str]:
    """What an inspector should not read in `text`: fact ids, our own words, the other language."""
    for data in OWN_DATA:
        text = text.replace(data, " ")
    text = without_citations(text.replace(str(tmp_path), " ").replace(str(ROOT), " "))
    if command in CHANGES | AUTHOR:
        text = RULE_AND_ACTION_IDS.sub(" ", text)
    if command in AUTHOR:
        text = ALL_IDS.sub(" ", CASE_WORDS.sub(" ", QUOTED_LINES.sub(" ", text)))
    found = FACT_IDS.findall(text) + OWN_WORDS.findall(text)
    return found + (ENGLISH if lang == "nl" else DUTCH).findall(text)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_speaks_to_an_inspector(command, lang, tmp_path):
    """No fact id, no word of our own making and no word of the other language in what each
    command prints for people, on every shipped example, under rule set 2027.1."""
    found = {}
    for name, text in COMMANDS[command](lang, tmp_path):
        words = _findings(text, lang, command, tmp_path)
        if words:
            found[name] = sorted(set(words))
    assert found == {}
