"""JSON text -> plain data for the library and the service alike: one reader that notes duplicate
keys and numbers JSON cannot hold, and the JSON pointers (RFC 6901) that name a place in it."""

from __future__ import annotations

import json
import math
import threading
from typing import Any


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) from keys and indices."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


class Duplicates(dict[str, Any]):
    """A JSON object in which a key occurred more than once; `duplicate` names it."""

    duplicate: str


def _with_duplicates(pairs: list[tuple[str, Any]], out: dict[str, Any]) -> Duplicates:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            break
        seen.add(key)
    duplicates = Duplicates(out)
    duplicates.duplicate = key
    return duplicates


class Reader(threading.local):
    """A JSON decoder a thread, made once (json.loads with hooks makes one, and its C scanner, at
    every call). Its hooks note in `suspect` a duplicate key (the object becomes a `Duplicates`),
    NaN, Infinity or a number that overflows to infinity, and in `constant` NaN or Infinity
    written as such: what a reader that wants every fault's place walks the data for."""

    def __init__(self) -> None:
        self.suspect = False
        self.constant = False
        self.decoder = json.JSONDecoder(
            object_pairs_hook=self.pairs, parse_constant=self.named, parse_float=self.number
        )

    def read(self, text: str) -> Any:
        """The data of one JSON document; raises json.JSONDecodeError, ValueError (a number of
        too many digits) or RecursionError as json.loads does."""
        self.suspect = self.constant = False
        return self.decoder.decode(text)

    def pairs(self, items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(
            items
        )  # built in C; only a length mismatch needs the slow look for the duplicate
        if len(out) == len(items):
            return out
        self.suspect = True
        return _with_duplicates(items, out)

    def number(self, text: str) -> float:  # 1e400 overflows to infinity
        value = float(text)
        if not math.isfinite(value):
            self.suspect = True
        return value

    def named(self, text: str) -> float:  # NaN, Infinity, -Infinity
        self.suspect = self.constant = True
        return float(text)


#: The reader of this process (one decoder a thread).
reader = Reader()


def text_of(raw: bytes) -> str:
    """The text of JSON bytes as json.loads reads them: UTF-8 (a BOM left out), UTF-16 or UTF-32
    by the first bytes; raises UnicodeDecodeError."""
    return raw.decode(json.detect_encoding(raw), "surrogatepass")
