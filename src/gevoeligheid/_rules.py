"""YAML rule files -> RuleSet: schema checks, references resolved, every error with file and line."""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from . import _rulecache, _schema
from ._compile import settings_named
from ._conditions import check_rules, condition_kinds, parse_condition
from ._errors import ArgumentError, Dutch, RuleFileError, excerpt, number_nl, os_error_nl, suggest
from ._model import (
    CLASSIFICATIONS,
    ESCALATIONS,
    ROLES,
    ActionDef,
    Derivation,
    EventDef,
    FactDef,
    Origin,
    OverlapGroup,
    Rule,
    RuleSet,
    Sets,
    Setting,
    SignalDef,
    Source,
    Text,
)
from ._schema import HINT, HINT_NL
from ._yamlfile import MAX_RULE_FILE_BYTES, DataPath, YamlFile, parse_yaml, read_limited

RULE_FILES = ("ruleset.yaml", "facts.yaml", "rules.yaml", "events.yaml")
_FILE_SCHEMAS = {
    "ruleset.yaml": _schema.RULESET_FILE,
    "facts.yaml": _schema.FACTS_FILE,
    "rules.yaml": _schema.RULES_FILE,
    "events.yaml": _schema.EVENTS_FILE,
}
#: Who an action asks to act: the levels of the ladder and the roles.
ACTION_ROLES = ("medewerker", "coordinator", "manager", "directie", *ROLES)

# The bounds of a rule set with its overlays (docs/rules.md, "Limits"). The default 2026.2 has 46
# facts and 30 rules; a region adds a few. Each bound is checked before the work it guards.
MAX_FACTS = 500
MAX_RULES = 500
#: The source text (the Handreiking is 59 KB); read no further than this.
MAX_SOURCE_TEXT_BYTES = 8 * 1024 * 1024
#: What plain text never holds: controls other than tab and line ends.
_CONTROL_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


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
    files = {name: read_rule_file(contained(folder, name), str(folder / name), name) for name in RULE_FILES}
    ruleset = build_ruleset(files, folder)
    for overlay in overlays:
        from ._overlay import apply_overlay

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
    name = str(folder / "ruleset.yaml")
    raw = read_limited(contained(folder, "ruleset.yaml"), name, MAX_RULE_FILE_BYTES, regular=True)
    found = _valid_from.get(raw)  # picking a version reads each version's header, again and again
    if found is None:
        if len(_valid_from) >= 64:
            _valid_from.clear()
        found = _valid_from[raw] = datetime.date.fromisoformat(rule_file(raw, name, "ruleset.yaml").data["valid_from"])
    return found


_valid_from: dict[bytes, datetime.date] = {}


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
    check_schema(file, _FILE_SCHEMAS[kind] if kind in _FILE_SCHEMAS else _schema.OVERLAY_FILE)
    _rulecache.store(kind, raw, file)
    return file


def contained(folder: Path, name: str, file: YamlFile | None = None, path: DataPath = ()) -> Path:
    """`folder / name`, refused unless it is inside `folder` once links are followed: a rule set
    reads its own files only, whatever a path in it or a link beside it says. `file` and `path`
    say where the name was written, when a rule file named it."""
    target = folder / name
    try:
        inside = not Path(name).is_absolute() and target.resolve().is_relative_to(folder.resolve())
    except (OSError, ValueError, RuntimeError):  # a loop of links, or a name that is no path
        inside = False
    if inside:
        return target
    what = f"'{excerpt(name)}' lies outside the rule set folder {folder}"
    hint = "a rule set reads only files in its own folder: copy the file there and name it relative to the folder"
    nl = Dutch(f"'{excerpt(name)}' ligt buiten de map van de regelset {folder}", hint="een regelset leest alleen bestanden in de eigen map: kopieer het bestand daarheen en noem het vanuit die map")
    if file is not None:
        raise file.error(path, what, hint=hint, nl=nl)
    raise RuleFileError(str(target), None, what, hint=hint, nl=nl)


