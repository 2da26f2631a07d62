"""YAML rule files -> RuleSet: schema checks, references resolved, every error with file and line."""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jsonschema

from . import schema
from .errors import ArgumentError, RuleFileError, suggest
from .model import (
    CLASSIFICATIONS,
    ESCALATIONS,
    ROLES,
    ActionDef,
    AllOf,
    AnyOf,
    Condition,
    CountAtLeast,
    Derivation,
    EventDef,
    FactCondition,
    FactDef,
    HeadlineRef,
    Origin,
    OutcomeAtLeast,
    OverlapGroup,
    Rule,
    RuleSet,
    Sets,
    Setting,
    SignalDef,
    Source,
    Text,
    Unknown,
)
from .yamlfile import DataPath, YamlFile, parse_yaml

RULE_FILES = ("ruleset.yaml", "facts.yaml", "rules.yaml", "events.yaml")
_FILE_SCHEMAS = {
    "ruleset.yaml": schema.RULESET_FILE,
    "facts.yaml": schema.FACTS_FILE,
    "rules.yaml": schema.RULES_FILE,
    "events.yaml": schema.EVENTS_FILE,
}
_COUNTS = {"signals_at_least": "signals", "headlines_at_least": "headlines", "score_at_least": "score", "weight_at_least": "heaviest"}
#: Conditions on what the other rules decided: the classification, the escalation, a role informed.
_OUTCOMES = {"classification_at_least": CLASSIFICATIONS, "escalation_at_least": ESCALATIONS, "informs": ROLES}
#: Who an action asks to act: the levels of the ladder and the roles.
ACTION_ROLES = ("medewerker", "coordinator", "manager", "directie", *ROLES)
HINT = "see docs/rules.md for the rule file format"


def default_rules_dir() -> Path:
    """The folder of the default rule set: inside the installed package, or `rules/` of a checkout."""
    installed = Path(__file__).parent / "default_rules"
    if installed.is_dir():
        return installed
    return Path(__file__).parents[2] / "rules"  # an editable install runs from the checkout


def load_ruleset(
    path: str | Path | None = None,
    *,
    overlays: Iterable[str | Path] = (),
    peildatum: datetime.date | str | None = None,
) -> RuleSet:
    """Load a rule set (the default when `path` is None), pick the version in force on `peildatum`
    (today when None), and apply regional overlay files in order; everything is checked."""
    day = peildatum_day(peildatum)
    folder = select_version(Path(path) if path is not None else default_rules_dir(), day)
    files = {}
    for name in RULE_FILES:
        file_path = folder / name
        try:
            raw = file_path.read_bytes()
        except OSError as error:
            raise RuleFileError(str(file_path), None, f"cannot read the file: {error.strerror}", hint=HINT) from None
        files[name] = parse_yaml(raw, str(file_path))
        check_schema(files[name], _FILE_SCHEMAS[name])
    ruleset = build_ruleset(files, folder)
    for overlay in overlays:
        from .overlay import apply_overlay

        ruleset = apply_overlay(ruleset, Path(overlay), day)
    return ruleset


def peildatum_day(peildatum: datetime.date | str | None) -> datetime.date:
    """The peildatum as a date: today when None, a date as given, or parsed from YYYY-MM-DD."""
    if peildatum is None:
        return datetime.date.today()
    if isinstance(peildatum, str):
        try:
            return datetime.date.fromisoformat(peildatum)
        except ValueError:
            raise ArgumentError(f"peildatum {peildatum!r} is not a date YYYY-MM-DD") from None
    if isinstance(peildatum, datetime.datetime):
        return peildatum.date()  # a date compares with the events' dates; a datetime does not
    return peildatum


def valid_from(folder: Path) -> datetime.date:
    """The valid_from of the rule set in `folder` (its ruleset.yaml only)."""
    header = folder / "ruleset.yaml"
    try:
        file = parse_yaml(header.read_bytes(), str(header))
    except OSError as error:
        raise RuleFileError(str(header), None, f"cannot read the file: {error.strerror}", hint=HINT) from None
    check_schema(file, schema.RULESET_FILE)
    return datetime.date.fromisoformat(file.data["valid_from"])


