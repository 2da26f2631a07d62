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
CONTACT = ("gevoeligheid maintainers", "gevoeligheid@example.org", "https://example.org/gevoeligheid")


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
    client_concurrency: int = 0  # requests of one API key (or address) at once; beyond: 429; 0: no limit
    request_timeout: float = 30.0  # seconds for a whole request (not the NDJSON stream)
    body_timeout: float = 30.0  # seconds between two pieces of a request body
    queue_timeout: float = 5.0  # seconds a request may wait for a place before 503
    # The NL API Design Rules' parts: browser origins allowed by CORS (none: CORS off), the
    # contact the contract names, and whether spans go to OpenTelemetry (needs the otel extra).
    cors_origins: tuple[str, ...] = attrs.field(default=(), converter=_paths)
    contact_name: str = CONTACT[0]
    contact_email: str = CONTACT[1]
    contact_url: str = CONTACT[2]
    otel: bool = False
    tenants_file: str | None = None  # tenants and their overlays; None: one set of rules for every key

    def to_env(self) -> str:
        return json.dumps(attrs.asdict(self))

    @classmethod
    def from_env(cls) -> Settings:
        raw = os.environ.get(ENV)
        return cls() if not raw else cls(**json.loads(raw))
