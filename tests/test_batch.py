"""`gevoelig check --jobs N`: worker processes give the same output, in the same order."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT
from .processes import Running, left_behind, problems, processes

GEVOELIG = str(Path(sys.executable).parent / "gevoelig")


def run(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([GEVOELIG, "check", *arguments], capture_output=True, timeout=300)


def test_two_workers_print_what_one_prints(tmp_path):
    lines = [
        json.dumps(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted((ROOT / "examples").glob("*.json"))
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines * 30) + "\n", encoding="utf-8")
    one, two = run("-f", "jsonl", str(batch)), run("-f", "jsonl", "--jobs", "2", str(batch))
    assert (one.returncode, two.returncode) == (0, 0)
    assert one.stdout == two.stdout and one.stdout.count(b"\n") == len(lines) * 30


def test_two_workers_name_a_bad_line_and_keep_the_others(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"facts": {"subsidie": true}}\n{"facts": {"subsidy": true}}\n{"facts": {}}\n',
        encoding="utf-8",
    )
    one, two = run("-f", "json", str(batch)), run("-f", "json", "--jobs", "2", str(batch))
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and len(json.loads(two.stdout)) == 2
    assert one.stderr == two.stderr
    assert f"{batch}:2: /facts/subsidy: onbekend feit 'subsidy'" in two.stderr.decode()


def test_jobs_zero_means_one_per_core(tmp_path):
    done = run("-f", "jsonl", "--jobs", "0", str(ROOT / "examples"))
    assert done.returncode == 0 and done.stdout.count(b"\n") == len(
        list((ROOT / "examples").glob("*.json"))
    )


def test_no_progress_bar_in_piped_output():
    """Standard error is a pipe here too: nothing but errors may appear on it."""
    done = run("-f", "jsonl", str(ROOT / "examples"))
    assert (done.returncode, done.stderr) == (0, b"")


def test_progress_bar_on_standard_error_when_asked(tmp_path):
    done = run("-f", "jsonl", "--progress", str(ROOT / "examples"))
    assert done.returncode == 0
    assert b"dossiers" in done.stderr and b"dossiers" not in done.stdout.split(b"\n")[0][:20]
    assert done.stdout == run("-f", "jsonl", str(ROOT / "examples")).stdout


def run_on_terminal(
    *arguments: str, stdout_terminal: bool, stderr_terminal: bool
) -> tuple[bytes, bytes]:
    """Run `gevoelig check` with standard output and/or standard error on a pseudo-terminal."""
    import os
    import pty

    main, secondary = pty.openpty()
    try:
        done = subprocess.run(
            [GEVOELIG, "check", *arguments],
            stdout=secondary if stdout_terminal else subprocess.PIPE,
            stderr=secondary if stderr_terminal else subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        os.close(secondary)
        secondary = -1
        screen = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal is closed and drained
                break
            if not chunk:
                break
            screen += chunk
    finally:
        if secondary != -1:
            os.close(secondary)
        os.close(main)
    captured = done.stdout if not stdout_terminal else done.stderr
    return screen, captured or b""


def test_on_a_terminal_the_default_format_is_a_table():
    screen, _ = run_on_terminal(
        str(ROOT / "examples" / "03-seveso-plant-fire-smoke-plume.json"),
        stdout_terminal=True,
        stderr_terminal=False,
    )
    assert (
        b"Classificatie  zeer gevoelig" in screen
        and b"highly_sensitive" not in screen
        and b'"classification"' not in screen
    )


def test_a_progress_bar_appears_by_itself_when_only_standard_error_is_a_terminal():
    screen, output = run_on_terminal(
        "-f", "jsonl", str(ROOT / "examples"), stdout_terminal=False, stderr_terminal=True
    )
    assert b"dossiers" in screen
    assert (
        output.count(b"\n") == len(list((ROOT / "examples").glob("*.json")))
        and b"dossiers  [" not in output
    )


def test_two_workers_read_dossier_files_and_name_the_bad_ones_as_one_does(tmp_path):
    """With --jobs the workers read the files; errors and results are the same as without."""
    for path in sorted((ROOT / "examples").glob("*.json"))[:6]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "03a-broken.json").write_text('{"facts": {"subsidie": true,}}', encoding="utf-8")
    (tmp_path / "03b-unreadable.json").mkdir()  # a folder named *.json is skipped, not an error
    missing = tmp_path / "missing.json"
    one = run("-f", "jsonl", str(tmp_path), str(missing))
    two = run("-f", "jsonl", "--jobs", "2", str(tmp_path), str(missing))
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and one.stdout.count(b"\n") == 6
    assert one.stderr == two.stderr
    assert (
        "03a-broken.json: ongeldige JSON op regel 1, kolom 28: een komma na het laatste element"
        in two.stderr.decode()
    )
    assert "missing.json: het bestand is niet te lezen: het bestaat niet" in two.stderr.decode()


def _die_on_b(result) -> bytes:
    """A render that kills its worker process on dossier 'b', as a crash in the C engine would."""
    if result.dossier.get("id") == "b":
        os.kill(os.getpid(), signal.SIGKILL)
    return b"ok\n"


def test_a_worker_that_dies_stops_the_batch_at_once_and_says_exactly_what_it_left():
    """Every dossier is accounted for: given back in order, or left, counted from the first."""
    from gevoeligheid._batch import Batch, WorkerLost
    from gevoeligheid._evaluate import Evaluator, default_ruleset
    from gevoeligheid._inputs import Item, Items

    names = list("abcdefg")
    items = Items([Item(name, json.dumps({"id": name, "facts": {}}).encode()) for name in names])
    given = []
    start = time.monotonic()
    with Batch(
        items,
        2,
        Evaluator(default_ruleset()),
        default_ruleset,
        _die_on_b,
        "durable",
        "nl",
        stopped=lambda: False,
    ) as run:
        with pytest.raises(WorkerLost):
            for item, _ in run:
                given.append(item.source)
        left = run.left()
    assert time.monotonic() - start < 2
    assert given == names[: len(given)] and "b" not in given
    assert (len(names) - len(given), True, names[len(given)]) == left


def test_the_watchdog_ends_a_batch_whose_process_is_stuck_after_a_worker_died():
    """A process that waits for ever on what a dead worker left (the executor's locks and pipes)
    is ended by the watchdog; one that closes in time never hears from it."""
    from gevoeligheid._batch import Batch, WorkerLost
    from gevoeligheid._evaluate import Evaluator, default_ruleset
    from gevoeligheid._inputs import Item, Items

    def batch(called: list[float]) -> Batch:
        items = Items(
            [Item(name, json.dumps({"id": name, "facts": {}}).encode()) for name in "abcdefg"]
        )
        return Batch(
            items,
            2,
            Evaluator(default_ruleset()),
            default_ruleset,
            _die_on_b,
            "durable",
            "nl",
            stopped=lambda: False,
            stuck=lambda: called.append(time.monotonic()),
            stuck_after=0.3,
        )

    in_time: list[float] = []
    with batch(in_time) as run, pytest.raises(WorkerLost):
        for _ in run:
            pass
    stuck: list[float] = []
    with batch(stuck) as run:
        with pytest.raises(WorkerLost):
            for _ in run:
                pass
        lost = time.monotonic()
        while not stuck and time.monotonic() - lost < 5:  # stuck: the batch is not closed
            time.sleep(0.05)
    time.sleep(0.3)  # a watchdog that would call twice, or after the close, has had its chance
    assert (in_time, len(stuck)) == ([], 1)
    assert 0.3 <= stuck[0] - lost < 2


def _sized(result) -> bytes:
    """A render whose result is as long as the dossier's id says, so that some fill a slot."""
    size = int(result.dossier["id"])
    return (result.dossier["id"] * size)[: size - 1].encode() + b"\n"


def test_workers_give_back_every_result_in_order_also_those_larger_than_their_slot(monkeypatch):
    """Results are written into shared memory; one that does not fit what is left of its slot
    comes back through the pipe instead, in its place."""
    from gevoeligheid import _batch
    from gevoeligheid._evaluate import Evaluator, default_ruleset
    from gevoeligheid._inputs import Item, Items

    monkeypatch.setattr(_batch, "SLOT", 100)  # workers are forked: they see it too
    sizes = [3, 40, 90, 150, 20, 70, 101, 2, 60, 60, 5, 99, 30]
    items = Items(
        [Item(str(size), json.dumps({"id": str(size), "facts": {}}).encode()) for size in sizes]
    )
    with _batch.Batch(
        items,
        2,
        Evaluator(default_ruleset()),
        default_ruleset,
        _sized,
        "durable",
        "nl",
        stopped=lambda: False,
    ) as run:
        given = [(item.source, bytes(text), type(text)) for item, (text, _, _) in run]
    assert [(source, len(text)) for source, text, _ in given] == [
        (str(size), size) for size in sizes
    ]
    kinds = {kind for _, _, kind in given}
    assert kinds == {memoryview, bytes}  # some from shared memory, some through the pipe


@pytest.mark.parametrize("fork", [True, False])
def test_forked_workers_and_the_executor_give_what_one_process_gives(monkeypatch, fork):
    """Where there is no fork (Windows), concurrent.futures' executor runs the workers: both ways
    give every result in input order, the bad dossier's error in its place."""
    from gevoeligheid import _batch
    from gevoeligheid._evaluate import Evaluator, default_ruleset
    from gevoeligheid._inputs import Item, Items

    monkeypatch.setattr(_batch, "FORK", fork)
    dossiers = [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "examples").glob("*.json"))
    ]
    texts = [json.dumps(dossier).encode() for dossier in dossiers * 3] + [b'{"facts": 1}']

    def given(jobs: int) -> list[tuple[str, bytes | None, int, str | None]]:
        items = Items([Item(str(number), text) for number, text in enumerate(texts)])
        with _batch.Batch(
            items,
            jobs,
            Evaluator(default_ruleset()),
            default_ruleset,
            _render_json_line,
            "durable",
            "nl",
            stopped=lambda: False,
        ) as run:
            return [
                (item.source, None if text is None else bytes(text), code, error)
                for item, (text, code, error) in run
            ]

    one, two = given(1), given(2)
    assert one == two and len(two) == len(texts) and two[-1][1] is None


