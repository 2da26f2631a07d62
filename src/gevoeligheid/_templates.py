"""Texts made from a rule set for people: a blank dossier, the checklist handout, rule listings."""

from __future__ import annotations

from collections.abc import Iterable

from tabulate import tabulate

from ._conditions import Visitor
from ._messages import has, label, word
from ._model import (
    CLASSIFICATIONS,
    ESCALATIONS,
    AllOf,
    AnyOf,
    Condition,
    CountAtLeast,
    FactCondition,
    FactDef,
    HeadlineRef,
    OutcomeAtLeast,
    Rule,
    RuleSet,
    Setting,
    Unknown,
)
from ._text import cited


def blank_dossier(ruleset: RuleSet) -> dict[str, object]:
    """A dossier with every fact unknown (null), ready to fill in."""
    return {
        "id": None,
        "title": None,
        "competent_authority": None,
        "task": None,
        "facts": dict.fromkeys(ruleset.facts),
        "events": [],
    }


def checklist_markdown(ruleset: RuleSet, lang: str) -> str:
    """The checklist and criteria as a Markdown handout, grouped as in the Handreiking."""
    title = ruleset.title.get(lang)
    lines = [f"# {title}", "", word("handout_intro", lang), ""]
    kinds: dict[str, list[FactDef]] = {}
    for fact in ruleset.facts.values():
        kinds.setdefault(fact.kind, []).append(fact)
    for kind, facts in kinds.items():
        title = f"kind_title_{kind}"
        lines += [
            f"## {word(title, lang) if has(title) else kind}",
            "",
        ]  # a region's own kind: as it is
        section = None
        for fact in facts:
            if fact.source.section != section and kind == "checklist":
                section = fact.source.section
                # The Handreiking's own heading in Dutch; in English the signals' category.
                heading = (
                    section.split(", ", 1)[-1]
                    if lang == "nl"
                    else label(fact.category, lang).capitalize()
                )
                lines += ["", f"### {heading}", ""]
            if fact.type == "bool":
                answer = word("yes_no", lang).replace("/", " / ")
            else:
                answer = " / ".join(fact.word(value, lang) for value in fact.values)
            question = fact.question.get(lang)
            # Cited by section and quote where the question is not the document's own words
            # under the heading above (a criterion, a translation, an inverted question).
            citation = cited(fact.source.citation(ruleset.document, ruleset.ref, fact.quote))
            where = "" if question == fact.quote and kind == "checklist" else f" ({citation})"
            lines.append(f"- [ ] {question} ({answer}){where}")
        lines.append("")
    return "\n".join(lines)


def describe(condition: Condition, lang: str = "nl") -> str:
    """A condition in one line, in the words of `lang`; fact ids and their words stay ids."""
    return _Describe(lang).visit(condition)


class _Describe(Visitor[str]):
    __slots__ = ("lang",)

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def fact(self, condition: FactCondition) -> str:
        if condition.at_least:
            return f"{condition.fact} >= {condition.at_least}"
        if condition.contains:
            return f"{condition.fact} {word('contains', self.lang)} {condition.contains}"
        return condition.fact

    def any_of(self, condition: AnyOf) -> str:
        return self._joined(condition.items, "or")

    def all_of(self, condition: AllOf) -> str:
        return self._joined(condition.items, "and")

    def _joined(self, items: tuple[Condition, ...], joint: str) -> str:
        return "(" + f" {word(joint, self.lang)} ".join(self.visit(item) for item in items) + ")"

    def headline(self, condition: HeadlineRef) -> str:
        return condition.headline

    def outcome(self, condition: OutcomeAtLeast) -> str:
        lang = self.lang
        if condition.what == "inform":
            return f"{word('informs', lang)} {label(str(condition.role), lang)}"
        levels = CLASSIFICATIONS if condition.what == "classification" else ESCALATIONS
        return f"{word(condition.what, lang).lower()} >= {label(levels[condition.level], lang)}"

    def unknown(self, condition: Unknown) -> str:
        return f"{condition.fact} {word('unknown', self.lang)}"

    def count(self, condition: CountAtLeast) -> str:
        number = (
            f"{condition.number} ({condition.setting})"
            if condition.setting
            else str(condition.number)
        )
        return f"{word('count_' + condition.what, self.lang)} >= {number}"


def _sets(rule: Rule, lang: str) -> str:
    parts = [label(value, lang) for value in rule.sets.to_dict().values() if isinstance(value, str)]
    if rule.sets.inform:
        parts.append("+ " + ", ".join(label(role, lang) for role in sorted(rule.sets.inform)))
    return "; ".join(parts)


