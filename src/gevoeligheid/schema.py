"""JSON Schemas: of the rule files (checked at load time) and of the dossier format (generated)."""

from __future__ import annotations

from typing import Any

from .model import ROLES, CLASSIFICATIONS, ESCALATIONS, RuleSet

_ID = {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"}
_TEXT = {
    "type": "object",
    "required": ["nl", "en"],
    "properties": {"nl": {"type": "string", "minLength": 1}, "en": {"type": "string", "minLength": 1}},
    "additionalProperties": False,
}
_SOURCE = {
    "type": "object",
    "required": ["lines", "section"],
    "properties": {
        "lines": {"type": "array", "items": {"type": "integer", "minimum": 1}, "minItems": 1},
        "section": {"type": "string", "minLength": 1},
    },
    "additionalProperties": False,
}
_WEIGHT = {"type": "integer", "minimum": 0, "maximum": 100}
#: A reason for rule authors: in Dutch and English, or (in an older file or an overlay) one text.
_WHY = {"oneOf": [{"type": "string", "minLength": 1}, _TEXT]}
#: A weight class by name (context, significant, severe), from the rule set's `weight_classes`.
_CLASS = _ID
_SETS = {
    "type": "object",
    "properties": {
        "classification": {"enum": list(CLASSIFICATIONS)},
        "escalation": {"enum": list(ESCALATIONS)},
        "inform": {"type": "array", "items": {"enum": list(ROLES)}, "uniqueItems": True},
    },
    "additionalProperties": False,
    "minProperties": 1,
}

FACT = {
    "type": "object",
    "required": ["id", "type", "kind", "category", "source", "quote", "question"],
    "properties": {
        "id": _ID,
        "type": {"enum": ["bool", "grade", "set"]},
        "values": {"type": "array", "items": _ID, "minItems": 1, "uniqueItems": True},
        "kind": _ID,
        "category": _ID,
        "source": _SOURCE,
        "quote": {"type": "string", "minLength": 1},
        "question": _TEXT,
        "signal": {
            "type": "object",
            "required": ["label"],
            "properties": {
                "weight": {"oneOf": [_WEIGHT, {"type": "object", "additionalProperties": _WEIGHT}]},
                "class": {"oneOf": [_CLASS, {"type": "object", "additionalProperties": _CLASS}]},
                "label": _TEXT,
            },
            "oneOf": [{"required": ["weight"]}, {"required": ["class"]}],
            "additionalProperties": False,
        },
        "words": {"type": "object", "additionalProperties": _TEXT},
    },
    "additionalProperties": False,
}

RULE = {
    "type": "object",
    "required": ["id", "when", "sets", "because", "source", "quote"],
    "properties": {
        "id": _ID,
        "headline": {"type": "string", "pattern": "^H[0-9]+$"},
        "when": {"type": "object"},  # checked by rules.parse_condition, with clearer messages
        "sets": _SETS,
        "because": _TEXT,
        "source": _SOURCE,
        "quote": {"type": "string", "minLength": 1},
        "why": _WHY,
    },
    "additionalProperties": False,
}

ACTION = {
    "type": "object",
    "required": ["id", "role", "when", "text", "source", "quote"],
    "properties": {
        "id": _ID,
        "role": _ID,
        "when": {"type": "object"},  # checked by rules.parse_condition
        "text": _TEXT,
        "source": _SOURCE,
        "quote": {"type": "string", "minLength": 1},
        "why": _WHY,
    },
    "additionalProperties": False,
}

SETTING = {
    "type": "object",
    "required": ["value", "why"],
    "properties": {
        "value": {"type": "integer", "minimum": 0},
        "why": _WHY,
        # The bounds within which the policy lets a region set it (checked on load and overlay).
        "min": {"type": "integer", "minimum": 0},
        "max": {"type": "integer", "minimum": 0},
        "above": _ID,
        "not_below": _ID,
    },
    "additionalProperties": False,
}

EVENT = {
    "type": "object",
    "required": ["fields", "derives"],
    "properties": {
        "fields": {"type": "object", "additionalProperties": {"type": "array", "items": _ID, "minItems": 1}},
        "derives": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["fact"],
                "properties": {
                    "fact": _ID,
                    "highest": _ID,
                    "within": _ID,  # the setting of the evidence window, in days before the peildatum
                    "days_at_least": _ID,  # the setting: events on at least this many different days
                    "window": {
                        "type": "object",
                        "required": ["count", "days"],
                        "properties": {"count": _ID, "days": _ID},
                        "additionalProperties": False,
                    },
                },
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}

RULESET_FILE = {
    "type": "object",
    "required": ["name", "version", "valid_from", "title", "source", "settings"],
    "properties": {
        "name": _ID,
        "version": {"type": "string", "minLength": 1},
        "valid_from": {"type": "string", "format": "date"},
        "title": _TEXT,
        "source": {
            "type": "object",
            "required": ["ref", "file", "document"],
            "properties": {"ref": {"type": "string"}, "file": {"type": "string"}, "document": {"type": "string"}},
            "additionalProperties": False,
        },
        "settings": {"type": "object", "additionalProperties": SETTING},
        "weight_classes": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["weight", "why"],
                "properties": {"weight": _WEIGHT, "why": _WHY},
                "additionalProperties": False,
            },
        },
        "overlap_groups": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["facts", "why"],
                "properties": {"facts": {"type": "array", "items": _ID, "minItems": 2, "uniqueItems": True}, "why": _WHY},
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}
FACTS_FILE = {
    "type": "object",
    "required": ["facts"],
    "properties": {"facts": {"type": "array", "items": FACT}},
    "additionalProperties": False,
}
RULES_FILE = {
    "type": "object",
    "required": ["rules"],
    "properties": {"rules": {"type": "array", "items": RULE}, "actions": {"type": "array", "items": ACTION}},
    "additionalProperties": False,
}
EVENTS_FILE = {
    "type": "object",
    "required": ["events"],
    "properties": {"events": {"type": "object", "additionalProperties": EVENT}},
    "additionalProperties": False,
}


OVERLAY_FILE = {
    "type": "object",
    "required": ["overlay", "description"],
    "properties": {
        "overlay": {"type": "string", "pattern": "^[a-z][a-z0-9_-]*$"},
        "description": {"type": "string", "minLength": 1},
        "version": {"type": "string", "minLength": 1},
        "valid_from": {"type": "string", "format": "date"},
        "settings": {"type": "object", "additionalProperties": SETTING},
        "signals": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["weight", "why"],
                "properties": {
                    "weight": {"oneOf": [_WEIGHT, {"type": "object", "additionalProperties": _WEIGHT}]},
                    "why": _WHY,
                },
                "additionalProperties": False,
            },
        },
        "disable": {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}},
        "change": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                # `because` is required: the reason a result shows must say what the region
                # agreed, not the default's text for a level it no longer sets.
                "required": ["sets", "why", "because"],
                "properties": {"sets": _SETS, "why": _WHY, "because": _TEXT},
                "additionalProperties": False,
            },
        },
        "facts": {"type": "array", "items": FACT},
        "rules": {"type": "array", "items": RULE},
    },
    "additionalProperties": False,
}


