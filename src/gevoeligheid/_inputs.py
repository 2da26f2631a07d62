"""Where dossiers come from on the command line: files, folders, JSON Lines and standard input."""

from __future__ import annotations

import collections
import errno
import io
import itertools
import json
import operator
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import attrs

from ._dossier import MAX_DOSSIER_BYTES, too_large
from ._errors import DossierError, os_error
from ._messages import Message

JSON_LINES = (".jsonl", ".ndjson")
#: How much of a line over the limit is read at a time while it is skipped, and the buffer of a
#: stream of lines: with the usual 8 KiB buffer, skipping a 1 GiB line takes seven times longer.
_PIECE = 64 * 1024
_BUFFER = 1024 * 1024


@attrs.frozen
class Item:
    """One dossier's text with the place it came from, or the error that kept it from being read."""

    source: str
    text: bytes | None
    error: DossierError | None = None
    size: int = 0  # bytes of input this item consumed, for the progress bar
    path: str | None = None  # a dossier file not read yet (text and error are None)


def expand(arguments: tuple[str, ...]) -> list[str | Item]:
    """Folders become every *.json below them, sorted; '-' stays standard input. Paths stay
    strings: a batch of 10,000 files spends less on them than on Path objects. An entry of a
    folder that cannot be a dossier (a loop of links, a pipe, a folder that cannot be read) is
    an Item with its error, in its place."""
    out: list[str | Item] = []
    for argument in arguments:
        if argument == "-":
            out.append("-")
            continue
        path = str(Path(argument))
        out.extend(json_files(path) if os.path.isdir(path) else [path])
    return out


def json_files(folder: str) -> list[str | Item]:
    """Every *.json file below `folder`, sorted as paths are (part by part). Only regular files
    (or links to them) are dossiers; a link loop, a broken link or a special file called *.json,
    and a folder that cannot be read, are each an Item with the error that names them, so that
    the batch goes on with the rest. Each folder is read once, and a directory entry tells a
    file without a stat; links to folders are not followed, so a loop of links cannot recur."""
    found: list[tuple[tuple[str, ...], str | Item]] = []
    start = 1 if folder == "." else 0  # `check .` names ./a.json as a.json, as a path does
    folders = [folder]
    while folders:
        current = folders.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    parts = tuple(entry.path.split(os.sep))
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            folders.append(entry.path)
                        elif entry.name.endswith(".json") and entry.is_file():
                            found.append((parts, os.sep.join(parts[start:])))
                        elif (
                            entry.name.endswith(".json") and not entry.is_dir()
                        ):  # not a link to a folder
                            found.append((parts, _not_a_file(entry, os.sep.join(parts[start:]))))
                    except OSError as error:
                        found.append((parts, _bad_entry(os.sep.join(parts[start:]), error)))
        except OSError as error:
            parts = tuple(current.split(os.sep))
            found.append(
                (parts, _bad_entry(os.sep.join(parts[start:]) or current, error, folder=True))
            )
    found.sort(key=lambda pair: pair[0])
    return [value for _, value in found]


def _not_a_file(entry: os.DirEntry[str], path: str) -> Item:
    if entry.is_symlink():
        return _problem(
            path,
            Message("input_link_broken"),
            Message("input_link_hint"),
        )
    return _problem(
        path,
        Message("input_not_regular"),
        Message("input_not_regular_hint"),
    )


def _bad_entry(path: str, error: OSError, folder: bool = False) -> Item:
    if error.errno == errno.ELOOP:
        return _problem(
            path,
            Message("input_link_loop"),
            Message("input_link_hint"),
        )
    if folder:
        return _problem(
            path,
            Message("input_folder_unreadable", error_strerror=os_error(error)),
            Message("input_entry_unreadable_hint"),
        )
    return _problem(
        path,
        Message("input_entry_unreadable", error_strerror=os_error(error)),
        Message("input_entry_unreadable_hint"),
    )


def _problem(path: str, what: Message, hint: Message) -> Item:
    return Item(path, None, DossierError(path, "", what, hint=hint, code="unreadable"))


