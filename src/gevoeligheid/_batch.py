"""Evaluate a stream of dossiers in order, here or in worker processes, and stop when asked."""

from __future__ import annotations

import collections
import itertools
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from ._errors import DossierError, GevoeligheidError
from ._evaluate import Evaluator
from ._exitcodes import ExitCode
from ._inputs import Item, Items, read_file
from ._model import Engine, Language, Result, RuleSet

if TYPE_CHECKING:
    import concurrent.futures

#: What a worker gives back for a dossier: the rendered result (UTF-8) and its escalation, or None,
#: the error's exit status and its line.
Done = tuple[bytes | None, int, str | None]

#: How often a batch waiting for a worker looks whether it was asked to stop (seconds).
POLL = 0.05

#: How long a batch waits for the executor to notice that a worker died, before it decides so
#: itself (seconds): the executor does not when the worker died halfway through its answer.
NOTICE = 0.25

#: How long counting the dossiers that a stopped batch leaves may take (seconds).
COUNTING = 0.8

#: How long after a worker died the batch's process may go on before the watchdog ends it
#: (seconds): noticing takes `NOTICE`, ending a fraction of a second, so only a batch whose
#: process is stuck in the executor's own locks and pipes gets this far.
STUCK = 3.0


class Evaluates(Protocol):
    """What a batch evaluates with: an Evaluator, or one that also logs each decision."""

    def evaluate(
        self, dossier: Any, *, engine: Engine = ..., lang: Language = ..., source: str = ...
    ) -> Result: ...


class WorkerLost(Exception):
    """A worker process died: a crash in the C engine, the out-of-memory killer, kill -9."""


_worker: dict[str, Any] = {}


def _start(
    load: Callable[[], RuleSet],
    render: Callable[[Result], bytes],
    engine: Engine,
    lang: Language,
    parent: int,
) -> None:
    # The batch's process decides when to stop: Ctrl-C and a SIGTERM to the process group reach
    # the workers too, and a worker that died of it halfway through sending its answer would
    # leave the executor waiting for the rest of that answer for ever.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _die_with(parent)
    _worker["evaluator"] = Evaluator(load())
    _worker.update(render=render, engine=engine, lang=lang)


def _die_with(parent: int) -> None:
    """On Linux, have the kernel kill this worker when the batch's process dies, however it dies
    (kill -9 too): a worker waits for work on a pipe that it holds open itself, so without this it
    would wait for ever."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None).prctl(1, int(signal.SIGKILL))  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # no C library to ask: the batch's process still stops us
        return
    if os.getppid() != parent:  # the batch died before the request was made
        os._exit(ExitCode.WORKER_LOST)  # no one waits for this status: its batch is gone


def evaluate_one(
    evaluator: Evaluates,
    render: Callable[[Result], bytes],
    engine: Engine,
    lang: Language,
    source: str,
    text: bytes | None,
    error: DossierError | None,
    path: str | None = None,
) -> Done:
    if path is not None:  # read here, in the worker, so that reading files runs in parallel too
        item = read_file(path)
        source, text, error = item.source, item.text, item.error
    if error is not None:
        return None, error.exit_code, error.show(lang)
    try:
        result = evaluator.evaluate(text, engine=engine, lang=lang, source=source)
    except GevoeligheidError as failure:  # an engine failure too: named, and its status kept
        return (
            None,
            failure.exit_code,
            "\n".join(failure.lines(lang)),
        )  # each fault a line: none holds a line end
    return render(result), result.outcome.escalation, None


#: A chunk's answers from a worker: the rendered results, and per dossier (the length of its
#: result or -1, its escalation or status, its error).
Answers = tuple[list[bytes], list[tuple[int, int, str | None]]]


def _work(chunk: list[tuple[str, bytes | None, Any, Any]]) -> Answers:
    """A chunk's answers: the rendered results, and per dossier (the length of its result or -1,
    its escalation or status, its error). Two lists pickle and pass the pipe with less work than a
    tuple a dossier (measured: a third less system time; joining the results into one string costs
    more than it saves)."""
    evaluator, render, engine, lang = (
        _worker["evaluator"],
        _worker["render"],
        _worker["engine"],
        _worker["lang"],
    )
    texts, answers = [], []
    for item in chunk:
        text, code, error = evaluate_one(evaluator, render, engine, lang, *item)
        if text is not None:
            texts.append(text)
        answers.append((-1 if text is None else len(text), code, error))
    return texts, answers


def _answers(sent: Answers) -> list[Done]:
    """`_work`'s answers as one Done a dossier."""
    texts, answers = sent
    found = iter(texts)
    return [(None if length < 0 else next(found), code, error) for length, code, error in answers]


