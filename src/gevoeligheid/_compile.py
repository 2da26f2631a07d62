"""RuleSet -> Compiled: the matching rules as bitmask DNF and as durable-rules
definitions (pure data)."""

from __future__ import annotations

import bisect
import itertools
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from ._conditions import (
    Visitor,
    condition_kinds,
    counts_of,
    facts_of,
    has_count,
    headline_refs,
    inline_headlines,
    leaves,
    names_strength,
    rebuild,
    unknowns_of,
    used_counts,
)
from ._errors import RuleFileError
from ._messages import Message, Number
from ._model import (
    ROLES,
    AllOf,
    AnyOf,
    Citation,
    Condition,
    CountAtLeast,
    FactCondition,
    FactDef,
    HeadlineRef,
    OutcomeAtLeast,
    Rule,
    RuleSet,
    Strength,
    Unknown,
    Value,
)
from ._tables import COUNTS, PolicyTables, Raise, level_bits

#: The rule every dossier matches. durable-rules crashes in delete_state on a session in which no
#: action ran (measured: 5 of 5 runs); this rule makes sure one always does.
CATCH_ALL = "_altijd"
#: The discriminator ANDed into every rule, so that no rule can match the engine's own state
#: message and fire forever (measured: 4.7 GB after 10 minutes).
KIND = {"kind": "dossier"}

#: The most alternatives one rule's condition may expand to. A condition is matched as a
#: disjunction of alternatives (each a set of facts that must all hold), and each alternative is
#: one rule inside durable-rules: `all` of ten `any`s of three facts is 3^10 = 59,049 of them.
#: The count is computed from the condition's shape before anything is expanded, so a large
#: condition costs as much to refuse as it is long. The default rule set's largest rule has 5.
MAX_ALTERNATIVES = 256
#: The most rules the compiled rule set may hand to durable-rules (one per alternative, plus the
#: catch-all). Registering more fails inside the engine (about 4,000 rules on one condition fill
#: a hash table of 512 buckets); durable-rules is also asked to register the compiled rule set by
#: `rules validate`, so that what validate accepts, the engine evaluates.
MAX_ENGINE_RULES = 2_000
#: The most condition nodes one rule may have once its headline references are written out: a
#: headline that names another headline twice, nested, doubles each time.
MAX_CONDITION_SIZE = 10_000
#: What to do about a rule set larger than the engine holds.
ENGINE_LIMIT_HINT = Message("engine_limit_hint")


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
RaiseRule = tuple[int, tuple[int, ...], Levels, str | None]


