"""RuleSet -> Compiled: the matching rules as bitmask DNF and as durable-rules definitions (pure data)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping
from typing import Any, Union

import attrs

from .model import ROLES, AllOf, AnyOf, Condition, CountAtLeast, FactCondition, FactDef, HeadlineRef, Rule, RuleSet, Value

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


#: What a rule sets, as ints: classification, escalation and a bit per role of ROLES.
Levels = tuple[int, int, int]
#: A rule matcher as the open questions need it: its index, its terms, its levels, its headline.
RaiseRule = tuple[int, tuple[int, ...], Levels, Union[str, None]]


@attrs.frozen
class Compiled:
    """A rule set ready to evaluate: atoms, the matching pass, the counting rules, engine data.

    Besides the rules themselves it holds lookup tables, made once here so that the policy's
    per-dossier work is indexing rather than walking conditions (see policy.py).
    """

    ruleset: RuleSet
    atoms: Mapping[tuple[str, Any], int]  # (fact, rank or word or True) -> bit
    matchers: tuple[Matcher, ...]
    counting_rules: tuple[Rule, ...]  # rules with a count: evaluated after the matching pass
    durable_definition: Mapping[str, Any]
    # Per fact and value (True, or one word): its atoms and its member of the engine's message.
    encoding: Mapping[str, Mapping[Any, tuple[int, str]]] = attrs.field(factory=dict)
    counting_facts: frozenset[str] = frozenset()  # facts that counting rules look at directly
    counting_headlines: bool = False  # whether a counting rule names a headline
    counting_positions: tuple[int, ...] = ()
    # Per rule of the rule set, by position: its levels, citation and the counts it uses.
    levels: tuple[Levels, ...] = ()
    rule_citation: tuple[str, ...] = ()
    used_counts: tuple[tuple[str, ...], ...] = ()
    # Per rule of the rule set, by position: each fact its condition looks at, with the atoms that
    # would make that part true (to name the facts behind a reason).
    fact_bits: Mapping[int, tuple[tuple[str, int], ...]] = attrs.field(factory=dict)
    # Per matcher, by index: the fact of a signal (None for a rule), the rule position (-1 for a
    # signal), the headline.
    matcher_fact: tuple[str | None, ...] = ()
    rule_position: tuple[int, ...] = ()
    matcher_headline: tuple[str | None, ...] = ()
    # Per fact: the vocabulary's order, its signal's weights, its citation, and what raising it to
    # its highest adds: ((1 if it has a signal, its highest weight), its atoms at the highest,
    # the rule matchers that look at it). One lookup in the open questions' hot loop.
    fact_ids: tuple[str, ...] = ()
    weights: Mapping[str, Mapping[Any, int]] = attrs.field(factory=dict)
    fact_citation: Mapping[str, str] = attrs.field(factory=dict)
    raising: Mapping[str, tuple[tuple[int, int], int, tuple[RaiseRule, ...]]] = attrs.field(factory=dict)
    rule_matchers: tuple[RaiseRule, ...] = ()  # every rule matcher, for the worst case
    # Filled as dossiers are evaluated: results of pure functions of the rule set, kept because
    # they recur (see policy.py). Not part of the rule set's identity.
    cache: dict[str, dict[Any, Any]] = attrs.field(factory=lambda: {"counting": {}, "signals": {}, "reasons": {}, "questions": {}}, eq=False, repr=False)

    def encode(self, values: Mapping[str, Value | None]) -> tuple[int, str]:
        """The known values as atoms (one integer of bits, for the reference evaluator and the
        policy) and as the members of the JSON object that the durable engine reads.

        durable-rules compares loosely ('10' == 10, True == 1), so every value is normalised to a
        positive int. A fact at its lowest value (false, the first grade, an empty list) is left
        out, as unknowns are: every condition the compiler writes is positive (`== 1`, `>= rank`
        with rank >= 1), and a missing attribute makes a comparison false, so leaving it out
        matches the same rules while the engine reads a shorter message.
        """
        mask = 0
        members = []
        encoding = self.encoding
        for fact_id, value in values.items():
            if value is None or value is False:
                continue
            table = encoding[fact_id]
            for word in value if value.__class__ is tuple else (value,):
                bits, member = table[word]
                mask |= bits
                members.append(member)
        return mask, "".join(members)

    def mask(self, values: Mapping[str, Value | None]) -> int:
        """The atoms that the known values make true, as one integer of bits."""
        return self.encode(values)[0]

    def message(self, values: Mapping[str, Value | None]) -> str:
        """The known values as the members of the JSON object that the durable engine reads."""
        return self.encode(values)[1]


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
    encoding = {fact.id: _encoding(fact, atoms) for fact in ruleset.facts.values()}
    bare = Compiled(ruleset, atoms, (), (), {}, encoding)  # enough to encode values
    max_mask = {fact.id: bare.mask({fact.id: fact.highest}) for fact in ruleset.facts.values()}
    position = {rule.id: index for index, rule in enumerate(ruleset.rules)}
    levels = tuple((rule.sets.classification or 0, rule.sets.escalation or 0, role_mask(rule.sets.inform)) for rule in ruleset.rules)
    raise_rules: dict[str, list[RaiseRule]] = {fact_id: [] for fact_id in ruleset.facts}
    rule_matchers: list[RaiseRule] = []
    for index, matcher in enumerate(matchers):
        if matcher.rule is not None:
            rule_matchers.append((index, matcher.terms, levels[position[matcher.rule.id]], matcher.rule.headline))
            for fact_id in matcher.facts:
                raise_rules[fact_id].append(rule_matchers[-1])
    return Compiled(
        ruleset=ruleset,
        atoms=atoms,
        matchers=tuple(matchers),
        counting_rules=tuple(counting),
        durable_definition=definition,
        encoding=encoding,
        counting_facts=frozenset(fact for rule in counting for fact in facts_of(rule.when)),
        counting_headlines=any(_headline_refs(rule.when) for rule in counting),
        counting_positions=tuple(position[rule.id] for rule in counting),
        levels=levels,
        rule_citation=tuple(rule.source.cite(ruleset.document, ruleset.ref) for rule in ruleset.rules),
        used_counts=tuple(tuple(used_counts(rule.when)) for rule in ruleset.rules),
        fact_bits={index: _condition_fact_bits(rule.when, ruleset, atoms, headlines) for index, rule in enumerate(ruleset.rules)},
        matcher_fact=tuple(matcher.fact for matcher in matchers),
        rule_position=tuple(position[matcher.rule.id] if matcher.rule else -1 for matcher in matchers),
        matcher_headline=tuple(matcher.rule.headline if matcher.rule else None for matcher in matchers),
        fact_ids=tuple(ruleset.facts),
        weights={fact.id: dict(fact.signal.weights) if fact.signal else {} for fact in ruleset.facts.values()},
        rule_matchers=tuple(rule_matchers),
        raising={
            fact.id: (
                (int(fact.signal is not None), max(fact.signal.weights.values()) if fact.signal else 0),
                max_mask[fact.id],
                tuple(raise_rules[fact.id]),
            )
            for fact in ruleset.facts.values()
        },
        fact_citation={fact.id: fact.source.cite(ruleset.document, ruleset.ref) for fact in ruleset.facts.values()},
    )


def _encoding(fact: FactDef, atoms: Mapping[tuple[str, Any], int]) -> dict[Any, tuple[int, str]]:
    """Each value of a fact (True, a grade's word, a set's word) -> (its atoms, its engine member)."""
    key = "f_" + fact.id
    if fact.type == "bool":
        return {True: (1 << atoms[(fact.id, True)], f",{json.dumps(key)}:1")}
    if fact.type == "grade":
        table = {}
        for rank, word in enumerate(fact.values):
            bits = sum(1 << atoms[(fact.id, above)] for above in range(1, rank + 1))
            table[word] = (bits, f",{json.dumps(key)}:{rank}" if rank else "")
        return table
    return {word: (1 << atoms[(fact.id, word)], f",{json.dumps(key + '__' + word)}:1") for word in fact.values}


def settings_named(condition: Condition) -> list[str]:
    """The settings whose values a condition's counts take (`score_at_least: score_gevoelig`)."""
    if isinstance(condition, CountAtLeast):
        return [condition.setting] if condition.setting else []
    if isinstance(condition, (AnyOf, AllOf)):
        return [name for item in condition.items for name in settings_named(item)]
    return []


def used_counts(condition: Condition) -> list[str]:
    """The counts (signals, headlines, score) that a condition compares, sorted."""
    if isinstance(condition, CountAtLeast):
        return [condition.what]
    if isinstance(condition, (AnyOf, AllOf)):
        return sorted({name for item in condition.items for name in used_counts(item)})
    return []


def role_mask(roles) -> int:
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