def jobs_for(requested: int) -> int:
    return requested if requested > 0 else (os.cpu_count() or 1)


class Batch:
    """(item, done) for every item, in input order: in this process with one job, else in `jobs`
    worker processes. It stops between dossiers once `stopped()` is true, raises WorkerLost as
    soon as a worker dies, and says what it left (`left`). Use it in a `with`: leaving it ends
    the workers, also when the batch was stopped halfway.

    Chunks of items go to the workers as a sliding window: a new chunk is sent whenever the
    oldest comes back, so no worker waits for a batch to drain, and at most a few chunks a worker
    are in memory however long the input is. The first chunks are small and grow to `chunk`, so
    that a short batch still reaches every worker.
    """

    def __init__(
        self,
        items: Items,
        jobs: int,
        evaluator: Evaluates,
        load: Callable[[], RuleSet],
        render: Callable[[Result], bytes],
        engine: Engine,
        lang: Language,
        stopped: Callable[[], object],
        chunk: int = 128,
        stuck: Callable[[], object] | None = None,
        stuck_after: float = STUCK,
    ) -> None:
        self.items, self.jobs, self.chunk = items, jobs, chunk
        self._evaluator, self._load, self._render, self._engine, self._lang = (
            evaluator,
            load,
            render,
            engine,
            lang,
        )
        self._stopped = stopped
        self._pending: collections.deque[Item] = (
            collections.deque()
        )  # sent to a worker, not given back yet
        self._executor: concurrent.futures.ProcessPoolExecutor | None = None
        #: A worker died: the executor may never finish (see `close`).
        self.lost = False
        #: Called from the watchdog's thread when a worker died and the batch did not close within
        #: `stuck_after` seconds; it is to end the process (see `_watch`).
        self._stuck, self._stuck_after = stuck, stuck_after
        self._closing = threading.Event()

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[tuple[Item, Done]]:
        if self.jobs == 1:
            for item in self.items:
                yield (
                    item,
                    evaluate_one(
                        self._evaluator,
                        self._render,
                        self._engine,
                        self._lang,
                        item.source,
                        item.text,
                        item.error,
                        item.path,
                    ),
                )
        else:
            yield from self._in_workers()

    def _in_workers(self) -> Iterator[tuple[Item, Done]]:
        # Imported here, as only a batch in workers needs them: 10 ms of a one-dossier check.
        import concurrent.futures
        import multiprocessing
        from concurrent.futures.process import BrokenProcessPool

        context = multiprocessing.get_context(
            "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        )
        executor = self._executor = concurrent.futures.ProcessPoolExecutor(
            self.jobs,
            mp_context=context,
            initializer=_start,
            initargs=(self._load, self._render, self._engine, self._lang, os.getpid()),
        )
        if self._stuck is not None:
            threading.Thread(target=self._watch, name="gevoelig-watchdog", daemon=True).start()
        window: collections.deque[tuple[list[Item], concurrent.futures.Future[Answers]]] = (
            collections.deque()
        )
        sizes = itertools.chain(
            (min(self.chunk, 2**step) for step in range(self.chunk.bit_length())),
            itertools.repeat(self.chunk),
        )

        def send() -> bool:
            batch = list(itertools.islice(self.items, next(sizes)))
            if batch:
                self._pending.extend(batch)
                window.append(
                    (
                        batch,
                        executor.submit(
                            _work,
                            [(item.source, item.text, item.error, item.path) for item in batch],
                        ),
                    )
                )
            return bool(batch)

        try:
            while len(window) < 3 * self.jobs and send():
                pass
            while window:
                batch, future = window.popleft()
                done = self._wait(future)
                if done is None:
                    return
                send()
                for item, answer in zip(batch, done, strict=True):
                    self._pending.popleft()
                    yield item, answer
        except BrokenProcessPool:  # raised by submit too, once a worker died
            self.lost = True
            raise WorkerLost() from None

    def _wait(self, future: concurrent.futures.Future[Answers]) -> list[Done] | None:
        """A chunk's answers, or None when the batch was asked to stop while waiting for them."""
        from concurrent.futures.process import BrokenProcessPool

        dead_since = None
        while True:
            try:
                return _answers(future.result(timeout=POLL))
            except TimeoutError:
                if self._stopped():
                    return None
                if dead_since is None and _dead(self._executor):
                    dead_since = time.monotonic()
                if dead_since is not None and time.monotonic() - dead_since > NOTICE:
                    raise BrokenProcessPool("a worker died halfway through its answer") from None

    def _watch(self) -> None:
        """The watchdog: once a worker has died, the batch has `stuck_after` seconds to close, or
        `stuck` is called. The batch notices a death itself within `NOTICE` seconds, but the
        executor's manager and feeder threads share locks and pipes with the dead worker, and a
        process whose main thread waits on one of those would otherwise wait for ever."""
        died = None
        # Sleeps rather than a timed wait on the event: a timed wait takes its deadline from the
        # clock, and under a shifted clock (libfaketime, as the tests run a year ahead) it never
        # comes, where a sleep still ends.
        while not self._closing.is_set():
            time.sleep(POLL)
            if died is None and _dead(self._executor):
                died = time.monotonic()
            if died is not None and time.monotonic() - died > self._stuck_after:
                assert self._stuck is not None  # only started with one
                self._stuck()
                return

    def left(self) -> tuple[int, bool, str | None]:
        """How many dossiers were not given back, whether that count is exact (counting a long
        input stops after `COUNTING` seconds), and the source of the first of them: those sent
        to workers and not given back, then the rest of the input."""
        count, exact, first = self.items.left(time.monotonic() + COUNTING)
        if self._pending:
            return len(self._pending) + count, exact, self._pending[0].source
        return count, exact, first

    def close(self) -> None:
        """End the workers. Once the batch is done, or was asked to stop, they finish what they
        have in hand (tens of milliseconds; killed, one could leave half an answer in the pipe,
        which the executor would wait for for ever). After a worker died, the others are killed
        and the executor is not waited for: it may be reading the dead worker's half answer,
        so a process that lost a worker ends with `os._exit` once its output is out."""
        self._closing.set()
        executor = self._executor
        if executor is None:
            return
        if self.lost:
            # Nothing of the executor is asked for any more: its threads may be stuck on what the
            # dead worker left (a half answer, a lock it held), and its shutdown takes their locks.
            _kill(executor)
        else:
            executor.shutdown(wait=True, cancel_futures=True)
        self._executor = None  # only now: until then `kill` may still need it

    def kill(self) -> None:
        """Kill the workers now, for a process about to end at once: safe in a signal handler, as
        it takes no lock."""
        if self._executor is not None:
            _kill(self._executor)


def _processes(executor: concurrent.futures.ProcessPoolExecutor | None) -> list[Any]:
    """An executor's worker processes. Python 3.14 has kill_workers(); before it, the executor's
    own table of its processes is the only list of them."""
    return list((getattr(executor, "_processes", None) or {}).values())


def _dead(executor: concurrent.futures.ProcessPoolExecutor | None) -> bool:
    """Whether one of an executor's workers has ended. Asked of the workers' sentinels, which are
    readable once a process has ended, so that nothing is reaped here: the executor's own thread
    may be waiting for the same process, and a process reaped behind its back looks alive."""
    from multiprocessing.connection import wait

    sentinels = [process.sentinel for process in _processes(executor)]
    return bool(sentinels) and bool(wait(sentinels, 0))


def _kill(executor: concurrent.futures.ProcessPoolExecutor) -> None:
    """Kill an executor's worker processes and reap them, waiting at most half a second: by
    process id, as the executor's own thread may be waiting for them too (whoever reaps a
    process first has it; the other is told there is no such child)."""
    processes = _processes(executor)
    for process in processes:
        try:
            process.kill()
        except (OSError, ValueError):  # it is gone already
            pass
    if not hasattr(os, "WNOHANG"):  # Windows: a process leaves no zombie to reap
        return
    pids = [process.pid for process in processes]
    deadline = time.monotonic() + 0.5
    while pids and time.monotonic() < deadline:
        for pid in list(pids):
            try:
                if os.waitpid(pid, os.WNOHANG)[0] == 0:
                    continue
            except ChildProcessError:  # reaped by the executor's thread
                pass
            pids.remove(pid)
        if pids:
            time.sleep(0.01)