def select_version(folder: Path, day: datetime.date) -> Path:
    """The rule set folder in force on `day`: `folder` itself, or the version folder inside it
    with the latest valid_from on or before `day`."""
    if (folder / "ruleset.yaml").is_file():
        candidates = [folder]
    elif folder.is_dir():
        candidates = sorted(sub for sub in folder.iterdir() if (sub / "ruleset.yaml").is_file())
    else:
        candidates = []
    if not candidates:
        raise RuleFileError(str(folder), None, "not a rule set folder", hint=f"it must hold {', '.join(RULE_FILES)}, or version folders that do")
    dated = sorted((valid_from(candidate), candidate) for candidate in candidates)
    in_force = [candidate for start, candidate in dated if start <= day]
    if not in_force:
        raise RuleFileError(
            str(folder), None, f"no version of this rule set is in force on {day.isoformat()}",
            hint=f"the earliest is valid from {dated[0][0].isoformat()}; choose a later --peildatum",
        )
    return in_force[-1]


def check_schema(file: YamlFile, file_schema: Mapping[str, Any]) -> None:
    """Raise a RuleFileError with file and line for the first place where `file` breaks `file_schema`."""
    validator = jsonschema.Draft202012Validator(file_schema, format_checker=jsonschema.FormatChecker())
    error = jsonschema.exceptions.best_match(validator.iter_errors(file.data))
    if error is None:
        return
    path = tuple(error.absolute_path)
    where = describe_path(file.data, path)
    if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        allowed = list(error.schema.get("properties", {}))
        for key in error.instance:
            if key not in allowed and not any(re.search(pattern, str(key)) for pattern in error.schema.get("patternProperties", {})):
                hint = f"{where} takes {', '.join(allowed)}; if '{key}' belongs inside one of those, indent it as far as the keys beside it"
                raise file.error((*path, key), f"unknown key '{key}' in {where}", suggestion=suggest(str(key), allowed), hint=hint)
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        raise file.error(path, f"{where} needs '{missing}'", hint=HINT)
    raise file.error(path, f"{where}: {error.message}", hint=HINT)


def describe_path(data: Any, path: tuple[Any, ...]) -> str:
    """A place in a rule file as its author names it: "rule 'b'", "settings, 'score_gevoelig'"."""
    if not path:
        return "the top level of the file"
    words: list[str] = []
    node = data
    for part in path:
        child = node[part] if isinstance(node, (list, dict)) and (isinstance(node, dict) or isinstance(part, int)) else None
        if isinstance(part, int):
            name = child.get("id") if isinstance(child, dict) else None
            words[-1:] = [f"{words[-1] if words else 'item'} '{name}'" if name else f"{words[-1] if words else 'item'} no. {part + 1}"]
        else:
            words.append(str(part))
        node = child
    return ", ".join(words)


def build_ruleset(files: Mapping[str, YamlFile], folder: Path) -> RuleSet:
    header = files["ruleset.yaml"]
    data = header.data
    settings = {name: build_setting(header, ("settings", name), name, entry) for name, entry in data["settings"].items()}
    check_settings(settings)
    classes = {name: entry["weight"] for name, entry in data.get("weight_classes", {}).items()}
    facts = _build_facts(files["facts.yaml"], classes)
    groups = _build_groups(header, data.get("overlap_groups", {}), facts)
    rules = _build_rules(files["rules.yaml"], facts, settings, classes)
    actions = build_actions(files["rules.yaml"], files["rules.yaml"].data.get("actions", []), facts, settings, classes)
    events = _build_events(files["events.yaml"], facts, settings)
    source_file = folder / data["source"]["file"]
    if not source_file.is_file() and (folder.parent / data["source"]["file"]).is_file():
        source_file = folder.parent / data["source"]["file"]  # one text shared by a folder of versions
    try:
        source_text = tuple(source_file.read_text(encoding="utf-8").splitlines())
    except OSError as error:
        raise header.error(("source", "file"), f"cannot read the source text {source_file}: {error.strerror}") from None
    digest = hashlib.sha256()
    for name in RULE_FILES:
        digest.update(name.encode() + b"\0" + files[name].text.encode() + b"\0")
    return RuleSet(
        name=data["name"],
        version=str(data["version"]),
        valid_from=datetime.date.fromisoformat(data["valid_from"]),
        title=Text(**data["title"]),
        document=data["source"]["document"],
        ref=data["source"]["ref"],
        facts=facts,
        rules=rules,
        events=events,
        settings=settings,
        sha256=digest.hexdigest(),
        source_text=source_text,
        files=tuple(files[name].name for name in RULE_FILES),
        weight_classes=classes,
        overlap_groups=groups,
        actions=actions,
    )


