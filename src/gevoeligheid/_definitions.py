"""One entry of a rule file -> its checked definition (a setting, a fact with its signal, a rule),
and the checks that a rule set and each overlay on it both pass."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from . import _rulecache, _schema
from ._conditions import condition_kinds, parse_condition, settings_named
from ._errors import Dutch, RuleFileError, excerpt, number_nl, suggest
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
from ._schema import HINT, HINT_NL
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
    where, where_nl = describe_path(file.data, path), describe_path(file.data, path, "nl")
    if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        allowed = list(error.schema.get("properties", {}))
        for key in error.instance:
            if key not in allowed:
                shown = excerpt(key)
                hint = f"{where} takes {', '.join(allowed)}; if '{shown}' belongs inside one of those, indent it as far as the keys beside it"
                hint_nl = f"{where_nl} kent {', '.join(allowed)}; hoort '{shown}' in een daarvan, spring het dan even ver in als de sleutels ernaast"
                raise file.error(
                    (*path, key),
                    f"unknown key '{shown}' in {where}",
                    suggestion=suggest(str(key), allowed),
                    hint=hint,
                    nl=Dutch(f"onbekende sleutel '{shown}' in {where_nl}", hint=hint_nl),
                )
    if error.validator == "required" and isinstance(error.instance, Mapping):
        missing = next((key for key in error.validator_value if key not in error.instance), "?")
        raise file.error(
            path,
            f"{where} needs '{missing}'",
            hint=HINT,
            nl=Dutch(f"{where_nl} mist '{missing}'", hint=HINT_NL),
        )
    what, what_nl = _schema.error_words(error)
    raise file.error(
        path, f"{where}: {what}", hint=HINT, nl=Dutch(f"{where_nl}: {what_nl}", hint=HINT_NL)
    )


def describe_path(data: Any, path: tuple[Any, ...], lang: str = "en") -> str:
    """A place in a rule file as its author names it: "rule 'b'", "settings, 'score_gevoelig'"."""
    if not path:
        return (
            "het bestand zelf (het bovenste niveau)"
            if lang == "nl"
            else "the top level of the file"
        )
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
            before = words[-1] if words else ("onderdeel" if lang == "nl" else "item")
            number = f"nr. {part + 1}" if lang == "nl" else f"no. {part + 1}"
            words[-1:] = [
                f"{before} '{excerpt(name)}'" if isinstance(name, str) else f"{before} {number}"
            ]
        else:
            words.append(excerpt(str(part)))
        node = child
    return ", ".join(words)


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
        if low is not None and high is not None:
            hint, hint_nl = (
                f"use a value from {low:,} to {high:,}",
                f"gebruik een waarde van {number_nl(low)} tot en met {number_nl(high)}",
            )
        elif low is not None:
            hint, hint_nl = (
                f"use a value from {low:,}",
                f"gebruik een waarde vanaf {number_nl(low)}",
            )
        else:
            hint, hint_nl = (
                f"use at most {high:,}" if high is not None else "",
                f"gebruik hoogstens {number_nl(high)}" if high is not None else "",
            )
        if low is not None and setting.value < low:
            raise RuleFileError(
                *where,
                f"setting '{name}' is {setting.value:,}, below its lowest allowed value {low:,}",
                hint=hint,
                nl=Dutch(
                    f"de instelling '{name}' is {number_nl(setting.value)}, onder haar laagst toegestane waarde {number_nl(low)}",
                    hint=hint_nl,
                ),
            )
        if high is not None and setting.value > high:
            raise RuleFileError(
                *where,
                f"setting '{name}' is {setting.value:,}, above its highest allowed value {high:,}",
                hint=hint,
                nl=Dutch(
                    f"de instelling '{name}' is {number_nl(setting.value)}, boven haar hoogst toegestane waarde {number_nl(high)}",
                    hint=hint_nl,
                ),
            )
        for other, strict in ((setting.above, True), (setting.not_below, False)):
            if other is None:
                continue
            if other not in settings:
                raise RuleFileError(
                    *where,
                    f"setting '{name}' is bounded by '{other}', which is no setting",
                    suggestion=suggest(other, settings),
                    hint="name a setting of ruleset.yaml",
                    nl=Dutch(
                        f"de instelling '{name}' wordt begrensd door '{other}', dat geen instelling is",
                        hint="noem een instelling uit ruleset.yaml",
                    ),
                )
            limit = settings[other].value
            if setting.value < limit or (strict and setting.value == limit):
                relation, relation_nl = ("above", "boven") if strict else ("at least", "minstens")
                raise RuleFileError(
                    *where,
                    f"setting '{name}' is {setting.value:,}, but must be {relation} '{other}' ({limit:,})",
                    hint=f"raise '{name}' or lower '{other}'",
                    nl=Dutch(
                        f"de instelling '{name}' is {number_nl(setting.value)}, maar moet {relation_nl} '{other}' ({number_nl(limit)}) zijn",
                        hint=f"verhoog '{name}' of verlaag '{other}'",
                    ),
                )


def check_count(
    file: YamlFile, path: DataPath, count: int, limit: int, what: str, what_nl: str
) -> None:
    """Refuse more facts or rules than a rule set may have, before any of them is built."""
    if count > limit:
        raise file.error(
            path,
            f"{count:,} {what}, more than the limit of {limit:,} for a rule set with its overlays",
            hint="a region changes a few rules; is this the right file?",
            nl=Dutch(
                f"{number_nl(count)} {what_nl}, meer dan het maximum van {number_nl(limit)} voor een regelset met haar overlays",
                hint="een regio verandert een paar regels; is dit het goede bestand?",
            ),
        )


def check_settings(
    settings: Mapping[str, Setting], rules: Iterable[Rule], events: Mapping[str, EventDef]
) -> None:
    """Refuse a setting outside the range of what it is used for (_schema.SETTING_RANGES), at the
    line that set it, naming the narrowest range and the use that sets it."""
    uses: dict[str, list[tuple[str, str, str]]] = {name: [] for name in settings}
    for event in events.values():
        for derivation in event.derives:
            if derivation.mode == "window":
                assert (
                    derivation.days_setting is not None and derivation.count_setting is not None
                )  # a window names both
                fact = derivation.fact
                uses[derivation.days_setting].append(
                    (
                        "days",
                        f"the days of the window that derives '{fact}'",
                        f"het aantal dagen van het venster dat '{fact}' afleidt",
                    )
                )
                uses[derivation.count_setting].append(
                    (
                        "events",
                        f"the number of events of the window that derives '{fact}'",
                        f"het aantal gebeurtenissen van het venster dat '{fact}' afleidt",
                    )
                )
            elif derivation.mode == "days":
                assert derivation.count_setting is not None  # days_at_least names its setting
                fact = derivation.fact
                uses[derivation.count_setting].append(
                    (
                        "events",
                        f"the number of days with events that derives '{fact}'",
                        f"het aantal dagen met gebeurtenissen dat '{fact}' afleidt",
                    )
                )
            if derivation.within:
                fact = derivation.fact
                uses[derivation.within].append(
                    (
                        "days",
                        f"the days of the evidence window of '{fact}'",
                        f"het aantal dagen van het bewijsvenster van '{fact}'",
                    )
                )
    for rule in rules:
        for name in settings_named(rule.when):
            uses[name].append(
                (
                    "threshold",
                    f"the threshold of rule '{rule.id}'",
                    f"de drempel van regel '{rule.id}'",
                )
            )
    for name, setting in settings.items():
        kinds = uses[name] or [("threshold", "a setting", "een instelling")]
        ranges = [_schema.SETTING_RANGES[kind] for kind, _, _ in kinds]
        low, high = max(low for low, _ in ranges), min(high for _, high in ranges)
        if low <= setting.value <= high:
            continue
        _, use, use_nl = min(kinds, key=lambda kind: _schema.SETTING_RANGES[kind[0]][1])
        shown = excerpt(name)
        raise RuleFileError(
            setting.origin.file,
            setting.origin.line,
            f"setting '{shown}' is {setting.value:,}, outside {low:,} to {high:,}",
            hint=f"it is {use}: give a whole number from {low:,} to {high:,}",
            nl=Dutch(
                f"de instelling '{shown}' is {number_nl(setting.value)}, buiten {number_nl(low)} tot en met {number_nl(high)}",
                hint=f"het is {use_nl}: geef een heel getal van {number_nl(low)} tot en met {number_nl(high)}",
            ),
        )


def _class_weights(file: YamlFile, path: DataPath, classes: Mapping[str, int], given: Any) -> Any:
    """A signal's `class` (one name, or a name per word) as the weights it stands for."""

    def weight(name: Any, where: DataPath) -> int:
        if name not in classes:
            shown, choices = excerpt(name), ", ".join(classes) or "weight: N"
            raise file.error(
                where,
                f"unknown weight class '{shown}'",
                suggestion=suggest(str(name), classes),
                hint=f"use {choices} (weight_classes in ruleset.yaml)",
                nl=Dutch(
                    f"onbekende gewichtsklasse '{shown}'",
                    hint=f"gebruik {choices} (weight_classes in ruleset.yaml)",
                ),
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
            "a bool fact takes no values",
            hint="remove 'values' or use type grade",
            nl=Dutch(
                "een ja/nee-feit (bool) heeft geen values",
                hint="haal 'values' weg of gebruik type grade",
            ),
        )
    if kind == "grade" and len(values) < 2:
        raise file.error(
            path + ("values",),
            "a grade needs at least two words, lowest first",
            hint="e.g. [geen, lokaal, landelijk]",
            nl=Dutch(
                "een grade heeft ten minste twee woorden nodig, het laagste eerst",
                hint="bijvoorbeeld [geen, lokaal, landelijk]",
            ),
        )
    if kind == "set" and not values:
        raise file.error(
            path,
            "a set fact needs its list of words in 'values'",
            hint="e.g. values: [bestuurlijk, juridisch]",
            nl=Dutch(
                "een set-feit heeft zijn lijst met woorden nodig in 'values'",
                hint="bijvoorbeeld values: [bestuurlijk, juridisch]",
            ),
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
                f"'{shown}' is not a word of '{entry['id']}'",
                suggestion=suggest(str(word), values),
                hint=f"use {choices}",
                nl=Dutch(f"'{shown}' is geen woord van '{entry['id']}'", hint=f"gebruik {choices}"),
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
                "a bool fact's weight is one number",
                hint="e.g. weight: 2",
                nl=Dutch(
                    "het gewicht van een ja/nee-feit is één getal", hint="bijvoorbeeld weight: 2"
                ),
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
                f"'{shown}' is not a word of this fact that can weigh",
                hint=f"use {choices}",
                suggestion=suggest(str(word), words),
                nl=Dutch(
                    f"'{shown}' is geen woord van dit feit dat gewicht kan hebben",
                    hint=f"gebruik {choices}",
                ),
            )
    missing = ", ".join(word for word in words if word not in weight)
    if missing:
        raise file.error(
            path,
            f"no weight for {missing}",
            hint="give every word above the lowest a weight",
            nl=Dutch(
                f"geen gewicht voor {missing}", hint="geef elk woord boven het laagste een gewicht"
            ),
        )
    if kind == "grade":
        for lower, higher in itertools.pairwise(words):
            if weight[higher] < weight[lower]:
                raise file.error(
                    path + (higher,),
                    f"weight of '{higher}' is lower than of '{lower}'",
                    hint="a higher grade must never weigh less (docs/policy.md, rule 9)",
                    nl=Dutch(
                        f"het gewicht van '{higher}' is lager dan dat van '{lower}'",
                        hint="een hogere graad mag nooit minder wegen (docs/policy.md, regel 9)",
                    ),
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
            "a condition on the outcome (classification_at_least, escalation_at_least, informs) cannot be mixed with conditions on facts or counts",
            hint="write it as a rule of its own",
            nl=Dutch(
                "een voorwaarde op de uitkomst (classification_at_least, escalation_at_least, informs) gaat niet samen met voorwaarden op feiten of tellingen",
                hint="schrijf haar als een eigen regel",
            ),
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
            "only a headline rule has a strength",
            hint="add headline: H1 (or another) or leave strength and stronger out",
            nl=Dutch(
                "alleen een kopregel heeft een sterkte",
                hint="voeg headline: H1 (of een ander) toe of laat strength en stronger weg",
            ),
        )

    def number(given: Any, where: DataPath) -> tuple[int, str | None]:
        if isinstance(given, str):
            if given not in settings:
                raise file.error(
                    where,
                    f"unknown setting '{excerpt(given)}'",
                    suggestion=suggest(given, settings),
                    hint="name a setting of ruleset.yaml or give a number",
                    nl=Dutch(
                        f"onbekende instelling '{excerpt(given)}'",
                        hint="noem een instelling uit ruleset.yaml of geef een getal",
                    ),
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
                "a stronger headline is a condition on facts",
                hint="name facts, not counts or the outcome",
                nl=Dutch(
                    "een sterker kopcriterium is een voorwaarde op feiten",
                    hint="noem feiten, geen tellingen of de uitkomst",
                ),
            )
        out.append(Strength(*number(stronger["strength"], path + ("stronger", "strength")), when))
    return tuple(out)
