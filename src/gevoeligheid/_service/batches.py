"""Batches: a JSON array answered as one array, and NDJSON streamed in and out, each line's result
or error tied to its line number."""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .. import Evaluator
from .._decisionlog.entry import Entry
from .._model import Engine, Language
from . import metrics
from .core import INLINE_BYTES, Service, accepted_json, timed
from .keys import ApiKey
from .problems import Problem

Line = tuple[int, "bytes | None"]  # (line number from 1, its bytes; None: longer than the limit)


class _Duplicates(dict[str, Any]):
    duplicate: str


def _pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(items)
    if len(out) == len(items):
        return out
    seen: set[str] = set()
    marked = _Duplicates(out)
    for key, _ in items:
        if key in seen:
            marked.duplicate = key
            break
        seen.add(key)
    return marked


def _duplicate(value: Any, path: str = "") -> tuple[str, str] | None:
    """(pointer, key) of the first object in `value` in which a key occurs twice."""
    if isinstance(value, _Duplicates):
        return path, value.duplicate
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)  # type: ignore[assignment]
    else:
        return None
    for key, item in items:
        found = _duplicate(item, f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}")
        if found:
            return found
    return None


def parse_array(body: bytes, max_items: int) -> list[Any]:
    """The dossiers of a JSON array batch; a body that is no JSON array is refused whole."""
    def refuse(name: str) -> Any:
        raise ValueError(f"{name} is no JSON number")

    try:
        data = json.loads(body, object_pairs_hook=_pairs, parse_constant=refuse)
    except (ValueError, RecursionError) as error:
        raise Problem("invalid-json", f"De body is geen geldige JSON: {error}.", f"The body is not valid JSON: {error}.", fields={"pointer": ""}) from None
    if not isinstance(data, list):
        raise Problem("invalid-dossier", "Een batch is een JSON-array van dossiers; stuur één dossier naar /v1/evaluate.", "A batch is a JSON array of dossiers; send one dossier to /v1/evaluate.", fields={"pointer": "", "expected": "[{...}, {...}]"})
    if len(data) > max_items:
        raise Problem("too-large", f"De batch heeft {len(data)} dossiers, meer dan het maximum van {max_items}; gebruik /v1/batch/stream.", f"The batch holds {len(data)} dossiers, more than the limit of {max_items}; use /v1/batch/stream.", fields={"limit": max_items})
    return data


def evaluate_items(service: Service, evaluator: Evaluator, dossiers: list[tuple[int, Any]], engine: Engine, lang: Language, peildatum: datetime.date | None, key: ApiKey | None) -> tuple[list[tuple[int, str | None, Any]], list[Entry]]:
    """Each (number, dossier) evaluated: (number, result JSON or None, entry or problem), and the
    log entries of the good ones. A dossier is parsed JSON data, bytes, or None (too long);
    `peildatum` is the request's ?peildatum= (None: each dossier's own day)."""
    out: list[tuple[int, str | None, Any]] = []
    entries: list[Entry] = []
    for number, dossier in dossiers:
        try:
            if dossier is None:
                limit = service.settings.max_dossier_bytes
                raise Problem("too-large", f"Deze regel is groter dan het maximum van {limit:,} bytes voor één dossier.".replace(",", "."), f"This line is larger than the limit of {limit:,} bytes for one dossier.", fields={"limit": limit})
            if isinstance(dossier, bytes):
                result, text = service.evaluate_now(evaluator, dossier, engine, lang, f"line {number}", peildatum)
                data = accepted_json(dossier)
            else:
                found = _duplicate(dossier)
                if found:
                    raise Problem("invalid-dossier", f"dossier {number}: {found[0] or '/'}: de sleutel '{found[1]}' komt twee keer voor.", f"dossier {number}: {found[0] or '/'}: the key '{found[1]}' occurs twice.", fields_by_lang={
                        "nl": {"pointer": found[0], "what": f"de sleutel '{found[1]}' komt twee keer voor", "invalidParams": [{"name": found[0], "code": "duplicate-key", "reason": f"de sleutel '{found[1]}' komt twee keer voor"}]},
                        "en": {"pointer": found[0], "what": f"the key '{found[1]}' occurs twice", "invalidParams": [{"name": found[0], "code": "duplicate-key", "reason": f"the key '{found[1]}' occurs twice"}]},
                    })
                result, text = service.evaluate_now(evaluator, dossier, engine, lang, f"dossier {number}", peildatum)
                data = dossier
        except Problem as problem:
            metrics.ERRORS.labels(problem.kind).inc()
            out.append((number, None, problem))
            continue
        entry = service.entry(data, result, text, key) if service.writer is not None else None
        if entry is not None:
            entries.append(entry)
        out.append((number, text, entry))
    return out, entries


