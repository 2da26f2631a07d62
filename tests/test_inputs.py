"""Where dossiers come from (_inputs.py): files, folders, JSON Lines and standard input are read in
bounded pieces, and a folder entry that is no dossier is named while the rest is read (issue 9)."""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import socket
import subprocess
import sys

import pytest
from click.testing import CliRunner

from gevoeligheid import _inputs as inputs
from gevoeligheid._cli import cli
from gevoeligheid._dossier import MAX_DOSSIER_BYTES

from .measure import GEVOELIG, gevoelig_measured

GIB = 1 << 30
TOO_LARGE = f"the input is more than the limit of {MAX_DOSSIER_BYTES:,} bytes"


def invoke(*args: str, input: bytes | None = None):
    return CliRunner(env={"GEVOELIG_DEBUG": None}).invoke(cli, list(args), input=input)


def ids(stdout: str) -> list[str]:
    return [json.loads(line)["dossier"]["id"] for line in stdout.splitlines()]


def dossier(path, name: str) -> None:
    path.write_text(json.dumps({"id": name, "facts": {}}), encoding="utf-8")


@pytest.fixture
def long_line(tmp_path):
    """A JSON Lines file whose second line is 1 GiB long; sparse, so it costs no disk."""
    path = tmp_path / "batch.jsonl"
    with open(path, "wb") as handle:
        handle.write(b'{"id": "a", "facts": {}}\n{"id": "b", "x-pad": "')
        handle.seek(GIB)
        handle.write(b'"}\n{"id": "c", "facts": {}}\n')
    return path


# --- bounded reading ----------------------------------------------------------------------------


def test_standard_input_of_dev_zero_ends_with_the_size_error_at_the_limit():
    done = gevoelig_measured("check", "--lang", "en", "-", stdin="/dev/zero")
    assert done.returncode == 2
    assert (
        f"gevoelig: error: <stdin>: {TOO_LARGE}. A dossier is a few kilobytes; is this the "
        "right file?"
    ) == done.stderr.splitlines()[0]
    assert done.cpu_seconds < 2 and done.peak_mb < 100, done


@pytest.mark.slow  # reading a fresh 1 GiB takes the kernel seconds, even from a sparse file
@pytest.mark.parametrize("how", ["file", "stdin"])
def test_a_1_gib_json_lines_line_costs_no_more_than_the_limit(long_line, how):
    """The long line is named; the lines around it are evaluated; memory stays flat."""
    done = gevoelig_measured(
        "check",
        "-f",
        "jsonl",
        "--lang",
        "en",
        *([str(long_line)] if how == "file" else ["-"]),
        stdin=long_line if how == "stdin" else None,
    )
    source = f"{long_line}:2" if how == "file" else "<stdin>:2"
    assert (done.returncode, ids(done.stdout)) == (2, ["a", "c"])
    assert (
        f"gevoelig: error: {source}: {TOO_LARGE}. A dossier is a few kilobytes; is this the "
        "right file?"
    ) == done.stderr.splitlines()[0]
    assert done.peak_mb < 100, done


def test_a_1_gib_dossier_file_costs_no_more_than_the_limit(tmp_path):
    path = tmp_path / "groot.json"
    with open(path, "wb") as handle:
        handle.truncate(GIB)
    done = gevoelig_measured("check", "--lang", "en", path)
    assert done.returncode == 2 and f"{path}: {TOO_LARGE}" in done.stderr
    assert done.cpu_seconds < 2 and done.peak_mb < 100, done


def _lines(data: bytes) -> list[inputs.Item]:
    return list(inputs._lines(io.BufferedReader(io.BytesIO(data)), "f.jsonl"))


def test_a_json_line_of_exactly_the_limit_is_read_whole():
    line = b'{"x-a": "' + b"a" * (MAX_DOSSIER_BYTES - 12) + b'"}\n'
    assert MAX_DOSSIER_BYTES == len(line)
    [item] = _lines(line)
    assert (line, None) == (item.text, item.error)


def test_a_json_line_one_byte_over_the_limit_is_the_size_error_and_the_next_line_is_read():
    line = b'{"x-a": "' + b"a" * (MAX_DOSSIER_BYTES - 11) + b'"}\n'
    first, second = _lines(line + b'{"id": "b"}\n')
    assert ("f.jsonl:1", None, TOO_LARGE, len(line)) == (
        first.source,
        first.text,
        first.error.what,
        first.size,
    )
    assert (second.source, second.text) == ("f.jsonl:2", b'{"id": "b"}\n')


def test_blank_lines_are_skipped_and_still_counted():
    assert [item.source for item in _lines(b"\n   \n{}\n")] == ["f.jsonl:3"]


