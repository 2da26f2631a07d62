"""Run the console script in a process of its own and measure what it cost: time and peak memory."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs

GEVOELIG = Path(sys.executable).parent / "gevoelig"

# A fresh interpreter waits for the command, so that RUSAGE_CHILDREN holds that one process only
# (pytest's own children would otherwise count), and reports the figures as JSON.
_MEASURE = """
import json, resource, subprocess, sys, time
args, stdin = json.loads(sys.argv[1]), sys.argv[2]
start = time.perf_counter()
with open(stdin or "/dev/null", "rb") as source:
    done = subprocess.run(args, stdin=source, capture_output=True, timeout=60)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "returncode": done.returncode,
    "stdout": done.stdout.decode("utf-8", "replace"),
    "stderr": done.stderr.decode("utf-8", "replace"),
    "seconds": time.perf_counter() - start,
    "cpu_seconds": usage.ru_utime + usage.ru_stime,
    "peak_mb": usage.ru_maxrss / 1024,
}))
"""


@attrs.frozen
class Measured:
    returncode: int
    stdout: str
    stderr: str
    seconds: float  # wall-clock time, which a busy machine stretches
    cpu_seconds: float  # the time the process itself spent: the work the input caused
    peak_mb: float  # the peak resident memory of the process


def gevoelig_measured(*args: str, stdin: str | Path | None = None) -> Measured:
    """The installed `gevoelig` with `args`, standard input from the file `stdin` (or none)."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _MEASURE,
            json.dumps([str(GEVOELIG), *map(str, args)]),
            str(stdin or ""),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return Measured(**json.loads(done.stdout))