@attrs.frozen
class Compiled:
    """A rule set ready to evaluate: atoms, the matching pass, the counting rules, engine data.

    Besides the rules themselves it holds lookup tables, made once here so that the policy's
    per-dossier work is indexing rather than walking conditions (see _policy.py).
    """

    ruleset: RuleSet
    atoms: Mapping[tuple[str, Any], int]  # (fact, rank or word or True) -> bit
    matchers: tuple[Matcher, ...]
    counting_rules: tuple[Rule, ...]  # rules with a count: evaluated after the matching pass
    durable_definition: Mapping[str, Any]  # one engine rule per alternative of each matcher
    # Per fact and value (True, or one word): its atoms and its member of the engine's message.
    encoding: Mapping[str, Mapping[Any, tuple[int, str]]] = attrs.field(factory=dict)
    counting_facts: frozenset[str] = frozenset()  # facts that counting rules look at directly
    counting_fact_order: tuple[str, ...] = ()  # the same, sorted: a key of what they decide
    # For the tables: the counting rules with each part on facts (or headlines) replaced by a count
    # `gate<i>` that is 1 when gate i holds, and each gate's terms (DNF over atom bits). Empty
    # where the counting rules look at counts only.
    counting_gated: tuple[Rule, ...] = ()
    gates: tuple[tuple[int, ...], ...] = ()
    counting_headlines: bool = False  # whether a counting rule names a headline
    counting_positions: tuple[int, ...] = ()
    # Rules on the outcome (classification_at_least, ...): evaluated after the counting rules, by
    # position, until none fires anew.
    followup_rules: tuple[Rule, ...] = ()
    followup_positions: tuple[int, ...] = ()
    # Overlap groups: per fact in a group, the group's index; the groups' facts in vocabulary order.
    group_of: Mapping[str, int] = attrs.field(factory=dict)
    groups: tuple[tuple[str, ...], ...] = ()
    # The facts the actions' conditions name (known or unknown), and whether they count: what
    # besides the outcome decides which actions a result has (policy.actions caches on it).
    action_facts: tuple[str, ...] = ()
    action_counts: bool = False
    # Per rule of the rule set, by position: its levels, citation and the counts it uses.
    levels: tuple[Levels, ...] = ()
    rule_citation: tuple[Citation, ...] = ()
    used_counts: tuple[tuple[str, ...], ...] = ()
    # Per rule of the rule set, by position: each fact its condition looks at, with the atoms that
    # would make that part true (to name the facts behind a reason).
    fact_bits: Mapping[int, tuple[tuple[str, int], ...]] = attrs.field(factory=dict)
    # Per rule, by position: every atom of the facts its condition looks at. A fact's atoms say its
    # value, so these atoms of a dossier say which facts (and values) a reason names.
    reason_atoms: tuple[int, ...] = ()
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
    fact_citation: Mapping[str, Citation] = attrs.field(factory=dict)
    raising: Mapping[str, tuple[tuple[int, int], int, tuple[RaiseRule, ...]]] = attrs.field(
        factory=dict
    )
    rule_matchers: tuple[RaiseRule, ...] = ()  # every rule matcher, for the worst case
    # Per engine rule name (but the catch-all): the index of the matcher whose alternative it is.
    engine_rules: Mapping[str, int] = attrs.field(factory=dict)
    # The policy's lookup tables (_tables.py); None where a counting rule names a fact or a
    # headline, and the policy walks the conditions instead.
    tables: PolicyTables | None = attrs.field(default=None, eq=False, repr=False)
    # Filled as dossiers are evaluated: results of pure functions of the rule set, kept because
    # they recur (see _policy.py). Not part of the rule set's identity.
    cache: dict[str, dict[Any, Any]] = attrs.field(
        factory=lambda: {
            "counting": {},
            "counted": {},
            "follow": {},
            "signals": {},
            "reasons": {},
            "questions": {},
            "actions": {},
            "action_texts": {},
            "counting_facts": {},
            "labels": {},
        },
        eq=False,
        repr=False,
    )

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
    """Compile a rule set; a rule whose condition is too large for the engine is a RuleFileError."""
    atoms = _atoms(ruleset.facts)
    headlines = {
        rule.headline: rule.when for rule in ruleset.rules if rule.headline and rule.enabled
    }
    as_written = {rule.id: rule for rule in ruleset.rules}
    ruleset = _strengths_written_out(ruleset)
    matchers, counting, followups = _sorted_rules(ruleset, as_written, atoms, headlines)
    definition, engine_rules = _durable_definition(matchers, ruleset, atoms)
    keys = engine_keys(ruleset.facts)
    encoding = {fact.id: _encoding(fact, atoms, keys[fact.id]) for fact in ruleset.facts.values()}
    bare = Compiled(ruleset, atoms, (), (), {}, encoding)  # enough to encode values
    max_mask = {fact.id: bare.mask({fact.id: fact.highest}) for fact in ruleset.facts.values()}
    position = {rule.id: index for index, rule in enumerate(ruleset.rules)}
    # Plain ints, not the level enums: the policy compares them for every dossier.
    levels = tuple(
        (
            int(rule.sets.classification or 0),
            int(rule.sets.escalation or 0),
            role_mask(rule.sets.inform),
        )
        for rule in ruleset.rules
    )
    fact_bits = {
        index: _condition_fact_bits(rule.when, ruleset, atoms, headlines)
        for index, rule in enumerate(ruleset.rules)
    }
    raise_rules, rule_matchers = _raising_rules(matchers, ruleset, levels, position)
    action_facts, action_counts = _action_inputs(ruleset)
    compiled = Compiled(
        ruleset=ruleset,
        atoms=atoms,
        matchers=tuple(matchers),
        counting_rules=tuple(counting),
        followup_rules=tuple(followups),
        followup_positions=tuple(position[rule.id] for rule in followups),
        group_of={
            fact_id: index
            for index, group in enumerate(ruleset.overlap_groups)
            for fact_id in group.facts
            if fact_id in ruleset.facts and ruleset.facts[fact_id].signal
        },
        groups=tuple(
            tuple(fact_id for fact_id in ruleset.facts if fact_id in group.facts)
            for group in ruleset.overlap_groups
        ),
        action_facts=action_facts,
        action_counts=action_counts,
        durable_definition=definition,
        encoding=encoding,
        counting_facts=frozenset(fact for rule in counting for fact in facts_of(rule.when)),
        counting_fact_order=tuple(
            sorted({fact for rule in counting for fact in facts_of(rule.when)})
        ),
        counting_headlines=any(headline_refs(rule.when) for rule in counting),
        counting_positions=tuple(position[rule.id] for rule in counting),
        levels=levels,
        rule_citation=tuple(
            rule.source.citation(ruleset.document, ruleset.ref, rule.quote)
            for rule in ruleset.rules
        ),
        used_counts=tuple(tuple(used_counts(rule.when)) for rule in ruleset.rules),
        fact_bits=fact_bits,
        reason_atoms=tuple(
            _or_all(tuple(max_mask[fact_id] for fact_id, _ in fact_bits[index]))
            for index in range(len(ruleset.rules))
        ),
        matcher_fact=tuple(matcher.fact for matcher in matchers),
        rule_position=tuple(
            position[matcher.rule.id] if matcher.rule else -1 for matcher in matchers
        ),
        matcher_headline=tuple(
            matcher.rule.headline if matcher.rule else None for matcher in matchers
        ),
        fact_ids=tuple(ruleset.facts),
        weights={
            fact.id: dict(fact.signal.weights) if fact.signal else {}
            for fact in ruleset.facts.values()
        },
        rule_matchers=tuple(rule_matchers),
        raising={
            fact.id: (
                (
                    int(fact.signal is not None),
                    max(fact.signal.weights.values()) if fact.signal else 0,
                ),
                max_mask[fact.id],
                tuple(raise_rules[fact.id]),
            )
            for fact in ruleset.facts.values()
        },
        fact_citation={
            fact.id: fact.source.citation(ruleset.document, ruleset.ref, fact.quote)
            for fact in ruleset.facts.values()
        },
        engine_rules=engine_rules,
    )
    if compiled.counting_facts or compiled.counting_headlines:
        gated, gates = _gated(counting, ruleset, atoms, headlines)
        compiled = attrs.evolve(compiled, counting_gated=gated, gates=gates)
    return attrs.evolve(compiled, tables=build_tables(compiled))