class _Stdin:
    """A stand-in for sys.stdin: its buffer, and no descriptor, as under CliRunner."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BufferedReader(io.BytesIO(data))

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")


def test_standard_input_over_the_limit_of_json_lines_is_read_line_by_line(monkeypatch):
    padding = (b" " * (1 << 20) + b"\n") * 6  # blank lines, 6 MiB of them
    monkeypatch.setattr(sys, "stdin", _Stdin(b'{"id": "a"}\n' + padding + b'{"id": "b"}\n'))
    assert [(item.source, item.text) for item in inputs._stdin()] == [
        ("<stdin>:1", b'{"id": "a"}\n'),
        ("<stdin>:8", b'{"id": "b"}\n'),
    ]


def test_standard_input_over_the_limit_that_is_one_dossier_stops_reading_at_the_limit(monkeypatch):
    stdin = _Stdin(b"{\n" + b'  "id": "a",\n' * (MAX_DOSSIER_BYTES // 10))
    monkeypatch.setattr(sys, "stdin", stdin)
    [item] = inputs._stdin()
    assert ("<stdin>", TOO_LARGE) == (item.source, item.error.what)
    assert stdin.buffer.tell() <= MAX_DOSSIER_BYTES + 1


def test_standard_input_whose_limit_cuts_a_json_line_reads_that_line_on(monkeypatch):
    first = b'{"id": "a", "x-a": "' + b"a" * (MAX_DOSSIER_BYTES - 100) + b'"}\n'
    monkeypatch.setattr(
        sys, "stdin", _Stdin(first + b'{"id": "b", "x-b": "' + b"b" * 200 + b'"}\n{"id": "c"}\n')
    )
    assert [item.source for item in inputs._stdin() if item.error is None] == [
        "<stdin>:1",
        "<stdin>:2",
        "<stdin>:3",
    ]


# --- a folder walk names what is no dossier and goes on ----------------------------------------


@pytest.fixture
def folder(tmp_path):
    """a.json and c.json, with a place for trouble between them."""
    root = tmp_path / "dossiers"
    root.mkdir()
    dossier(root / "a.json", "a")
    dossier(root / "c.json", "c")
    return root


@pytest.mark.parametrize(
    "loop", [("b.json", "b.json"), ("b.json", "b2.json")], ids=["itself", "two-links"]
)
def test_a_link_loop_named_json_is_named_and_the_rest_evaluated(folder, loop):
    first, second = loop
    (folder / first).symlink_to(second)
    if first != second:
        (folder / second).symlink_to(first)
    result = invoke("check", "-f", "jsonl", "--lang", "en", str(folder))
    assert (result.exit_code, ids(result.stdout)) == (2, ["a", "c"])
    assert (
        f"gevoelig: error: {folder / 'b.json'}: a loop of links, not a dossier file. Remove "
        "the link or point it at the dossier"
    ) == result.stderr.splitlines()[0]


def test_a_socket_named_json_is_named_and_the_rest_evaluated(folder, monkeypatch):
    monkeypatch.chdir(folder)  # a socket's path is short: bind it by its name
    with socket.socket(socket.AF_UNIX) as server:
        server.bind("b.json")
        result = invoke("check", "-f", "jsonl", "--lang", "en", ".")
    assert (result.exit_code, ids(result.stdout)) == (2, ["a", "c"])
    assert result.stderr.startswith(
        "gevoelig: error: b.json: not a regular file (a named pipe, a socket or a device), so not "
        "read"
    )


def test_a_folder_that_cannot_be_read_is_named_and_the_rest_evaluated(folder, monkeypatch):
    """Root reads every folder, so the refusal is made here; the next test makes a real one."""
    (folder / "b").mkdir()
    dossier(folder / "b" / "x.json", "x")
    scandir = os.scandir

    def refusing(path):
        if path == str(folder / "b"):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return scandir(path)

    monkeypatch.setattr(inputs.os, "scandir", refusing)
    result = invoke("check", "-f", "jsonl", "--lang", "en", str(folder))
    assert (result.exit_code, ids(result.stdout)) == (2, ["a", "c"])
    assert [
        (
            f"gevoelig: error: {folder / 'b'}: cannot read the folder: Permission denied; the "
            "dossiers in it were not evaluated. Check its permissions"
        ),
        "gevoelig: 1 dossier(s) could not be evaluated; 2 evaluated",
    ] == result.stderr.splitlines()


def _without_read_permission() -> list[str] | None:
    """How to run a command that mode 000 stops: as it is, or as root without the capabilities
    that read past it (setpriv); None when neither is possible."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [
        setpriv,
        "--bounding-set=-dac_override,-dac_read_search",
        "--inh-caps=-dac_override,-dac_read_search",
    ]


@pytest.mark.skipif(
    _without_read_permission() is None,
    reason="running as root without setpriv: mode 000 stops nothing",
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_without_read_permission_is_named_and_the_rest_evaluated(folder, jobs):
    (folder / "b").mkdir()
    dossier(folder / "b" / "x.json", "x")
    (folder / "b").chmod(0)
    try:
        done = subprocess.run(
            [
                *_without_read_permission(),
                str(GEVOELIG),
                "check",
                "-f",
                "jsonl",
                "--lang",
                "en",
                "--jobs",
                jobs,
                str(folder),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        (folder / "b").chmod(0o755)
    assert (done.returncode, ids(done.stdout)) == (2, ["a", "c"])
    assert done.stderr.startswith(
        f"gevoelig: error: {folder / 'b'}: cannot read the folder: Permission denied; the dossiers "
        "in it were not evaluated"
    )


def test_two_workers_name_what_is_no_dossier_as_one_does(folder):
    os.mkfifo(folder / "b.json")
    one, two = (invoke("check", "-f", "jsonl", "--jobs", jobs, str(folder)) for jobs in ("1", "2"))
    assert (two.exit_code, ids(two.stdout)) == (2, ["a", "c"])
    assert one.stderr == two.stderr


def test_walk_problems_keep_their_place_in_the_sorted_order(folder):
    (folder / "b.json").symlink_to("b.json")
    assert [str(folder / "a.json"), str(folder / "b.json"), str(folder / "c.json")] == [
        entry if isinstance(entry, str) else entry.source
        for entry in inputs.json_files(str(folder))
    ]