def _render_json_line(result) -> bytes:
    from gevoeligheid._render import to_json_line

    return to_json_line(result)


LINES = 200_000


def test_a_worker_killed_mid_batch_is_reported_at_once_with_every_dossier_accounted_for(long_batch):
    """The real console script: exit status 5 within 2 s of the kill, whole lines in order, no
    process left, and the summary says how many dossiers were not evaluated, from which line."""
    run = Running("check", "-f", "jsonl", "--jobs", "2", str(long_batch))
    run.wait_for_lines(50)
    run.kill_a_worker()
    assert (
        problems(
            run, status=5, why="een werkproces is onverwacht gestopt", batch=long_batch, lines=LINES
        )
        == []
    )


#: `gevoelig`, with a batch that never closes once a worker died: as if it waited for ever on
#: the executor's threads.
_STUCK_ON_CLOSE = """
import sys, time
from gevoeligheid import _batch, _cli
close = _batch.Batch.close
_batch.Batch.close = lambda self: time.sleep(3600) if self.lost else close(self)
sys.argv[0] = "gevoelig"
_cli.main()
"""


def test_a_batch_stuck_after_a_worker_died_ends_within_seconds_and_says_so(long_batch, tmp_path):
    """The real console script with its close made to hang: the watchdog ends it with the lost
    worker's status, whole lines so far, no process left, and a summary that says
    it stopped at once."""
    script = tmp_path / "stuck.py"
    script.write_text(_STUCK_ON_CLOSE, encoding="utf-8")
    run = Running(
        "check",
        "-f",
        "jsonl",
        "--jobs",
        "2",
        str(long_batch),
        command=[sys.executable, str(script)],
    )
    run.wait_for_lines(50)
    run.kill_a_worker()
    seconds = run.finish()
    stderr = run.stderr.decode()
    assert (run.process.returncode, "Traceback" in stderr, left_behind(run.pid)) == (5, False, [])
    assert seconds < 10
    assert (
        stderr.strip()
        .splitlines()[-1]
        .startswith("gevoelig: een werkproces is onverwacht gestopt en meteen gestopt")
    )
    assert [json.loads(line)["dossier"]["id"] for line in run.stdout.splitlines()] == [
        str(n) for n in range(1, run.stdout.count(b"\n") + 1)
    ]


def test_workers_end_with_their_batch_even_when_it_is_killed(long_batch):
    """kill -9 of the batch's process gives it no chance to stop its workers: the kernel does."""
    run = Running("check", "-f", "jsonl", "--jobs", "2", str(long_batch))
    run.wait_for_lines(50)
    workers = run.workers()
    os.kill(run.pid, signal.SIGKILL)
    run.finish()
    deadline = time.monotonic() + 2

    def alive() -> list[int]:  # a zombie is dead: only its new parent, process 1, can reap it
        return [pid for pid, state, *_ in processes() if pid in workers and state != "Z"]

    while alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert (len(workers), alive()) == (2, [])
