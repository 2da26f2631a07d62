"""YAML rule files -> RuleSet: schema checks, references resolved, every error with file and line."""

from __future__ import annotations

import datetime
import hashlib
import itertools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from ._conditions import check_rules, parse_condition
from ._contract import EVENT_FLAGS
from ._definitions import (
    MAX_FACTS,
    MAX_RULES,
    RULE_FILES,
    build_fact,
    build_rule,
    build_setting,
    check_count,
    check_setting_bounds,
    check_settings,
    read_rule_file,
    rule_file,
)
from ._errors import ArgumentError, Dutch, NotInForce, RuleFileError, excerpt, os_error_nl, suggest
from ._model import (
    ROLES,
    ActionDef,
    Choice,
    Derivation,
    EventDef,
    FactDef,
    Ground,
    Origin,
    OverlapGroup,
    Rule,
    RuleSet,
    Setting,
    Source,
    Text,
)
from ._overlay import apply_overlay
from ._yamlfile import MAX_RULE_FILE_BYTES, DataPath, YamlFile, read_limited

#: Who an action asks to act: the levels of the ladder and the roles.
ACTION_ROLES = ("medewerker", "coordinator", "manager", "directie", *ROLES)

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
    chosen = version_in_force(
        Path(path) if path is not None else default_rules_dir(), peildatum=peildatum
    )
    day, folder = chosen.day, chosen.folder
    files = {
        name: read_rule_file(contained(folder, name), str(folder / name), name)
        for name in RULE_FILES
    }
    ruleset = build_ruleset(files, folder)
    for overlay in overlays:
        ruleset = apply_overlay(ruleset, Path(overlay), day)
    return apply_choices(ruleset)


def apply_choices(ruleset: RuleSet) -> RuleSet:
    """The rule set with its choices in force: a rule that applies only with another option is
    switched off, an action or an action's ground that applies only with another option left out."""
    if (
        not ruleset.choices
        and not any(rule.only_with for rule in ruleset.rules)
        and not any(action.only_with or action.grounds for action in ruleset.actions)
    ):
        return ruleset

    def holds(only_with: tuple[tuple[str, str], ...], origin: Origin, what: str) -> bool:
        for name, option in only_with:
            choice = ruleset.choices.get(name)
            if choice is None or option not in choice.options:
                known = (
                    ", ".join(
                        f"{key}: {', '.join(found.options)}"
                        for key, found in ruleset.choices.items()
                    )
                    or "-"
                )
                raise RuleFileError(
                    origin.file,
                    origin.line,
                    f"{what} applies only with {excerpt(name)} = {excerpt(option)}, which is no choice of the rule set",
                    hint=f"the choices: {known}",
                    nl=Dutch(
                        f"{what} geldt alleen met {excerpt(name)} = {excerpt(option)}, en dat is geen keuze van de regelset",
                        hint=f"de keuzes: {known}",
                    ),
                )
            if choice.value != option:
                return False
        return True

    rules = tuple(
        rule
        if holds(rule.only_with, rule.origin, f"rule '{rule.id}'")
        else attrs.evolve(rule, enabled=False)
        for rule in ruleset.rules
    )
    actions = tuple(
        attrs.evolve(
            action,
            grounds=tuple(
                ground
                for ground in action.grounds
                if holds(ground.only_with, action.origin, f"a ground of action '{action.id}'")
            ),
        )
        for action in ruleset.actions
        if holds(action.only_with, action.origin, f"action '{action.id}'")
    )
    return attrs.evolve(ruleset, rules=rules, actions=actions)


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
        found = _valid_from[raw] = datetime.date.fromisoformat(
            rule_file(raw, name, "ruleset.yaml").data["valid_from"]
        )
    return found


_valid_from: dict[bytes, datetime.date] = {}


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
    nl = Dutch(
        f"'{excerpt(name)}' ligt buiten de map van de regelset {folder}",
        hint="een regelset leest alleen bestanden in de eigen map: kopieer het bestand daarheen en noem het vanuit die map",
    )
    if file is not None:
        raise file.error(path, what, hint=hint, nl=nl)
    raise RuleFileError(str(target), None, what, hint=hint, nl=nl)


def _holds_ruleset(folder: Path) -> bool:
    try:
        return (folder / "ruleset.yaml").is_file()
    except OSError:  # a folder that cannot be read holds no rule set that can be
        return False


@attrs.frozen
class InForce:
    """The answer to "which rules decide": the day whose rules decide (the peildatum in force),
    the version folder in force on it and that version's valid_from."""

    day: datetime.date
    folder: Path
    valid_from: datetime.date