def build_setting(file: YamlFile, path: DataPath, name: str, entry: Mapping[str, Any], base: Setting | None = None) -> Setting:
    """A setting as a file gives it; an overlay's keeps the bounds of the setting it changes."""
    bounds = {key: entry.get(key) for key in ("min", "max", "above", "not_below")}
    if base is not None and not any(bounds.values()):
        bounds = {"min": base.minimum, "max": base.maximum, "above": base.above, "not_below": base.not_below}
    return Setting(
        name, entry["value"], Text.of(entry["why"]), Origin(file.name, file.line(path)),
        minimum=bounds["min"], maximum=bounds["max"], above=bounds["above"], not_below=bounds["not_below"],
    )


def check_settings(settings: Mapping[str, Setting]) -> None:
    """Each setting within the bounds the policy gives it, at the line that sets it."""
    for setting in settings.values():
        where = (setting.origin.file, setting.origin.line)
        if setting.minimum is not None and setting.value < setting.minimum:
            raise RuleFileError(*where, f"setting '{setting.name}' is {setting.value}, below its lowest allowed value {setting.minimum}", hint=f"use a value from {setting.minimum}" + (f" to {setting.maximum}" if setting.maximum is not None else ""))
        if setting.maximum is not None and setting.value > setting.maximum:
            raise RuleFileError(*where, f"setting '{setting.name}' is {setting.value}, above its highest allowed value {setting.maximum}", hint=(f"use a value from {setting.minimum} to {setting.maximum}" if setting.minimum is not None else f"use at most {setting.maximum}"))
        for other, strict in ((setting.above, True), (setting.not_below, False)):
            if other is None:
                continue
            if other not in settings:
                raise RuleFileError(*where, f"setting '{setting.name}' is bounded by '{other}', which is no setting", suggestion=suggest(other, settings))
            limit = settings[other].value
            if setting.value < limit or (strict and setting.value == limit):
                relation = "above" if strict else "at least"
                raise RuleFileError(*where, f"setting '{setting.name}' is {setting.value}, but must be {relation} '{other}' ({limit})", hint=f"raise '{setting.name}' or lower '{other}'")


def _build_groups(file: YamlFile, data: Mapping[str, Any], facts: Mapping[str, FactDef]) -> tuple[OverlapGroup, ...]:
    groups: list[OverlapGroup] = []
    seen: dict[str, str] = {}
    for group_id, entry in data.items():
        for index, fact_id in enumerate(entry["facts"]):
            where = ("overlap_groups", group_id, "facts", index)
            if fact_id not in facts or facts[fact_id].signal is None:
                raise file.error(where, f"overlap group '{group_id}' names '{fact_id}', which is no signal", suggestion=suggest(fact_id, facts))
            if fact_id in seen:
                raise file.error(where, f"'{fact_id}' is in two overlap groups, '{seen[fact_id]}' and '{group_id}'", hint="a fact counts once: put it in one group")
            seen[fact_id] = group_id
        groups.append(OverlapGroup(group_id, tuple(entry["facts"]), Text.of(entry["why"])))
    return tuple(groups)