def _strengths_written_out(ruleset: RuleSet) -> RuleSet:
    """The rule set with each count of headline strength written out as conditions on facts, so
    that a rule on them is matched like any other (and, beside a count, walked by the policy)."""
    if not any(rule.enabled and names_strength(rule.when) for rule in ruleset.rules):
        return ruleset
    strengths = headline_strengths(ruleset)
    return attrs.evolve(
        ruleset,
        rules=tuple(
            attrs.evolve(rule, when=expand_strength(rule, strengths))
            if rule.enabled and names_strength(rule.when)
            else rule
            for rule in ruleset.rules
        ),
    )


def _sorted_rules(
    ruleset: RuleSet,
    as_written: Mapping[str, Rule],
    atoms: Mapping[tuple[str, Any], int],
    headlines: Mapping[str, Condition],
) -> tuple[list[Matcher], list[Rule], list[Rule]]:
    """The enabled rules by when they are decided: the matching pass (each fact's signal, and the
    rules on facts only), the counting rules after it, and the rules on the outcome last. A rule
    too large for the engine, counted as written, is refused here."""
    matchers = [
        _matcher(
            f"signaal:{fact.id}", fact.id, None, FactCondition(fact.id), ruleset, atoms, headlines
        )
        for fact in ruleset.facts.values()
        if fact.signal is not None
    ]
    counting = []
    followups = []
    for rule in ruleset.rules:
        if not rule.enabled:
            continue
        check_condition_size(as_written[rule.id], ruleset, headlines)
        if _on_outcome(rule.when):
            followups.append(rule)
        elif has_count(rule.when):
            counting.append(rule)
        else:
            matchers.append(
                _matcher(f"regel:{rule.id}", None, rule, rule.when, ruleset, atoms, headlines)
            )
    return matchers, counting, followups