def peildatum_in_force(
    peildatum: datetime.date | str | None = None, dossier: datetime.date | None = None
) -> datetime.date:
    """The day whose rules decide a dossier: an explicit peildatum (an argument, an option, a query
    parameter) beats the dossier's own `peildatum`, which beats today."""
    if peildatum is not None:
        return peildatum_day(peildatum)
    return dossier if dossier is not None else datetime.date.today()


def versions(folder: Path) -> tuple[tuple[datetime.date, Path], ...]:
    """Every version of the rule set in `folder`, oldest first, each with its valid_from: the folder
    itself when it holds a ruleset.yaml, else each version folder inside it. Two versions valid
    from the same day are refused: no day could say which of them is in force."""
    if _holds_ruleset(folder):
        candidates = [folder]
    else:
        try:
            found = sorted(sub for sub in folder.iterdir() if _holds_ruleset(sub))
        except (FileNotFoundError, NotADirectoryError):
            found = []
        except OSError as error:
            raise RuleFileError(
                str(folder),
                None,
                f"cannot read the folder: {error.strerror}",
                hint="check its permissions",
                nl=Dutch(
                    f"de map is niet te lezen: {os_error_nl(error)}", hint="controleer de rechten"
                ),
            ) from None
        candidates = [contained(folder, sub.name) for sub in found]
    if not candidates:
        raise RuleFileError(
            str(folder),
            None,
            "not a rule set folder",
            hint=f"it must hold {', '.join(RULE_FILES)}, or version folders that do",
            nl=Dutch(
                "geen map met een regelset",
                hint=f"er horen {', '.join(RULE_FILES)} in te staan, of versiemappen waarin die staan",
            ),
        )
    dated = sorted((valid_from(candidate), candidate) for candidate in candidates)
    for (start, first), (next_start, second) in itertools.pairwise(dated):
        if start == next_start:
            raise RuleFileError(
                str(second / "ruleset.yaml"),
                None,
                f"the versions {first.name} and {second.name} are both valid from {start.isoformat()}",
                hint="give each version its own valid_from",
                nl=Dutch(
                    f"de versies {first.name} en {second.name} gelden allebei vanaf {start.isoformat()}",
                    hint="geef elke versie een eigen valid_from",
                ),
            )
    return tuple(dated)


def version_in_force(
    folder: Path,
    *,
    peildatum: datetime.date | str | None = None,
    dossier: datetime.date | None = None,
    listed: tuple[tuple[datetime.date, Path], ...] | None = None,
) -> InForce:
    """Which version of the rule set in `folder` decides a dossier, and on which day: the one place
    that answers it. The day is an explicit `peildatum`, else the dossier's own (`dossier`), else
    today; the version is the one with the latest valid_from on or before that day, among any
    number of versions. `listed` is `versions(folder)` when the caller holds it already (an
    Evaluator lists its folder once, as it loads its rules once)."""
    day = peildatum_in_force(peildatum, dossier)
    dated = listed if listed is not None else versions(folder)
    in_force = [(start, candidate) for start, candidate in dated if start <= day]
    if not in_force:
        earliest = dated[0][0].isoformat()
        raise NotInForce(
            str(folder),
            None,
            f"no version of this rule set is in force on {day.isoformat()}",
            hint=f"the earliest is valid from {earliest}; choose a later --peildatum",
            nl=Dutch(
                f"geen versie van deze regelset is van kracht op {day.isoformat()}",
                hint=f"de vroegste geldt vanaf {earliest}; kies een latere --peildatum",
            ),
        )
    start, chosen = in_force[-1]
    return InForce(day, chosen, start)


def select_version(folder: Path, day: datetime.date) -> Path:
    """The rule set folder in force on `day` (see `version_in_force`)."""
    return version_in_force(folder, peildatum=day).folder


def build_ruleset(files: Mapping[str, YamlFile], folder: Path) -> RuleSet:
    header = files["ruleset.yaml"]
    data = header.data
    settings = {
        name: build_setting(header, ("settings", name), name, entry)
        for name, entry in data["settings"].items()
    }
    check_count(
        files["facts.yaml"],
        ("facts",),
        len(files["facts.yaml"].data["facts"]),
        MAX_FACTS,
        "facts",
        "feiten",
    )
    check_count(
        files["rules.yaml"],
        ("rules",),
        len(files["rules.yaml"].data["rules"]),
        MAX_RULES,
        "rules",
        "regels",
    )
    classes = {name: entry["weight"] for name, entry in data.get("weight_classes", {}).items()}
    facts = _build_facts(files["facts.yaml"], classes)
    groups = _build_groups(header, data.get("overlap_groups", {}), facts)
    rules = _build_rules(files["rules.yaml"], facts, settings, classes)
    actions = build_actions(
        files["rules.yaml"], files["rules.yaml"].data.get("actions", []), facts, settings, classes
    )
    events = _build_events(files["events.yaml"], facts, settings)
    check_settings(settings, rules, events)  # first the range of each use, then the policy's bounds
    check_setting_bounds(settings)
    source_text = _source_text(header, folder)
    choices = _build_choices(header, data.get("choices", {}))
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
        evidence=data.get("evidence", "answer"),
        choices=choices,
    )


