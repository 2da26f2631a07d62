"""YAML rule files -> RuleSet: schema checks, references resolved, every error
with file and line."""

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
from ._errors import ArgumentError, NotInForce, RuleFileError, excerpt, os_error, suggest
from ._messages import Message
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
    """The folder of the default rule set: inside the installed package, or
    `rules/` of a checkout."""
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
                    Message(
                        "rules_applies_only_which_choice",
                        what=what,
                        name=excerpt(name),
                        option=excerpt(option),
                    ),
                    hint=Message("rules_choices_hint", known=known),
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
    what = Message("rules_outside_folder", name=excerpt(name), folder=folder)
    hint = Message("rules_outside_folder_hint")
    if file is not None:
        raise file.error(path, what, hint=hint)
    raise RuleFileError(str(target), None, what, hint=hint)


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
                Message("rules_cannot_read_folder", error_strerror=os_error(error)),
                hint=Message("rules_check_permissions_hint"),
            ) from None
        candidates = [contained(folder, sub.name) for sub in found]
    if not candidates:
        raise RuleFileError(
            str(folder),
            None,
            Message("rules_rule_set_folder"),
            hint=Message(
                "rules_hold_version_folders_do_hint", join_rule_files=", ".join(RULE_FILES)
            ),
        )
    dated = sorted((valid_from(candidate), candidate) for candidate in candidates)
    for (start, first), (next_start, second) in itertools.pairwise(dated):
        if start == next_start:
            raise RuleFileError(
                str(second / "ruleset.yaml"),
                None,
                Message(
                    "rules_versions_both_valid_from",
                    first_name=first.name,
                    second_name=second.name,
                    start_isoformat=start.isoformat(),
                ),
                hint=Message("rules_give_each_version_own_hint"),
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
            Message("rules_version_rule_set_force", day_isoformat=day.isoformat()),
            hint=Message("rules_earliest_valid_from_choose_hint", earliest=earliest),
            data_hint=Message("rules_earliest_valid_from_data_hint", earliest=earliest),
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
    )
    check_count(
        files["rules.yaml"],
        ("rules",),
        len(files["rules.yaml"].data["rules"]),
        MAX_RULES,
        "rules",
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
                Message("rules_option_choice", shown=shown, name=name),
                suggestion=suggest(entry["value"], options),
                hint=Message("rules_use_hint", known=known),
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
                    Message("rules_overlap_group_names_which", group_id=group_id, fact_id=fact_id),
                    suggestion=suggest(fact_id, facts),
                    hint=Message("rules_name_fact_facts_yaml_hint"),
                )
            if fact_id in seen:
                first = seen[fact_id]
                raise file.error(
                    where,
                    Message(
                        "rules_two_overlap_groups", fact_id=fact_id, first=first, group_id=group_id
                    ),
                    hint=Message("rules_fact_counts_once_put_hint"),
                )
            seen[fact_id] = group_id
        groups.append(OverlapGroup(group_id, tuple(entry["facts"]), Text.of(entry["why"])))
    return tuple(groups)


