"""JSON Schemas: of the rule files (checked at load time) and of the dossier format (generated)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import jsonschema

from ._dossier import MAX_EVENTS
from ._errors import excerpt
from ._messages import Localised, Message, Number, Words, word
from ._model import CLASSIFICATIONS, ENGINES, ESCALATIONS, LANGUAGES, ROLES, RuleSet

HINT = Message("rules_format_hint")
#: The largest count a condition may compare with, and any setting may hold.
MAX_SETTING = 100_000
#: What a setting may hold, by what it is used for: every setting is a whole number, at least 1
#: (a count of 0 would hold for every dossier, a window of 0 days for none). A window runs at most
#: ten years (a longer one overflows the date arithmetic, and no dossier runs longer) and counts
#: at most the events that one dossier may hold. rules.check_settings applies these at load,
#: once the rules and events show what each setting is used for.
SETTING_RANGES = {
    "days": (1, 3_650),
    "events": (1, MAX_EVENTS),
    "threshold": (1, MAX_SETTING),
}
_ID_PATTERN = "^[a-z][a-z0-9_]*$"
_OVERLAY_PATTERN = "^[a-z][a-z0-9_-]*$"
_HEADLINE_PATTERN = "^H[0-9]+$"
_ID = {"type": "string", "pattern": _ID_PATTERN, "maxLength": 64}
_TEXT = {
    "type": "object",
    "required": list(LANGUAGES),
    "properties": {
        "nl": {"type": "string", "minLength": 1},
        "en": {"type": "string", "minLength": 1},
    },
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
#: A headline's strength: a whole number, or the name of a setting that holds it.
_STRENGTH = {"oneOf": [{"type": "integer", "minimum": 1, "maximum": 100}, _ID]}
#: The choices (ruleset.yaml `choices`) under which a rule, action or ground
#: applies: name -> option.
_ONLY_WITH = {"type": "object", "additionalProperties": _ID, "minProperties": 1}
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
        "headline": {"type": "string", "pattern": _HEADLINE_PATTERN, "maxLength": 8},
        "when": {"type": "object"},  # checked by rules.parse_condition, with clearer messages
        "sets": _SETS,
        "because": _TEXT,
        "source": _SOURCE,
        "quote": {"type": "string", "minLength": 1},
        "why": _WHY,
        # A headline rule's strength (a number or a setting), and a higher one under a condition.
        "strength": _STRENGTH,
        "stronger": {
            "type": "object",
            "required": ["when", "strength"],
            "properties": {"when": {"type": "object"}, "strength": _STRENGTH},
            "additionalProperties": False,
        },
        "only_with": _ONLY_WITH,
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
        # Texts for particular grounds: the first whose `when` holds replaces `text` and `source`.
        "grounds": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["when", "text", "source", "quote"],
                "properties": {
                    "when": {"type": "object"},
                    "text": _TEXT,
                    "source": _SOURCE,
                    "quote": {"type": "string", "minLength": 1},
                    "only_with": _ONLY_WITH,
                },
                "additionalProperties": False,
            },
        },
        "only_with": _ONLY_WITH,
    },
    "additionalProperties": False,
}

SETTING = {
    "type": "object",
    "required": ["value", "why"],
    # The range of `value` depends on what the setting is used for: SETTING_RANGES.
    "properties": {
        "value": {"type": "integer"},
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
        "fields": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": _ID, "minItems": 1},
        },
        # Optional true/false fields of the event (false when left out).
        "flags": {"type": "array", "items": _ID, "uniqueItems": True},
        "derives": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["fact"],
                "properties": {
                    "fact": _ID,
                    "highest": _ID,
                    # the setting of the evidence window, in days before the peildatum
                    "within": _ID,
                    # the setting: events on at least this many different days
                    "days_at_least": _ID,
                    "window": {
                        "type": "object",
                        "required": ["count", "days"],
                        "properties": {"count": _ID, "days": _ID},
                        "additionalProperties": False,
                    },
                    # A word of `highest` that counts only with a flag: word -> {flag, otherwise}.
                    "needs_flag": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "object",
                            "required": ["flag", "otherwise"],
                            "properties": {"flag": _ID, "otherwise": _ID},
                            "additionalProperties": False,
                        },
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
            "properties": {
                "ref": {"type": "string"},
                "file": {"type": "string", "minLength": 1, "maxLength": 255},
                "document": {"type": "string"},
            },
            "additionalProperties": False,
        },
        "settings": {"type": "object", "additionalProperties": SETTING},
        # What events are: an answer (a fact they set is answered) or a floor (it stays
        # open below its highest).
        "evidence": {"enum": ["answer", "floor"]},
        # Choices among named options, each with the line that allows it.
        "choices": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["value", "options", "why"],
                "properties": {
                    "value": _ID,
                    "role": {"enum": list(ROLES)},
                    "why": _WHY,
                    "options": {
                        "type": "object",
                        "minProperties": 2,
                        "additionalProperties": {
                            "type": "object",
                            "required": ["label", "source"],
                            "properties": {"label": _TEXT, "source": _SOURCE},
                            "additionalProperties": False,
                        },
                    },
                },
                "additionalProperties": False,
            },
        },
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
                "properties": {
                    "facts": {"type": "array", "items": _ID, "minItems": 2, "uniqueItems": True},
                    "why": _WHY,
                },
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
    "properties": {
        "rules": {"type": "array", "items": RULE},
        "actions": {"type": "array", "items": ACTION},
    },
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
        "overlay": {"type": "string", "pattern": _OVERLAY_PATTERN, "maxLength": 64},
        "description": {"type": "string", "minLength": 1},
        "version": {"type": "string", "minLength": 1},
        "valid_from": {"type": "string", "format": "date"},
        "settings": {"type": "object", "additionalProperties": SETTING},
        "choices": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["value", "why"],
                "properties": {"value": _ID, "why": _WHY},
                "additionalProperties": False,
            },
        },
        "signals": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["weight", "why"],
                "properties": {
                    "weight": {
                        "oneOf": [_WEIGHT, {"type": "object", "additionalProperties": _WEIGHT}]
                    },
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


# A rule test file (gevoelig test): dossiers in, the expected outcome out.
_WORDS = {"type": "array", "items": {"type": "string"}, "uniqueItems": True}
_DATE = {"type": "string", "format": "date"}
_WORDS = {"type": "array", "items": {"type": "string"}, "uniqueItems": True}
_DATE = {"type": "string", "format": "date"}
CASES_FILE = {
    "type": "object",
    "required": ["cases"],
    "properties": {
        # The peildatum of every case (a case may give its own): cases with events stay true as
        # the calendar moves on.
        "peildatum": _DATE,
        "cases": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["name", "expect"],
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "peildatum": _DATE,
                    "facts": {"type": "object"},
                    "events": {"type": "array"},
                    "expect": {
                        "type": "object",
                        "minProperties": 1,
                        "properties": {
                            "classification": {"enum": list(CLASSIFICATIONS)},
                            "escalation": {"enum": list(ESCALATIONS)},
                            "inform": {
                                "type": "array",
                                "items": {"enum": list(ROLES)},
                                "uniqueItems": True,
                            },
                            "signals": _WORDS,
                            "rules": _WORDS,
                            "actions": _WORDS,
                            "score": {"type": "integer"},
                        },
                        "additionalProperties": False,
                    },
                },
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}

#: The files a rule author writes, by kind: the JSON Schema each is checked against, also printed
#: by `gevoelig schema --file KIND` for an editor (and kept in docs/schemas/).
FILES = {
    "ruleset": ("ruleset.yaml: name, version, date, settings, weight classes", RULESET_FILE),
    "facts": ("facts.yaml: the facts of the checklist", FACTS_FILE),
    "rules": ("rules.yaml: the rules and actions", RULES_FILE),
    "events": ("events.yaml: the event types and what they derive", EVENTS_FILE),
    "overlay": ("a region's overlay file", OVERLAY_FILE),
    "cases": ("a rule test file (gevoelig test)", CASES_FILE),
}


def file_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of one kind of rule file, standalone (for an editor or a YAML
    language server)."""
    title, schema = FILES[kind]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"gevoeligheid {title}",
        **schema,
    }