def _build_choices(file: YamlFile, data: Mapping[str, Any]) -> dict[str, Choice]:
    """The rule set's choices among named options, each option with its label and source."""
    choices = {}
    for name, entry in data.items():
        options = entry["options"]
        if entry["value"] not in options:
            shown, known = excerpt(entry["value"]), ", ".join(options)
            raise file.error(
                ("choices", name, "value"),
                f"'{shown}' is not an option of choice '{name}'",
                suggestion=suggest(entry["value"], options),
                hint=f"use {known}",
                nl=Dutch(f"'{shown}' is geen optie van de keuze '{name}'", hint=f"gebruik {known}"),
            )
        choices[name] = Choice(
            name=name,
            value=entry["value"],
            options={key: Text(**option["label"]) for key, option in options.items()},
            why=Text.of(entry["why"]),
            origin=Origin(file.name, file.line(("choices", name))),
            role=entry.get("role"),
            source={
                key: Source(tuple(option["source"]["lines"]), option["source"]["section"])
                for key, option in options.items()
            },
        )
    return choices


def _build_groups(
    file: YamlFile, data: Mapping[str, Any], facts: Mapping[str, FactDef]
) -> tuple[OverlapGroup, ...]:
    groups: list[OverlapGroup] = []
    seen: dict[str, str] = {}
    for group_id, entry in data.items():
        for index, fact_id in enumerate(entry["facts"]):
            where = ("overlap_groups", group_id, "facts", index)
            if fact_id not in facts or facts[fact_id].signal is None:
                raise file.error(
                    where,
                    f"overlap group '{group_id}' names '{fact_id}', which is no signal",
                    suggestion=suggest(fact_id, facts),
                    hint="name a fact of facts.yaml that has a signal",
                    nl=Dutch(
                        f"de overlapgroep '{group_id}' noemt '{fact_id}', dat geen signaal is",
                        hint="noem een feit uit facts.yaml met een signaal",
                    ),
                )
            if fact_id in seen:
                first = seen[fact_id]
                raise file.error(
                    where,
                    f"'{fact_id}' is in two overlap groups, '{first}' and '{group_id}'",
                    hint="a fact counts once: put it in one group",
                    nl=Dutch(
                        f"'{fact_id}' staat in twee overlapgroepen, '{first}' en '{group_id}'",
                        hint="een feit telt één keer: zet het in één groep",
                    ),
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
            ("source", "file"),
            f"the source text {excerpt(name)} is not UTF-8 text",
            hint="name the plain text of the source document, saved as UTF-8",
            nl=Dutch(
                f"de brontekst {excerpt(name)} is geen UTF-8-tekst",
                hint="noem de platte tekst van het brondocument, opgeslagen als UTF-8",
            ),
        ) from None
    # `rules show` prints its lines: a control character could rewrite the reader's terminal.
    control = _CONTROL_IN_TEXT.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        raise header.error(
            ("source", "file"),
            f"the source text {excerpt(name)} holds a control character on its line {line}",
            hint="save the source document as plain text",
            nl=Dutch(
                f"de brontekst {excerpt(name)} bevat een stuurteken op haar regel {line}",
                hint="sla het brondocument op als platte tekst",
            ),
        )
    return tuple(text.splitlines())


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
            raise file.error(
                path + ("id",),
                f"fact '{facts_id}' is defined twice",
                hint=f"first at {first}",
                nl=Dutch(f"het feit '{facts_id}' staat er twee keer", hint=f"eerst op {first}"),
            )
        facts[facts_id] = build_fact(file, path, entry, classes)
    return facts


def _build_rules(
    file: YamlFile,
    facts: Mapping[str, FactDef],
    settings: Mapping[str, Setting],
    classes: Mapping[str, int],
) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for index, entry in enumerate(file.data["rules"]):
        rules.append(build_rule(file, ("rules", index), entry, facts, settings, classes))
    check_rules(file, rules)
    return tuple(rules)


