"""`gevoelig log verify`: read the whole log and name the first entry that does not fit.

What fits (chain.py has the hash): each entry's hash is that of its columns and the entry before
it; its columns are those of its own result and input; it was not logged long before the entry
before it; the first entry kept continues the start of the chain or the last purge's anchor; and
the last entry is the chain's head. Entries logged before the chain began (migration 4) are
checked for their contents only.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from .chain import GENESIS, entry_hash
from .entry import dossier_key, sha256_hex
from .store import DecisionLog

#: How far an entry's logged_at may lie before the one before it: several instances, each with its
#: own clock, append to one log, and a decision is stamped before it waits for its group's commit.
DEFAULT_CLOCK_SKEW = 300
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z\Z")


@attrs.frozen
class Problem:
    """The first thing that does not fit: where (an entry, the head, a purge record) and what, as
    a key of the message catalogue with its fields."""

    where: str  # "entry", "head" or "purge"
    seq: int
    decision_id: str | None
    key: str
    fields: Mapping[str, object] = attrs.field(factory=dict)


@attrs.frozen
class Verdict:
    checked: int
    legacy: int
    head_seq: int
    head_sha256: str
    problem: Problem | None


def verify(
    log: DecisionLog,
    *,
    clock_skew: float = DEFAULT_CLOCK_SKEW,
    expect_head: tuple[int, str] | None = None,
) -> Verdict:
    """Check the whole log (see the module's text); the first problem found, or none."""
    legacy_until, head_seq, head_sha256 = log.chain_head()
    purges = log.purges()
    checked = legacy = 0
    found: Problem | None = None

    def done(problem: Problem | None) -> Verdict:
        return Verdict(checked, legacy, head_seq, head_sha256, problem)

    # The purge records: their ranges one after the other; the last anchor is
    # where the chain starts.
    start, purged_until = GENESIS, 0
    for record in purges:
        if not record["entries"] or record["anchor_sha256"] is None:
            # nothing removed, or only entries from before the chain (removed by date, not in order)
            continue
        if (
            record["first_seq"] is None
            or record["last_seq"] is None
            or record["first_seq"] <= purged_until
        ):
            return done(
                Problem(
                    "purge",
                    record["seq"],
                    None,
                    "verify_purge_order",
                    {
                        "first": record["first_seq"],
                        "last": record["last_seq"],
                        "before": purged_until,
                    },
                )
            )
        purged_until, start = record["last_seq"], record["anchor_sha256"]
    ranges = [
        (record["seq"], record["first_seq"], record["last_seq"])
        for record in purges
        if record["entries"] and record["anchor_sha256"] is not None
    ]
    expected = dict([expect_head]) if expect_head else {}
    seen_expected = False
    prev, prev_seq, prev_time = start, None, None
    last_seq, last_sha256 = None, None
    for row in _rows(log):
        seq = row["seq"]
        where = ("entry", seq, row.get("decision_id"))
        for purge_seq, first, last in ranges:
            if first <= seq <= last:
                return done(
                    Problem(
                        "purge",
                        purge_seq,
                        None,
                        "verify_purge_left",
                        {"first": first, "last": last, "seq": seq},
                    )
                )
        if seq > legacy_until:
            if row.get("entry_sha256") is None:
                return done(Problem(*where, "verify_no_hash"))
            if row.get("prev_sha256") != prev:
                return done(
                    Problem(
                        *where,
                        "verify_start" if prev_seq is None else "verify_prev",
                        {"prev": prev_seq},
                    )
                )
            if entry_hash(prev, row) != row["entry_sha256"]:
                return done(Problem(*where, "verify_hash"))
        found = _contents(row, where)
        if found is None and prev_time is not None:
            found = _backdated(row["logged_at"], prev_time, clock_skew, where)
        if found is not None:
            return done(found)
        prev_time = row["logged_at"]
        checked += 1
        if seq <= legacy_until:
            legacy += 1
            continue
        if seq in expected:
            seen_expected = True
            if expected[seq] != row["entry_sha256"]:
                return done(
                    Problem(
                        *where,
                        "verify_expected",
                        {"expected": expected[seq], "found": row["entry_sha256"]},
                    )
                )
        prev, prev_seq = row["entry_sha256"], seq
        last_seq, last_sha256 = seq, row["entry_sha256"]
    # The newest entry must be the head: else the newest were removed (or the head moved).
    if last_seq is None:
        last_seq, last_sha256 = (purged_until if start != GENESIS else legacy_until), start
    if (last_seq, last_sha256) != (head_seq, head_sha256):
        return done(
            Problem(
                "head",
                head_seq,
                None,
                "verify_tail",
                {"last": last_seq, "sha256": last_sha256, "seq": head_seq, "head": head_sha256},
            )
        )
    if expect_head is not None and not seen_expected:
        seq, sha256 = expect_head
        if seq > purged_until:  # not purged, yet not there (or from before the chain)
            return done(Problem("entry", seq, None, "verify_expected_gone"))
        anchors = [
            record["anchor_sha256"]
            for record in purges
            if record["last_seq"] == seq and record["anchor_sha256"] is not None
        ]
        if anchors and anchors[-1] != sha256:
            return done(
                Problem(
                    "purge",
                    seq,
                    None,
                    "verify_expected",
                    {"expected": sha256, "found": anchors[-1]},
                )
            )
    return done(None)


def _rows(log: DecisionLog) -> Iterator[dict[str, Any]]:
    after = 0
    while True:
        rows = log.raw_rows(after)
        yield from rows
        if not rows:
            return
        after = rows[-1]["seq"]


def _contents(row: Mapping[str, Any], where: tuple[str, int, str | None]) -> Problem | None:
    """Whether an entry's columns are those of its own input and result."""
    try:
        data = json.loads(row["input"])
        result = json.loads(row["result"])
    except (TypeError, ValueError):
        return Problem(*where, "verify_not_json")
    if not isinstance(result, dict) or not isinstance(data, dict):
        return Problem(*where, "verify_not_json")
    if not _TIME.match(str(row["logged_at"])):
        return Problem(*where, "verify_time", {"logged_at": row["logged_at"]})
    ruleset = result.get("ruleset") if isinstance(result.get("ruleset"), dict) else {}
    assert isinstance(ruleset, dict)
    identifier = data.get("id")
    wanted = {
        "classification": result.get("classification"),
        "escalation": result.get("escalation"),
        "engine": result.get("engine"),
        "lang": result.get("lang"),
        "ruleset_name": ruleset.get("name"),
        "ruleset_version": ruleset.get("version"),
        "ruleset_sha256": ruleset.get("sha256"),
        "ruleset_overlays": json.dumps(ruleset.get("overlays", []), ensure_ascii=False),
        "dossier_id": dossier_key(identifier) if isinstance(identifier, str) else None,
    }
    for column, value in wanted.items():
        if row.get(column) != value:
            return Problem(
                *where,
                "verify_column",
                {
                    "column": column,
                    "value": json.dumps(row.get(column), ensure_ascii=False),
                    "expected": json.dumps(value, ensure_ascii=False),
                },
            )
    if not row["redacted"]:  # a redacted copy keeps the hashes of the originals, which are not here
        if sha256_hex(row["input"]) != row["input_sha256"]:
            return Problem(*where, "verify_input_hash")
        if sha256_hex(row["result"]) != row["result_sha256"]:
            return Problem(*where, "verify_result_hash")
    return None


def _backdated(
    logged_at: str, previous: str, skew: float, where: tuple[str, int, str | None]
) -> Problem | None:
    if logged_at >= previous:  # both checked to be YYYY-MM-DDTHH:MM:SS.ffffffZ: text sorts as time
        return None
    now, before = _moment(logged_at), _moment(previous)
    if now is not None and before is not None and (before - now).total_seconds() > skew:
        return Problem(
            *where,
            "verify_backdated",
            {"logged_at": logged_at, "skew": f"{skew:g}", "previous": previous},
        )
    return None


def _moment(text: str) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromisoformat(text.removesuffix("Z"))
    except ValueError:
        return None


def parse_head(value: str) -> tuple[int, str] | None:
    """`SEQ:SHA256` as `log verify` prints the head, or None."""
    seq, colon, sha256 = value.partition(":")
    if not colon or not seq.isdigit() or not re.fullmatch(r"[0-9a-f]{64}", sha256):
        return None
    return int(seq), sha256
