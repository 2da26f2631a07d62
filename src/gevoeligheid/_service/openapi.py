"""The OpenAPI 3.1 contract, generated from the routes with the library's own dossier and result
schemas as components (one definition each, referenced wherever they are used)."""

from __future__ import annotations

import datetime
import json
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from .._model import ENGINES
from . import contract, params, schemas
from .core import Service
from .headers import API_VERSION
from .problems import KINDS, MEDIA_TYPE

DESCRIPTION = """\
Evaluate omgevingsdienst dossiers into a sensitivity classification, an escalation level and the
roles to inform, each reason citing the Handreiking. Every evaluation is recorded in a decision
log (when the service runs with one) before its answer goes out; the answer's
`Gevoelig-Decision-Id` header names the entry.

Errors are RFC 9457 problem details (`application/problem+json`) in Dutch, or in English with
`Accept-Language: en`; a dossier error carries `pointer`, `what`, `expected`, `hint` and
`suggestion` (those of its first fault), and `invalidParams` lists every fault of the dossier at
once (`name`: its JSON pointer, `code`, `reason`). Every answer names the rule set version and
overlays in force on the service's day in the headers `Gevoelig-Ruleset` and `Gevoelig-Overlays`,
and the full version of this API in `API-Version`; a result names the version that decided it, the
one in force on its `peildatum` (`?peildatum=`, else the dossier's own, else today).

The contract's `Dossier` and `Result` accept the facts and ids of every rule set version the
service can decide by, under names that do not change with a new version, so the contract is the
same on every day; `GET /rulesets/{version}` says which facts a version knows, and
`GET /schemas/dossier?peildatum=YYYY-MM-DD` gives the exact schema of the version in force on a day.
Send a W3C `traceparent` to have your trace id recorded with each decision; the answer's
`traceparent` names this service's span.
"""

