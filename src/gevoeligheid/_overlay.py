"""Apply a region's overlay file to a rule set: settings, weights, disabled and changed rules, new
facts and rules, each change marked with the overlay's name."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Mapping
from pathlib import Path

import attrs

from ._conditions import check_rules, rebuild, settings_named
from ._definitions import (
    MAX_FACTS,
    MAX_RULES,
    build_fact,
    build_rule,
    build_setting,
    check_count,
    check_setting_bounds,
    check_settings,
    read_rule_file,
    signal_weights,
)
from ._errors import NotInForce, RuleFileError, excerpt, suggest
from ._messages import Message
from ._model import (
    Choice,
    Classification,
    Condition,
    CountAtLeast,
    Disabled,
    Escalation,
    FactDef,
    Origin,
    Rule,
    RuleSet,
    Sets,
    Setting,
    Text,
)
from ._schema import HINT
from ._yamlfile import YamlFile


def apply_overlay(ruleset: RuleSet, path: Path, day: datetime.date) -> RuleSet:
    """The rule set with an overlay file applied on `day`: its settings and choices, its facts and
    signal weights, the rules it disables, changes and adds, each checked as the rule set's own."""
    file = read_rule_file(path, str(path), "overlay", regular=False)
    data = file.data
    name = data["overlay"]
    _check_applies(file, ruleset, name, day)
    settings = _settings(file, ruleset, name)
    choices = _choices(file, ruleset, name)
    facts = _facts(file, ruleset)
    rules, disabled = _rules(file, ruleset, name, facts, settings)
    rules = [_resettle(rule, settings, name) for rule in rules]
    check_rules(file, rules)
    _check_new_settings_used(file, ruleset, rules)
    check_settings(settings, rules, ruleset.events)
    check_setting_bounds(settings)

    digest = hashlib.sha256(
        ruleset.sha256.encode() + b"\0" + name.encode() + b"\0" + file.text.encode()
    )
    return attrs.evolve(
        ruleset,
        facts=facts,
        rules=tuple(rules),
        settings=settings,
        sha256=digest.hexdigest(),
        overlays=(*ruleset.overlays, name),
        disabled=disabled,
        files=(*ruleset.files, file.name),
        choices=choices,
    )


def _check_applies(file: YamlFile, ruleset: RuleSet, name: str, day: datetime.date) -> None:
    """Refuse an overlay applied twice, not in force on `day`, or making the rule set too large."""
    data = file.data
    if name in ruleset.overlays:
        raise file.error(
            ("overlay",),
            Message("overlay_overlay_applied_twice", name=name),
            hint=Message("overlay_name_each_overlay_once_hint"),
        )
    if "valid_from" in data and datetime.date.fromisoformat(data["valid_from"]) > day:
        start, on = data["valid_from"], day.isoformat()
        raise NotInForce(
            file.name,
            file.line(("valid_from",)),
            Message("overlay_overlay_valid_from_after", name=name, start=start, on=on),
            hint=Message("overlay_choose_later_peildatum_leave_hint"),
            data_hint=Message("later_peildatum_data_hint"),
        )
    check_count(
        file,
        ("facts",),
        len(ruleset.facts) + len(data.get("facts", [])),
        MAX_FACTS,
        "facts",
    )
    check_count(
        file,
        ("rules",),
        len(ruleset.rules) + len(data.get("rules", [])),
        MAX_RULES,
        "rules",
    )


def _settings(file: YamlFile, ruleset: RuleSet, name: str) -> dict[str, Setting]:
    """The settings with the overlay's values (a new setting is checked once its use is known)."""
    data = file.data
    settings = dict(ruleset.settings)
    for key, entry in data.get("settings", {}).items():
        settings[key] = attrs.evolve(
            build_setting(file, ("settings", key), key, entry, base=ruleset.settings.get(key)),
            changed_by=name,
        )
    return settings


