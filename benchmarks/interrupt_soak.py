"""Ctrl-C on a 200,000-line batch, again and again: how often `gevoelig check` stops as promised.

Each run starts the installed console script as a terminal starts it, waits until a random number
of results is out (so that the signal lands at a different moment each time), sends the signal
to the process group and checks what tests/test_interrupts.py checks: status 130 (143 for
SIGTERM) within 2 s, no traceback, no process left behind, whole lines in input order, and a
summary that adds up to the batch. With `--signal worker` it kills a worker process instead
(status 5). Exits 1 when any run failed.
Run: python benchmarks/interrupt_soak.py [--runs 20] [--jobs 2] [--signal
INT|TERM|worker] [--lines 200000]
"""

from __future__ import annotations

import argparse
import random
import signal
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.processes import Running, big_batch, problems


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--jobs", default="2", help="--jobs for gevoelig check")
    parser.add_argument(
        "--signal",
        choices=["INT", "TERM", "worker"],
        default="INT",
        help="the signal to send, or `worker`: kill a worker process instead",
    )
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=None, help="for the moments the signal is sent")
    args = parser.parse_args()
    signum = getattr(signal, f"SIG{args.signal}", None)
    status, why = (
        (5, "een werkproces is onverwacht gestopt")
        if signum is None
        else (128 + signum, f"onderbroken door {signum.name}")
    )
    what = "a killed worker" if signum is None else signum.name
    moments = random.Random(args.seed)
    passed, seconds = 0, []
    with tempfile.TemporaryDirectory() as folder:
        batch = big_batch(Path(folder), args.lines)
        for number in range(1, args.runs + 1):
            run = Running("check", "-f", "jsonl", "--jobs", args.jobs, str(batch))
            run.wait_for_lines(moments.randint(1, 20_000))
            if signum is None:
                run.kill_a_worker()
            else:
                run.send(signum)
            found = problems(run, status=status, why=why, batch=batch, lines=args.lines, within=2.0)
            seconds.append(run.finish())
            passed += not found
            print(
                (
                    f"run {number:2}: {'ok' if not found else 'FAILED'}, stopped {seconds[-1]:.2f} "
                    f"s after {what}"
                )
                + "".join(f"\n    {problem}" for problem in found),
                flush=True,
            )
    print(
        f"{passed} of {args.runs} runs passed (--jobs {args.jobs}, {what}, {args.lines:,} lines); "
        f"time to exit after it: median {statistics.median(seconds):.2f} s, longest "
        f"{max(seconds):.2f} s"
    )
    sys.exit(0 if passed == args.runs else 1)


if __name__ == "__main__":
    main()
