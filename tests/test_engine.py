"""The durable-rules engine: each pitfall of shared/notes/durable-rules.md has a regression test,
and the engine agrees with the reference evaluator."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings

from gevoeligheid import EngineError, evaluate
from gevoeligheid._durable_loader import load_durable_rules_engine
from gevoeligheid.compile import CATCH_ALL, KIND
from gevoeligheid.engine import DurableEngine
from gevoeligheid.evaluate import Evaluator, evaluator_for

from .strategies import compact_dossiers

durable_rules_engine = load_durable_rules_engine()  # what 3.13 lacks supplied first


def run_python(code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run code in a fresh interpreter: a crash of the C engine must fail a test, not the run."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=timeout)


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
        from gevoeligheid.render import to_json
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
        """
    )
    assert (done.returncode, done.stdout.strip()) == (0, "errors []"), done.stderr


def test_sessions_are_deleted_so_more_than_1024_evaluations_work(ruleset):
    """durable-rules refuses the 1,025th live session of a rule set."""
    compiled = Evaluator(ruleset).compiled
    engine = DurableEngine(compiled)
    for number in range(3000):
        engine.match(compiled.message({"subsidie": bool(number % 2)}))


def test_an_engine_failure_is_surfaced_and_the_session_still_deleted(ruleset, monkeypatch):
    compiled = Evaluator(ruleset).compiled
    engine = DurableEngine(compiled)
    subsidie = compiled.message({"subsidie": True})
    real = durable_rules_engine.complete_and_start_action
    deleted = []
    real_delete = durable_rules_engine.delete_state

    def broken(handle, state):
        raise durable_rules_engine.error("simulated failure")

    def counting_delete(handle, sid):
        deleted.append(sid)
        return real_delete(handle, sid)

    monkeypatch.setattr(durable_rules_engine, "complete_and_start_action", broken)
    monkeypatch.setattr(durable_rules_engine, "delete_state", counting_delete)
    with pytest.raises(EngineError, match="simulated failure"):
        engine.match(subsidie, "OD-1")
    assert deleted == ["0"]
    monkeypatch.setattr(durable_rules_engine, "complete_and_start_action", real)
    assert engine.match(subsidie) != frozenset()


def test_a_rule_that_matches_the_state_message_does_not_loop_forever():
    """A `$nex`-only rule fires on the engine's own state under the Host; here the loop is bounded."""
    done = run_python(
        """
        import json
        from gevoeligheid.engine import durable_rules_engine as dre  # loaded as 3.13 needs
        from gevoeligheid.engine import DurableEngine
        from gevoeligheid.evaluate import evaluator_for
        engine = DurableEngine(evaluator_for(None).compiled)
        definition = {"_altijd": {"all": [{"m": {"kind": "dossier"}}], "pri": 1},
                      "loops": {"all": [{"m": {"$nex": {"zzz": 1}}}], "pri": 2}}
        engine._handle = dre.create_ruleset("loops", json.dumps(definition))
        engine._index["loops"] = 0
        try:
            engine.match("", "x")
        except Exception as error:
            print(type(error).__name__)
        print("returned")
        """,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.strip().endswith("returned"), done.stderr


def test_or_fires_once_per_branch_but_a_signal_counts_once():
    """afbreukrisico with every word is one $or that is true five times: still one signal."""
    result = evaluate({"facts": {"afbreukrisico": ["bestuurlijk", "juridisch", "financieel", "politiek", "persoonlijk"]}})
    assert [signal.id for signal in result.signals] == ["afbreukrisico"]
    assert [reason.rule for reason in result.reasons].count("kop_afbreukrisico") == 1


def test_the_same_dossier_twice_is_not_seen_before():
    """Facts are asserted with a new session id each time, never as a duplicate of an earlier one."""
    dossier = {"facts": {"gedoogverzoek": True}}
    assert evaluate(dossier).to_dict() == evaluate(dossier).to_dict()


def test_two_evaluators_of_one_rule_set_coexist(ruleset):
    """durable-rules cannot register a name twice: each engine registers under a new one."""
    first, second = Evaluator(ruleset), Evaluator(ruleset)
    assert first.evaluate({"facts": {"subsidie": True}}).to_dict() == second.evaluate({"facts": {"subsidie": True}}).to_dict()


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
        from gevoeligheid.evaluate import evaluator_for
        evaluator = evaluator_for(None)
        engine = evaluator.durable
        messages = [evaluator.compiled.message({"media_aandacht": "regionaal", "subsidie": bool(i % 2), "ondermijning": i % 3 == 0}) for i in range(10)]
    """
    grown_kib = memory_growth_kib(setup, "engine.match(messages[i % 10])", 10_000, 100_000)
    assert grown_kib < 4096, f"memory grew {grown_kib} KiB over 100,000 evaluations"


def test_memory_is_flat_over_100000_whole_evaluations():
    """Whole results, not just the matching pass: the caches of shared parts stay bounded."""
    setup = """
        import random
        from gevoeligheid.evaluate import evaluator_for
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
    step = 'evaluator.evaluate(dossiers[i % 2_000], engine="durable" if i % 2 else "reference", lang="en" if i % 3 else "nl").to_dict()'
    grown_kib = memory_growth_kib(setup, step, 4_000, 100_000)
    assert grown_kib < 8192, f"memory grew {grown_kib} KiB over 100,000 whole evaluations"


@settings(max_examples=10_000)
@given(dossier=compact_dossiers())
def test_durable_and_reference_give_identical_results(dossier):
    """The differential test: 10,000 generated dossiers, byte-identical apart from the engine name."""
    durable = evaluate(dossier, engine="durable").to_dict()
    reference = evaluate(dossier, engine="reference").to_dict()
    assert (durable.pop("engine"), reference.pop("engine")) == ("durable", "reference")
    assert durable == reference


def test_the_engine_reads_only_the_values_that_are_signals(ruleset):
    """A fact at its lowest value is left out of the message; the same rules match without it."""
    compiled = Evaluator(ruleset).compiled
    members = compiled.message({"subsidie": False, "media_aandacht": "geen", "afbreukrisico": (), "incident": "buiten_locatie", "brzo_bevi": None})
    assert ',"f_incident":2' == members
    assert json.loads("{" + members[1:] + "}") == {"f_incident": 2}
