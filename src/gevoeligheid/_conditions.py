"""A rule's `when` as written -> Condition, what only the whole list of rules shows (unique ids
and headlines, headline references that come down to facts), and the walks over a Condition that
the later stages share."""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, ClassVar, Generic, TypeVar

from ._errors import RuleFileError, excerpt, suggest
from ._messages import Message, Number
from ._model import (
    CLASSIFICATIONS,
    ESCALATIONS,
    ROLES,
    AllOf,
    AnyOf,
    Classification,
    Condition,
    CountAtLeast,
    Escalation,
    FactCondition,
    FactDef,
    HeadlineRef,
    OutcomeAtLeast,
    Rule,
    Setting,
    Unknown,
)
from ._schema import HINT, SETTING_RANGES
from ._yamlfile import DataPath, YamlFile

COUNTS = {
    "signals_at_least": "signals",
    "headlines_at_least": "headlines",
    "score_at_least": "score",
    "weight_at_least": "heaviest",
    # The headline strength (the sum of each headline's strength) and the strongest headline's
    # strength: the compiler writes them out as conditions on facts (_compile.expand_strength).
    "headline_strength_at_least": "strength",
    "strongest_headline_at_least": "strongest",
}
#: The counts that the compiler writes out as conditions on facts, before any rule is matched.
STRENGTH_COUNTS = ("strength", "strongest")
#: Conditions on what the other rules decided: the classification, the escalation, a role informed.
OUTCOMES = {
    "classification_at_least": CLASSIFICATIONS,
    "escalation_at_least": ESCALATIONS,
    "informs": ROLES,
}
#: What a count condition may compare with: at least 1, as a count of 0 holds for every dossier.
COUNT_RANGE = SETTING_RANGES["threshold"]
#: How many headline references one headline's condition may pass through (H1 -> H2 -> ...).
MAX_HEADLINE_CHAIN = 8


def check_rules(file: YamlFile, rules: Iterable[Rule]) -> None:
    """Check what only the whole list shows: unique ids and headlines, headline references that
    lead to a rule and never round in a circle."""
    seen: dict[str, Rule] = {}
    headlines: dict[str, Rule] = {}
    for rule in rules:
        line = rule.origin.line if rule.origin.file == file.name else None
        if rule.id in seen:
            first = seen[rule.id].origin
            raise RuleFileError(
                file.name,
                line,
                Message("conditions_rule_defined_twice", rule_id=rule.id),
                hint=Message("conditions_first_hint", first=first),
            )
        seen[rule.id] = rule
        if rule.headline and rule.enabled:
            if rule.headline in headlines:
                other = headlines[rule.headline].id
                raise RuleFileError(
                    file.name,
                    line,
                    Message("conditions_headline_set_two_rules", rule_headline=rule.headline),
                    hint=Message("conditions_also_hint", other=other),
                )
            if condition_kinds(rule.when) & {"count", "outcome"}:
                raise RuleFileError(
                    file.name,
                    line,
                    Message("conditions_headline_rule_counts_signals", rule_id=rule.id),
                    hint=Message("conditions_headline_criterion_condition_facts_hint"),
                )
            headlines[rule.headline] = rule
    for rule in seen.values():
        for name in headline_refs(rule.when):
            if name not in headlines:
                line = rule.origin.line if rule.origin.file == file.name else None
                known = ", ".join(sorted(headlines)) or "none"
                raise RuleFileError(
                    file.name,
                    line,
                    Message(
                        "conditions_rule_refers_headline_which", rule_id=rule.id, name=excerpt(name)
                    ),
                    suggestion=suggest(name, headlines),
                    hint=Message("conditions_headlines_defined_hint", known=known),
                )
    _check_headline_chains(headlines)


def _check_headline_chains(headlines: Mapping[str, Rule]) -> None:
    """Refuse headlines whose conditions refer to each other in a circle (H1 -> H2 -> H1), which
    would never come down to facts, and chains longer than MAX_HEADLINE_CHAIN; each is reported
    at the rule that starts it, naming the headlines in order."""
    depth: dict[str, int] = {}  # how many references in a row below a headline, once known
    deepest: dict[str, str] = {}  # the reference that leads down the longest way
    for start in headlines:
        if start in depth:
            continue
        # Depth first without recursion: a chain is as long as the rule set allows.
        trail = [start]
        pending = [iter(headline_refs(headlines[start].when))]
        while pending:
            name = next(pending[-1], None)
            if name is None:
                done = trail.pop()
                pending.pop()
                below = headline_refs(headlines[done].when)
                depth[done] = max((depth[name] + 1 for name in below), default=0)
                if below:
                    deepest[done] = max(below, key=depth.__getitem__)
                if depth[done] > MAX_HEADLINE_CHAIN:
                    chain = [done]
                    while chain[-1] in deepest:
                        chain.append(deepest[chain[-1]])
                    _headline_error(headlines[done], chain)
                continue
            if name in trail:
                _headline_error(headlines[name], [*trail[trail.index(name) :], name])
            if name not in depth:
                trail.append(name)
                pending.append(iter(headline_refs(headlines[name].when)))


