"""One entry of a rule file -> its checked definition (a setting, a fact with its signal, a rule),
and the checks that a rule set and each overlay on it both pass."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from . import _messages, _rulecache, _schema
from ._conditions import condition_kinds, parse_condition, settings_named
from ._errors import RuleFileError, excerpt, suggest
from ._messages import Localised, Message, Number
from ._model import (
    Classification,
    Escalation,
    EventDef,
    FactDef,
    Origin,
    Rule,
    Sets,
    Setting,
    SignalDef,
    Source,
    Strength,
    Text,
)
from ._schema import HINT
from ._yamlfile import MAX_RULE_FILE_BYTES, DataPath, YamlFile, parse_yaml, read_limited

# The bounds of a rule set with its overlays (docs/rules.md, "Limits"). The default 2026.2 has 46
# facts and 30 rules; a region adds a few. Each bound is checked before the work it guards.
MAX_FACTS = 500
MAX_RULES = 500

#: The files of a rule set version, with the schema each is checked against.
RULE_FILES = ("ruleset.yaml", "facts.yaml", "rules.yaml", "events.yaml")
_FILE_SCHEMAS = {
    "ruleset.yaml": _schema.RULESET_FILE,
    "facts.yaml": _schema.FACTS_FILE,
    "rules.yaml": _schema.RULES_FILE,
    "events.yaml": _schema.EVENTS_FILE,
    "overlay": _schema.OVERLAY_FILE,
}


def read_rule_file(path: Path, name: str, kind: str, *, regular: bool = True) -> YamlFile:
    """A rule file read and checked against the schema of its `kind` (a name of RULE_FILES, or
    "overlay"), from the cache when these bytes passed before (_rulecache.py)."""
    return rule_file(read_limited(path, name, MAX_RULE_FILE_BYTES, regular=regular), name, kind)


def rule_file(raw: bytes, name: str, kind: str) -> YamlFile:
    """The bytes of a rule file, parsed and checked (see read_rule_file)."""
    cached = _rulecache.load(kind, raw, name)
    if cached is not None:
        return cached
    file = parse_yaml(raw, name)
    check_schema(file, _FILE_SCHEMAS[kind])
    _rulecache.store(kind, raw, file)
    return file


def check_schema(file: YamlFile, file_schema: Mapping[str, Any]) -> None:
    """Raise a RuleFileError with file and line for the first place where `file` breaks
    `file_schema`, in words that quote at most an excerpt of what the file says."""
    import jsonschema  # only when a file is checked: a rule set read from the cache needs none

    validator = jsonschema.Draft202012Validator(
        file_schema, format_checker=jsonschema.FormatChecker()
    )
    error = jsonschema.exceptions.best_match(validator.iter_errors(file.data))
    if error is None:
        return
    path = tuple(error.absolute_path)
    where = Place(file.data, path)
    if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        allowed = list(error.schema.get("properties", {}))
        for key in error.instance:
            if key not in allowed:
                shown = excerpt(key)
                raise file.error(
                    (*path, key),
                    Message("unknown_key", shown=shown, where=where),
                    suggestion=suggest(str(key), allowed),
                    hint=Message(
                        "unknown_key_hint",
                        where=where,
                        allowed=", ".join(allowed),
                        shown=shown,
                    ),
                )
    if error.validator == "required" and isinstance(error.instance, Mapping):
        missing = next((key for key in error.validator_value if key not in error.instance), "?")
        raise file.error(
            path,
            Message("required_key_missing", where=where, missing=missing),
            hint=HINT,
        )
    raise file.error(
        path,
        Message("schema_violation", where=where, what=_schema.schema_problem(error)),
        hint=HINT,
    )


def describe_path(data: Any, path: tuple[Any, ...], lang: str = "en") -> str:
    """A place in a rule file as its author names it: "rule 'b'", "settings, 'score_gevoelig'"."""
    if not path:
        return _messages.word("place_top_level", lang)
    words: list[str] = []
    node = data
    for part in path:
        child = (
            node[part]
            if isinstance(node, (list, dict)) and (isinstance(node, dict) or isinstance(part, int))
            else None
        )
        if isinstance(part, int):
            name = child.get("id") if isinstance(child, dict) else None
            before = words[-1] if words else _messages.word("place_item", lang)
            words[-1:] = [
                f"{before} '{excerpt(name)}'"
                if isinstance(name, str)
                else _messages.word("place_number", lang, before=before, number=part + 1)
            ]
        else:
            words.append(excerpt(str(part)))
        node = child
    return ", ".join(words)


class Place(Localised):
    """A place in a rule file, as `describe_path` names it in the language of the message."""

    __slots__ = ("data", "path")

    def __init__(self, data: Any, path: tuple[Any, ...]) -> None:
        self.data = data
        self.path = path

    def render(self, lang: str) -> str:
        return describe_path(self.data, self.path, lang)


def build_setting(
    file: YamlFile, path: DataPath, name: str, entry: Mapping[str, Any], base: Setting | None = None
) -> Setting:
    """A setting as a file gives it; an overlay's keeps the bounds of the setting it changes."""
    bounds = {key: entry.get(key) for key in ("min", "max", "above", "not_below")}
    if base is not None and not any(bounds.values()):
        bounds = {
            "min": base.minimum,
            "max": base.maximum,
            "above": base.above,
            "not_below": base.not_below,
        }
    return Setting(
        name,
        entry["value"],
        Text.of(entry["why"]),
        Origin(file.name, file.line(path)),
        minimum=bounds["min"],
        maximum=bounds["max"],
        above=bounds["above"],
        not_below=bounds["not_below"],
    )


