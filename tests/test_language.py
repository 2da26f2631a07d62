"""Dutch throughout with --lang nl, English throughout with --lang en: every command and format.

Text for people is checked word by word against a short list of words of the other language.
What is the contract or a name stays as it is and is left out of the check: ids (fact, rule,
setting and action ids, the words of graded facts, level ids), JSON keys, file paths, option
names and command lines, the title of the Handreiking, the lines it quotes and its citations (a
section and a quote, the document's own words in any language).
"""

from __future__ import annotations

import json
import re

import click
import pytest
from click.testing import CliRunner

from gevoeligheid._cli import cli
from gevoeligheid._model import ROLES

from .conftest import ROOT
from .strategies import RULESET
from .texts import without_citations

#: English words that have no place in Dutch text (none of them is also a Dutch word).
ENGLISH = {
    "the",
    "and",
    "with",
    "rule",
    "rules",
    "because",
    "why",
    "when",
    "sets",
    "none",
    "true",
    "false",
    "error",
    "errors",
    "engine",
    "attention",
    "setting",
    "settings",
    "value",
    "source",
    "question",
    "questions",
    "signal",
    "signals",
    "weight",
    "category",
    "inform",
    "nobody",
    "escalation",
    "classification",
    "sensitive",
    "board",
    "director",
    "defined",
    "changed",
    "quote",
    "fact",
    "passed",
    "failed",
    "coverage",
    "case",
    "where",
    "warning",
    "warnings",
    "expected",
    "got",
    "did",
    "mean",
    "lists",
    "them",
    "yes",
    "not",
    "this",
    "message",
    "exit",
    "options",
    "usage",
    "commands",
    "example",
    "examples",
    "file",
    "files",
    "level",
    "actions",
    "action",
    "who",
    "highly",
    "point",
    "official",
    "client",
    "portfolio",
    "holder",
    "agency",
    "worker",
    "handles",
    "if",
    "all",
    "assessed",
    "left",
    "out",
    "derived",
    "from",
    "events",
    "applies",
    "nothing",
    "beyond",
    "internal",
    "try",
    "for",
    "such",
    "missing",
    "invalid",
    "option",
    "command",
    "unexpected",
    "requires",
    "range",
    "choose",
    "show",
    "text",
    "integer",
    "float",
    "path",
    "paths",
    "directory",
    "name",
    "args",
    "decision",
    "decisions",
    "log",
    "refusing",
    "keys",
}
#: Dutch words that have no place in English text.
DUTCH = {
    "de",
    "het",
    "een",
    "en",
    "van",
    "niet",
    "geen",
    "regel",
    "regels",
    "feit",
    "vraag",
    "vragen",
    "omdat",
    "waarom",
    "wanneer",
    "bron",
    "informeren",
    "niemand",
    "gevoelig",
    "bestuur",
    "directie",
    "signaal",
    "signalen",
    "gewicht",
    "categorie",
    "ja",
    "nee",
    "fout",
    "fouten",
    "waarschuwing",
    "waarschuwingen",
    "geslaagd",
    "mislukt",
    "dekking",
    "instelling",
    "waarde",
    "gewijzigd",
    "gedefinieerd",
    "citaat",
    "zet",
    "als",
    "alle",
    "te",
    "doen",
    "wie",
    "actie",
    "acties",
    "regelset",
    "rekenkern",
    "ambtelijk",
    "opdrachtgever",
    "portefeuillehouder",
    "coördinator",
    "medewerker",
    "verrast",
    "aandachtspunt",
    "zeer",
    "bestuurlijk",
    "voor",
    "met",
    "op",
    "bij",
    "naar",
    "zijn",
    "wordt",
    "worden",
    "er",
    "die",
    "dat",
    "deze",
    "ook",
    "nog",
    "toon",
    "opties",
    "gebruik",
    "opdrachten",
    "voorbeeld",
    "voorbeelden",
    "peildatum",
    "gebeurtenissen",
    "afgeleid",
    "beoordeeld",
    "bedoelde",
    "noemt",
    "zie",
    "hulp",
    "ontbrekend",
    "ontbrekende",
    "ongeldige",
    "bestaat",
    "keuze",
    "kies",
    "bereik",
    "optie",
    "opdracht",
    "argumenten",
    "tekst",
    "getal",
    "bestand",
    "paden",
    "naam",
    "beslissing",
    "beslissingen",
    "logboek",
    "dienst",
    "sleutels",
    "geschoond",
    "vastgelegd",
}

