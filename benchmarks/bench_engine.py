"""Time per dossier and dossiers/s of the durable engine against the reference
evaluator, in one run.

Goals (issue "faster than the Rust engine", item 2): a whole result on the durable engine in at
most 1.2x the reference evaluator's time, and at most 0.6x zen-engine's decision (measured in
one run with zen-engine by the peers' benchmark, bench_peers.py; not here). Also: the whole result
with the policy's tables and without them (walking the conditions, as before the tables), and with
--memory N, the resident memory over N whole evaluations of distinct dossiers (flat: the shared
parts' caches are bounded).
Run: python benchmarks/bench_engine.py [--count N] [--repeats N] [--memory N]
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import attrs
from realistic import iter_realistic_dossiers, realistic_dossiers

from gevoeligheid import _reference as reference
from gevoeligheid._evaluate import Evaluator, dossier_data, evaluator_for
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
    parser.add_argument(
        "--repeats", type=int, default=5, help="runs of each measurement; the fastest counts"
    )
    parser.add_argument(
        "--memory",
        type=int,
        default=0,
        help="also measure resident memory over this many whole evaluations (e.g. 1000000)",
    )
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
    plain = [dossier_data(dossier) for dossier in dossiers]  # as a caller's dicts, the peers' input
    for name in ("durable", "reference"):
        seconds = best_of(
            args.repeats,
            lambda: [evaluator.evaluate(dossier, engine=name) for dossier in plain],  # noqa: B023 - called here, in this turn of the loop
        )
        full[name] = seconds / len(dossiers)
        rows.append((f"evaluate(engine={name!r}), whole result", full[name]))
    walking = Evaluator(evaluator.ruleset)
    walking.compiled = attrs.evolve(walking.compiled, tables=None)
    for dossier in plain[:200]:
        walking.evaluate(dossier)
    without_tables = best_of(
        args.repeats, lambda: [walking.evaluate(dossier) for dossier in plain]
    ) / len(dossiers)
    rows.append(("  the same (durable) without the policy's tables", without_tables))
    match_durable = best_of(
        args.repeats, lambda: [engine.match(message) for message in messages]
    ) / len(dossiers)
    match_reference = best_of(
        args.repeats, lambda: [reference.match(compiled, mask) for mask in masks]
    ) / len(dossiers)
    rows.append(("matching pass only, durable-rules", match_durable))
    rows.append(("matching pass only, reference", match_reference))

    print(
        f"gevoeligheid engine benchmark: {len(dossiers)} realistic dossiers, best of "
        f"{args.repeats}, Python {platform.python_version()}"
    )
    print(f"{'what':48} {'per dossier':>12} {'dossiers/s':>11}")
    for label, seconds in rows:
        print(f"{label:48} {seconds * 1e6:9.1f} us {1 / seconds:11,.0f}")
    ratio = full["durable"] / full["reference"]
    print(
        f"ratio durable/reference, whole result:     {ratio:.2f}x   (goal: at most 1.2x)  "
        f"{'met' if ratio <= 1.2 else 'NOT met'}"
    )
    print(f"ratio durable/reference, matching only:    {match_durable / match_reference:.2f}x")
    print(
        "against zen-engine (goal: at most 0.6x its decision): bench_peers.py, which runs "
        "zen-engine in the same run"
    )
    rate = 1 / full["durable"]
    print(f"durable dossiers/s in one process:         {rate:,.0f}")
    if args.memory:
        memory(evaluator, args.memory)


def resident_mib() -> float:
    with open("/proc/self/statm", "rb") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def memory(evaluator, count: int) -> None:
    """Resident memory over `count` whole evaluations of distinct dossiers, at each tenth."""
    marks = [resident_mib()]
    started = time.perf_counter()
    for number, dossier in enumerate(
        iter_realistic_dossiers(count, seed=7, distinct=True), start=1
    ):
        evaluator.evaluate(dossier)
        if number % max(count // 10, 1) == 0:
            marks.append(resident_mib())
    seconds = time.perf_counter() - started
    print(
        f"resident memory over {count:,} whole evaluations (distinct dossiers, {seconds:.0f} s): "
        + " ".join(f"{mark:.0f}" for mark in marks)
        + f" MiB; growth after the first tenth {marks[-1] - marks[1]:+.1f} MiB"
    )


if __name__ == "__main__":
    main()