def _item(label: str, number: int, text: str | None, other: Any, lang: str) -> str:
    if text is None:
        return f'{{"{label}":{number},"error":{json.dumps(other.to_dict(lang), ensure_ascii=False, separators=(",", ":"))}}}'
    decision = f'"decision_id":"{other.decision_id}",' if other is not None else ""
    return f'{{"{label}":{number},{decision}"result":{text}}}'


async def array_batch(service: Service, evaluator: Evaluator, body: bytes, engine: Engine, lang: Language, peildatum: datetime.date | None, key: ApiKey | None) -> bytes:
    dossiers = parse_array(body, service.settings.max_batch_items)
    done, entries = await asyncio.to_thread(evaluate_items, service, evaluator, list(enumerate(dossiers)), engine, lang, peildatum, key)
    await service.record(entries)
    return ("[" + ",".join(_item("index", number, text, other, lang) for number, text, other in done) + "]").encode("utf-8")


async def line_groups(stream: AsyncIterator[bytes], limit: int) -> AsyncIterator[list[Line]]:
    """The non-blank lines completed by each piece of the body, numbered from 1 (blank lines
    count); a line longer than `limit` comes as None and is not kept in memory."""
    buffer = bytearray()
    number = 0
    too_long = False
    async for chunk in stream:
        group: list[Line] = []
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            if end < 0:
                if not too_long:
                    buffer += chunk[start:]
                    if len(buffer) > limit:
                        too_long = True
                        buffer.clear()
                break
            number += 1
            if not too_long:
                buffer += chunk[start:end]
                too_long = len(buffer) > limit
            if too_long:
                group.append((number, None))
                too_long = False
            elif buffer.strip():
                group.append((number, bytes(buffer)))
            buffer.clear()
            start = end + 1
        if group:
            yield group
    if too_long:
        yield [(number + 1, None)]
    elif buffer.strip():
        yield [(number + 1, bytes(buffer))]


class NdjsonResponse(Response):
    """Streams lines out while the request body is still coming in.

    Starlette's StreamingResponse listens for a disconnect on `receive` while it streams (with the
    ASGI spec version uvicorn reports), and would take the body's pieces away from the reader;
    this response only sends. A client that stops reading is noticed when sending fails.
    """

    media_type = "application/x-ndjson"

    def __init__(self, lines: AsyncIterator[bytes], headers: dict[str, str] | None = None) -> None:
        self.lines = lines
        self.status_code = 200
        self.background = None
        self.init_headers(headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        try:
            async for piece in self.lines:
                await send({"type": "http.response.body", "body": piece, "more_body": True})
        except OSError:
            return
        await send({"type": "http.response.body", "body": b"", "more_body": False})


async def stream_batch(service: Service, evaluator: Evaluator, stream: AsyncIterator[bytes], engine: Engine, lang: Language, peildatum: datetime.date | None, key: ApiKey | None) -> AsyncIterator[bytes]:
    """The answer lines: each after its decision is committed to the log, then a last line
    {"done": true|false, "lines", "evaluated", "failed"} so that a client can tell a whole
    answer from a cut one."""
    evaluated = failed = last = 0
    done = True
    error: Problem | None = None
    try:
        async for group in line_groups(timed(stream, service.settings.body_timeout), service.settings.max_dossier_bytes):
            size = sum(len(text) for _, text in group if text)
            if size <= INLINE_BYTES:
                results, entries = evaluate_items(service, evaluator, group, engine, lang, peildatum, key)
            else:
                results, entries = await asyncio.to_thread(evaluate_items, service, evaluator, group, engine, lang, peildatum, key)
            try:
                await service.record(entries)
            except Problem as problem:
                error, done = problem, False
                break
            last = group[-1][0]
            evaluated += sum(text is not None for _, text, _ in results)
            failed += sum(text is None for _, text, _ in results)
            yield ("\n".join(_item("line", number, text, other, lang) for number, text, other in results) + "\n").encode("utf-8")
    except Problem as problem:  # the body stalled
        error, done = problem, False
    summary: dict[str, Any] = {"done": done, "lines": last, "evaluated": evaluated, "failed": failed}
    if error is not None:
        summary["error"] = error.to_dict(lang)
    yield (json.dumps(summary, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


__all__ = ["NdjsonResponse", "array_batch", "line_groups", "stream_batch"]