IDS = {
    *RULESET.facts,
    *(rule.id for rule in RULESET.rules),
    *RULESET.settings,
    *(action.id for action in RULESET.actions),
    *(word for fact in RULESET.facts.values() for word in fact.values),
    *RULESET.events,
    *ROLES,
    "check",
    "schema",
    "template",
    "rules",
    "show",
    "validate",
    "test",
    "gevoelig",
    "serve",
    "log",
    "replay",
    "export",
    "purge",
    "purges",
    "migrate",
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
    for line in without_citations(text).splitlines():
        if COMMAND_LINE.match(line) or QUOTED.match(line):
            continue
        error = line.startswith(("gevoelig: fout:", "gevoelig: error:"))
        line = QUOTES.sub(" ", line)  # noqa: PLW2901 - the line without its quotations
        for token in line.split():
            token = token.strip(".,;:()[]\"'`!?*")  # noqa: PLW2901 - the word without its punctuation
            if (
                not token
                or token in IDS
                or (error and token in LITERALS)
                or any(mark in token for mark in "_/=|<>@.\\")
                or token.startswith("-")
                or any(char.isdigit() for char in token)
            ):
                continue
            if (
                token.isupper() and len(token) > 1
            ):  # a metavar such as FILE or DOSSIERS, or an acronym
                if token.lower() in ENGLISH | DUTCH:
                    out.append(token.lower())
                continue
            out.append(token.lower())
    return out


def foreign(text: str, lang: str) -> list[str]:
    other = ENGLISH if lang == "nl" else DUTCH
    return sorted({word for word in words_for_people(text) if word in other})


def invoke(*args: str, columns: int = 100) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": str(columns)})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory):
    """Examples without their Dutch titles and notes (data, not the tool's words), and a dossier
    with an event after its peildatum and an answer the evidence contradicts."""
    folder = tmp_path_factory.mktemp("taal")
    paths = []
    for name in (
        "02-routine-inspection-nothing-known",
        "03-seveso-plant-fire-smoke-plume",
        "09-beyond-mandate-decision",
        "15-wind-turbine-policy-deviation",
        "17-answer-contradicts-evidence",
        "10-advice-not-followed",
    ):
        data = json.loads((ROOT / "examples" / f"{name}.json").read_text(encoding="utf-8"))
        kept = {key: data[key] for key in ("id", "peildatum", "facts", "events") if key in data}
        path = folder / f"{name}.json"
        path.write_text(json.dumps(kept), encoding="utf-8")
        paths.append(str(path))
    later = folder / "later.json"
    later.write_text(
        json.dumps(
            {
                "id": "X-1",
                "peildatum": "2026-11-01",
                "facts": {"raads_of_statenvragen": False},
                "events": [
                    {"type": "raadsvraag", "datum": "2026-10-01"},
                    {"type": "klacht", "datum": "2026-11-20"},
                ],
            }
        ),
        encoding="utf-8",
    )
    paths.append(str(later))
    return paths


def outputs(lang: str, dossiers: list[str], tmp_path) -> dict[str, str]:
    """What every command prints for people, in `lang`."""
    out: dict[str, str] = {}
    for fmt in ("table", "markdown"):
        # Wide enough that no citation is wrapped: each is left out of the check whole.
        wide = 2000
        code, stdout, _ = invoke(
            "check", "-f", fmt, "--explain", "--lang", lang, *dossiers, columns=wide
        )
        assert code == 0
        out[f"check -f {fmt} --explain"] = stdout
        out[f"check -f {fmt}"] = invoke(
            "check", "-f", fmt, "--lang", lang, *dossiers, columns=wide
        )[1]
    results = json.loads(invoke("check", "-f", "json", "--lang", lang, *dossiers)[1])
    texts = []
    for result in results:
        texts += [
            part[key]
            for section in ("signals", "reasons", "open_questions", "actions", "conflicts")
            for part in result[section]
            for key in ("label", "because", "question", "text", "message")
            if key in part
        ]
    out["check -f json (texts)"] = "\n".join(texts)
    out["rules"] = invoke("rules", "--lang", lang)[1]
    for item in (
        "buiten_mandaat",
        "afwijking_vastgesteld_beleid",
        "strijdig_met_ruimtelijk_besluit",
        "klachtenpatroon",
        "score_gevoelig",
        "beantwoord_buiten_mandaat",
        "media_aandacht",
    ):
        out[f"rules show {item}"] = invoke("rules", "show", item, "--lang", lang)[1]
    out["template -f markdown"] = invoke("template", "-f", "markdown", "--lang", lang)[1]
    passing = tmp_path / "passing.yaml"  # case names are the author's data: one without words
    passing.write_text(
        (
            "peildatum: 2026-12-01\ncases:\n  - name: A1\n    facts: {subsidie: true}\n    expect: "
            "{escalation: none}\n"
        ),
        encoding="utf-8",
    )
    out["test"] = invoke("test", "--lang", lang, str(passing))[1]
    failing = tmp_path / "cases.yaml"
    failing.write_text(
        "cases:\n  - name: x\n    facts: {subsidie: true}\n    expect: {escalation: manager}\n",
        encoding="utf-8",
    )
    out["test (failing)"] = invoke("test", "--lang", lang, str(failing))[1]
    out["rules validate"] = "".join(invoke("rules", "--lang", lang, "validate")[1:])
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"facts": {"subsidie": "ja", "maatschappelijke_onrus": true}}', encoding="utf-8"
    )
    out["check (bad input)"] = invoke("check", "--lang", lang, str(bad))[2]
    out["rules show (unknown id)"] = invoke("rules", "show", "buiten_mandat", "--lang", lang)[2]
    help_lang = [] if lang == "nl" else ["--lang", lang]
    for command in (["check"], ["template"], ["rules"], ["rules", "show"], ["test"]):
        out[" ".join(command) + " --help"] = invoke(
            *command[:1], *help_lang, *command[1:], "--help"
        )[1]
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
        questions = json.loads(
            invoke(
                "check",
                "-f",
                "json",
                "--lang",
                lang,
                str(ROOT / "examples" / "02-routine-inspection-nothing-known.json"),
            )[1]
        )["open_questions"]
        assert mark in next(
            question["question"]
            for question in questions
            if question["fact"] == "strijdig_met_ruimtelijk_besluit"
        )
    schema = json.loads(invoke("schema")[1])
    assert (
        marks["nl"]
        in schema["properties"]["facts"]["properties"]["strijdig_met_ruimtelijk_besluit"][
            "description"
        ]
    )


