"""gevoeligheid beside the engines a user would pick instead, on the same policy
and the same dossiers.

    pip install '.[bench]'                       # zen-engine and panzi-json-logic, for this benchmark only
    python benchmarks/bench_peers.py [--count 5000] [--repeats 7] [--dump DIR]
    python -m pytest -q tests/test_peers.py      # the generated peers still agree (skipped without them)

The peers are generated from the compiled rule set (benchmarks/peers/), never written by hand, so
they stay the same policy: the zen-engine row evaluates a GoRules JDM decision graph (an expression
node with a step per signal weight, per rule and per level, then a node that shapes the decision)
through `ZenEngine.evaluate` with the graph in its static loader; the panzi-json-logic row applies
the same steps as JSON Logic rules, each result stored for the rules after it. `--dump DIR` writes
both, to read them or to open the graph in the GoRules editor.

What is timed, per dossier, and which rows compare:
- decision only (the unit the peers compute): from the dossier's effective facts (its answers,
  raised by its events, as gevoeligheid derives them before any row is timed) to the decision:
  classification, escalation, the roles to inform, the rules that fired, the signals and the
  score. For gevoeligheid that is `Compiled.encode`, the matching pass (durable-rules, or the
  reference evaluator) and `_policy.decide`, the same internal calls `evaluate()` makes;
- whole result: the public `evaluate(dossier, engine=...)` from the dossier as a dict: parsing
  and checking it, the events, the decision, and what the peers do not make at all: the reasons,
  the open questions with the level each could raise to, the worst case, the actions, the
  escalation ground.
Before anything is timed, every row's decision is compared with gevoeligheid's (durable-rules,
decision only) on every dossier; the first disagreement stops the run with the dossier and both
decisions (exit status 1). The rows are interleaved, taking turns on slices of `--slice` dossiers
(500: long enough for each engine's caches to warm up again), so that what else runs on the
machine falls on every row alike; each row reports the median of its
repeats, their spread, and the CPU time of the process (less disturbed than the wall clock on a
shared machine). `x zen` divides by the zen-engine row; `x reference` by the reference
evaluator's row of the same unit. The goals (issue 24: the whole result on durable-rules at most
0.6x zen-engine's decision and at most 1.1x the reference engine's whole result) are printed last,
one line each, as ratios of CPU time taken within each repeat, with their spread.

`ZenDecision.evaluate` (from `create_decision`) is zen-engine's other way in, and a slow one: it
builds a tokio runtime on every call. `--zen-decision` adds it as a row of its own.
"""  # noqa: E501

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import platform
import statistics
import sys
import time
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peers import (
    JsonLogicPeer,
    ZenPeer,
    decision_of,
    facts_input,
    json_logic_program,
    normalise,
    program_of,
    result_decision,
)
from realistic import realistic_dossiers

from gevoeligheid import _policy, _reference, evaluate, load_ruleset
from gevoeligheid._evaluate import Evaluator
from gevoeligheid._events import apply_events

