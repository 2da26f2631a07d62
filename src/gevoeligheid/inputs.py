"""Where dossiers come from on the command line: files, folders, JSON Lines and standard input."""

from __future__ import annotations

import collections
import json
import operator
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import attrs

from .errors import DossierError, Dutch, os_error_nl

JSON_LINES = (".jsonl", ".ndjson")


@attrs.frozen
class Item:
    """One dossier's text with the place it came from, or the error that kept it from being read."""

    source: str
    text: bytes | None
    error: DossierError | None = None
    size: int = 0  # bytes of input this item consumed, for the progress bar
    path: str | None = None  # a dossier file not read yet (text and error are None)


def expand(arguments: tuple[str, ...]) -> list[str]:
    """Folders become every *.json below them, sorted; '-' stays standard input. Paths stay
    strings: a batch of 10,000 files spends less on them than on Path objects."""
    out: list[str] = []
    for argument in arguments:
        if argument == "-":
            out.append("-")
            continue
        path = str(Path(argument))
        out.extend(json_files(path) if os.path.isdir(path) else [path])
    return out


def json_files(folder: str) -> list[str]:
    """Every *.json file below `folder`, sorted as paths are (part by part). Only regular files
    (or links to them): a broken link or a named pipe called *.json is no dossier. Each folder is
    read once, and a directory entry tells a file without a stat; links to folders are not
    followed, so a loop of links cannot recur."""
    found: list[tuple[str, ...]] = []
    folders = [folder]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                elif entry.name.endswith(".json") and entry.is_file():
                    found.append(tuple(entry.path.split(os.sep)))
    found.sort()
    start = 1 if folder == "." else 0  # `check .` names ./a.json as a.json, as a path does
    return [os.sep.join(parts[start:]) for parts in found]


def total_size(paths: list[str]) -> int:
    size = 0
    for path in paths:
        if path != "-":
            try:
                size += os.stat(path).st_size
            except OSError:
                pass
    return size


class Items:
    """Each dossier in turn, streaming: a JSON Lines file is read one line at a time. Without
    `read_files`, a dossier file's Item holds its path, for a worker process to read.

    It counts the dossiers it gave (`taken`), and can count those it has not given yet (`left`),
    so that a batch that stops can say how many dossiers were not evaluated.
    """

    def __init__(self, paths: Iterable[str], *, read_files: bool = True) -> None:
        self._paths = collections.deque(paths)
        self._read_files = read_files
        self._current: Iterator[Item] = iter(())
        self._lines: BinaryIO | None = None  # the JSON Lines file being read, for `left`
        self.taken = 0

    @classmethod
    def of(cls, items: list[Item]) -> Items:
        """Items already read (standard input is read whole anyway)."""
        made = cls(())
        made._current = iter(items)
        return made

    def __iter__(self) -> Items:
        return self

    def __next__(self) -> Item:
        while True:
            item = next(self._current, None)
            if item is not None:
                self.taken += 1
                return item
            if not self._paths:
                raise StopIteration
            self._current = self._open(self._paths.popleft())

    def _open(self, path: str) -> Iterator[Item]:
        if path == "-":
            return iter(list(_stdin()))
        if path.endswith(JSON_LINES):
            try:
                self._lines = open(path, "rb")
            except OSError as error:
                return iter([Item(path, None, _unreadable(path, error))])
            return _json_lines(path, self._lines)
        return iter([read_file(path) if self._read_files else Item(path, None, path=path)])

    def left(self, deadline: float) -> tuple[int, bool, str | None]:
        """How many dossiers were not given yet, whether that count is exact, and the first one's
        source. Counting lines stops at `deadline` (a `time.monotonic()`), and the count is then
        a lower bound: a batch that was told to stop must not spend long counting. This spends
        the Items: nothing is given after it."""
        first = next(self, None)
        if first is None:
            return 0, True, None
        count = 1 + operator.length_hint(self._current)  # a list's iterator knows what is left
        exact = True
        if self._lines is not None and not self._lines.closed:
            lines, exact = _count_lines(self._lines, deadline)
            count += lines
        for path in self._paths:
            if path != "-" and path.endswith(JSON_LINES):
                try:
                    with open(path, "rb") as handle:
                        lines, finished = _count_lines(handle, deadline)
                except OSError:
                    lines, finished = 1, True  # an unreadable file is one error, as when it is read
                count += lines
                exact = exact and finished
            else:
                count += 1
                exact = exact and path != "-"  # standard input not read yet: at least one dossier
        return count, exact, first.source


def _count_lines(handle: BinaryIO, deadline: float) -> tuple[int, bool]:
    """The dossier lines (those not blank) left in a JSON Lines file, and whether all were counted
    before `deadline`."""
    count = 0
    for number, line in enumerate(handle, start=1):
        if line.strip():
            count += 1
        if number % 4096 == 0 and time.monotonic() > deadline:
            return count, False
    return count, True


def read_file(path: str) -> Item:
    """One dossier file as an Item: its bytes, or the error that kept it from being read."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as error:
        return Item(path, None, _unreadable(path, error))
    return Item(path, raw, size=len(raw))


def _unreadable(path: str, error: OSError) -> DossierError:
    missing = isinstance(error, FileNotFoundError)
    dutch = Dutch(f"het bestand is niet te lezen: {os_error_nl(error)}", hint="controleer het pad" if missing else "controleer de rechten")
    return DossierError(path, "", f"cannot read the file: {error.strerror}", hint="check the path" if missing else "check its permissions", nl=dutch)


def _json_lines(path: str, handle: BinaryIO) -> Iterator[Item]:
    with handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield Item(f"{path}:{number}", line, size=len(line))


def _stdin() -> Iterator[Item]:
    raw = sys.stdin.buffer.read()
    if is_json_lines(raw):
        for number, line in enumerate(raw.splitlines(), start=1):
            if line.strip():
                yield Item(f"<stdin>:{number}", line, size=len(line))
    else:
        yield Item("<stdin>", raw, size=len(raw))


def is_json_lines(raw: bytes) -> bool:
    """Whether standard input holds one dossier a line rather than one dossier over many lines.

    JSON Lines when its first line is a whole object by itself (a pretty-printed dossier's first
    line is '{'). A broken first line is judged by the rest: if the whole input is no JSON
    document either, but every line looks like an object of its own, each line is a dossier, so
    that one bad line does not cost the good ones.
    """
    lines = [line for line in raw.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    if _is_object(lines[0]):
        return True
    if _is_object(raw):
        return False
    return all(line.lstrip().startswith(b"{") for line in lines)


def _is_object(raw: bytes) -> bool:
    try:
        return isinstance(json.loads(raw), dict)
    except ValueError:  # invalid JSON or not UTF-8
        return False
