"""Where dossiers come from on the command line: files, folders, JSON Lines and standard input."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

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


def read_items(paths: list[str], *, read_files: bool = True) -> Iterator[Item]:
    """Each dossier in turn, streaming: a JSON Lines file is read one line at a time. Without
    `read_files`, a dossier file's Item holds its path, for a worker process to read."""
    for path in paths:
        if path == "-":
            yield from _stdin()
        elif path.endswith(JSON_LINES):
            yield from _json_lines(path)
        elif read_files:
            yield read_file(path)
        else:
            yield Item(path, None, path=path)


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


def _json_lines(path: str) -> Iterator[Item]:
    try:
        handle = open(path, "rb")
    except OSError as error:
        yield Item(path, None, _unreadable(path, error))
        return
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