def _holds_ruleset(folder: Path) -> bool:
    try:
        return (folder / "ruleset.yaml").is_file()
    except OSError:  # a folder that cannot be read holds no rule set that can be
        return False


def select_version(folder: Path, day: datetime.date) -> Path:
    """The rule set folder in force on `day`: `folder` itself, or the version folder inside it
    with the latest valid_from on or before `day`."""
    if _holds_ruleset(folder):
        candidates = [folder]
    else:
        try:
            versions = sorted(sub for sub in folder.iterdir() if _holds_ruleset(sub))
        except (FileNotFoundError, NotADirectoryError):
            versions = []
        except OSError as error:
            raise RuleFileError(str(folder), None, f"cannot read the folder: {error.strerror}", hint="check its permissions", nl=Dutch(f"de map is niet te lezen: {os_error_nl(error)}", hint="controleer de rechten")) from None
        candidates = [contained(folder, sub.name) for sub in versions]
    if not candidates:
        raise RuleFileError(
            str(folder), None, "not a rule set folder", hint=f"it must hold {', '.join(RULE_FILES)}, or version folders that do",
            nl=Dutch("geen map met een regelset", hint=f"er horen {', '.join(RULE_FILES)} in te staan, of versiemappen waarin die staan"),
        )
    dated = sorted((valid_from(candidate), candidate) for candidate in candidates)
    in_force = [candidate for start, candidate in dated if start <= day]
    if not in_force:
        earliest = dated[0][0].isoformat()
        raise RuleFileError(
            str(folder), None, f"no version of this rule set is in force on {day.isoformat()}",
            hint=f"the earliest is valid from {earliest}; choose a later --peildatum",
            nl=Dutch(f"geen versie van deze regelset is van kracht op {day.isoformat()}", hint=f"de vroegste geldt vanaf {earliest}; kies een latere --peildatum"),
        )
    return in_force[-1]


def check_schema(file: YamlFile, file_schema: Mapping[str, Any]) -> None:
    """Raise a RuleFileError with file and line for the first place where `file` breaks
    `file_schema`, in words that quote at most an excerpt of what the file says."""
    import jsonschema  # only when a file is checked: a rule set read from the cache needs none

    validator = jsonschema.Draft202012Validator(file_schema, format_checker=jsonschema.FormatChecker())
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
                raise file.error((*path, key), f"unknown key '{shown}' in {where}", suggestion=suggest(str(key), allowed), hint=hint, nl=Dutch(f"onbekende sleutel '{shown}' in {where_nl}", hint=hint_nl))
    if error.validator == "required" and isinstance(error.instance, Mapping):
        missing = next((key for key in error.validator_value if key not in error.instance), "?")
        raise file.error(path, f"{where} needs '{missing}'", hint=HINT, nl=Dutch(f"{where_nl} mist '{missing}'", hint=HINT_NL))
    what, what_nl = _schema.error_words(error)
    raise file.error(path, f"{where}: {what}", hint=HINT, nl=Dutch(f"{where_nl}: {what_nl}", hint=HINT_NL))


def describe_path(data: Any, path: tuple[Any, ...], lang: str = "en") -> str:
    """A place in a rule file as its author names it: "rule 'b'", "settings, 'score_gevoelig'"."""
    if not path:
        return "het bestand zelf (het bovenste niveau)" if lang == "nl" else "the top level of the file"
    words: list[str] = []
    node = data
    for part in path:
        child = node[part] if isinstance(node, (list, dict)) and (isinstance(node, dict) or isinstance(part, int)) else None
        if isinstance(part, int):
            name = child.get("id") if isinstance(child, dict) else None
            before = words[-1] if words else ("onderdeel" if lang == "nl" else "item")
            number = f"nr. {part + 1}" if lang == "nl" else f"no. {part + 1}"
            words[-1:] = [f"{before} '{excerpt(name)}'" if isinstance(name, str) else f"{before} {number}"]
        else:
            words.append(excerpt(str(part)))
        node = child
    return ", ".join(words)


