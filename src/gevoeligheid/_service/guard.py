"""The ASGI layer around every request: concurrency limits (429, 503), the memory budget, the
request timeout, metrics, the rule set headers, and a problem document instead of a stack trace for
anything unexpected."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import ClientDisconnect

from .._messages import Message as Text
from . import metrics
from .problems import MEDIA_TYPE, Problem, language
from .settings import Settings

if TYPE_CHECKING:
    from starlette.types import Message, Receive, Scope, Send

logger = logging.getLogger("gevoelig.service")

#: Answered whatever the load: a probe or a scrape must not wait behind evaluations.
UNLIMITED = frozenset({"/healthz", "/readyz", "/metrics"})
#: Streams run as long as their input (up to --stream-timeout), in places of their own, so that
#: slow streams cannot hold every place; their reads have their own idle timeout.
STREAMING = frozenset({"/v1/batch/stream"})
#: The key in a request's ASGI scope of its `Held`: the bytes it holds of the worker's budget.
HELD = "gevoelig.held"
#: The status counted for a request whose client went away before its answer was whole (nginx's).
CLIENT_GONE = 499
#: The ASGI scope extension (set by protocol.py) whose "closed" tells whether the connection is.
GONE = "gevoelig.connection"


def client_gone(scope: Scope) -> Callable[[], bool]:
    """Whether the request's client has gone away: uvicorn's `send` does nothing then, silently,
    so that a batch asks this between groups, not to go on evaluating for nobody."""
    closed = scope.get("extensions", {}).get(GONE, {}).get("closed")
    return closed if callable(closed) else lambda: False


class Budget:
    """The bytes of request data one worker holds at once: bodies as they arrive, and dossiers while
    they are parsed and evaluated, counted at what parsing can make of them. A request that would
    go past it waits for room (up to the queue timeout), then gets 503. Used on
    the event loop only."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.used = 0
        self._waiters: list[asyncio.Future[None]] = []

    def try_take(self, size: int, own: int = 0) -> bool:
        """Take `size` if it fits; a request holding `own` already that is the only one to hold
        anything may always take it (else a request larger than the budget could never run)."""
        others = self.used - own
        if others and self.used + size > self.total:
            return False
        self.used += size
        metrics.HELD_BYTES.inc(size)
        return True

    async def take(self, size: int, timeout: float, own: int = 0) -> None:
        if self.try_take(size, own):
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            waiter = loop.create_future()
            self._waiters.append(waiter)
            try:
                async with asyncio.timeout_at(deadline):
                    await waiter
            except TimeoutError:
                raise over_budget() from None
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
            if self.try_take(size, own):
                return

    def give(self, size: int) -> None:
        self.used -= size
        metrics.HELD_BYTES.dec(size)
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)


class Held:
    """What one request holds of the budget; all of it is given back when the request ends."""

    def __init__(self, budget: Budget, timeout: float) -> None:
        self.budget = budget
        self.timeout = timeout
        self.size = 0

    async def take(self, size: int) -> None:
        await self.budget.take(size, self.timeout, self.size)
        self.size += size

    def give(self, size: int) -> None:
        size = min(size, self.size)
        if size > 0:
            self.size -= size
            self.budget.give(size)

    def release(self) -> None:
        self.give(self.size)


def over_budget() -> Problem:
    return Problem(
        "overloaded",
        Text("service_over_budget"),
        headers={"Retry-After": "1"},
    )


