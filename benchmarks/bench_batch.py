"""A large JSON Lines batch through `gevoelig check -f jsonl --jobs N`, end to end.

Goal: at most 80 µs of CPU a dossier, summed over every process of the command, for 1,000,000
distinct dossiers with --jobs 2; memory flat; output identical to --jobs 1. CPU time rather than
wall time, as other work on a shared machine stretches the one and hardly the other.

It writes N distinct realistic dossiers (benchmarks/realistic.py) to a JSON Lines file (kept
between runs, by count), runs the command with its output to a file or /dev/null, and reports the
wall time, the CPU time of the command and all its processes, and the peak of the SUM of the
resident memory of every process of the command (sampled from /proc every 20 ms), beside the
largest single process. Then it runs the first --sample lines with --jobs 1 and with --jobs N and
compares their output byte for byte.

Run: python benchmarks/bench_batch.py [--count 1000000] [--jobs 2] [--sample 20000] [--output FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realistic import iter_realistic_dossiers

GEVOELIG = str(Path(sys.executable).parent / "gevoelig")
#: The goal: CPU a dossier, every process of the command together (microseconds).
GOAL_US = 80
PAGE = os.sysconf("SC_PAGE_SIZE")


def dossier_file(count: int, folder: Path) -> Path:
    """A JSON Lines file of `count` distinct realistic dossiers, made once per count."""
    path = folder / f"gevoelig-bench-{count}.jsonl"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as handle:
            lines = []
            for dossier in iter_realistic_dossiers(count, distinct=True):
                lines.append(json.dumps(dossier, ensure_ascii=False))
                if len(lines) == 10_000:
                    handle.write("\n".join(lines) + "\n")
                    lines.clear()
            if lines:
                handle.write("\n".join(lines) + "\n")
        partial.replace(path)
        print(
            f"wrote {count:,} dossiers to {path} in {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )
    return path


def descendants(root: int) -> list[int]:
    """`root` and every process below it, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def resident(pid: int) -> int:
    """Resident memory of one process in bytes (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


class Sampler(threading.Thread):
    """The peak of the summed resident memory of a process tree, and of its largest process."""

    def __init__(self, root: int, every: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.root, self.every = root, every
        self.peak_sum = self.peak_one = 0
        self.processes = 0
        self.cpu: dict[int, float] = {}  # the last CPU seconds seen of each process
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            pids = descendants(self.root)
            sizes = [resident(pid) for pid in pids]
            self.peak_sum = max(self.peak_sum, sum(sizes))
            self.peak_one = max(self.peak_one, max(sizes, default=0))
            self.processes = max(self.processes, len(sizes))
            for pid in pids:
                seconds = cpu_seconds(pid)
                if seconds is not None:
                    self.cpu[pid] = seconds
            self.done.wait(self.every)


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU seconds of one process so far, from /proc."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS


TICKS = os.sysconf("SC_CLK_TCK")


def run(command: list[str], output: str) -> tuple[float, float, Sampler]:
    """Wall time, CPU time of the command and its processes, and its memory sampler."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(output, "wb") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)
        sampler = Sampler(process.pid)
        sampler.start()
        _, errors = process.communicate()
        wall = time.perf_counter() - started
    sampler.done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} exited with {process.returncode}: "
            f"{errors.decode(errors='replace')[-2000:]}"
        )
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), sampler


def digest(path: str) -> tuple[str, int]:
    sha, lines = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            sha.update(chunk)
            lines += chunk.count(b"\n")
    return sha.hexdigest(), lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--count", type=int, default=1_000_000, help="distinct dossiers (default 1,000,000)"
    )
    parser.add_argument("--jobs", type=int, default=2, help="--jobs of the timed run (default 2)")
    parser.add_argument(
        "--sample",
        type=int,
        default=20_000,
        help="lines compared between --jobs 1 and --jobs N (default 20,000)",
    )
    parser.add_argument(
        "--output", default=os.devnull, help="where the timed run writes (default /dev/null)"
    )
    parser.add_argument(
        "--folder",
        type=Path,
        default=Path(tempfile.gettempdir()),
        help="where the dossier file is kept",
    )
    args = parser.parse_args()
    source = dossier_file(args.count, args.folder)
    size = source.stat().st_size

    command = [GEVOELIG, "check", "-f", "jsonl", "--jobs", str(args.jobs), str(source)]
    wall, cpu, memory = run(command, args.output)
    print(
        f"gevoelig check -f jsonl --jobs {args.jobs}: {args.count:,} dossiers ({size / 1e6:,.0f} "
        f"MB) in {wall:.1f} s, {args.count / wall:,.0f} dossiers/s"
    )
    per_dossier = cpu / args.count * 1e6
    scope = (
        ""
        if args.count >= 1_000_000 and args.jobs == 2
        else (
            f" (the goal is for 1,000,000 lines with --jobs 2; this was {args.count:,} with "
            f"--jobs {args.jobs})"
        )
    )
    print(
        f"  CPU (user + system, every process): {cpu:.1f} s, {per_dossier:.0f} µs a dossier; "
        f"goal: at most {GOAL_US} µs: {'met' if per_dossier <= GOAL_US else 'NOT met'}{scope}; "
        f"machine load before: {os.getloadavg()[0]:.2f}"
    )
    main_cpu = memory.cpu.get(memory.root, 0.0)
    print(
        "  of which the batch's own process (reading, sending, writing; last seen): "
        f"{main_cpu:.1f} s, the workers {sum(memory.cpu.values()) - main_cpu:.1f} s"
    )
    print(
        f"  peak resident memory, summed over all {memory.processes} processes: "
        f"{memory.peak_sum / 2**20:.0f} MiB (largest one process: {memory.peak_one / 2**20:.0f} "
        "MiB)"
    )
    if args.output != os.devnull:
        sha, lines = digest(args.output)
        print(f"  output: {lines:,} lines, sha256 {sha[:16]}")
        assert lines == args.count, (lines, args.count)

    sample = min(args.sample, args.count)
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / "sample.jsonl"
        with source.open("rb") as handle, part.open("wb") as out:
            for _ in range(sample):
                out.write(handle.readline())
        results = {}
        for jobs in (1, args.jobs):
            output = str(Path(tmp) / f"jobs{jobs}.jsonl")
            seconds, _, _ = run(
                [GEVOELIG, "check", "-f", "jsonl", "--jobs", str(jobs), str(part)], output
            )
            results[jobs] = digest(output)
            print(
                f"  sample of {sample:,} lines with --jobs {jobs}: {seconds:.1f} s, "
                f"{results[jobs][1]:,} lines, sha256 {results[jobs][0][:16]}"
            )
        same = results[1] == results[args.jobs] and results[1][1] == sample
        print(f"  output of --jobs {args.jobs} identical to --jobs 1: {'yes' if same else 'NO'}")
        if not same:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