def _build_facts(file: YamlFile, classes: Mapping[str, int]) -> dict[str, FactDef]:
    facts: dict[str, FactDef] = {}
    for index, entry in enumerate(file.data["facts"]):
        path: DataPath = ("facts", index)
        facts_id = entry["id"]
        if facts_id in facts:
            raise file.error(path + ("id",), f"fact '{facts_id}' is defined twice", hint=f"first at {facts[facts_id].origin}")
        facts[facts_id] = build_fact(file, path, entry, classes)
    return facts


def _class_weights(file: YamlFile, path: DataPath, classes: Mapping[str, int], given: Any) -> Any:
    """A signal's `class` (one name, or a name per word) as the weights it stands for."""
    def weight(name: Any, where: DataPath) -> int:
        if name not in classes:
            raise file.error(where, f"unknown weight class '{name}'", suggestion=suggest(str(name), classes), hint=f"use {', '.join(classes) or 'weight: N'} (weight_classes in ruleset.yaml)")
        return classes[name]

    if isinstance(given, dict):
        return {word: weight(name, path + (word,)) for word, name in given.items()}
    return weight(given, path)


def build_fact(file: YamlFile, path: DataPath, entry: Mapping[str, Any], classes: Mapping[str, int] | None = None) -> FactDef:
    """One fact definition, with its values and signal weights checked against its type."""
    kind = entry["type"]
    values = tuple(entry.get("values", ()))
    if kind == "bool" and values:
        raise file.error(path + ("values",), "a bool fact takes no values", hint="remove 'values' or use type grade")
    if kind == "grade" and len(values) < 2:
        raise file.error(path + ("values",), "a grade needs at least two words, lowest first", hint="e.g. [geen, lokaal, landelijk]")
    if kind == "set" and not values:
        raise file.error(path, "a set fact needs its list of words in 'values'")
    signal = None
    if "signal" in entry:
        given = entry["signal"]
        if "class" in given:
            weight, where = _class_weights(file, path + ("signal", "class"), classes or {}, given["class"]), path + ("signal", "class")
        else:
            weight, where = given["weight"], path + ("signal", "weight")
        signal = SignalDef(_weights(file, where, kind, values, weight), Text(**given["label"]))
    words = {}
    for word, text in entry.get("words", {}).items():
        if word not in values:
            raise file.error(path + ("words", word), f"'{word}' is not a word of '{entry['id']}'", suggestion=suggest(str(word), values), hint=f"use {', '.join(values)}")
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


def _weights(file: YamlFile, path: DataPath, kind: str, values: tuple[str, ...], weight: Any) -> dict[bool | str, int]:
    if kind == "bool":
        if not isinstance(weight, int):
            raise file.error(path, "a bool fact's weight is one number", hint="e.g. weight: 2")
        return {True: weight}
    words = values[1:] if kind == "grade" else values
    if isinstance(weight, int):
        return {word: weight for word in words}
    for word in weight:
        if word not in words:
            raise file.error(path + (word,), f"'{word}' is not a word of this fact that can weigh", hint=f"use {', '.join(words)}", suggestion=suggest(word, words))
    missing = [word for word in words if word not in weight]
    if missing:
        raise file.error(path, f"no weight for {', '.join(missing)}", hint="give every word above the lowest a weight")
    if kind == "grade":
        for lower, higher in zip(words, words[1:]):
            if weight[higher] < weight[lower]:
                raise file.error(
                    path + (higher,),
                    f"weight of '{higher}' is lower than of '{lower}'",
                    hint="a higher grade must never weigh less (docs/policy.md, rule 9)",
                )
    return {word: weight[word] for word in words}


def _build_rules(file: YamlFile, facts: Mapping[str, FactDef], settings: Mapping[str, Setting], classes: Mapping[str, int]) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for index, entry in enumerate(file.data["rules"]):
        rules.append(build_rule(file, ("rules", index), entry, facts, settings, classes))
    check_rules(file, rules)
    return tuple(rules)


