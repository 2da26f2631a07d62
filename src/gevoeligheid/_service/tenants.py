"""Many regions, one service: a tenant (named by the API key) decides by its own overlays, and its
decisions are kept and read as its own; the rules of every tenant reload without a restart.

The tenants file (`serve --tenants FILE`) names each tenant's overlays, paths relative to the file:

    tenants:
      regio-noord:
        overlays: [overlays/regio-noord.yaml]
      regio-zuid: {}

A key line names its tenant (`... sha256:HEX tenant=regio-noord`); a key without one decides by the
service's own overlays (`--overlay`) and reads the decisions of no tenant. A reload (admin.py:
SIGHUP to a worker, or `POST /v1/admin/reload` with the right `admin`) reads the tenants file and
loads and compiles every tenant's rules anew; only when all of them load are they swapped in, whole,
so a request is decided by the old rules or by the new, never by a mix, and
never fails for a reload.
"""

from __future__ import annotations

import contextvars
import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import yaml

from .rulesets import Rules

if TYPE_CHECKING:
    from starlette.types import Receive, Scope, Send

    from .keys import KeyRing
    from .settings import Settings

logger = logging.getLogger("gevoelig.service")

TENANT_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
#: A tenants file larger than this is no tenants file.
MAX_FILE_BYTES = 1024 * 1024


class TenantFileError(ValueError):
    """A tenants file that cannot be used; the message says where and what to write instead."""


@attrs.frozen
class Tenant:
    name: str
    overlays: tuple[str, ...]


def load_tenants(path: str) -> dict[str, Tenant]:
    """The tenants of a tenants file, their overlay paths made absolute (relative to the file)."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise TenantFileError(f"cannot read the tenants file {path}: {error.strerror}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise TenantFileError(
            f"{path}: larger than {MAX_FILE_BYTES} bytes; a tenants file names tenants and overlay "
            "files"
        )
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise TenantFileError(f"{path}: not YAML in UTF-8 ({str(error).splitlines()[0]})") from None
    if (
        not isinstance(data, dict)
        or set(data) != {"tenants"}
        or not isinstance(data["tenants"], dict)
        or not data["tenants"]
    ):
        raise TenantFileError(
            f"{path}: expected `tenants:` with one entry per tenant, e.g. `regio-noord: "
            "{overlays: [regio-noord.yaml]}`"
        )
    tenants = {}
    for name, given in data["tenants"].items():
        if not isinstance(name, str) or not TENANT_NAME.fullmatch(name):
            raise TenantFileError(
                f"{path}: tenant {name!r}: a name is lower-case letters, digits and _ . - (at most "
                "64)"
            )
        entry = given or {}
        if not isinstance(entry, dict) or set(entry) - {"overlays"}:
            raise TenantFileError(f"{path}: tenant {name}: expected only `overlays: [file, ...]`")
        overlays = entry.get("overlays") or []
        if not isinstance(overlays, list) or not all(
            isinstance(item, str) and item for item in overlays
        ):
            raise TenantFileError(f"{path}: tenant {name}: `overlays` is a list of overlay files")
        resolved = []
        for item in overlays:
            overlay = (file.parent / item).resolve()
            if not overlay.is_file():
                raise TenantFileError(
                    f"{path}: tenant {name}: the overlay {item} is not a file (paths are relative "
                    "to the tenants file)"
                )
            resolved.append(str(overlay))
        tenants[name] = Tenant(name, tuple(resolved))
    return tenants


_tenant: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "gevoelig_tenant", default=None
)


def current() -> str | None:
    """The tenant of the request being handled (None: no tenant)."""
    return _tenant.get()


class TenantRules:
    """The rules of every tenant (and of no tenant), swapped whole on a reload."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._reloading = threading.Lock()
        self.generation = 1
        self._by_tenant = self._build()

    def _build(self) -> dict[str | None, Rules]:
        settings = self.settings
        rules: dict[str | None, Rules] = {
            None: Rules(settings.ruleset_path, tuple(settings.overlays), settings.peildatum)
        }
        if settings.tenants_file:
            for tenant in load_tenants(settings.tenants_file).values():
                rules[tenant.name] = Rules(
                    settings.ruleset_path, tenant.overlays, settings.peildatum
                )
        return rules

    def names(self) -> list[str]:
        return sorted(name for name in self._by_tenant if name is not None)

    def of(self, tenant: str | None) -> Rules:
        """A tenant's rules; a tenant the tenants file does not (or no longer) name has none."""
        found = self._by_tenant.get(tenant)
        if found is None:
            raise LookupError(tenant)
        return found

    def current(self) -> Rules:
        """The rules of the request's tenant."""
        return self.of(_tenant.get())

    def load_all(self) -> None:
        """Load and compile every tenant's rules, every version of them (at start: a fault stops
        the start)."""
        for rules in self._by_tenant.values():
            rules.load_all()

    def reload(self, check: Callable[[set[str]], None] | None = None) -> dict[str, Any]:
        """Read the tenants file and every rule set and overlay again, load and compile them all,
        check the new tenants' names (`check`), then swap them in at once. Raises
        (GevoeligheidError, TenantFileError) and keeps the old rules when any of it fails."""
        with self._reloading:  # one reload at a time; requests go on meanwhile
            fresh = self._build()
            for rules in fresh.values():
                rules.load_all()
            if check is not None:
                check({name for name in fresh if name is not None})
            self._by_tenant = fresh  # one assignment: a request sees the old set or the new
            self.generation += 1
            logger.info("rules reloaded (generation %d)", self.generation)
            return self.describe()

    def describe(self) -> dict[str, Any]:
        out: dict[str, Any] = {"generation": self.generation, "tenants": {}}
        for name, rules in self._by_tenant.items():
            ruleset = rules.current()[0].ruleset
            out["tenants"]["" if name is None else name] = {
                "name": ruleset.name,
                "version": ruleset.version,
                "sha256": ruleset.sha256,
                "overlays": list(ruleset.overlays),
            }
        return out


class TenantScope:
    """ASGI middleware: the tenant of the request's API key, for the rules and the log below.
    An unknown key has no tenant (and is refused by the endpoint's own check)."""

    def __init__(self, app: Any, keys: KeyRing) -> None:
        self.app = app
        self.keys = keys

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tenant = None
        for name, value in scope.get("headers", ()):
            if name == b"authorization" and value[:7].lower() == b"bearer ":
                key = self.keys.find(value[7:].strip().decode("latin-1"))
                tenant = key.tenant if key is not None else None
                break
        token = _tenant.set(tenant)
        try:
            await self.app(scope, receive, send)
        finally:
            _tenant.reset(token)


def check_keys(
    keys: list[tuple[str, str | None]], names: set[str], tenants_file: str | None
) -> None:
    """Every key's tenant (name, tenant) is one of the tenants `names` (at start, and before a
    reload's swap)."""
    for name, tenant in keys:
        if tenant is not None and tenant not in names:
            where = tenants_file or "no tenants file (--tenants)"
            raise TenantFileError(
                f"the key {name} names the tenant {tenant}, which {where} does not name"
            )
