"""The `gevoelig` command line (README, docs/results.md: the commands, exit statuses and bad input),
run both in-process with click's CliRunner and as the installed console script in a subprocess."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from gevoeligheid import __version__, load_ruleset
from gevoeligheid._cli import cli

from .conftest import ROOT, copy_rules
from .processes import big_batch
from .strategies import RULESET_2027

EXAMPLES_DIR = ROOT / "examples"
EXAMPLES = sorted(EXAMPLES_DIR.glob("*.json"))
ROUTINE = "01-routine-bakery-permit.json"  # not_sensitive, none
ODOUR = "05-pig-farm-odour-complaint-wave.json"  # sensitive, manager
SEVESO = "03-seveso-plant-fire-smoke-plume.json"  # highly_sensitive, director
MANDATE = "09-beyond-mandate-decision.json"  # attention, board
CONFLICT = "17-answer-contradicts-evidence.json"  # events raise two answers
SUMMARY_ONE_BAD = "gevoelig: 1 dossier(s) could not be evaluated; 0 evaluated"


def _console_script() -> Path:
    beside = Path(sys.executable).parent / "gevoelig"
    if beside.exists():
        return beside
    found = shutil.which("gevoelig")
    return Path(found) if found else beside


GEVOELIG = _console_script()


def run(
    *args: str,
    stdin: str | bytes | None = None,
    cwd: Path = ROOT,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """The real console script; stdout and stderr as UTF-8 text."""
    environment = {key: value for key, value in os.environ.items() if key != "GEVOELIG_DEBUG"}
    environment["PYTHONUTF8"] = "1"
    environment.update(env or {})
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    done = subprocess.run(
        [str(GEVOELIG), *args],
        input=data,
        capture_output=True,
        cwd=cwd,
        env=environment,
        timeout=60,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def invoke(*args: str, input: str | bytes | None = None, columns: int = 100):
    """The command line in-process; click 8.2+ keeps result.stdout and result.stderr apart."""
    return CliRunner(env={"GEVOELIG_DEBUG": None, "COLUMNS": str(columns)}).invoke(
        cli, list(args), input=input, prog_name="gevoelig"
    )


def example(name: str) -> str:
    return str(EXAMPLES_DIR / name)


def expected_text(name: str) -> str:
    return (EXAMPLES_DIR / f"{name}.expected").read_text(encoding="utf-8")


def expected(name: str) -> dict:
    return json.loads(expected_text(name))


# --- the console script -----------------------------------------------------------------------


def test_the_console_script_is_installed():
    assert GEVOELIG.exists(), f"no console script at {GEVOELIG} nor on PATH"


def test_version_prints_the_package_version():
    done = run("--version")
    assert (0, f"gevoelig, versie {__version__}\n") == (done.returncode, done.stdout)
    english = run("--lang", "en", "--version")
    assert (0, f"gevoelig, version {__version__}\n") == (english.returncode, english.stdout)


# --- check: JSON and JSON Lines -----------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_check_one_file_as_json_prints_exactly_its_expected_file(path):
    result = invoke("check", "--format", "json", str(path))
    assert (0, expected_text(path.name)) == (result.exit_code, result.stdout)


def test_check_default_format_is_json_when_stdout_is_not_a_terminal():
    result = invoke("check", example(SEVESO))
    assert expected_text(SEVESO) == result.stdout


def test_console_script_check_one_file_prints_its_expected_object():
    done = run("check", f"examples/{SEVESO}")
    assert (0, expected_text(SEVESO), "") == (done.returncode, done.stdout, done.stderr)


def test_check_two_files_as_json_gives_an_array_in_their_order():
    result = invoke("check", "-f", "json", example(ROUTINE), example(SEVESO))
    assert result.exit_code == 0
    assert [expected(ROUTINE), expected(SEVESO)] == json.loads(result.stdout)


def test_check_a_folder_as_json_gives_an_array_in_sorted_file_order():
    result = invoke("check", "-f", "json", str(EXAMPLES_DIR))
    assert result.exit_code == 0
    assert [expected(path.name) for path in EXAMPLES] == json.loads(result.stdout)


def test_check_jsonl_gives_one_object_a_line():
    result = invoke("check", "-f", "jsonl", str(EXAMPLES_DIR))
    assert result.exit_code == 0
    assert result.stdout.endswith("\n")
    lines = result.stdout.splitlines()
    assert [expected(path.name) for path in EXAMPLES] == [json.loads(line) for line in lines]


def test_check_jsonl_of_one_file_is_one_line():
    result = invoke("check", "-f", "jsonl", example(ROUTINE))
    assert [expected(ROUTINE)] == [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("name", [ROUTINE, ODOUR, SEVESO, MANDATE])
def test_check_engine_reference_gives_the_same_json_but_for_the_engine(name):
    result = invoke("check", "-f", "json", "--engine", "reference", example(name))
    got = json.loads(result.stdout)
    want = expected(name)
    assert (got.pop("engine"), want.pop("engine")) == ("reference", "durable")
    assert want == got


def test_check_an_unknown_engine_is_a_usage_error():
    result = invoke("check", "--engine", "drools", example(ROUTINE))
    assert result.exit_code == 2
    assert "durable" in result.stderr and "reference" in result.stderr


# --- check: tables for people -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_check_text_shows_the_dutch_classification_and_escalation(fmt):
    out = invoke("check", "-f", fmt, example(SEVESO)).stdout
    assert "zeer gevoelig" in out and "highly_sensitive" not in out
    assert "directie" in out and "(director)" not in out


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_check_text_cites_every_signal_by_its_section_and_quote_not_by_line(fmt):
    """As an inspector finds it in the document; the line numbers are the JSON's."""
    out = invoke("check", "-f", fmt, "--peildatum", "2027-01-04", example(SEVESO), columns=400)
    signals = json.loads(
        invoke("check", "-f", "json", "--peildatum", "2027-01-04", example(SEVESO)).stdout
    )["signals"]
    facts = RULESET_2027.facts
    assert [signal["label"] for signal in signals if signal["label"] not in out.stdout] == []
    cited = [
        f'{facts[signal["id"]].source.section}: "{facts[signal["id"]].quote}"' for signal in signals
    ]
    assert [citation for citation in cited if citation not in out.stdout] == []
    assert (
        'Bijlage 3, Politiek: "Heeft een bestuurder aandacht gevraagd voor deze kwestie?"' in cited
    )
    assert re.findall(r"\b004:\d+", out.stdout) == []


