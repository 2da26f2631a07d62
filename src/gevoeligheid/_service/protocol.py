"""The HTTP/1.1 connection as the service runs it: uvicorn's own protocol (httptools), with the
bounds a service on a network needs that uvicorn does not set.

- A connection sends a request's line and headers within --header-timeout seconds of opening (or of
  its last answer), and in at most --max-header-bytes; else it is closed (with 431 when too large).
  uvicorn waits for a first request without end and gathers headers without limit.
- A client that leaves its answer unread for --body-timeout seconds is cut off, so that an answer
  (a batch, a stream) waits on a reader for a bounded time and holds a bounded buffer.
- A worker keeps at most --max-connections open. Past that, the connection idle the longest (no
  request in progress) is closed to make room, or the new one when none is idle.
- An answer given while the request's body is still coming (a 401, a 413) closes the connection,
  rather than reading a body nobody wants.

Idle connections so never answer for the service. uvicorn's own limit (`limit_concurrency`) is not
used: it counts open connections, idle ones too, and answers every request 503 in plain text while
there are too many, /healthz included. The service's own limits (guard.py) count requests.
"""

from __future__ import annotations

import asyncio
import collections
import functools
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .._messages import Message, Number
from . import metrics
from .guard import GONE
from .headers import API_VERSION, CSP_DATA, SECURITY_HEADERS
from .problems import MEDIA_TYPE, Problem, language
from .settings import Settings

#: File descriptors a worker keeps for other things than connections (the log, rule files, pipes).
_SPARE_FILES = 64


@functools.cache
def bounds() -> tuple[float, int, float, int]:
    """(header timeout, header bytes, send timeout, connections) of this worker, from the settings
    `gevoelig serve` handed it; the connections within what the process may open."""
    settings = Settings.from_env()
    connections = settings.max_connections
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        wanted = connections + _SPARE_FILES
        if soft != resource.RLIM_INFINITY and soft < wanted:
            raised = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
            resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
            connections = max(1, min(connections, raised - _SPARE_FILES))
    except (ImportError, ValueError, OSError):  # Windows has no such limit to raise
        pass
    return settings.header_timeout, settings.max_header_bytes, settings.body_timeout, connections


#: The connections of this worker with no request in progress, the one idle the longest first.
_idle: collections.OrderedDict[BoundedHttp, None] = collections.OrderedDict()


class BoundedHttp(HttpToolsProtocol):
    """uvicorn's httptools protocol with the bounds above (a subclass: uvicorn has no hooks)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_timeout, self.max_header_bytes, self.send_timeout, self.max_connections = (
            bounds()
        )
        self.head_bytes = 0
        self.reading_head = True
        self.head_timer: asyncio.TimerHandle | None = None
        self.stall_timer: asyncio.TimerHandle | None = None

    # --- the connection ------------------------------------------------------------------------
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._idle()
        if len(self.connections) > self.max_connections:
            oldest = next(iter(_idle))  # this one, when no other is idle
            _idle.pop(oldest)
            metrics.CONNECTIONS_CLOSED.labels("evicted").inc()
            oldest.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        _idle.pop(self, None)
        self._cancel("head_timer")
        self._cancel("stall_timer")
        super().connection_lost(exc)

    # --- the request's line and headers ---------------------------------------------------------
    def data_received(self, data: bytes) -> None:
        if self.reading_head:
            self.head_bytes += len(data)
        super().data_received(data)
        if (
            self.reading_head
            and self.head_bytes > self.max_header_bytes
            and not self.transport.is_closing()
        ):
            self._refuse_head()

    def on_headers_complete(self) -> None:
        self.reading_head = False
        self._cancel("head_timer")
        _idle.pop(self, None)
        # Tell the app when its client is gone (uvicorn's `send` then does nothing, silently), so
        # that a batch stops evaluating for nobody.
        self.scope.setdefault("extensions", {})[GONE] = {"closed": self.transport.is_closing}
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self.reading_head, self.head_bytes = True, 0  # what comes next is the next request's head

    def on_response_complete(self) -> None:
        unread = self.cycle is not None and self.cycle.more_body  # answered before its body came
        pipelined = bool(self.pipeline)
        super().on_response_complete()
        if self.transport.is_closing():
            return
        if unread:
            self.transport.close()
        elif not pipelined:
            self._idle()

    def _idle(self) -> None:
        """No request in progress: the next one's line and headers must come within the timeout."""
        _idle[self] = None
        _idle.move_to_end(self)
        self._cancel("head_timer")
        self.head_timer = self.loop.call_later(self.header_timeout, self._head_too_slow)

    def _head_too_slow(self) -> None:
        self.head_timer = None
        if (
            self.reading_head
            and (self.cycle is None or self.cycle.response_complete)
            and not self.transport.is_closing()
        ):
            metrics.CONNECTIONS_CLOSED.labels("idle").inc()
            self.transport.close()

    def _refuse_head(self) -> None:
        metrics.CONNECTIONS_CLOSED.labels("header_too_large").inc()
        if (
            self.cycle is None or self.cycle.response_complete
        ):  # else an answer is under way: just close
            problem = Problem(
                "header-too-large",
                Message("header_too_large", limit=Number(self.max_header_bytes)),
                fields={"limit": self.max_header_bytes},
            )
            self._write_problem("431 Request Header Fields Too Large", problem)
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        """A request that cannot be parsed as HTTP: uvicorn answers it in plain text without the
        headers every answer has; answer it as a problem document with them."""
        self._write_problem("400 Bad Request", Problem("bad-request", Message("invalid_http")))
        self.transport.close()

    def _write_problem(self, status: str, problem: Problem) -> None:
        """Write a problem document, with API-Version and the security headers, straight to the
        connection (outside the app, whose middleware adds them to every other answer)."""
        accepted = next(
            (value for name, value in self.headers or () if name == b"accept-language"), b""
        )
        lang = language(accepted.decode("latin-1"))
        body = problem.body(lang)
        head = (
            f"HTTP/1.1 {status}\r\ncontent-type: "
            f"{MEDIA_TYPE}\r\ncontent-language: {lang}\r\ncontent-length: {len(body)}\r\n"
            f"connection: close\r\napi-version: {API_VERSION}\r\n"
        )
        extra = b"".join(
            name + b": " + value + b"\r\n"
            for name, value in (*SECURITY_HEADERS, (b"content-security-policy", CSP_DATA))
        )
        self.transport.write(head.encode("ascii") + extra + b"\r\n" + body)

    # --- a client that does not read its answer -------------------------------------------------
    def pause_writing(self) -> None:
        super().pause_writing()
        if self.stall_timer is None:
            self.stall_timer = self.loop.call_later(self.send_timeout, self._reader_gone)

    def resume_writing(self) -> None:
        super().resume_writing()
        self._cancel("stall_timer")

    def _reader_gone(self) -> None:
        self.stall_timer = None
        metrics.CONNECTIONS_CLOSED.labels("stalled").inc()
        self.transport.abort()  # close() would wait to hand over what the client does not take

    def _cancel(self, name: str) -> None:
        timer = getattr(self, name)
        if timer is not None:
            timer.cancel()
            setattr(self, name, None)


__all__ = ["BoundedHttp", "bounds"]