def _raising_rules(
    matchers: list[Matcher],
    ruleset: RuleSet,
    levels: tuple[Levels, ...],
    position: Mapping[str, int],
) -> tuple[dict[str, list[RaiseRule]], list[RaiseRule]]:
    """Per fact, the rule matchers that look at it (what answering it can raise), and every rule
    matcher (for the worst case)."""
    raise_rules: dict[str, list[RaiseRule]] = {fact_id: [] for fact_id in ruleset.facts}
    rule_matchers: list[RaiseRule] = []
    for index, matcher in enumerate(matchers):
        if matcher.rule is not None:
            rule_matchers.append(
                (index, matcher.terms, levels[position[matcher.rule.id]], matcher.rule.headline)
            )
            for fact_id in matcher.facts:
                raise_rules[fact_id].append(rule_matchers[-1])
    return raise_rules, rule_matchers


def _action_inputs(ruleset: RuleSet) -> tuple[tuple[str, ...], bool]:
    """What besides the outcome decides which actions a result has: the facts the actions'
    conditions name (known or unknown), and whether they count."""
    conditions = [
        when
        for action in ruleset.actions
        for when in (action.when, *(ground.when for ground in action.grounds))
    ]
    facts = {fact for when in conditions for fact in [*facts_of(when), *unknowns_of(when)]}
    return tuple(sorted(facts)), any(has_count(when) for when in conditions)


def _gated(
    counting: list[Rule],
    ruleset: RuleSet,
    atoms: Mapping[tuple[str, Any], int],
    headlines: Mapping[str, Condition],
) -> tuple[tuple[Rule, ...], tuple[tuple[int, ...], ...]]:
    """The counting rules with each largest part on facts or headlines replaced by a gate (a
    count `gate<i>` of 1 when that part holds), and the terms of each gate: what such a rule
    decides then depends on the counts and a few bits, which the policy's tables can key on."""
    gates: list[tuple[int, ...]] = []

    def on_facts(node: Condition) -> bool:
        return condition_kinds(node) == {"fact"}

    def gate(node: Condition) -> Condition | None:
        if on_facts(node) and not isinstance(node, CountAtLeast):
            inlined = inline_headlines(
                node, {**{name: AnyOf(()) for name in headline_refs(node)}, **headlines}
            )
            gates.append(_dnf(inlined, ruleset.facts, atoms))
            return CountAtLeast(f"gate{len(gates) - 1}", 1)
        return None  # keep it, and gate its parts

    gated = tuple(attrs.evolve(rule, when=rebuild(rule.when, gate)) for rule in counting)
    return gated, tuple(gates)


def gate_bits(compiled: Compiled, mask: int) -> int:
    """Which gates hold for the atoms of `mask`, as bits."""
    bits = 0
    for index, terms in enumerate(compiled.gates):
        for term in terms:
            if mask & term == term:
                bits |= 1 << index
                break
    return bits


def headline_strengths(ruleset: RuleSet) -> dict[str, list[tuple[int, Condition]]]:
    """Per headline, each strength it can have with the condition (on facts)
    under which it has it."""
    out: dict[str, list[tuple[int, Condition]]] = {}
    for rule in ruleset.rules:
        if not rule.enabled or not rule.headline:
            continue
        parts = rule.strength or (Strength(1),)
        out.setdefault(rule.headline, []).extend(
            (part.number, rule.when if part.when is None else AllOf((rule.when, part.when)))
            for part in parts
        )
    return out


#: The most combinations of headline strengths that one rule on the headline strength may stand
#: for; the default rule set's five headlines give 242.
MAX_STRENGTH_COMBINATIONS = 10_000


