"""W3C Trace Context for the service: the `traceparent` a case system sends is taken (when it is
valid to the letter) or a new trace is started, the answer carries `traceparent` with this
request's span, and each decision is logged with its trace id. With `--otel` (the `otel` extra)
spans of the request, the evaluation and the log write go to OpenTelemetry.

A malformed `traceparent` is never an error and never echoed: the request gets a new trace, and
the answer names only ids this service made or validated.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import inspect
import re
import secrets
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

if TYPE_CHECKING:
    from starlette.types import Message, Receive, Scope, Send

#: version-traceid-parentid-flags, lower-case hex, as W3C Trace Context level 1 writes it.
_TRACEPARENT = re.compile(r"([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})")
_ZERO_TRACE = "0" * 32
_ZERO_SPAN = "0" * 16
#: The longest header this service reads; a version above 00 may append fields, but not without end.
MAX_HEADER = 512
#: The tracer's (and instrumentation scope's) name.
TRACER = "gevoeligheid"

F = TypeVar("F", bound=Callable[..., Any])


@attrs.frozen
class TraceContext:
    """The trace of one request: the trace id (the caller's, or new), the caller's span id (None
    for a new trace), this request's span id and whether the trace is sampled."""

    trace_id: str
    span_id: str
    parent_id: str | None = None
    sampled: bool = False

    def traceparent(self) -> str:
        """The header for the answer: this request's span as the parent of what follows."""
        return f"00-{self.trace_id}-{self.span_id}-{'01' if self.sampled else '00'}"


def parse_traceparent(values: list[bytes]) -> tuple[str, str, bool] | None:
    """(trace id, parent span id, sampled) of the request's `traceparent` headers, or None when
    there is not exactly one, or it breaks any rule of W3C Trace Context: version `ff`, upper-case
    or other than hexadecimal digits, a trace or parent id of zeros, version 00 with anything after
    the flags, a later version with more fields not set off by `-`."""
    if len(values) != 1 or len(values[0]) > MAX_HEADER:
        return None
    try:
        text = values[0].decode("ascii")
    except UnicodeDecodeError:
        return None
    match = _TRACEPARENT.match(text)
    if match is None:
        return None
    version, trace_id, parent_id, flags = match.groups()
    if version == "ff" or trace_id == _ZERO_TRACE or parent_id == _ZERO_SPAN:
        return None
    rest = text[match.end() :]
    if (version == "00" and rest) or (rest and not rest.startswith("-")):
        return None
    return trace_id, parent_id, bool(int(flags, 16) & 1)


def new_trace_id() -> str:
    while True:
        found = secrets.token_hex(16)
        if found != _ZERO_TRACE:
            return found


def new_span_id() -> str:
    while True:
        found = secrets.token_hex(8)
        if found != _ZERO_SPAN:
            return found


_current: contextvars.ContextVar[TraceContext | None] = contextvars.ContextVar(
    "gevoelig_trace", default=None
)


def current() -> TraceContext | None:
    """The trace of the request being handled (None outside a request)."""
    return _current.get()


def trace_id() -> str | None:
    """The trace id to log with a decision made in this request (None outside a request)."""
    found = _current.get()
    return found.trace_id if found else None


# --- OpenTelemetry (optional) ---------------------------------------------------------------------


class _Spans:
    tracer: Any = None  # an OpenTelemetry Tracer once enable_otel() ran; None: no spans


_spans = _Spans()


def enable_otel(provider: Any = None) -> None:
    """Send spans to OpenTelemetry: to `provider` when given (a test's), else to the tracer
    provider the application (or `opentelemetry-instrument`) set, else to a new one that exports
    over OTLP/HTTP as the standard OTEL_* environment variables say. Raises ImportError without
    the `otel` extra."""
    from opentelemetry import trace

    if provider is not None:
        from .._version import __version__

        _spans.tracer = provider.get_tracer(TRACER, __version__)
        return
    if type(trace.get_tracer_provider()).__name__ == "ProxyTracerProvider":  # nothing set it yet
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor

        provider = TracerProvider(resource=Resource.create({"service.name": "gevoeligheid"}))
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
        trace.set_tracer_provider(provider)
    from .._version import __version__

    _spans.tracer = trace.get_tracer(TRACER, __version__)


def disable_otel() -> None:
    _spans.tracer = None


@contextlib.contextmanager
def span(name: str, **attributes: Any) -> Iterator[Any]:
    """A child span of the request's, when spans are on; else nothing at all."""
    if _spans.tracer is None:
        yield None
        return
    with _spans.tracer.start_as_current_span(name, attributes=attributes) as found:
        yield found


def traced(name: str) -> Callable[[F], F]:
    """A function's calls as spans `name` (a coroutine function's too), when spans are on."""

    def decorate(function: F) -> F:
        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                if _spans.tracer is None:
                    return await function(*args, **kwargs)
                with span(name):
                    return await function(*args, **kwargs)

            return run_async  # type: ignore[return-value]

        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            if _spans.tracer is None:
                return function(*args, **kwargs)
            with span(name):
                return function(*args, **kwargs)

        return run  # type: ignore[return-value]

    return decorate


class Tracing:
    """ASGI middleware: the request's trace from `traceparent` (or a new one) for the code below
    and the log, `traceparent` on the answer, and with OpenTelemetry the request's span."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = parse_traceparent(
            [value for name, value in scope.get("headers", ()) if name == b"traceparent"]
        )
        with self._request_span(scope, given) as (context, otel_span):
            token = _current.set(context)
            header = (b"traceparent", context.traceparent().encode("ascii"))

            async def with_traceparent(message: Message) -> None:
                if message["type"] == "http.response.start":
                    message["headers"] = [
                        *(
                            item
                            for item in message.get("headers", ())
                            if item[0].lower() != b"traceparent"
                        ),
                        header,
                    ]
                    if otel_span is not None:
                        otel_span.set_attribute("http.response.status_code", message["status"])
                await send(message)

            try:
                await self.app(scope, receive, with_traceparent)
            finally:
                _current.reset(token)
                if otel_span is not None:
                    route = getattr(scope.get("route"), "path", None)
                    if route:
                        otel_span.update_name(f"{scope.get('method', '')} {route}")
                        otel_span.set_attribute("http.route", route)

    @contextlib.contextmanager
    def _request_span(
        self, scope: Scope, given: tuple[str, str, bool] | None
    ) -> Iterator[tuple[TraceContext, Any]]:
        if _spans.tracer is None:
            if given is None:
                yield TraceContext(new_trace_id(), new_span_id()), None
            else:
                yield TraceContext(given[0], new_span_id(), given[1], given[2]), None
            return
        from opentelemetry import trace

        parent = None
        if given is not None:
            remote = trace.SpanContext(
                int(given[0], 16),
                int(given[1], 16),
                is_remote=True,
                trace_flags=trace.TraceFlags(1 if given[2] else 0),
            )
            parent = trace.set_span_in_context(trace.NonRecordingSpan(remote))
        method = scope.get("method", "")
        attributes = {"http.request.method": method, "url.path": scope.get("path", "")}
        with _spans.tracer.start_as_current_span(
            method, context=parent, kind=trace.SpanKind.SERVER, attributes=attributes
        ) as found:
            own = found.get_span_context()
            yield (
                TraceContext(
                    f"{own.trace_id:032x}",
                    f"{own.span_id:016x}",
                    given[1] if given else None,
                    bool(own.trace_flags & 1),
                ),
                found,
            )
