"""RuleSet -> Compiled: the matching rules as bitmask DNF and as durable-rules definitions (pure data)."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

import attrs

from .model import AllOf, AnyOf, Condition, CountAtLeast, FactCondition, FactDef, HeadlineRef, Rule, RuleSet, Value

#: The rule every dossier matches. durable-rules crashes in delete_state on a session in which no
#: action ran (shared/notes/durable-rules.md); this rule makes sure one always does.
CATCH_ALL = "_altijd"
#: The discriminator ANDed into every rule, so that no rule can match the engine's own state
#: message and fire forever (shared/notes/durable-rules.md, "Endless loop").
KIND = {"kind": "dossier"}


@attrs.frozen
class Matcher:
    """One rule of the matching pass: a fact's signal or a rule that looks at facts only."""

    name: str  # the rule name inside the engine: "signaal:<fact>" or "regel:<rule id>"
    fact: str | None  # the fact whose signal this is
    rule: Rule | None  # or the rule this is
    terms: tuple[int, ...]  # DNF over atom bits: fires when all bits of any term are set
    condition: Condition  # with headline references inlined
    facts: frozenset[str]  # the facts the condition looks at


@attrs.frozen
class Compiled:
    """A rule set ready to evaluate: atoms, the matching pass, the counting rules, engine data."""

    ruleset: RuleSet
    atoms: Mapping[tuple[str, Any], int]  # (fact, rank or word or True) -> bit
    matchers: tuple[Matcher, ...]
    counting_rules: tuple[Rule, ...]  # rules with a count: evaluated after the matching pass
    durable_definition: Mapping[str, Any]
    max_mask: Mapping[str, int]  # each fact at its highest value
    affected: Mapping[str, tuple[int, ...]]  # fact -> indices of matchers that look at it
    counting_facts: frozenset[str] = frozenset()  # facts that counting rules look at directly
    # Precomputed for speed in policy.py: per rule of the rule set (by position) its levels and
    # roles as ints; per matcher the rule position it stands for (-1 for a signal); per fact its
    # signal matcher and the matchers other than that signal that look at it.
    levels: tuple[tuple[int, int, int], ...] = ()
    rule_position: tuple[int, ...] = ()
    signal_matcher: Mapping[str, int] = attrs.field(factory=dict)
    affected_rules: Mapping[str, tuple[int, ...]] = attrs.field(factory=dict)
    fact_bits: Mapping[int, tuple[tuple[str, int], ...]] = attrs.field(factory=dict)
    counting_positions: tuple[int, ...] = ()
    counting_headlines: bool = False  # whether a counting rule names a headline
    counting_cache: dict[tuple[int, int, int], tuple[int, int, int]] = attrs.field(factory=dict, eq=False)
    fact_order: Mapping[str, int] = attrs.field(factory=dict)
    max_weight: Mapping[str, int] = attrs.field(factory=dict)  # each fact's weight at its highest
    fact_citation: Mapping[str, str] = attrs.field(factory=dict)
    rule_citation: tuple[str, ...] = ()

    def mask(self, values: Mapping[str, Value | None]) -> int:
        """The atoms that the known values make true, as one integer of bits."""
        mask = 0
        atoms = self.atoms
        facts = self.ruleset.facts
        for fact_id, value in values.items():
            if value is None or value is False:
                continue
            fact = facts[fact_id]
            if fact.type == "bool":
                mask |= 1 << atoms[(fact_id, True)]
            elif fact.type == "grade":
                for rank in range(1, fact.values.index(value) + 1):  # type: ignore[arg-type]
                    mask |= 1 << atoms[(fact_id, rank)]
            else:
                for word in value:  # type: ignore[union-attr]
                    mask |= 1 << atoms[(fact_id, word)]
        return mask

    def message(self, values: Mapping[str, Value | None]) -> dict[str, int]:
        """The known values as the flat, integer-only fact that the durable engine sees.

        durable-rules compares loosely ('10' == 10, True == 1) and a missing attribute makes
        every comparison false, so every value is normalised to an int and unknowns are left out.
        """
        out: dict[str, int] = {}
        facts = self.ruleset.facts
        for fact_id, value in values.items():
            if value is None:
                continue
            fact = facts[fact_id]
            if fact.type == "bool":
                out["f_" + fact_id] = 1 if value else 0
            elif fact.type == "grade":
                out["f_" + fact_id] = fact.values.index(value)  # type: ignore[arg-type]
            else:
                for word in fact.values:
                    out[f"f_{fact_id}__{word}"] = 1 if word in value else 0  # type: ignore[operator]
        return out