def expand_strength(rule: Rule, strengths: Mapping[str, list[tuple[int, Condition]]]) -> Condition:
    """A rule's condition with each count of headline strength written out as a condition on the
    headlines' facts: the strongest headline at least N is any headline with a strength of at
    least N; the headline strength at least N (the sum of each headline's strength) is any
    smallest combination of headlines whose strengths add up to at least N."""
    groups = [
        (name, sorted({number for number, _ in options}))
        for name, options in sorted(strengths.items())
    ]

    def at_least(name: str, level: int) -> Condition:
        return AnyOf(tuple(condition for number, condition in strengths[name] if number >= level))

    def expand(node: Condition) -> Condition | None:
        if isinstance(node, CountAtLeast) and node.what == "strongest":
            return AnyOf(
                tuple(
                    at_least(name, node.number)
                    for name, levels in groups
                    if levels[-1] >= node.number
                )
            )
        if isinstance(node, CountAtLeast) and node.what == "strength":
            combinations: list[Condition] = []
            counted = 0

            def walk(index: int, chosen: list[tuple[str, int, int]], total: int) -> None:
                nonlocal counted
                counted += 1
                if counted > MAX_STRENGTH_COMBINATIONS:
                    raise RuleFileError(
                        rule.origin.file,
                        rule.origin.line,
                        Message(
                            "rule_strength_combinations_over_limit",
                            rule_id=rule.id,
                            max_strength_combinations=Number(MAX_STRENGTH_COMBINATIONS),
                        ),
                        hint=Message("rule_strength_combinations_over_limit_hint"),
                    )
                if total >= node.number:
                    # The smallest: without any one headline chosen, or with it one strength lower,
                    # the sum falls short.
                    if all(total - level + lower < node.number for _, level, lower in chosen):
                        combinations.append(
                            AllOf(tuple(at_least(name, level) for name, level, _ in chosen))
                        )
                    return
                for next_index in range(index, len(groups)):
                    name, levels = groups[next_index]
                    for place, level in enumerate(levels):
                        walk(
                            next_index + 1,
                            [*chosen, (name, level, levels[place - 1] if place else 0)],
                            total + level,
                        )

            walk(0, [], 0)
            return AnyOf(tuple(combinations))
        return None  # keep it, and expand its parts

    return rebuild(rule.when, expand)


def _durable_definition(
    matchers: list[Matcher], ruleset: RuleSet, atoms: Mapping[tuple[str, Any], int]
) -> tuple[dict[str, Any], dict[str, int]]:
    """The durable-rules definition: one engine rule per alternative of each matcher.

    durable-rules fires a rule once for every branch of an `$or` that holds, so a rule with `$or`
    fires an unknown number of times. An engine rule here is an `$and` of facts only, which fires
    at most once for the one fact a dossier is: a dossier needs at most one action per engine rule
    (and the catch-all), and the action loop can count on that.
    """
    conditions = _atom_conditions(ruleset.facts, atoms)
    definition: dict[str, Any] = {CATCH_ALL: {"all": [{"m": dict(KIND)}], "pri": 1}}
    engine_rules: dict[str, int] = {}
    for index, matcher in enumerate(matchers):
        for term in matcher.terms:
            name = f"t{len(engine_rules)}"
            facts = [conditions[bit] for bit in range(term.bit_length()) if term >> bit & 1]
            definition[name] = {"all": [{"m": {"$and": [dict(KIND), *facts]}}], "pri": 1}
            engine_rules[name] = index
    if len(definition) > MAX_ENGINE_RULES:
        raise RuleFileError(
            ruleset.files[-1] if ruleset.files else ruleset.name,
            None,
            Message(
                "too_many_engine_rules",
                count=Number(len(definition)),
                limit=Number(MAX_ENGINE_RULES),
            ),
            hint=ENGINE_LIMIT_HINT,
        )
    return definition, engine_rules


def _atom_conditions(
    facts: Mapping[str, FactDef], atoms: Mapping[tuple[str, Any], int]
) -> dict[int, dict[str, Any]]:
    """Each atom as the durable-rules test of the engine message's member that
    `_encoding` writes."""
    out: dict[int, dict[str, Any]] = {}
    keys = engine_keys(facts)
    for (fact_id, value), bit in atoms.items():
        fact = facts[fact_id]
        key = keys[fact_id]
        if fact.type == "bool":
            out[bit] = {key: 1}
        elif fact.type == "grade":
            out[bit] = {"$gte": {key: value}}  # value is the rank
        else:
            out[bit] = {f"{key}_{fact.values.index(value)}": 1}
    return out


