"""Batches: a JSON array answered as a JSON array, and NDJSON streamed in and out, each dossier's
result or error tied to its index or line number.

Only a JSON object is a dossier: any other item (a string, a number, null, an array) is that item's
error, and nothing in a batch is ever read as a file name. Both kinds are evaluated a group at a
time, and each group is answered once its decisions are in the log, so that what a batch holds in
memory is one group, not the batch: the items of an array are found without parsing them, and each
is parsed when its turn comes.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

from starlette.requests import ClientDisconnect
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .. import DossierError, Evaluator
from .._decisionlog.entry import Entry
from .._dossier import MAX_DEPTH, JsonProblem
from .._jsontext import reader, text_of
from .._messages import Localised, Message, Number, word
from .._model import Engine, Language
from . import metrics
from .core import EXPANSION, INLINE_BYTES, Service, accepted_json, stream_too_long, timed
from .guard import Held
from .keys import ApiKey
from .problems import Problem, dossier_problem

logger = logging.getLogger("gevoelig.service")
_T = TypeVar("_T")

Line = tuple[
    int, "bytes | None"
]  # (line number from 1 or index from 0, its bytes; None: longer than the limit)

#: A group, evaluated in one go and answered once it is in the log: at most this many dossiers, or
#: one dossier and as many more as fit in this many bytes.
GROUP_ITEMS = 64
GROUP_BYTES = 256 * 1024
#: A non-object item up to this size is parsed to name its kind; a larger one is named by its start.
_NAMED_BYTES = 64 * 1024

# --- the items of a JSON array, found without parsing them -------------------------------------

_STRING = rb'"[^"\\]*+(?:\\.[^"\\]*+)*+"'
_PLAIN = rb'[^][{}",]++'  # numbers, true, false, null, white space, colons: anything but structure


def _nested(levels: int) -> bytes:
    """A container with up to `levels` levels of containers in it (brackets of either kind: the
    item's own parse checks that they pair). Every alternative starts with a character of its own
    and every repetition is possessive, so a match never backtracks: it takes linear time."""
    inner = rb"(?:" + _STRING + rb"|" + _PLAIN + rb"|,)"
    container = rb"[\[{]" + inner + rb"*+[\]}]"
    for _ in range(levels - 1):
        inner = rb"(?:" + _STRING + rb"|" + _PLAIN + rb"|,|" + container + rb")"
        container = rb"[\[{]" + inner + rb"*+[\]}]"
    return container


#: One item of the array: a dossier may nest MAX_DEPTH levels below its own object; one level more
#: still matches, so that the dossier's parse names the place where it goes too deep.
_ITEM = re.compile(
    rb"(?:" + _STRING + rb"|" + _PLAIN + rb"|" + _nested(MAX_DEPTH + 2) + rb")++", re.DOTALL
)
_SPACE = re.compile(rb"[ \t\r\n]*+")
_BOM = b"\xef\xbb\xbf"


def split_array(body: bytes, max_items: int, max_item_bytes: int) -> list[tuple[int, int]]:
    """The (start, end) of each item of a JSON array batch. A body that is no array, holds more than
    `max_items`, or whose structure does not hold together, is refused whole; so is an item that is
    no complete value within `max_item_bytes` (looked at that far only, so that one match never
    holds the event loop's thread for long: `re` does not let go of the GIL)."""
    pos = _SPACE.match(body, len(_BOM) if body.startswith(_BOM) else 0).end()  # type: ignore[union-attr]  # [ \t\r\n]* always matches
    if pos == len(body):
        raise _invalid_json(body, pos, "array_empty_body")
    if body[pos : pos + 1] != b"[":
        if (
            body[pos : pos + 1] in (b"{", b'"', b"-", b"t", b"f", b"n")
            or body[pos : pos + 1].isdigit()
        ):
            raise Problem(
                "invalid-dossier",
                Message("service_batch_not_array"),
                fields={"pointer": "", "expected": "[{...}, {...}]"},
            )
        raise _invalid_json(body, pos, "array_expected")
    pos = _SPACE.match(body, pos + 1).end()  # type: ignore[union-attr]
    spans: list[tuple[int, int]] = []
    if body[pos : pos + 1] == b"]":
        return _after_array(body, pos, spans)
    while True:
        if len(spans) == max_items:
            raise Problem(
                "too-large",
                Message("service_batch_too_many_dossiers", max_items=max_items),
                fields={"limit": max_items},
            )
        window = min(len(body), pos + max_item_bytes + 1)
        found = _ITEM.match(body, pos, window)
        end = found.end() if found else pos
        following = body[end : end + 1]
        if end - pos > max_item_bytes or (following not in (b",", b"]") and window < len(body)):
            index = len(spans)
            raise Problem(
                "too-large",
                Message("array_item_too_large", index=index, limit=Number(max_item_bytes)),
                fields={"pointer": f"/{index}", "limit": max_item_bytes},
            )
        if end == pos or following not in (b",", b"]"):
            if end == len(body):
                raise _invalid_json(body, end, "array_unclosed")
            if end == pos:
                raise _invalid_json(
                    body,
                    end,
                    "array_item_unclosed"
                    if body[pos : pos + 1] in (b"[", b"{", b'"')
                    else "array_item_expected",
                )
            raise _invalid_json(body, end, "array_unexpected")
        spans.append((pos, end))
        if following == b"]":
            return _after_array(body, end, spans)
        pos = end + 1


def check_items(body: bytes, spans: list[tuple[int, int]]) -> None:
    """Parse each item once, keeping nothing, so that a body that is no JSON is refused whole
    before any dossier is evaluated (the split above only sees its structure): a client must
    not get answers for a body whose items it cannot be sure of. One item at a time is in memory."""

    for index, (start, end) in enumerate(spans):
        try:
            reader.read(text_of(body[start:end]))
            if reader.constant:  # NaN or Infinity, which no JSON holds
                raise ValueError("NaN")
        except json.JSONDecodeError as error:
            line = body.count(b"\n", 0, start) + error.lineno
            column = error.colno + (
                start - body.rfind(b"\n", 0, start) - 1 if error.lineno == 1 else 0
            )
            raise _item_not_json(index, line, column, JsonProblem(error.msg)) from None
        except ValueError as error:  # not UTF-8, NaN or Infinity, a number of too many digits
            key = (
                "array_item_not_utf8"
                if isinstance(error, UnicodeDecodeError)
                else "array_item_bad_value"
            )
            line = body.count(b"\n", 0, start) + 1
            raise _item_not_json(
                index,
                line,
                start - body.rfind(b"\n", 0, start),
                Message(key),
            ) from None


def _item_not_json(index: int, line: int, column: int, what: Localised) -> Problem:
    return Problem(
        "invalid-json",
        Message("array_item_invalid", index=index, line=line, column=column, what=what),
        fields={"pointer": f"/{index}"},
    )


def _after_array(body: bytes, close: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    rest = _SPACE.match(body, close + 1).end()  # type: ignore[union-attr]
    if rest != len(body):
        raise _invalid_json(body, rest, "array_extra")
    return spans


def _invalid_json(body: bytes, pos: int, key: str) -> Problem:
    line = body.count(b"\n", 0, pos) + 1
    column = pos - (body.rfind(b"\n", 0, pos) + 1) + 1
    fields = {"pointer": ""}
    return Problem(
        "invalid-json",
        Message(key, line=line, column=column, depth=MAX_DEPTH),
        fields=fields,
    )


def _dotted(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def not_an_object(text: bytes, place: str) -> Problem | None:
    """The error of an item that is no JSON object (None for an object, which the library reads):
    only an object is a dossier, and a string in particular is never a file name."""
    stripped = text.strip(b" \t\r\n")
    if stripped.startswith(b"{") or not stripped:
        return None
    kind = None
    if len(stripped) <= _NAMED_BYTES:
        try:
            value = json.loads(stripped)
        except (ValueError, RecursionError):
            return None  # no JSON: the library says where it goes wrong
        kind = (
            "null"
            if value is None
            else "boolean"
            if isinstance(value, bool)
            else "number"
            if isinstance(value, (int, float))
            else "string"
            if isinstance(value, str)
            else "array"
        )
    elif stripped.startswith(b'"'):
        kind = "string"
    elif stripped.startswith(b"["):
        kind = "array"
    else:
        return None
    hint = "item_string_hint" if kind == "string" else "item_not_object_hint"
    expected = '{"facts": {...}}'
    error = DossierError(
        place,
        "",
        Message(f"item_is_{kind}"),
        expected=expected,
        hint=Message(hint),
        code="not-an-object",
    )
    return dossier_problem(error)


# --- evaluating a group -------------------------------------------------------------------------


def evaluate_items(
    service: Service,
    evaluator: Evaluator,
    dossiers: list[Line],
    engine: Engine,
    lang: Language,
    peildatum: datetime.date | None,
    key: ApiKey | None,
    label: str = "line",
) -> tuple[list[tuple[int, str | None, Any]], list[Entry]]:
    """Each (number, dossier text) evaluated: (number, result JSON or None, entry or problem), and
    the log entries of the good ones. A text of None is a line longer than the limit."""
    out: list[tuple[int, str | None, Any]] = []
    entries: list[Entry] = []
    for number, dossier in dossiers:
        try:
            if dossier is None:
                limit = service.settings.max_dossier_bytes
                raise Problem(
                    "too-large",
                    Message("service_line_too_large", limit=Number(limit)),
                    fields={"limit": limit},
                )
            place = word(f"item_place_{label}", lang, number=number)
            refused = not_an_object(dossier, place)
            if refused is not None:
                raise refused
            result, text = service.evaluate_now(evaluator, dossier, engine, lang, place, peildatum)
            data = accepted_json(dossier)
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
        return (
            f'{{"{label}":{number},"error":'
            f"{json.dumps(other.to_dict(lang), ensure_ascii=False, separators=(',', ':'))}}}"
        )
    decision = f'"decision_id":"{other.decision_id}",' if other is not None else ""
    return f'{{"{label}":{number},{decision}"result":{text}}}'


async def _evaluate_group(
    service: Service,
    evaluator: Evaluator,
    held: Held,
    group: list[Line],
    engine: Engine,
    lang: Language,
    peildatum: datetime.date | None,
    key: ApiKey | None,
    label: str,
    gone: Callable[[], bool],
) -> list[tuple[int, str | None, Any]]:
    """A group evaluated (in a thread unless it is small) and committed to the log, counted against
    the memory budget while its dossiers are parsed. Nothing is evaluated for a client that has
    gone. Only a group of one small dossier is evaluated on the event loop, as /v1/evaluate does:
    sixteen streams evaluating 64 dossiers at a time there kept /healthz waiting for seconds."""
    if gone():
        raise ClientDisconnect
    size = sum(len(text) for _, text in group if text)
    if len(group) == 1 and size <= INLINE_BYTES:
        results, entries = evaluate_items(
            service, evaluator, group, engine, lang, peildatum, key, label
        )
    else:
        charge = EXPANSION * size
        await held.take(charge)
        try:
            results, entries = await asyncio.to_thread(
                evaluate_items, service, evaluator, group, engine, lang, peildatum, key, label
            )
        finally:
            held.give(charge)
    await service.record(entries)
    return results


def grouped(items: list[_T], size_of: Callable[[_T], int]) -> Iterator[list[_T]]:
    """Consecutive items in groups of at most GROUP_ITEMS, and of GROUP_BYTES unless one item is
    larger, so that one group's results are a bounded piece of the answer."""
    current: list[_T] = []
    size = 0
    for item in items:
        length = size_of(item)
        if current and (len(current) == GROUP_ITEMS or size + length > GROUP_BYTES):
            yield current
            current, size = [], 0
        current.append(item)
        size += length
    if current:
        yield current


# --- the JSON array batch -----------------------------------------------------------------------


async def array_batch(
    service: Service,
    evaluator: Evaluator,
    held: Held,
    body: bytes,
    engine: Engine,
    lang: Language,
    peildatum: datetime.date | None,
    key: ApiKey | None,
    gone: Callable[[], bool] = lambda: False,
) -> AsyncIterator[bytes]:
    """The pieces of the answer array, each after its group's decisions are in the log. The items
    are found in a thread (a 32 MB body takes a while); a body refused whole raises its Problem
    before the first piece."""
    settings = service.settings
    spans = await asyncio.to_thread(
        split_array, body, settings.max_batch_items, settings.max_dossier_bytes
    )
    charge = EXPANSION * max((end - start for start, end in spans), default=0)
    await held.take(charge)
    try:
        await asyncio.to_thread(check_items, body, spans)
    finally:
        held.give(charge)
    separator = b"["
    for group in grouped(list(enumerate(spans)), lambda item: item[1][1] - item[1][0]):
        results = await _evaluate_group(
            service,
            evaluator,
            held,
            [(index, body[start:end]) for index, (start, end) in group],
            engine,
            lang,
            peildatum,
            key,
            "dossier",
            gone,
        )
        yield separator + ",".join(
            _item("index", number, text, other, lang) for number, text, other in results
        ).encode("utf-8")
        separator = b","
    yield b"[]" if separator == b"[" else b"]"


class PiecesResponse(Response):
    """An answer sent a piece at a time as its pieces are made, with back-pressure: a piece is sent
    only when the client has taken the ones before (uvicorn waits while its buffer is full; a client
    that stops reading is cut off after the body timeout, see protocol.py).

    The first piece is made before the status line goes out, so that a batch refused whole, or a
    log that cannot be written to from the start, is answered with its problem document. A fault
    after that cuts the answer off (the connection closes without the chunked body's end), so that
    a client can never take a part for the whole. Starlette's StreamingResponse would also listen
    for a disconnect on `receive`, and take the body's pieces away from a reader of the request.
    """

    def __init__(
        self,
        pieces: AsyncIterator[bytes],
        media_type: str,
        headers: dict[str, str] | None = None,
        *,
        status_first: bool = False,
    ) -> None:
        self.pieces = pieces
        self.status_code = 200
        self.media_type = media_type
        self.background = None
        self.status_first = (
            status_first  # an NDJSON stream: status at once, the errors in its lines
        )
        self.init_headers(headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        iterator = self.pieces.__aiter__()
        first: bytes | None = None
        if self.status_first:
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        else:
            with contextlib.suppress(StopAsyncIteration):
                first = await iterator.__anext__()
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        if first:
            await send({"type": "http.response.body", "body": first, "more_body": True})
        try:
            async for piece in iterator:
                await send({"type": "http.response.body", "body": piece, "more_body": True})
        except (
            Problem
        ) as problem:  # the log failed (already logged) or the time ran out: cut it off
            logger.warning("answer to %s cut off: %s", scope.get("path"), problem)
            return
        except OSError:
            return
        await send({"type": "http.response.body", "body": b"", "more_body": False})


# --- the NDJSON stream --------------------------------------------------------------------------


async def line_groups(
    stream: AsyncIterator[bytes], limit: int, held: Held
) -> AsyncIterator[list[Line]]:
    """The non-blank lines completed by each piece of the body, numbered from 1 (blank lines
    count), in groups (see `grouped`); a line longer than `limit` comes as None and is not kept
    in memory. The pieces count against the memory budget until their group is given out."""
    buffer = bytearray()
    number = 0
    too_long = False
    carried = 0  # bytes of the body held: the pieces in hand, then the start of a line carried over
    async for chunk in stream:
        await held.take(len(chunk))
        carried += len(chunk)
        lines: list[Line] = []
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
                lines.append((number, None))
                too_long = False
            elif buffer.strip():
                lines.append((number, bytes(buffer)))
            buffer.clear()
            start = end + 1
        for group in grouped(lines, lambda line: len(line[1] or b"")):
            yield group
        held.give(carried - len(buffer))
        carried = len(buffer)
    if too_long:
        yield [(number + 1, None)]
    elif buffer.strip():
        yield [(number + 1, bytes(buffer))]


async def stream_batch(
    service: Service,
    evaluator: Evaluator,
    held: Held,
    stream: AsyncIterator[bytes],
    engine: Engine,
    lang: Language,
    peildatum: datetime.date | None,
    key: ApiKey | None,
    gone: Callable[[], bool] = lambda: False,
) -> AsyncIterator[bytes]:
    """The answer lines: each after its decision is committed to the log, then a last line
    {"done": true|false, "lines", "evaluated", "failed"} so that a client can tell a whole
    answer from a cut one. A stream runs at most --stream-timeout seconds in all."""
    settings = service.settings
    evaluated = failed = last = 0
    done = True
    error: Problem | None = None
    deadline = asyncio.get_running_loop().time() + settings.stream_timeout
    try:
        async for group in line_groups(
            timed(stream, settings.body_timeout, deadline=(deadline, settings.stream_timeout)),
            settings.max_dossier_bytes,
            held,
        ):
            if asyncio.get_running_loop().time() > deadline:
                raise stream_too_long(settings.stream_timeout)
            try:
                results = await _evaluate_group(
                    service, evaluator, held, group, engine, lang, peildatum, key, "line", gone
                )
            except Problem as problem:  # the log could not take them, or no memory came free
                error, done = problem, False
                break
            last = group[-1][0]
            evaluated += sum(text is not None for _, text, _ in results)
            failed += sum(text is None for _, text, _ in results)
            yield (
                "\n".join(
                    _item("line", number, text, other, lang) for number, text, other in results
                )
                + "\n"
            ).encode("utf-8")
    except Problem as problem:  # the body stalled, or the stream ran out of time
        error, done = problem, False
    summary: dict[str, Any] = {
        "done": done,
        "lines": last,
        "evaluated": evaluated,
        "failed": failed,
    }
    if error is not None:
        summary["error"] = error.to_dict(lang)
    yield (json.dumps(summary, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


__all__ = [
    "PiecesResponse",
    "array_batch",
    "check_items",
    "line_groups",
    "split_array",
    "stream_batch",
]