def compile_ruleset(ruleset: RuleSet) -> Compiled:
    atoms = _atoms(ruleset.facts)
    headlines = {rule.headline: rule.when for rule in ruleset.rules if rule.headline and rule.enabled}
    matchers: list[Matcher] = []
    for fact in ruleset.facts.values():
        if fact.signal is not None:
            matchers.append(_matcher(f"signaal:{fact.id}", fact.id, None, FactCondition(fact.id), ruleset, atoms, headlines))
    counting = []
    for rule in ruleset.rules:
        if not rule.enabled:
            continue
        if _has_count(rule.when):
            counting.append(rule)
        else:
            matchers.append(_matcher(f"regel:{rule.id}", None, rule, rule.when, ruleset, atoms, headlines))
    definition: dict[str, Any] = {CATCH_ALL: {"all": [{"m": dict(KIND)}], "pri": 1}}
    for matcher in matchers:
        definition[matcher.name] = {
            "all": [{"m": {"$and": [dict(KIND), _durable(matcher.condition, ruleset.facts)]}}],
            "pri": 1,
        }
    affected: dict[str, list[int]] = {fact_id: [] for fact_id in ruleset.facts}
    for index, matcher in enumerate(matchers):
        for fact_id in matcher.facts:
            affected[fact_id].append(index)
    max_mask = {}
    for fact in ruleset.facts.values():
        max_mask[fact.id] = Compiled.mask(_bare(ruleset, atoms), {fact.id: fact.highest})
    position = {rule.id: index for index, rule in enumerate(ruleset.rules)}
    signal_matcher = {matcher.fact: index for index, matcher in enumerate(matchers) if matcher.fact}
    return Compiled(
        ruleset=ruleset,
        atoms=atoms,
        matchers=tuple(matchers),
        counting_rules=tuple(counting),
        durable_definition=definition,
        max_mask=max_mask,
        affected={key: tuple(value) for key, value in affected.items()},
        counting_facts=frozenset(fact for rule in counting for fact in facts_of(rule.when)),
        levels=tuple(
            (rule.sets.classification or 0, rule.sets.escalation or 0, role_mask(rule.sets.inform)) for rule in ruleset.rules
        ),
        rule_position=tuple(position[matcher.rule.id] if matcher.rule else -1 for matcher in matchers),
        signal_matcher=signal_matcher,
        affected_rules={key: tuple(i for i in value if matchers[i].fact is None) for key, value in affected.items()},
        counting_positions=tuple(position[rule.id] for rule in counting),
        counting_headlines=any(_headline_refs(rule.when) for rule in counting),
        fact_order={fact_id: index for index, fact_id in enumerate(ruleset.facts)},
        max_weight={fact.id: max(fact.signal.weights.values()) if fact.signal else 0 for fact in ruleset.facts.values()},
        fact_citation={fact.id: fact.source.cite(ruleset.document, ruleset.ref) for fact in ruleset.facts.values()},
        rule_citation=tuple(rule.source.cite(ruleset.document, ruleset.ref) for rule in ruleset.rules),
        fact_bits={
            index: _condition_fact_bits(rule.when, ruleset, atoms, headlines)
            for index, rule in enumerate(ruleset.rules)
        },
    )


def role_mask(roles) -> int:
    from .model import ROLES

    return sum(1 << ROLES.index(role) for role in roles)


def _condition_fact_bits(condition: Condition, ruleset: RuleSet, atoms, headlines) -> tuple[tuple[str, int], ...]:
    """Each fact a rule's condition looks at, with the atoms that would make its part true."""
    out: dict[str, int] = {}

    def walk(node: Condition) -> None:
        if isinstance(node, FactCondition):
            bits = 0
            for bit in fact_condition_bits(node, ruleset.facts, atoms):
                bits |= 1 << bit
            out[node.fact] = out.get(node.fact, 0) | bits
        elif isinstance(node, (AnyOf, AllOf)):
            for item in node.items:
                walk(item)
        elif isinstance(node, HeadlineRef) and node.headline in headlines:
            walk(headlines[node.headline])

    walk(condition)
    return tuple(out.items())


def _bare(ruleset: RuleSet, atoms: Mapping[tuple[str, Any], int]) -> Compiled:
    """A Compiled with only what `mask` needs, to compute masks while compiling."""
    return Compiled(ruleset, atoms, (), (), {}, {}, {})  # type: ignore[arg-type]


