"""`gevoelig interview`: one question at a time, the dossier written after each
answer, scriptable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from gevoeligheid import load_ruleset
from gevoeligheid._interview import STOP, UNKNOWN, AnswerError, Interview, read_answer

from .conftest import ROOT
from .test_cli import COMMANDS, invoke, run

PEILDATUM = "2026-12-01"
RULESET = load_ruleset(peildatum=PEILDATUM)
FACTS = RULESET.facts


def test_the_command_is_listed_with_the_others():
    assert ["interview"] in COMMANDS


def test_answers_are_read_in_either_language_and_a_wrong_one_names_the_right_ones():
    bool_fact, grade, words = (
        FACTS["maatschappelijke_onrust"],
        FACTS["media_aandacht"],
        FACTS["afbreukrisico"],
    )
    assert [read_answer(bool_fact, text) for text in ("ja", " Nee ", "y", "no")] == [
        True,
        False,
        True,
        False,
    ]
    assert read_answer(bool_fact, "weet niet") is UNKNOWN and read_answer(bool_fact, "?") is UNKNOWN
    assert read_answer(bool_fact, "stop") is STOP
    assert [read_answer(grade, text) for text in ("lokaal", "regional", "4", "geen")] == [
        "lokaal",
        "regionaal",
        "landelijk",
        "geen",
    ]
    assert read_answer(words, "politiek, juridisch") == ("juridisch", "politiek")
    assert read_answer(words, "geen") == ()
    with pytest.raises(AnswerError) as error:
        read_answer(grade, "veel")
    assert error.value.show("nl") == (
        "'veel' is geen antwoord op deze vraag; antwoord geen / lokaal / regionaal / "
        "landelijk / weet niet, of stop"
    )
    assert "answer none / local / regional / national / don't know" in error.value.show("en")


def test_a_scripted_interview_writes_the_dossier_and_ends_on_what_check_gives(tmp_path):
    path = tmp_path / "nieuw.json"
    path.write_text(
        json.dumps({"id": "OD-1", "peildatum": PEILDATUM, "facts": {}}), encoding="utf-8"
    )
    answers = "\n".join(["nee"] * 60) + "\n"  # more than there are questions: it stops when settled
    done = run("interview", str(path), stdin=answers)
    assert done.returncode == 0, done.stderr
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["id"] == "OD-1" and written["facts"]
    assert all(value in (False, "geen", []) for value in written["facts"].values())
    assert "De uitkomst staat vast" in done.stdout
    checked = json.loads(run("check", "-f", "json", str(path)).stdout)
    assert checked["classification"] == "not_sensitive"
    assert f"Classificatie  {'niet gevoelig'}" in done.stdout
    assert done.stdout.count("Vraag ") == len(written["facts"])


def test_a_mixed_scripted_interview_ends_on_the_classification_escalation_and_inform_of_check(
    tmp_path,
):
    """An inspector who answers ja, weet niet and nee gets what `gevoelig check` gives for the
    dossier the interview wrote: the classification, the escalation and whom to inform."""
    from gevoeligheid._messages import label

    path = tmp_path / "gemengd.json"
    path.write_text(json.dumps({"peildatum": PEILDATUM, "facts": {}}), encoding="utf-8")
    done = run("interview", str(path), stdin="ja\nweet niet\n" + "nee\n" * 60)
    assert done.returncode == 0, done.stderr
    checked = json.loads(run("check", "-f", "json", str(path)).stdout)
    assert checked["classification"] != "not_sensitive" and checked["open_questions"]
    result = done.stdout.rsplit("\nDossier: ", 1)[1]
    inform = ", ".join(label(role, "nl") for role in checked["inform"])
    for line in (
        f"Classificatie  {label(checked['classification'], 'nl')}\n",
        f"Escalatie      {label(checked['escalation'], 'nl')}\n",
        f"Informeren     {inform}\n",
    ):
        assert line in result


def test_after_each_answer_the_outcome_so_far_and_stop_on_request(tmp_path):
    path = tmp_path / "d.json"
    done = run(
        "interview", "--lang", "en", "--peildatum", PEILDATUM, str(path), stdin="yes\nstop\n"
    )
    assert done.returncode == 0, done.stderr
    assert (
        "Question 1\n" in done.stdout
        and "Now: " in done.stdout
        and "Highest possible: " in done.stdout
    )
    assert "Stopped on request" in done.stdout and "Vraag" not in done.stdout
    facts = json.loads(path.read_text(encoding="utf-8"))["facts"]
    assert list(facts.values()) == [True]


def test_a_wrong_line_of_a_script_stops_with_an_error_and_keeps_the_answers_before(tmp_path):
    path = tmp_path / "d.json"
    done = run("interview", "--peildatum", PEILDATUM, str(path), stdin="nee\nmisschien\n")
    assert done.returncode == 2
    assert "'misschien' is geen antwoord op" in done.stderr and "Traceback" not in done.stderr
    assert list(json.loads(path.read_text(encoding="utf-8"))["facts"].values()) == [False]


def test_at_a_terminal_a_wrong_answer_is_asked_again(tmp_path, monkeypatch):
    monkeypatch.setattr("gevoeligheid._interview_cli._interactive", lambda: True)
    path = tmp_path / "d.json"
    result = invoke("interview", "--peildatum", PEILDATUM, str(path), input="misschien\nja\nstop\n")
    assert result.exit_code == 0, result.output
    assert "'misschien' is geen antwoord" in result.stdout
    assert list(json.loads(path.read_text(encoding="utf-8"))["facts"].values()) == [True]


def test_weet_niet_leaves_the_fact_open_and_it_is_not_asked_again(tmp_path):
    session = Interview({"facts": {}}, path=tmp_path / "d.json", peildatum=PEILDATUM)
    first = session.next()
    session.answer(first.fact, UNKNOWN)
    assert json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["facts"] == {
        first.fact: None
    }
    assert session.next().fact != first.fact


def test_an_example_continues_where_it_is_and_a_bad_dossier_is_one_line(tmp_path):
    example = json.loads(
        (ROOT / "examples" / "05-pig-farm-odour-complaint-wave.json").read_text(encoding="utf-8")
    )
    path = tmp_path / "05.json"
    path.write_text(json.dumps(example), encoding="utf-8")
    done = run("interview", str(path), stdin="stop\n")
    assert done.returncode == 0
    assert json.loads(path.read_text(encoding="utf-8")) == example  # nothing answered, nothing lost
    bad = tmp_path / "bad.json"
    bad.write_text('{"facts": {"media_aandacht": "ja"}}', encoding="utf-8")
    done = run("interview", str(bad), stdin="")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "media_aandacht" in done.stderr


def test_without_a_dossier_a_new_file_is_made_in_the_folder(tmp_path):
    done = run("interview", "--peildatum", PEILDATUM, stdin="ja\n", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    made = list(tmp_path.glob("dossier-*.json"))
    assert len(made) == 1 and list(
        json.loads(made[0].read_text(encoding="utf-8"))["facts"].values()
    ) == [True]


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_an_interrupted_interview_loses_nothing(tmp_path):
    """Ctrl-C in the middle of a question: every answer given before is in the file, whole."""
    path = tmp_path / "d.json"
    environment = {**os.environ, "PYTHONUTF8": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "gevoeligheid", "interview", "--peildatum", PEILDATUM, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
    )
    assert process.stdin is not None
    process.stdin.write(b"ja\nnee\n")
    process.stdin.flush()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if (
            path.exists()
            and len(json.loads(path.read_text(encoding="utf-8") or "{}").get("facts", {})) == 2
        ):
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "2 antwoorden zijn bewaard" in stderr.decode("utf-8")
    assert list(json.loads(path.read_text(encoding="utf-8"))["facts"].values()) == [True, False]
    assert [name.name for name in tmp_path.iterdir()] == ["d.json"]  # no temporary file left behind
