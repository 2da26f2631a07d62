"""The service's settings, fixed at start and handed to every worker process as one JSON value."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable

import attrs

from .._dossier import MAX_DOSSIER_BYTES  # the body limit of one dossier is the command line's

#: The environment variable that carries the settings from `gevoelig serve` to its workers.
ENV = "GEVOELIG_SERVICE_SETTINGS"
#: The contract's info.contact (name, e-mail, web page) until a deployment names its own service
#: desk (`serve --contact-*`): placeholders at example.org, as publiccode.yml's url is one.
CONTACT = (
    "gevoeligheid maintainers",
    "gevoeligheid@example.org",
    "https://example.org/gevoeligheid",
)


def _paths(paths: Iterable[str]) -> tuple[str, ...]:
    return tuple(paths)  # a list, as JSON gives it back in a worker, becomes a tuple again


@attrs.frozen
class Settings:
    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 1
    ruleset_path: str | None = None
    overlays: tuple[str, ...] = attrs.field(default=(), converter=_paths)
    peildatum: str | None = None  # YYYY-MM-DD; None: the version in force today, each day anew
    log_url: str | None = "sqlite:///gevoelig-decisions.sqlite3"  # None: no decision log
    log_redact: bool = False
    keys_file: str | None = None
    keys_env: str = "GEVOELIG_API_KEYS"
    max_dossier_bytes: int = MAX_DOSSIER_BYTES
    max_batch_bytes: int = 32 * 1024 * 1024
    max_batch_items: int = 10_000
    concurrency: int = 64  # requests handled at once by one worker
    backlog: int = 256  # requests that may wait for one of those places; beyond: 503
    # requests of one API key (without keys: address) at once; beyond: 429; 0: no limit; None: a
    # quarter of `concurrency` when the service has keys, no limit without (guard.client_limit)
    client_concurrency: int | None = None
    request_timeout: float = 30.0  # seconds for a whole request (not the NDJSON stream)
    body_timeout: float = (
        30.0  # seconds between two pieces of a request body, or of an answer the client reads
    )
    queue_timeout: float = 5.0  # seconds a request may wait for a place (or for memory) before 503
    stream_concurrency: int | None = (
        None  # NDJSON streams at once, in places of their own; None: half of `concurrency`
    )
    stream_timeout: float = 600.0  # seconds an NDJSON stream may run in all
    # seconds for a request's line and headers, from the connection (or the last answer) on
    header_timeout: float = 10.0
    max_header_bytes: int = 32 * 1024  # a request's line and headers together; beyond: 431
    max_connections: int = (
        1000  # open connections of one worker; beyond, the longest idle one is closed
    )
    memory_budget: int = (
        512 * 1024 * 1024
    )  # bytes of request data one worker holds at once (guard.Budget)
    # The NL API Design Rules' parts: browser origins allowed by CORS (none: CORS off), the
    # contact the contract names, and whether spans go to OpenTelemetry (needs the otel extra).
    cors_origins: tuple[str, ...] = attrs.field(default=(), converter=_paths)
    contact_name: str = CONTACT[0]
    contact_email: str = CONTACT[1]
    contact_url: str = CONTACT[2]
    otel: bool = False
    tenants_file: str | None = (
        None  # tenants and their overlays; None: one set of rules for every key
    )

    def to_env(self) -> str:
        return json.dumps(attrs.asdict(self))

    @classmethod
    def from_env(cls) -> Settings:
        raw = os.environ.get(ENV)
        return cls() if not raw else cls(**json.loads(raw))