def engine_keys(facts: Mapping[str, FactDef]) -> dict[str, str]:
    """Each fact's name in the engine's message: `f` and its place in the vocabulary. durable-rules
    writes the whole message into every action it starts, so short names make every action
    cheaper (a set fact's words are its key, `_`, and the word's place)."""
    return {fact_id: f"f{index}" for index, fact_id in enumerate(facts)}


def check_condition_size(rule: Rule, ruleset: RuleSet, headlines: Mapping[str, Condition]) -> None:
    """Refuse a rule whose condition expands to more alternatives or nodes than the limits allow,
    counting from the condition's shape (headlines counted once each) before
    anything is expanded."""
    alternatives, nodes = _Size(ruleset, headlines).visit(rule.when)
    if nodes > MAX_CONDITION_SIZE:
        raise RuleFileError(
            rule.origin.file,
            rule.origin.line,
            Message(
                "rule_conditions_over_limit",
                rule_id=rule.id,
                max_condition_size=Number(MAX_CONDITION_SIZE),
            ),
            hint=Message("rule_conditions_over_limit_hint"),
        )
    if alternatives > MAX_ALTERNATIVES:
        raise RuleFileError(
            rule.origin.file,
            rule.origin.line,
            Message(
                "rule_alternatives_over_limit",
                rule_id=rule.id,
                max_alternatives=MAX_ALTERNATIVES,
            ),
            hint=Message("rule_alternatives_over_limit_hint"),
        )


class _Size(Visitor[tuple[int, int]]):
    """A condition's (alternatives, nodes), each capped just above its limit, from its shape:
    a headline is measured once, however often it is named."""

    __slots__ = ("facts", "headlines", "memo")

    def __init__(self, ruleset: RuleSet, headlines: Mapping[str, Condition]) -> None:
        self.facts = ruleset.facts
        self.headlines = headlines
        self.memo: dict[str, tuple[int, int]] = {}

    def fact(self, condition: FactCondition) -> tuple[int, int]:
        fact = self.facts[condition.fact]
        return (len(fact.values) if fact.type == "set" and not condition.contains else 1), 1

    def headline(self, condition: HeadlineRef) -> tuple[int, int]:
        name, memo = condition.headline, self.memo
        if name not in memo:
            memo[name] = (1, 1)  # a cycle is the loader's error; stop here
            memo[name] = self.visit(self.headlines[name]) if name in self.headlines else (1, 1)
        return memo[name]

    def any_of(self, condition: AnyOf) -> tuple[int, int]:
        return self._group(condition.items, lambda total, item: total + item, 0)

    def all_of(self, condition: AllOf) -> tuple[int, int]:
        return self._group(condition.items, lambda total, item: total * item, 1)

    def _group(
        self, items: tuple[Condition, ...], combine: Callable[[int, int], int], alternatives: int
    ) -> tuple[int, int]:
        nodes = 1
        for item in items:
            item_alternatives, item_nodes = self.visit(item)
            alternatives = min(combine(alternatives, item_alternatives), MAX_ALTERNATIVES + 1)
            nodes = min(nodes + item_nodes, MAX_CONDITION_SIZE + 1)
        return alternatives, nodes

    def count(self, condition: CountAtLeast) -> tuple[int, int]:
        return 1, 1

    def outcome(self, condition: OutcomeAtLeast) -> tuple[int, int]:
        return 1, 1

    def unknown(self, condition: Unknown) -> tuple[int, int]:
        return 1, 1


def _encoding(
    fact: FactDef, atoms: Mapping[tuple[str, Any], int], key: str
) -> dict[Any, tuple[int, str]]:
    """Each value of a fact (True, a grade's word, a set's word) -> (its atoms,
    its engine member under `key`, engine_keys)."""
    if fact.type == "bool":
        return {True: (1 << atoms[(fact.id, True)], f",{json.dumps(key)}:1")}
    if fact.type == "grade":
        table = {}
        for rank, word in enumerate(fact.values):
            bits = sum(1 << atoms[(fact.id, above)] for above in range(1, rank + 1))
            table[word] = (bits, f",{json.dumps(key)}:{rank}" if rank else "")
        return table
    return {
        word: (1 << atoms[(fact.id, word)], f",{json.dumps(f'{key}_{place}')}:1")
        for place, word in enumerate(fact.values)
    }