def test_check_markdown_is_a_markdown_document():
    out = invoke("check", "-f", "markdown", example(SEVESO)).stdout
    assert out.startswith("## Dossier OD-2026-0842")
    assert "### Signalen" in out
    assert "|" in out


def test_check_text_without_signals_says_so():
    out = invoke("check", "-f", "table", example(ROUTINE)).stdout
    assert "niet gevoelig" in out and "not_sensitive" not in out
    assert "Geen signalen." in out


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_check_lang_en_shows_english_labels(fmt):
    out = invoke("check", "-f", fmt, "--lang", "en", example(SEVESO)).stdout
    assert "highly sensitive" in out and "highly_sensitive" not in out
    assert "director" in out and "director (director)" not in out
    assert "Classification" in out and "Signals" in out
    assert "zeer gevoelig" not in out and "Classificatie" not in out


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_check_text_without_explain_has_no_reasons_or_open_questions(fmt):
    out = invoke("check", "-f", fmt, example(SEVESO)).stdout
    assert (
        "Redenen" not in out
        and "\nOpen vragen\n" not in out
        and "Als alle open vragen ja zijn" not in out
    )


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_check_explain_adds_reasons_open_questions_and_worst_case(fmt):
    out = invoke("check", "-f", fmt, "--explain", example(SEVESO)).stdout
    want = expected(SEVESO)
    assert "Redenen" in out and "Open vragen" in out
    assert [
        reason["because"] for reason in want["reasons"] if reason["because"].split()[0] not in out
    ] == []
    flat = " ".join(out.split())
    assert [
        question["question"]
        for question in want["open_questions"]
        if " ".join(question["question"].split()[:4]) not in flat
    ] == []
    assert "Als alle open vragen ja zijn: zeer gevoelig; bestuur (bevoegd gezag)" in out


def explain_tables_fit(name, lang, widths):
    """Table lines fit at each width; the title, conflicts and footer are prose."""
    prose = ("Dossier: ", "- ", "Bron: ", "Source: ")
    too_wide = {}
    for columns in widths:
        out = invoke(
            "check", "-f", "table", "--explain", "--lang", lang, example(name), columns=columns
        ).stdout
        lines = [
            line for line in out.splitlines() if len(line) > columns and not line.startswith(prose)
        ]
        if lines:
            too_wide[columns] = lines
    assert too_wide == {}
    assert "Bijlage 3, Politiek:" in out


@pytest.mark.parametrize("name", [CONFLICT, ODOUR, SEVESO])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_check_explain_tables_fit_the_terminal(name, lang):
    """At 80, 140 and widths between (every width under -m slow)."""
    explain_tables_fit(name, lang, [80, 81, 93, 107, 119, 120, 131, 140])


@pytest.mark.slow  # 61 widths, 3 dossiers, 2 languages: about 30 s
@pytest.mark.parametrize("name", [CONFLICT, ODOUR, SEVESO])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_check_explain_tables_fit_the_terminal_at_every_width(name, lang):
    explain_tables_fit(name, lang, range(80, 141))


def test_check_marks_signals_derived_from_events():
    out = invoke("check", "-f", "table", example(CONFLICT), columns=100).stdout
    assert (
        "* Er is media-aandacht (landelijk)" in out
        and "* afgeleid uit de gebeurtenissen in het dossier" in out
    )


def test_check_markdown_tables_never_wrap_a_cell_into_a_row():
    """A wrapped Markdown cell would render as a row of its own: one table row per reason."""
    out = invoke("check", "-f", "markdown", "--explain", example(CONFLICT), columns=80).stdout
    reasons = out.split("### Redenen", 1)[1].split("###", 1)[0]
    rows = [line for line in reasons.splitlines() if line.startswith("|")]
    assert len(expected(CONFLICT)["reasons"]) + 2 == len(rows)  # header, rule, one row a reason


def test_check_explain_says_when_an_open_question_changes_nothing():
    out = invoke("check", "-f", "table", "--explain", example(CONFLICT), columns=200).stdout
    [row] = [
        line
        for line in out.splitlines()
        if line.startswith(
            "Betreft het een activiteit met een langdurige en bewogen geschiedenis? "
        )
    ]
    assert row.rstrip().endswith("blijft gelijk")
    [row] = [
        line
        for line in out.splitlines()
        if line.startswith("Bestaat er maatschappelijke onrust over de onderhavige kwestie? ")
    ]
    assert row.rstrip().endswith("zeer gevoelig; directie")


def test_check_text_names_the_overlay_and_the_rules_it_changed():
    noord = str(ROOT / "examples" / "overlays" / "regio-noord.yaml")
    out = invoke(
        "check",
        "-f",
        "table",
        "--explain",
        "--overlay",
        noord,
        example("11-work-agreements-minor-signal.json"),
        columns=400,  # the reason on one line: cells of a narrower table interleave when joined
    ).stdout
    assert "regelset standaard 2026.2 + regio-noord;" in out
    assert "in Regio Noord stemt de coördinator ze af. (gewijzigd door regio-noord)" in " ".join(
        out.split()
    )


def test_check_explain_without_any_rule_says_so():
    out = invoke("check", "-f", "table", "--explain", "--lang", "en", example(ROUTINE)).stdout
    assert "Reasons\nNo rule applies." in out


def test_check_explain_in_english_uses_english_headings():
    out = invoke("check", "-f", "table", "--explain", "--lang", "en", example(SEVESO)).stdout
    assert "Reasons" in out and "Open questions" in out
    assert "If every open question were yes: highly sensitive; board" in out


# --- check: standard input and JSON Lines files -------------------------------------------------


def test_check_dash_reads_one_dossier_from_stdin_and_prints_one_object():
    result = invoke("check", "-f", "json", "-", input=(EXAMPLES_DIR / ROUTINE).read_bytes())
    assert (0, expected_text(ROUTINE)) == (result.exit_code, result.stdout)


def test_console_script_reads_a_piped_dossier_like_the_help_example():
    done = run("check", "-", stdin=(EXAMPLES_DIR / SEVESO).read_bytes())
    assert (0, expected(SEVESO)) == (done.returncode, json.loads(done.stdout))


