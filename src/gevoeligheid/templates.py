"""Texts made from a rule set for people: a blank dossier, the checklist handout, rule listings."""

from __future__ import annotations

from tabulate import tabulate

from .model import AllOf, AnyOf, Condition, CountAtLeast, FactCondition, HeadlineRef, RuleSet
from .text import label

_KIND_TITLES = {
    "nl": {"checklist": "Checklist (Bijlage 3)", "criterium": "Potentiële criteria (Bijlage 3)", "escalatie": "Escalatieafspraken"},
    "en": {"checklist": "Checklist (Annex 3)", "criterium": "Potential criteria (Annex 3)", "escalatie": "Escalation agreements"},
}


def blank_dossier(ruleset: RuleSet) -> dict[str, object]:
    """A dossier with every fact unknown (null), ready to fill in."""
    return {
        "id": None,
        "title": None,
        "competent_authority": None,
        "task": None,
        "facts": {fact_id: None for fact_id in ruleset.facts},
        "events": [],
    }


def checklist_markdown(ruleset: RuleSet, lang: str) -> str:
    """The checklist and criteria as a Markdown handout, grouped as in the Handreiking."""
    title = ruleset.title.get(lang)
    lines = [f"# {title}", ""]
    intro = {
        "nl": "Beantwoord elke vraag met ja of nee (of het gevraagde niveau); laat open wat u niet weet: onbekend telt niet als nee.",
        "en": "Answer each question yes or no (or the level asked for); leave open what you do not know: unknown does not count as no.",
    }[lang]
    lines += [intro, ""]
    kinds: dict[str, list] = {}
    for fact in ruleset.facts.values():
        kinds.setdefault(fact.kind, []).append(fact)
    for kind, facts in kinds.items():
        lines += [f"## {_KIND_TITLES[lang].get(kind, kind)}", ""]
        section = None
        for fact in facts:
            if fact.source.section != section and kind == "checklist":
                section = fact.source.section
                lines += ["", f"### {section.split(', ', 1)[-1]}", ""]
            answer = "ja / nee" if lang == "nl" else "yes / no"
            if fact.type != "bool":
                answer = " / ".join(fact.values[1:] if fact.type == "grade" else fact.values)
                answer = ("geen / " if fact.type == "grade" else "") + answer if lang == "nl" else answer
            lines.append(f"- [ ] {fact.question.get(lang)} ({answer}) `{fact.id}` ({ruleset.ref}:{fact.source.lines[0]})")
        lines.append("")
    return "\n".join(lines)


def describe(condition: Condition) -> str:
    """A condition in one line, as a rule author wrote it."""
    if isinstance(condition, FactCondition):
        if condition.at_least:
            return f"{condition.fact} >= {condition.at_least}"
        if condition.contains:
            return f"{condition.contains} in {condition.fact}"
        return condition.fact
    if isinstance(condition, AnyOf):
        return "(" + " or ".join(describe(item) for item in condition.items) + ")"
    if isinstance(condition, AllOf):
        return "(" + " and ".join(describe(item) for item in condition.items) + ")"
    if isinstance(condition, HeadlineRef):
        return condition.headline
    assert isinstance(condition, CountAtLeast)
    number = f"{condition.number} ({condition.setting})" if condition.setting else str(condition.number)
    return f"{condition.what} >= {number}"


def _sets(rule, lang: str) -> str:
    parts = [label(value, lang) for value in rule.sets.to_dict().values() if isinstance(value, str)]
    if rule.sets.inform:
        parts.append("+ " + ", ".join(label(role, lang) for role in sorted(rule.sets.inform)))
    return "; ".join(parts)


