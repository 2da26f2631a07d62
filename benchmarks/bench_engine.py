"""Time per dossier and dossiers/s of the durable engine against the reference evaluator, in one run.

Goals (issue 2): the durable engine at most 3x the reference evaluator's time per dossier, and at
least 10,000 dossiers/s in one process. Run: python benchmarks/bench_engine.py [--count N]
"""

from __future__ import annotations

import argparse
import gc
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realistic import realistic_dossiers

from gevoeligheid import _reference as reference
from gevoeligheid._evaluate import evaluator_for
from gevoeligheid._events import apply_events


def best_of(repeats: int, work) -> float:
    """The fastest of several runs: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000, help="dossiers per run (default 5000)")
    parser.add_argument("--repeats", type=int, default=5, help="runs of each measurement; the fastest counts")
    args = parser.parse_args()
    evaluator = evaluator_for(None)
    dossiers = [evaluator.parse(dossier) for dossier in realistic_dossiers(args.count)]
    compiled = evaluator.compiled
    values = [apply_events(evaluator.ruleset, dossier)[0] for dossier in dossiers]
    messages = [compiled.message(value) for value in values]
    masks = [compiled.mask(value) for value in values]
    engine = evaluator.durable
    for dossier in dossiers[:200]:  # warm up both paths
        evaluator.evaluate(dossier)
        evaluator.evaluate(dossier, engine="reference")

    rows = []
    full = {}
    for name in ("durable", "reference"):
        seconds = best_of(args.repeats, lambda: [evaluator.evaluate(dossier, engine=name) for dossier in dossiers])  # noqa: B023 - called here, in this turn of the loop
        full[name] = seconds / len(dossiers)
        rows.append((f"evaluate(engine={name!r}), whole result", full[name]))
    match_durable = best_of(args.repeats, lambda: [engine.match(message) for message in messages]) / len(dossiers)
    match_reference = best_of(args.repeats, lambda: [reference.match(compiled, mask) for mask in masks]) / len(dossiers)
    rows.append(("matching pass only, durable-rules", match_durable))
    rows.append(("matching pass only, reference", match_reference))

    print(f"gevoeligheid engine benchmark: {len(dossiers)} realistic dossiers, best of {args.repeats}, Python {platform.python_version()}")
    print(f"{'what':48} {'per dossier':>12} {'dossiers/s':>11}")
    for label, seconds in rows:
        print(f"{label:48} {seconds * 1e6:9.1f} us {1 / seconds:11,.0f}")
    ratio = full["durable"] / full["reference"]
    print(f"ratio durable/reference, whole result:     {ratio:.2f}x   (goal: at most 3x)  {'met' if ratio <= 3 else 'NOT met'}")
    print(f"ratio durable/reference, matching only:    {match_durable / match_reference:.2f}x")
    rate = 1 / full["durable"]
    print(f"durable dossiers/s in one process:         {rate:,.0f}   (goal: at least 10,000)  {'met' if rate >= 10_000 else 'NOT met'}")


if __name__ == "__main__":
    main()
