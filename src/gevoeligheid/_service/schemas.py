"""The JSON Schemas the service publishes: the dossier's and the result's from the library, and the
service's own (problem details, batch items, log entries, rule sets)."""

from __future__ import annotations

from typing import Any

from .. import CLASSIFICATIONS, ESCALATIONS, ROLES, RuleSet
from .._schema import result_schema as _result_schema


def result_schema(ruleset: RuleSet) -> dict[str, Any]:
    """The library's result schema: one definition, in the library and in the contract."""
    return _result_schema(ruleset)


PROBLEM = {
    "type": "object",
    "description": (
        "RFC 9457 problem details; for a dossier error also the fields of DossierError, in the "
        "answer's language."
    ),
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {
            "type": "string",
            "description": "urn:gevoeligheid:problem:<kind>, listed in docs/api.md",
        },
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "pointer": {
            "type": "string",
            "description": (
                "JSON pointer (RFC 6901) to the wrong place in the dossier; empty: the whole input"
            ),
        },
        "what": {"type": "string"},
        "expected": {"type": "string"},
        "hint": {"type": "string"},
        "suggestion": {"type": "string", "description": "the word that was probably meant"},
        "invalidParams": {
            "type": "array",
            "description": (
                "Every fault of the request at once (the NL API Design Rules' name): each "
                "wrong place in the dossier, or the wrong query parameter. The fields above "
                "are those of the first."
            ),
            "items": {
                "type": "object",
                "required": ["name", "code", "reason"],
                "properties": {
                    "name": {
                        "type": "string",
                        "description": (
                            "the JSON pointer (RFC 6901) of the place in the dossier, or the "
                            "query parameter's name"
                        ),
                    },
                    "code": {
                        "type": "string",
                        "description": (
                            "a stable machine code of the kind of fault, e.g. unknown-fact, "
                            "invalid-value, invalid-date, unknown-parameter; docs/api.md lists "
                            "them"
                        ),
                    },
                    "reason": {
                        "type": "string",
                        "description": "what is wrong and what to do, in the answer's language",
                    },
                },
            },
        },
        "invalidParamsOmitted": {
            "type": "integer",
            "minimum": 1,
            "description": "faults found past the first 100, not listed",
        },
    },
}

BATCH_ITEM = {
    "type": "object",
    "description": (
        "One dossier of a batch: its result (and the decision's id in the log), or its error."
    ),
    "oneOf": [
        {
            "type": "object",
            "required": ["index", "result"],
            "properties": {
                "index": {"type": "integer", "minimum": 0},
                "result": {"$ref": "#/components/schemas/Result"},
                "decision_id": {"type": "string"},
            },
        },
        {
            "type": "object",
            "required": ["index", "error"],
            "properties": {
                "index": {"type": "integer", "minimum": 0},
                "error": {"$ref": "#/components/schemas/Problem"},
            },
        },
    ],
}

STREAM_LINE = {
    "type": "object",
    "description": (
        "One line of the NDJSON answer: the input line's number (from 1, blank lines counted) "
        "with its result or its error; the last line is the summary."
    ),
    "oneOf": [
        {
            "type": "object",
            "required": ["done", "lines", "evaluated", "failed"],
            "properties": {
                "done": {
                    "type": "boolean",
                    "description": "false: the answer stopped early (the error says why)",
                },
                "lines": {"type": "integer", "minimum": 0},
                "evaluated": {"type": "integer", "minimum": 0},
                "failed": {"type": "integer", "minimum": 0},
                "error": {"$ref": "#/components/schemas/Problem"},
            },
        },
        {
            "type": "object",
            "required": ["line", "result"],
            "properties": {
                "line": {"type": "integer", "minimum": 1},
                "result": {"$ref": "#/components/schemas/Result"},
                "decision_id": {"type": "string"},
            },
        },
        {
            "type": "object",
            "required": ["line", "error"],
            "properties": {
                "line": {"type": "integer", "minimum": 0},
                "error": {"$ref": "#/components/schemas/Problem"},
            },
        },
    ],
}

RULESET_SUMMARY = {
    "type": "object",
    "required": ["name", "version", "valid_from", "sha256", "overlays"],
    "properties": {
        "name": {"type": "string"},
        "version": {"type": "string"},
        "valid_from": {"type": "string", "format": "date"},
        "sha256": {"type": "string"},
        "overlays": {"type": "array", "items": {"type": "string"}},
    },
}

RULESETS = {
    "type": "object",
    "required": ["in_force", "peildatum", "versions"],
    "properties": {
        "in_force": RULESET_SUMMARY,
        "peildatum": {"type": "string", "format": "date"},
        "peildatum_fixed": {"type": "boolean"},
        "versions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "version", "valid_from", "in_force"],
                "properties": {
                    "name": {"type": "string"},
                    "version": {"type": "string"},
                    "valid_from": {"type": "string"},
                    "in_force": {"type": "boolean"},
                    "href": {"type": "string"},
                },
            },
        },
    },
}