def test_check_stdin_with_one_object_a_line_is_json_lines():
    lines = '{"id": "a", "facts": {}}\n{"id": "b", "facts": {"maatschappelijke_onrust": true}}\n'
    result = invoke("check", "-f", "jsonl", "-", input=lines)
    got = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0
    assert [(item["dossier"]["id"], item["classification"]) for item in got] == [
        ("a", "not_sensitive"),
        ("b", "sensitive"),
    ]


def test_check_stdin_json_lines_name_the_bad_line():
    lines = '{"id": "a", "facts": {}}\n{"id": "b", "facts": {"maatschappelijke_onrus": true}}\n'
    result = invoke("check", "-f", "jsonl", "-", input=lines)
    assert result.exit_code == 2
    assert [json.loads(line)["dossier"]["id"] for line in result.stdout.splitlines()] == ["a"]
    assert result.stderr.startswith("gevoelig: fout: <stdin>:2: /facts/maatschappelijke_onrus: ")


@pytest.mark.parametrize(
    "lines, bad, good",
    [
        (
            b'{"id": "a", "facts": {}}\n{"id": "b", "facts": {\n{"id": "c", "facts": {}}\n',
            2,
            ["a", "c"],
        ),
        (
            b'{"id": "b", "facts": {\n{"id": "a", "facts": {}}\n{"id": "c", "facts": {}}\n',
            1,
            ["a", "c"],
        ),
        (b'{"id": "b", "facts": {"subsidie": "\xff"}}\n{"id": "a", "facts": {}}\n', 1, ["a"]),
    ],
    ids=["middle", "first", "not-utf8"],
)
def test_check_stdin_json_lines_with_a_bad_line_keeps_the_good_ones(lines, bad, good):
    """As for a .jsonl file: the bad line is named and the others are still evaluated."""
    done = run("check", "-f", "jsonl", "-", stdin=lines)
    assert done.returncode == 2
    assert good == [json.loads(line)["dossier"]["id"] for line in done.stdout.splitlines()]
    assert done.stderr.startswith(f"gevoelig: fout: <stdin>:{bad}: ")


def test_check_stdin_with_one_pretty_printed_dossier_is_one_dossier():
    text = json.dumps({"id": "a", "facts": {"subsidie": True}}, indent=2)
    result = invoke("check", "-f", "json", "-", input=text)
    assert (result.exit_code, json.loads(result.stdout)["dossier"]["id"]) == (0, "a")


@pytest.fixture
def jsonl_with_broken_line_2(tmp_path):
    path = tmp_path / "file.jsonl"
    path.write_text(
        (
            '{"id": "a", "facts": {}}\n{"id": "b", "facts": {\n{"id": "c", "facts": '
            '{"gedoogverzoek": true}}\n'
        ),
        encoding="utf-8",
    )
    return path


def test_check_a_jsonl_file_with_a_broken_line_evaluates_the_other_lines(jsonl_with_broken_line_2):
    result = invoke("check", "-f", "json", str(jsonl_with_broken_line_2))
    assert result.exit_code == 2
    assert [item["dossier"]["id"] for item in json.loads(result.stdout)] == ["a", "c"]


def test_check_a_jsonl_file_with_a_broken_line_names_that_line(jsonl_with_broken_line_2):
    result = invoke("check", "-f", "jsonl", str(jsonl_with_broken_line_2))
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"gevoelig: fout: {jsonl_with_broken_line_2}:2: ongeldige JSON")
    assert lines[1] == "gevoelig: 1 dossier kon niet worden beoordeeld; 2 wel"


# --- bad input, through the real console script -------------------------------------------------

BAD_INPUTS = {
    # kind: (file content or None for a missing file, JSON pointer ("" for the whole input), a
    # fragment of the message in English (--lang en), and in Dutch (the default))
    "missing_file": (
        None,
        "",
        "cannot read the file",
        "het bestand is niet te lezen: het bestaat niet",
    ),
    "non_utf8": (b'{"facts": {"media_aandacht": "\xff"}}', "", "not UTF-8", "geen UTF-8-tekst"),
    "invalid_json": (
        b'{"facts": {"subsidie": true,}}',
        "",
        "invalid JSON at line 1, column 28: a comma after the last item",
        "ongeldige JSON op regel 1, kolom 28: een komma na het laatste element",
    ),
    "empty_file": (b"", "", "the input is empty", "de invoer is leeg"),
    "not_an_object": (
        b'[{"facts": {}}]',
        "",
        "must be a JSON object, not an array",
        "moet een JSON-object zijn, maar is een lijst",
    ),
    "unknown_fact": (
        b'{"facts": {"maatschappelijke_onrus": true}}',
        "/facts/maatschappelijke_onrus",
        "did you mean 'maatschappelijke_onrust'?",
        "bedoelde u 'maatschappelijke_onrust'?",
    ),
    "wrong_type": (
        b'{"facts": {"maatschappelijke_onrust": "ja"}}',
        "/facts/maatschappelijke_onrust",
        "true, false or null",
        "true, false of null",
    ),
    "unlisted_word": (
        b'{"facts": {"media_aandacht": "wereldwijd"}}',
        "/facts/media_aandacht",
        "geen, lokaal, regionaal, landelijk or null",
        "(verwacht: geen, lokaal, regionaal, landelijk of null)",
    ),
    "unlisted_word_in_list": (
        b'{"facts": {"afbreukrisico": ["bestuurlijk", "moreel"]}}',
        "/facts/afbreukrisico/1",
        'does not take "moreel"',
        "\"moreel\" is geen waarde van 'afbreukrisico'",
    ),
    "bad_date": (
        b'{"events": [{"type": "klacht", "datum": "2026-02-30"}]}',
        "/events/0/datum",
        "YYYY-MM-DD",
        "geen bestaande datum",
    ),
    "future_date": (
        b'{"events": [{"type": "raadsvraag", "datum": "2062-01-01"}]}',
        "/events/0/datum",
        "lies after today",
        "ligt na vandaag",
    ),
    "date_not_iso": (
        b'{"events": [{"type": "klacht", "datum": "3-10-2026"}]}',
        "/events/0/datum",
        "YYYY-MM-DD",
        "JJJJ-MM-DD",
    ),
    "unknown_event_type": (
        b'{"events": [{"type": "klachtt", "datum": "2026-10-03"}]}',
        "/events/0/type",
        "did you mean 'klacht'?",
        "bedoelde u 'klacht'?",
    ),
    "duplicate_key": (
        b'{"facts": {"subsidie": true, "subsidie": false}}',
        "/facts/subsidie",
        "more than once",
        "staat meer dan eens",
    ),
    "unknown_top_level_key": (
        b'{"fact": {}}',
        "/fact",
        "did you mean 'facts'?",
        "bedoelde u 'facts'?",
    ),
    "too_large": (
        b'{"x-pad": "' + b"a" * (6 * 1024 * 1024) + b'"}',
        "",
        "more than the limit",
        "groter dan het maximum van 5.242.880 bytes",
    ),
    "too_deep": (
        b'{"x-a": ' + b"[" * 40 + b"]" * 40 + b"}",
        "/x-a" + "/0" * 32,
        "nested too deeply",
        "te diep genest",
    ),
    "absurdly_deep": (
        b'{"x-a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "",
        "nested too deeply",
        "te diep genest",
    ),
}
SUMMARY_ONE_BAD_NL = "gevoelig: 1 dossier kon niet worden beoordeeld; 0 wel"


