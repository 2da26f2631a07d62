"""The headers the NL API Design Rules ask of every answer: `API-Version` (errors too), the
transport security headers, and CORS for the browser origins the settings allow (none by default).

The middleware sits outside everything else, so that an answer the concurrency guard or the
server's error handler makes carries the same headers as an endpoint's own. A header an endpoint
set itself (a page's own Content-Security-Policy, say) is kept; the rest are added.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .._version import __version__

if TYPE_CHECKING:
    from starlette.types import Message, Receive, Scope, Send

#: The full version of the service and its contract (`info.version`), on every answer.
API_VERSION = __version__

#: The Design Rules' transport security headers (their "security headers" list), on every answer.
#: Strict-Transport-Security is ignored by browsers over plain HTTP and takes effect behind the TLS
#: proxy that a deployment puts in front; `Cache-Control: no-store` keeps decisions about dossiers
#: out of browser and proxy caches.
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"cache-control", b"no-store"),
    (b"strict-transport-security", b"max-age=31536000"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)
#: A JSON or text answer loads nothing and is framed by nothing; an HTML page (the interactive
#: docs) loads its scripts, so it gets only the framing rule unless it sets a policy of its own.
CSP_DATA = b"default-src 'none'; frame-ancestors 'none'"
CSP_PAGE = b"frame-ancestors 'none'"

#: What a browser client may send and read across origins.
CORS_METHODS = b"GET, POST"
CORS_REQUEST_HEADERS = b"Authorization, Content-Type, Accept-Language, traceparent, tracestate"
CORS_EXPOSED_HEADERS = (
    b"API-Version, Gevoelig-Ruleset, Gevoelig-Overlays, Gevoelig-Decision-Id, traceparent, "
    b"Retry-After, Content-Language"
)
CORS_MAX_AGE = b"600"

_ORIGIN = re.compile(
    r"https?://(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?"
)


class OriginError(ValueError):
    """A CORS origin in the settings that is not one exact origin."""


def check_origin(origin: str) -> str:
    """An allowed origin as the settings take it: `*` (any origin, never with credentials: the
    service sends none) or one exact origin, scheme://host[:port] in lower case, without a path.
    Raises OriginError with what was expected."""
    if origin == "*" or _ORIGIN.fullmatch(origin):
        return origin
    raise OriginError(
        f"{origin!r} is not an origin; give scheme://host[:port] in lower case without a path "
        "(https://zaken.example.nl), or *"
    )


class ApiHeaders:
    """ASGI middleware: adds API-Version, the security headers and, for an allowed origin, the
    CORS headers to every answer, and answers a CORS preflight of an allowed origin itself."""

    def __init__(self, app: Any, cors_origins: tuple[str, ...] = ()) -> None:
        self.app = app
        self.origins = frozenset(check_origin(origin) for origin in cors_origins)

    def _allowed(self, origin: bytes | None) -> bytes | None:
        """The Access-Control-Allow-Origin value for this origin, or None (not
        allowed, CORS off)."""
        if not self.origins or origin is None:
            return None
        if "*" in self.origins:
            return b"*"
        try:
            text = origin.decode("ascii")
        except UnicodeDecodeError:
            return None
        return origin if text in self.origins else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_headers = dict(
            scope.get("headers", ())
        )  # the last of repeated names; Origin is one
        allow = self._allowed(request_headers.get(b"origin"))
        if (
            allow is not None
            and scope.get("method") == "OPTIONS"
            and b"access-control-request-method" in request_headers
        ):
            await self._preflight(send, allow)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = self._add(list(message.get("headers", ())), allow)
            await send(message)

        await self.app(scope, receive, with_headers)

    def _add(
        self, headers: list[tuple[bytes, bytes]], allow: bytes | None
    ) -> list[tuple[bytes, bytes]]:
        present = {name.lower() for name, _ in headers}
        added: list[tuple[bytes, bytes]] = [(b"api-version", API_VERSION.encode("ascii"))]
        added += [(name, value) for name, value in SECURITY_HEADERS if name not in present]
        if b"content-security-policy" not in present:
            content_type = next(
                (value for name, value in headers if name.lower() == b"content-type"), b""
            )
            added.append(
                (
                    b"content-security-policy",
                    CSP_PAGE if content_type.startswith(b"text/html") else CSP_DATA,
                )
            )
        if self.origins:
            added.append((b"vary", b"Origin"))
        if allow is not None:
            added += [
                (b"access-control-allow-origin", allow),
                (b"access-control-expose-headers", CORS_EXPOSED_HEADERS),
            ]
        return [(name, value) for name, value in headers if name.lower() != b"api-version"] + added

    async def _preflight(self, send: Send, allow: bytes) -> None:
        headers = self._add(
            [
                (b"access-control-allow-methods", CORS_METHODS),
                (b"access-control-allow-headers", CORS_REQUEST_HEADERS),
                (b"access-control-max-age", CORS_MAX_AGE),
                (b"content-length", b"0"),
            ],
            allow,
        )
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
