"""API keys: bearer tokens kept only as sha256 hashes, each with a name and its rights.

A key line is `NAME RIGHTS sha256:HEX [tenant=TENANT]`, RIGHTS a comma-separated list of
`evaluate`, `history`, `feedback` (recording what the people did with a decision's advice) and
`admin` (reloading the rules); a key with a tenant decides by that
tenant's overlays and reads only that tenant's decisions (see tenants.py). Lines come from a key
file and from an environment variable (one line or several, separated by newlines or `;`); `#`
starts a comment. The tokens are 256 random bits, so one sha256 is enough: a slow password hash
guards guessable secrets, and these are not guessable.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Iterable
from pathlib import Path

import attrs

RIGHTS = ("evaluate", "history", "feedback", "admin")
_LINE = re.compile(
    r"^(?P<name>[A-Za-z0-9_.@-]{1,64})\s+(?P<rights>[a-z,]+)\s+sha256:(?P<hash>[0-9a-f]{64})(?:\s+tenant=(?P<tenant>[a-z0-9][a-z0-9_.-]{0,63}))?$"
)


class KeyFileError(ValueError):
    """A key line that cannot be read; the message names the place and the expected form."""


@attrs.frozen
class ApiKey:
    name: str
    rights: frozenset[str]
    digest: bytes
    tenant: str | None = None  # None: the service's own rules and the decisions of no tenant


def token_digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()


def new_key(name: str, rights: Iterable[str]) -> tuple[str, str]:
    """A fresh token and the key line that stores its hash (the token is shown
    once, never stored)."""
    rights = list(rights)
    _check(name, rights, "the new key")
    token = "gvl_" + secrets.token_urlsafe(32)
    return token, f"{name} {','.join(rights)} sha256:{hashlib.sha256(token.encode()).hexdigest()}"


def parse_keys(text: str, where: str) -> list[ApiKey]:
    keys = []
    for number, raw in enumerate(re.split(r"[\n;]", text), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = _LINE.match(line)
        if match is None:
            raise KeyFileError(
                f"{where}, key {number}: expected 'NAME RIGHTS sha256:HEX', optionally with ' "
                "tenant=TENANT' (`gevoelig serve --new-key NAME` makes one); plain tokens are not "
                "accepted, only their hashes"
            )
        rights = match["rights"].split(",")
        _check(match["name"], rights, f"{where}, key {number}")
        keys.append(
            ApiKey(match["name"], frozenset(rights), bytes.fromhex(match["hash"]), match["tenant"])
        )
    names = [key.name for key in keys]
    if len(set(names)) != len(names):
        raise KeyFileError(
            f"{where}: a key name occurs twice; give each key its own name, so the log says who "
            "asked"
        )
    return keys


def _check(name: str, rights: list[str], where: str) -> None:
    unknown = [right for right in rights if right not in RIGHTS]
    if unknown or not rights:
        raise KeyFileError(
            f"{where}: unknown right(s) {', '.join(unknown) or '(none)'}; the rights are "
            f"{', '.join(RIGHTS)}"
        )
    if not re.fullmatch(r"[A-Za-z0-9_.@-]{1,64}", name):
        raise KeyFileError(f"{where}: the name {name!r} may hold letters, digits and _ . @ - only")


def load_keys(keys_file: str | None, env_name: str) -> list[ApiKey]:
    keys: list[ApiKey] = []
    if keys_file:
        try:
            text = Path(keys_file).read_text(encoding="utf-8")
        except OSError as error:
            raise KeyFileError(f"cannot read the key file {keys_file}: {error.strerror}") from None
        keys += parse_keys(text, keys_file)
    if os.environ.get(env_name):
        keys += parse_keys(os.environ[env_name], f"${env_name}")
    return keys


class KeyRing:
    """Finds the key a bearer token belongs to, in constant time with respect to the stored keys."""

    def __init__(self, keys: list[ApiKey]) -> None:
        self.keys = keys

    def __bool__(self) -> bool:
        return bool(self.keys)

    def find(self, token: str) -> ApiKey | None:
        digest = token_digest(token)
        found = None
        for key in self.keys:  # every key is compared, so the time says nothing about which matched
            if hmac.compare_digest(digest, key.digest):
                found = key
        return found