def test_rules_validate_warnings_are_dutch_by_default_and_english_with_lang_en(tmp_path):
    """Its warnings were English in Dutch output ("fout: no rule or signal ...")."""
    from click.testing import CliRunner

    from gevoeligheid._cli import cli

    overlay = tmp_path / "uit.yaml"
    overlay.write_text(
        (
            "overlay: uit\ndescription: Zet een signaal uit.\nvalid_from: 2026-12-01\ndisable:\n  "
            "subsidie: Subsidies zijn hier niet gevoelig.\n"
        ),
        encoding="utf-8",
    )
    dutch = CliRunner().invoke(cli, ["rules", "validate", str(overlay)])
    english = CliRunner().invoke(cli, ["rules", "--lang", "en", "validate", str(overlay)])
    assert (
        "waarschuwing: checklistvraag 'subsidie'" in dutch.stderr
        and "geeft geen signaal" in dutch.stderr
    )
    assert (
        "warning: checklist question 'subsidie'" in english.stderr
        and "gives no signal" in english.stderr
    )


def command_paths(group: click.Group = cli, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command of `gevoelig`, the group itself first, by the words that call it."""
    paths = [path]
    ctx = click.Context(group)
    # list_commands and get_command: `serve` and `log` are imported when they are asked for.
    for name, command in (
        (name, group.get_command(ctx, name)) for name in group.list_commands(ctx)
    ):
        if isinstance(command, click.Group):
            paths += command_paths(command, (*path, name))
        else:
            paths.append((*path, name))
    return paths


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_help_page_is_in_one_language(lang):
    """Each command's help, serve's and log's too, with click's own words (usage, headings,
    metavars, the help option), in Dutch by default and in English with --lang en."""
    paths = command_paths()
    assert {("serve",), ("log",), ("log", "replay"), ("rules", "validate")} <= set(paths)
    pages = {
        " ".join(path) or "gevoelig": invoke(
            *([] if lang == "nl" else ["--lang", "en"]), *path, "--help"
        )
        for path in paths
    }
    assert {name: page[0] for name, page in pages.items() if page[0] != 0} == {}
    assert {
        name: foreign(page[1], lang) for name, page in pages.items() if foreign(page[1], lang)
    } == {}
    usage = "Gebruik: " if lang == "nl" else "Usage: "
    assert [name for name, page in pages.items() if not page[1].startswith(usage)] == []


#: Bad command lines, one of each kind of usage error: what click finds while it parses (an unknown
#: option or command, a missing argument, a value of the wrong kind or out of range, a missing
#: value) and what the commands check themselves.
USAGE_ERRORS = [
    ["check"],
    ["check", "--bogus", "x.json"],
    ["check", "--jobs", "99", "x.json"],
    ["check", "-f", "xml", "x.json"],
    ["check", "--peildatum", "2026-13-01", "x.json"],
    ["check", "--lang"],
    ["chek"],
    ["template", "extra"],
    ["schema", "--bogus"],
    ["rules", "show"],
    ["rules", "shwo"],
    ["rules", "validate", "/no/such/folder"],
    ["test", "--min-coverage", "200"],
    ["serve", "--port", "x"],
    ["serve", "--host", "0.0.0.0", "--no-log"],
    ["log", "bogus"],
    ["log", "replay"],
    ["log", "replay", "--input", "x.json", "a", "b"],
    ["log", "purge"],
    ["log", "export", "--since", "yesterday"],
]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("args", USAGE_ERRORS, ids=" ".join)
def test_a_usage_error_says_what_where_and_what_to_do_in_one_language(args, lang, tmp_path):
    """Exit status 2, and a message on standard error in the language asked for: --lang en may
    come before the command or after the error, as click meets the error before the option."""
    env = {
        "COLUMNS": "100",
        "GEVOELIG_API_KEYS": "",
        "GEVOELIG_API_KEYS_FILE": "",
        "GEVOELIG_LOG": str(tmp_path / "log.sqlite3"),
        "GEVOELIG_LOG_RETENTION_DAYS": None,
    }
    runs = (
        [args]
        if lang == "nl"
        else [["--lang", "en", *args]] + ([[*args, "--lang", "en"]] if args[-1] != "--lang" else [])
    )
    for command_line in runs:
        result = CliRunner().invoke(cli, command_line, env=env, prog_name="gevoelig")
        assert (result.exit_code, result.stdout) == (2, ""), command_line
        assert foreign(result.stderr, lang) == [], result.stderr
        error = "Fout: " if lang == "nl" else "Error: "
        assert error in result.stderr, result.stderr
        if (
            "--lang" not in args
        ):  # click shows the usage and the help option, but for a missing value
            hint = "voor hulp." if lang == "nl" else "for help."
            assert (
                result.stderr.startswith(("Gebruik: gevoelig", "Usage: gevoelig"))
                and hint in result.stderr
            ), result.stderr


def test_a_usage_error_in_dutch_names_the_option_and_the_choices():
    result = CliRunner().invoke(cli, ["check", "-f", "xml", "x.json"], prog_name="gevoelig")
    assert (
        "Fout: Ongeldige waarde voor '-f' / '--format': 'xml' is geen keuze: kies uit 'table', "
        "'markdown', 'json', 'jsonl'."
    ) in result.stderr
    assert result.stderr.startswith(
        "Gebruik: gevoelig check [OPTIES] DOSSIERS...\nZie 'gevoelig check --help' voor hulp."
    )


def test_the_english_words_of_click_are_gone_from_dutch_and_back_in_english():
    """The offenders of the issue: after a Dutch run, an English run in the same
    process is English."""
    dutch = CliRunner().invoke(cli, ["check", "--bogus"], prog_name="gevoelig").stderr
    english = (
        CliRunner().invoke(cli, ["check", "--lang", "en", "--bogus"], prog_name="gevoelig").stderr
    )
    for word in ("Usage:", "Error:", "No such option", "Try ", "[OPTIONS]"):
        assert word not in dutch and word in english
    help_nl = CliRunner().invoke(cli, ["check", "--help"]).stdout
    help_en = CliRunner().invoke(cli, ["check", "--lang", "en", "--help"]).stdout
    assert "Show this message and exit." not in help_nl and "Show this message and exit." in help_en
    assert "INTEGER RANGE" not in help_nl and "INTEGER RANGE" in help_en


def test_click_is_itself_outside_a_command_line():
    """After a Dutch command line, click's texts are its English again and no parameter or command
    was changed: the language lives in the thread's context, not on shared objects."""
    import click.core

    CliRunner().invoke(cli, ["check", "--bogus"])
    jobs = next(param for param in cli.commands["check"].params if param.name == "jobs")
    assert (click.core._("Usage:"), click.core.ngettext("a", "b", 2)) == ("Usage:", "b")
    assert (jobs.metavar, jobs.help, cli.options_metavar, cli.help) == (
        None,
        None,
        "[OPTIONS]",
        None,
    )


def test_two_threads_write_help_in_two_languages_at_once():
    """The language of click's texts and of the help is per thread: each page is wholly in its
    own language while the other thread writes the other."""
    import threading

    barrier = threading.Barrier(2)
    pages: dict[str, list[str]] = {"nl": [], "en": []}

    def write(lang: str) -> None:
        from gevoeligheid._helptext import click_in

        check = cli.commands["check"]
        barrier.wait()
        for _ in range(50):
            with click_in(lang):
                ctx = click.Context(check, info_name="check", parent=click.Context(cli))
                pages[lang].append(check.get_help(ctx))

    threads = [threading.Thread(target=write, args=(lang,)) for lang in pages]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {lang: {page.split()[0] for page in found} for lang, found in pages.items()} == {
        "nl": {"Gebruik:"},
        "en": {"Usage:"},
    }
    assert [
        foreign(page, lang)
        for lang, found in pages.items()
        for page in found
        if foreign(page, lang)
    ] == []


#: click's texts for a program's author, not its user: a mistake in declaring options or arguments,
#: a type's repr, shell streams and colours that gevoelig never names. They stay English.
CLICK_AUTHOR_ONLY = {
    "Could not determine name for option with declarations {decls!r}",
    (
        "No options defined but a name was passed ({name}). Did you mean to declare an argument "
        "instead? Did you mean to pass '--{name}'?"
    ),
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "Name '{name}' defined twice",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Invalid start character for option ({option})",
    "Choice({choices})",
    "Unknown color {colour!r}",
    "Unknown standard stream '{name}'",
}


def click_texts() -> set[str]:
    """The texts that the installed click passes through gettext in the modules whose gettext
    functions the command line points at its Dutch (gevoeligheid._helptext)."""
    import ast
    import importlib
    from pathlib import Path

    from gevoeligheid._helptext import _CLICK_MODULES

    texts = set()
    for name in _CLICK_MODULES:
        tree = ast.parse(
            Path(importlib.import_module(f"click.{name}").__file__).read_text(encoding="utf-8")
        )
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "ngettext")
            ):
                texts |= {
                    arg.value
                    for arg in node.args
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                }
    return texts