def dossier_schema(ruleset: RuleSet) -> dict[str, Any]:
    """The JSON Schema of a dossier, generated from the rule set's own fact and event definitions."""
    facts: dict[str, Any] = {}
    for fact in ruleset.facts.values():
        if fact.type == "bool":
            value: dict[str, Any] = {"type": ["boolean", "null"]}
        elif fact.type == "grade":
            value = {"enum": [*fact.values, None]}
        else:
            value = {
                "type": ["array", "null"],
                "items": {"enum": list(fact.values)},
                "uniqueItems": True,
            }
        value["description"] = f"{fact.question.nl} ({fact.source.cite(ruleset.document, ruleset.ref)})"
        facts[fact.id] = value
    events = []
    for event in ruleset.events.values():
        properties: dict[str, Any] = {
            "type": {"const": event.type},
            "datum": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        }
        for field, words in event.fields.items():
            properties[field] = {"enum": list(words)}
        events.append(
            {
                "type": "object",
                "required": ["type", "datum", *event.fields],
                "properties": properties,
                "additionalProperties": False,
            }
        )
    text = {"type": ["string", "null"], "maxLength": 1000}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"gevoeligheid dossier ({ruleset.name} {ruleset.version})",
        "type": "object",
        "properties": {
            "id": text,
            "title": text,
            "competent_authority": text,
            "task": text,
            "peildatum": {
                "type": ["string", "null"],
                "format": "date",
                "pattern": r"^\d{4}-\d{2}-\d{2}$",
                "description": "De datum waarop het dossier wordt beoordeeld: die kiest de versie van de regels en de leeftijd van elke gebeurtenis; zonder peildatum vandaag.",
            },
            "facts": {"type": ["object", "null"], "properties": facts, "additionalProperties": False},
            "events": {"type": ["array", "null"], "items": {"oneOf": events}, "maxItems": 10000},
        },
        "patternProperties": {"^x-": {}},
        "additionalProperties": False,
    }
