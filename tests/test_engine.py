"""The durable-rules engine: each of its measured pitfalls (crashes, double firing,
session limits; see _engine.py) has a regression test,
and the engine agrees with the reference evaluator."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings

from gevoeligheid import EngineError, evaluate
from gevoeligheid._compile import CATCH_ALL, KIND
from gevoeligheid._durable_loader import load_durable_rules_engine
from gevoeligheid._engine import DurableEngine
from gevoeligheid._evaluate import Evaluator, evaluator_for
from gevoeligheid._reference import match

from .strategies import compact_dossiers

durable_rules_engine = load_durable_rules_engine()  # what 3.13 lacks supplied first


def run_python(code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run code in a fresh interpreter: a crash of the C engine must fail a test, not the run."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_every_rule_has_the_dossier_discriminator(ruleset):
    """A rule that could match the engine's own state message fires forever."""
    definition = Evaluator(ruleset).compiled.durable_definition
    for name, rule in definition.items():
        assert len(rule["all"]) == 1, name  # one pattern per rule: no cross-event joins (#381)
        pattern = rule["all"][0]["m"]
        assert pattern == KIND or pattern["$and"][0] == KIND, name


def test_dossier_that_matches_nothing_does_not_crash_delete_state():
    """Without the catch-all rule, delete_state segfaults on a session in which no action ran."""
    done = run_python(
        """
        from gevoeligheid import evaluate
        for _ in range(200):
            assert evaluate({"facts": {}}).classification == "not_sensitive"
        print("ok")
        """
    )
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr
    assert CATCH_ALL in evaluator_for(None).compiled.durable_definition


def test_eight_threads_at_once_are_correct_and_do_not_crash():
    """The default Host's background threads crash with threads; this engine has none and a lock."""
    done = run_python(
        """
        import threading
        from gevoeligheid import evaluate
        from gevoeligheid._render import to_json
        dossiers = [{"id": str(i), "facts": {"media_aandacht": ["geen", "lokaal", "regionaal", "landelijk"][i % 4],
                     "subsidie": i % 3 == 0, "buiten_mandaat": i % 7 == 0}} for i in range(400)]
        expected = [to_json(evaluate(d, engine="reference")).replace('"reference"', '"durable"') for d in dossiers]
        errors = []
        def work(offset):
            for index in range(offset, len(dossiers), 8):
                got = to_json(evaluate(dossiers[index]))
                if got != expected[index]:
                    errors.append(index)
        threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
        for thread in threads: thread.start()
        for thread in threads: thread.join()
        print("errors", errors)
        """  # noqa: E501
    )
    assert (done.returncode, done.stdout.strip()) == (0, "errors []"), done.stderr


def test_one_reused_session_serves_more_than_1024_evaluations(ruleset):
    """durable-rules refuses the 1,025th live session of a rule set: there is only ever one."""
    compiled = Evaluator(ruleset).compiled
    engine = DurableEngine(compiled)
    for number in range(3000):
        assert engine.match(compiled.message({"subsidie": bool(number % 2)})) == match(
            compiled, compiled.mask({"subsidie": bool(number % 2)})
        )


@pytest.mark.parametrize(
    ("failure", "raised"),
    [
        (durable_rules_engine.error("simulated failure"), EngineError),
        (KeyboardInterrupt(), KeyboardInterrupt),
    ],
    ids=["engine error", "interrupt"],
)
def test_after_a_failure_the_engine_starts_over_and_never_deletes_a_session(
    ruleset, monkeypatch, failure, raised
):
    """A session whose state is in doubt is not used again (nor deleted: that can crash the
    process); the rule set is registered anew and the next dossier gets its right result."""
    compiled = Evaluator(ruleset).compiled
    engine = DurableEngine(compiled)
    subsidie = compiled.message({"subsidie": True})
    real = durable_rules_engine.complete_and_start_action
    registered, deleted = [], []
    real_create = durable_rules_engine.create_ruleset

    def broken(handle, state):
        raise failure

    def counting_create(name, definition):
        registered.append(name)
        return real_create(name, definition)

    monkeypatch.setattr(durable_rules_engine, "complete_and_start_action", broken)
    monkeypatch.setattr(durable_rules_engine, "create_ruleset", counting_create)
    monkeypatch.setattr(durable_rules_engine, "delete_state", lambda *args: deleted.append(args))
    with pytest.raises(raised):  # the engine's own error becomes ours; an interrupt stays one
        engine.match(subsidie, "OD-1")
    monkeypatch.setattr(durable_rules_engine, "complete_and_start_action", real)
    assert engine.match(subsidie) == match(compiled, compiled.mask({"subsidie": True}))
    assert (len(registered), deleted) == (1, [])


