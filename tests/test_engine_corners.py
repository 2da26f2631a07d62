"""The engine in the corners: the most sensitive dossiers, every single fact and pair of facts,
heavy overlays, and conditions too large to compile, on durable-rules and the reference alike."""

from __future__ import annotations

import itertools
import json

import pytest
from click.testing import CliRunner

from gevoeligheid import RuleFileError, _compile as compile_module, load_ruleset
from gevoeligheid._cli import cli
from gevoeligheid._compile import MAX_ALTERNATIVES, MAX_ENGINE_RULES, compile_ruleset
from gevoeligheid._engine import DurableEngine
from gevoeligheid._evaluate import Evaluator
from gevoeligheid._validate import validate_paths

from .conftest import ROOT

#: Rule set 2026.2 whatever today is; 2027.1 has its own exhaustive test below.
DEFAULT = load_ruleset(ROOT / "rules", peildatum="2026-12-01")
DEFAULT_2027 = load_ruleset(ROOT / "rules", peildatum="2027-01-04")


def highest(fact):
    return list(fact.highest) if fact.type == "set" else fact.highest


def values_of(fact):
    """Every value a fact can take that the rules can tell apart: each grade, each word of a list
    alone, the whole list, and the empty answer."""
    if fact.type == "bool":
        return [False, True]
    if fact.type == "grade":
        return list(fact.values)
    return [[], *([word] for word in fact.values), list(fact.values)]


def agree(evaluator: Evaluator, dossier: dict) -> dict:
    """Both engines' results for `dossier`, which must be equal apart from the engine's name."""
    durable = evaluator.evaluate(dossier, engine="durable").to_dict()
    reference = evaluator.evaluate(dossier, engine="reference").to_dict()
    assert (durable.pop("engine"), reference.pop("engine")) == ("durable", "reference")
    assert durable == reference, dossier
    return durable


def broad_overlay(tmp_path, ruleset=DEFAULT):
    """An overlay with one rule that is `any` of every fact: the broadest rule an
    author can write."""
    lines = [
        "overlay: breed",
        "description: Een brede regel.",
        "valid_from: 2026-02-05",
        "rules:",
        "  - id: alles_telt",
        "    when:",
        "      any:",
        *(f"        - {{fact: {fact_id}}}" for fact_id in ruleset.facts),
        "    sets: {classification: attention, escalation: coordinator}",
        '    source: {lines: [590], section: "Bijlage 3"}',
        "    quote: Checklist als hulpmiddel",
        "    because: {nl: Een breed signaal., en: A broad signal.}",
    ]
    path = tmp_path / "breed.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def evaluator():
    return Evaluator(DEFAULT)


def test_every_fact_at_its_highest_gives_a_result_on_both_engines(evaluator):
    """The most sensitive dossier there is: it failed with 'the rules do not settle' when
    durable-rules fired a rule once per true `$or` branch and the loop allowed one per rule."""
    result = agree(
        evaluator, {"facts": {fact.id: highest(fact) for fact in DEFAULT.facts.values()}}
    )
    assert (result["classification"], result["escalation"]) == ("highly_sensitive", "board")


def test_adding_facts_in_template_order_never_fails(evaluator):
    """The reproducer: adding facts in the template's order failed from 38 true facts on."""
    facts: dict = {}
    for fact in DEFAULT.facts.values():
        facts[fact.id] = highest(fact)
        agree(evaluator, {"facts": dict(facts)})


def test_a_broad_any_rule_in_an_overlay_settles_with_every_fact_true(tmp_path):
    """With one `any` over every fact in an overlay it failed from 25 true facts on."""
    evaluator = Evaluator(load_ruleset(ROOT / "rules", overlays=[broad_overlay(tmp_path)]))
    facts: dict = {}
    for fact in evaluator.ruleset.facts.values():
        facts[fact.id] = highest(fact)
        agree(evaluator, {"facts": dict(facts)})


def test_the_command_line_evaluates_the_most_sensitive_dossier(tmp_path):
    path = tmp_path / "alles.json"
    path.write_text(
        json.dumps(
            {"id": "alles", "facts": {fact.id: highest(fact) for fact in DEFAULT.facts.values()}}
        )
    )
    done = CliRunner().invoke(cli, ["check", str(path), "-f", "json"])
    assert (done.exit_code, done.stderr) == (0, "")
    assert json.loads(done.stdout)["escalation"] == "board"


def test_no_engine_rule_has_an_or_so_each_fires_at_most_once(evaluator):
    """The cause of the failure: an `$or` fires once per true branch. No compiled engine rule has
    one, so a dossier takes at most one action per engine rule."""
    text = json.dumps(evaluator.compiled.durable_definition)
    assert "$or" not in text
    assert set(evaluator.compiled.engine_rules.values()) == set(
        range(len(evaluator.compiled.matchers))
    )