def rules_table(ruleset: RuleSet, lang: str) -> str:
    """Every rule and signal: id, category, weight, what it sets and its source lines."""
    rows = []
    for rule in ruleset.rules:
        if rule.enabled:
            rows.append([rule.id, rule.headline or "regel", "", describe(rule.when), _sets(rule, lang), _lines(ruleset, rule.source.lines)])
    for fact in ruleset.facts.values():
        if fact.signal:
            weights = sorted(set(fact.signal.weights.values()))
            weight = "-".join(str(value) for value in (weights[0], weights[-1])) if len(weights) > 1 else str(weights[0])
            rows.append([fact.id, fact.category, weight, "signaal", "", _lines(ruleset, fact.source.lines)])
    header = f"{ruleset.title.get(lang)}: {ruleset.name} {ruleset.version} (geldig vanaf {ruleset.valid_from.isoformat()})"
    if ruleset.overlays:
        header += " + " + " + ".join(ruleset.overlays)
    table = tabulate(rows, headers=["id", "category", "weight", "when", "sets", "source"], tablefmt="simple", maxcolwidths=[None, None, None, 50, 40, None])
    settings = [[setting.name, setting.value, setting.changed_by or "", str(setting.origin)] for setting in ruleset.settings.values()]
    settings_table = tabulate(settings, headers=["setting", "value", "changed by", "defined"], tablefmt="simple")
    out = header + "\n\n" + table + "\n\n" + settings_table
    if ruleset.disabled:
        disabled = [[item_id, off.overlay, off.why, str(off.origin)] for item_id, off in ruleset.disabled.items()]
        out += "\n\n" + tabulate(disabled, headers=["disabled", "by overlay", "why", "defined"], tablefmt="simple", maxcolwidths=[None, None, 60, None])
    return out


def _disabled(ruleset: RuleSet, item_id: str) -> list[str]:
    """The lines that say an overlay switched a rule or signal off, and why."""
    off = ruleset.disabled.get(item_id)
    if off is None:
        return []
    return [f"disabled: by overlay {off.overlay} ({off.origin})", f"          {off.why}"]


def _lines(ruleset: RuleSet, lines) -> str:
    return ", ".join(f"{ruleset.ref}:{line}" for line in lines)


def rule_detail(ruleset: RuleSet, rule_id: str, lang: str) -> str:
    """One rule, fact or setting in full; for a rule or fact with the cited lines of the Handreiking."""
    out: list[str] = []
    setting = ruleset.settings.get(rule_id)
    rule = next((rule for rule in ruleset.rules if rule.id == rule_id), None)
    if setting is not None:
        out.append(f"setting:  {setting.name} = {setting.value}")
        out.append(f"why:      {setting.why}")
        if setting.changed_by:
            out.append(f"changed:  by overlay {setting.changed_by}")
        out.append(f"defined:  {setting.origin}")
        if rule is None and rule_id not in ruleset.facts:
            return "\n".join(out)
        out.append("")  # a rule that compares with a setting of its own name: both, setting first
    if rule is not None:
        out.append(f"rule:     {rule.id}" + (f" (headline {rule.headline})" if rule.headline else ""))
        out.append(f"when:     {describe(rule.when)}")
        out.append(f"sets:     {_sets(rule, lang)}")
        out.append(f"because:  {rule.because.get(lang)}")
        if rule.why:
            out.append(f"why:      {rule.why}")
        if rule.changed_by and rule.enabled:
            out.append(f"changed:  by overlay {rule.changed_by}")
        out.extend(_disabled(ruleset, rule.id))
        out.append(f"defined:  {rule.origin}")
        source, quote = rule.source, rule.quote
    else:
        fact = ruleset.facts[rule_id]
        out.append(f"fact:     {fact.id} ({fact.type}{': ' + ' < '.join(fact.values) if fact.type == 'grade' else ''})")
        out.append(f"question: {fact.question.get(lang)}")
        if fact.signal:
            weights = ", ".join(f"{'true' if key is True else key}={value}" for key, value in fact.signal.weights.items())
            out.append(f"signal:   {fact.signal.label.get(lang)} (category {fact.category}, weight {weights})")
        out.extend(_disabled(ruleset, fact.id))
        out.append(f"defined:  {fact.origin}")
        source, quote = fact.source, fact.quote
    out.append(f"source:   {source.cite(ruleset.document, ruleset.ref)}")
    out.append(f"quote:    \"{quote}\"")
    for line in source.lines:
        if 0 < line <= len(ruleset.source_text):
            out.append(f"  {ruleset.ref}:{line}  {ruleset.source_text[line - 1].strip()}")
    return "\n".join(out)