INSTALL_HINT = (
    "install the benchmark's peers first: pip install '.[bench]' (zen-engine, panzi-json-logic)"
)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=5000, help="realistic dossiers (default 5000)")
    parser.add_argument(
        "--repeats", type=int, default=7, help="timed runs of each row, interleaved (default 7)"
    )
    parser.add_argument(
        "--slice",
        type=int,
        default=500,
        help="dossiers a row times in one go before the next row's turn (default 500)",
    )
    parser.add_argument(
        "--peildatum",
        default="2026-12-01",
        help="the day of assessment for every dossier (default 2026-12-01)",
    )
    parser.add_argument(
        "--zen-decision",
        action="store_true",
        help="add a row for zen-engine through ZenDecision.evaluate",
    )
    parser.add_argument(
        "--dump",
        type=Path,
        help="write the zen-engine graph and the JSON Logic program into this folder",
    )
    args = parser.parse_args()
    try:
        import json_logic  # noqa: F401
        import zen  # noqa: F401
    except ImportError as error:
        print(f"bench_peers: the module '{error.name}' is missing; {INSTALL_HINT}", file=sys.stderr)
        return 2

    day = datetime.date.fromisoformat(args.peildatum)
    ruleset = load_ruleset(peildatum=day)
    evaluator = Evaluator(ruleset)
    compiled = evaluator.compiled
    durable = evaluator.durable
    if durable is None:
        print(
            "bench_peers: durable-rules cannot be loaded here; the benchmark needs both engines",
            file=sys.stderr,
        )
        return 2
    program = program_of(compiled)
    zen_peer, logic_peer = ZenPeer(program), JsonLogicPeer(program)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        (args.dump / "gevoeligheid.jdm.json").write_text(
            json.dumps(zen_peer.graph, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (args.dump / "gevoeligheid.jsonlogic.json").write_text(
            json.dumps(json_logic_program(program), indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )

    dossiers = realistic_dossiers(args.count)
    values = [apply_events(ruleset, evaluator.parse(dossier), "nl", day)[0] for dossier in dossiers]
    facts = [facts_input(value) for value in values]

    def decide_durable(value):
        return _policy.decide(compiled, value, durable.match(compiled.encode(value)[1]))

    def decide_reference(value):
        return _policy.decide(
            compiled, value, _reference.match(compiled, compiled.encode(value)[0])
        )

    def whole(engine):
        return lambda dossier: evaluate(dossier, ruleset=ruleset, engine=engine, peildatum=day)

    # (label, unit, the call, its inputs, its answer as the decision's fields)
    rows = [
        (
            'gevoeligheid evaluate(engine="durable")',
            "whole result",
            whole("durable"),
            dossiers,
            result_decision,
        ),
        (
            'gevoeligheid evaluate(engine="reference")',
            "whole result",
            whole("reference"),
            dossiers,
            result_decision,
        ),
        (
            "gevoeligheid durable-rules",
            "decision",
            decide_durable,
            values,
            lambda decision: decision_of(compiled, decision),
        ),
        (
            "gevoeligheid reference evaluator",
            "decision",
            decide_reference,
            values,
            lambda decision: decision_of(compiled, decision),
        ),
        (
            f"zen-engine {metadata.version('zen-engine')}",
            "decision",
            zen_peer.decide,
            facts,
            normalise,
        ),
        (
            f"panzi-json-logic {metadata.version('panzi-json-logic')}",
            "decision",
            logic_peer.decide,
            facts,
            normalise,
        ),
    ]
    if args.zen_decision:
        rows.append(
            (
                "zen-engine, ZenDecision.evaluate",
                "decision",
                zen_peer.decide_by_decision,
                facts,
                normalise,
            )
        )

    # Agreement first (this is also every row's warm-up): all rows give the same
    # decision on every dossier.
    expected = [decision_of(compiled, decide_durable(value)) for value in values]
    agreed = {}
    for label, _, call, inputs, answer in rows:
        for index, (item, want) in enumerate(zip(inputs, expected)):
            got = answer(call(item))
            if got != want:
                print(
                    (
                        f"bench_peers: {label} disagrees with gevoeligheid on dossier {index} "
                        f"({dossiers[index].get('id')}):"
                    ),
                    file=sys.stderr,
                )
                print(
                    f"  dossier:         {json.dumps(dossiers[index], ensure_ascii=False)}",
                    file=sys.stderr,
                )
                print(
                    f"  effective facts: {json.dumps(facts[index], ensure_ascii=False)}",
                    file=sys.stderr,
                )
                print(f"  gevoeligheid:    {json.dumps(want, ensure_ascii=False)}", file=sys.stderr)
                print(f"  {label}: {json.dumps(got, ensure_ascii=False)}", file=sys.stderr)
                return 1
        agreed[label] = len(inputs)

    load_before = os.getloadavg()
    wall: dict[str, list[float]] = {row[0]: [] for row in rows}
    cpu: dict[str, list[float]] = {row[0]: [] for row in rows}
    for repeat in range(args.repeats):
        # Each repeat goes through the dossiers in slices, every row taking its turn on a slice
        # before the next one: a busy second on the machine then falls on all rows alike, and the
        # ratios within a repeat compare like with like.
        spent = {label: [0.0, 0.0] for label in wall}
        gc.collect()
        for start in range(0, len(dossiers), args.slice):
            turn = start // args.slice + repeat
            for label, _, call, inputs, _ in rows[turn % len(rows) :] + rows[: turn % len(rows)]:
                items = inputs[start : start + args.slice]
                start_wall, start_cpu = time.perf_counter(), time.process_time()
                for item in items:
                    call(item)
                spent[label][0] += time.perf_counter() - start_wall
                spent[label][1] += time.process_time() - start_cpu
        for label, (seconds, cpu_seconds) in spent.items():
            wall[label].append(seconds / len(dossiers) * 1e6)
            cpu[label].append(cpu_seconds / len(dossiers) * 1e6)
    load_after = os.getloadavg()
    graph_time = statistics.median(zen_peer.graph_microseconds(item) for item in facts)

    median = {label: statistics.median(times) for label, times in wall.items()}
    zen_label = rows[4][0]
    reference_of = {"whole result": rows[1][0], "decision": rows[3][0]}
    print(
        f"gevoeligheid and its peers: {len(dossiers):,} realistic dossiers, rule set "
        f"{ruleset.name} {ruleset.version}, peildatum {day}, "
        f"median of {args.repeats} interleaved repeats, Python {platform.python_version()}, "
        f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after"
    )
    print(
        f"generated program: {len(program.steps)} steps and {len(program.decision)} decision fields"
    )
    header = (
        f"{'engine':44} {'unit':12} {'us/dossier':>10} {'min-max':>15} {'CPU us':>8} "
        f"{'x zen':>7} {'x reference':>11} {'agree':>13}"
    )
    print(header)
    print("-" * len(header))
    for label, unit, _, inputs, _ in rows:
        spread = f"{min(wall[label]):.1f}-{max(wall[label]):.1f}"
        print(
            f"{label:44} {unit:12} {median[label]:10.1f} {spread:>15} "
            f"{statistics.median(cpu[label]):8.1f} "
            f"{median[label] / median[zen_label]:6.2f}x "
            f"{median[label] / median[reference_of[unit]]:10.2f}x "
            f"{agreed[label]:>6,}/{len(inputs):,}"
        )
    whole_durable, whole_reference = rows[0][0], rows[1][0]
    for against, limit in ((zen_label, 0.6), (whole_reference, 1.1)):
        print(goal_line(cpu[whole_durable], cpu[against], against, limit))
    print(
        "zen-engine's own measure of its graph (its `performance` field, once over the dossiers): "
        f"median {graph_time:.1f} us a dossier; "
        "the rest of its row is its Python binding (the facts in, the decision out)"
    )
    return 0


def goal_line(ours: list[float], theirs: list[float], against: str, limit: float) -> str:
    """A goal on the whole result as one line: the CPU time of durable's whole result over
    `against`'s, each repeat's ratio taken within that repeat (what else runs on a shared machine
    then weighs on both), their median and spread."""
    ratios = [mine / other for mine, other in zip(ours, theirs)]
    median = statistics.median(ratios)
    return (
        f"goal: whole result on durable at most {limit}x {against} in CPU time: "
        f"{median:.2f}x (median of {len(ratios)} repeats, {min(ratios):.2f}-{max(ratios):.2f}x) "
        f"{'met' if median <= limit else 'NOT met'}"
    )


if __name__ == "__main__":
    sys.exit(main())