def _headline_error(rule: Rule, names: list[str]) -> None:
    chain = " → ".join(names)
    if len(names) == 2 and names[0] == names[1]:
        what = Message("conditions_headline_itself", name=names[0])
    elif names[0] == names[-1]:
        what = Message("conditions_headline_circle", chain=chain)
    else:
        what = Message("conditions_headline_chain", limit=MAX_HEADLINE_CHAIN, chain=chain)
    raise RuleFileError(
        rule.origin.file, rule.origin.line, what, hint=Message("conditions_headline_chain_hint")
    )


# --- the walks over a Condition -----------------------------------------------------------------
#
# Every walk over a Condition goes through this section: `Visitor` for a walk that gives each kind
# its own meaning (matching, describing, writing as JSON), `leaves` for one that collects, and
# `rebuild` for one that replaces parts. A new kind of condition is a class in _model's
# `Condition`, its parsing below, and a method of `Visitor`; the abstract method makes every
# visitor that lacks it fail at once (tests/test_conditions.py lists them).

_T = TypeVar("_T")
#: The method of Visitor that handles each kind of condition.
_METHODS: dict[type, str] = {
    FactCondition: "fact",
    AnyOf: "any_of",
    AllOf: "all_of",
    HeadlineRef: "headline",
    CountAtLeast: "count",
    OutcomeAtLeast: "outcome",
    Unknown: "unknown",
}


