"""The command line end to end, against references measured in the same run.

1. Cold start: `gevoelig check -f json one.json` against a bare `python -c pass` (goal: at most
   8x in CPU time, the user's and the system's, which a shared machine disturbs less than the
   wall clock; the wall clock's ratio is printed beside it), in pairs run back to back (in
   alternating order, so that a busy minute weighs on both): the ratio of the median CPU times,
   and the median of the pairs' wall-clock ratios with their quartiles and extremes. Both run as an
   installed package does: with its bytecode compiled (the run before the measured ones writes it,
   also where PYTHONDONTWRITEBYTECODE is set) and the rule files in the user's cache; once more with
   GEVOELIG_NO_CACHE=1, for comparison.
2. Throughput: `gevoelig check -f jsonl` over 10,000 dossier files and over a 100,000-line JSON
   Lines file, streamed (goal: at least 5,000 dossiers/s end to end), with peak memory.
Run: python benchmarks/bench_cli.py [--files N] [--lines N] [--jobs N] [--cold-only]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realistic import realistic_dossiers

ROOT = Path(__file__).resolve().parents[1]
GEVOELIG = str(Path(sys.executable).parent / "gevoelig")
GOAL = 8  # the cold start's goal: at most this many times `python -c pass`


def timed_child(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time and CPU time (user and system) of one run of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def quartiles(values: list[float]) -> tuple[float, float, float]:
    first, median, third = statistics.quantiles(values, n=4, method="inclusive")
    return first, median, third


def cold_start(runs: int, example: str) -> None:
    """The cold start against `python -c pass`, in pairs (see the module's docstring)."""
    bare = [sys.executable, "-c", "pass"]
    check = [GEVOELIG, "check", "-f", "json", example]
    installed = {
        key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"
    }
    subprocess.run(
        check, check=True, stdout=subprocess.DEVNULL, env=installed
    )  # bytecode and rule cache written
    for label, env in (
        ("with the rule cache", installed),
        ("GEVOELIG_NO_CACHE=1", {**installed, "GEVOELIG_NO_CACHE": "1"}),
    ):
        pairs = []
        for number in range(runs):
            first, second = (bare, check) if number % 2 == 0 else (check, bare)
            one, other = timed_child(first, env), timed_child(second, env)
            pairs.append((one, other) if first is bare else (other, one))
        ratios = [command[0] / reference[0] for reference, command in pairs]
        low, median, high = quartiles(ratios)
        wall = [statistics.median(pair[index][0] for pair in pairs) * 1000 for index in (0, 1)]
        cpu = [statistics.median(pair[index][1] for pair in pairs) * 1000 for index in (0, 1)]
        cpu_ratio = cpu[1] / cpu[0]
        goal = (
            f"; goal (issue 24): at most {GOAL}x in CPU time, "
            f"{'met' if cpu_ratio <= GOAL else 'NOT met'}"
            if env is installed
            else ""
        )
        print(
            f"cold start {label}, {runs} pairs: gevoelig check one.json / python -c pass = "
            f"{cpu_ratio:.2f}x in median CPU time ({cpu[1]:.0f} vs {cpu[0]:.0f} ms){goal}; "
            f"wall time {median:.2f}x median of the pairs' ratios, quartiles "
            f"{low:.2f}-{high:.2f}x, "
            f"extremes {min(ratios):.2f}-{max(ratios):.2f}x, median {wall[1]:.0f} vs {wall[0]:.0f} "
            "ms"
        )


# A fresh interpreter runs the command and reports the peak memory of it and its workers alone.
_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)"
)


def timed_run(command: list[str]) -> tuple[float, int, int]:
    """Wall time, output lines and the peak resident memory (KiB) of one run.

    The output goes to a file, as a batch's would: read into this process, 900 MB of JSON Lines
    would cost this process as much as the run it measures, on the same two cores.
    """
    with tempfile.TemporaryFile() as output:
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _PEAK, *command],
            check=True,
            stdout=output,
            stderr=subprocess.PIPE,
        )
        seconds = time.perf_counter() - start
        output.seek(0)
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: output.read(1 << 20), b""))
    peak = int(done.stderr.decode().strip().splitlines()[-1])
    return seconds, lines, peak


def fastest_run(command: list[str], repeats: int) -> tuple[float, int, int]:
    """The fastest of `repeats` runs, as for the cold start: the least disturbed by the machine."""
    return min(timed_run(command) for _ in range(max(repeats, 1)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument(
        "--runs", type=int, default=40, help="cold-start pairs (python -c pass, gevoelig check)"
    )
    parser.add_argument("--cold-only", action="store_true", help="measure the cold start only")
    parser.add_argument(
        "--jobs", type=int, default=0, help="--jobs for gevoelig check (0: its default)"
    )
    parser.add_argument(
        "--repeats",
        type=int,
        default=3,
        help="runs of each batch; the fastest counts (this machine is shared)",
    )
    args = parser.parse_args()
    example = str(ROOT / "examples" / "03-seveso-plant-fire-smoke-plume.json")

    cold_start(args.runs, example)
    if args.cold_only:
        return

    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "dossiers"
        folder.mkdir()
        dossiers = realistic_dossiers(max(args.files, 1))
        for number, dossier in enumerate(dossiers[: args.files]):
            (folder / f"{number:06d}.json").write_text(
                json.dumps(dossier, ensure_ascii=False), encoding="utf-8"
            )
        seconds, lines, _ = fastest_run(
            [GEVOELIG, "check", "-f", "jsonl", *jobs, str(folder)], args.repeats
        )
        assert lines == args.files, (lines, args.files)
        rate = lines / seconds
        print(
            f"{args.files:,} files:       {seconds:6.2f} s, {rate:8,.0f} dossiers/s (goal: at "
            f"least 5,000) {'met' if rate >= 5000 else 'NOT met'}"
        )

        jsonl = Path(tmp) / "batch.jsonl"
        with jsonl.open("w", encoding="utf-8") as handle:
            for number in range(args.lines):
                handle.write(
                    json.dumps(dossiers[number % len(dossiers)], ensure_ascii=False) + "\n"
                )
        seconds, lines, peak = fastest_run(
            [GEVOELIG, "check", "-f", "jsonl", *jobs, str(jsonl)], args.repeats
        )
        assert lines == args.lines, (lines, args.lines)
        rate = lines / seconds
        print(
            f"{args.lines:,} JSON lines: {seconds:6.2f} s, {rate:8,.0f} dossiers/s (goal: at least "
            f"5,000) {'met' if rate >= 5000 else 'NOT met'}; "
            f"peak memory {peak / 1024:.0f} MiB"
        )
        small = Path(tmp) / "small.jsonl"
        small.write_text(
            "".join(
                jsonl.read_text(encoding="utf-8").splitlines(keepends=True)[: args.lines // 10]
            ),
            encoding="utf-8",
        )
        _, _, small_peak = timed_run([GEVOELIG, "check", "-f", "jsonl", *jobs, str(small)])
        print(
            f"peak memory at {args.lines // 10:,} lines vs {args.lines:,} lines: "
            f"{small_peak / 1024:.0f} MiB vs {peak / 1024:.0f} MiB (flat: streamed)"
        )


if __name__ == "__main__":
    main()
