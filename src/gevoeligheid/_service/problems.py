"""Errors as RFC 9457 problem details, in Dutch or English by Accept-Language (Dutch by default)."""

from __future__ import annotations

import json
from typing import Any

from .. import DossierError
from .._errors import ErrorLine, NotInForce
from .._messages import Localised, Message, rendered, word
from .._model import LANGUAGES, Language

MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:gevoeligheid:problem:"

#: slug -> status; the catalogue has each one's title (`problem_<slug>`). docs/api.md lists them
#: with what to do.
KINDS: dict[str, int] = {
    "invalid-json": 400,
    "bad-request": 400,
    "unauthorized": 401,
    "forbidden": 403,
    "not-found": 404,
    "method-not-allowed": 405,
    "request-timeout": 408,
    "too-large": 413,
    "header-too-large": 431,
    "unsupported-media-type": 415,
    "invalid-dossier": 400,
    "reload-refused": 422,
    "too-many-requests": 429,
    "internal": 500,
    "overloaded": 503,
    "timeout": 503,
    "log-unavailable": 503,
    "not-ready": 503,
}


def language(accept_language: str | None) -> Language:
    """The language to answer in: the best of nl and en by the client's q-values, nl when the
    client names neither (or names them equally)."""
    best: Language = "nl"
    best_q = 0.0
    for part in (accept_language or "").split(","):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower()
        q = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.strip().partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        primary = tag.split("-")[0]
        if primary in LANGUAGES and q > best_q:
            best, best_q = primary, q
    return best


class Problem(Exception):
    """An error the service answers with: a kind from KINDS (its type and status), a detail (a
    catalogue text: `code` is its key, `params` its parameters) rendered in the answer's
    language, and extras (whose Localised values are rendered in that language too)."""

    def __init__(
        self,
        kind: str,
        detail: Localised | str,
        *,
        headers: dict[str, str] | None = None,
        fields: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(rendered(detail, "en"))
        self.kind = kind
        self.status = KINDS[kind]
        self.detail = detail
        self.headers = headers or {}
        self.fields = fields or {}

    @property
    def code(self) -> str:
        """The catalogue key of the detail: finer than the kind, stable for programs."""
        return self.detail.key if isinstance(self.detail, Message) else self.kind

    @property
    def params(self) -> dict[str, object]:
        return dict(self.detail.params) if isinstance(self.detail, Message) else {}

    def to_dict(self, lang: str, instance: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": TYPE_PREFIX + self.kind,
            "title": word(f"problem_{self.kind}", lang),
            "status": self.status,
            "detail": rendered(self.detail, lang),
        }
        if instance:
            out["instance"] = instance
        for key, value in self.fields.items():
            if value is not None:
                out[key] = _in(value, lang)
        return out

    def body(self, lang: str, instance: str | None = None) -> bytes:
        return json.dumps(
            self.to_dict(lang, instance), ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8")


def _in(value: Any, lang: str) -> Any:
    """A field's value with every text in it rendered in `lang`."""
    if isinstance(value, Localised):
        return value.render(lang)
    if isinstance(value, dict):
        return {key: _in(item, lang) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_in(item, lang) for item in value]
    return value


class _Reason(Localised):
    """A dossier fault's reason, in the answer's language, as `invalidParams` gives it."""

    __slots__ = ("error",)

    def __init__(self, error: DossierError) -> None:
        self.error = error

    def render(self, lang: str) -> str:
        return self.error.reason(lang)


class _Shown(_Reason):
    """A DossierError's whole line, for the problem's detail."""

    __slots__ = ()

    def render(self, lang: str) -> str:
        return self.error.show(lang)


class _Part(Localised):
    """One of a DossierError's texts (0 what, 1 expected, 2 hint) in the answer's language."""

    __slots__ = ("error", "part")

    def __init__(self, error: DossierError, part: int) -> None:
        self.error = error
        self.part = part

    def render(self, lang: str) -> str:
        return self.error.texts(lang)[self.part] or ""


#: The codes of a DossierError for input that is no JSON at all (answered invalid-json).
SYNTAX_CODES = frozenset({"invalid-json", "not-utf8", "empty", "too-deep"})


def dossier_problem(error: DossierError) -> Problem:
    """A DossierError with its fields, 400 (invalid-json when the input is no JSON at all, by the
    error's code): the first fault's fields as before, and every fault in `invalidParams` (as the
    NL API Design Rules name the list): `name` its JSON pointer, `code` a stable machine code,
    `reason` the text. The fields are in the answer's language."""
    expected, hint = error.texts("en")[1:]
    fields: dict[str, Any] = {
        "pointer": error.pointer,
        "what": _Part(error, 0),
        "expected": _Part(error, 1) if expected else None,
        "hint": _Part(error, 2) if hint else None,
        "suggestion": error.suggestion,
        "invalidParams": [
            {"name": each.pointer, "code": each.code, "reason": _Reason(each)}
            for each in error.errors
        ],
        "invalidParamsOmitted": error.more or None,
    }
    syntax = error.code in SYNTAX_CODES and error.pointer == ""
    return Problem("invalid-json" if syntax else "invalid-dossier", _Shown(error), fields=fields)


def bad_parameter(name: str, code: str, reason: Localised) -> Problem:
    """A 400 for a query parameter: the detail, and `invalidParams` (as the NL API Design Rules
    name the list) with the parameter's name, a stable code and the reason."""
    return Problem(
        "bad-request",
        reason,
        fields={"invalidParams": [{"name": name, "code": code, "reason": reason}]},
    )


def day_without_rules(name: str, error: NotInForce) -> Problem:
    """A 400 for a day on which no rules are in force, naming the parameter (`peildatum` or the
    dossier's `/peildatum`) where the error names the rule set's folder or an overlay's file: a
    client learns the day and the earliest one with rules, never a path on the server."""
    return bad_parameter(name, "no-rules-in-force", ErrorLine(error.as_parameter(name)))