def build_actions(
    file: YamlFile,
    entries: list[Any],
    facts: Mapping[str, FactDef],
    settings: Mapping[str, Setting],
    classes: Mapping[str, int],
) -> tuple[ActionDef, ...]:
    """The actions of a rules file: who does what when its condition holds."""
    actions: dict[str, ActionDef] = {}
    for index, entry in enumerate(entries):
        path: DataPath = ("actions", index)
        if entry["id"] in actions:
            first = actions[entry["id"]].origin
            raise file.error(
                path + ("id",),
                f"action '{entry['id']}' is defined twice",
                hint=f"first at {first}",
                nl=Dutch(f"de actie '{entry['id']}' staat er twee keer", hint=f"eerst op {first}"),
            )
        if entry["role"] not in ACTION_ROLES:
            shown, choices = excerpt(entry["role"]), ", ".join(ACTION_ROLES)
            raise file.error(
                path + ("role",),
                f"unknown role '{shown}'",
                suggestion=suggest(entry["role"], ACTION_ROLES),
                hint=f"use {choices}",
                nl=Dutch(f"onbekende rol '{shown}'", hint=f"gebruik {choices}"),
            )
        actions[entry["id"]] = ActionDef(
            id=entry["id"],
            role=entry["role"],
            text=Text(**entry["text"]),
            when=parse_condition(
                file, path + ("when",), entry["when"], facts, settings, classes, action=True
            ),
            source=Source(tuple(entry["source"]["lines"]), entry["source"]["section"]),
            quote=entry["quote"],
            origin=Origin(file.name, file.line(path)),
            why=Text.of(entry["why"]) if "why" in entry else None,
            grounds=tuple(
                Ground(
                    when=parse_condition(
                        file,
                        path + ("grounds", index, "when"),
                        ground["when"],
                        facts,
                        settings,
                        classes,
                        action=True,
                    ),
                    text=Text(**ground["text"]),
                    source=Source(tuple(ground["source"]["lines"]), ground["source"]["section"]),
                    quote=ground["quote"],
                    only_with=tuple(sorted(ground.get("only_with", {}).items())),
                )
                for index, ground in enumerate(entry.get("grounds", ()))
            ),
            only_with=tuple(sorted(entry.get("only_with", {}).items())),
        )
    return tuple(actions.values())


