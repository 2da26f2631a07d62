"""Anything `rules validate` accepts, the engine evaluates: a property over generated overlays."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, event, given, settings, strategies as st

from gevoeligheid import GevoeligheidError, RuleFileError, load_ruleset
from gevoeligheid._evaluate import Evaluator
from gevoeligheid._validate import validate_paths

from .conftest import ROOT
from .strategies import FACTS, compact_dossiers


def leaf(fact) -> st.SearchStrategy[dict]:
    if fact.type == "grade":
        return st.sampled_from(fact.values[1:]).map(
            lambda word: {"fact": fact.id, "at_least": word}
        )
    if fact.type == "set":
        return st.one_of(
            st.just({"fact": fact.id}),
            st.sampled_from(fact.values).map(lambda word: {"fact": fact.id, "contains": word}),
        )
    return st.just({"fact": fact.id})


facts = st.sampled_from(FACTS).flatmap(leaf)
counts = st.one_of(
    st.integers(1, 12).map(lambda n: {"signals_at_least": n}),
    st.integers(1, 3).map(lambda n: {"headlines_at_least": n}),
    st.integers(1, 30).map(lambda n: {"score_at_least": n}),
)
#: Conditions of every shape a rule author can write: wide, deep, and large enough to reach the
#: compiler's limit on alternatives (an `all` of `any`s multiplies them).
conditions = st.recursive(
    st.one_of(facts, facts, counts),
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=6).map(lambda items: {"any": items}),
        st.lists(inner, min_size=1, max_size=6).map(lambda items: {"all": items}),
    ),
    max_leaves=40,
)
levels = st.fixed_dictionaries(
    {},
    optional={
        "classification": st.sampled_from(["attention", "sensitive", "highly_sensitive"]),
        "escalation": st.sampled_from(["coordinator", "manager", "director", "board"]),
    },
).filter(bool)


def overlay_text(rules: list[tuple[dict, dict]]) -> str:
    lines = [
        "overlay: gegenereerd",
        "description: Gegenereerde regels.",
        "valid_from: 2026-02-05",
        "rules:",
    ]
    for index, (when, sets) in enumerate(rules):
        lines += [
            f"  - id: regel_{index}",
            f"    when: {json.dumps(when)}",
            f"    sets: {json.dumps(sets)}",
            '    source: {lines: [590], section: "Bijlage 3"}',
            "    quote: Checklist als hulpmiddel",
            f"    because: {{nl: Regel {index}., en: Rule {index}.}}",
        ]
    return "\n".join(lines) + "\n"


@settings(
    max_examples=60,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
@given(
    rules=st.lists(st.tuples(conditions, levels), min_size=1, max_size=4),
    dossier=compact_dossiers(),
)
def test_what_validate_accepts_the_engine_evaluates_and_what_it_refuses_check_refuses(
    tmp_path, rules, dossier
):
    path = tmp_path / "gegenereerd.yaml"
    path.write_text(overlay_text(rules), encoding="utf-8")
    errors = [finding for finding in validate_paths([path], None, None) if finding.level == "error"]
    try:
        evaluator = Evaluator(load_ruleset(ROOT / "rules", overlays=[path]))
        evaluator.durable  # noqa: B018 - registered with durable-rules, as check does before the first dossier
    except RuleFileError:
        event("refused")
        assert errors, "check refuses a rule set that validate accepts"
        return
    event("accepted")
    assert not errors, f"validate refuses a rule set that check accepts: {errors}"
    everything = {
        fact.id: list(fact.highest) if fact.type == "set" else fact.highest
        for fact in evaluator.ruleset.facts.values()
    }
    for facts_of_dossier in ({"facts": everything}, dossier):
        try:
            durable = evaluator.evaluate(facts_of_dossier, engine="durable").to_dict()
        except GevoeligheidError as error:
            assert not isinstance(error, RuleFileError)
            continue  # a dossier the parser refuses (the generated one can be)
        reference = evaluator.evaluate(facts_of_dossier, engine="reference").to_dict()
        durable.pop("engine"), reference.pop("engine")
        assert durable == reference
