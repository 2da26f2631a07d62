"""One logged decision: what was asked, under which rules, and the exact result that was given."""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import socket
import uuid
from collections.abc import Mapping
from typing import Any

import attrs

from .. import Result, __version__
from .._render import to_json
from .redact import redact_input, redact_result


def canonical_json(data: Any) -> str:
    """Keys sorted, no whitespace, UTF-8 text: the same dossier always gives the same bytes,
    whatever order or spacing the case system sent it in."""
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def timestamp(moment: datetime.datetime) -> str:
    """UTC as YYYY-MM-DDTHH:MM:SS.ffffffZ: sorts as text in the same order as in time (the year
    always four digits: strftime writes the year 931 as "931", which sorts after "2026")."""
    utc = moment.astimezone(datetime.UTC)
    return f"{utc.year:04d}-{utc:%m-%dT%H:%M:%S.%f}Z"


@attrs.frozen
class RulesetSource:
    """Where the rules came from, so that a replay can load them again: the folder (None for the
    default rule set) and the overlay files, as the service or command was started with them."""

    path: str | None = None
    overlays: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"path": self.path, "overlays": list(self.overlays)}


@attrs.frozen
class Entry:
    """A decision as the log holds it; `input` and `result` are JSON text, byte for byte."""

    decision_id: str
    logged_at: str
    origin: str  # "service" or "cli"
    instance: str  # the host that decided, for a log shared by several instances
    requested_by: str | None  # the API key's name, when the request carried one
    dossier_id: str | None
    input_sha256: str
    input: str
    ruleset_name: str
    ruleset_version: str
    ruleset_sha256: str
    ruleset_overlays: str  # JSON array of overlay names
    ruleset_source: str  # JSON of RulesetSource
    peildatum: str
    engine: str
    lang: str
    library_version: str
    classification: str
    escalation: str
    redacted: bool
    result: str
    result_sha256: str
    trace_id: str | None = None  # the W3C trace id of the request that asked (service only)
    tenant: str | None = None  # the API key's tenant (service only); None: no tenant

    def to_dict(self) -> dict[str, Any]:
        """The entry as JSON data, with its input and result as JSON again (not as text)."""
        out = attrs.asdict(self)
        out["ruleset_overlays"] = json.loads(self.ruleset_overlays)
        out["ruleset_source"] = json.loads(self.ruleset_source)
        out["input"] = json.loads(self.input)
        out["result"] = json.loads(self.result)
        return out


_HOST = socket.gethostname()


def make_entry(
    data: Mapping[str, Any],
    result: Result,
    result_json: str,
    *,
    origin: str,
    peildatum: datetime.date,
    source: RulesetSource,
    redact: bool = False,
    requested_by: str | None = None,
    trace_id: str | None = None,
    tenant: str | None = None,
) -> Entry:
    """The entry for one evaluation: `data` is the dossier as parsed JSON (the input was already
    accepted by the library), `result_json` the compact JSON that was given out
    (`render.to_json(result, indent=None)`).

    The input's hash is always that of the whole canonical input, also when the log keeps a
    redacted copy: whoever holds the original dossier can prove that it is the one decided on.
    """
    canonical = canonical_json(data)
    ruleset = (
        result.ruleset
    )  # read from the Result: parsing 9 KB of JSON back cost more than the rest
    stored_input, stored_result = canonical, result_json
    if redact:
        stored_input = canonical_json(redact_input(data))
        stored_result = canonical_result(redact_result(json.loads(result_json)))
    day = (
        getattr(result, "peildatum", None) or peildatum.isoformat()
    )  # the result's own, once it has one
    return Entry(
        decision_id=str(uuid.uuid4()),
        logged_at=timestamp(utc_now()),
        origin=origin,
        instance=_HOST,
        requested_by=requested_by,
        dossier_id=dossier_key(_text_or_none(data.get("id"))),
        input_sha256=sha256_hex(canonical),
        input=stored_input,
        ruleset_name=ruleset.name,
        ruleset_version=ruleset.version,
        ruleset_sha256=ruleset.sha256,
        ruleset_overlays=_overlays_json(tuple(ruleset.overlays)),
        ruleset_source=_source_json(source),
        peildatum=str(day),
        engine=result.engine,
        lang=result.lang,
        library_version=__version__,
        classification=result.classification,
        escalation=result.escalation,
        redacted=redact,
        result=stored_result,
        result_sha256=sha256_hex(result_json),
        trace_id=trace_id,
        tenant=tenant,
    )


@functools.lru_cache(maxsize=64)
def _overlays_json(overlays: tuple[str, ...]) -> str:
    """The overlays' names as the log holds them; the same for every decision of a rule set."""
    return json.dumps(list(overlays), ensure_ascii=False)


@functools.lru_cache(maxsize=64)
def _source_json(source: RulesetSource) -> str:
    """Where the rules came from as the log holds it; the same for every decision of a service."""
    return json.dumps(source.to_dict(), ensure_ascii=False)


def canonical_result(data: Any) -> str:
    """A (redacted) result as compact JSON in the library's own key order."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def result_text(result: Result) -> str:
    """The one JSON text of a result that is served, logged and compared on replay."""
    return to_json(result, indent=None)


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def dossier_key(dossier_id: str | None) -> str | None:
    """A dossier id as the log's `dossier_id` column holds it: PostgreSQL's text cannot hold NUL,
    so an id with one is kept as its JSON string literal (quotes and escapes included). The
    logged input keeps the id itself, so a replay is unchanged; a history looks the id up the
    same way."""
    if dossier_id is None or "\0" not in dossier_id:
        return dossier_id
    return json.dumps(dossier_id, ensure_ascii=False)
