"""The command line end to end, against references measured in the same run.

1. Cold start: `gevoelig check one.json` against a bare `python -c pass` (goal: at most 12x).
2. Throughput: `gevoelig check -f jsonl` over 10,000 dossier files and over a 100,000-line JSON
   Lines file, streamed (goal: at least 5,000 dossiers/s end to end), with peak memory.
Run: python benchmarks/bench_cli.py [--files N] [--lines N] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realistic import realistic_dossiers

ROOT = Path(__file__).resolve().parents[1]
GEVOELIG = str(Path(sys.executable).parent / "gevoelig")


def fastest(command: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


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
        done = subprocess.run([sys.executable, "-c", _PEAK, *command], check=True, stdout=output, stderr=subprocess.PIPE)
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
    parser.add_argument("--runs", type=int, default=10, help="cold-start runs; the fastest counts")
    parser.add_argument("--jobs", type=int, default=0, help="--jobs for gevoelig check (0: its default)")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each batch; the fastest counts (this machine is shared)")
    args = parser.parse_args()
    example = str(ROOT / "examples" / "03-seveso-plant-fire-smoke-plume.json")

    bare = fastest([sys.executable, "-c", "pass"], args.runs)
    cold = fastest([GEVOELIG, "check", "-f", "json", example], args.runs)
    print(f"cold start: python -c pass {bare * 1000:.0f} ms; gevoelig check one.json {cold * 1000:.0f} ms; "
          f"ratio {cold / bare:.1f}x (goal: at most 12x) {'met' if cold / bare <= 12 else 'NOT met'}")

    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "dossiers"
        folder.mkdir()
        dossiers = realistic_dossiers(max(args.files, 1))
        for number, dossier in enumerate(dossiers[: args.files]):
            (folder / f"{number:06d}.json").write_text(json.dumps(dossier, ensure_ascii=False), encoding="utf-8")
        seconds, lines, _ = fastest_run([GEVOELIG, "check", "-f", "jsonl", *jobs, str(folder)], args.repeats)
        assert lines == args.files, (lines, args.files)
        rate = lines / seconds
        print(f"{args.files:,} files:       {seconds:6.2f} s, {rate:8,.0f} dossiers/s (goal: at least 5,000) {'met' if rate >= 5000 else 'NOT met'}")

        jsonl = Path(tmp) / "batch.jsonl"
        with jsonl.open("w", encoding="utf-8") as handle:
            for number in range(args.lines):
                handle.write(json.dumps(dossiers[number % len(dossiers)], ensure_ascii=False) + "\n")
        seconds, lines, peak = fastest_run([GEVOELIG, "check", "-f", "jsonl", *jobs, str(jsonl)], args.repeats)
        assert lines == args.lines, (lines, args.lines)
        rate = lines / seconds
        print(f"{args.lines:,} JSON lines: {seconds:6.2f} s, {rate:8,.0f} dossiers/s (goal: at least 5,000) {'met' if rate >= 5000 else 'NOT met'}; "
              f"peak memory {peak / 1024:.0f} MiB")
        small = Path(tmp) / "small.jsonl"
        small.write_text("".join(jsonl.read_text(encoding="utf-8").splitlines(keepends=True)[: args.lines // 10]), encoding="utf-8")
        _, _, small_peak = timed_run([GEVOELIG, "check", "-f", "jsonl", *jobs, str(small)])
        print(f"peak memory at {args.lines // 10:,} lines vs {args.lines:,} lines: {small_peak / 1024:.0f} MiB vs {peak / 1024:.0f} MiB (flat: streamed)")


if __name__ == "__main__":
    main()