def _choices(file: YamlFile, ruleset: RuleSet, name: str) -> dict[str, Choice]:
    """The choices with the options the overlay picks."""
    data = file.data
    choices = dict(ruleset.choices)
    for key, entry in data.get("choices", {}).items():
        choice = choices.get(key)
        if choice is None or entry["value"] not in choice.options:
            known = (
                ", ".join(f"{found.name}: {', '.join(found.options)}" for found in choices.values())
                or "-"
            )
            raise file.error(
                ("choices", key),
                Message(
                    "overlay_choice_option", key=excerpt(key), entry_value=excerpt(entry["value"])
                ),
                suggestion=suggest(key, choices)
                if choice is None
                else suggest(entry["value"], choice.options),
                hint=Message("rules_choices_hint", known=known),
            )
        choices[key] = attrs.evolve(
            choice,
            value=entry["value"],
            why=Text.of(entry["why"]),
            origin=Origin(file.name, file.line(("choices", key))),
            changed_by=name,
        )
    return choices


def _facts(file: YamlFile, ruleset: RuleSet) -> dict[str, FactDef]:
    """The facts with those the overlay adds, and the signal weights it changes."""
    data = file.data
    facts = dict(ruleset.facts)
    for index, entry in enumerate(data.get("facts", [])):
        if entry["id"] in facts:
            raise file.error(
                ("facts", index, "id"),
                Message("overlay_fact_exists_already", entry_id=entry["id"]),
                hint=Message("overlay_overlay_adds_new_facts_hint"),
            )
        facts[entry["id"]] = build_fact(file, ("facts", index), entry, ruleset.weight_classes)
    for fact_id, entry in data.get("signals", {}).items():
        fact = facts.get(fact_id)
        if fact is None or fact.signal is None:
            shown = excerpt(fact_id)
            raise file.error(
                ("signals", fact_id),
                Message("overlay_no_signal", shown=shown),
                suggestion=suggest(fact_id, [f for f, d in facts.items() if d.signal]),
                hint=HINT,
            )
        weights = signal_weights(
            file, ("signals", fact_id, "weight"), fact.type, fact.values, entry["weight"]
        )
        facts[fact_id] = attrs.evolve(fact, signal=attrs.evolve(fact.signal, weights=weights))
    return facts


def _rules(
    file: YamlFile,
    ruleset: RuleSet,
    name: str,
    facts: dict[str, FactDef],
    settings: Mapping[str, Setting],
) -> tuple[list[Rule], dict[str, Disabled]]:
    """The rules with those the overlay disables (a disabled signal leaves `facts`), changes and
    adds, and what it disabled with the reason it gave."""
    rules = list(ruleset.rules)
    by_id = {rule.id: index for index, rule in enumerate(rules)}
    disabled = _disable(file, ruleset, name, rules, by_id, facts)
    _change(file, name, rules, by_id)
    _add(file, ruleset, name, rules, by_id, facts, settings)
    return rules, disabled


def _disable(
    file: YamlFile,
    ruleset: RuleSet,
    name: str,
    rules: list[Rule],
    by_id: Mapping[str, int],
    facts: dict[str, FactDef],
) -> dict[str, Disabled]:
    """Turn off the rules and signals under `disable:`; what is disabled, with its reason."""
    data = file.data
    disabled = dict(ruleset.disabled)
    for item, why in data.get("disable", {}).items():
        if item in by_id:
            rules[by_id[item]] = attrs.evolve(rules[by_id[item]], enabled=False, changed_by=name)
        elif item in facts and facts[item].signal is not None:
            facts[item] = attrs.evolve(facts[item], signal=None)
        else:
            shown = excerpt(item)
            raise file.error(
                ("disable", item),
                Message("overlay_rule_signal_disable", shown=shown),
                suggestion=suggest(item, [*by_id, *facts]),
                hint=Message("overlay_gevoelig_rules_lists_rules_hint"),
            )
        disabled[item] = Disabled(name, why, Origin(file.name, file.line(("disable", item))))
    return disabled


