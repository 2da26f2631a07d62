"""Errors as RFC 9457 problem details, in Dutch or English by Accept-Language (Dutch by default)."""

from __future__ import annotations

import json
from typing import Any

from .. import DossierError
from .._model import LANGUAGES, Language

MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:gevoeligheid:problem:"

#: slug -> (status, Dutch title, English title). docs/api.md lists them with what to do.
KINDS: dict[str, tuple[int, str, str]] = {
    "invalid-json": (400, "De invoer is geen geldige JSON", "The input is not valid JSON"),
    "bad-request": (400, "Het verzoek klopt niet", "The request is not right"),
    "unauthorized": (401, "Een geldige API-sleutel is nodig", "A valid API key is needed"),
    "forbidden": (403, "Deze API-sleutel heeft dat recht niet", "This API key lacks that right"),
    "not-found": (404, "Niet gevonden", "Not found"),
    "method-not-allowed": (405, "Deze methode kan hier niet", "Method not allowed here"),
    "request-timeout": (408, "Het verzoek kwam te traag binnen", "The request arrived too slowly"),
    "too-large": (413, "Het verzoek is te groot", "The request is too large"),
    "header-too-large": (431, "De headers zijn te groot", "The headers are too large"),
    "unsupported-media-type": (
        415,
        "Dit type inhoud wordt niet aangenomen",
        "Unsupported content type",
    ),
    "invalid-dossier": (400, "Het dossier klopt niet", "The dossier is not valid"),
    "reload-refused": (422, "De regels zijn niet opnieuw geladen", "The rules were not reloaded"),
    "too-many-requests": (
        429,
        "Te veel gelijktijdige verzoeken van deze sleutel",
        "Too many concurrent requests from this key",
    ),
    "internal": (500, "Interne fout", "Internal error"),
    "overloaded": (503, "De dienst is te druk", "The service is overloaded"),
    "timeout": (503, "Het verzoek duurde te lang", "The request took too long"),
    "log-unavailable": (
        503,
        "Het beslissingslogboek is niet beschikbaar",
        "The decision log is unavailable",
    ),
    "not-ready": (503, "De dienst is niet gereed", "The service is not ready"),
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
    """An error the service answers with: a kind from KINDS, a detail per language, and extras."""

    def __init__(
        self,
        kind: str,
        detail_nl: str,
        detail_en: str | None = None,
        *,
        headers: dict[str, str] | None = None,
        fields: dict[str, Any] | None = None,
        fields_by_lang: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(detail_en or detail_nl)
        self.kind = kind
        self.status = KINDS[kind][0]
        self.details = {"nl": detail_nl, "en": detail_en or detail_nl}
        self.headers = headers or {}
        self.fields = fields or {}
        self.fields_by_lang = fields_by_lang or {}

    def to_dict(self, lang: str, instance: str | None = None) -> dict[str, Any]:
        status, title_nl, title_en = KINDS[self.kind]
        out: dict[str, Any] = {
            "type": TYPE_PREFIX + self.kind,
            "title": title_en if lang == "en" else title_nl,
            "status": status,
            "detail": self.details[lang],
        }
        if instance:
            out["instance"] = instance
        for key, value in {**self.fields, **self.fields_by_lang.get(lang, {})}.items():
            if value is not None:
                out[key] = value
        return out

    def body(self, lang: str, instance: str | None = None) -> bytes:
        return json.dumps(
            self.to_dict(lang, instance), ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8")


def dossier_problem(error: DossierError, *, syntax: bool) -> Problem:
    """A DossierError with its fields, 400 (invalid-json when the body is no JSON at all): the
    first fault's fields as before, and every fault in `invalidParams` (as the NL API Design Rules
    name the list): `name` its JSON pointer, `code` a stable machine code, `reason` the text. The
    fields are in the answer's language."""
    nl = error.nl
    fields: dict[str, dict[str, Any]] = {
        "en": {
            "pointer": error.pointer,
            "what": error.what,
            "expected": error.expected,
            "hint": error.hint,
            "suggestion": error.suggestion,
        },
        "nl": {
            "pointer": error.pointer,
            "what": nl.what if nl else error.what,
            "expected": nl.expected if nl else error.expected,
            "hint": nl.hint if nl else error.hint,
            "suggestion": error.suggestion,
        },
    }
    for lang, shown in fields.items():
        shown["invalidParams"] = [
            {"name": each.pointer, "code": each.code, "reason": each.reason(lang)}
            for each in error.errors
        ]
        if error.more:
            shown["invalidParamsOmitted"] = error.more
    return Problem(
        "invalid-json" if syntax else "invalid-dossier",
        error.show("nl"),
        error.show("en"),
        fields_by_lang=fields,
    )


def bad_parameter(name: str, code: str, reason_nl: str, reason_en: str) -> Problem:
    """A 400 for a query parameter: the detail, and `invalidParams` (as the NL API Design Rules
    name the list) with the parameter's name, a stable code and the reason."""
    return Problem(
        "bad-request",
        reason_nl,
        reason_en,
        fields_by_lang={
            lang: {"invalidParams": [{"name": name, "code": code, "reason": reason}]}
            for lang, reason in (("nl", reason_nl), ("en", reason_en))
        },
    )


def is_json(body: bytes) -> bool:
    """Whether the body is JSON text at all (only asked when the library has refused it)."""
    try:
        json.loads(body)
    except (
        ValueError,
        RecursionError,
    ):  # invalid JSON or not UTF-8, or nested deeper than Python parses
        return False
    return True
