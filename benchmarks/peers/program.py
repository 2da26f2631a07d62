"""A compiled rule set as a straight-line program of named expressions, the one policy that the
zen-engine graph and the JSON Logic program both print."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from gevoeligheid._compile import Compiled
from gevoeligheid._model import (
    CLASSIFICATIONS,
    ESCALATIONS,
    ROLES,
    AllOf,
    AnyOf,
    Condition,
    CountAtLeast,
    FactCondition,
    HeadlineRef,
    OutcomeAtLeast,
    Rule,
)

#: The fields of a decision, as every engine in the benchmark gives it.
DECISION_FIELDS = ("classification", "escalation", "inform", "rules", "signals", "score")
#: The step that holds each count a counting rule compares.
COUNT_STEPS = {
    "signals": "signal_count",
    "headlines": "headline_count",
    "score": "score",
    "heaviest": "heaviest",
}


@attrs.frozen
class Fact:
    """The dossier's value of a fact: absent, null, or as the dossier file holds it."""

    fact: str


@attrs.frozen
class Var:
    """A step computed earlier in the program."""

    name: str


@attrs.frozen
class Const:
    value: Any


@attrs.frozen
class IsTrue:
    """A yes/no fact answered yes."""

    item: Fact


@attrs.frozen
class OneOf:
    """A graded fact at one of these words."""

    item: Fact
    words: tuple[str, ...]


@attrs.frozen
class Member:
    """A listed fact that holds this word (an unknown list holds none)."""

    word: str
    item: Fact


@attrs.frozen
class NonEmpty:
    """A listed fact with at least one word."""

    item: Fact


@attrs.frozen
class AtLeast:
    item: Expr
    number: int


@attrs.frozen
class And:
    items: tuple[Expr, ...]


@attrs.frozen
class Or:
    items: tuple[Expr, ...]


@attrs.frozen
class If:
    condition: Expr
    then: Expr
    otherwise: Expr


@attrs.frozen
class Sum:
    items: tuple[Expr, ...]


@attrs.frozen
class Max:
    items: tuple[Expr, ...]


@attrs.frozen
class Pick:
    """The list of the values whose condition holds, in the order given."""

    items: tuple[tuple[Expr, str], ...]


@attrs.frozen
class Length:
    """How many values a step's list holds."""

    item: Var


@attrs.frozen
class Word:
    """The word at a level (an index) of a ladder."""

    level: Expr
    words: tuple[str, ...]


Expr = (
    Fact
    | Var
    | Const
    | IsTrue
    | OneOf
    | Member
    | NonEmpty
    | AtLeast
    | And
    | Or
    | If
    | Sum
    | Max
    | Pick
    | Length
    | Word
)


@attrs.frozen
class Program:
    """Named steps, each computed from the facts and the steps before it; then the
    decision's fields."""

    steps: tuple[tuple[str, Expr], ...]
    decision: tuple[tuple[str, Expr], ...]


