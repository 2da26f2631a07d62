"""SIGINT and SIGTERM during `gevoelig check`: real signals to the real console script, started
as a terminal starts it, on a batch long enough to be under way."""

from __future__ import annotations

import os
import signal
import time

import pytest
from click.testing import CliRunner

from gevoeligheid import _cli as cli, _interrupts as interrupts

from .processes import Running, left_behind, problems

LINES = 200_000


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_stops_a_batch_with_whole_lines_a_summary_and_its_status(long_batch, jobs, signum):
    """Within 2 s, no traceback, no process left, every written line whole and in order, and on
    standard error how many dossiers were not evaluated, from which line on; 130 or 143."""
    run = Running("check", "-f", "jsonl", "--jobs", jobs, str(long_batch))
    run.wait_for_lines(50)
    run.send(signum)
    assert (
        problems(
            run,
            status=128 + signum,
            why=f"onderbroken door {signum.name}",
            batch=long_batch,
            lines=LINES,
        )
        == []
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_interrupted_json_batch_is_a_closed_array(long_batch, jobs):
    run = Running("check", "-f", "json", "--jobs", jobs, str(long_batch))
    run.wait_for_lines(500)
    run.send(signal.SIGINT)
    assert (
        problems(
            run,
            status=130,
            why="onderbroken door SIGINT",
            batch=long_batch,
            lines=LINES,
            fmt="json",
        )
        == []
    )


def test_the_summary_is_english_with_lang_en(long_batch):
    run = Running("check", "-f", "jsonl", "--jobs", "2", "--lang", "en", str(long_batch))
    run.wait_for_lines(50)
    run.send(signal.SIGTERM)
    assert (
        problems(
            run, status=143, why="interrupted by SIGTERM", batch=long_batch, lines=LINES, lang="en"
        )
        == []
    )


@pytest.mark.slow  # it waits out the grace a batch has to stop by itself
def test_a_signal_while_the_output_is_not_read_still_ends_the_batch_at_once(long_batch):
    """A write that cannot finish (nobody reads the output) does not keep the process alive: it
    ends within 2 s with the status, a summary that says so, and no worker left behind."""
    run = Running("check", "-f", "jsonl", "--jobs", "2", str(long_batch), read_output=False)
    run.wait_for_a_full_pipe()
    run.send(signal.SIGINT)
    seconds = run.finish()
    assert (run.process.returncode, left_behind(run.pid)) == (130, [])
    assert seconds < 2
    assert run.stderr.decode().startswith(
        "gevoelig: onderbroken door SIGINT en meteen gestopt; de uitvoer kan op een halve regel "
        "eindigen; "
    )


def test_a_second_signal_ends_the_batch_at_once(long_batch):
    run = Running("check", "-f", "jsonl", "--jobs", "2", str(long_batch), read_output=False)
    run.wait_for_a_full_pipe()
    run.send(signal.SIGINT)
    time.sleep(0.2)  # two signals sent at once could arrive as one
    run.send(signal.SIGINT)
    seconds = run.finish()
    assert (run.process.returncode, left_behind(run.pid)) == (130, [])
    assert seconds < 1
    assert "meteen gestopt" in run.stderr.decode()


def test_before_a_batch_a_signal_raises_interrupted_instead_of_ending_without_a_word():
    previous = signal.getsignal(signal.SIGTERM)
    interrupts.raise_on_signals()
    try:
        with pytest.raises(interrupts.Interrupted) as raised:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)  # the handler runs at the next instruction; this sleep is cut short
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, previous)
    assert signal.SIGTERM == raised.value.signum


@pytest.mark.parametrize(
    "lang, line",
    [("nl", "gevoelig: onderbroken door SIGINT\n"), ("en", "gevoelig: interrupted by SIGINT\n")],
)
def test_a_command_interrupted_before_its_batch_says_so_in_one_line_with_status_130(
    monkeypatch, lang, line
):
    def interrupted(*arguments):
        raise interrupts.Interrupted(signal.SIGINT)

    monkeypatch.setattr(cli, "_load", interrupted)
    result = CliRunner().invoke(
        cli.cli, ["check", "--lang", lang, "examples"], prog_name="gevoelig"
    )
    assert (130, line, "") == (result.exit_code, result.stderr, result.stdout)
