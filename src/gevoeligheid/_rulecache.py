"""A private per-user cache of rule files already parsed and checked against their schema.

Reading a rule set parses four YAML files and checks each against its JSON Schema: most of a
one-dossier `gevoelig check`, with the YAML parser and jsonschema imported for it. The cache keeps
what that gives (the file's data and the line of each value) as JSON, under a key made of the
file's bytes, the schema it passed and the code that read and checked it, so that the next run
reads the same bytes, finds their entry and goes on to build the rule set from it (the checks
that span files, in _rules.py, still run every time).

Why an entry is safe to use:
- it is data, never code: JSON (dicts, lists, text, numbers) read by `json.loads`, no pickle;
- it is never trusted blindly: its header must name this cache format and exactly the key asked
  for, and the sha256 it records must be that of its body, so a truncated, corrupt or foreign
  file (another key's, another version's, any other file) is a miss: the rule file is read and
  checked again and the entry written anew;
- a key is the sha256 of the rule file's bytes with the schema's name, the library's version and
  the source of the modules that parse and check (_yamlfile.py, _schema.py, _definitions.py):
  changing any of them makes another key; only a file that passed every check gets an entry;
- it lives in a folder of the user's own, the platform's cache folder as platformdirs names it
  (`$XDG_CACHE_HOME/gevoeligheid`, else `~/.cache/gevoeligheid` on Linux;
  `%LOCALAPPDATA%\\gevoeligheid\\Cache` on Windows; `~/Library/Caches/gevoeligheid` on macOS), on
  POSIX with mode 0700: a folder that is a link, or not the user's, is not used at all; entries are
  opened without following links and must be the user's regular files (on Windows, which has no
  owner ids or modes of that kind, the folder in the user's own profile is what keeps it private);
- an entry is written to a temporary file in that folder and renamed over the old one, so a
  reader sees a whole entry or none.

Set GEVOELIG_NO_CACHE=1 to neither read nor write the cache. What must show the rule files
themselves (`gevoelig log replay` and `log export`) reads them inside `suspended()`: an entry
forged by whoever can write the cache folder then cannot make a replay say `same`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ._version import __version__
from ._yamlfile import DataPath, YamlFile

#: The environment variable that switches the cache off (any value but "" and "0").
DISABLE = "GEVOELIG_NO_CACHE"
#: The first word of every entry, and the version of the entries' layout.
MAGIC = "gevoeligheid-rule-cache"
FORMAT = 1
#: An entry is a few times its rule file, which is at most 2 MiB: larger is not an entry.
MAX_ENTRY_BYTES = 32 * 1024 * 1024
#: The modules whose code decides what a rule file's entry holds.
_READERS = ("_yamlfile.py", "_schema.py", "_definitions.py")

_code_digest: str | None = None
_suspension = threading.local()


@contextlib.contextmanager
def suspended() -> Iterator[None]:
    """Within this, on this thread, the cache is neither read nor written."""
    before = getattr(_suspension, "depth", 0)
    _suspension.depth = before + 1
    try:
        yield
    finally:
        _suspension.depth = before


def folder() -> Path | None:
    """The cache folder, or None when the cache is switched off."""
    if os.environ.get(DISABLE, "") not in ("", "0") or getattr(_suspension, "depth", 0) > 0:
        return None
    import platformdirs  # the platform's own cache folder: XDG on Linux, %LOCALAPPDATA% on Windows

    try:
        where = platformdirs.user_cache_path("gevoeligheid", appauthor=False)
    except RuntimeError:  # platformdirs finds no home folder: no cache, rather than one elsewhere
        return None
    if not where.is_absolute():  # the XDG specification: a relative $XDG_CACHE_HOME is ignored
        where = Path(os.path.expanduser("~")) / ".cache" / "gevoeligheid"
        if (
            not where.is_absolute()
        ):  # no home to find: no cache, rather than one in the current folder
            return None
    return where


def _owned(status: os.stat_result) -> bool:
    """Whether a file or folder is this user's. POSIX only: Windows has no os.getuid (st_uid is
    always 0 there), and a folder in the user's own profile is the user's."""
    getuid = getattr(os, "getuid", None)
    return getuid is None or status.st_uid == getuid()


def key(schema: str, raw: bytes) -> str | None:
    """The key of a rule file's entry: its bytes, the schema it is checked against, and the code
    that reads and checks it; None when that code cannot be read (then nothing is cached)."""
    global _code_digest  # noqa: PLW0603 - the code's digest is made once a process
    if _code_digest is None:
        digest = hashlib.sha256(f"{MAGIC} {FORMAT} {__version__}".encode())
        try:
            for name in _READERS:
                digest.update(b"\0" + (Path(__file__).parent / name).read_bytes())
        except OSError:
            return None
        _code_digest = digest.hexdigest()
    return hashlib.sha256(f"{_code_digest} {schema}\0".encode() + raw).hexdigest()


def load(schema: str, raw: bytes, name: str) -> YamlFile | None:
    """The checked rule file of these bytes from the cache, or None (a miss: read it yourself)."""
    where = folder()
    wanted = key(schema, raw) if where is not None else None
    if where is None or wanted is None or not _private(where, create=False):
        return None
    try:
        # O_NONBLOCK (POSIX): a named pipe in the entry's place would block the open until some
        # writer came. O_NOFOLLOW where there is one (POSIX); O_BINARY where there is one (Windows:
        # else the descriptor reads text, with line ends changed).
        flags = (
            os.O_RDONLY
            | getattr(os, "O_NOFOLLOW", 0)
            | getattr(os, "O_NONBLOCK", 0)
            | getattr(os, "O_BINARY", 0)
        )
        descriptor = os.open(where / f"{wanted}.json", flags)
    except OSError:
        return None
    try:
        with os.fdopen(descriptor, "rb") as handle:
            status = os.fstat(handle.fileno())
            if (
                not stat.S_ISREG(status.st_mode)
                or not _owned(status)
                or status.st_size > MAX_ENTRY_BYTES
            ):
                return None
            entry = handle.read(MAX_ENTRY_BYTES + 1)
    except OSError:
        return None
    body = _checked_body(entry, wanted)
    if body is None:
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:  # then it never passed, and has no entry: this one is foreign
        return None
    return YamlFile(name, text, body[0], body[1])


def store(schema: str, raw: bytes, file: YamlFile) -> None:
    """Keep a checked rule file's data for the next run; a cache that cannot be
    written is skipped."""
    where = folder()
    wanted = key(schema, raw) if where is not None else None
    if where is None or wanted is None or not _private(where, create=True):
        return
    body = json.dumps(
        {"data": file.data, "lines": [[list(path), line] for path, line in file.lines.items()]},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    header = f"{MAGIC} {FORMAT} {wanted} {hashlib.sha256(body).hexdigest()}\n".encode()
    import tempfile  # only to write: a run that finds its entries does not need it

    temporary = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=".entry-", suffix=".tmp", dir=where)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(header + body)
        os.replace(temporary, where / f"{wanted}.json")
        temporary = None
    except OSError:
        pass
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def _private(where: Path, *, create: bool) -> bool:
    """Whether `where` is a folder of this user's that nobody else can read or write; made so
    (mode 0700) when `create` and it does not exist yet."""
    try:
        if create:
            os.makedirs(where, mode=0o700, exist_ok=True)
        status = os.lstat(where)
    except OSError:
        return False
    if not stat.S_ISDIR(status.st_mode) or not _owned(status):
        return False  # a link, a file, or someone else's folder: not ours to use
    if (
        hasattr(os, "getuid") and status.st_mode & 0o077
    ):  # POSIX modes (Windows has none of these bits)
        try:
            os.chmod(where, 0o700)  # ours, made by hand with a looser mode
        except OSError:
            return False
    return True


def _checked_body(entry: bytes, wanted: str) -> tuple[Any, dict[DataPath, int]] | None:
    """An entry's data and lines when its header names this format and key and its checksum is
    its body's, and the body has the shape that `store` writes; else None."""
    header, newline, body = entry.partition(b"\n")
    parts = header.split(b" ")
    if (
        not newline
        or len(parts) != 4
        or parts[0] != MAGIC.encode()
        or parts[1] != str(FORMAT).encode()
        or parts[2] != wanted.encode()
    ):
        return None
    if hashlib.sha256(body).hexdigest().encode() != parts[3]:
        return None
    try:
        decoded = json.loads(body)
    except ValueError:  # UnicodeDecodeError too
        return None
    if (
        not isinstance(decoded, dict)
        or decoded.keys() != {"data", "lines"}
        or not isinstance(decoded["data"], dict)
        or not isinstance(decoded["lines"], list)
    ):
        return None
    # The checksum vouches for the rest: only the user could have written a consistent entry.
    lines: dict[DataPath, int] = {}
    try:
        for path, line in decoded["lines"]:
            if path.__class__ is not list or line.__class__ is not int:
                return None
            lines[tuple(path)] = line
    except (TypeError, ValueError):  # an item that is not a pair
        return None
    return decoded["data"], lines