def program_of(compiled: Compiled) -> Program:
    """The program that decides as `gevoeligheid._policy.decide` does for this compiled rule set.

    From a dossier's facts as a dossier file holds them (after its events raised them), it
    computes the signals and their weights, the score (an overlap group counts once, at its
    heaviest), the rules that fire (on facts and headlines, then the counting rules, then the rules
    on the outcome), and from those the classification, the escalation and the roles to inform.
    Each step may use the steps before it and nothing else, so a notation needs variables (zen's
    `$`, a JSON Logic data object that grows) and no loops: the rules on the outcome, which
    gevoeligheid applies until none fires anew, are put in an order in which each sees the final
    levels it reads, or repeated (see _outcome_rule_order).
    """
    ruleset = compiled.ruleset
    steps: list[tuple[str, Expr]] = []
    signal_facts = [matcher.fact for matcher in compiled.matchers if matcher.fact is not None]

    # Signals: a fact above its lowest value, weighing its word's weight (a
    # list: its heaviest word).
    for fact_id in signal_facts:
        steps.append((f"weight_{fact_id}", _weight(compiled, fact_id)))
    fired_signals = tuple(
        (fact_condition(compiled, FactCondition(fact_id)), fact_id) for fact_id in signal_facts
    )
    steps.append(("signal_list", Pick(fired_signals)))
    steps.append(("signal_count", Length(Var("signal_list"))))
    loose = tuple(
        Var(f"weight_{fact_id}") for fact_id in signal_facts if fact_id not in compiled.group_of
    )
    grouped = tuple(
        _max(tuple(Var(f"weight_{fact_id}") for fact_id in group if fact_id in compiled.group_of))
        for group in compiled.groups
    )
    steps.append(("score", _sum(loose + tuple(item for item in grouped if item != Const(0)))))
    steps.append(("heaviest", _max(tuple(Var(f"weight_{fact_id}") for fact_id in signal_facts))))

    # The rules on facts and headlines, each headline's rule before the rules that name it.
    headline_rule = {
        matcher.rule.headline: matcher.rule
        for matcher in compiled.matchers
        if matcher.rule is not None and matcher.rule.headline
    }
    done: set[str] = set()

    def emit(rule: Rule) -> None:
        if rule.id in done:
            return
        done.add(rule.id)
        for name in _headlines_named(rule.when):
            emit(headline_rule[name])
        steps.append((f"rule_{rule.id}", condition_expr(compiled, rule.when, headline_rule)))

    for matcher in compiled.matchers:
        if matcher.rule is not None:
            emit(matcher.rule)
    headlines = tuple(Var(f"rule_{rule.id}") for rule in headline_rule.values())
    steps.append(
        ("headline_count", _sum(tuple(If(item, Const(1), Const(0)) for item in headlines)))
    )
    for rule in compiled.counting_rules:
        steps.append((f"rule_{rule.id}", condition_expr(compiled, rule.when, headline_rule)))

    # The levels that the rules so far set, then the rules on the outcome.
    position = {rule.id: index for index, rule in enumerate(ruleset.rules)}
    fired_so_far = [
        matcher.rule for matcher in compiled.matchers if matcher.rule is not None
    ] + list(compiled.counting_rules)
    current = {
        "classification": "classification_0",
        "escalation": "escalation_0",
        **{role: f"inform_{role}_0" for role in ROLES},
    }
    steps.append(
        (
            "classification_0",
            _max(
                tuple(
                    If(
                        Var(f"rule_{rule.id}"),
                        Const(compiled.levels[position[rule.id]][0]),
                        Const(0),
                    )
                    for rule in fired_so_far
                    if compiled.levels[position[rule.id]][0]
                )
            ),
        )
    )
    steps.append(
        (
            "escalation_0",
            _max(
                tuple(
                    If(
                        Var(f"rule_{rule.id}"),
                        Const(compiled.levels[position[rule.id]][1]),
                        Const(0),
                    )
                    for rule in fired_so_far
                    if compiled.levels[position[rule.id]][1]
                )
            ),
        )
    )
    for bit, role in enumerate(ROLES):
        informing = tuple(
            Var(f"rule_{rule.id}")
            for rule in fired_so_far
            if compiled.levels[position[rule.id]][2] >> bit & 1
        )
        steps.append((f"inform_{role}_0", _or(informing)))
    rule_step = {rule.id: f"rule_{rule.id}" for rule in fired_so_far}
    for version, rule in enumerate(_outcome_rule_order(compiled.followup_rules), 1):
        # Repeated, a rule on the outcome gets a step per copy; the last one counts (levels only
        # rise, so a copy that fired is followed by copies that fire).
        rule_step[rule.id] = (
            f"rule_{rule.id}" if rule.id not in rule_step else f"rule_{rule.id}_{version}"
        )
        steps.append((rule_step[rule.id], _outcome_condition(rule.when, current)))
        fired = Var(rule_step[rule.id])
        classification, escalation, roles = compiled.levels[position[rule.id]]
        if classification:
            steps.append(
                (
                    f"classification_{version}",
                    Max(
                        (Var(current["classification"]), If(fired, Const(classification), Const(0)))
                    ),
                )
            )
            current["classification"] = f"classification_{version}"
        if escalation:
            steps.append(
                (
                    f"escalation_{version}",
                    Max((Var(current["escalation"]), If(fired, Const(escalation), Const(0)))),
                )
            )
            current["escalation"] = f"escalation_{version}"
        for bit, role in enumerate(ROLES):
            if roles >> bit & 1:
                steps.append((f"inform_{role}_{version}", Or((Var(current[role]), fired))))
                current[role] = f"inform_{role}_{version}"

    decision: tuple[tuple[str, Expr], ...] = (
        ("classification", Word(Var(current["classification"]), CLASSIFICATIONS)),
        ("escalation", Word(Var(current["escalation"]), ESCALATIONS)),
        ("inform", Pick(tuple((Var(current[role]), role) for role in ROLES))),
        (
            "rules",
            Pick(
                tuple(
                    (Var(rule_step[rule.id]), rule.id)
                    for rule in ruleset.rules
                    if rule.id in rule_step
                )
            ),
        ),
        ("signals", Var("signal_list")),
        ("score", Var("score")),
    )
    return Program(tuple(steps), decision)


def _weight(compiled: Compiled, fact_id: str) -> Expr:
    """A signal's weight at the dossier's value: `gevoeligheid._policy.weight_of`
    as an expression."""
    fact = compiled.ruleset.facts[fact_id]
    weights = compiled.weights[fact_id]
    item = Fact(fact_id)
    if fact.type == "bool":
        return If(IsTrue(item), Const(weights.get(True, 0)), Const(0))
    if fact.type == "grade":
        by_weight: dict[int, list[str]] = {}
        for word in fact.values[1:]:
            by_weight.setdefault(weights.get(word, 0), []).append(word)
        expr: Expr = Const(0)
        for weight, words in sorted(by_weight.items()):
            if weight:
                expr = If(OneOf(item, tuple(words)), Const(weight), expr)
        return expr
    distinct = {weights.get(word, 0) for word in fact.values}
    if len(distinct) == 1:
        return If(NonEmpty(item), Const(distinct.pop()), Const(0))
    return _max(
        tuple(
            If(Member(word, item), Const(weights.get(word, 0)), Const(0))
            for word in fact.values
            if weights.get(word, 0)
        )
    )