_BEARER: list[dict[str, list[str]]] = [{"bearer": []}]
_OPEN_OR_BEARER: list[dict[str, list[str]]] = [{}, {"bearer": []}]
_VERSION_HEADER = {
    "API-Version": {
        "description": (
            "The full version of this API (the contract's `info.version`), on every answer."
        ),
        "required": True,
        "schema": {"type": "string", "example": API_VERSION},
    },
    "traceparent": {
        "description": (
            "W3C Trace Context: the request's trace (the one sent, when it was valid; else a "
            "new one) with this service's span."
        ),
        "schema": {"type": "string", "pattern": "^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$"},
    },
}
_RULESET_HEADERS = {
    **_VERSION_HEADER,
    "Gevoelig-Ruleset": {
        "description": (
            "The rule set name and version the service decides by, e.g. `default 2026.1`."
        ),
        "schema": {"type": "string"},
    },
    "Gevoelig-Overlays": {
        "description": "The overlays fixed at start, comma-separated, or `none`.",
        "schema": {"type": "string"},
    },
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        kinds = [f"`{kind}`" for kind, code in KINDS.items() if code == status]
        out[status] = {
            "description": "Problem: " + ", ".join(kinds),
            "headers": dict(_VERSION_HEADER),
            "content": {MEDIA_TYPE: {"schema": _ref("Problem")}},
        }
    return out


def _ok(
    description: str, media_type: str, schema: dict[str, Any], headers: dict[str, Any] | None = None
) -> dict[int | str, dict[str, Any]]:
    response: dict[str, Any] = {
        "description": description,
        "content": {media_type: {"schema": schema}},
        "headers": {**_RULESET_HEADERS, **(headers or {})},
    }
    return {200: response}


_ENGINE = {
    "name": "engine",
    "in": "query",
    "required": False,
    "description": "durable-rules (the default) or the plain-Python reference evaluator.",
    "schema": {"enum": list(ENGINES), "default": "durable"},
}
_LANGUAGE = {
    "name": "Accept-Language",
    "in": "header",
    "required": False,
    "description": "nl (the default) or en: the language of labels, reasons, questions and errors.",
    "schema": {"type": "string"},
}
_PEILDATUM = {
    "name": "peildatum",
    "in": "query",
    "required": False,
    "description": (
        "The date of the assessment, YYYY-MM-DD: the rule set version in force on it decides, "
        "and events are aged on it. It beats the dossier's own `peildatum` (and the service's "
        "--peildatum); without it, each dossier's own, else today."
    ),
    "schema": {"type": "string", "format": "date"},
}
_PEILDATUM_LOOKUP = {
    **_PEILDATUM,
    "description": (
        "The version in force on this date (YYYY-MM-DD) instead of on the service's day."
    ),
}
_COMMON = (401, 403, 429, 503)


def _body(media_type: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "requestBody": {
            "required": True,
            "description": description,
            "content": {media_type: {"schema": schema}},
        }
    }


def _operation(
    operation_id: str,
    tag: str,
    responses: dict[int | str, Any],
    security: list[dict[str, list[str]]] | None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    openapi_extra: dict[str, Any] = dict(extra or {})
    if security is not None:
        openapi_extra["security"] = security
    return {
        "operation_id": operation_id,
        "tags": [tag],
        "responses": responses,
        "openapi_extra": openapi_extra,
        "response_class": None,
    }


operations: dict[str, dict[str, Any]] = {
    "evaluate": _operation(
        "evaluate",
        "evaluate",
        {
            **_ok(
                "The result, as `gevoelig check --format json` gives it.",
                "application/json",
                _ref("Result"),
                {
                    "Gevoelig-Decision-Id": {
                        "description": (
                            "The decision's id in the log (absent when the service runs "
                            "without one)."
                        ),
                        "schema": {"type": "string"},
                    }
                },
            ),
            **_problems(400, 408, 413, 415, 500, *_COMMON),
        },
        _OPEN_OR_BEARER,
        {
            **_body(
                "application/json",
                _ref("Dossier"),
                "One dossier, at most 5 MB (the command line's limit).",
            ),
            "parameters": [_ENGINE, _PEILDATUM, _LANGUAGE],
        },
    ),
    "batch": _operation(
        "evaluateBatch",
        "evaluate",
        {
            **_ok(
                "One item per dossier, in order: its result and decision id, or its error.",
                "application/json",
                {"type": "array", "items": _ref("BatchItem")},
            ),
            **_problems(400, 408, 413, 415, *_COMMON),
        },
        _OPEN_OR_BEARER,
        {
            **_body(
                "application/json",
                {"type": "array", "items": _ref("Dossier"), "maxItems": 10000},
                "A JSON array of dossiers (at most 10,000 and 32 MB; use the stream for more).",
            ),
            "parameters": [_ENGINE, _PEILDATUM, _LANGUAGE],
        },
    ),
    "stream": _operation(
        "evaluateStream",
        "evaluate",
        {
            **_ok(
                (
                    "NDJSON: a line per input line with its number and its result or error, then a "
                    "summary line (described as the array of the lines' values)."
                ),
                "application/x-ndjson",
                {"type": "array", "items": _ref("StreamLine")},
            ),
            **_problems(400, 415, *_COMMON),
        },
        _OPEN_OR_BEARER,
        {
            **_body(
                "application/x-ndjson",
                {"type": "array", "items": _ref("Dossier")},
                (
                    "NDJSON: one dossier a line, each at most 5 MB, as many lines as you like "
                    "(described as the array of the lines' values). Read the answer while you "
                    "send."
                ),
            ),
            "parameters": [_ENGINE, _PEILDATUM, _LANGUAGE],
        },
    ),
    "rulesets": _operation(
        "listRulesets",
        "rules",
        {
            **_ok("The version in force and every version.", "application/json", _ref("Rulesets")),
            **_problems(400, *_COMMON),
        },
        _OPEN_OR_BEARER,
        {"parameters": [_PEILDATUM_LOOKUP]},
    ),
    "ruleset": _operation(
        "getRuleset",
        "rules",
        {
            **_ok(
                "One version in full: among the rest, the facts it knows.",
                "application/json",
                _ref("Ruleset"),
            ),
            **_problems(400, 404, *_COMMON),
        },
        _OPEN_OR_BEARER,
    ),
    "dossier_schema": _operation(
        "getDossierSchema",
        "schemas",
        {
            **_ok(
                "The dossier's JSON Schema (draft 2020-12).",
                "application/schema+json",
                {"type": "object"},
            ),
            **_problems(400, *_COMMON),
        },
        _OPEN_OR_BEARER,
        {"parameters": [_PEILDATUM_LOOKUP]},
    ),
    "result_schema": _operation(
        "getResultSchema",
        "schemas",
        {
            **_ok(
                "The result's JSON Schema (draft 2020-12).",
                "application/schema+json",
                {"type": "object"},
            ),
            **_problems(400, *_COMMON),
        },
        _OPEN_OR_BEARER,
        {"parameters": [_PEILDATUM_LOOKUP]},
    ),
    "history": _operation(
        "getDossierHistory",
        "decision log",
        {
            **_ok("The decisions, oldest first.", "application/json", _ref("History")),
            **_problems(400, *_COMMON),
        },
        _BEARER,
        {
            "parameters": [
                # The old key `dossier_id` is still read (deprecated, until 1.0.0) but not in the
                # contract: the Design Rules allow only lower camelCase query keys there.
                {
                    "name": "dossierId",
                    "in": "query",
                    "required": True,
                    "schema": {"type": "string", "minLength": 1},
                    "description": (
                        "The dossier's id (its `id` key). The old key `dossier_id` is still "
                        "accepted until version 1.0.0 (deprecated)."
                    ),
                },
                {
                    "name": "limit",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100},
                },
                {
                    "name": "after",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "integer", "minimum": 0, "default": 0},
                    "description": (
                        "Only decisions after this sequence number (a page's next_after)."
                    ),
                },
            ]
        },
    ),
    "decision": _operation(
        "getDecision",
        "decision log",
        {
            **_ok("One logged decision.", "application/json", _ref("Decision")),
            **_problems(400, 404, *_COMMON),
        },
        _BEARER,
    ),
    "feedback": _operation(
        "giveFeedback",
        "decision log",
        {
            201: _ok("The feedback as recorded.", "application/json", _ref("Feedback"))[200],
            **_problems(400, 404, 413, 415, 422, *_COMMON),
        },
        _BEARER,
        _body("application/json", _ref("FeedbackRequest"), "What the people did with the advice."),
    ),
    "feedback_list": _operation(
        "listFeedback",
        "decision log",
        {
            **_ok(
                "The feedback on the decision, oldest first.",
                "application/json",
                _ref("FeedbackList"),
            ),
            **_problems(400, 404, *_COMMON),
        },
        _BEARER,
    ),
    "healthz": _operation(
        "healthz", "operations", _ok("The process answers.", "application/json", _ref("Health")), []
    ),
    "readyz": _operation(
        "readyz",
        "operations",
        {
            **_ok("Ready: the rules load and the log answers.", "application/json", _ref("Health")),
            **_problems(503),
        },
        [],
    ),
    "metrics": _operation(
        "metrics",
        "operations",
        _ok("Prometheus text format.", "text/plain", {"type": "string"}),
        [],
    ),
}
for _spec in operations.values():
    del _spec["response_class"]