#: The catalogue's key of each JSON type's name, as a rule file's author reads it.
_TYPES = {
    "object": "schema_type_object",
    "array": "schema_type_array",
    "string": "schema_type_string",
    "integer": "schema_type_integer",
    "boolean": "schema_type_boolean",
    "null": "schema_type_null",
}
#: The catalogue's key of what a value of each pattern is not.
_PATTERNS = {
    _ID_PATTERN: "schema_not_an_id",
    _OVERLAY_PATTERN: "schema_not_a_name",
    _HEADLINE_PATTERN: "schema_not_a_headline",
}


class _Got(Localised):
    """A value of a rule file as a message quotes it: an excerpt of text, the kind of the rest."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def render(self, lang: str) -> str:
        value = self.value
        if isinstance(value, str):
            return f"'{excerpt(value)}'"
        if isinstance(value, bool) or value is None:
            return {True: "true", False: "false", None: "null"}[value]
        if isinstance(value, int):
            return Number(value).render(lang)
        return word(_TYPES["object" if isinstance(value, dict) else "array"], lang)


def schema_problem(error: jsonschema.ValidationError) -> Message:
    """What a schema error says, in the rule author's words; a value is quoted as an excerpt,
    never whole."""
    kind, expected = (
        error.validator,
        cast(Any, error.validator_value),
    )  # set for every error of a validator
    schema: Any = (
        error.schema if isinstance(error.schema, Mapping) else {}
    )  # JSON; a bool schema has no bounds
    got = _Got(error.instance)
    if kind == "type":
        names = [expected] if isinstance(expected, str) else list(expected)
        types = Words((Message(_TYPES[name]) for name in names), every=True)
        return Message("schema_type", types=types, got=got)
    if kind == "enum":
        return Message("schema_enum", got=got, choices=", ".join(map(str, expected)))
    if kind == "pattern":
        return Message(_PATTERNS.get(expected, "schema_no_match"), got=got, pattern=expected)
    if kind in ("minimum", "maximum"):
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is not None and high is not None:
            return Message("schema_outside", got=got, low=Number(low), high=Number(high))
        if low is not None:
            return Message("schema_less", got=got, low=Number(low))
        return Message("schema_more", got=got, high=Number(high))
    if kind == "minLength":
        return Message("schema_empty")
    if kind == "maxLength":
        return Message("schema_too_long", got=got, limit=expected)
    if kind == "minItems":
        return Message("schema_too_few_items", limit=expected)
    if kind == "maxItems":
        return Message("schema_too_many_items", limit=Number(expected))
    if kind == "uniqueItems":
        return Message("schema_twice")
    if kind == "format":
        return Message("schema_not_a_date", got=got)
    if kind == "minProperties":
        return Message("schema_no_properties", listed=", ".join(schema.get("properties", {})))
    if kind == "oneOf" and "weight" in error.absolute_path:
        return Message("schema_weight")
    return Message("schema_other", kind=kind)


def dossier_schema(ruleset: RuleSet) -> dict[str, Any]:
    """The JSON Schema of a dossier, generated from the rule set's own fact and
    event definitions."""
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
        value["description"] = (
            f"{fact.question.nl} ({fact.source.cite(ruleset.document, ruleset.ref)})"
        )
        facts[fact.id] = value
    events = []
    for event in ruleset.events.values():
        properties: dict[str, Any] = {
            "type": {"const": event.type},
            "datum": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        }
        for field, words in event.fields.items():
            properties[field] = {"enum": list(words)}
        for flag in event.flags:
            properties[flag] = {"type": "boolean"}
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
                "description": (
                    "De datum waarop het dossier wordt beoordeeld: die kiest de versie van de "
                    "regels en de leeftijd van elke gebeurtenis; zonder peildatum vandaag."
                ),
            },
            "facts": {
                "type": ["object", "null"],
                "properties": facts,
                "additionalProperties": False,
            },
            "events": {"type": ["array", "null"], "items": {"oneOf": events}, "maxItems": 10000},
            "escalaties": {
                "type": ["array", "null"],
                "maxItems": 10000,
                "description": (
                    "Wanneer het dossier is geëscaleerd en wie is geïnformeerd (voor de "
                    "tijdlijn); telt niet mee in de beoordeling."
                ),
                "items": {
                    "type": "object",
                    "required": ["datum"],
                    "anyOf": [{"required": ["level"]}, {"required": ["role"]}],
                    "additionalProperties": False,
                    "properties": {
                        "datum": {
                            "type": "string",
                            "format": "date",
                            "pattern": r"^\d{4}-\d{2}-\d{2}$",
                        },
                        "level": {"enum": list(ESCALATIONS[1:])},
                        "role": {"enum": list(ROLES)},
                    },
                },
            },
        },
        "patternProperties": {"^x-": {}},
        "additionalProperties": False,
    }


_LEVELS = {
    "type": "object",
    "required": ["classification", "escalation"],
    "properties": {
        "classification": {"enum": list(CLASSIFICATIONS)},
        "escalation": {"enum": list(ESCALATIONS)},
    },
}
_VALUE = {
    "anyOf": [
        {"type": "boolean"},
        {"type": "string"},
        {"type": "array", "items": {"type": "string"}},
    ]
}
#: A headline's strength: a whole number, or the name of a setting that holds it.
_STRENGTH = {"oneOf": [{"type": "integer", "minimum": 1, "maximum": 100}, _ID]}
#: The choices (ruleset.yaml `choices`) under which a rule, action or ground
#: applies: name -> option.
_ONLY_WITH = {"type": "object", "additionalProperties": _ID, "minProperties": 1}
_SETS = {
    "type": "object",
    "properties": {
        "classification": {"enum": list(CLASSIFICATIONS)},
        "escalation": {"enum": list(ESCALATIONS)},
        "inform": {"type": "array", "items": {"enum": list(ROLES)}},
    },
}

#: The result of `gevoelig check --format json`, as the library writes it. Keys may be added
#: (additionalProperties is left open), none removed: this is the contract's minimum.
_RESULT: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "gevoeligheid result",
    "type": "object",
    "required": [
        "dossier",
        "classification",
        "escalation",
        "inform",
        "score",
        "signals",
        "reasons",
        "open_questions",
        "worst_case",
        "actions",
        "peildatum",
        "events_left_out",
        "ruleset",
        "generator",
    ],
    "properties": {
        "dossier": {
            "type": "object",
            "description": (
                "id, title, competent_authority, task and x- keys of the dossier, carried through."
            ),
        },
        "classification": {"enum": list(CLASSIFICATIONS)},
        "escalation": {"enum": list(ESCALATIONS)},
        "inform": {"type": "array", "items": {"enum": list(ROLES)}},
        "score": {"type": "integer", "minimum": 0},
        "signals": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "category", "weight", "label", "facts", "source"],
                "properties": {
                    "id": {"type": "string"},
                    "category": {"type": "string"},
                    "weight": {"type": "integer"},
                    "label": {"type": "string"},
                    "facts": {"type": "object", "additionalProperties": _VALUE},
                    "source": {"type": "string"},
                    "from_events": {"type": "boolean"},
                    "counted_in_score": {
                        "type": "boolean",
                        "description": (
                            "false when another signal of its overlap group carries the weight."
                        ),
                    },
                },
            },
        },
        "reasons": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["rule", "sets", "because", "source"],
                "properties": {
                    "rule": {"type": "string"},
                    "sets": _SETS,
                    "because": {"type": "string"},
                    "facts": {"type": "object", "additionalProperties": _VALUE},
                    "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "source": {"type": "string"},
                    "changed_by": {"type": "string"},
                },
            },
        },
        "open_questions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["fact", "question", "could_raise_to"],
                "properties": {
                    "fact": {"type": "string"},
                    "question": {"type": "string"},
                    "could_raise_to": _LEVELS,
                    "source": {"type": "string"},
                    "events_show": {
                        **_VALUE,
                        "description": (
                            "What events show of a fact nobody answered, below its highest "
                            "value (a rule set whose evidence is a floor)."
                        ),
                    },
                },
            },
        },
        "worst_case": _LEVELS,
        "actions": {
            "type": "array",
            "description": "What to do now, and who does it.",
            "items": {
                "type": "object",
                "required": ["id", "role", "text", "source"],
                "properties": {
                    "id": {"type": "string"},
                    "role": {"type": "string"},
                    "text": {"type": "string"},
                    "source": {"type": "string"},
                },
            },
        },
        "escalation_ground": {
            "type": "array",
            "items": {"type": "string"},
            "description": (
                "The rules that set an escalation above what the classification alone gives."
            ),
        },
        "peildatum": {
            "type": "string",
            "format": "date",
            "description": "The date the dossier was assessed on.",
        },
        "events_left_out": {
            "type": "integer",
            "minimum": 0,
            "description": "Events dated after the peildatum, left out.",
        },
        "conflicts": {"type": "array", "items": {"type": "object"}},
        "derived_from_events": {"type": "object", "additionalProperties": _VALUE},
        "ruleset": {
            "type": "object",
            "required": ["name", "version", "sha256", "overlays"],
            "properties": {
                "name": {"type": "string"},
                "version": {"type": "string"},
                "valid_from": {"type": "string", "format": "date"},
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                "overlays": {"type": "array", "items": {"type": "string"}},
                "document": {"type": "string"},
            },
        },
        "generator": {
            "type": "object",
            "required": ["name", "version"],
            "properties": {"name": {"const": "gevoeligheid"}, "version": {"type": "string"}},
            "description": "The program that made the result.",
        },
        "labels": {
            "type": "object",
            "description": (
                "Every code of the result in the result's language, so that a case system need "
                "not keep its own list of words."
            ),
            "required": [
                "classification",
                "escalation",
                "inform",
                "worst_case",
                "roles",
                "categories",
                "ruleset",
            ],
            "properties": {
                "classification": {"type": "string"},
                "escalation": {"type": "string"},
                "inform": {
                    "type": "object",
                    "additionalProperties": {"type": "string"},
                    "description": (
                        "Per role to inform; the portefeuillehouder's says the route in force "
                        "where the rule set has one."
                    ),
                },
                "worst_case": {
                    "type": "object",
                    "properties": {
                        "classification": {"type": "string"},
                        "escalation": {"type": "string"},
                    },
                },
                "roles": {
                    "type": "object",
                    "additionalProperties": {"type": "string"},
                    "description": "Per role that does an action.",
                },
                "categories": {
                    "type": "object",
                    "additionalProperties": {"type": "string"},
                    "description": "Per category of a signal.",
                },
                "ruleset": {"type": "string", "description": "The rule set's name."},
            },
        },
        "engine": {"enum": list(ENGINES)},
        "lang": {"enum": list(LANGUAGES)},
    },
}


def result_schema(ruleset: RuleSet) -> dict[str, Any]:
    """The JSON Schema of a result (`gevoelig schema --result`): the contract's keys, with the fact
    ids of `ruleset` as the ids a signal or an open question can have."""
    schema = copy.deepcopy(_RESULT)
    fact_ids = list(ruleset.facts)
    properties = schema["properties"]
    properties["signals"]["items"]["properties"]["id"] = {"enum": fact_ids}
    properties["open_questions"]["items"]["properties"]["fact"] = {"enum": fact_ids}
    return schema
