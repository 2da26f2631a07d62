"""`gevoelig check --jobs N`: worker processes give the same output, in the same order."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

GEVOELIG = str(Path(sys.executable).parent / "gevoelig")


def run(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([GEVOELIG, "check", *arguments], capture_output=True, timeout=300)


def test_two_workers_print_what_one_prints(tmp_path):
    lines = [json.dumps(json.loads(path.read_text(encoding="utf-8"))) for path in sorted((ROOT / "examples").glob("*.json"))]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines * 30) + "\n", encoding="utf-8")
    one, two = run("-f", "jsonl", str(batch)), run("-f", "jsonl", "--jobs", "2", str(batch))
    assert (one.returncode, two.returncode) == (0, 0)
    assert one.stdout == two.stdout and one.stdout.count(b"\n") == len(lines) * 30


def test_two_workers_name_a_bad_line_and_keep_the_others(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"facts": {"subsidie": true}}\n{"facts": {"subsidy": true}}\n{"facts": {}}\n', encoding="utf-8")
    one, two = run("-f", "json", str(batch)), run("-f", "json", "--jobs", "2", str(batch))
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and len(json.loads(two.stdout)) == 2
    assert one.stderr == two.stderr
    assert f"{batch}:2: /facts/subsidy: onbekend feit 'subsidy'" in two.stderr.decode()


def test_jobs_zero_means_one_per_core(tmp_path):
    done = run("-f", "jsonl", "--jobs", "0", str(ROOT / "examples"))
    assert done.returncode == 0 and done.stdout.count(b"\n") == len(list((ROOT / "examples").glob("*.json")))


def test_no_progress_bar_in_piped_output():
    """Standard error is a pipe here too: nothing but errors may appear on it."""
    done = run("-f", "jsonl", str(ROOT / "examples"))
    assert (done.returncode, done.stderr) == (0, b"")


def test_progress_bar_on_standard_error_when_asked(tmp_path):
    done = run("-f", "jsonl", "--progress", str(ROOT / "examples"))
    assert done.returncode == 0
    assert b"dossiers" in done.stderr and b"dossiers" not in done.stdout.split(b"\n")[0][:20]
    assert done.stdout == run("-f", "jsonl", str(ROOT / "examples")).stdout


def run_on_terminal(*arguments: str, stdout_terminal: bool, stderr_terminal: bool) -> tuple[bytes, bytes]:
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
    screen, _ = run_on_terminal(str(ROOT / "examples" / "03-seveso-plant-fire-smoke-plume.json"), stdout_terminal=True, stderr_terminal=False)
    assert b"Classificatie  zeer gevoelig" in screen and b"highly_sensitive" not in screen and b'"classification"' not in screen


def test_a_progress_bar_appears_by_itself_when_only_standard_error_is_a_terminal():
    screen, output = run_on_terminal("-f", "jsonl", str(ROOT / "examples"), stdout_terminal=False, stderr_terminal=True)
    assert b"dossiers" in screen
    assert output.count(b"\n") == len(list((ROOT / "examples").glob("*.json"))) and b"dossiers  [" not in output


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
    assert "03a-broken.json: ongeldige JSON op regel 1, kolom 28: een komma na het laatste element" in two.stderr.decode()
    assert "missing.json: het bestand is niet te lezen: het bestaat niet" in two.stderr.decode()


def _die_on_b(result) -> bytes:
    """A render that kills its worker process on dossier 'b', as a crash in the C engine would."""
    import os

    if result.dossier.get("id") == "b":
        os._exit(1)
    return b"ok\n"


def test_a_worker_that_dies_is_an_engine_error_not_a_hang(monkeypatch):
    import pytest

    from gevoeligheid import EngineError, batch
    from gevoeligheid.evaluate import default_ruleset
    from gevoeligheid.inputs import Item

    monkeypatch.setattr(batch, "CHUNK_TIMEOUT", 5)
    items = [Item(name, json.dumps({"id": name, "facts": {}}).encode()) for name in ("a", "b", "c")]
    with pytest.raises(EngineError, match=r"gave no answer within 5 s for b and the 1 dossier\(s\) after it"):
        list(batch.in_parallel(items, 2, default_ruleset, _die_on_b, "durable", "nl"))