@pytest.fixture(scope="module")
def bad_runs(tmp_path_factory):
    """Runs the console script once per kind of bad input and language (as <kind>.json)."""
    folder = tmp_path_factory.mktemp("bad")
    done: dict[tuple[str, str], subprocess.CompletedProcess] = {}

    def bad_run(kind: str, lang: str = "nl") -> subprocess.CompletedProcess:
        if (kind, lang) not in done:
            content = BAD_INPUTS[kind][0]
            if content is not None:
                (folder / f"{kind}.json").write_bytes(content)
            done[(kind, lang)] = run("check", "--lang", lang, f"{kind}.json", cwd=folder)
        return done[(kind, lang)]

    return bad_run


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", list(BAD_INPUTS))
def test_bad_input_exits_2_with_one_error_line_and_the_summary(bad_runs, kind, lang):
    """In the language of --lang: Dutch by default, as the results are."""
    _, where, english, dutch = BAD_INPUTS[kind]
    done = bad_runs(kind, lang)
    lines = done.stderr.splitlines()
    assert done.returncode == 2
    assert len(lines) == 2, done.stderr
    place = f"{kind}.json: {where}" if where else f"{kind}.json"
    prefix = "gevoelig: fout:" if lang == "nl" else "gevoelig: error:"
    assert lines[0].startswith(f"{prefix} {place}: "), lines[0]
    assert (dutch if lang == "nl" else english) in lines[0]
    assert (SUMMARY_ONE_BAD_NL if lang == "nl" else SUMMARY_ONE_BAD) == lines[1]


def test_the_default_language_of_errors_is_dutch(bad_runs):
    assert bad_runs("unknown_fact").stderr == bad_runs("unknown_fact", "nl").stderr
    assert "onbekend feit 'maatschappelijke_onrus'" in bad_runs("unknown_fact").stderr


@pytest.mark.parametrize("kind", list(BAD_INPUTS))
def test_bad_input_prints_no_traceback_and_no_result(bad_runs, kind):
    done = bad_runs(kind)
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_debug_shows_the_traceback_of_a_bad_dossier(how, tmp_path):
    (tmp_path / "bad.json").write_text(
        '{"facts": {"maatschappelijke_onrus": true}}', encoding="utf-8"
    )
    if how == "flag":
        done = run("--debug", "check", "bad.json", cwd=tmp_path)
    else:
        done = run("check", "bad.json", cwd=tmp_path, env={"GEVOELIG_DEBUG": "1"})
    assert 0 != done.returncode
    assert "Traceback (most recent call last)" in done.stderr
    assert "DossierError" in done.stderr


# --- a batch of good and bad dossiers ----------------------------------------------------------


def test_a_batch_prints_the_good_results_and_names_the_bad_ones(tmp_path):
    (tmp_path / "unknown.json").write_text(
        '{"facts": {"maatschappelijke_onrus": true}}', encoding="utf-8"
    )
    done = run(
        "check",
        "-f",
        "json",
        example(ROUTINE),
        "unknown.json",
        example(SEVESO),
        "missing.json",
        cwd=tmp_path,
    )
    lines = done.stderr.splitlines()
    assert done.returncode == 2
    assert [expected(ROUTINE), expected(SEVESO)] == json.loads(done.stdout)
    assert len(lines) == 3, done.stderr
    assert lines[0].startswith("gevoelig: fout: unknown.json: /facts/maatschappelijke_onrus: ")
    assert lines[1].startswith("gevoelig: fout: missing.json: het bestand is niet te lezen")
    assert lines[2] == "gevoelig: 2 dossiers konden niet worden beoordeeld; 2 wel"
    assert "Traceback" not in done.stderr


def test_a_folder_with_a_bad_dossier_still_evaluates_the_others(tmp_path):
    shutil.copy(EXAMPLES_DIR / ROUTINE, tmp_path / "a.json")
    (tmp_path / "b.json").write_text("not json", encoding="utf-8")
    shutil.copy(EXAMPLES_DIR / SEVESO, tmp_path / "c.json")
    result = invoke("check", "-f", "json", str(tmp_path))
    assert result.exit_code == 2
    assert [expected(ROUTINE), expected(SEVESO)] == json.loads(result.stdout)
    assert result.stderr.startswith(f"gevoelig: fout: {tmp_path / 'b.json'}: ongeldige JSON")


def test_a_batch_of_only_bad_dossiers_prints_an_empty_array(tmp_path):
    result = invoke("check", "-f", "json", str(tmp_path / "x.json"), str(tmp_path / "y.json"))
    assert (result.exit_code, json.loads(result.stdout)) == (2, [])


# --- --fail-on ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, status",
    [(SEVESO, 1), (MANDATE, 1), (ODOUR, 0), (ROUTINE, 0)],
    ids=["director", "board", "manager", "routine"],
)
def test_fail_on_director_exits_1_when_reached(name, status):
    assert status == invoke("check", "--fail-on", "director", example(name)).exit_code