def check_setting_bounds(settings: Mapping[str, Setting]) -> None:
    """Each setting within the bounds the policy gives it (min, max, above, not_below), at the
    line that sets it. check_settings checks the range of what a setting is used for."""
    for setting in settings.values():
        where = (setting.origin.file, setting.origin.line)
        name = excerpt(setting.name)
        low, high = setting.minimum, setting.maximum
        hint: Message | None = None
        if low is not None and high is not None:
            hint = Message("value_range_hint", low=Number(low), high=Number(high))
        elif low is not None:
            hint = Message("value_at_least_hint", low=Number(low))
        elif high is not None:
            hint = Message("value_at_most_hint", high=Number(high))
        if low is not None and setting.value < low:
            raise RuleFileError(
                *where,
                Message(
                    "setting_below_lowest",
                    name=name,
                    value=Number(setting.value),
                    low=Number(low),
                ),
                hint=hint,
            )
        if high is not None and setting.value > high:
            raise RuleFileError(
                *where,
                Message(
                    "setting_above_highest",
                    name=name,
                    value=Number(setting.value),
                    high=Number(high),
                ),
                hint=hint,
            )
        for other, strict in ((setting.above, True), (setting.not_below, False)):
            if other is None:
                continue
            if other not in settings:
                raise RuleFileError(
                    *where,
                    Message("setting_bounded_by_unknown", name=name, other=other),
                    suggestion=suggest(other, settings),
                    hint=Message("unknown_setting_hint"),
                )
            limit = settings[other].value
            if setting.value < limit or (strict and setting.value == limit):
                raise RuleFileError(
                    *where,
                    Message(
                        "setting_not_above_other" if strict else "setting_below_other",
                        name=name,
                        value=Number(setting.value),
                        other=other,
                        limit=Number(limit),
                    ),
                    hint=Message("setting_relation_hint", name=name, other=other),
                )


def check_count(file: YamlFile, path: DataPath, count: int, limit: int, what: str) -> None:
    """Refuse more facts or rules than a rule set may have (`what`: "facts" or "rules"), before
    any of them is built."""
    if count > limit:
        raise file.error(
            path,
            Message(f"too_many_{what}", count=Number(count), limit=Number(limit)),
            hint=Message("too_many_hint"),
        )