def total_size(paths: list[str | Item]) -> int:
    size = 0
    for path in paths:
        if isinstance(path, str) and path != "-":
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

    def __init__(self, paths: Iterable[str | Item], *, read_files: bool = True) -> None:
        self._paths = collections.deque(paths)
        self._read_files = read_files
        self._current: Iterator[Item] = iter(())
        self._lines: BinaryIO | None = None  # the JSON Lines file being read, for `left`
        self._stdin = False  # whether standard input is being read (its rest cannot be counted)
        self.taken = 0

    def peek(self, count: int) -> list[Item]:
        """The next `count` items (fewer at the end), which are still to be given."""
        first = list(itertools.islice(self, count))
        self.taken -= len(first)
        self._current = itertools.chain(first, self._current)
        return first

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

    def _open(self, path: str | Item) -> Iterator[Item]:
        if isinstance(path, Item):  # a folder entry that is no dossier, with its error
            return iter([path])
        if path == "-":
            self._stdin = True
            return _stdin()
        if path.endswith(JSON_LINES):
            try:
                self._lines = open(path, "rb", buffering=_BUFFER)  # noqa: SIM115 - read on by the iterator returned; _lines_of closes it
            except OSError as error:
                return iter([Item(path, None, _unreadable(path, error))])
            return _lines_of(self._lines, path)
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
        exact = not self._stdin  # the rest of standard input is not read to count it
        if self._lines is not None and not self._lines.closed:
            lines, exact = _count_lines(self._lines, deadline)
            count += lines
        for path in self._paths:
            if isinstance(path, Item):
                count += 1
            elif path != "-" and path.endswith(JSON_LINES):
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
    """One dossier file as an Item: its bytes, or the error that kept it from being read. No
    more than one byte over the limit is read: parsing refuses the rest unseen."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_DOSSIER_BYTES + 1)
    except OSError as error:
        return Item(path, None, _unreadable(path, error))
    return Item(path, raw, size=len(raw))


def _unreadable(path: str, error: OSError) -> DossierError:
    missing = isinstance(error, FileNotFoundError)
    return DossierError(
        path,
        "",
        Message("dossier_cannot_read_file", error_strerror=os_error(error)),
        hint=Message("input_missing_hint" if missing else "input_unreadable_hint"),
        code="unreadable",
    )


def _lines_of(handle: BinaryIO, path: str) -> Iterator[Item]:
    """The dossier lines of an open JSON Lines file, which is closed when they are read."""
    with handle:
        yield from _lines(handle, path)


def _lines(stream: BinaryIO, source: str, number: int = 0) -> Iterator[Item]:
    """Each non-blank line of `stream` after line `number` as an Item named source:N. A line over
    the limit is an Item with the size error; it is read past in pieces, never held whole."""
    while True:
        try:
            line = stream.readline(MAX_DOSSIER_BYTES + 1)
        except OSError as error:
            yield Item(f"{source}:{number + 1}", None, _unreadable(source, error))
            return
        if not line:
            return
        number += 1
        item = _line_item(stream, f"{source}:{number}", line)
        if item is not None:
            yield item


def _line_item(stream: BinaryIO, source: str, line: bytes) -> Item | None:
    """One line as an Item (None for a blank line); over the limit, the size error, with the
    rest of the line skipped."""
    if len(line) <= MAX_DOSSIER_BYTES:
        return Item(source, line, size=len(line)) if line.strip() else None
    size = len(line)
    while not line.endswith(b"\n"):
        line = stream.readline(_PIECE)
        if not line:
            break
        size += len(line)
    return Item(source, None, too_large(source), size=size)


def _stdin() -> Iterator[Item]:
    """Standard input: one dossier, or JSON Lines. Read in lines up to one byte over the limit:
    within it, judged whole as before; over it, either JSON Lines (read on line by line) or one
    dossier too large, and then reading stops there (so `< /dev/zero` ends at the limit)."""
    try:  # the same descriptor with a larger buffer; nothing has read from it yet
        stream: BinaryIO = open(sys.stdin.fileno(), "rb", buffering=_BUFFER, closefd=False)  # noqa: SIM115 - standard input, read on by the caller
    except (OSError, ValueError, io.UnsupportedOperation):  # no descriptor (a test's stand-in)
        stream = sys.stdin.buffer
    head: list[bytes] = []
    size = 0
    while size <= MAX_DOSSIER_BYTES:
        line = stream.readline(MAX_DOSSIER_BYTES + 1 - size)
        if not line:
            break
        head.append(line)
        size += len(line)
    if size <= MAX_DOSSIER_BYTES:
        raw = b"".join(head)
        if is_json_lines(raw):
            for number, line in enumerate(raw.splitlines(), start=1):
                if line.strip():
                    yield Item(f"<stdin>:{number}", line, size=len(line))
        else:
            yield Item("<stdin>", raw, size=len(raw))
        return
    whole = head if head[-1].endswith(b"\n") else head[:-1]
    if not _starts_json_lines(whole):
        yield Item("<stdin>", None, too_large("<stdin>"), size=size)
        return
    for number, line in enumerate(whole, start=1):
        if line.strip():
            yield Item(f"<stdin>:{number}", line, size=len(line))
    number = len(whole)
    if len(whole) < len(head):  # the line the limit cut off: read on to its end
        number += 1
        cut = head[-1]
        item = _line_item(
            stream, f"<stdin>:{number}", cut + stream.readline(MAX_DOSSIER_BYTES + 1 - len(cut))
        )
        if item is not None:
            yield item
    yield from _lines(stream, "<stdin>", number)


def _starts_json_lines(lines: list[bytes]) -> bool:
    """Whether the whole lines at the start of an input over the limit are JSON Lines: as
    is_json_lines judges, except that the input cannot be one dossier (it is too large)."""
    lines = [line for line in lines if line.strip()]
    return bool(lines) and (
        _is_object(lines[0]) or all(line.lstrip().startswith(b"{") for line in lines)
    )


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