def test_fail_on_still_prints_the_results_and_says_why_on_stderr():
    result = invoke(
        "check", "-f", "json", "--fail-on", "director", example(ROUTINE), example(SEVESO)
    )
    assert result.exit_code == 1
    assert [expected(ROUTINE), expected(SEVESO)] == json.loads(result.stdout)
    assert result.stderr == "gevoelig: 1 dossier escaleert naar niveau directie of hoger\n"
    english = invoke(
        "check",
        "-f",
        "json",
        "--lang",
        "en",
        "--fail-on",
        "director",
        example(ROUTINE),
        example(SEVESO),
    )
    assert english.stderr == "gevoelig: 1 dossier(s) escalate to director or higher\n"


def test_fail_on_through_the_console_script():
    done = run("check", "--fail-on", "board", f"examples/{MANDATE}", f"examples/{SEVESO}")
    assert done.returncode == 1


def test_bad_input_outweighs_fail_on(tmp_path):
    result = invoke(
        "check", "--fail-on", "director", example(SEVESO), str(tmp_path / "missing.json")
    )
    assert result.exit_code == 2


def test_fail_on_an_unknown_level_is_a_usage_error_listing_the_choices():
    result = invoke("check", "--fail-on", "directr", example(ROUTINE))
    assert result.exit_code == 2
    assert "--fail-on" in result.stderr
    assert [
        level
        for level in ("coordinator", "manager", "director", "board")
        if level not in result.stderr
    ] == []
    assert result.stdout == ""


def test_check_without_dossiers_is_a_usage_error():
    result = invoke("check")
    assert result.exit_code == 2
    assert "Fout: Ontbrekend argument 'DOSSIERS...'." in result.stderr
    assert "Error: Missing argument 'DOSSIERS...'." in invoke("check", "--lang", "en").stderr


def test_check_a_folder_without_json_files_is_a_usage_error(tmp_path):
    result = invoke("check", str(tmp_path))
    assert result.exit_code == 2
    assert f"Fout: geen *.json-bestanden in {tmp_path}" in result.stderr
    assert (
        f"Error: no *.json files in {tmp_path}"
        in invoke("check", "--lang", "en", str(tmp_path)).stderr
    )


# --- schema and template ------------------------------------------------------------------------


def schema() -> dict:
    return json.loads(invoke("schema").stdout)


def test_schema_prints_a_valid_json_schema():
    result = invoke("schema")
    assert result.exit_code == 0
    jsonschema.Draft202012Validator.check_schema(json.loads(result.stdout))


def test_every_example_is_valid_against_the_schema():
    validator = jsonschema.Draft202012Validator(schema())
    invalid = [
        path.name
        for path in EXAMPLES
        if not validator.is_valid(json.loads(path.read_text(encoding="utf-8")))
    ]
    assert invalid == []


def test_the_schema_rejects_an_unknown_fact():
    assert not jsonschema.Draft202012Validator(schema()).is_valid(
        {"facts": {"maatschappelijke_onrus": True}}
    )


def test_template_has_every_fact_null(ruleset):
    result = invoke("template")
    assert result.exit_code == 0
    assert dict.fromkeys(ruleset.facts) == json.loads(result.stdout)["facts"]


def test_template_is_valid_against_the_schema():
    template = json.loads(invoke("template").stdout)
    assert jsonschema.Draft202012Validator(schema()).is_valid(template)


def test_template_fed_back_through_stdin_is_not_sensitive():
    template = run("template")
    done = run("check", "-f", "jsonl", "-", stdin=template.stdout)
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert (template.returncode, done.returncode) == (0, 0)
    assert [(item["classification"], item["escalation"]) for item in results] == [
        ("not_sensitive", "none")
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_template_markdown_lists_every_checklist_question(lang):
    ruleset = load_ruleset()  # the version in force today, as the command uses
    result = invoke("template", "-f", "markdown", "--lang", lang)
    assert result.exit_code == 0
    missing = [
        fact.id
        for fact in ruleset.facts.values()
        if f"- [ ] {fact.question.get(lang)}" not in result.stdout
    ]
    assert missing == []
    # By its question, as an inspector reads it; the blank dossier (`template`) has the ids.
    assert [fact.id for fact in ruleset.facts.values() if f"`{fact.id}`" in result.stdout] == []


# --- rules -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rule_id, lines",
    [
        ("kop_media_bestuur", "004:386"),
        ("buiten_mandaat", "004:456"),
        ("signaal_aanwezig", "004:396, 004:590"),
        ("media_aandacht", "004:599, 004:583"),
    ],
)
def test_rules_lists_each_rule_with_its_source_lines(rule_id, lines):
    result = invoke("rules", "--peildatum", "2026-12-01")
    rows = [line for line in result.stdout.splitlines() if line.split(" ", 1)[0] == rule_id]
    assert result.exit_code == 0
    assert len(rows) == 1
    assert rows[0].rstrip().endswith(lines)


def test_rules_show_prints_the_quoted_handreiking_line():
    line_456 = (
        (ROOT / "rules" / "handreiking-2026.txt")
        .read_text(encoding="utf-8")
        .splitlines()[455]
        .strip()
    )
    result = invoke("rules", "show", "buiten_mandaat")
    assert result.exit_code == 0
    assert "regel:        buiten_mandaat" in result.stdout
    assert (
        'citaat:       "Als niet ambtelijk binnen de vastgestelde kaders of mandaat kan worden '
        'bijgestuurd"'
    ) in result.stdout
    assert f"  004:456  {line_456}" in result.stdout


def test_rules_show_a_fact_prints_its_question():
    result = invoke("rules", "--lang", "en", "show", "media_aandacht")
    assert result.exit_code == 0
    assert "fact:         media_aandacht (geen < lokaal < regionaal < landelijk)" in result.stdout
    assert "004:599" in result.stdout


def test_rules_show_an_unknown_id_exits_2_and_points_to_the_listing():
    result = invoke("rules", "show", "unknwn")
    assert result.exit_code == 2
    assert "gevoelig: fout: geen regel, feit, actie of instelling 'unknwn'" in result.stderr
    assert "`gevoelig rules` noemt ze" in result.stderr


def test_rules_show_a_setting_with_its_value_and_the_overlay_that_changed_it():
    result = invoke(
        "rules",
        "show",
        "klachtengolf_aantal",
        "--overlay",
        str(ROOT / "examples" / "overlays" / "regio-noord.yaml"),
    )
    assert result.exit_code == 0, result.stderr
    assert "instelling:   klachtengolf_aantal = 5" in result.stdout
    assert "gewijzigd door: regio-noord" in result.stdout