def role_mask(roles: Iterable[str]) -> int:
    return sum(1 << ROLES.index(role) for role in roles)


def _condition_fact_bits(
    condition: Condition,
    ruleset: RuleSet,
    atoms: Mapping[tuple[str, Any], int],
    headlines: Mapping[str, Condition],
) -> tuple[tuple[str, int], ...]:
    """Each fact a rule's condition looks at, with the atoms that would make its part true."""
    out: dict[str, int] = {}

    def walk(node: Condition) -> None:
        for leaf in leaves(node):
            if isinstance(leaf, FactCondition):
                bits = 0
                for bit in fact_condition_bits(leaf, ruleset.facts, atoms):
                    bits |= 1 << bit
                out[leaf.fact] = out.get(leaf.fact, 0) | bits
            elif isinstance(leaf, HeadlineRef) and leaf.headline in headlines:
                walk(headlines[leaf.headline])

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


def _matcher(
    name: str,
    fact: str | None,
    rule: Rule | None,
    condition: Condition,
    ruleset: RuleSet,
    atoms: Mapping[tuple[str, Any], int],
    headlines: Mapping[str, Condition],
) -> Matcher:
    inlined = inline_headlines(condition, headlines)
    return Matcher(
        name, fact, rule, _dnf(inlined, ruleset.facts, atoms), inlined, frozenset(facts_of(inlined))
    )


def _on_outcome(condition: Condition) -> bool:
    return "outcome" in condition_kinds(condition)


def fact_condition_bits(
    condition: FactCondition, facts: Mapping[str, FactDef], atoms: Mapping[tuple[str, Any], int]
) -> list[int]:
    """The atoms of which any one makes a fact condition true."""
    fact = facts[condition.fact]
    if fact.type == "bool":
        return [atoms[(fact.id, True)]]
    if fact.type == "grade":
        rank = fact.values.index(condition.at_least) if condition.at_least else 1
        return [atoms[(fact.id, rank)]]
    words = [condition.contains] if condition.contains else list(fact.values)
    return [atoms[(fact.id, word)] for word in words]


def _dnf(
    condition: Condition, facts: Mapping[str, FactDef], atoms: Mapping[tuple[str, Any], int]
) -> tuple[int, ...]:
    """A condition on facts as a disjunction of terms, each the atoms that must all hold."""
    return _Terms(facts, atoms).visit(condition)


class _Terms(Visitor[tuple[int, ...]]):
    """The terms of a condition on facts; counts and outcomes never reach the matching pass."""

    __slots__ = ("atoms", "facts")

    def __init__(self, facts: Mapping[str, FactDef], atoms: Mapping[tuple[str, Any], int]) -> None:
        self.facts = facts
        self.atoms = atoms

    def fact(self, condition: FactCondition) -> tuple[int, ...]:
        return _smallest(
            [1 << bit for bit in fact_condition_bits(condition, self.facts, self.atoms)]
        )

    def any_of(self, condition: AnyOf) -> tuple[int, ...]:
        return _smallest([term for item in condition.items for term in self.visit(item)])

    def all_of(self, condition: AllOf) -> tuple[int, ...]:
        parts = [self.visit(item) for item in condition.items]
        return _smallest([_or_all(combination) for combination in itertools.product(*parts)])

    def headline(self, condition: HeadlineRef) -> tuple[int, ...]:
        raise TypeError(f"cannot match {condition!r} on facts")  # inlined before

    def count(self, condition: CountAtLeast) -> tuple[int, ...]:
        raise TypeError(f"cannot match {condition!r} on facts")

    def outcome(self, condition: OutcomeAtLeast) -> tuple[int, ...]:
        raise TypeError(f"cannot match {condition!r} on facts")

    def unknown(self, condition: Unknown) -> tuple[int, ...]:
        raise TypeError(f"cannot match {condition!r} on facts")


