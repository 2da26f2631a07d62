"""What raising each unknown fact gives, as straight-line Python written once per rule set.

`_policy.hypotheses` raises every unknown fact of a dossier to its highest value, one at a time,
and all of them at once (the open questions and the worst case). Walking the table of what each
fact adds (`PolicyTables.raising`) for every dossier reads the same constants again and again:
here they are written into the code of one function per rule set, a block per fact in the order
of the vocabulary, so that a dossier pays only for its own unknown facts, and a test per term of
every rule for the worst case. A block computes what
the table loop computes, step for step (tests/test_tables.py holds the results to walking the
rules); facts that add the same (a profile) share one outcome, kept in a local variable.

The source is made from integers and fact ids written as Python string literals (`repr`), never
from other text of a rule file; a rule set with gates keeps the table loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._tables import Raise

#: The generated function: (the dossier's `values.get`, its atoms, the level and headline bits of
#: its decision, its signals, score, heaviest weight and group weights, the tables' lookups) ->
#: (each unknown fact's outcome, the worst case or None where no fact is unknown).
RaiseEach = Callable[..., tuple[dict[str, Any], Any]]

_HEAD = """\
def raise_each(get, mask, base, heads, signals, score, heaviest, group_weights, lookup):
    counted_get, counted_more, final_get, final_more, signal_keys, score_keys, heaviest_keys, \\
        headline_keys, _, _ = lookup
    could = {}
    worst_mask, worst_signals, worst_heaviest = mask, signals, heaviest
    worst_groups = list(group_weights)
    worst_score = score - sum(group_weights)
    heaviest_key = heaviest_keys[heaviest]
    headline_key = headline_keys[heads.bit_count()]
"""


def raise_each_source(
    raising: dict[str, Raise], rule_terms: tuple[tuple[int, int, int], ...]
) -> str:
    """The source of `raise_each` for these facts (in the vocabulary's order) and the terms of
    every rule matcher (`PolicyTables.rule_terms`)."""
    lines = [_HEAD]
    profiles = sorted({raised[4] for raised in raising.values()})
    if profiles:
        lines.append("    " + " = ".join(f"o{profile}" for profile in profiles) + " = None\n")
    for fact_id, raised in raising.items():
        signal, weight, group, fact_mask, profile, always_bits, always_heads, needs = raised
        fact = repr(fact_id)
        body = [f"if get({fact}) is None:", f"    worst_mask |= {fact_mask}"]
        if signal:
            body.append(f"    worst_signals += {signal}")
        if weight:
            body.append(f"    if {weight} > worst_heaviest: worst_heaviest = {weight}")
        if group < 0:
            if weight:
                body.append(f"    worst_score += {weight}")
            added = str(weight)
        else:
            body.append(
                f"    if {weight} > worst_groups[{group}]: worst_groups[{group}] = {weight}"
            )
            added = (
                f"({weight} - group_weights[{group}] if {weight} > group_weights[{group}] else 0)"
            )
        body.append(f"    if o{profile} is None:")
        body.append(
            f"        bits = base | {always_bits}" if always_bits else "        bits = base"
        )
        if always_heads or needs:
            body.append(
                f"        raised_heads = heads | {always_heads}"
                if always_heads
                else "        raised_heads = heads"
            )
        for rule_bits, head_bits, missings in needs:
            held = " or ".join(f"mask & {missing} == {missing}" for missing in missings)
            body.append(f"        if ({rule_bits} & ~bits or {head_bits} & ~raised_heads) and (")
            body.append(f"            {held}")
            body.append("        ):")
            body.append(f"            bits |= {rule_bits}")
            body.append(f"            raised_heads |= {head_bits}")
        heaviest = (
            f"heaviest_keys[{weight} if {weight} > heaviest else heaviest]"
            if weight
            else "heaviest_key"
        )
        headlines = (
            "headline_keys[raised_heads.bit_count()]" if always_heads or needs else "headline_key"
        )
        body.append(
            f"        key = signal_keys[signals + {signal}] + score_keys[score + {added}] + "
            f"{heaviest} + {headlines}"
        )
        body.append("        bits |= (counted_get(key) or counted_more(key))[0]")
        body.append(f"        o{profile} = (final_get(bits) or final_more(bits))[0]")
        body.append(f"    could[{fact}] = o{profile}")
        lines.extend(f"    {line}\n" for line in body)
    # The worst case: every unknown fact raised at once.
    lines.append(
        "    if not could:\n        return could, None\n    bits, worst_heads = base, heads\n"
    )
    for term, rule_bits, head_bits in rule_terms:
        if rule_bits or head_bits:
            lines.append(f"    if worst_mask & {term} == {term}:\n")
            lines.append(f"        bits |= {rule_bits}\n" if rule_bits else "")
            lines.append(f"        worst_heads |= {head_bits}\n" if head_bits else "")
    lines.append(
        "    key = signal_keys[worst_signals] + score_keys[worst_score + sum(worst_groups)] + "
        "heaviest_keys[worst_heaviest] + headline_keys[worst_heads.bit_count()]\n"
        "    bits |= (counted_get(key) or counted_more(key))[0]\n"
        "    return could, (final_get(bits) or final_more(bits))[0]\n"
    )
    return "".join(lines)


def raise_each(
    raising: dict[str, Raise], rule_terms: tuple[tuple[int, int, int], ...]
) -> RaiseEach:
    """`raise_each` for these facts and rule terms, compiled."""
    namespace: dict[str, Any] = {"__builtins__": {"list": list, "sum": sum}}
    # The source holds integers and fact ids as string literals only (raise_each_source).
    exec(
        compile(raise_each_source(raising, rule_terms), "<gevoeligheid raise_each>", "exec"),
        namespace,
    )
    made: RaiseEach = namespace["raise_each"]
    return made