def test_rules_lists_the_settings_and_names_the_overlay():
    result = invoke("rules", "--overlay", str(ROOT / "examples" / "overlays" / "regio-noord.yaml"))
    assert result.exit_code == 0, result.stderr
    assert "+ regio-noord" in result.stdout.splitlines()[0]
    [row] = [line for line in result.stdout.splitlines() if line.startswith("klachtengolf_dagen ")]
    assert row.split()[1:2] == ["14"] and "regio-noord" in row


def test_rules_show_a_misspelt_id_suggests_the_right_one():
    done = run("rules", "show", "buiten_mandat")
    assert done.returncode == 2
    assert "bedoelde u 'buiten_mandaat'?" in done.stderr
    assert "Traceback" not in done.stderr


NOORD = str(ROOT / "examples" / "overlays" / "regio-noord.yaml")


@pytest.mark.parametrize(
    ("options", "status", "said"),
    [
        (["--overlay", NOORD], 0, f"{NOORD}: 0 fout(en), 0 waarschuwing(en)\n"),
        (["--lang", "en"], 0, "the default rule set: 0 error(s), 0 warning(s)\n"),
        (
            ["--ruleset", str(ROOT / "rules")],
            0,
            f"{ROOT / 'rules'}: 0 fout(en), 0 waarschuwing(en)\n",
        ),
        (
            ["--peildatum", "2020-01-01"],
            3,
            "de standaardregelset: 1 fout(en), 0 waarschuwing(en)\n",
        ),
    ],
    ids=["overlay", "lang", "ruleset", "peildatum"],
)
def test_rules_validate_takes_the_rule_set_options_after_validate_as_before_it(
    options, status, said
):
    """`gevoelig rules validate --overlay X` once failed with "No such option"."""
    after, before = invoke("rules", "validate", *options), invoke("rules", *options, "validate")
    assert (status, said) == (after.exit_code, after.stdout)
    assert (before.exit_code, before.stdout, before.stderr) == (
        after.exit_code,
        after.stdout,
        after.stderr,
    )


def test_rules_validate_stacks_its_own_overlays_after_the_groups():
    """The same overlay before and after `validate` is applied twice, so both were used."""
    result = invoke("rules", "--lang", "en", "--overlay", NOORD, "validate", "--overlay", NOORD)
    assert result.exit_code == 3
    assert "overlay 'regio-noord' is applied twice" in result.stderr


def test_console_script_rules_validate_takes_an_overlay_after_validate():
    done = run("rules", "validate", "--lang", "en", "--overlay", NOORD)
    assert (0, f"{NOORD}: 0 error(s), 0 warning(s)\n", "") == (
        done.returncode,
        done.stdout,
        done.stderr,
    )


# --- help --------------------------------------------------------------------------------------

COMMANDS = [
    [],
    ["check"],
    ["schema"],
    ["template"],
    ["rules"],
    ["rules", "show"],
    ["rules", "validate"],
    ["test"],
    ["interview"],
    ["diff"],
    ["report"],
    ["timeline"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: " ".join(command) or "gevoelig")
def test_help_of_every_command_shows_an_example(command):
    """In Dutch by default, in English with --lang en before --help (where the
    command has --lang)."""
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert re.search(r"^\s*Voorbeeld(en)?:\s*$", result.stdout, re.MULTILINE), result.stdout
    assert result.stdout.startswith("Gebruik: ") and "\nOpties:\n" in result.stdout


def test_help_in_english_with_lang_en():
    result = invoke("check", "--lang", "en", "--help")
    assert re.search(
        r"^\s*Examples:\s*$", result.stdout, re.MULTILINE
    ) and result.stdout.startswith("Usage: ")
    assert "Show this message and exit." in result.stdout and "Toon" not in result.stdout
    assert invoke("check", "--help").stdout.startswith("Gebruik: ")  # the English help did not stay


def test_console_script_help_shows_an_example():
    done = run("check", "--help")
    assert done.returncode == 0
    assert "Voorbeeld" in done.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: " ".join(command) or "gevoelig")
def test_examples_in_help_name_shipped_example_files(command):
    """A user copies the example from --help; the example file it names must be there."""
    named = re.findall(r"examples/[\w.-]+\.json", invoke(*command, "--help").stdout)
    assert [name for name in named if not (ROOT / name).is_file()] == []


# --- a broken rule set -------------------------------------------------------------------------


@pytest.fixture
def broken_ruleset(tmp_path):
    """A copy of the default rule set with one line of rules.yaml broken; returns
    (folder, file, line)."""
    folder = tmp_path / "rules"
    copy_rules(folder)
    rules_yaml = folder / "rules.yaml"
    lines = rules_yaml.read_text(encoding="utf-8").split("\n")
    index = lines.index("  - id: kop_media_bestuur")
    lines[index] = "  - id: kop_media_bestuur: broken: here"
    rules_yaml.write_text("\n".join(lines), encoding="utf-8")
    return folder, rules_yaml, index + 1


@pytest.mark.parametrize(
    "command, words",
    [
        (["check", "--ruleset", "{folder}", example(ROUTINE)], "ongeldige YAML"),
        (["check", "--lang", "en", "--ruleset", "{folder}", example(ROUTINE)], "invalid YAML"),
        (["schema", "--ruleset", "{folder}"], "ongeldige YAML"),
        (["template", "--ruleset", "{folder}"], "ongeldige YAML"),
        (["rules", "--ruleset", "{folder}"], "ongeldige YAML"),
        (["rules", "--lang", "en", "--ruleset", "{folder}"], "invalid YAML"),
    ],
    ids=["check", "check-en", "schema", "template", "rules", "rules-en"],
)
def test_a_broken_rule_file_exits_3_with_one_line_naming_file_and_line(
    broken_ruleset, command, words
):
    """In the language of the command's --lang: Dutch by default, also where it
    has none (schema)."""
    folder, rules_yaml, line = broken_ruleset
    result = invoke(*[part.replace("{folder}", str(folder)) for part in command])
    assert result.exit_code == 3
    expected = f"gevoelig: {'error' if 'en' in command else 'fout'}: {rules_yaml}:{line}: {words}"
    assert [expected] == [text[: len(expected)] for text in result.stderr.splitlines()]
    assert result.stdout == ""