def check_settings(
    settings: Mapping[str, Setting], rules: Iterable[Rule], events: Mapping[str, EventDef]
) -> None:
    """Refuse a setting outside the range of what it is used for (_schema.SETTING_RANGES), at the
    line that set it, naming the narrowest range and the use that sets it."""
    uses: dict[str, list[tuple[str, Message]]] = {name: [] for name in settings}
    for event in events.values():
        for derivation in event.derives:
            if derivation.mode == "window":
                assert (
                    derivation.days_setting is not None and derivation.count_setting is not None
                )  # a window names both
                fact = derivation.fact
                uses[derivation.days_setting].append(
                    ("days", Message("number_use_window_days", fact=fact))
                )
                uses[derivation.count_setting].append(
                    ("events", Message("number_use_window_events", fact=fact))
                )
            elif derivation.mode == "days":
                assert derivation.count_setting is not None  # days_at_least names its setting
                fact = derivation.fact
                uses[derivation.count_setting].append(
                    ("events", Message("number_use_days_with_events", fact=fact))
                )
            if derivation.within:
                fact = derivation.fact
                uses[derivation.within].append(
                    ("days", Message("number_use_evidence_days", fact=fact))
                )
    for rule in rules:
        for name in settings_named(rule.when):
            uses[name].append(("threshold", Message("number_use_rule_threshold", rule_id=rule.id)))
    for name, setting in settings.items():
        kinds = uses[name] or [("threshold", Message("number_use_setting"))]
        ranges = [_schema.SETTING_RANGES[kind] for kind, _ in kinds]
        low, high = max(low for low, _ in ranges), min(high for _, high in ranges)
        if low <= setting.value <= high:
            continue
        _, use = min(kinds, key=lambda kind: _schema.SETTING_RANGES[kind[0]][1])
        shown = excerpt(name)
        raise RuleFileError(
            setting.origin.file,
            setting.origin.line,
            Message(
                "number_outside_range",
                shown=shown,
                value=Number(setting.value),
                low=Number(low),
                high=Number(high),
            ),
            hint=Message("number_outside_range_hint", use=use, low=Number(low), high=Number(high)),
        )


def _class_weights(file: YamlFile, path: DataPath, classes: Mapping[str, int], given: Any) -> Any:
    """A signal's `class` (one name, or a name per word) as the weights it stands for."""

    def weight(name: Any, where: DataPath) -> int:
        if name not in classes:
            shown, choices = excerpt(name), ", ".join(classes) or "weight: N"
            raise file.error(
                where,
                Message("unknown_weight_class", shown=shown),
                suggestion=suggest(str(name), classes),
                hint=Message("unknown_weight_class_hint", choices=choices),
            )
        return classes[name]

    if isinstance(given, dict):
        return {word: weight(name, path + (word,)) for word, name in given.items()}
    return weight(given, path)


def build_fact(
    file: YamlFile,
    path: DataPath,
    entry: Mapping[str, Any],
    classes: Mapping[str, int] | None = None,
) -> FactDef:
    """One fact definition, with its values and signal weights checked against its type."""
    kind = entry["type"]
    values = tuple(entry.get("values", ()))
    if kind == "bool" and values:
        raise file.error(
            path + ("values",),
            Message("bool_fact_with_values"),
            hint=Message("bool_fact_with_values_hint"),
        )
    if kind == "grade" and len(values) < 2:
        raise file.error(
            path + ("values",),
            Message("grade_too_few_words"),
            hint=Message("grade_too_few_words_hint"),
        )
    if kind == "set" and not values:
        raise file.error(
            path,
            Message("set_fact_without_values"),
            hint=Message("set_fact_without_values_hint"),
        )
    signal = None
    if "signal" in entry:
        given = entry["signal"]
        if "class" in given:
            weight, where = (
                _class_weights(file, path + ("signal", "class"), classes or {}, given["class"]),
                path + ("signal", "class"),
            )
        else:
            weight, where = given["weight"], path + ("signal", "weight")
        signal = SignalDef(
            signal_weights(file, where, kind, values, weight), Text(**given["label"])
        )
    words = {}
    for word, text in entry.get("words", {}).items():
        if word not in values:
            shown, choices = excerpt(word), ", ".join(values)
            raise file.error(
                path + ("words", word),
                Message("not_a_word_of_fact", shown=shown, entry_id=entry["id"]),
                suggestion=suggest(str(word), values),
                hint=Message("choose_from_hint", choices=choices),
            )
        words[word] = Text(**text)
    return FactDef(
        id=entry["id"],
        type=kind,
        values=values,
        kind=entry["kind"],
        category=entry["category"],
        question=Text(**entry["question"]),
        source=Source(tuple(entry["source"]["lines"]), entry["source"]["section"]),
        quote=entry["quote"],
        signal=signal,
        origin=Origin(file.name, file.line(path)),
        words=words,
    )


