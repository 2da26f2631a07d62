"""`gevoelig rules validate`: what loading cannot see, as errors and warnings with file and line."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from pathlib import Path

import attrs

from . import _contract
from ._compile import Compiled, compile_ruleset
from ._conditions import facts_of, settings_named
from ._engine import DurableEngine
from ._errors import EngineError, RuleFileError
from ._messages import Message
from ._model import FactDef, Language, Rule, RuleSet, Sets
from ._policy import decide
from ._reference import match
from ._rules import default_rules_dir, load_ruleset, valid_from
from ._yamlfile import read_yaml


@attrs.frozen
class Finding:
    level: str  # "error" or "warning"
    place: str  # file:line
    message: str
    message_nl: str | None = None  # the same in Dutch

    def text(self, lang: str = "en") -> str:
        return self.message_nl if lang == "nl" and self.message_nl is not None else self.message

    def show(self, lang: str = "en") -> str:
        level = (
            {"error": "fout", "warning": "waarschuwing"}[self.level] if lang == "nl" else self.level
        )
        return f"{self.place}: {level}: {self.text(lang)}"


def validate_paths(
    paths: list[Path],
    base: Path | None,
    peildatum: datetime.date | None,
    stacked: Sequence[Path] = (),
    lang: Language = "en",
) -> list[Finding]:
    """Validate rule set folders, and overlay files on top of `base` (the default when None);
    `stacked` overlays are checked together, in order, on top of `base`. Errors in rule files
    are worded in `lang`.

    Without a `peildatum`, every version in a folder of versions is checked on its own valid_from
    (not only the one in force today), and an overlay on its own valid_from if that is later.
    Each rule set is compiled as `check` compiles it, so that a limit of the compiler is an error
    here too.
    """
    findings: list[Finding] = []
    targets: list[Path | list[Path] | None] = (
        [*paths, list(stacked)] if stacked else (list(paths) or [None])
    )
    for path in targets:
        try:
            if isinstance(path, list):
                later = [day for day in map(_overlay_day, path) if day is not None]
                loads = [(base, path, peildatum or (max(later) if later else None))]
            elif path is not None and path.is_file():
                loads = [(base, [path], peildatum or _overlay_day(path))]
            else:
                versions = path if path is not None else (base or default_rules_dir())
                loads = [(version, [], day) for version, day in _versions(versions, peildatum)]
        except RuleFileError as error:
            findings.append(_error(error, lang))
            continue
        for folder, overlays, day in loads:
            try:
                findings.extend(
                    validate_ruleset(load_ruleset(folder, overlays=overlays, peildatum=day))
                )
            except RuleFileError as error:
                findings.append(_error(error, lang))
    return findings


def _error(error: RuleFileError, lang: Language) -> Finding:
    place = error.file if error.line is None else f"{error.file}:{error.line}"
    return Finding(
        "error",
        place,
        error.show("en").removeprefix(place + ": "),
        error.show("nl").removeprefix(place + ": "),
    )


def _versions(
    folder: Path, peildatum: datetime.date | None
) -> list[tuple[Path, datetime.date | None]]:
    """The rule set folders to check in `folder`, each with the day to load it on."""
    if peildatum is not None or (folder / "ruleset.yaml").is_file() or not folder.is_dir():
        return [(folder, peildatum)]
    versions = sorted(sub for sub in folder.iterdir() if (sub / "ruleset.yaml").is_file())
    return [(version, valid_from(version)) for version in versions] or [(folder, None)]


def _overlay_day(path: Path) -> datetime.date | None:
    """The overlay's valid_from when that is after today: a region checks what it will adopt."""
    try:
        data = read_yaml(path).data
        day = datetime.date.fromisoformat(str(data["valid_from"]))
    except (RuleFileError, KeyError, TypeError, ValueError):
        return None  # loading it reports what is wrong
    return day if day > datetime.date.today() else None


