"""Rule sets kept in the log by their sha256, so a decision can be made again anywhere, later.

A decision names its rule set by sha256 only; the files behind it change (a new version, an
overlay edited, another machine). The first time a rule set decides, its files (the four base
files, the source text and the overlays, as text) are written to `gevoelig_rulesets` under that
sha256, after loading them again from that copy gave the same sha256. Reading one back treats
the row as hostile: the bundle's own sha256 is checked, its shape and sizes are bounded, and the
files are loaded through the ordinary bounded YAML reader in a private temporary folder; the rule
set that comes out must have the sha256 asked for.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import tempfile
import threading
from pathlib import Path
from typing import Any

from .._definitions import RULE_FILES
from .._errors import ErrorLine, GevoeligheidError
from .._messages import Message, Number
from .._model import RuleSet
from .._rules import MAX_SOURCE_TEXT_BYTES, load_ruleset
from .._yamlfile import MAX_RULE_FILE_BYTES, read_limited
from . import LogError
from .entry import timestamp, utc_now
from .store import DecisionLog

#: At most this many overlays in a kept rule set (a region stacks one or two).
MAX_OVERLAYS = 16
#: The largest bundle read back: every file at its own limit, and JSON's escapes.
MAX_BUNDLE_CHARS = 2 * (
    (len(RULE_FILES) + MAX_OVERLAYS) * MAX_RULE_FILE_BYTES + MAX_SOURCE_TEXT_BYTES
)
#: A source text's name inside a bundle: a plain file name, nothing that could leave the folder.
_PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_COLUMNS = ("sha256", "name", "version", "overlays", "stored_at", "bundle_sha256", "bundle")


class RulesetNotKept(Exception):
    """The log holds no usable copy of a rule set; `why` says why (`str()` in English, for logs)
    and `reason` is a short code: `missing` or `corrupt`."""

    def __init__(self, reason: str, why: Message) -> None:
        super().__init__(why.render("en"))
        self.reason = reason
        self.why = why


def bundle_of(ruleset: RuleSet) -> dict[str, Any]:
    """The files a loaded rule set was read from, as JSON data. Raises GevoeligheidError when a
    file cannot be read again (it was removed or grew past its limit since)."""
    base_paths = [Path(name) for name in ruleset.files[: len(RULE_FILES)]]
    overlay_paths = [Path(name) for name in ruleset.files[len(RULE_FILES) :]]
    base = {
        name: _text(path, MAX_RULE_FILE_BYTES)
        for name, path in zip(RULE_FILES, base_paths, strict=True)
    }
    folder = base_paths[0].parent
    from .._definitions import rule_file

    header = rule_file(base["ruleset.yaml"].encode("utf-8"), str(base_paths[0]), "ruleset.yaml")
    source_name = str(header.data["source"]["file"])
    source_path = (
        folder / source_name if (folder / source_name).is_file() else folder.parent / source_name
    )
    return {
        "format": 1,
        "base": base,
        "source": {
            "name": Path(source_name).name,
            "text": _text(source_path, MAX_SOURCE_TEXT_BYTES),
        },
        "overlays": [_text(path, MAX_RULE_FILE_BYTES) for path in overlay_paths],
    }


def _text(path: Path, limit: int) -> str:
    return read_limited(path, str(path), limit, regular=True).decode("utf-8")


def ruleset_from_bundle(bundle: dict[str, Any], peildatum: datetime.date) -> RuleSet:
    """Load a bundle's rule set, written to a private temporary folder, on `peildatum` (the day it
    decided on: its overlays were in force then). Raises GevoeligheidError for broken files and
    ValueError for a bundle of the wrong shape."""
    _check_shape(bundle)
    with tempfile.TemporaryDirectory(prefix="gevoelig-ruleset-") as scratch:
        folder = Path(scratch) / "rules"
        folder.mkdir()
        for name in RULE_FILES:
            (folder / name).write_text(bundle["base"][name], encoding="utf-8", newline="")
        (folder / bundle["source"]["name"]).write_text(
            bundle["source"]["text"], encoding="utf-8", newline=""
        )
        overlays = []
        for index, text in enumerate(bundle["overlays"]):
            path = Path(scratch) / f"overlay-{index}.yaml"
            path.write_text(text, encoding="utf-8", newline="")
            overlays.append(path)
        return load_ruleset(folder, overlays=overlays, peildatum=peildatum)


def _check_shape(bundle: Any) -> None:
    if not isinstance(bundle, dict) or bundle.get("format") != 1:
        raise ValueError("the bundle is not a JSON object of format 1")
    base, source, overlays = bundle.get("base"), bundle.get("source"), bundle.get("overlays")
    if (
        not isinstance(base, dict)
        or set(base) != set(RULE_FILES)
        or not all(isinstance(text, str) for text in base.values())
    ):
        raise ValueError(f"the bundle's base must hold exactly {', '.join(RULE_FILES)} as text")
    if (
        not isinstance(source, dict)
        or not isinstance(source.get("text"), str)
        or not isinstance(source.get("name"), str)
    ):
        raise ValueError("the bundle's source must have a name and a text")
    if not _PLAIN_NAME.fullmatch(source["name"]) or source["name"] in RULE_FILES:
        raise ValueError("the bundle's source text has a name that is no plain file name")
    if (
        not isinstance(overlays, list)
        or len(overlays) > MAX_OVERLAYS
        or not all(isinstance(text, str) for text in overlays)
    ):
        raise ValueError(f"the bundle's overlays must be a list of at most {MAX_OVERLAYS} texts")


class RulesetStore:
    """Keeps and reads rule sets in one decision log; remembers what it kept in this process."""

    def __init__(self, log: DecisionLog) -> None:
        self.log = log
        self._kept: set[str] = set()
        self._given_up: set[str] = set()  # files changed since they decided: not tried again
        self._loaded: dict[tuple[str, str], RuleSet] = {}
        self._lock = threading.Lock()

    def keep(self, ruleset: RuleSet, peildatum: datetime.date) -> bool:
        """Keep `ruleset` unless the log has it already; True when it is kept (now or before).
        False when its files on disk no longer give its sha256 (they changed since it loaded):
        then nothing is written, and the decision's rule set cannot be made again from the log."""
        if ruleset.sha256 in self._kept:
            return True
        with self._lock:
            if ruleset.sha256 in self._kept or self._has(ruleset.sha256):
                self._kept.add(ruleset.sha256)
                return True
            try:
                bundle = bundle_of(ruleset)
                again = ruleset_from_bundle(bundle, peildatum)
            except (GevoeligheidError, OSError, UnicodeDecodeError, ValueError):
                return False
            if again.sha256 != ruleset.sha256:
                return False
            text = json.dumps(bundle, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            row = (
                ruleset.sha256,
                ruleset.name,
                ruleset.version,
                json.dumps(list(ruleset.overlays), ensure_ascii=False),
                timestamp(utc_now()),
                _sha256(text),
                text,
            )
            connection = self.log._connection()
            with self.log._transaction(connection) as cursor:
                cursor.execute(
                    self.log._sql(
                        f"INSERT INTO gevoelig_rulesets ({', '.join(_COLUMNS)}) VALUES "
                        f"({', '.join('?' for _ in _COLUMNS)}) ON CONFLICT (sha256) DO NOTHING"
                    ),
                    row,
                )
            self._kept.add(ruleset.sha256)
            return True

    def _has(self, sha256: str) -> bool:
        connection = self.log._connection()
        with self.log._reading(connection) as cursor:
            cursor.execute(
                self.log._sql("SELECT COUNT(*) FROM gevoelig_rulesets WHERE sha256 = ?"), (sha256,)
            )
            return bool(cursor.fetchone()[0])

    def load(self, sha256: str, peildatum: datetime.date) -> RuleSet:
        """The kept rule set of this sha256, loaded on `peildatum`; RulesetNotKept when the log has
        none or its copy is not what it claims to be."""
        key = (sha256, peildatum.isoformat())
        found = self._loaded.get(key)
        if found is not None:
            return found
        connection = self.log._connection()
        with self.log._reading(connection) as cursor:
            # The length first: a hostile row of gigabytes is refused before it is read.
            cursor.execute(
                self.log._sql(
                    "SELECT LENGTH(bundle), bundle_sha256 FROM gevoelig_rulesets WHERE sha256 = ?"
                ),
                (sha256,),
            )
            head = cursor.fetchone()
            if head is None:
                raise RulesetNotKept("missing", Message("ruleset_not_kept", sha256=sha256))
            if head[0] is None or head[0] > MAX_BUNDLE_CHARS:
                raise RulesetNotKept(
                    "corrupt",
                    Message(
                        "ruleset_kept_too_large", sha256=sha256, limit=Number(MAX_BUNDLE_CHARS)
                    ),
                )
            cursor.execute(
                self.log._sql("SELECT bundle FROM gevoelig_rulesets WHERE sha256 = ?"), (sha256,)
            )
            text = cursor.fetchone()[0]
        if not isinstance(text, str) or _sha256(text) != head[1]:
            raise RulesetNotKept("corrupt", Message("ruleset_kept_changed", sha256=sha256))
        try:
            ruleset = ruleset_from_bundle(json.loads(text), peildatum)
        except GevoeligheidError as error:  # a RuleFileError is a ValueError too: this first
            raise RulesetNotKept(
                "corrupt",
                Message("ruleset_kept_does_not_load", sha256=sha256, error=ErrorLine(error)),
            ) from None
        except (ValueError, RecursionError) as error:  # the parser's own words, as they are
            raise RulesetNotKept(
                "corrupt", Message("ruleset_kept_broken", sha256=sha256, error=error)
            ) from None
        if ruleset.sha256 != sha256:
            raise RulesetNotKept(
                "corrupt", Message("ruleset_kept_other", sha256=sha256, now=ruleset.sha256)
            )
        if len(self._loaded) >= 16:
            self._loaded.clear()
        self._loaded[key] = ruleset
        return ruleset

    def kept(self) -> list[dict[str, Any]]:
        """What the log keeps: sha256, name, version, overlays and when, oldest first."""
        connection = self.log._connection()
        names = ("sha256", "name", "version", "overlays", "stored_at")
        with self.log._reading(connection) as cursor:
            cursor.execute(
                f"SELECT {', '.join(names)} FROM gevoelig_rulesets ORDER BY stored_at, sha256"
            )
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_stores: dict[int, RulesetStore] = {}


def store_for(log: DecisionLog) -> RulesetStore:
    """The one RulesetStore of a log object (its memory of what was kept is per process)."""
    found = _stores.get(id(log))
    if found is None or found.log is not log:
        found = _stores[id(log)] = RulesetStore(log)
    return found


def keep_or_raise(log: DecisionLog, ruleset: RuleSet, peildatum: datetime.date) -> None:
    """Keep a rule set; LogError when the database refuses the write."""
    try:
        store_for(log).keep(ruleset, peildatum)
    except LogError:
        raise
    except Exception as error:
        if type(error).__module__.startswith(("sqlite3", "psycopg")):
            raise LogError(
                f"cannot keep rule set {ruleset.sha256} in the decision log: {error}"
            ) from None
        raise


def unkept(log: DecisionLog, entries: Any) -> list[Any]:
    """The entries (one per rule set) whose rule set this process has not kept in `log` yet: a
    set lookup, cheap enough for every request."""
    kept = store_for(log)._kept
    found: dict[str, Any] = {}
    for entry in entries:
        if (
            entry.ruleset_sha256 not in kept
            and entry.ruleset_sha256 not in found
            and entry.ruleset_sha256 not in store_for(log)._given_up
        ):
            found[entry.ruleset_sha256] = entry
    return list(found.values())


def keep_for_entries(log: DecisionLog, entries: Any, known: tuple[RuleSet, ...] = ()) -> list[str]:
    """Keep the rule set of each entry that this process has not kept yet: one of `known` (the
    rule sets the caller decides by) with the entry's sha256, else loaded again from the folder
    and overlays the entry names on its peildatum. The sha256s that could not be kept (the files
    changed since they decided) are returned, for a warning."""
    missed = []
    for entry in unkept(log, entries):
        source = json.loads(entry.ruleset_source)
        day = datetime.date.fromisoformat(entry.peildatum)
        ruleset = next(
            (candidate for candidate in known if candidate.sha256 == entry.ruleset_sha256), None
        )
        if ruleset is None:
            try:
                ruleset = load_ruleset(
                    source.get("path"), overlays=source.get("overlays", ()), peildatum=day
                )
            except GevoeligheidError:
                missed.append(entry.ruleset_sha256)
                continue
        if ruleset.sha256 != entry.ruleset_sha256 or not store_for(log).keep(
            ruleset, max(day, ruleset.valid_from)
        ):
            missed.append(entry.ruleset_sha256)
            continue
    store_for(log)._given_up.update(missed)
    return missed
