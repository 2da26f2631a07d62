"""The decision log: every evaluation recorded with its input, rules and exact result, append-only.

Only the names every part needs are here: the command line imports this package on every start.
"""

from __future__ import annotations

#: The decision log of `gevoelig serve` and `gevoelig log` when none is named.
DEFAULT_URL = "sqlite:///gevoelig-decisions.sqlite3"


class LogError(Exception):
    """The decision log cannot be opened, read or written; `str()` says what and what to do."""