def build_actions(file: YamlFile, entries: list[Any], facts: Mapping[str, FactDef], settings: Mapping[str, Setting], classes: Mapping[str, int]) -> tuple[ActionDef, ...]:
    """The actions of a rules file: who does what when its condition holds."""
    actions: dict[str, ActionDef] = {}
    for index, entry in enumerate(entries):
        path: DataPath = ("actions", index)
        if entry["id"] in actions:
            raise file.error(path + ("id",), f"action '{entry['id']}' is defined twice", hint=f"first at {actions[entry['id']].origin}")
        if entry["role"] not in ACTION_ROLES:
            raise file.error(path + ("role",), f"unknown role '{entry['role']}'", suggestion=suggest(entry["role"], ACTION_ROLES), hint=f"use {', '.join(ACTION_ROLES)}")
        actions[entry["id"]] = ActionDef(
            id=entry["id"],
            role=entry["role"],
            text=Text(**entry["text"]),
            when=parse_condition(file, path + ("when",), entry["when"], facts, settings, classes, action=True),
            source=Source(tuple(entry["source"]["lines"]), entry["source"]["section"]),
            quote=entry["quote"],
            origin=Origin(file.name, file.line(path)),
            why=Text.of(entry["why"]) if "why" in entry else None,
        )
    return tuple(actions.values())


def build_rule(
    file: YamlFile, path: DataPath, entry: Mapping[str, Any], facts: Mapping[str, FactDef], settings: Mapping[str, Setting], classes: Mapping[str, int] | None = None
) -> Rule:
    sets = entry["sets"]
    when = parse_condition(file, path + ("when",), entry["when"], facts, settings, classes or {})
    kinds = condition_kinds(when)
    if "outcome" in kinds and kinds != {"outcome"}:
        raise file.error(path + ("when",), "a condition on the outcome (classification_at_least, escalation_at_least, informs) cannot be mixed with conditions on facts or counts", hint="write it as a rule of its own")
    return Rule(
        id=entry["id"],
        when=when,
        sets=Sets(
            CLASSIFICATIONS.index(sets["classification"]) if "classification" in sets else None,
            ESCALATIONS.index(sets["escalation"]) if "escalation" in sets else None,
            frozenset(sets.get("inform", ())),
        ),
        because=Text(**entry["because"]),
        source=Source(tuple(entry["source"]["lines"]), entry["source"]["section"]),
        quote=entry["quote"],
        origin=Origin(file.name, file.line(path)),
        headline=entry.get("headline"),
        why=Text.of(entry["why"]) if "why" in entry else None,
    )


def condition_kinds(condition: Condition) -> set[str]:
    """What a condition looks at: facts, counts, the outcome, or unknown facts."""
    if isinstance(condition, (AnyOf, AllOf)):
        return {kind for item in condition.items for kind in condition_kinds(item)}
    if isinstance(condition, OutcomeAtLeast):
        return {"outcome"}
    if isinstance(condition, Unknown):
        return {"unknown"}
    if isinstance(condition, CountAtLeast):
        return {"count"}
    return {"fact"}


def check_rules(file: YamlFile, rules: Iterable[Rule], *, origin_of: Mapping[str, Origin] | None = None) -> None:
    """Check what only the whole list shows: unique ids and headlines, headline references."""
    seen: dict[str, Rule] = {}
    headlines: dict[str, Rule] = {}
    for rule in rules:
        line = rule.origin.line if rule.origin.file == file.name else None
        if rule.id in seen:
            raise RuleFileError(file.name, line, f"rule '{rule.id}' is defined twice", hint=f"first at {seen[rule.id].origin}")
        seen[rule.id] = rule
        if rule.headline and rule.enabled:
            if rule.headline in headlines:
                raise RuleFileError(file.name, line, f"headline {rule.headline} is set by two rules", hint=f"also by '{headlines[rule.headline].id}'")
            if _has_count(rule.when):
                raise RuleFileError(file.name, line, f"headline rule '{rule.id}' counts signals, headlines or the score", hint="a headline criterion must be a condition on facts")
            headlines[rule.headline] = rule
    for rule in seen.values():
        for name in _headline_refs(rule.when):
            if name not in headlines:
                line = rule.origin.line if rule.origin.file == file.name else None
                raise RuleFileError(file.name, line, f"rule '{rule.id}' refers to headline {name}, which no rule defines", suggestion=suggest(name, headlines))
            if headlines[name].id == rule.id or name in _headline_refs(headlines[name].when):
                raise RuleFileError(file.name, rule.origin.line, f"headline {name} refers to itself")