def build_ruleset(files: Mapping[str, YamlFile], folder: Path) -> RuleSet:
    header = files["ruleset.yaml"]
    data = header.data
    settings = {name: build_setting(header, ("settings", name), name, entry) for name, entry in data["settings"].items()}
    check_count(files["facts.yaml"], ("facts",), len(files["facts.yaml"].data["facts"]), MAX_FACTS, "facts", "feiten")
    check_count(files["rules.yaml"], ("rules",), len(files["rules.yaml"].data["rules"]), MAX_RULES, "rules", "regels")
    classes = {name: entry["weight"] for name, entry in data.get("weight_classes", {}).items()}
    facts = _build_facts(files["facts.yaml"], classes)
    groups = _build_groups(header, data.get("overlap_groups", {}), facts)
    rules = _build_rules(files["rules.yaml"], facts, settings, classes)
    actions = build_actions(files["rules.yaml"], files["rules.yaml"].data.get("actions", []), facts, settings, classes)
    events = _build_events(files["events.yaml"], facts, settings)
    check_settings(settings, rules, events)  # first the range of each use, then the policy's bounds
    check_setting_bounds(settings)
    source_text = _source_text(header, folder)
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


def check_setting_bounds(settings: Mapping[str, Setting]) -> None:
    """Each setting within the bounds the policy gives it (min, max, above, not_below), at the
    line that sets it. check_settings checks the range of what a setting is used for."""
    for setting in settings.values():
        where = (setting.origin.file, setting.origin.line)
        name = excerpt(setting.name)
        low, high = setting.minimum, setting.maximum
        if low is not None and high is not None:
            hint, hint_nl = f"use a value from {low:,} to {high:,}", f"gebruik een waarde van {number_nl(low)} tot en met {number_nl(high)}"
        elif low is not None:
            hint, hint_nl = f"use a value from {low:,}", f"gebruik een waarde vanaf {number_nl(low)}"
        else:
            hint, hint_nl = f"use at most {high:,}" if high is not None else "", f"gebruik hoogstens {number_nl(high)}" if high is not None else ""
        if low is not None and setting.value < low:
            raise RuleFileError(
                *where, f"setting '{name}' is {setting.value:,}, below its lowest allowed value {low:,}", hint=hint,
                nl=Dutch(f"de instelling '{name}' is {number_nl(setting.value)}, onder haar laagst toegestane waarde {number_nl(low)}", hint=hint_nl),
            )
        if high is not None and setting.value > high:
            raise RuleFileError(
                *where, f"setting '{name}' is {setting.value:,}, above its highest allowed value {high:,}", hint=hint,
                nl=Dutch(f"de instelling '{name}' is {number_nl(setting.value)}, boven haar hoogst toegestane waarde {number_nl(high)}", hint=hint_nl),
            )
        for other, strict in ((setting.above, True), (setting.not_below, False)):
            if other is None:
                continue
            if other not in settings:
                raise RuleFileError(
                    *where, f"setting '{name}' is bounded by '{other}', which is no setting", suggestion=suggest(other, settings), hint="name a setting of ruleset.yaml",
                    nl=Dutch(f"de instelling '{name}' wordt begrensd door '{other}', dat geen instelling is", hint="noem een instelling uit ruleset.yaml"),
                )
            limit = settings[other].value
            if setting.value < limit or (strict and setting.value == limit):
                relation, relation_nl = ("above", "boven") if strict else ("at least", "minstens")
                raise RuleFileError(
                    *where, f"setting '{name}' is {setting.value:,}, but must be {relation} '{other}' ({limit:,})", hint=f"raise '{name}' or lower '{other}'",
                    nl=Dutch(f"de instelling '{name}' is {number_nl(setting.value)}, maar moet {relation_nl} '{other}' ({number_nl(limit)}) zijn", hint=f"verhoog '{name}' of verlaag '{other}'"),
                )