class Guard:
    """Counts requests in flight and refuses, rather than queues without bound, what exceeds the
    limits: more than `backlog` waiting for one of `concurrency` places (or of the streams' own
    places) gives 503, more than the per-client limit at once from one API key (or, without a key,
    one address) gives 429. `identify` names the API key of an Authorization header (None: no
    valid key), so that the limit is the key's however its header is spelled; it is None when the
    service has no keys."""

    def __init__(
        self,
        app: Any,
        settings: Settings,
        headers: Callable[[], list[tuple[bytes, bytes]]],
        identify: Callable[[str | None], str | None] | None = None,
    ) -> None:
        self.app = app
        self.settings = settings
        self.headers = headers
        self.identify = identify
        self.places = asyncio.Semaphore(settings.concurrency)
        self.stream_places = asyncio.Semaphore(stream_places(settings))
        self.client_limit = client_limit(settings, keyed=identify is not None)
        self.budget = Budget(settings.memory_budget)
        self.waiting = 0
        self.per_client: dict[str, int] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        state = {"status": 0}
        extra = self.headers()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                message["headers"] = [*message.get("headers", ()), *extra]
            await send(message)

        path = scope["path"]
        lang = language(_header(scope, b"accept-language"))
        held = scope[HELD] = Held(self.budget, self.settings.queue_timeout)
        metrics.IN_FLIGHT.inc()
        try:
            if path in UNLIMITED:
                await self.app(scope, receive, send_with_headers)
            else:
                await self._limited(scope, receive, send_with_headers, path, lang)
        except (
            ClientDisconnect
        ):  # the client hung up: no answer to give, and no fault of the service
            state["status"] = CLIENT_GONE
        except (
            Exception
        ):  # a bug: one line in the server's log with an id, never a trace to the client
            incident = str(uuid.uuid4())
            logger.exception("internal error %s on %s %s", incident, scope.get("method"), path)
            if not state["status"]:
                await send_problem(
                    send_with_headers,
                    Problem(
                        "internal",
                        Text("service_internal_error", incident=incident),
                    ),
                    lang,
                )
            else:
                metrics.ERRORS.labels("internal").inc()
        finally:
            held.release()
            metrics.IN_FLIGHT.dec()
            route = scope.get("route")
            template = getattr(route, "path", None) or (
                "unmatched" if path not in UNLIMITED else path
            )
            method = scope.get("method", "")
            metrics.REQUESTS.labels(template, method, str(state["status"] or 500)).inc()
            metrics.LATENCY.labels(template, method).observe(time.perf_counter() - started)

    async def _limited(
        self, scope: Scope, receive: Receive, send: Send, path: str, lang: str
    ) -> None:
        client = self._client(scope)
        limit = self.client_limit
        if limit and self.per_client.get(client, 0) >= limit:
            await send_problem(
                send,
                Problem(
                    "too-many-requests",
                    Text("service_key_too_many_in_progress", limit=limit),
                    headers={"Retry-After": "1"},
                ),
                lang,
            )
            return
        self.per_client[client] = self.per_client.get(client, 0) + 1
        places = self.stream_places if path in STREAMING else self.places
        try:
            if places.locked():
                if self.waiting >= self.settings.backlog:
                    await send_problem(send, _overloaded(), lang)
                    return
                self.waiting += 1
                try:
                    async with asyncio.timeout(self.settings.queue_timeout):
                        await places.acquire()
                except TimeoutError:
                    await send_problem(send, _overloaded(), lang)
                    return
                finally:
                    self.waiting -= 1
            else:
                await places.acquire()
            try:
                if path in STREAMING:
                    await self.app(scope, receive, send)
                else:
                    await self._with_timeout(scope, receive, send, lang)
            finally:
                places.release()
        finally:
            count = self.per_client[client] - 1
            if count:
                self.per_client[client] = count
            else:
                del self.per_client[client]

    async def _with_timeout(self, scope: Scope, receive: Receive, send: Send, lang: str) -> None:
        started = {"yes": False}

        async def tracking_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                started["yes"] = True
            await send(message)

        try:
            async with asyncio.timeout(self.settings.request_timeout):
                await self.app(scope, receive, tracking_send)
        except TimeoutError:
            seconds = f"{self.settings.request_timeout:g}"
            if not started["yes"]:
                await send_problem(
                    send,
                    Problem(
                        "timeout",
                        Text("service_request_timed_out", seconds=seconds),
                        headers={"Retry-After": "1"},
                    ),
                    lang,
                )
            # a batch's answer under way: cut off (the connection closes mid-answer),
            # never ended as if whole
            else:
                metrics.ERRORS.labels("timeout").inc()
                logger.warning(
                    "answer to %s %s cut off after %s s (--request-timeout)",
                    scope.get("method"),
                    scope.get("path"),
                    seconds,
                )

    def _client(self, scope: Scope) -> str:
        """Who is asking, for the per-client limit: the API key the request authenticates with
        (by its name, whatever the spelling of its header), else the address it comes from."""
        if self.identify is not None:
            name = self.identify(_header(scope, b"authorization"))
            if name is not None:
                return "key " + name
        client = scope.get("client") or ("", 0)
        return "address " + str(client[0])


def stream_places(settings: Settings) -> int:
    """The places for NDJSON streams (besides the `concurrency` places of other requests): given,
    or half the concurrency."""
    return settings.stream_concurrency or max(1, settings.concurrency // 2)


def client_limit(settings: Settings, *, keyed: bool) -> int:
    """Requests one client may have in progress at once (0: no limit): given, or by default a
    quarter of the concurrency per API key when the service has keys, and none without keys (the
    service then listens on loopback only, where every caller may come through one proxy)."""
    if settings.client_concurrency is not None:
        return settings.client_concurrency
    return max(1, settings.concurrency // 4) if keyed else 0


def _overloaded() -> Problem:
    return Problem(
        "overloaded",
        Text("service_too_many_waiting"),
        headers={"Retry-After": "1"},
    )


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            text: str = value.decode("latin-1")
            return text
    return None


async def send_problem(send: Send, problem: Problem, lang: str) -> None:
    metrics.ERRORS.labels(problem.kind).inc()
    body = problem.body(lang)
    headers = [
        (b"content-type", MEDIA_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
        (b"content-language", lang.encode()),
    ]
    headers += [(key.lower().encode(), value.encode()) for key, value in problem.headers.items()]
    await send({"type": "http.response.start", "status": problem.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