def test_console_script_broken_rule_file_has_no_traceback(broken_ruleset):
    folder, rules_yaml, line = broken_ruleset
    done = run("check", "--ruleset", str(folder), f"examples/{ROUTINE}")
    assert (done.returncode, len(done.stderr.splitlines())) == (3, 1)
    assert f"{rules_yaml}:{line}: " in done.stderr
    assert "Traceback" not in done.stderr


def test_debug_shows_the_traceback_of_a_broken_rule_file(broken_ruleset):
    folder, _, _ = broken_ruleset
    done = run("--debug", "check", "--ruleset", str(folder), f"examples/{ROUTINE}")
    assert "Traceback (most recent call last)" in done.stderr
    assert "RuleFileError" in done.stderr


# --- a closed pipe -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    ["", "-f jsonl", "-f table --explain", "-f markdown --explain"],
    ids=["json", "jsonl", "table", "markdown"],
)
def test_a_closed_pipe_prints_no_traceback(options):
    done = subprocess.run(
        f'"{GEVOELIG}" check {options} examples/ | head -c 10',
        shell=True,
        capture_output=True,
        cwd=ROOT,
        env={
            **{key: value for key, value in os.environ.items() if key != "GEVOELIG_DEBUG"},
            "PYTHONUTF8": "1",
        },
        timeout=60,
    )
    stderr = done.stderr.decode("utf-8", "replace")
    assert len(done.stdout) == 10
    assert "Traceback" not in stderr
    assert "BrokenPipeError" not in stderr and "Exception ignored" not in stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_pipe_closed_by_head_exits_141_and_says_how_many_dossiers_were_not_evaluated(
    tmp_path, jobs
):
    """`| head -1` no longer exits 0 as if the batch had finished; every dossier
    is accounted for."""
    batch = big_batch(tmp_path, 5_000)
    done = subprocess.run(
        [
            "bash",
            "-c",
            '"$0" check -f jsonl --jobs "$1" "$2" | head -1 > /dev/null; exit "${PIPESTATUS[0]}"',
            str(GEVOELIG),
            jobs,
            str(batch),
        ],
        capture_output=True,
        timeout=60,
    )
    [line] = done.stderr.decode().splitlines()
    summary = re.fullmatch(
        (
            r"gevoelig: de uitvoer is gesloten voordat alles geschreven was; (\d+) dossiers niet "
            r"beoordeeld, vanaf (.+); (\d+) wel"
        ),
        line,
    )
    assert (done.returncode, summary is not None) == (141, True), line
    left, first, written = int(summary[1]), summary[2], int(summary[3])
    assert (5_000, f"{batch}:{written + 1}") == (left + written, first)


@pytest.mark.parametrize(
    "command, lang, line",
    [
        (
            ["check", "-f", "jsonl", "examples/"],
            "nl",
            (
                f"gevoelig: de uitvoer is niet te schrijven: de schijf is vol; {len(EXAMPLES)} "
                f"dossiers niet beoordeeld, vanaf examples/{EXAMPLES[0].name}; 0 wel"
            ),
        ),
        (
            ["check", f"examples/{ROUTINE}"],
            "en",
            (
                "gevoelig: cannot write the output: no space left on device; 1 dossier(s) not "
                f"evaluated, from examples/{ROUTINE} on; 0 evaluated"
            ),
        ),
        (["schema"], "nl", "gevoelig: de uitvoer is niet te schrijven: de schijf is vol"),
        (
            ["template", "-f", "markdown", "--lang", "en"],
            "en",
            "gevoelig: cannot write the output: no space left on device",
        ),
    ],
    ids=["check", "check-one-en", "schema", "template-en"],
)
def test_a_full_disk_exits_6_with_one_line_saying_so(command, lang, line):
    """Not "internal error, please report it" with status 4: a full disk is no bug."""
    if command[0] == "check":
        command = [*command, "--lang", lang]
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [str(GEVOELIG), *command], stdout=full, stderr=subprocess.PIPE, cwd=ROOT, timeout=60
        )
    assert (6, line + "\n") == (done.returncode, done.stderr.decode())


#: What a terminal would obey: C0 and C1 controls (but the newline that ends a line), DEL, and
#: the bidirectional embeddings, overrides and isolates.
TERMINAL_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
UNTRUSTED = {
    "id": "OD-1\x1b[2J",
    "title": "Titel\r\u202eevil\x9b\u2066",
    "x-note": "\x1b]0;pwned\x07",
    "facts": {},
}


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_control_characters_in_id_and_title_are_shown_as_escapes_not_obeyed(fmt):
    out = invoke("check", "-f", fmt, "-", input=json.dumps(UNTRUSTED)).stdout
    assert TERMINAL_CONTROL.findall(out) == []
    assert "OD-1\\x1b[2J - Titel\\r\\u202eevil\\x9b\\u2066" in out.splitlines()[0]


def test_control_characters_in_json_output_are_escaped_as_json_escapes_them():
    out = invoke("check", "-f", "json", "-", input=json.dumps(UNTRUSTED)).stdout
    assert "\x1b" not in out and "\r" not in out and "\\u001b" in out
    assert {key: value for key, value in UNTRUSTED.items() if key != "facts"} == json.loads(out)[
        "dossier"
    ]


def test_a_bidi_override_in_an_error_message_is_shown_as_its_escape():
    result = invoke("check", "-", input='{"facts": {"abc\u202edef": true}}')
    assert result.exit_code == 2
    assert "abc\\u202edef" in result.stderr and "\u202e" not in result.stderr