def test_every_single_fact_at_every_value_agrees(evaluator):
    for fact in DEFAULT.facts.values():
        for value in values_of(fact):
            agree(evaluator, {"facts": {fact.id: value}})


def test_every_pair_of_facts_at_every_value_agrees(evaluator):
    """Exhaustive over pairs: 1,035 pairs of facts, every combination of their values (4,975
    dossiers), each fact not in the pair unknown."""
    count = 0
    for first, second in itertools.combinations(DEFAULT.facts.values(), 2):
        for one, two in itertools.product(values_of(first), values_of(second)):
            agree(evaluator, {"facts": {first.id: one, second.id: two}})
            count += 1
    assert count == 4_975


@pytest.mark.slow
def test_every_pair_of_facts_at_every_value_agrees_under_2027_1():
    """The same for rule set 2027.1: 1,035 pairs, 5,073 dossiers (incident has a grade more)."""
    evaluator = Evaluator(DEFAULT_2027)
    count = 0
    for first, second in itertools.combinations(DEFAULT_2027.facts.values(), 2):
        for one, two in itertools.product(values_of(first), values_of(second)):
            agree(evaluator, {"facts": {first.id: one, second.id: two}})
            count += 1
    assert count == 5_073


def test_every_pair_of_facts_at_its_highest_with_the_rest_false_agrees(evaluator):
    """The same pairs against a background of answered facts, where the counting rules and the
    worst case differ from the all-unknown background."""
    background = {fact.id: values_of(fact)[0] for fact in DEFAULT.facts.values()}
    for first, second in itertools.combinations(DEFAULT.facts.values(), 2):
        agree(
            evaluator,
            {"facts": {**background, first.id: highest(first), second.id: highest(second)}},
        )


def write_overlay(tmp_path, when: str, name: str = "groot") -> object:
    path = tmp_path / f"{name}.yaml"
    path.write_text(
        f"""overlay: {name}
description: Een grote regel.
valid_from: 2026-02-05
rules:
  - id: grote_regel
    when: {when}
    sets: {{classification: attention}}
    source: {{lines: [590], section: "Bijlage 3"}}
    quote: Checklist als hulpmiddel
    because: {{nl: Een grote regel., en: A large rule.}}
""",
        encoding="utf-8",
    )
    return path


FACT_IDS = [fact_id for fact_id, fact in DEFAULT.facts.items() if fact.type == "bool"]


def all_of_anys(groups: int, width: int) -> str:
    anys = ", ".join(
        "{any: ["
        + ", ".join(f"{{fact: {FACT_IDS[(g * width + i) % len(FACT_IDS)]}}}" for i in range(width))
        + "]}"
        for g in range(groups)
    )
    return "{all: [" + anys + "]}"


def test_an_all_of_ten_anys_of_three_is_refused_before_it_is_expanded(tmp_path, monkeypatch):
    """It kept `rules validate` and `check` busy past 120 s: 3^10 alternatives were expanded.
    Now it is counted from its shape and refused, with file and line, before any expansion."""
    path = write_overlay(tmp_path, all_of_anys(10, 3))
    ruleset = load_ruleset(ROOT / "rules", overlays=[path], peildatum="2026-12-01")
    expand = compile_module._dnf

    def refuse_the_large_rule(condition, facts, atoms):
        assert len(compile_module.facts_of(condition)) < 30, "the large rule was expanded"
        return expand(condition, facts, atoms)

    monkeypatch.setattr(compile_module, "_dnf", refuse_the_large_rule)
    with pytest.raises(RuleFileError) as caught:
        compile_ruleset(ruleset)
    assert (caught.value.file, caught.value.line) == (str(path), 5)
    assert f"more than {MAX_ALTERNATIVES} alternatives" in caught.value.what


def test_validate_refuses_what_the_compiler_refuses_with_exit_3(tmp_path):
    path = write_overlay(tmp_path, all_of_anys(10, 3))
    findings = validate_paths([path], None, None)
    assert [finding.level for finding in findings].count("error") == 1
    done = CliRunner().invoke(cli, ["rules", "validate", str(path)])
    assert done.exit_code == 3


def test_a_condition_just_under_the_limit_is_evaluated_by_both_engines(tmp_path):
    path = write_overlay(tmp_path, all_of_anys(4, 4))  # 256 alternatives
    ruleset = load_ruleset(ROOT / "rules", overlays=[path])
    assert not [
        finding for finding in validate_paths([path], None, None) if finding.level == "error"
    ]
    evaluator = Evaluator(ruleset)
    result = agree(evaluator, {"facts": dict.fromkeys(FACT_IDS, True)})
    assert "grote_regel" in [reason["rule"] for reason in result["reasons"]]


def nested_any(depth: int) -> str:
    when = "{fact: subsidie}"
    for level in range(depth):
        when = f"{{any: [{when}, {{fact: {FACT_IDS[level]}}}]}}"
    return when