RULESET = {
    "type": "object",
    "description": (
        "A rule set version with the service's overlays: settings, weight classes, overlap "
        "groups, facts with their questions and signals, rules, actions and events, each "
        "citing the Handreiking."
    ),
    "required": ["name", "version", "valid_from", "overlays"],
    "properties": {
        "name": {"type": "string"},
        "version": {"type": "string"},
        "valid_from": {"type": "string"},
        "sha256": {"type": "string"},
        "overlays": {"type": "array", "items": {"type": "string"}},
        "title": {"type": "object"},
        "document": {"type": "string"},
        "disabled": {"type": "object"},
        "settings": {"type": "array", "items": {"type": "object"}},
        "facts": {
            "type": "array",
            "description": (
                "the facts this version knows: a dossier decided by it may give these and no others"
            ),
            "items": {
                "type": "object",
                "required": ["id", "type", "values"],
                "properties": {
                    "id": {"type": "string"},
                    "type": {"enum": ["bool", "grade", "set"]},
                    "values": {"type": "array"},
                },
            },
        },
        "weight_classes": {"type": "object", "additionalProperties": {"type": "integer"}},
        "overlap_groups": {"type": "array", "items": {"type": "object"}},
        "rules": {"type": "array", "items": {"type": "object"}},
        "actions": {"type": "array", "items": {"type": "object"}},
        "events": {"type": "array", "items": {"type": "object"}},
        "error": {
            "type": "string",
            "description": "why this version cannot be loaded with the service's overlays",
        },
    },
}

DECISION = {
    "type": "object",
    "description": (
        "A logged decision: when, on which input (its sha256), under which rules, and the "
        "whole result as it was given."
    ),
    "required": [
        "seq",
        "decision_id",
        "logged_at",
        "dossier_id",
        "input_sha256",
        "ruleset_name",
        "ruleset_version",
        "ruleset_sha256",
        "peildatum",
        "engine",
        "library_version",
        "result",
    ],
    "properties": {
        "seq": {"type": "integer"},
        "decision_id": {"type": "string"},
        "logged_at": {"type": "string", "description": "UTC, YYYY-MM-DDTHH:MM:SS.ffffffZ"},
        "origin": {"enum": ["service", "cli"]},
        "instance": {"type": "string"},
        "requested_by": {"type": ["string", "null"]},
        "dossier_id": {"type": ["string", "null"]},
        "input_sha256": {"type": "string"},
        "input": {
            "type": "object",
            "description": "the canonical input (redacted when the log is)",
        },
        "ruleset_name": {"type": "string"},
        "ruleset_version": {"type": "string"},
        "ruleset_sha256": {"type": "string"},
        "ruleset_overlays": {"type": "array", "items": {"type": "string"}},
        "ruleset_source": {"type": "object"},
        "peildatum": {"type": "string"},
        "engine": {"type": "string"},
        "lang": {"type": "string"},
        "library_version": {"type": "string"},
        "classification": {"type": "string"},
        "escalation": {"type": "string"},
        "redacted": {"type": "boolean"},
        "result": {"type": "object"},
        "result_sha256": {"type": "string"},
        "tenant": {
            "type": ["string", "null"],
            "description": "the tenant of the key that asked; null: no tenant",
        },
        "trace_id": {
            "type": ["string", "null"],
            "description": (
                "the W3C trace id of the request (its traceparent's, or the one the service "
                "started); null before traces were recorded"
            ),
        },
    },
}

HISTORY = {
    "type": "object",
    "required": ["dossier_id", "decisions"],
    "properties": {
        "dossier_id": {"type": "string"},
        "decisions": {"type": "array", "items": {"$ref": "#/components/schemas/Decision"}},
        "next_after": {
            "type": ["integer", "null"],
            "description": "pass as ?after= for the next page; null: no more",
        },
    },
}

_INFORMED = {
    "type": "array",
    "maxItems": 50,
    "items": {
        "type": "object",
        "required": ["role", "datum"],
        "additionalProperties": False,
        "properties": {
            "role": {"enum": list(ROLES)},
            "datum": {
                "type": "string",
                "format": "date",
                "description": "the day the role was informed; not after today",
            },
        },
    },
}

FEEDBACK_REQUEST = {
    "type": "object",
    "required": ["verdict", "role"],
    "additionalProperties": False,
    "description": (
        "accepted, or overridden with the classification and/or escalation chosen instead and "
        "the reason."
    ),
    "properties": {
        "verdict": {"enum": ["accepted", "overridden"]},
        "classification": {
            "enum": list(CLASSIFICATIONS),
            "description": "overridden: the classification chosen instead",
        },
        "escalation": {
            "enum": list(ESCALATIONS),
            "description": "overridden: the escalation chosen instead",
        },
        "role": {
            "enum": ["medewerker", "coordinator", "manager", "directie", "bestuur", *ROLES],
            "description": "who decided on the advice",
        },
        "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "description": "why (required when overridden)",
        },
        "informed": _INFORMED,
    },
}

FEEDBACK = {
    "type": "object",
    "required": ["feedback_id", "decision_id", "given_at", "verdict", "role", "informed"],
    "properties": {
        "feedback_id": {"type": "string"},
        "decision_id": {"type": "string"},
        "dossier_id": {"type": ["string", "null"]},
        "given_at": {"type": "string", "description": "UTC, YYYY-MM-DDTHH:MM:SS.ffffffZ"},
        "given_by": {"type": ["string", "null"], "description": "the API key's name"},
        "verdict": {"enum": ["accepted", "overridden"]},
        "classification": {"type": ["string", "null"]},
        "escalation": {"type": ["string", "null"]},
        "role": {"type": "string"},
        "reason": {"type": ["string", "null"]},
        "informed": _INFORMED,
    },
}

FEEDBACK_LIST = {
    "type": "object",
    "required": ["decision_id", "feedback"],
    "properties": {
        "decision_id": {"type": "string"},
        "feedback": {"type": "array", "items": {"$ref": "#/components/schemas/Feedback"}},
    },
}

HEALTH = {
    "type": "object",
    "required": ["status"],
    "properties": {"status": {"type": "string"}, "checks": {"type": "object"}},
}