def _build_groups(file: YamlFile, data: Mapping[str, Any], facts: Mapping[str, FactDef]) -> tuple[OverlapGroup, ...]:
    groups: list[OverlapGroup] = []
    seen: dict[str, str] = {}
    for group_id, entry in data.items():
        for index, fact_id in enumerate(entry["facts"]):
            where = ("overlap_groups", group_id, "facts", index)
            if fact_id not in facts or facts[fact_id].signal is None:
                raise file.error(
                    where, f"overlap group '{group_id}' names '{fact_id}', which is no signal", suggestion=suggest(fact_id, facts), hint="name a fact of facts.yaml that has a signal",
                    nl=Dutch(f"de overlapgroep '{group_id}' noemt '{fact_id}', dat geen signaal is", hint="noem een feit uit facts.yaml met een signaal"),
                )
            if fact_id in seen:
                first = seen[fact_id]
                raise file.error(
                    where, f"'{fact_id}' is in two overlap groups, '{first}' and '{group_id}'", hint="a fact counts once: put it in one group",
                    nl=Dutch(f"'{fact_id}' staat in twee overlapgroepen, '{first}' en '{group_id}'", hint="een feit telt één keer: zet het in één groep"),
                )
            seen[fact_id] = group_id
        groups.append(OverlapGroup(group_id, tuple(entry["facts"]), Text.of(entry["why"])))
    return tuple(groups)


def _source_text(header: YamlFile, folder: Path) -> tuple[str, ...]:
    """The lines of the source text that `source.file` names, inside the rule set's folder, or,
    for a version folder, beside it: one text shared by a folder of versions, and still inside it."""
    name = header.data["source"]["file"]
    source_file = contained(folder, name, header, ("source", "file"))
    if not _exists(source_file) and _exists(folder.parent / name):
        source_file = contained(folder.parent, name, header, ("source", "file"))
    raw = read_limited(source_file, str(source_file), MAX_SOURCE_TEXT_BYTES, regular=True)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise header.error(
            ("source", "file"), f"the source text {excerpt(name)} is not UTF-8 text", hint="name the plain text of the source document, saved as UTF-8",
            nl=Dutch(f"de brontekst {excerpt(name)} is geen UTF-8-tekst", hint="noem de platte tekst van het brondocument, opgeslagen als UTF-8"),
        ) from None
    # `rules show` prints its lines: a control character could rewrite the reader's terminal.
    control = _CONTROL_IN_TEXT.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        raise header.error(
            ("source", "file"), f"the source text {excerpt(name)} holds a control character on its line {line}", hint="save the source document as plain text",
            nl=Dutch(f"de brontekst {excerpt(name)} bevat een stuurteken op haar regel {line}", hint="sla het brondocument op als platte tekst"),
        )
    return tuple(text.splitlines())


def check_count(file: YamlFile, path: DataPath, count: int, limit: int, what: str, what_nl: str) -> None:
    """Refuse more facts or rules than a rule set may have, before any of them is built."""
    if count > limit:
        raise file.error(
            path, f"{count:,} {what}, more than the limit of {limit:,} for a rule set with its overlays", hint="a region changes a few rules; is this the right file?",
            nl=Dutch(f"{number_nl(count)} {what_nl}, meer dan het maximum van {number_nl(limit)} voor een regelset met haar overlays", hint="een regio verandert een paar regels; is dit het goede bestand?"),
        )