def rules_table(ruleset: RuleSet, lang: str) -> str:
    """Every rule and signal (id, category, weight, when, what it sets, source lines), the actions
    (id, who, when, source lines) and the settings (value, bounds, who changed it, where)."""
    rows = []
    for rule in ruleset.rules:
        if rule.enabled:
            rows.append(
                [
                    rule.id,
                    rule.headline or word("kind_rule", lang),
                    "",
                    describe(rule.when, lang),
                    _sets(rule, lang),
                    _lines(ruleset, rule.source.lines),
                ]
            )
    for fact in ruleset.facts.values():
        if fact.signal:
            weights = sorted(set(fact.signal.weights.values()))
            weight = (
                "-".join(str(value) for value in (weights[0], weights[-1]))
                if len(weights) > 1
                else str(weights[0])
            )
            rows.append(
                [
                    fact.id,
                    label(fact.category, lang),
                    weight,
                    word("kind_signal", lang),
                    "",
                    _lines(ruleset, fact.source.lines),
                ]
            )
    header = (
        f"{ruleset.title.get(lang)}: {ruleset.name} {ruleset.version} "
        f"({word('valid_from', lang)} {ruleset.valid_from.isoformat()})"
    )
    if ruleset.overlays:
        header += " + " + " + ".join(ruleset.overlays)
    headers = [
        word("id", lang),
        word("category", lang),
        word("weight", lang),
        word("when", lang),
        word("sets", lang),
        word("source", lang),
    ]
    table = tabulate(
        rows, headers=headers, tablefmt="simple", maxcolwidths=[None, None, None, 50, 40, None]
    )
    out = [header, "", table]
    if ruleset.actions:
        actions = [
            [
                action.id,
                label(action.role, lang),
                describe(action.when, lang),
                _lines(ruleset, action.source.lines),
            ]
            for action in ruleset.actions
        ]
        out += [
            "",
            tabulate(
                actions,
                headers=[
                    word("action", lang),
                    word("who", lang),
                    word("when", lang),
                    word("source", lang),
                ],
                tablefmt="simple",
                maxcolwidths=[None, None, 60, None],
            ),
        ]
    settings = [
        [
            setting.name,
            setting.value,
            _bounds(setting, lang),
            setting.changed_by or "",
            str(setting.origin),
        ]
        for setting in ruleset.settings.values()
    ]
    out += [
        "",
        tabulate(
            settings,
            headers=[
                word("setting", lang),
                word("value", lang),
                word("bounds", lang),
                word("changed_by", lang).capitalize(),
                word("defined", lang),
            ],
            tablefmt="simple",
        ),
    ]
    if ruleset.disabled:
        disabled = [
            [item_id, off.overlay, off.why, str(off.origin)]
            for item_id, off in ruleset.disabled.items()
        ]
        headers = [
            word("disabled", lang).capitalize(),
            word("by_overlay", lang).capitalize(),
            word("why", lang),
            word("defined", lang),
        ]
        out += [
            "",
            tabulate(
                disabled, headers=headers, tablefmt="simple", maxcolwidths=[None, None, 60, None]
            ),
        ]
    return "\n".join(out)


def _bounds(setting: Setting, lang: str) -> str:
    parts: list[str] = []
    if setting.minimum is not None and setting.maximum is not None:
        parts.append(f"{setting.minimum} {word('to', lang)} {setting.maximum}")
    elif setting.minimum is not None:
        parts.append(f">= {setting.minimum}")
    elif setting.maximum is not None:
        parts.append(f"<= {setting.maximum}")
    if setting.above:
        parts.append(f"{word('above', lang)} {setting.above}")
    if setting.not_below:
        parts.append(f"{word('not_below', lang)} {setting.not_below}")
    return "; ".join(parts)


def _disabled(ruleset: RuleSet, item_id: str, lang: str) -> list[str]:
    """The lines of `rules show` that say which overlay switched a rule or signal off, and why
    (in the overlay's own words)."""
    off = ruleset.disabled.get(item_id)
    if off is None:
        return []
    return [
        (
            f"{word('disabled', lang) + ':':<13} {word('by_overlay', lang)} {off.overlay} "
            f"({off.origin})"
        ),
        f"{'':<13} {off.why}",
    ]


def _lines(ruleset: RuleSet, lines: Iterable[int]) -> str:
    return ", ".join(f"{ruleset.ref}:{line}" for line in lines)