def _build_events(
    file: YamlFile, facts: Mapping[str, FactDef], settings: Mapping[str, Setting]
) -> dict[str, EventDef]:
    events: dict[str, EventDef] = {}
    for event_type, entry in file.data["events"].items():
        path: DataPath = ("events", event_type)
        fields = {name: tuple(words) for name, words in entry["fields"].items()}
        flags = tuple(entry.get("flags", ()))
        for flag in flags:
            if flag in fields or flag in ("type", "datum"):
                raise file.error(
                    path + ("flags",),
                    f"'{flag}' is a field of event '{excerpt(event_type)}' already",
                    hint="give the flag a name of its own",
                    nl=Dutch(
                        f"'{flag}' is al een veld van de gebeurtenis '{excerpt(event_type)}'",
                        hint="geef de vlag een eigen naam",
                    ),
                )
        flags = (
            *flags,
            *(
                flag
                for flag in EVENT_FLAGS.get(event_type, ())
                if flag not in flags and flag not in fields
            ),
        )
        derives = []
        for index, derive in enumerate(entry["derives"]):
            where = path + ("derives", index)
            fact_id = derive["fact"]
            if fact_id not in facts:
                raise file.error(
                    where + ("fact",),
                    f"unknown fact '{fact_id}'",
                    suggestion=suggest(fact_id, facts),
                    hint="use a fact of facts.yaml",
                    nl=Dutch(f"onbekend feit '{fact_id}'", hint="gebruik een feit uit facts.yaml"),
                )
            fact = facts[fact_id]
            if sum(mode in derive for mode in ("highest", "window", "days_at_least")) > 1:
                raise file.error(
                    where,
                    "use one of highest, window or days_at_least",
                    hint="highest takes a field's highest word for a graded fact; window and days_at_least count events for a yes/no fact",
                    nl=Dutch(
                        "gebruik één van highest, window of days_at_least",
                        hint="highest neemt het hoogste woord van een veld voor een feit met graden; window en days_at_least tellen gebeurtenissen voor een ja/nee-feit",
                    ),
                )
            within = derive.get("within")
            if within is not None and within not in settings:
                raise file.error(
                    where + ("within",),
                    f"unknown setting '{within}'",
                    suggestion=suggest(within, settings),
                    hint="name a setting of ruleset.yaml",
                    nl=Dutch(
                        f"onbekende instelling '{within}'",
                        hint="noem een instelling uit ruleset.yaml",
                    ),
                )
            if "highest" in derive:
                field = derive["highest"]
                if field not in fields:
                    shown = excerpt(event_type)
                    known = ", ".join(fields) or "-"
                    raise file.error(
                        where + ("highest",),
                        f"event '{shown}' has no field '{field}'",
                        suggestion=suggest(field, fields),
                        hint=f"its fields: {known}",
                        nl=Dutch(
                            f"de gebeurtenis '{shown}' heeft geen veld '{field}'",
                            hint=f"haar velden: {known}",
                        ),
                    )
                if fact.type != "grade" or not set(fields[field]) <= set(fact.values):
                    grades = ", ".join(fact.values) or "-"
                    raise file.error(
                        where + ("highest",),
                        f"the words of '{field}' are not grades of '{fact_id}'",
                        hint=f"give '{field}' words of {grades}",
                        nl=Dutch(
                            f"de woorden van '{field}' zijn geen graden van '{fact_id}'",
                            hint=f"geef '{field}' woorden uit {grades}",
                        ),
                    )
                needs_flag = {}
                for word, need in derive.get("needs_flag", {}).items():
                    at = where + ("needs_flag", word)
                    if word not in fields[field] or need["flag"] not in entry.get("flags", ()):
                        raise file.error(
                            at,
                            f"'{excerpt(word)}' needs a word of '{field}' and a flag of the event",
                            hint=f"words: {', '.join(fields[field])}; flags: {', '.join(entry.get('flags', ())) or '-'}",
                            nl=Dutch(
                                f"'{excerpt(word)}' vraagt een woord van '{field}' en een vlag van de gebeurtenis",
                                hint=f"woorden: {', '.join(fields[field])}; vlaggen: {', '.join(entry.get('flags', ())) or '-'}",
                            ),
                        )
                    otherwise = need["otherwise"]
                    if otherwise not in fact.values or fact.values.index(
                        otherwise
                    ) >= fact.values.index(word):
                        raise file.error(
                            at + ("otherwise",),
                            f"'{excerpt(otherwise)}' is not a grade of '{fact_id}' below '{word}'",
                            hint=f"grades: {', '.join(fact.values)}",
                            nl=Dutch(
                                f"'{excerpt(otherwise)}' is geen graad van '{fact_id}' onder '{word}'",
                                hint=f"graden: {', '.join(fact.values)}",
                            ),
                        )
                    needs_flag[word] = (need["flag"], otherwise)
                derives.append(
                    Derivation(
                        fact_id, "highest", field=field, within=within, needs_flag=needs_flag
                    )
                )
                continue
            if fact.type != "bool":
                raise file.error(
                    where + ("fact",),
                    f"'{fact_id}' is not a bool fact",
                    hint="derive a graded fact with highest: FIELD; presence and windows derive yes/no facts",
                    nl=Dutch(
                        f"'{fact_id}' is geen ja/nee-feit",
                        hint="leid een feit met graden af met highest: VELD; aanwezigheid en vensters leiden ja/nee-feiten af",
                    ),
                )
            if "window" in derive:
                for part in ("count", "days"):
                    name = derive["window"][part]
                    if name not in settings:
                        raise file.error(
                            where + ("window", part),
                            f"unknown setting '{name}'",
                            suggestion=suggest(name, settings),
                            hint="name a setting of ruleset.yaml",
                            nl=Dutch(
                                f"onbekende instelling '{name}'",
                                hint="noem een instelling uit ruleset.yaml",
                            ),
                        )
                derives.append(
                    Derivation(
                        fact_id,
                        "window",
                        count_setting=derive["window"]["count"],
                        days_setting=derive["window"]["days"],
                        within=within,
                    )
                )
            elif "days_at_least" in derive:
                name = derive["days_at_least"]
                if name not in settings:
                    raise file.error(
                        where + ("days_at_least",),
                        f"unknown setting '{name}'",
                        suggestion=suggest(name, settings),
                        hint="name a setting of ruleset.yaml",
                        nl=Dutch(
                            f"onbekende instelling '{name}'",
                            hint="noem een instelling uit ruleset.yaml",
                        ),
                    )
                derives.append(Derivation(fact_id, "days", count_setting=name, within=within))
            else:
                derives.append(Derivation(fact_id, "present", within=within))
        events[event_type] = EventDef(event_type, fields, tuple(derives), flags)
    return events
