"""The ASGI layer around every request: concurrency limits (429, 503), the request timeout, metrics,
the rule set headers, and a problem document instead of a stack trace for anything unexpected."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import metrics
from .problems import MEDIA_TYPE, Problem, language
from .settings import Settings

if TYPE_CHECKING:
    from starlette.types import Message, Receive, Scope, Send

logger = logging.getLogger("gevoelig.service")

#: Answered whatever the load: a probe or a scrape must not wait behind evaluations.
UNLIMITED = frozenset({"/healthz", "/readyz", "/metrics"})
#: Streams run as long as their input; their reads have their own idle timeout instead.
STREAMING = frozenset({"/v1/batch/stream"})


class Guard:
    """Counts requests in flight and refuses, rather than queues without bound, what exceeds the
    limits: more than `backlog` waiting for one of `concurrency` places gives 503, more than
    `client_concurrency` at once from one API key (or address) gives 429."""

    def __init__(self, app: Any, settings: Settings, headers: Callable[[], list[tuple[bytes, bytes]]]) -> None:
        self.app = app
        self.settings = settings
        self.headers = headers
        self.places = asyncio.Semaphore(settings.concurrency)
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
        metrics.IN_FLIGHT.inc()
        try:
            if path in UNLIMITED:
                await self.app(scope, receive, send_with_headers)
            else:
                await self._limited(scope, receive, send_with_headers, path, lang)
        except Exception:  # a bug: one line in the server's log with an id, never a trace to the client
            incident = str(uuid.uuid4())
            logger.exception("internal error %s on %s %s", incident, scope.get("method"), path)
            if not state["status"]:
                await send_problem(send_with_headers, Problem("internal", f"Interne fout; meld kenmerk {incident} aan de beheerder.", f"Internal error; report incident {incident} to the administrator."), lang)
            else:
                metrics.ERRORS.labels("internal").inc()
        finally:
            metrics.IN_FLIGHT.dec()
            route = scope.get("route")
            template = getattr(route, "path", None) or ("unmatched" if path not in UNLIMITED else path)
            method = scope.get("method", "")
            metrics.REQUESTS.labels(template, method, str(state["status"] or 500)).inc()
            metrics.LATENCY.labels(template, method).observe(time.perf_counter() - started)

    async def _limited(self, scope: Scope, receive: Receive, send: Send, path: str, lang: str) -> None:
        client = self._client(scope)
        limit = self.settings.client_concurrency
        if limit and self.per_client.get(client, 0) >= limit:
            await send_problem(send, Problem("too-many-requests", f"Deze sleutel heeft al {limit} verzoeken tegelijk lopen; wacht op antwoord voor u er meer stuurt.", f"This key already has {limit} requests in progress; wait for answers before sending more.", headers={"Retry-After": "1"}), lang)
            return
        self.per_client[client] = self.per_client.get(client, 0) + 1
        try:
            if self.places.locked():
                if self.waiting >= self.settings.backlog:
                    await send_problem(send, _overloaded(), lang)
                    return
                self.waiting += 1
                try:
                    async with asyncio.timeout(self.settings.queue_timeout):
                        await self.places.acquire()
                except TimeoutError:
                    await send_problem(send, _overloaded(), lang)
                    return
                finally:
                    self.waiting -= 1
            else:
                await self.places.acquire()
            try:
                if path in STREAMING:
                    await self.app(scope, receive, send)
                else:
                    await self._with_timeout(scope, receive, send, lang)
            finally:
                self.places.release()
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
            if not started["yes"]:
                seconds = f"{self.settings.request_timeout:g}"
                await send_problem(send, Problem("timeout", f"Het verzoek duurde langer dan {seconds} s.", f"The request took longer than {seconds} s.", headers={"Retry-After": "1"}), lang)

    @staticmethod
    def _client(scope: Scope) -> str:
        """Who is asking, for the per-client limit: the bearer token's hash, else the address."""
        authorization = _header(scope, b"authorization")
        if authorization:
            return hashlib.sha256(authorization.encode("latin-1", "replace")).hexdigest()
        client = scope.get("client") or ("", 0)
        return str(client[0])


def _overloaded() -> Problem:
    return Problem("overloaded", "Er wachten al te veel verzoeken; probeer het zo opnieuw.", "Too many requests are waiting; try again shortly.", headers={"Retry-After": "1"})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            text: str = value.decode("latin-1")
            return text
    return None


async def send_problem(send: Send, problem: Problem, lang: str) -> None:
    metrics.ERRORS.labels(problem.kind).inc()
    body = problem.body(lang)
    headers = [(b"content-type", MEDIA_TYPE.encode()), (b"content-length", str(len(body)).encode()), (b"content-language", lang.encode())]
    headers += [(key.lower().encode(), value.encode()) for key, value in problem.headers.items()]
    await send({"type": "http.response.start", "status": problem.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