def _atoms(facts: Mapping[str, FactDef]) -> dict[tuple[str, Any], int]:
    keys: list[tuple[str, Any]] = []
    for fact in facts.values():
        if fact.type == "bool":
            keys.append((fact.id, True))
        elif fact.type == "grade":
            keys.extend((fact.id, rank) for rank in range(1, len(fact.values)))
        else:
            keys.extend((fact.id, word) for word in fact.values)
    return {key: bit for bit, key in enumerate(keys)}


def _matcher(name, fact, rule, condition, ruleset, atoms, headlines) -> Matcher:
    inlined = inline_headlines(condition, headlines)
    return Matcher(name, fact, rule, _dnf(inlined, ruleset.facts, atoms), inlined, frozenset(facts_of(inlined)))


def inline_headlines(condition: Condition, headlines: Mapping[str, Condition]) -> Condition:
    """Replace every {headline: H} by the condition of headline H."""
    if isinstance(condition, HeadlineRef):
        return inline_headlines(headlines[condition.headline], headlines)
    if isinstance(condition, (AnyOf, AllOf)):
        return type(condition)(tuple(inline_headlines(item, headlines) for item in condition.items))
    return condition


def facts_of(condition: Condition) -> list[str]:
    if isinstance(condition, FactCondition):
        return [condition.fact]
    if isinstance(condition, (AnyOf, AllOf)):
        return [fact for item in condition.items for fact in facts_of(item)]
    return []


def _headline_refs(condition: Condition) -> bool:
    if isinstance(condition, HeadlineRef):
        return True
    if isinstance(condition, (AnyOf, AllOf)):
        return any(_headline_refs(item) for item in condition.items)
    return False


def _has_count(condition: Condition) -> bool:
    if isinstance(condition, CountAtLeast):
        return True
    if isinstance(condition, (AnyOf, AllOf)):
        return any(_has_count(item) for item in condition.items)
    return False


def fact_condition_bits(condition: FactCondition, facts: Mapping[str, FactDef], atoms) -> list[int]:
    """The atoms of which any one makes a fact condition true."""
    fact = facts[condition.fact]
    if fact.type == "bool":
        return [atoms[(fact.id, True)]]
    if fact.type == "grade":
        rank = fact.values.index(condition.at_least) if condition.at_least else 1
        return [atoms[(fact.id, rank)]]
    words = [condition.contains] if condition.contains else list(fact.values)
    return [atoms[(fact.id, word)] for word in words]


def _dnf(condition: Condition, facts: Mapping[str, FactDef], atoms) -> tuple[int, ...]:
    if isinstance(condition, FactCondition):
        terms = [1 << bit for bit in fact_condition_bits(condition, facts, atoms)]
    elif isinstance(condition, AnyOf):
        terms = [term for item in condition.items for term in _dnf(item, facts, atoms)]
    elif isinstance(condition, AllOf):
        parts = [_dnf(item, facts, atoms) for item in condition.items]
        terms = [_or_all(combination) for combination in itertools.product(*parts)]
    else:  # counts never reach the matching pass
        raise TypeError(f"cannot match {condition!r} on facts")
    # A term that contains another adds nothing: keep the smallest, in a fixed order.
    unique = sorted(set(terms))
    return tuple(term for term in unique if not any(other != term and other & term == other for other in unique))


def _or_all(masks: tuple[int, ...]) -> int:
    out = 0
    for mask in masks:
        out |= mask
    return out


def _durable(condition: Condition, facts: Mapping[str, FactDef]) -> dict[str, Any]:
    if isinstance(condition, FactCondition):
        fact = facts[condition.fact]
        key = "f_" + fact.id
        if fact.type == "bool":
            return {key: 1}
        if fact.type == "grade":
            rank = fact.values.index(condition.at_least) if condition.at_least else 1
            return {"$gte": {key: rank}}
        if condition.contains:
            return {f"{key}__{condition.contains}": 1}
        return {"$or": [{f"{key}__{word}": 1} for word in fact.values]}
    if isinstance(condition, AnyOf):
        return {"$or": [_durable(item, facts) for item in condition.items]}
    if isinstance(condition, AllOf):
        return {"$and": [_durable(item, facts) for item in condition.items]}
    raise TypeError(f"cannot give {condition!r} to the engine")