def fact_condition(compiled: Compiled, condition: FactCondition) -> Expr:
    """A condition on one fact, as `gevoeligheid._compile.fact_condition_bits` reads it."""
    fact = compiled.ruleset.facts[condition.fact]
    item = Fact(fact.id)
    if fact.type == "bool":
        return IsTrue(item)
    if fact.type == "grade":
        rank = fact.values.index(condition.at_least) if condition.at_least else 1
        return OneOf(item, fact.values[rank:])
    return Member(condition.contains, item) if condition.contains else NonEmpty(item)


def condition_expr(
    compiled: Compiled, condition: Condition, headline_rule: Mapping[str, Rule]
) -> Expr:
    """A rule's condition on facts, headlines and counts."""
    if isinstance(condition, FactCondition):
        return fact_condition(compiled, condition)
    if isinstance(condition, AnyOf):
        return _or(tuple(condition_expr(compiled, item, headline_rule) for item in condition.items))
    if isinstance(condition, AllOf):
        return And(tuple(condition_expr(compiled, item, headline_rule) for item in condition.items))
    if isinstance(condition, HeadlineRef):
        rule = headline_rule.get(condition.headline)  # None: an overlay switched that rule off
        return Var(f"rule_{rule.id}") if rule is not None else Const(False)
    if isinstance(condition, CountAtLeast):
        return AtLeast(Var(COUNT_STEPS[condition.what]), condition.number)
    raise ValueError(f"a rule on facts or counts cannot hold {condition!r}")


def _outcome_condition(condition: Condition, current: Mapping[str, str]) -> Expr:
    """A rule on the outcome: the levels and roles as the steps so far set them."""
    if isinstance(condition, AnyOf):
        return _or(tuple(_outcome_condition(item, current) for item in condition.items))
    if isinstance(condition, AllOf):
        return And(tuple(_outcome_condition(item, current) for item in condition.items))
    if isinstance(condition, OutcomeAtLeast):
        if condition.what == "inform":
            return Var(current[condition.role])  # type: ignore[index]
        return AtLeast(Var(current[condition.what]), condition.level)
    raise ValueError(f"a rule on the outcome looks at the outcome only, not at {condition!r}")


def _outcome_rule_order(rules: Iterable[Rule]) -> list[Rule]:
    """The rules on the outcome in an order in which every rule comes after each rule that sets
    what it reads, so that one pass reaches what gevoeligheid's loop reaches; where they depend on
    each other in a circle, all of them as many times over as there are rules (each pass before
    the last fires at least one rule anew, or nothing changes any more)."""
    rules = list(rules)
    reads = {rule.id: _outcome_reads(rule.when) for rule in rules}
    sets = {rule.id: _outcome_sets(rule) for rule in rules}
    order: list[Rule] = []
    placed: set[str] = set()
    while len(order) < len(rules):
        ready = [
            rule
            for rule in rules
            if rule.id not in placed
            and not any(
                other.id not in placed and other.id != rule.id and sets[other.id] & reads[rule.id]
                for other in rules
            )
        ]
        if not ready:
            return rules * len(rules)
        order.append(ready[0])
        placed.add(ready[0].id)
    return order


def _outcome_reads(condition: Condition) -> set[str]:
    if isinstance(condition, (AnyOf, AllOf)):
        return {name for item in condition.items for name in _outcome_reads(item)}
    if isinstance(condition, OutcomeAtLeast):
        return {condition.role if condition.what == "inform" else condition.what}  # type: ignore[set-item]
    return set()


def _outcome_sets(rule: Rule) -> set[str]:
    out = set(rule.sets.inform)
    if rule.sets.classification:
        out.add("classification")
    if rule.sets.escalation:
        out.add("escalation")
    return out


def _headlines_named(condition: Condition) -> list[str]:
    if isinstance(condition, HeadlineRef):
        return [condition.headline]
    if isinstance(condition, (AnyOf, AllOf)):
        return [name for item in condition.items for name in _headlines_named(item)]
    return []


def _max(items: tuple[Expr, ...]) -> Expr:
    if not items:
        return Const(0)
    return items[0] if len(items) == 1 else Max(items)


def _sum(items: tuple[Expr, ...]) -> Expr:
    if not items:
        return Const(0)
    return items[0] if len(items) == 1 else Sum(items)


def _or(items: tuple[Expr, ...]) -> Expr:
    if not items:
        return Const(False)
    return items[0] if len(items) == 1 else Or(items)