# Probes and metrics are for the platform, not for clients: outside the versioned API and its
# contract (docs/api.md describes them).
for _name in ("healthz", "readyz", "metrics"):
    operations[_name]["include_in_schema"] = False
#: Where the versioned API lives; the contract's paths are relative to it (its `servers`).
BASE = "/v1"


def dossier(service: Service, peildatum: datetime.date | None = None) -> dict[str, Any]:
    from .. import dossier_schema

    return dossier_schema(service.rules.current(peildatum)[0].ruleset)


def result(service: Service, peildatum: datetime.date | None = None) -> dict[str, Any]:
    return schemas.result_schema(service.rules.current(peildatum)[0].ruleset)


def decision(row: dict[str, Any]) -> dict[str, Any]:
    """A log row as the API shows it: input and result as JSON, not as text."""
    out = dict(row)
    for key in ("ruleset_overlays", "ruleset_source", "input", "result"):
        out[key] = json.loads(out[key])
    return out


def document(app: FastAPI, service: Service) -> dict[str, Any]:
    """The contract as served, made anew only when the rule set in force changes."""
    sha256 = service.rules.current()[0].ruleset.sha256
    if app.openapi_schema and getattr(app.state, "openapi_ruleset", None) == sha256:
        return app.openapi_schema
    spec = _document(app, service)
    app.openapi_schema = spec
    app.state.openapi_ruleset = sha256
    return spec


