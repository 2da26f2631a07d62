"""Dutch throughout with --lang nl, English throughout with --lang en: every command and format.

Text for people is checked word by word against a short list of words of the other language.
What is the contract or a name stays as it is and is left out of the check: ids (fact, rule,
setting and action ids, the words of graded facts, level ids), JSON keys, file paths, option
names and command lines, the title of the Handreiking and the lines it quotes.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from gevoeligheid._cli import cli
from gevoeligheid._model import ROLES

from .conftest import ROOT
from .strategies import RULESET

#: English words that have no place in Dutch text (none of them is also a Dutch word).
ENGLISH = {"the", "and", "with", "rule", "rules", "because", "why", "when", "sets", "none", "true", "false", "error", "errors", "engine", "attention", "setting", "settings", "value", "source", "question", "questions", "signal", "signals", "weight", "category", "inform", "nobody", "escalation", "classification", "sensitive", "board", "director", "defined", "changed", "quote", "fact", "passed", "failed", "coverage", "case", "where", "warning", "warnings", "expected", "got", "did", "mean", "lists", "them", "yes", "not", "this", "message", "exit", "options", "usage", "commands", "example", "examples", "file", "files", "level", "actions", "action", "who", "highly", "point", "official", "client", "portfolio", "holder", "agency", "worker", "handles", "if", "all", "assessed", "left", "out", "derived", "from", "events", "applies", "nothing", "beyond", "internal"}
#: Dutch words that have no place in English text.
DUTCH = {"de", "het", "een", "en", "van", "niet", "geen", "regel", "regels", "feit", "vraag", "vragen", "omdat", "waarom", "wanneer", "bron", "informeren", "niemand", "gevoelig", "bestuur", "directie", "signaal", "signalen", "gewicht", "categorie", "ja", "nee", "fout", "fouten", "waarschuwing", "waarschuwingen", "geslaagd", "mislukt", "dekking", "instelling", "waarde", "gewijzigd", "gedefinieerd", "citaat", "zet", "als", "alle", "te", "doen", "wie", "actie", "acties", "regelset", "rekenkern", "ambtelijk", "opdrachtgever", "portefeuillehouder", "coördinator", "medewerker", "verrast", "aandachtspunt", "zeer", "bestuurlijk", "voor", "met", "op", "bij", "naar", "zijn", "wordt", "worden", "er", "die", "dat", "deze", "ook", "nog", "toon", "opties", "gebruik", "opdrachten", "voorbeeld", "voorbeelden", "peildatum", "gebeurtenissen", "afgeleid", "beoordeeld", "bedoelde", "noemt"}

DOCUMENT = RULESET.document
IDS = {
    *RULESET.facts, *(rule.id for rule in RULESET.rules), *RULESET.settings, *(action.id for action in RULESET.actions),
    *(word for fact in RULESET.facts.values() for word in fact.values), *RULESET.events, *ROLES,
    "check", "schema", "template", "rules", "show", "validate", "test", "gevoelig",
}
#: The JSON literals a dossier is written in, which an error about a value names.
LITERALS = {"true", "false", "null"}
#: Code and the user's own input, which a message quotes: `code`, "input".
QUOTES = re.compile(r"`[^`]*`|\"[^\"]*\"")
COMMAND_LINE = re.compile(r"^\s*(gevoelig|cat) ")
QUOTED = re.compile(r"^\s*(bron|source|citaat|quote):|^\s+\d{3}:\d+ ")


def words_for_people(text: str) -> list[str]:
    """The words of `text` that are meant for people, lower-cased."""
    out = []
    for line in text.replace(DOCUMENT, "").splitlines():
        if COMMAND_LINE.match(line) or QUOTED.match(line):
            continue
        error = line.startswith(("gevoelig: fout:", "gevoelig: error:"))
        line = QUOTES.sub(" ", line)  # noqa: PLW2901 - the line without its quotations
        for token in line.split():
            token = token.strip(".,;:()[]\"'`!?*")  # noqa: PLW2901 - the word without its punctuation
            if not token or token in IDS or (error and token in LITERALS) or any(mark in token for mark in "_/=|<>@.\\") or token.startswith("-") or any(char.isdigit() for char in token):
                continue
            if token.isupper() and len(token) > 1:  # a metavar such as DOSSIERS or an acronym
                continue
            out.append(token.lower())
    return out


def foreign(text: str, lang: str) -> list[str]:
    other = ENGLISH if lang == "nl" else DUTCH
    return sorted({word for word in words_for_people(text) if word in other})


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": "100"})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory):
    """Examples without their Dutch titles and notes (data, not the tool's words), and a dossier
    with an event after its peildatum and an answer the evidence contradicts."""
    folder = tmp_path_factory.mktemp("taal")
    paths = []
    for name in ("02-routine-inspection-nothing-known", "03-seveso-plant-fire-smoke-plume", "09-beyond-mandate-decision",
                 "15-wind-turbine-policy-deviation", "17-answer-contradicts-evidence", "10-advice-not-followed"):
        data = json.loads((ROOT / "examples" / f"{name}.json").read_text(encoding="utf-8"))
        kept = {key: data[key] for key in ("id", "peildatum", "facts", "events") if key in data}
        path = folder / f"{name}.json"
        path.write_text(json.dumps(kept), encoding="utf-8")
        paths.append(str(path))
    later = folder / "later.json"
    later.write_text(json.dumps({"id": "X-1", "peildatum": "2026-11-01", "facts": {"raads_of_statenvragen": False}, "events": [
        {"type": "raadsvraag", "datum": "2026-10-01"}, {"type": "klacht", "datum": "2026-11-20"}]}), encoding="utf-8")
    paths.append(str(later))
    return paths


def outputs(lang: str, dossiers: list[str], tmp_path) -> dict[str, str]:
    """What every command prints for people, in `lang`."""
    out: dict[str, str] = {}
    for fmt in ("table", "markdown"):
        code, stdout, _ = invoke("check", "-f", fmt, "--explain", "--lang", lang, *dossiers)
        assert code == 0
        out[f"check -f {fmt} --explain"] = stdout
        out[f"check -f {fmt}"] = invoke("check", "-f", fmt, "--lang", lang, *dossiers)[1]
    results = json.loads(invoke("check", "-f", "json", "--lang", lang, *dossiers)[1])
    texts = []
    for result in results:
        texts += [part[key] for section in ("signals", "reasons", "open_questions", "actions", "conflicts") for part in result[section] for key in ("label", "because", "question", "text", "message") if key in part]
    out["check -f json (texts)"] = "\n".join(texts)
    out["rules"] = invoke("rules", "--lang", lang)[1]
    for item in ("buiten_mandaat", "afwijking_vastgesteld_beleid", "strijdig_met_ruimtelijk_besluit", "klachtenpatroon", "score_gevoelig", "beantwoord_buiten_mandaat", "media_aandacht"):
        out[f"rules show {item}"] = invoke("rules", "show", item, "--lang", lang)[1]
    out["template -f markdown"] = invoke("template", "-f", "markdown", "--lang", lang)[1]
    passing = tmp_path / "passing.yaml"  # case names are the author's data: one without words
    passing.write_text("peildatum: 2026-12-01\ncases:\n  - name: A1\n    facts: {subsidie: true}\n    expect: {escalation: none}\n", encoding="utf-8")
    out["test"] = invoke("test", "--lang", lang, str(passing))[1]
    failing = tmp_path / "cases.yaml"
    failing.write_text("cases:\n  - name: x\n    facts: {subsidie: true}\n    expect: {escalation: manager}\n", encoding="utf-8")
    out["test (failing)"] = invoke("test", "--lang", lang, str(failing))[1]
    out["rules validate"] = "".join(invoke("rules", "--lang", lang, "validate")[1:])
    bad = tmp_path / "bad.json"
    bad.write_text('{"facts": {"subsidie": "ja", "maatschappelijke_onrus": true}}', encoding="utf-8")
    out["check (bad input)"] = invoke("check", "--lang", lang, str(bad))[2]
    out["rules show (unknown id)"] = invoke("rules", "show", "buiten_mandat", "--lang", lang)[2]
    help_lang = [] if lang == "nl" else ["--lang", lang]
    for command in (["check"], ["template"], ["rules"], ["rules", "show"], ["test"]):
        out[" ".join(command) + " --help"] = invoke(*command[:1], *help_lang, *command[1:], "--help")[1]
    return out


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_word_of_the_other_language_in_any_command(lang, dossiers, tmp_path):
    found = {name: foreign(text, lang) for name, text in outputs(lang, dossiers, tmp_path).items()}
    assert {name: words for name, words in found.items() if words} == {}


@pytest.mark.parametrize(
    "text, lang, words",
    [
        ("Classificatie  zeer gevoelig (highly_sensitive)", "nl", []),
        ("Escalatie      directie (director)", "nl", ["director"]),
        ("- 'media_aandacht' is beantwoord met false", "nl", ["false"]),
        ("gevoelig: error: a.json: onbekend feit", "nl", ["error"]),
        ("Bron: x; regelset default 2026.2; Engine durable", "nl", ["engine"]),
        ("Classificatie  aandachtspunt (attention)", "nl", ["attention"]),
        ("Escalation  bestuur (bevoegd gezag)", "en", ["bestuur"]),
        ("Source: x; rule set default 2026.2; peildatum 2026-12-01", "en", ["peildatum"]),
    ],
)
def test_the_check_finds_the_known_offenders(text, lang, words):
    """The offenders of the issue are found; ids in them are not words."""
    assert foreign(text, lang) == words


def test_every_inverted_question_says_so_wherever_it_is_read():
    """strijdig_met_ruimtelijk_besluit asks the reverse of the printed Bijlage 3 question."""
    marks = {"nl": "Omgekeerde vraag", "en": "Inverted question"}
    for lang, mark in marks.items():
        assert mark in invoke("template", "-f", "markdown", "--lang", lang)[1]
        assert mark in invoke("rules", "show", "strijdig_met_ruimtelijk_besluit", "--lang", lang)[1]
        questions = json.loads(invoke("check", "-f", "json", "--lang", lang, str(ROOT / "examples" / "02-routine-inspection-nothing-known.json"))[1])["open_questions"]
        assert mark in next(question["question"] for question in questions if question["fact"] == "strijdig_met_ruimtelijk_besluit")
    schema = json.loads(invoke("schema")[1])
    assert marks["nl"] in schema["properties"]["facts"]["properties"]["strijdig_met_ruimtelijk_besluit"]["description"]


def test_rules_validate_warnings_are_dutch_by_default_and_english_with_lang_en(tmp_path):
    """Its warnings were English in Dutch output ("fout: no rule or signal ...")."""
    from click.testing import CliRunner

    from gevoeligheid._cli import cli

    overlay = tmp_path / "uit.yaml"
    overlay.write_text("overlay: uit\ndescription: Zet een signaal uit.\nvalid_from: 2026-12-01\ndisable:\n  subsidie: Subsidies zijn hier niet gevoelig.\n", encoding="utf-8")
    dutch = CliRunner().invoke(cli, ["rules", "validate", str(overlay)])
    english = CliRunner().invoke(cli, ["rules", "--lang", "en", "validate", str(overlay)])
    assert "waarschuwing: checklistvraag 'subsidie'" in dutch.stderr and "geeft geen signaal" in dutch.stderr
    assert "warning: checklist question 'subsidie'" in english.stderr and "gives no signal" in english.stderr