def _smallest(terms: list[int]) -> tuple[int, ...]:
    """A term that contains another adds nothing: keep the smallest, in a fixed order."""
    unique = sorted(set(terms))
    return tuple(
        term
        for term in unique
        if not any(other != term and other & term == other for other in unique)
    )


def _or_all(masks: tuple[int, ...]) -> int:
    out = 0
    for mask in masks:
        out |= mask
    return out


def build_tables(compiled: Compiled) -> PolicyTables:
    """The policy's tables (_tables.py) for a rule set whose counting rules look at counts only
    (the caller checks)."""
    matcher_headline, levels, weights = compiled.matcher_headline, compiled.levels, compiled.weights
    headline_names = tuple(sorted({name for name in matcher_headline if name}))
    head_bit = {name: 1 << index for index, name in enumerate(headline_names)}
    matchers = tuple(
        (
            fact,
            position,
            level_bits(levels[position]) if position >= 0 else 0,
            head_bit.get(headline, 0) if headline else 0,
        )
        for fact, position, headline in zip(
            compiled.matcher_fact, compiled.rule_position, matcher_headline
        )
    )
    table: dict[str, Raise] = {}
    profiles: dict[tuple[object, ...], int] = {}
    for fact_id in compiled.fact_ids:
        (signal, weight), fact_mask, rules = compiled.raising[fact_id]
        always_bits = always_heads = 0
        needs: list[tuple[int, int, int]] = []
        for _, terms, rule_levels, headline in rules:
            bits, heads = level_bits(rule_levels), head_bit.get(headline, 0) if headline else 0
            for term in terms:
                missing = term & ~fact_mask
                if missing == 0:
                    always_bits, always_heads = always_bits | bits, always_heads | heads
                else:
                    needs.append((missing, bits, heads))
        # A term whose rule adds nothing beyond what the fact adds anyway need not be tested; the
        # rest are grouped by what their rule adds (a rule on any 2 of 9 facts has dozens of terms),
        # so that once one term holds, or its rule fired already, the others are not tested.
        grouped: dict[tuple[int, int], list[int]] = {}
        for missing, bits, heads in needs:
            if bits & ~always_bits or heads & ~always_heads:
                grouped.setdefault((bits, heads), []).append(missing)
        kept = tuple((bits, heads, tuple(missings)) for (bits, heads), missings in grouped.items())
        group = compiled.group_of.get(fact_id, -1)
        # A fact that a gate looks at decides the gates on its own: it shares no profile.
        gated = (
            fact_id if any(fact_mask & term for terms in compiled.gates for term in terms) else None
        )
        profile = profiles.setdefault(
            (signal, weight, group, always_bits, always_heads, kept, gated), len(profiles)
        )
        table[fact_id] = (
            signal,
            weight,
            group,
            fact_mask,
            profile,
            always_bits,
            always_heads,
            kept,
        )
    rule_terms = tuple(
        (term, level_bits(rule_levels), head_bit.get(headline, 0) if headline else 0)
        for _, terms, rule_levels, headline in compiled.rule_matchers
        for term in terms
    )
    found: list[set[int]] = [set() for _ in COUNTS]
    for rule in compiled.counting_gated or compiled.counting_rules:
        for count in counts_of(rule.when):
            if count.what in COUNTS:  # not a gate
                found[COUNTS.index(count.what)].add(count.number)
    signal_facts = [fact_id for fact_id in weights if weights[fact_id]]
    # The largest value each count can take: every signal, each at its highest weight.
    highest = (
        len(signal_facts),
        sum(max(weights[fact_id].values()) for fact_id in signal_facts),
        max((max(weights[fact_id].values()) for fact_id in signal_facts), default=0),
        len(headline_names),
    )
    thresholds = tuple(tuple(sorted(numbers)) for numbers in found)
    strides = []
    stride = 1
    for numbers in thresholds:
        strides.append(stride)
        stride *= len(numbers) + 1
    count_keys = tuple(
        tuple(bisect.bisect_right(numbers, value) * stride for value in range(top + 1))
        for numbers, top, stride in zip(thresholds, highest, strides)
    )
    return PolicyTables(
        matchers,
        table,
        rule_terms,
        headline_names,
        count_keys,
        thresholds,
        tuple(strides),
        gate_stride=stride,
    )