def signal_weights(
    file: YamlFile, path: DataPath, kind: str, values: tuple[str, ...], weight: Any
) -> dict[bool | str, int]:
    if kind == "bool":
        if not isinstance(weight, int):
            raise file.error(
                path,
                Message("bool_fact_weight_not_number"),
                hint=Message("bool_fact_weight_not_number_hint"),
            )
        return {True: weight}
    words = values[1:] if kind == "grade" else values
    if isinstance(weight, int):
        return dict.fromkeys(words, weight)
    for word in weight:
        if word not in words:
            shown, choices = excerpt(word), ", ".join(words)
            raise file.error(
                path + (word,),
                Message("not_a_weighing_word_of_fact", shown=shown),
                hint=Message("choose_from_hint", choices=choices),
                suggestion=suggest(str(word), words),
            )
    missing = ", ".join(word for word in words if word not in weight)
    if missing:
        raise file.error(
            path,
            Message("weight_missing", missing=missing),
            hint=Message("weight_missing_hint"),
        )
    if kind == "grade":
        for lower, higher in itertools.pairwise(words):
            if weight[higher] < weight[lower]:
                raise file.error(
                    path + (higher,),
                    Message("grade_weight_decreases", higher=higher, lower=lower),
                    hint=Message("grade_weight_decreases_hint"),
                )
    return {word: weight[word] for word in words}


def build_rule(
    file: YamlFile,
    path: DataPath,
    entry: Mapping[str, Any],
    facts: Mapping[str, FactDef],
    settings: Mapping[str, Setting],
    classes: Mapping[str, int] | None = None,
) -> Rule:
    sets = entry["sets"]
    when = parse_condition(file, path + ("when",), entry["when"], facts, settings, classes or {})
    kinds = condition_kinds(when)
    if "outcome" in kinds and kinds != {"outcome"}:
        raise file.error(
            path + ("when",),
            Message("outcome_condition_mixed"),
            hint=Message("outcome_condition_mixed_hint"),
        )
    return Rule(
        id=entry["id"],
        when=when,
        sets=Sets(
            Classification.of(sets["classification"]) if "classification" in sets else None,
            Escalation.of(sets["escalation"]) if "escalation" in sets else None,
            frozenset(sets.get("inform", ())),
        ),
        because=Text(**entry["because"]),
        source=Source(tuple(entry["source"]["lines"]), entry["source"]["section"]),
        quote=entry["quote"],
        origin=Origin(file.name, file.line(path)),
        headline=entry.get("headline"),
        why=Text.of(entry["why"]) if "why" in entry else None,
        strength=_strength(file, path, entry, facts, settings, classes or {}),
        only_with=tuple(sorted(entry.get("only_with", {}).items())),
    )


def _strength(
    file: YamlFile,
    path: DataPath,
    entry: Mapping[str, Any],
    facts: Mapping[str, FactDef],
    settings: Mapping[str, Setting],
    classes: Mapping[str, int],
) -> tuple[Strength, ...]:
    """A headline rule's `strength` and `stronger` as Strengths: a number, or a setting's value."""
    if "strength" not in entry and "stronger" not in entry:
        return ()
    if not entry.get("headline"):
        raise file.error(
            path,
            Message("strength_without_headline"),
            hint=Message("strength_without_headline_hint"),
        )

    def number(given: Any, where: DataPath) -> tuple[int, str | None]:
        if isinstance(given, str):
            if given not in settings:
                raise file.error(
                    where,
                    Message("unknown_setting", given=excerpt(given)),
                    suggestion=suggest(given, settings),
                    hint=Message("unknown_setting_or_number_hint"),
                )
            return settings[given].value, given
        return int(given), None

    out = [Strength(*number(entry.get("strength", 1), path + ("strength",)))]
    if "stronger" in entry:
        stronger = entry["stronger"]
        when = parse_condition(
            file, path + ("stronger", "when"), stronger["when"], facts, settings, classes
        )
        if condition_kinds(when) != {"fact"}:
            raise file.error(
                path + ("stronger", "when"),
                Message("stronger_headline_not_on_facts"),
                hint=Message("stronger_headline_not_on_facts_hint"),
            )
        out.append(Strength(*number(stronger["strength"], path + ("stronger", "strength")), when))
    return tuple(out)