class Visitor(abc.ABC, Generic[_T]):
    """A walk that gives each kind of condition its own meaning: `visit` calls the method of the
    condition's kind, which calls `visit` on the parts it needs."""

    __slots__ = ()
    _dispatch: ClassVar[dict[type, Callable[[Any, Any], Any]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Bound once per class, so that `visit` is one lookup: the policy walks conditions per
        # dossier where its tables do not apply.
        cls._dispatch = {kind: getattr(cls, name) for kind, name in _METHODS.items()}

    def visit(self, condition: Condition) -> _T:
        result: _T = self._dispatch[condition.__class__](self, condition)
        return result

    @abc.abstractmethod
    def fact(self, condition: FactCondition) -> _T: ...

    @abc.abstractmethod
    def any_of(self, condition: AnyOf) -> _T: ...

    @abc.abstractmethod
    def all_of(self, condition: AllOf) -> _T: ...

    @abc.abstractmethod
    def headline(self, condition: HeadlineRef) -> _T: ...

    @abc.abstractmethod
    def count(self, condition: CountAtLeast) -> _T: ...

    @abc.abstractmethod
    def outcome(self, condition: OutcomeAtLeast) -> _T: ...

    @abc.abstractmethod
    def unknown(self, condition: Unknown) -> _T: ...


def is_group(condition: Condition) -> bool:
    """Whether a condition is an `any` or an `all` of others."""
    return condition.__class__ is AnyOf or condition.__class__ is AllOf


def leaves(condition: Condition) -> Iterator[Condition]:
    """Every condition below `condition` (itself included) that is no `any` or `all`, in order;
    a headline reference is a leaf (`inline_headlines` follows them)."""
    if is_group(condition):
        for item in condition.items:  # type: ignore[union-attr]
            yield from leaves(item)
    else:
        yield condition


def rebuild(condition: Condition, replace: Callable[[Condition], Condition | None]) -> Condition:
    """The condition with parts replaced, from the top: `replace(node)` gives what stands for a
    node, or None to keep the node and rebuild its parts."""
    found = replace(condition)
    if found is not None:
        return found
    if not is_group(condition):
        return condition
    items = tuple(rebuild(item, replace) for item in condition.items)  # type: ignore[union-attr]
    return AnyOf(items) if condition.__class__ is AnyOf else AllOf(items)


#: What kind of thing each kind of leaf looks at (a headline is made of facts).
_LOOKS_AT: dict[type, str] = {
    FactCondition: "fact",
    HeadlineRef: "fact",
    CountAtLeast: "count",
    OutcomeAtLeast: "outcome",
    Unknown: "unknown",
}


def condition_kinds(condition: Condition) -> set[str]:
    """What a condition looks at: facts, counts, the outcome, or unknown facts."""
    return {_LOOKS_AT[leaf.__class__] for leaf in leaves(condition)}


def has_count(condition: Condition) -> bool:
    return any(isinstance(leaf, CountAtLeast) for leaf in leaves(condition))


def headline_refs(condition: Condition) -> list[str]:
    return [leaf.headline for leaf in leaves(condition) if isinstance(leaf, HeadlineRef)]


def facts_of(condition: Condition) -> list[str]:
    """The facts a condition asks about, in order, without following headline references."""
    return [leaf.fact for leaf in leaves(condition) if isinstance(leaf, FactCondition)]


def unknowns_of(condition: Condition) -> list[str]:
    """The facts an action's condition asks to be unknown (`unknown: ID`)."""
    return [leaf.fact for leaf in leaves(condition) if isinstance(leaf, Unknown)]


def counts_of(condition: Condition) -> list[CountAtLeast]:
    """The count conditions of a condition, in order."""
    return [leaf for leaf in leaves(condition) if isinstance(leaf, CountAtLeast)]


def settings_named(condition: Condition) -> list[str]:
    """The settings whose values a condition's counts take (`score_at_least: score_gevoelig`)."""
    return [
        count.setting
        for count in counts_of(condition)
        if count.setting and count.what != "heaviest"  # a weight class is no setting
    ]


def used_counts(condition: Condition) -> list[str]:
    """The counts (signals, headlines, score) that a condition compares, sorted; not the headline
    strengths, which the compiler writes out as conditions on facts."""
    return sorted(
        {count.what for count in counts_of(condition) if count.what not in STRENGTH_COUNTS}
    )


def names_strength(condition: Condition) -> bool:
    """Whether a condition counts headline strengths (which the compiler writes out on facts)."""
    return any(count.what in STRENGTH_COUNTS for count in counts_of(condition))


def inline_headlines(condition: Condition, headlines: Mapping[str, Condition]) -> Condition:
    """Replace every {headline: H} by the condition of headline H."""

    def inline(node: Condition) -> Condition | None:
        if isinstance(node, HeadlineRef):
            return inline_headlines(headlines[node.headline], headlines)
        return None

    return rebuild(condition, inline)


def parse_condition(
    file: YamlFile,
    path: DataPath,
    data: Any,
    facts: Mapping[str, FactDef],
    settings: Mapping[str, Setting],
    classes: Mapping[str, int] | None = None,
    *,
    action: bool = False,
) -> Condition:
    """A `when` mapping -> Condition, with a clear error for every way it can be wrong; `classes`
    are the weight classes that weight_at_least may name, and only an action may ask `unknown`."""
    if not isinstance(data, dict) or not data:
        raise file.error(
            path,
            Message("conditions_not_a_mapping"),
            hint=HINT,
        )
    keys = set(data)
    if "fact" in keys:
        extra = excerpt(", ".join(sorted(keys - {"fact", "at_least", "contains"})))
        if extra:
            raise file.error(
                path,
                Message("conditions_unexpected_key_s_fact", extra=extra),
                hint=Message("conditions_fact_condition_takes_fact_hint"),
            )
        return _fact_condition(file, path, data, facts)
    if len(keys) != 1:
        shown = excerpt(", ".join(sorted(keys)))
        raise file.error(
            path,
            Message("conditions_condition_key", count_keys=len(keys), shown=shown),
            hint=Message("conditions_wrap_several_conditions_any_hint"),
        )
    (key,) = keys
    value = data[key]
    if key in ("any", "all"):
        if not isinstance(value, list) or not value:
            example = f"{key}: [{{fact: subsidie}}, {{fact: ondermijning}}]"
            raise file.error(
                path + (key,),
                Message("conditions_takes_non_empty_list", key=key),
                hint=Message("conditions_e_g_hint", example=example),
            )
        items = tuple(
            parse_condition(
                file, path + (key, index), item, facts, settings, classes, action=action
            )
            for index, item in enumerate(value)
        )
        return AnyOf(items) if key == "any" else AllOf(items)
    if key == "headline":
        if not isinstance(value, str):
            raise file.error(
                path + (key,),
                Message("conditions_headline_takes_name_such"),
                hint=Message("conditions_name_headline_rule_sets_hint"),
            )
        return HeadlineRef(value)
    if key in OUTCOMES:
        return _outcome(file, path + (key,), key, value)
    if key == "unknown":
        return _unknown(file, path + (key,), value, facts, action)
    if key in COUNTS:
        return _count(file, path + (key,), key, value, settings, classes or {})
    choices = [
        "fact",
        "any",
        "all",
        "headline",
        *COUNTS,
        *OUTCOMES,
        *(["unknown"] if action else []),
    ]
    shown = excerpt(key)
    raise file.error(
        path,
        Message("conditions_unknown_condition", shown=shown),
        suggestion=suggest(str(key), choices),
        hint=Message("conditions_use_hint", join_choices=", ".join(choices)),
    )


def _outcome(file: YamlFile, path: DataPath, key: str, value: Any) -> OutcomeAtLeast:
    """A condition on what the other rules decided: a level of the ladder, or a role informed."""
    words = OUTCOMES[key]
    if not isinstance(value, str) or value not in words:
        choices = ", ".join(words)
        raise file.error(
            path,
            Message("conditions_takes", key=key, choices=choices),
            suggestion=suggest(str(value), words),
            hint=Message("conditions_text_hint", value=excerpt(value)),
        )
    if key == "informs":
        return OutcomeAtLeast("inform", role=value)
    return OutcomeAtLeast(
        key.removesuffix("_at_least"),
        level=Classification.of(value)
        if key == "classification_at_least"
        else Escalation.of(value),
    )


def _unknown(
    file: YamlFile, path: DataPath, value: Any, facts: Mapping[str, FactDef], action: bool
) -> Unknown:
    """An action's condition that a fact is not answered yet."""
    if not action:
        raise file.error(
            path,
            Message("conditions_only_action_may_ask"),
            hint=Message("conditions_rule_unknown_fact_would_hint"),
        )
    if not isinstance(value, str) or value not in facts:
        shown = excerpt(value)
        raise file.error(
            path,
            Message("conditions_unknown_fact", shown=shown),
            suggestion=suggest(str(value), facts),
            hint=Message("unknown_fact_hint"),
        )
    return Unknown(value)


def _count(
    file: YamlFile,
    path: DataPath,
    key: str,
    value: Any,
    settings: Mapping[str, Setting],
    classes: Mapping[str, int],
) -> CountAtLeast:
    """A count condition: a number; for the heaviest signal the name of a weight class; for a
    score the name of a setting (whose range check_settings checks once every
    use of it is known)."""
    if isinstance(value, str) and key in (
        "weight_at_least",
        "score_at_least",
        "headline_strength_at_least",
        "strongest_headline_at_least",
    ):
        values = {name: setting.value for name, setting in settings.items()}
        named = {"weight_at_least": (classes, "conditions_weight_class")}
        numbers, what = named.get(key, (values, "conditions_setting"))
        if value not in numbers:
            shown = excerpt(value)
            raise file.error(
                path,
                Message(f"{what}_unknown", shown=shown),
                suggestion=suggest(value, numbers),
                hint=Message(f"{what}_unknown_hint"),
            )
        return CountAtLeast(COUNTS[key], numbers[value], value)
    low, high = COUNT_RANGE
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise file.error(
            path,
            Message("conditions_takes_whole_number_from", key=key, low=low, high=Number(high)),
            hint=Message("conditions_text_hint", value=excerpt(value)),
        )
    return CountAtLeast(COUNTS[key], value, None)


def _fact_condition(
    file: YamlFile, path: DataPath, data: Mapping[str, Any], facts: Mapping[str, FactDef]
) -> FactCondition:
    fact_id = data["fact"]
    if not isinstance(fact_id, str) or fact_id not in facts:
        shown = excerpt(fact_id)
        raise file.error(
            path + ("fact",),
            Message("conditions_unknown_fact", shown=shown),
            suggestion=suggest(str(fact_id), facts),
            hint=Message("unknown_fact_add_hint"),
        )
    fact = facts[fact_id]
    at_least = data.get("at_least")
    contains = data.get("contains")
    if at_least is not None and contains is not None:
        raise file.error(
            path,
            Message("conditions_use_least_contains_both"),
            hint=Message("conditions_least_graded_fact_contains_hint"),
        )
    if at_least is not None:
        if fact.type != "grade":
            raise file.error(
                path + ("at_least",),
                Message("conditions_graded_so_least_does", fact_id=fact_id),
                hint=Message("condition_true_is_default_hint"),
            )
        if not isinstance(at_least, str) or at_least not in fact.values[1:]:
            shown, choices = excerpt(at_least), ", ".join(fact.values[1:])
            raise file.error(
                path + ("at_least",),
                Message("conditions_grade_above_lowest", shown=shown, fact_id=fact_id),
                suggestion=suggest(str(at_least), fact.values),
                hint=Message("choose_from_hint", choices=choices),
            )
    if contains is not None:
        if fact.type != "set":
            raise file.error(
                path + ("contains",),
                Message("conditions_list_so_contains_does", fact_id=fact_id),
                hint=Message("condition_true_is_default_or_grade_hint"),
            )
        if not isinstance(contains, str) or contains not in fact.values:
            shown, choices = excerpt(contains), ", ".join(fact.values)
            raise file.error(
                path + ("contains",),
                Message("conditions_word", shown=shown, fact_id=fact_id),
                suggestion=suggest(str(contains), fact.values),
                hint=Message("choose_from_hint", choices=choices),
            )
    return FactCondition(fact_id, at_least, contains)