def validate_ruleset(ruleset: RuleSet) -> list[Finding]:
    """What loading cannot see; a rule set the compiler or the engine refuses
    raises RuleFileError."""
    findings: list[Finding] = []
    compiled = compile_ruleset(ruleset)
    # Monotone rules: a rule that does not fire with every fact at its highest never fires.
    highest = {fact.id: fact.highest for fact in ruleset.facts.values()}
    matched = match(compiled, compiled.mask(highest))
    # What validate accepts, the engine evaluates: durable-rules registers the compiled rule set
    # (its fixed tables refuse some large ones) and matches the dossier that fires the most.
    if DurableEngine(compiled).match(compiled.message(highest)) != matched:
        raise EngineError(Message("engine_disagrees_with_reference"))
    top = decide(compiled, highest, matched)
    fired = {ruleset.rules[position].id for position in top.rule_positions}
    for rule in ruleset.rules:
        if rule.enabled and rule.id not in fired:
            findings.append(_never_fires(ruleset, rule))
    findings.extend(_shadowed(compiled))
    findings.extend(_sources(ruleset))
    findings.extend(_coverage(ruleset))
    return findings


def _never_fires(ruleset: RuleSet, rule: Rule) -> Finding:
    """The warning for a rule that cannot fire, at the setting an overlay changed
    where that is why."""
    changed = [
        ruleset.settings[name]
        for name in settings_named(rule.when)
        if ruleset.settings[name].changed_by
    ]
    if changed:
        setting = changed[0]
        return Finding(
            "warning",
            str(setting.origin),
            (
                f"with {setting.name} = {setting.value}, rule '{rule.id}' can never fire, not even "
                "with every fact at its highest"
            ),
            (
                f"met {setting.name} = {setting.value} gaat regel '{rule.id}' nooit af, ook niet "
                "met elk feit op zijn hoogst"
            ),
        )
    return Finding(
        "warning",
        str(rule.origin),
        (
            f"rule '{rule.id}' can never fire, not even with every fact at its highest (a count "
            "above what the rule set can reach?)"
        ),
        (
            f"regel '{rule.id}' gaat nooit af, ook niet met elk feit op zijn hoogst (een telling "
            "boven wat de regelset kan halen?)"
        ),
    )


def _shadowed(compiled: Compiled) -> list[Finding]:
    """A rule whose condition implies another's, and which sets no more than it, changes nothing."""
    findings = []
    rules = [(matcher, matcher.rule) for matcher in compiled.matchers if matcher.rule is not None]
    for matcher, rule in rules:
        if rule.headline:
            # a headline counts towards headlines_at_least even when its levels are covered
            continue
        for other, other_rule in rules:
            if other is matcher:
                continue
            implies = all(
                any(term & other_term == other_term for other_term in other.terms)
                for term in matcher.terms
            )
            if implies and _covers(other_rule.sets, rule.sets):
                findings.append(
                    Finding(
                        "warning",
                        str(rule.origin),
                        (
                            f"rule '{rule.id}' is shadowed by '{other_rule.id}': whenever it "
                            f"fires, '{other_rule.id}' fires and sets at least as much"
                        ),
                        (
                            f"regel '{rule.id}' valt weg achter '{other_rule.id}': als zij afgaat, "
                            f"gaat '{other_rule.id}' ook af en zet minstens zoveel"
                        ),
                    )
                )
                break
    return findings


def _covers(big: Sets, small: Sets) -> bool:
    return (
        (small.classification or 0) <= (big.classification or 0)
        and (small.escalation or 0) <= (big.escalation or 0)
        and small.inform <= big.inform
    )