def check_settings(settings: Mapping[str, Setting], rules: Iterable[Rule], events: Mapping[str, EventDef]) -> None:
    """Refuse a setting outside the range of what it is used for (_schema.SETTING_RANGES), at the
    line that set it, naming the narrowest range and the use that sets it."""
    uses: dict[str, list[tuple[str, str, str]]] = {name: [] for name in settings}
    for event in events.values():
        for derivation in event.derives:
            if derivation.mode == "window":
                fact = derivation.fact
                uses[derivation.days_setting].append(("days", f"the days of the window that derives '{fact}'", f"het aantal dagen van het venster dat '{fact}' afleidt"))
                uses[derivation.count_setting].append(("events", f"the number of events of the window that derives '{fact}'", f"het aantal gebeurtenissen van het venster dat '{fact}' afleidt"))
            elif derivation.mode == "days":
                fact = derivation.fact
                uses[derivation.count_setting].append(("events", f"the number of days with events that derives '{fact}'", f"het aantal dagen met gebeurtenissen dat '{fact}' afleidt"))
            if derivation.within:
                fact = derivation.fact
                uses[derivation.within].append(("days", f"the days of the evidence window of '{fact}'", f"het aantal dagen van het bewijsvenster van '{fact}'"))
    for rule in rules:
        for name in settings_named(rule.when):
            uses[name].append(("threshold", f"the threshold of rule '{rule.id}'", f"de drempel van regel '{rule.id}'"))
    for name, setting in settings.items():
        kinds = uses[name] or [("threshold", "a setting", "een instelling")]
        ranges = [_schema.SETTING_RANGES[kind] for kind, _, _ in kinds]
        low, high = max(low for low, _ in ranges), min(high for _, high in ranges)
        if low <= setting.value <= high:
            continue
        _, use, use_nl = min(kinds, key=lambda kind: _schema.SETTING_RANGES[kind[0]][1])
        shown = excerpt(name)
        raise RuleFileError(
            setting.origin.file, setting.origin.line, f"setting '{shown}' is {setting.value:,}, outside {low:,} to {high:,}",
            hint=f"it is {use}: give a whole number from {low:,} to {high:,}",
            nl=Dutch(f"de instelling '{shown}' is {number_nl(setting.value)}, buiten {number_nl(low)} tot en met {number_nl(high)}", hint=f"het is {use_nl}: geef een heel getal van {number_nl(low)} tot en met {number_nl(high)}"),
        )


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


def _build_facts(file: YamlFile, classes: Mapping[str, int]) -> dict[str, FactDef]:
    facts: dict[str, FactDef] = {}
    for index, entry in enumerate(file.data["facts"]):
        path: DataPath = ("facts", index)
        facts_id = entry["id"]
        if facts_id in facts:
            first = facts[facts_id].origin
            raise file.error(path + ("id",), f"fact '{facts_id}' is defined twice", hint=f"first at {first}", nl=Dutch(f"het feit '{facts_id}' staat er twee keer", hint=f"eerst op {first}"))
        facts[facts_id] = build_fact(file, path, entry, classes)
    return facts


def _class_weights(file: YamlFile, path: DataPath, classes: Mapping[str, int], given: Any) -> Any:
    """A signal's `class` (one name, or a name per word) as the weights it stands for."""
    def weight(name: Any, where: DataPath) -> int:
        if name not in classes:
            shown, choices = excerpt(name), ", ".join(classes) or "weight: N"
            raise file.error(
                where, f"unknown weight class '{shown}'", suggestion=suggest(str(name), classes), hint=f"use {choices} (weight_classes in ruleset.yaml)",
                nl=Dutch(f"onbekende gewichtsklasse '{shown}'", hint=f"gebruik {choices} (weight_classes in ruleset.yaml)"),
            )
        return classes[name]

    if isinstance(given, dict):
        return {word: weight(name, path + (word,)) for word, name in given.items()}
    return weight(given, path)