def _has_count(condition: Condition) -> bool:
    if isinstance(condition, (CountAtLeast, OutcomeAtLeast)):
        return True
    if isinstance(condition, (AnyOf, AllOf)):
        return any(_has_count(item) for item in condition.items)
    return False


def _headline_refs(condition: Condition) -> list[str]:
    if isinstance(condition, HeadlineRef):
        return [condition.headline]
    if isinstance(condition, (AnyOf, AllOf)):
        return [name for item in condition.items for name in _headline_refs(item)]
    return []


def parse_condition(
    file: YamlFile, path: DataPath, data: Any, facts: Mapping[str, FactDef], settings: Mapping[str, Setting],
    classes: Mapping[str, int] | None = None, *, action: bool = False,
) -> Condition:
    """A `when` mapping -> Condition, with a clear error for every way it can be wrong."""
    if not isinstance(data, dict) or not data:
        raise file.error(path, "a condition must be a mapping such as {fact: ID}", hint=HINT)
    keys = set(data)
    if "fact" in keys:
        extra = keys - {"fact", "at_least", "contains"}
        if extra:
            raise file.error(path, f"unexpected key(s) {', '.join(sorted(extra))} in a fact condition", hint="a fact condition takes fact, at_least or contains")
        return _fact_condition(file, path, data, facts)
    if len(keys) != 1:
        raise file.error(path, f"a condition has one key, this one has {', '.join(sorted(map(str, keys)))}", hint="wrap several conditions in any: or all:")
    (key,) = keys
    value = data[key]
    if key in ("any", "all"):
        if not isinstance(value, list) or not value:
            raise file.error(path + (key,), f"'{key}' takes a non-empty list of conditions")
        items = tuple(parse_condition(file, path + (key, index), item, facts, settings, classes, action=action) for index, item in enumerate(value))
        return AnyOf(items) if key == "any" else AllOf(items)
    if key == "headline":
        if not isinstance(value, str):
            raise file.error(path + (key,), "'headline' takes a name such as H1")
        return HeadlineRef(value)
    if key in _OUTCOMES:
        words = _OUTCOMES[key]
        if value not in words:
            raise file.error(path + (key,), f"'{key}' takes one of {', '.join(words)}", suggestion=suggest(str(value), words))
        if key == "informs":
            return OutcomeAtLeast("inform", role=value)
        return OutcomeAtLeast(key.removesuffix("_at_least"), level=words.index(value))
    if key == "unknown":
        if not action:
            raise file.error(path + (key,), "only an action may ask whether a fact is unknown", hint="a rule on an unknown fact would lower its outcome once the fact is answered")
        if value not in facts:
            raise file.error(path + (key,), f"unknown fact '{value}'", suggestion=suggest(str(value), facts))
        return Unknown(value)
    if key in _COUNTS:
        setting = None
        if isinstance(value, str) and key == "weight_at_least":
            if value not in (classes or {}):
                raise file.error(path + (key,), f"unknown weight class '{value}'", suggestion=suggest(value, classes or {}), hint="name a weight class of ruleset.yaml or give a number")
            setting, value = value, (classes or {})[value]
        elif isinstance(value, str) and key == "score_at_least":
            if value not in settings:
                raise file.error(path + (key,), f"unknown setting '{value}'", suggestion=suggest(value, settings), hint="name a setting of ruleset.yaml or give a number")
            setting, value = value, settings[value].value
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise file.error(path + (key,), f"'{key}' takes a whole number of at least 1")
        return CountAtLeast(_COUNTS[key], value, setting)
    choices = ["fact", "any", "all", "headline", *_COUNTS, *_OUTCOMES, *(["unknown"] if action else [])]
    raise file.error(path, f"unknown condition '{key}'", suggestion=suggest(str(key), choices), hint=f"use one of {', '.join(choices)}")