def test_a_failed_retraction_is_an_engine_error_and_the_engine_starts_over(ruleset, monkeypatch):
    compiled = Evaluator(ruleset).compiled
    engine = DurableEngine(compiled)
    subsidie = compiled.message({"subsidie": True})
    real = durable_rules_engine.retract_fact
    monkeypatch.setattr(durable_rules_engine, "retract_fact", lambda handle, payload: (3, 0))
    with pytest.raises(EngineError, match="retract_fact answered code 3"):
        engine.match(subsidie, "OD-1")
    monkeypatch.setattr(durable_rules_engine, "retract_fact", real)
    assert (
        engine.match(subsidie)
        == engine.match(subsidie)
        == match(compiled, compiled.mask({"subsidie": True}))
    )


@settings(max_examples=300)
@given(dossier=compact_dossiers())
def test_a_reused_session_matches_what_a_fresh_engine_matches(dossier):
    """The session reuse is an optimisation: one engine for many dossiers gives what a new
    engine (a new registration and session) gives for each."""
    evaluator = evaluator_for(None)
    parsed = evaluator.parse(dossier)
    message = evaluator.compiled.message(dict(parsed.facts))
    assert evaluator.durable.match(message) == DurableEngine(evaluator.compiled).match(message)


def test_a_rule_that_matches_the_state_message_does_not_loop_forever():
    """A `$nex`-only rule fires on the engine's own state under the Host; here
    the loop is bounded."""
    done = run_python(
        """
        import json
        from gevoeligheid._engine import durable_rules_engine as dre  # loaded as 3.13 needs
        from gevoeligheid._engine import DurableEngine
        from gevoeligheid._evaluate import evaluator_for
        engine = DurableEngine(evaluator_for(None).compiled)
        definition = {"_altijd": {"all": [{"m": {"kind": "dossier"}}], "pri": 1},
                      "loops": {"all": [{"m": {"$nex": {"zzz": 1}}}], "pri": 2}}
        engine._handle = dre.create_ruleset("loops", json.dumps(definition))
        engine._index = {**engine._index, "loops": 0}
        engine._max_steps = len(definition)  # as the engine sets it for a compiled definition
        from gevoeligheid import EngineError
        try:
            engine.match("", "x")
        except EngineError as error:
            print(error.what.render("en"), error.what.render("nl"), sep="|")
        """,
        timeout=60,
    )
    assert (done.returncode, done.stdout.strip().split("|")) == (
        0,
        [
            "more than 2 actions, one per engine rule: an engine rule fired twice",
            "meer dan 2 acties, één per engineregel: een engineregel ging twee keer af",
        ],
    ), done.stderr


def test_or_fires_once_per_branch_but_a_signal_counts_once():
    """afbreukrisico with every word is one $or that is true five times: still one signal."""
    result = evaluate(
        {
            "facts": {
                "afbreukrisico": [
                    "bestuurlijk",
                    "juridisch",
                    "financieel",
                    "politiek",
                    "persoonlijk",
                ]
            }
        }
    )
    assert [signal.id for signal in result.signals] == ["afbreukrisico"]
    assert [reason.rule for reason in result.reasons].count("kop_afbreukrisico") == 1


def test_the_same_dossier_twice_is_not_seen_before():
    """Each dossier is retracted after it is matched, so asserting the same one again is not
    refused as 'seen before'."""
    dossier = {"facts": {"gedoogverzoek": True}}
    assert evaluate(dossier).to_dict() == evaluate(dossier).to_dict()


def test_two_evaluators_of_one_rule_set_coexist(ruleset):
    """durable-rules cannot register a name twice: each engine registers under a new one."""
    first, second = Evaluator(ruleset), Evaluator(ruleset)
    assert (
        first.evaluate({"facts": {"subsidie": True}}).to_dict()
        == second.evaluate({"facts": {"subsidie": True}}).to_dict()
    )