def test_every_text_of_click_for_a_user_has_its_dutch():
    """A click that writes a new text for users fails here until the catalogue has its Dutch."""
    from gevoeligheid._messages import catalogue

    found = click_texts()
    assert len(found) > 40  # the scan finds click's texts at all
    assert sorted(found - set(catalogue("nl").click) - CLICK_AUTHOR_ONLY) == []


def test_click_s_dutch_uses_only_the_placeholders_click_fills_in():
    import string

    from gevoeligheid._messages import catalogue

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}

    assert {
        english: dutch
        for english, dutch in catalogue("nl").click.items()
        if not fields(dutch) <= fields(english) or ("%(" in english) != ("%(" in dutch)
    } == {}


def command_contexts() -> list[tuple[tuple[str, ...], click.Command, click.Context]]:
    """Every command of `gevoelig` by the words that call it, with a context as it runs in."""
    found = []
    for path in command_paths():
        ctx = click.Context(cli, info_name="gevoelig")
        command: click.Command = cli
        for name in path:
            command = command.get_command(ctx, name)
            ctx = click.Context(command, info_name=name, parent=ctx)
        found.append((path, command, ctx))
    return found


def help_texts(lang: str) -> dict[str, str]:
    """The help of every command and option of `gevoelig` in `lang`, by the words that call it, as
    the help pages look it up (a KeyError for one the catalogue lacks)."""
    from gevoeligheid._helptext import command_help, option_flag, option_help

    texts = {}
    for path, command, _ctx in command_contexts():
        key = " ".join(("gevoelig", *path))
        texts[key] = command_help(key, lang)
        for param in command.params:
            if isinstance(param, click.Option):
                texts[f"{key} {option_flag(param)}"] = option_help(key, param, lang)
    return texts


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_command_and_option_has_its_help_in_the_catalogue(lang):
    """A command or an option added without its help in a catalogue fails here (KeyError)."""
    assert len(help_texts(lang)) > 100


