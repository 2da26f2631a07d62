"""`gevoelig log impact` on a log of N decisions against a `gevoelig check` batch of N dossiers.

Goal (issue 22): 1,000,000 logged decisions re-run within the time of a batch of 1,000,000 (the
impact evaluates every dossier twice, base and new, so the goal asks the log's reading and the
comparison to cost no more than the batch's JSON output). Both use every core (--jobs 0).

It writes N distinct realistic dossiers (benchmarks/realistic.py, the JSON Lines file of
bench_batch.py, kept between runs), fills a SQLite decision log with one decision each (the
library evaluates and logs them directly, 2,000 a transaction: `check --log` writes one a
transaction and would take longer than the benchmark), then times, with their output to
/dev/null:

  batch:  gevoelig check -f jsonl --jobs 0 FILE.jsonl
  impact: gevoelig log impact --log LOG --peildatum DAY --overlay regio-noord.yaml -f jsonl --jobs 0

and reports both wall times and processor times (user and system, workers included), their
ratios and the largest resident memory of any one process. On a machine that other work shares,
the processor times compare better than the wall times.

Run: python benchmarks/bench_impact.py [--count 1000000] [--day 2026-12-07] [--log PATH]

With --log, the filled log is kept in that SQLite file and used again by the next run with the
same count (filling a million decisions takes longer than both timed commands together).
"""

from __future__ import annotations

import argparse
import datetime
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_batch import dossier_file

ROOT = Path(__file__).resolve().parents[1]
GEVOELIG = str(Path(sys.executable).parent / "gevoelig")


def fill_log(url: str, batch: Path, day: datetime.date) -> int:
    from gevoeligheid import Evaluator, load_ruleset
    from gevoeligheid._decisionlog.entry import RulesetSource, make_entry, result_text
    from gevoeligheid._decisionlog.rulesets import store_for
    from gevoeligheid._decisionlog.store import open_log

    log = open_log(url)
    ruleset = load_ruleset(peildatum=day)
    store_for(log).keep(ruleset, day)
    evaluator = Evaluator(ruleset)
    entries, count = [], 0
    with batch.open(encoding="utf-8") as lines:
        for line in lines:
            data = json.loads(line)
            result = evaluator.evaluate(data, engine="reference", peildatum=day)
            entries.append(
                make_entry(
                    data,
                    result,
                    result_text(result),
                    origin="cli",
                    peildatum=day,
                    source=RulesetSource(),
                )
            )
            if len(entries) == 2000:
                log.append(entries)
                count += len(entries)
                entries = []
    log.append(entries)
    return count + len(entries)


def kept_count(url: str) -> int | None:
    """How many decisions a kept log holds, None when there is none yet."""
    if not Path(url).exists():
        return None
    from gevoeligheid._decisionlog.store import open_log

    log = open_log(url)
    with log._reading(log._connection()) as cursor:
        cursor.execute("SELECT COUNT(*) FROM gevoelig_decisions")
        return int(cursor.fetchone()[0])


def timed(args: list[str]) -> tuple[float, float]:
    """The wall time and the processor time (user and system, of the command and its workers)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if done.returncode not in (0, 1):  # 1: the impact found changes
        raise SystemExit(
            f"{' '.join(args)} failed with status {done.returncode}: {done.stderr.decode()[-500:]}"
        )
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--day", default=datetime.date.today().isoformat())
    parser.add_argument("--log", type=Path, help="keep the filled log in this SQLite file")
    options = parser.parse_args()
    day = datetime.date.fromisoformat(options.day)
    folder = Path(tempfile.gettempdir())
    batch = dossier_file(options.count, folder)
    with tempfile.TemporaryDirectory() as scratch:
        url = str(options.log or Path(scratch) / "decisions.sqlite3")
        logged = kept_count(url) if options.log else None
        if logged != options.count:
            if logged is not None:
                raise SystemExit(f"{url} holds {logged:,} decisions, not {options.count:,}")
            started = time.perf_counter()
            logged = fill_log(url, batch, day)
            print(
                f"logged {logged:,} decisions in {time.perf_counter() - started:.0f} s",
                file=sys.stderr,
            )
        batch_time, batch_cpu = timed(
            [
                GEVOELIG,
                "check",
                "-f",
                "jsonl",
                "--jobs",
                "0",
                "--peildatum",
                day.isoformat(),
                str(batch),
            ]
        )
        impact_time, impact_cpu = timed(
            [
                GEVOELIG,
                "log",
                "impact",
                "--log",
                url,
                "--peildatum",
                day.isoformat(),
                "--overlay",
                str(ROOT / "examples" / "overlays" / "regio-noord.yaml"),
                "-f",
                "jsonl",
                "--jobs",
                "0",
            ]
        )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"batch of {options.count:,}: {batch_time:.1f} s ({batch_cpu:.1f} s of processor); "
        f"log impact of {logged:,}: {impact_time:.1f} s ({impact_cpu:.1f} s of processor); "
        f"impact/batch {impact_time / batch_time:.2f}x wall, {impact_cpu / batch_cpu:.2f}x "
        f"processor; largest process {peak:.0f} MiB"
    )


if __name__ == "__main__":
    main()