def test_no_deprecation_warning_breaks_minus_w_error():
    """On 3.12 every Host action warns about utcfromtimestamp; this engine runs no Host action."""
    done = run_python(
        """
        import warnings
        warnings.simplefilter("error")
        from gevoeligheid import evaluate
        print(evaluate({"facts": {"subsidie": True}}).classification)
        """
    )
    assert (done.returncode, done.stdout.strip()) == (0, "attention"), done.stderr


def memory_growth_kib(setup: str, step: str, warm_up: int, count: int) -> int:
    """How much the resident memory of a fresh interpreter grows over `count` runs of `step`
    (a statement using `i`), after `setup` and `warm_up` runs."""
    code = "\n".join(
        [
            "import gc",
            textwrap.dedent(setup),
            "def rss():",
            "    with open('/proc/self/statm') as handle:",
            "        return int(handle.read().split()[1]) * 4096",
            f"for i in range({warm_up}):",
            f"    {step}",
            "gc.collect()",
            "start = rss()",
            f"for i in range({count}):",
            f"    {step}",
            "gc.collect()",
            "print((rss() - start) // 1024)",
        ]
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


def test_memory_is_flat_over_100000_evaluations():
    setup = """
        from gevoeligheid._evaluate import evaluator_for
        evaluator = evaluator_for(None)
        engine = evaluator.durable
        messages = [evaluator.compiled.message({"media_aandacht": "regionaal", "subsidie": bool(i % 2), "ondermijning": i % 3 == 0}) for i in range(10)]
    """  # noqa: E501
    grown_kib = memory_growth_kib(setup, "engine.match(messages[i % 10])", 10_000, 100_000)
    assert grown_kib < 4096, f"memory grew {grown_kib} KiB over 100,000 evaluations"


@pytest.mark.slow  # 100,000 whole results take about 15 s
def test_memory_is_flat_over_100000_whole_evaluations():
    """Whole results, not just the matching pass: the caches of shared parts stay bounded."""
    setup = """
        import random
        from gevoeligheid._evaluate import evaluator_for
        evaluator = evaluator_for(None)
        facts = list(evaluator.ruleset.facts.values())
        rnd = random.Random(11)
        def dossier():
            out = {}
            for fact in facts:
                pick = rnd.random()
                if pick < 0.3:
                    continue
                if fact.type == "bool":
                    out[fact.id] = pick < 0.4
                elif fact.type == "grade":
                    out[fact.id] = rnd.choice(fact.values)
                else:
                    out[fact.id] = rnd.sample(fact.values, rnd.randint(0, 2))
            return evaluator.parse({"facts": out})
        dossiers = [dossier() for _ in range(2_000)]
    """
    step = (
        'evaluator.evaluate(dossiers[i % 2_000], engine="durable" if i % 2 else "reference", '
        'lang="en" if i % 3 else "nl").to_dict()'
    )
    grown_kib = memory_growth_kib(setup, step, 4_000, 100_000)
    assert grown_kib < 8192, f"memory grew {grown_kib} KiB over 100,000 whole evaluations"


def same_result_on_both_engines(dossier):
    durable = evaluate(dossier, engine="durable").to_dict()
    reference = evaluate(dossier, engine="reference").to_dict()
    assert (durable.pop("engine"), reference.pop("engine")) == ("durable", "reference")
    assert durable == reference


@settings(max_examples=1_000)
@given(dossier=compact_dossiers())
def test_durable_and_reference_give_identical_results(dossier):
    """The differential test: 1,000 generated dossiers, byte-identical apart from the engine name
    (10,000 under -m slow; a million in benchmarks/differential.py)."""
    same_result_on_both_engines(dossier)


@pytest.mark.slow
@settings(max_examples=10_000)
@given(dossier=compact_dossiers())
def test_durable_and_reference_give_identical_results_on_10000(dossier):
    same_result_on_both_engines(dossier)


def test_the_engine_reads_only_the_values_that_are_signals(ruleset):
    """A fact at its lowest value is left out of the message; the same rules match without it."""
    compiled = Evaluator(ruleset).compiled
    members = compiled.message(
        {
            "subsidie": False,
            "media_aandacht": "geen",
            "afbreukrisico": (),
            "incident": "buiten_locatie",
            "brzo_bevi": None,
        }
    )
    assert members == ',"f34":2'  # incident is the 35th fact
    assert json.loads("{" + members[1:] + "}") == {"f34": 2}