def test_a_command_or_option_has_help_in_every_language_or_in_none():
    dutch, english = help_texts("nl"), help_texts("en")
    assert [key for key in dutch if bool(dutch[key]) != bool(english[key])] == []
    assert [key for key in dutch if not dutch[key]] == [
        "gevoelig serve --port",
        "gevoelig serve --ssl-keyfile",
        "gevoelig serve --access-log",
    ]


def test_every_help_text_in_the_catalogue_belongs_to_a_command_or_option():
    """No help is left behind in a catalogue for a command or option that is gone."""
    from gevoeligheid._helptext import option_flag
    from gevoeligheid._messages import catalogue

    used = set(help_texts("nl"))
    flags = {key.rpartition(" ")[2] for key in used if " --" in key}
    for lang in ("nl", "en"):
        texts = catalogue(lang).help
        assert [key for key in texts if key not in used and key not in flags] == [], lang
    assert option_flag(click.Option(["-f", "--format", "fmt"])) == "--format"


def test_every_command_and_option_takes_its_help_from_the_catalogue():
    """No command or option of `gevoelig` carries help of its own (click would show it)."""
    from gevoeligheid._helptext import Argument, HelpMixin, Option

    found = []
    for path in command_paths():
        command: click.Command = cli
        for name in path:
            command = command.get_command(click.Context(command), name)
        if not isinstance(command, HelpMixin) or command.help is not None:
            found.append(" ".join(path))
        found += [
            f"{' '.join(path)} {param.name}"
            for param in command.params
            if not isinstance(param, Option | Argument) or getattr(param, "help", None) is not None
        ]
    assert found == []
    with pytest.raises(TypeError, match="catalogue"):
        Option(["--x"], help="English only")