def _change(file: YamlFile, name: str, rules: list[Rule], by_id: Mapping[str, int]) -> None:
    """Give the rules under `change:` the levels the overlay sets, and its reason."""
    data = file.data
    for rule_id, entry in data.get("change", {}).items():
        if rule_id not in by_id:
            shown = excerpt(rule_id)
            raise file.error(
                ("change", rule_id),
                Message("overlay_rule_change", shown=shown),
                suggestion=suggest(rule_id, by_id),
                hint=Message("overlay_gevoelig_rules_lists_rule_hint"),
            )
        rule = rules[by_id[rule_id]]
        sets = entry["sets"]
        rules[by_id[rule_id]] = attrs.evolve(
            rule,
            sets=Sets(
                Classification.of(sets["classification"])
                if "classification" in sets
                else rule.sets.classification,
                Escalation.of(sets["escalation"]) if "escalation" in sets else rule.sets.escalation,
                frozenset(sets["inform"]) if "inform" in sets else rule.sets.inform,
            ),
            why=Text.of(entry["why"]),
            because=Text(**entry["because"]),
            changed_by=name,
            origin=Origin(file.name, file.line(("change", rule_id))),
        )


def _add(
    file: YamlFile,
    ruleset: RuleSet,
    name: str,
    rules: list[Rule],
    by_id: Mapping[str, int],
    facts: Mapping[str, FactDef],
    settings: Mapping[str, Setting],
) -> None:
    """Append the overlay's own rules (under `rules:`), each with a new id."""
    data = file.data
    for index, entry in enumerate(data.get("rules", [])):
        if entry["id"] in by_id:
            raise file.error(
                ("rules", index, "id"),
                Message("overlay_rule_exists_already", entry_id=entry["id"]),
                hint=Message("overlay_change_under_change_give_hint"),
            )
        rules.append(
            attrs.evolve(
                build_rule(file, ("rules", index), entry, facts, settings, ruleset.weight_classes),
                changed_by=name,
            )
        )


def _check_new_settings_used(file: YamlFile, ruleset: RuleSet, rules: list[Rule]) -> None:
    """Refuse a setting the overlay adds that no rule names: it would change nothing."""
    data = file.data
    used = _settings_used(rules, ruleset)
    for key in data.get("settings", {}):
        if key not in ruleset.settings and key not in used:
            shown = excerpt(key)
            raise file.error(
                ("settings", key),
                Message("overlay_setting_change_rule_overlay", shown=shown),
                suggestion=suggest(key, ruleset.settings),
                hint=Message("overlay_gevoelig_rules_lists_settings_hint"),
            )


def _settings_used(rules: list[Rule], ruleset: RuleSet) -> set[str]:
    """The settings that a count of a rule or an event's window names."""
    used = {
        name
        for event in ruleset.events.values()
        for derivation in event.derives
        for name in (derivation.count_setting, derivation.days_setting)
    }
    used.update(name for rule in rules for name in settings_named(rule.when))
    used.update(part.setting for rule in rules for part in rule.strength if part.setting)
    return {name for name in used if name}


def _resettle(rule: Rule, settings: Mapping[str, Setting], overlay: str) -> Rule:
    """Give counts that name a setting the setting's current value; mark the rule if it changed."""
    condition = _with_settings(rule.when, settings)
    strength = tuple(
        attrs.evolve(part, number=settings[part.setting].value)
        if part.setting and part.setting in settings
        else part
        for part in rule.strength
    )
    if condition == rule.when and strength == rule.strength:
        return rule
    return attrs.evolve(rule, when=condition, strength=strength, changed_by=overlay)


def _with_settings(condition: Condition, settings: Mapping[str, Setting]) -> Condition:
    def resettle(node: Condition) -> Condition | None:
        if not (isinstance(node, CountAtLeast) and node.setting and node.what != "heaviest"):
            return None  # a weight class is no setting
        if node.setting not in settings:
            shown = excerpt(node.setting)
            raise RuleFileError(
                "<overlay>",
                None,
                Message("overlay_unknown_setting", shown=shown),
                hint=HINT,
            )
        return attrs.evolve(node, number=settings[node.setting].value)

    return rebuild(condition, resettle)