def _sources(ruleset: RuleSet) -> list[Finding]:
    findings = []
    text = ruleset.source_text
    cited: list[FactDef | Rule] = [*ruleset.facts.values(), *ruleset.rules]
    for item in cited:
        for line in item.source.lines:
            if not 0 < line <= len(text):
                findings.append(
                    Finding(
                        "error",
                        str(item.origin),
                        (
                            f"'{item.id}' cites line {line}, beyond the {len(text)} lines of the "
                            "source text"
                        ),
                        (
                            f"'{item.id}' noemt regel {line}, voorbij de {len(text)} regels van de "
                            "brontekst"
                        ),
                    )
                )
        first = item.source.lines[0]
        if 0 < first <= len(text) and item.quote not in text[first - 1]:
            findings.append(
                Finding(
                    "warning",
                    str(item.origin),
                    f"the quote of '{item.id}' is not at {ruleset.ref}:{first}: \"{item.quote}\"",
                    (
                        f"het citaat van '{item.id}' staat niet op {ruleset.ref}:{first}: "
                        f'"{item.quote}"'
                    ),
                )
            )
        if isinstance(item, Rule):
            findings.extend(_quoted_in_because(ruleset, item))
    return findings


#: Words in quotation marks, as a reason quotes them: "..." or “...”.
_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')


def _quoted_in_because(ruleset: RuleSet, rule: Rule) -> list[Finding]:
    """A reason that quotes words (in quotation marks) must find them verbatim on one of its cited
    lines: a quote from another line or another document is cited there, not to these lines."""
    text = ruleset.source_text
    cited = [text[line - 1] for line in rule.source.lines if 0 < line <= len(text)]
    findings = []
    for found in _QUOTED.finditer(
        rule.because.nl
    ):  # the source is Dutch; its English is a translation
        quoted = found.group(1) or found.group(2)
        if not any(quoted in line for line in cited):
            lines = ", ".join(f"{ruleset.ref}:{line}" for line in rule.source.lines)
            findings.append(
                Finding(
                    "warning",
                    str(rule.origin),
                    (
                        f"the reason of '{rule.id}' quotes \"{quoted}\", which is not on its cited "
                        f"lines ({lines})"
                    ),
                    (
                        f"de reden van '{rule.id}' citeert \"{quoted}\", en dat staat niet op de "
                        f"geciteerde regels ({lines})"
                    ),
                )
            )
    return findings


def _coverage(ruleset: RuleSet) -> list[Finding]:
    findings = []
    place = ruleset.files[1] if len(ruleset.files) > 1 else ruleset.name
    for kind, kind_nl, ids in (
        ("checklist question", "checklistvraag", _contract.CHECKLIST),
        ("criterion", "criterium", _contract.CRITERIA),
    ):
        for fact_id, line in ids.items():
            fact = ruleset.facts.get(fact_id)
            if fact is None:
                findings.append(
                    Finding(
                        "warning",
                        place,
                        f"{kind} '{fact_id}' ({ruleset.ref}:{line}) is not encoded",
                        f"{kind_nl} '{fact_id}' ({ruleset.ref}:{line}) is niet vastgelegd",
                    )
                )
            elif fact.signal is None:
                by = ruleset.disabled.get(fact_id)
                findings.append(
                    Finding(
                        "warning",
                        str(fact.origin),
                        f"{kind} '{fact_id}' ({ruleset.ref}:{line}) gives no signal"
                        + (f" (disabled by overlay {by.overlay})" if by else ""),
                        f"{kind_nl} '{fact_id}' ({ruleset.ref}:{line}) geeft geen signaal"
                        + (f" (uitgezet door overlay {by.overlay})" if by else ""),
                    )
                )
    used = {fact for rule in ruleset.rules if rule.enabled for fact in facts_of(rule.when)}
    for fact_id, line in _contract.CONTEXT.items():
        if fact_id not in ruleset.facts:
            findings.append(
                Finding(
                    "warning",
                    place,
                    f"escalation fact '{fact_id}' ({ruleset.ref}:{line}) is not encoded",
                    f"escalatiefeit '{fact_id}' ({ruleset.ref}:{line}) is niet vastgelegd",
                )
            )
        elif fact_id not in used:
            findings.append(
                Finding(
                    "warning",
                    str(ruleset.facts[fact_id].origin),
                    f"escalation fact '{fact_id}' ({ruleset.ref}:{line}) is used by no rule",
                    (
                        f"escalatiefeit '{fact_id}' ({ruleset.ref}:{line}) wordt door geen regel "
                        "gebruikt"
                    ),
                )
            )
    return findings