def build_fact(file: YamlFile, path: DataPath, entry: Mapping[str, Any], classes: Mapping[str, int] | None = None) -> FactDef:
    """One fact definition, with its values and signal weights checked against its type."""
    kind = entry["type"]
    values = tuple(entry.get("values", ()))
    if kind == "bool" and values:
        raise file.error(path + ("values",), "a bool fact takes no values", hint="remove 'values' or use type grade", nl=Dutch("een ja/nee-feit (bool) heeft geen values", hint="haal 'values' weg of gebruik type grade"))
    if kind == "grade" and len(values) < 2:
        raise file.error(path + ("values",), "a grade needs at least two words, lowest first", hint="e.g. [geen, lokaal, landelijk]", nl=Dutch("een grade heeft ten minste twee woorden nodig, het laagste eerst", hint="bijvoorbeeld [geen, lokaal, landelijk]"))
    if kind == "set" and not values:
        raise file.error(path, "a set fact needs its list of words in 'values'", hint="e.g. values: [bestuurlijk, juridisch]", nl=Dutch("een set-feit heeft zijn lijst met woorden nodig in 'values'", hint="bijvoorbeeld values: [bestuurlijk, juridisch]"))
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
            shown, choices = excerpt(word), ", ".join(values)
            raise file.error(
                path + ("words", word), f"'{shown}' is not a word of '{entry['id']}'", suggestion=suggest(str(word), values), hint=f"use {choices}",
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


def _weights(file: YamlFile, path: DataPath, kind: str, values: tuple[str, ...], weight: Any) -> dict[bool | str, int]:
    if kind == "bool":
        if not isinstance(weight, int):
            raise file.error(path, "a bool fact's weight is one number", hint="e.g. weight: 2", nl=Dutch("het gewicht van een ja/nee-feit is één getal", hint="bijvoorbeeld weight: 2"))
        return {True: weight}
    words = values[1:] if kind == "grade" else values
    if isinstance(weight, int):
        return {word: weight for word in words}
    for word in weight:
        if word not in words:
            shown, choices = excerpt(word), ", ".join(words)
            raise file.error(
                path + (word,), f"'{shown}' is not a word of this fact that can weigh", hint=f"use {choices}", suggestion=suggest(str(word), words),
                nl=Dutch(f"'{shown}' is geen woord van dit feit dat gewicht kan hebben", hint=f"gebruik {choices}"),
            )
    missing = ", ".join(word for word in words if word not in weight)
    if missing:
        raise file.error(path, f"no weight for {missing}", hint="give every word above the lowest a weight", nl=Dutch(f"geen gewicht voor {missing}", hint="geef elk woord boven het laagste een gewicht"))
    if kind == "grade":
        for lower, higher in zip(words, words[1:]):
            if weight[higher] < weight[lower]:
                raise file.error(
                    path + (higher,), f"weight of '{higher}' is lower than of '{lower}'", hint="a higher grade must never weigh less (docs/policy.md, rule 9)",
                    nl=Dutch(f"het gewicht van '{higher}' is lager dan dat van '{lower}'", hint="een hogere graad mag nooit minder wegen (docs/policy.md, regel 9)"),
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
            first = actions[entry["id"]].origin
            raise file.error(path + ("id",), f"action '{entry['id']}' is defined twice", hint=f"first at {first}", nl=Dutch(f"de actie '{entry['id']}' staat er twee keer", hint=f"eerst op {first}"))
        if entry["role"] not in ACTION_ROLES:
            shown, choices = excerpt(entry["role"]), ", ".join(ACTION_ROLES)
            raise file.error(
                path + ("role",), f"unknown role '{shown}'", suggestion=suggest(entry["role"], ACTION_ROLES), hint=f"use {choices}",
                nl=Dutch(f"onbekende rol '{shown}'", hint=f"gebruik {choices}"),
            )
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
        raise file.error(
            path + ("when",), "a condition on the outcome (classification_at_least, escalation_at_least, informs) cannot be mixed with conditions on facts or counts",
            hint="write it as a rule of its own",
            nl=Dutch("een voorwaarde op de uitkomst (classification_at_least, escalation_at_least, informs) gaat niet samen met voorwaarden op feiten of tellingen", hint="schrijf haar als een eigen regel"),
        )
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
                raise file.error(where + ("fact",), f"unknown fact '{fact_id}'", suggestion=suggest(fact_id, facts), hint="use a fact of facts.yaml", nl=Dutch(f"onbekend feit '{fact_id}'", hint="gebruik een feit uit facts.yaml"))
            fact = facts[fact_id]
            if sum(mode in derive for mode in ("highest", "window", "days_at_least")) > 1:
                raise file.error(
                    where, "use one of highest, window or days_at_least", hint="highest takes a field's highest word for a graded fact; window and days_at_least count events for a yes/no fact",
                    nl=Dutch("gebruik één van highest, window of days_at_least", hint="highest neemt het hoogste woord van een veld voor een feit met graden; window en days_at_least tellen gebeurtenissen voor een ja/nee-feit"),
                )
            within = derive.get("within")
            if within is not None and within not in settings:
                raise file.error(
                    where + ("within",), f"unknown setting '{within}'", suggestion=suggest(within, settings), hint="name a setting of ruleset.yaml",
                    nl=Dutch(f"onbekende instelling '{within}'", hint="noem een instelling uit ruleset.yaml"),
                )
            if "highest" in derive:
                field = derive["highest"]
                if field not in fields:
                    shown = excerpt(event_type)
                    known = ", ".join(fields) or "-"
                    raise file.error(
                        where + ("highest",), f"event '{shown}' has no field '{field}'", suggestion=suggest(field, fields), hint=f"its fields: {known}",
                        nl=Dutch(f"de gebeurtenis '{shown}' heeft geen veld '{field}'", hint=f"haar velden: {known}"),
                    )
                if fact.type != "grade" or not set(fields[field]) <= set(fact.values):
                    grades = ", ".join(fact.values) or "-"
                    raise file.error(
                        where + ("highest",), f"the words of '{field}' are not grades of '{fact_id}'", hint=f"give '{field}' words of {grades}",
                        nl=Dutch(f"de woorden van '{field}' zijn geen graden van '{fact_id}'", hint=f"geef '{field}' woorden uit {grades}"),
                    )
                derives.append(Derivation(fact_id, "highest", field=field, within=within))
                continue
            if fact.type != "bool":
                raise file.error(
                    where + ("fact",), f"'{fact_id}' is not a bool fact", hint="derive a graded fact with highest: FIELD; presence and windows derive yes/no facts",
                    nl=Dutch(f"'{fact_id}' is geen ja/nee-feit", hint="leid een feit met graden af met highest: VELD; aanwezigheid en vensters leiden ja/nee-feiten af"),
                )
            if "window" in derive:
                for part in ("count", "days"):
                    name = derive["window"][part]
                    if name not in settings:
                        raise file.error(where + ("window", part), f"unknown setting '{name}'", suggestion=suggest(name, settings), hint="name a setting of ruleset.yaml", nl=Dutch(f"onbekende instelling '{name}'", hint="noem een instelling uit ruleset.yaml"))
                derives.append(Derivation(fact_id, "window", count_setting=derive["window"]["count"], days_setting=derive["window"]["days"], within=within))
            elif "days_at_least" in derive:
                name = derive["days_at_least"]
                if name not in settings:
                    raise file.error(
                        where + ("days_at_least",), f"unknown setting '{name}'", suggestion=suggest(name, settings), hint="name a setting of ruleset.yaml",
                        nl=Dutch(f"onbekende instelling '{name}'", hint="noem een instelling uit ruleset.yaml"),
                    )
                derives.append(Derivation(fact_id, "days", count_setting=name, within=within))
            else:
                derives.append(Derivation(fact_id, "present", within=within))
        events[event_type] = EventDef(event_type, fields, tuple(derives))
    return events