def test_any_nested_twelve_deep_is_evaluated_by_the_engine(tmp_path):
    """Nested conditions reach the engine flattened into alternatives, however deep they were."""
    path = write_overlay(tmp_path, nested_any(12))
    assert not [
        finding for finding in validate_paths([path], None, None) if finding.level == "error"
    ]
    evaluator = Evaluator(load_ruleset(ROOT / "rules", overlays=[path]))
    for fact_id in ("subsidie", FACT_IDS[11]):
        result = agree(evaluator, {"facts": {fact_id: True}})
        assert "grote_regel" in [reason["rule"] for reason in result["reasons"]]


def test_any_nested_fifteen_deep_is_refused_by_validate_and_check_alike(tmp_path):
    """It passed validate and then failed every dossier in the engine; now the rule file is
    refused where it is read, by both, with its line."""
    path = write_overlay(tmp_path, nested_any(15))
    errors = [finding for finding in validate_paths([path], None, None) if finding.level == "error"]
    assert [finding.place for finding in errors] == [f"{path}:6"]
    done = CliRunner().invoke(
        cli,
        ["check", "--overlay", str(path), str(ROOT / "examples" / "01-routine-bakery-permit.json")],
    )
    assert done.exit_code == 3


def many_rules(tmp_path, count: int, width: int):
    rules = "\n".join(
        f"""  - id: regel_{index}
    when: {{any: [{", ".join(f"{{fact: {FACT_IDS[(index + offset) % len(FACT_IDS)]}}}" for offset in range(width))}]}}
    sets: {{classification: attention}}
    source: {{lines: [590], section: "Bijlage 3"}}
    quote: Checklist als hulpmiddel
    because: {{nl: Regel {index}., en: Rule {index}.}}"""  # noqa: E501
        for index in range(count)
    )
    path = tmp_path / "veel.yaml"
    path.write_text(
        f"overlay: veel\ndescription: Veel regels.\nvalid_from: 2026-02-05\nrules:\n{rules}\n",
        encoding="utf-8",
    )
    return path


def test_thousands_of_rules_are_refused_by_validate_and_check_alike(tmp_path):
    """4,044 rules passed validate and then failed every dossier in the engine."""
    path = many_rules(tmp_path, 4_100, 2)
    assert [finding.level for finding in validate_paths([path], None, None)] == ["error"]
    done = CliRunner().invoke(
        cli,
        ["check", "--overlay", str(path), str(ROOT / "examples" / "01-routine-bakery-permit.json")],
    )
    assert done.exit_code == 3


def test_more_alternatives_than_the_engine_takes_is_a_rule_file_error(tmp_path):
    path = many_rules(tmp_path, 450, 5)  # 2,250 alternatives, beside the default's own
    findings = validate_paths([path], None, None)
    assert [finding.level for finding in findings] == ["error"]
    assert "engine rules" in findings[0].message and f"{MAX_ENGINE_RULES:,}" in findings[0].message
    done = CliRunner().invoke(
        cli,
        [
            "check",
            "--lang",
            "nl",
            "--overlay",
            str(path),
            str(ROOT / "examples" / "01-routine-bakery-permit.json"),
        ],
    )
    assert done.exit_code == 3 and "regelengine" in done.stderr


def test_a_table_of_the_engine_that_overflows_is_a_rule_file_error(monkeypatch):
    """durable-rules refuses some rule sets in fixed tables of its own (error codes 106-113):
    that is the rule set's size, not a bug of the engine, so it is a rule file error (exit 3)."""
    import durable_rules_engine

    def full(name, definition):
        raise durable_rules_engine.error("Could not create ruleset, error code: 106")

    monkeypatch.setattr(durable_rules_engine, "create_ruleset", full)
    with pytest.raises(RuleFileError) as caught:
        DurableEngine(compile_ruleset(DEFAULT))
    assert "error code 106" in caught.value.show("en") and "foutcode 106" in caught.value.show("nl")


def test_an_engine_failure_in_a_batch_exits_4_and_the_other_dossiers_are_still_evaluated(
    tmp_path, monkeypatch
):
    """It was reported as a bad dossier, with exit status 2 where the README promises 4."""
    from gevoeligheid import EngineError

    real = DurableEngine.match

    def failing(self, members, dossier=None):
        if dossier == "kapot":
            raise EngineError("simulated failure", dossier)
        return real(self, members, dossier)

    monkeypatch.setattr(DurableEngine, "match", failing)
    lines = [
        '{"id": "heel", "facts": {"subsidie": true}}',
        '{"id": "kapot", "facts": {"subsidie": true}}',
        '{"id": "ook heel", "facts": {}}',
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = CliRunner().invoke(
        cli, ["check", "-f", "jsonl", "--jobs", "1", str(tmp_path / "batch.jsonl")]
    )
    assert done.exit_code == 4
    assert [json.loads(line)["dossier"]["id"] for line in done.stdout.splitlines()] == [
        "heel",
        "ook heel",
    ]
    assert "simulated failure" in done.stderr