@pytest.mark.parametrize("fmt", ["json", "jsonl", "table"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_lone_surrogate_is_an_error_for_its_dossier_not_the_end_of_the_batch(tmp_path, fmt, jobs):
    """Named with its line and pointer, in every format (a table shows no x- field, but the
    dossier is refused as it is read); the dossiers after it are still evaluated and printed."""
    lines = [
        '{"id": "a"}',
        '{"id": "b", "title": "\\ud800"}',
        '{"id": "c", "x-note": ["ok", "\\udc00"]}',
        '{"id": "d"}',
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run("check", "-f", fmt, "--jobs", jobs, "batch.jsonl", cwd=tmp_path)
    errors = [line.split(": ", 4)[2:4] for line in done.stderr.splitlines()[:-1]]
    printed = ["a", "d"]
    assert done.returncode == 2
    assert errors == [["batch.jsonl:2", "/title"], ["batch.jsonl:3", "/x-note/1"]]
    if fmt == "json":
        assert printed == [result["dossier"]["id"] for result in json.loads(done.stdout)]
    elif fmt == "jsonl":
        assert printed == [json.loads(line)["dossier"]["id"] for line in done.stdout.splitlines()]
    else:
        assert [f"Dossier: {name}" for name in printed] == [
            line for line in done.stdout.splitlines() if line.startswith("Dossier:")
        ]


def test_the_readme_shows_what_check_prints():
    """The README's quick-start output is the real output of that command."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ gevoelig check examples/16-local-media-two-complaints.json\n", 1)[
        1
    ].split("```", 1)[0]
    out = invoke("check", "-f", "table", example("16-local-media-two-complaints.json")).stdout
    assert block == out


def test_check_a_folder_takes_every_json_file_below_it_sorted_as_paths(tmp_path):
    """Sorted part by part, as paths sort ('a.json' < 'b/x.json' < 'b-c.json');
    folders are skipped."""
    for name in ("a.json", "c.json", "b/x.json", "b-c.json", "notes.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(json.dumps({"id": name, "facts": {}}), encoding="utf-8")
    (tmp_path / "d.json").mkdir()
    result = invoke("check", "-f", "jsonl", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["dossier"]["id"] for line in result.stdout.splitlines()] == [
        "a.json",
        "b/x.json",
        "b-c.json",
        "c.json",
    ]


def test_check_a_folder_names_what_is_not_a_regular_json_file_and_reads_the_rest(tmp_path):
    """A broken link or a named pipe called *.json is no dossier: each is named on standard
    error, unread (a pipe would hang the batch), and the batch goes on; a link to a folder is
    not followed."""
    (tmp_path / "a.json").write_text('{"id": "a", "facts": {}}', encoding="utf-8")
    (tmp_path / "broken.json").symlink_to(tmp_path / "nowhere.json")
    os.mkfifo(tmp_path / "pipe.json")
    (tmp_path / "link.json").symlink_to(tmp_path / "a.json")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    done = run("check", "-f", "jsonl", "--lang", "en", str(tmp_path))
    assert done.returncode == 2
    assert [
        (
            f"gevoelig: error: {tmp_path / 'broken.json'}: a link to a file that does not exist. "
            "Remove the link or point it at the dossier"
        ),
        (
            f"gevoelig: error: {tmp_path / 'pipe.json'}: not a regular file (a named pipe, a "
            "socket or a device), so not read. A dossier is a JSON file; move this one out of the "
            "folder"
        ),
        "gevoelig: 2 dossier(s) could not be evaluated; 2 evaluated",
    ] == done.stderr.splitlines()
    assert len(done.stdout.splitlines()) == 2


def test_check_dot_names_files_without_a_leading_dot(tmp_path):
    (tmp_path / "a.json").write_text('{"facts": {"subsidie": "ja"}}', encoding="utf-8")
    done = run("check", ".", cwd=tmp_path)
    assert done.stderr.startswith("gevoelig: fout: a.json: /facts/subsidie: ")


def test_what_the_command_line_does_python_can_do_too():
    """Everything a user can do on the command line they can do in Python."""
    import gevoeligheid

    ruleset = gevoeligheid.load_ruleset()
    assert json.loads(invoke("schema").stdout) == gevoeligheid.dossier_schema(ruleset)
    assert json.loads(invoke("template").stdout) == gevoeligheid.blank_dossier(ruleset)
    assert invoke("template", "-f", "markdown").stdout == gevoeligheid.checklist_markdown(
        ruleset, "nl"
    )
    assert gevoeligheid.validate_paths([ROOT / "rules"], None, None) == []
    cases = gevoeligheid.read_cases(ROOT / "rules" / ruleset.version / "cases" / "default.yaml")
    assert gevoeligheid.run_cases(gevoeligheid.Evaluator(ruleset), cases).failed == 0
    assert set(gevoeligheid.__all__) <= set(dir(gevoeligheid))


#: Modules a one-dossier check must not import: the rule files' schema checker and YAML parser
#: (the rule set comes from the cache), tables (for JSON), worker processes (one job), the
#: service and the decision log.
NOT_FOR_ONE_DOSSIER = (
    "jsonschema",
    "yaml",
    "tabulate",
    "multiprocessing",
    "concurrent.futures",
    "fastapi",
    "starlette",
    "uvicorn",
    "gevoeligheid._service",
    "gevoeligheid._decisionlog",
)

_IMPORTED = (
    "import sys\n"
    "from gevoeligheid._cli import cli\n"
    "try:\n"
    "    cli(args=sys.argv[2:], prog_name='gevoelig')\n"
    "except SystemExit:\n"
    "    pass\n"
    "print(' '.join(sorted(name for name in sys.argv[1].split(',') if name in sys.modules)), "
    "file=sys.stderr)\n"
)


def imported_by(*args: str) -> list[str]:
    """Which of NOT_FOR_ONE_DOSSIER a fresh interpreter imported to run `gevoelig ARGS`."""
    done = subprocess.run(
        [sys.executable, "-c", _IMPORTED, ",".join(NOT_FOR_ONE_DOSSIER), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr.split()


def test_checking_one_dossier_imports_only_what_it_uses():
    """With the rule files in the cache, a check of one JSON file as JSON on one job imports no
    schema checker, YAML parser, table maker, process pool, service or decision log."""
    imported_by(
        "check", "-f", "json", str(EXAMPLES_DIR / SEVESO)
    )  # reads and checks the rule files, and keeps them
    assert imported_by("check", "-f", "json", "--jobs", "1", str(EXAMPLES_DIR / SEVESO)) == []
    assert imported_by("check", "-f", "jsonl", str(EXAMPLES_DIR / SEVESO)) == []


def test_what_one_dossier_leaves_out_is_imported_where_it_is_used():
    """The other side of the test above: a table imports tabulate, and serve's help the service."""
    assert "tabulate" in imported_by("check", "-f", "table", str(EXAMPLES_DIR / SEVESO))
    assert "gevoeligheid._service" in imported_by("serve", "--help")