def _source_text(header: YamlFile, folder: Path) -> tuple[str, ...]:
    """The lines of the source text that `source.file` names, inside the rule set's folder, or,
    for a version folder, beside it: one text shared by a folder of versions,
    and still inside it."""
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
            Message("rules_source_text_utf_text", name=excerpt(name)),
            hint=Message("rules_name_plain_text_source_hint"),
        ) from None
    # `rules show` prints its lines: a control character could rewrite the reader's terminal.
    control = _CONTROL_IN_TEXT.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        raise header.error(
            ("source", "file"),
            Message("rules_source_text_holds_control", name=excerpt(name), line=line),
            hint=Message("rules_save_source_document_plain_hint"),
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
                Message("rules_fact_defined_twice", facts_id=facts_id),
                hint=Message("conditions_first_hint", first=first),
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
                Message("rules_action_defined_twice", entry_id=entry["id"]),
                hint=Message("conditions_first_hint", first=first),
            )
        if entry["role"] not in ACTION_ROLES:
            shown, choices = excerpt(entry["role"]), ", ".join(ACTION_ROLES)
            raise file.error(
                path + ("role",),
                Message("rules_unknown_role", shown=shown),
                suggestion=suggest(entry["role"], ACTION_ROLES),
                hint=Message("choose_from_hint", choices=choices),
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
                    Message("rules_field_event_already", flag=flag, event_type=excerpt(event_type)),
                    hint=Message("rules_give_flag_name_own_hint"),
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
                    Message("rules_unknown_fact", fact_id=fact_id),
                    suggestion=suggest(fact_id, facts),
                    hint=Message("unknown_fact_hint"),
                )
            fact = facts[fact_id]
            if sum(mode in derive for mode in ("highest", "window", "days_at_least")) > 1:
                raise file.error(
                    where,
                    Message("rules_use_highest_window_days"),
                    hint=Message("rules_highest_takes_field_s_hint"),
                )
            within = derive.get("within")
            if within is not None and within not in settings:
                raise file.error(
                    where + ("within",),
                    Message("derive_unknown_within_setting", within=within),
                    suggestion=suggest(within, settings),
                    hint=Message("unknown_setting_hint"),
                )
            if "highest" in derive:
                field = derive["highest"]
                if field not in fields:
                    shown = excerpt(event_type)
                    known = ", ".join(fields) or "-"
                    raise file.error(
                        where + ("highest",),
                        Message("rules_event_field", shown=shown, field=field),
                        suggestion=suggest(field, fields),
                        hint=Message("rules_fields_hint", known=known),
                    )
                if fact.type != "grade" or not set(fields[field]) <= set(fact.values):
                    grades = ", ".join(fact.values) or "-"
                    raise file.error(
                        where + ("highest",),
                        Message("rules_words_grades", field=field, fact_id=fact_id),
                        hint=Message("rules_give_words_hint", field=field, grades=grades),
                    )
                needs_flag = {}
                for word, need in derive.get("needs_flag", {}).items():
                    at = where + ("needs_flag", word)
                    if word not in fields[field] or need["flag"] not in entry.get("flags", ()):
                        raise file.error(
                            at,
                            Message("rules_needs_word_flag_event", word=excerpt(word), field=field),
                            hint=Message(
                                "rules_words_flags_hint",
                                join_fields_field=", ".join(fields[field]),
                                join_entry_get_flags_or=", ".join(entry.get("flags", ())) or "-",
                            ),
                        )
                    otherwise = need["otherwise"]
                    if otherwise not in fact.values or fact.values.index(
                        otherwise
                    ) >= fact.values.index(word):
                        raise file.error(
                            at + ("otherwise",),
                            Message(
                                "rules_grade_below",
                                otherwise=excerpt(otherwise),
                                fact_id=fact_id,
                                word=word,
                            ),
                            hint=Message(
                                "rules_grades_hint", join_fact_values=", ".join(fact.values)
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
                    Message("rules_bool_fact", fact_id=fact_id),
                    hint=Message("rules_derive_graded_fact_highest_hint"),
                )
            if "window" in derive:
                for part in ("count", "days"):
                    name = derive["window"][part]
                    if name not in settings:
                        raise file.error(
                            where + ("window", part),
                            Message("window_unknown_setting", name=name),
                            suggestion=suggest(name, settings),
                            hint=Message("unknown_setting_hint"),
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
                        Message("window_unknown_setting", name=name),
                        suggestion=suggest(name, settings),
                        hint=Message("unknown_setting_hint"),
                    )
                derives.append(Derivation(fact_id, "days", count_setting=name, within=within))
            else:
                derives.append(Derivation(fact_id, "present", within=within))
        events[event_type] = EventDef(event_type, fields, tuple(derives), flags)
    return events