def _document(app: FastAPI, service: Service) -> dict[str, Any]:
    """The whole contract, made once for each rule set the service decides by (without
    --peildatum a new version can come into force at midnight, with other facts)."""
    settings = service.settings
    spec = get_openapi(
        title=app.title,
        version=app.version,
        openapi_version="3.1.0",
        summary=app.summary,
        description=app.description,
        routes=app.routes,
        tags=[
            {
                "name": "evaluate",
                "description": "Evaluate dossiers: one, a JSON array, or an NDJSON stream.",
            },
            {
                "name": "rules",
                "description": "The rule set versions with their rules, settings and sources.",
            },
            {"name": "schemas", "description": "The JSON Schemas of a dossier and a result."},
            {
                "name": "decision log",
                "description": (
                    "What was decided, on which input, under which rules (needs an API key "
                    "with the right `history`)."
                ),
            },
            {"name": "operations", "description": "Liveness, readiness and Prometheus metrics."},
        ],
    )
    for path in spec["paths"].values():
        for operation in path.values():
            # FastAPI documents a 422 for every route with a path parameter; a text parameter
            # cannot fail its validation, and this service's own 422 is a refused reload.
            found = operation["responses"].get("422", {})
            if "HTTPValidationError" in json.dumps(found):
                del operation["responses"]["422"]
    spec["info"]["contact"] = {
        "name": settings.contact_name,
        "email": settings.contact_email,
        "url": settings.contact_url,
    }
    spec["servers"] = [
        {
            "url": BASE,
            "description": (
                "This service: the versioned API, relative to the contract's own address."
            ),
        }
    ]
    spec["paths"] = {_relative(path): item for path, item in spec["paths"].items()}
    for item in spec["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", ()):
                if parameter["in"] == "path" and parameter["name"] in params.PATH_VALUES:
                    parameter["schema"]["pattern"] = params.pattern(parameter["name"])
    versions = contract.rulesets(service.rules)
    components = spec.setdefault("components", {})
    components["schemas"] = {
        "Dossier": contract.dossier_component(versions),
        "Result": contract.result_component(versions),
        "Problem": schemas.PROBLEM,
        "BatchItem": schemas.BATCH_ITEM,
        "StreamLine": schemas.STREAM_LINE,
        "Rulesets": schemas.RULESETS,
        "Ruleset": schemas.RULESET,
        "Decision": schemas.DECISION,
        "History": schemas.HISTORY,
        "FeedbackRequest": schemas.FEEDBACK_REQUEST,
        "Feedback": schemas.FEEDBACK,
        "FeedbackList": schemas.FEEDBACK_LIST,
        "Health": schemas.HEALTH,
    }
    components["securitySchemes"] = {
        "bearer": {
            "type": "http",
            "scheme": "bearer",
            "description": (
                "An API key from the service's key file or environment (`gevoelig serve "
                "--new-key NAME`)."
            ),
        }
    }
    return spec


def _relative(path: str) -> str:
    """A route's path as the contract has it: relative to its server, `/v1`."""
    if not path.startswith(BASE + "/"):
        raise ValueError(
            f"the route {path} is outside {BASE}: give it include_in_schema=False, or move it "
            f"under {BASE}"
        )
    return path[len(BASE) :]
