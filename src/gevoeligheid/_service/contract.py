"""A contract that stays put across rule set versions: the dossier and result schemas of the
contract are the union of those of every version the service can decide by, and carry no version
in a name or title, so that a client generated before a new version comes into force keeps its
type names (and its dossiers) after.

The JSON Schemas at /v1/schemas/* stay those of the version in force, exact; the contract is
wider, and the service still refuses, with a problem document, a fact the version that decides
does not know. /v1/rulesets/{version} says which facts each version knows.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from .. import GevoeligheidError, RuleSet, dossier_schema, load_ruleset
from .._schema import result_schema
from .rulesets import Rules

#: Keys whose larger value is the wider schema, and those whose smaller one is.
_LARGEST = ("maxLength", "maxItems", "maximum", "maxProperties")
_SMALLEST = ("minLength", "minItems", "minimum", "minProperties")


def rulesets(rules: Rules) -> list[RuleSet]:
    """Every version in the rule set folder that loads with the service's overlays (on the day it
    comes into force), oldest first; the version in force is always among them."""
    in_force = rules.current()[0].ruleset
    found: list[RuleSet] = []
    for version in rules.versions():
        if version["version"] == in_force.version:
            found.append(in_force)
            continue
        try:
            found.append(
                load_ruleset(
                    version["folder"],
                    overlays=rules.overlays,
                    peildatum=datetime.date.fromisoformat(version["valid_from"]),
                )
            )
        except (
            GevoeligheidError
        ):  # an overlay not valid on that day: the service cannot decide by it
            continue
    if not any(ruleset is in_force for ruleset in found):
        found.append(in_force)
    return found


def dossier_component(versions: Iterable[RuleSet]) -> dict[str, Any]:
    """The contract's dossier: accepts the facts and events of every version."""
    return _named(_union(dossier_schema(ruleset) for ruleset in versions), "Dossier")


def result_component(versions: Iterable[RuleSet]) -> dict[str, Any]:
    """The contract's result: the ids of every version's facts and rules."""
    return _named(_union(result_schema(ruleset) for ruleset in versions), "Result")


def _named(schema: dict[str, Any], name: str) -> dict[str, Any]:
    """As an OpenAPI component: the title is the component's name (generators name a type by its
    title), and OpenAPI 3.1 names the dialect once for the whole document."""
    return {
        "title": name,
        **{key: value for key, value in schema.items() if key not in ("$schema", "title")},
    }


def _union(schemas: Iterable[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] | None = None
    for schema in schemas:  # oldest first: a later version's description is the one kept
        merged = schema if merged is None else merge(merged, schema)
    if merged is None:
        raise ValueError("no rule set version to describe")
    return merged


def merge(old: Any, new: Any) -> Any:
    """A JSON Schema that accepts what either accepts (for the shapes the library's schemas
    have): enums joined, properties joined (required only where both require), variants of a
    `oneOf` joined by their `type` constant, bounds widened; where the two differ in kind, both
    as `anyOf`."""
    if old == new:
        return old
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return new
    if ("enum" in old) != ("enum" in new) or ("const" in old) != ("const" in new):
        return {"anyOf": [old, new]}
    out: dict[str, Any] = {}
    for key in [*old, *(key for key in new if key not in old)]:
        if key not in old or key not in new:
            # a key only one side has: kept when it widens (properties, descriptions), dropped
            # when it narrows (a bound or a requirement the other side does not have)
            if key in ("required", *_LARGEST, *_SMALLEST, "const", "pattern", "format"):
                continue
            out[key] = new[key] if key in new else old[key]
            continue
        a, b = old[key], new[key]
        if key == "enum":
            out[key] = [*a, *(value for value in b if value not in a)]
        elif key == "type":
            out[key] = _join_types(a, b)
        elif key == "required":
            out[key] = [name for name in a if name in b]
        elif key in _LARGEST:
            out[key] = max(a, b)
        elif key in _SMALLEST:
            out[key] = min(a, b)
        elif key in ("properties", "patternProperties", "$defs"):
            out[key] = {
                name: merge(a[name], b[name])
                if name in a and name in b
                else (b[name] if name in b else a[name])
                for name in [*a, *(name for name in b if name not in a)]
            }
        elif key in ("oneOf", "anyOf"):
            out[key] = _join_variants(a, b)
        elif key == "additionalProperties" and isinstance(a, bool) and isinstance(b, bool):
            out[key] = a or b
        elif isinstance(a, dict) and isinstance(b, dict):
            out[key] = merge(a, b)
        elif key in ("const", "pattern", "format"):
            return {"anyOf": [old, new]}
        else:
            out[key] = b  # descriptions, examples: the later version's words
    return out


def _join_types(a: str | list[str], b: str | list[str]) -> str | list[str]:
    first = [a] if isinstance(a, str) else list(a)
    joined = [*first, *(kind for kind in ([b] if isinstance(b, str) else b) if kind not in first)]
    return joined[0] if len(joined) == 1 else joined


def _variant_key(variant: Any) -> Any:
    """What makes a variant the same one in another version: its `type` constant (an event's
    type), else the variant itself."""
    if isinstance(variant, dict):
        constant = variant.get("properties", {}).get("type", {}).get("const")
        if constant is not None:
            return ("type", constant)
    return ("schema", repr(variant))


def _join_variants(a: list[Any], b: list[Any]) -> list[Any]:
    out = list(a)
    index = {_variant_key(variant): number for number, variant in enumerate(out)}
    for variant in b:
        key = _variant_key(variant)
        if key in index:
            out[index[key]] = merge(out[index[key]], variant)
        else:
            index[key] = len(out)
            out.append(variant)
    return out