def _fact_condition(file: YamlFile, path: DataPath, data: Mapping[str, Any], facts: Mapping[str, FactDef]) -> FactCondition:
    fact_id = data["fact"]
    if fact_id not in facts:
        raise file.error(path + ("fact",), f"unknown fact '{fact_id}'", suggestion=suggest(str(fact_id), facts), hint="use a fact of facts.yaml or add it")
    fact = facts[fact_id]
    at_least = data.get("at_least")
    contains = data.get("contains")
    if at_least is not None and contains is not None:
        raise file.error(path, "use at_least or contains, not both")
    if at_least is not None:
        if fact.type != "grade":
            raise file.error(path + ("at_least",), f"'{fact_id}' is not graded, so at_least does not apply", hint="leave it out: {fact: ID} means true")
        if at_least not in fact.values[1:]:
            raise file.error(path + ("at_least",), f"'{at_least}' is not a grade of '{fact_id}' above the lowest", suggestion=suggest(str(at_least), fact.values), hint=f"use {', '.join(fact.values[1:])}")
    if contains is not None:
        if fact.type != "set":
            raise file.error(path + ("contains",), f"'{fact_id}' is not a list, so contains does not apply")
        if contains not in fact.values:
            raise file.error(path + ("contains",), f"'{contains}' is not a word of '{fact_id}'", suggestion=suggest(str(contains), fact.values), hint=f"use {', '.join(fact.values)}")
    return FactCondition(fact_id, at_least, contains)


def _build_events(file: YamlFile, facts: Mapping[str, FactDef], settings: Mapping[str, Setting]) -> dict[str, EventDef]:
    events: dict[str, EventDef] = {}
    for event_type, entry in file.data["events"].items():
        path: DataPath = ("events", event_type)
        fields = {name: tuple(words) for name, words in entry["fields"].items()}
        derives = []
        for index, derive in enumerate(entry["derives"]):
            where = path + ("derives", index)
            fact_id = derive["fact"]
            if fact_id not in facts:
                raise file.error(where + ("fact",), f"unknown fact '{fact_id}'", suggestion=suggest(fact_id, facts))
            fact = facts[fact_id]
            if sum(mode in derive for mode in ("highest", "window", "days_at_least")) > 1:
                raise file.error(where, "use one of highest, window or days_at_least")
            within = derive.get("within")
            if within is not None and within not in settings:
                raise file.error(where + ("within",), f"unknown setting '{within}'", suggestion=suggest(within, settings))
            if "highest" in derive:
                field = derive["highest"]
                if field not in fields:
                    raise file.error(where + ("highest",), f"event '{event_type}' has no field '{field}'", suggestion=suggest(field, fields))
                if fact.type != "grade" or not set(fields[field]) <= set(fact.values):
                    raise file.error(where + ("highest",), f"the words of '{field}' are not grades of '{fact_id}'")
                derives.append(Derivation(fact_id, "highest", field=field, within=within))
                continue
            if fact.type != "bool":
                raise file.error(where + ("fact",), f"'{fact_id}' is not a bool fact; derive it with highest: FIELD")
            if "window" in derive:
                for part in ("count", "days"):
                    name = derive["window"][part]
                    if name not in settings:
                        raise file.error(where + ("window", part), f"unknown setting '{name}'", suggestion=suggest(name, settings))
                derives.append(Derivation(fact_id, "window", count_setting=derive["window"]["count"], days_setting=derive["window"]["days"], within=within))
            elif "days_at_least" in derive:
                name = derive["days_at_least"]
                if name not in settings:
                    raise file.error(where + ("days_at_least",), f"unknown setting '{name}'", suggestion=suggest(name, settings))
                derives.append(Derivation(fact_id, "days", count_setting=name, within=within))
            else:
                derives.append(Derivation(fact_id, "present", within=within))
        events[event_type] = EventDef(event_type, fields, tuple(derives))
    return events
