"""Run the installed `gevoelig` as a terminal runs it, stop it, and check what it left: the
output, the summary line, the status and any process (used by the tests and by
benchmarks/interrupt_soak.py)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GEVOELIG = str(Path(sys.executable).parent / "gevoelig")

#: A shell's `&` starts a job with SIGINT ignored, and a child keeps what its parent ignores: the
#: command is started through this, which makes SIGINT do what it does on a terminal.
_AS_ON_A_TERMINAL = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.argv[1], sys.argv[1:])"
)


def big_batch(folder: Path, lines: int = 200_000) -> Path:
    """A JSON Lines file of `lines` copies of an example dossier; line n has the id "n"."""
    dossier = json.loads(
        (ROOT / "examples" / "16-local-media-two-complaints.json").read_text(encoding="utf-8")
    )
    dossier["id"] = "@@"
    before, after = json.dumps(dossier, ensure_ascii=False).split("@@")
    path = folder / "batch.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for start in range(1, lines + 1, 10_000):
            handle.write(
                "".join(
                    f"{before}{number}{after}\n"
                    for number in range(start, min(start + 10_000, lines + 1))
                )
            )
    return path


class Running:
    """`gevoelig ARGUMENTS` in a process group of its own, its standard output and error read as
    they come (a reader that stops reading would hold the command up)."""

    def __init__(
        self, *arguments: str, read_output: bool = True, command: list[str] | None = None
    ) -> None:
        environment = {key: value for key, value in os.environ.items() if key != "GEVOELIG_DEBUG"}
        environment["PYTHONFAULTHANDLER"] = (
            "1"  # a process that hangs is ended with SIGABRT: where it hung
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", _AS_ON_A_TERMINAL, *(command or [GEVOELIG]), *arguments],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
            env=environment,
        )
        self.pid = self.process.pid  # also the process group's id: the session is its own
        self.stdout = bytearray()
        self.stderr = bytearray()
        self.lines = 0  # in stdout so far
        self._lines = threading.Condition()
        self._readers = [
            threading.Thread(
                target=self._read, args=(self.process.stderr, self.stderr), daemon=True
            )
        ]
        if read_output:
            self._readers.append(
                threading.Thread(
                    target=self._read, args=(self.process.stdout, self.stdout), daemon=True
                )
            )
        for reader in self._readers:
            reader.start()
        self.signalled = 0.0
        self.stopped_after = 0.0
        #: What standard error ended with, the stacks of every thread among it, when it hung.
        self.hung = ""

    def _read(self, stream, into: bytearray) -> None:
        while chunk := os.read(stream.fileno(), 1 << 16):
            with self._lines:
                into.extend(chunk)
                if into is self.stdout:
                    self.lines += chunk.count(b"\n")
                self._lines.notify_all()

    def wait_for_lines(self, count: int, timeout: float = 60) -> None:
        """Until standard output holds `count` lines (the batch is under way)."""
        with self._lines:
            if not self._lines.wait_for(
                lambda: self.lines >= count or self.process.poll() is not None, timeout
            ):
                raise TimeoutError(f"no {count} lines of output in {timeout} s")

    def wait_for_a_full_pipe(self, timeout: float = 60) -> None:
        """Until standard output, which nobody reads here, is full: the command's
        next write blocks."""
        import fcntl
        import termios

        fd = self.process.stdout.fileno()
        capacity = fcntl.fcntl(fd, 1032)  # F_GETPIPE_SZ
        deadline = time.monotonic() + timeout
        while (
            int.from_bytes(fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"), sys.byteorder)
            < capacity - 16_384
        ):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise TimeoutError("the output did not fill its pipe")
            time.sleep(0.01)
        time.sleep(0.1)  # and the write that does not fit is under way

    def send(self, signum: int) -> None:
        """Send a signal to the whole process group, as a terminal's Ctrl-C does."""
        self.signalled = time.monotonic()
        os.killpg(self.pid, signum)

    def kill_a_worker(self) -> int:
        """Kill one worker process, as a crash in the C engine would (SIGKILL: nothing to catch)."""
        worker = self.workers()[0]
        self.signalled = time.monotonic()
        os.kill(worker, signal.SIGKILL)
        return worker

    def finish(self, timeout: float = 30) -> float:
        """Wait for the end (killing the group if it does not come) and return the seconds since
        the signal was sent (measured once: a second call gives the same)."""
        if self.process.returncode is not None:
            return self.stopped_after
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            # SIGABRT first: Python's fault handler writes every thread's stack to standard error,
            # so that a test that fails on a hang says where the process hung.
            os.kill(self.pid, signal.SIGABRT)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                pass
            os.killpg(self.pid, signal.SIGKILL)
            self.process.wait()
            self.hung = self.stderr.decode("utf-8", "replace")[-6000:]
        self.stopped_after = time.monotonic() - self.signalled
        for reader in self._readers:
            reader.join(5)
        return self.stopped_after

    def workers(self) -> list[int]:
        return [pid for pid, _, parent, _ in processes() if parent == self.pid]


