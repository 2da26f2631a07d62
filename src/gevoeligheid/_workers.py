"""Worker processes forked from a batch's process, each with a pipe for work in
and one for answers."""

from __future__ import annotations

import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from typing import Any

#: A message on a pipe: its length in 8 bytes, then the pickle.
_HEAD = 8


class Lost(Exception):
    """A worker process ended: its answer pipe closed, perhaps halfway through an answer."""


class Forked:
    """`jobs` processes forked from this one, each running `serve(message) -> answer` on the
    messages sent to it, in order. Only this process's main thread talks to them, and it never
    blocks on a pipe: work waits in an outbox until the worker's pipe takes it, and an answer is
    waited for in steps of `poll` seconds, so that a batch asked to stop stops at once.
    concurrent.futures' executor runs two threads beside the main one that hand every chunk on;
    they cost the batch's process 12-13 µs of CPU a dossier (20,000 realistic dossiers, --jobs 2),
    which this does without."""

    def __init__(self, jobs: int, start: Callable[[], Callable[[Any], Any]]) -> None:
        self.pids: list[int] = []
        self._work: list[int] = []  # the write end of each worker's work pipe
        self._answers: list[int] = []  # the read end of each worker's answer pipe
        self._outbox: list[list[memoryview]] = []
        self._inbox: list[bytearray] = []
        for _ in range(jobs):
            work_in, work_out = os.pipe()
            answers_in, answers_out = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: it never returns into the batch's code
                status = 1
                try:
                    for fd in (*self._work, *self._answers, work_out, answers_in):
                        os.close(fd)  # the batch's ends: a worker holding them would hide an EOF
                    _serve(start(), work_in, answers_out)
                    status = 0
                finally:
                    os._exit(status)
            os.close(work_in)
            os.close(answers_out)
            os.set_blocking(work_out, False)
            self.pids.append(pid)
            self._work.append(work_out)
            self._answers.append(answers_in)
            self._outbox.append([])
            self._inbox.append(bytearray())

    def send(self, worker: int, message: Any) -> None:
        """Queue a message for a worker, and hand it over as far as its pipe takes it now."""
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        self._outbox[worker].append(memoryview(len(data).to_bytes(_HEAD, "little") + data))
        self._flush(worker)

    def _flush(self, worker: int) -> None:
        outbox = self._outbox[worker]
        while outbox:
            try:
                written = os.write(self._work[worker], outbox[0])
            except BlockingIOError:
                return
            except BrokenPipeError:
                raise Lost() from None
            if written == len(outbox[0]):
                outbox.pop(0)
            else:
                outbox[0] = outbox[0][written:]

    def answer(self, worker: int, poll: float, stopped: Callable[[], object]) -> Any | None:
        """The worker's next answer; None once `stopped()` is true while waiting for it. Raises
        Lost when the worker ended, also halfway through its answer."""
        inbox, fd = self._inbox[worker], self._answers[worker]
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        while True:
            if len(inbox) >= _HEAD:
                size = _HEAD + int.from_bytes(inbox[:_HEAD], "little")
                if len(inbox) >= size:
                    message = pickle.loads(memoryview(inbox)[_HEAD:size])
                    del inbox[:size]
                    return message
            waiting = [other for other, outbox in enumerate(self._outbox) if outbox]
            for other in waiting:
                poller.register(self._work[other], select.POLLOUT)
            events = poller.poll(poll * 1000)
            for other in waiting:
                poller.unregister(self._work[other])
            for ready, _ in events:
                if ready == fd:
                    piece = os.read(fd, 1 << 20)
                    if not piece:
                        raise Lost()
                    inbox += piece
                else:
                    self._flush(self._work.index(ready))
            if not events and stopped():
                return None
            if not events and self.dead():
                raise Lost()

    def dead(self) -> bool:
        """Whether a worker has ended (asked without reaping it: the batch reaps them on close)."""
        for pid in self.pids:
            try:
                if os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
                    return True
            except ChildProcessError:  # reaped already: ended
                return True
        return False

    def kill(self) -> None:
        """Kill the workers now and reap them, waiting at most half a second: safe in a signal
        handler, as it takes no lock."""
        for pid in self.pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:  # gone already
                pass
        self._reap(0.5)

    def _reap(self, seconds: float) -> bool:
        """Reap the workers that ended, waiting at most `seconds` for the others; whether all
        were reaped."""
        deadline = time.monotonic() + seconds
        while True:
            for pid in list(self.pids):
                try:
                    if os.waitpid(pid, os.WNOHANG)[0] == 0:
                        continue
                except ChildProcessError:  # reaped already
                    pass
                try:
                    self.pids.remove(pid)
                except ValueError:  # a signal's kill() reaped it meanwhile
                    pass
            if not self.pids or time.monotonic() > deadline:
                return not self.pids
            time.sleep(0.005)

    def close(self, finished: bool) -> None:
        """End the workers and reap them. A finished batch's workers end by themselves when
        their work pipe closes (within a second, or they are killed); the others are killed at
        once: nothing they would still answer is read, and the batch's process writes every
        result itself, so a killed worker leaves no half a result behind."""
        for fd in self._work:
            os.close(fd)
        self._work = []
        if not finished or not self._reap(1.0):
            self.kill()
        for fd in self._answers:
            os.close(fd)
        self._answers = []


def _serve(serve: Callable[[Any], Any], work: int, answers: int) -> None:
    """A worker's loop: each message from the work pipe, answered on the answer pipe in order,
    until the work pipe closes."""
    with open(work, "rb", buffering=1 << 20) as reader:
        while True:
            head = reader.read(_HEAD)
            if len(head) < _HEAD:
                return
            message = pickle.loads(reader.read(int.from_bytes(head, "little")))
            data = pickle.dumps(serve(message), protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(len(data).to_bytes(_HEAD, "little") + data)
            while view:
                view = view[os.write(answers, view) :]