def test_the_console_script_gives_usage_errors_in_the_language_asked_for():
    """The installed `gevoelig`, not only CliRunner: click reads sys.argv itself there."""
    from .test_cli import run

    dutch, english = (
        run("log", "replay", "--bogus"),
        run("log", "replay", "--bogus", "--lang", "en"),
    )
    assert (dutch.returncode, dutch.stdout) == (2, "") and (english.returncode, english.stdout) == (
        2,
        "",
    )
    assert (
        dutch.stderr.startswith("Gebruik: gevoelig log replay [OPTIES] [BESLISSINGEN]...\n")
        and "Fout: Optie '--bogus' bestaat niet." in dutch.stderr
    )
    assert (
        english.stderr.startswith("Usage: gevoelig log replay [OPTIONS] [DECISION_IDS]...\n")
        and "Error: No such option '--bogus'." in english.stderr
    )


def test_a_command_first_loaded_in_a_dutch_run_keeps_its_english_help(tmp_path):
    """click translates some texts when an object is made (a Path type's name, "file"): a module
    of commands imported while a Dutch command line runs (check --log loads the log's commands)
    must not keep Dutch words for the English help after it."""
    import subprocess
    import sys

    script = (
        "from click.testing import CliRunner\n"
        "from gevoeligheid._cli import cli\n"
        "CliRunner().invoke(cli, ['check', '-f', 'json', '--log', "
        f"{str(tmp_path / 'log.sqlite3')!r}, "
        f"{str(ROOT / 'examples' / '01-routine-bakery-permit.json')!r}])\n"
        "CliRunner().invoke(cli, ['serve', '--bogus'])\n"
        "for args in (['log', 'replay'], ['serve']):\n"
        "    print(CliRunner().invoke(cli, ['--lang', 'en', *args, '--help']).output)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, "--input FILE" in done.stdout, "BESTAND" in done.stdout) == (
        0,
        True,
        False,
    ), done.stderr