def rule_detail(ruleset: RuleSet, rule_id: str, lang: str) -> str:
    """One rule, fact, action or setting in full; for a rule, fact or action with the cited lines
    of the Handreiking. Keys and words in the language of `lang`."""
    out: list[str] = []

    def line(key: str, value: str) -> None:
        out.append(f"{key + ':':<13} {value}")

    setting = ruleset.settings.get(rule_id)
    choice = ruleset.choices.get(rule_id)
    if choice is not None:
        line(
            word("choice", lang),
            f"{choice.name} = {choice.value} ({choice.options[choice.value].get(lang)})",
        )
        line(word("why", lang).lower(), choice.why.get(lang))
        for option, text in choice.options.items():
            line(
                option,
                f"{text.get(lang)}: {choice.source[option].cite(ruleset.document, ruleset.ref)}",
            )
        if choice.changed_by:
            line(word("changed_by", lang), choice.changed_by)
        line(word("defined", lang).lower(), str(choice.origin))
        return "\n".join(out)
    rule = next((rule for rule in ruleset.rules if rule.id == rule_id), None)
    action = next((action for action in ruleset.actions if action.id == rule_id), None)
    if setting is not None:
        line(word("setting", lang).lower(), f"{setting.name} = {setting.value}")
        if _bounds(setting, lang):
            line(word("bounds", lang).lower(), _bounds(setting, lang))
        line(word("why", lang).lower(), setting.why.get(lang))
        if setting.changed_by:
            line(word("changed_by", lang), setting.changed_by)
        line(word("defined", lang).lower(), str(setting.origin))
        if rule is None and action is None and rule_id not in ruleset.facts:
            return "\n".join(out)
        out.append("")  # a rule that compares with a setting of its own name: both, setting first
    if rule is not None:
        line(
            word("kind_rule", lang),
            rule.id + (f" ({word('headline', lang)} {rule.headline})" if rule.headline else ""),
        )
        line(word("when", lang).lower(), describe(rule.when, lang))
        line(word("sets", lang).lower(), _sets(rule, lang))
        line(word("because", lang).lower(), rule.because.get(lang))
        for part in rule.strength:
            strength = f"{part.number} ({part.setting})" if part.setting else str(part.number)
            line(
                word("strength", lang),
                strength
                if part.when is None
                else f"{strength} {word('when', lang).lower()} {describe(part.when, lang)}",
            )
        for name, option in rule.only_with:
            choice = ruleset.choices.get(name)
            in_force = choice is not None and choice.value == option
            line(
                word("only_with", lang),
                f"{name} = {option} ({word('in_force' if in_force else 'not_in_force', lang)})",
            )
        if rule.why:
            line(word("why", lang).lower(), rule.why.get(lang))
        if rule.changed_by and rule.enabled:
            line(word("changed_by", lang), rule.changed_by)
        out.extend(_disabled(ruleset, rule.id, lang))
        line(word("defined", lang).lower(), str(rule.origin))
        source, quote = rule.source, rule.quote
    elif action is not None:
        line(word("action", lang).lower(), action.id)
        line(word("who", lang).lower(), label(action.role, lang))
        line(word("when", lang).lower(), describe(action.when, lang))
        line(word("text", lang).lower(), action.text.get(lang))
        if action.why:
            line(word("why", lang).lower(), action.why.get(lang))
        line(word("defined", lang).lower(), str(action.origin))
        source, quote = action.source, action.quote
    else:
        fact = ruleset.facts[rule_id]
        kind = {
            "bool": word("yes_no", lang),
            "grade": " < ".join(fact.values),
            "set": f"{word('list', lang)}: {', '.join(fact.values)}",
        }[fact.type]
        line(word("fact", lang).lower(), f"{fact.id} ({kind})")
        line(word("question", lang).lower(), fact.question.get(lang))
        if fact.signal:
            weights = ", ".join(
                f"{word('yes', lang) if key is True else key}={value}"
                for key, value in fact.signal.weights.items()
            )
            line(
                word("signal", lang).lower(),
                (
                    f"{fact.signal.label.get(lang)} ({word('category', lang).lower()} "
                    f"{label(fact.category, lang)}, {word('weight', lang).lower()} {weights})"
                ),
            )
            group = next(
                (group for group in ruleset.overlap_groups if fact.id in group.facts), None
            )
            if group is not None:
                others = ", ".join(other for other in group.facts if other != fact.id)
                line(
                    word("overlap_group", lang),
                    f"{word('overlap', lang)} {others}: {group.why.get(lang)}",
                )
        out.extend(_disabled(ruleset, fact.id, lang))
        line(word("defined", lang).lower(), str(fact.origin))
        source, quote = fact.source, fact.quote
    line(word("source", lang).lower(), source.cite(ruleset.document, ruleset.ref))
    line(word("quote", lang).lower(), f'"{quote}"')
    for number in source.lines:
        if 0 < number <= len(ruleset.source_text):
            out.append(f"  {ruleset.ref}:{number}  {ruleset.source_text[number - 1].strip()}")
    return "\n".join(out)