def processes() -> list[tuple[int, str, int, int]]:
    """(pid, state, parent, process group) of every process, from /proc."""
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", encoding="utf-8", errors="replace") as handle:
                    stat = handle.read()
            except OSError:  # ended while we looked
                continue
            state, parent, group = stat.rsplit(")", 1)[1].split()[:3]
            found.append((int(name), state, int(parent), int(group)))
    return found


def left_behind(group: int) -> list[tuple[int, str]]:
    """The processes still in a process group (a zombie too: nobody reaped it)."""
    return [(pid, state) for pid, state, _, in_group in processes() if in_group == group]


#: The summary line of a stopped batch, in Dutch and in English.
SUMMARY = {
    "nl": re.compile(
        r"gevoelig: (?P<why>.+); (?P<left>\d+) dossiers? niet beoordeeld(, vanaf (?P<first>.+))?; "
        r"(?P<written>\d+) wel"
    ),
    "en": re.compile(
        r"gevoelig: (?P<why>.+); (?P<left>\d+) dossier\(s\) not evaluated(, from (?P<first>.+) "
        r"on)?; (?P<written>\d+) evaluated"
    ),
}


def problems(
    run: Running,
    *,
    status: int,
    why: str,
    batch: Path,
    lines: int,
    fmt: str = "jsonl",
    lang: str = "nl",
    within: float = 10.0,
) -> list[str]:
    """What is wrong with a batch of `lines` that was stopped: the status, the time to stop, a
    traceback, a process left behind, output that is not whole, a summary that is missing or does
    not add up with what was written. Empty when all is right."""
    # The tests only catch a hang: the 2 s promise is measured by benchmarks/interrupt_soak.py,
    # since a test shares this machine with whatever else runs.
    seconds = run.finish()
    found = []
    if run.process.returncode != status:
        found.append(f"status {run.process.returncode}, not {status}")
    if seconds > within:
        found.append(f"{seconds:.2f} s to stop, more than {within} s")
    if run.hung:
        found.append(f"it hung, and ended with: {run.hung}")
    stderr = run.stderr.decode("utf-8", "replace")
    if "Traceback" in stderr:
        found.append(f"a traceback: {stderr[-2000:]}")
    if left := left_behind(run.pid):
        found.append(f"processes left behind: {left}")
    try:
        if fmt == "json":
            ids = [result["dossier"]["id"] for result in json.loads(run.stdout)]
        else:
            if run.stdout and not run.stdout.endswith(b"\n"):
                raise ValueError("the last line is not whole")
            ids = [json.loads(line)["dossier"]["id"] for line in run.stdout.splitlines()]
    except ValueError as error:
        found.append(f"the output is not valid {fmt}: {error}")
        ids = []
    if ids != [str(number) for number in range(1, len(ids) + 1)]:
        found.append("the results are not the first lines in their order")
    summary = SUMMARY[lang].fullmatch(stderr.strip().splitlines()[-1]) if stderr.strip() else None
    if summary is None:
        found.append(f"no summary line: {stderr[-500:]!r}")
    else:
        expected = {
            "why": why,
            "left": str(lines - len(ids)),
            "written": str(len(ids)),
            "first": f"{batch}:{len(ids) + 1}" if len(ids) < lines else None,
        }
        if summary.groupdict() != expected:
            found.append(f"the summary says {summary.groupdict()}, not {expected}")
    return found
