"""The hash chain of the decision log: each entry's hash covers the one before it.

An entry's `entry_sha256` is the sha256 of the canonical JSON of `{"prev": <the previous entry's
entry_sha256>, "entry": <every column of the row but seq and the two chain columns, NULLs left
out, each text as its sha256 (hex, of its UTF-8), a number or true/false as itself>}`. Hashing
each text first keeps the JSON small: the input and result are kilobytes. Leaving NULLs out keeps
the hashes of old rows valid when a later schema step adds a column (the old rows hold NULL there).
The first entry's `prev` is GENESIS; after a purge the first entry left points at the last one
removed, whose hash the purge record keeps (`anchor_sha256`). The table `gevoelig_chain` holds the
head (the last entry ever appended), so that removing the newest entries is noticed too; the
database refuses an entry that does not continue the head.

What the chain proves and what not: a changed, swapped, removed or inserted entry no longer fits,
unless whoever changed it also rewrote every hash after it and the head. Only someone who may write
every table can do that (the SQLite file's owner, PostgreSQL's table owner); against them, keep the
head that `gevoelig log verify` prints somewhere they cannot write, and give it back with
`--expect-head` (docs/deploy.md).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

#: The `prev` of the first entry ever appended.
GENESIS = "0" * 64
#: The chain's own columns, and the row number, which the hash does not cover.
CHAIN_COLUMNS = ("prev_sha256", "entry_sha256")
_NOT_HASHED = frozenset({"seq", *CHAIN_COLUMNS})
#: Columns that SQLite keeps as 0/1 and PostgreSQL as a boolean: hashed as true/false.
BOOLEAN_COLUMNS = frozenset({"redacted"})


def entry_hash(prev: str, row: Mapping[str, Any], known: Mapping[str, str] | None = None) -> str:
    """The hash of an entry given as its columns (an Entry as a dict, or a row read back).

    `known` gives the sha256 of some columns' texts that the writer has at hand already (the
    input's and the result's, hashed for their own columns): 13 KB a decision not hashed twice.
    Whoever verifies hashes every text itself, so a wrong one here cannot go unnoticed."""
    known = known or {}
    covered = {
        name: (
            bool(value)
            if name in BOOLEAN_COLUMNS
            else known.get(name) or hashlib.sha256(value.encode("utf-8")).hexdigest()
            if isinstance(value, str)
            else value
        )
        for name, value in row.items()
        if name not in _NOT_HASHED and value is not None
    }
    text = json.dumps(
        {"prev": prev, "entry": covered},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        allow_nan=False,
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
