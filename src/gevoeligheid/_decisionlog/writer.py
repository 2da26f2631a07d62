"""Group commit: one thread writes the entries of every waiting request in one transaction.

A request's answer goes out only after its entry is committed, so what a case system was told is
in the log; committing many entries at once keeps that from costing one disk flush per request.
"""

from __future__ import annotations

import concurrent.futures
import queue
import threading
import time
from collections.abc import Callable, Sequence

from .entry import Entry
from .store import DecisionLog

#: At most this many entries in one transaction, so that one commit stays short.
MAX_GROUP = 512


class GroupWriter:
    """Writes submitted entries on its own thread; `submit` gives a future that is done once they
    are committed (or failed: the entries are then not in the log)."""

    def __init__(
        self, log: DecisionLog, *, on_commit: Callable[[int, float], None] | None = None
    ) -> None:
        self.log = log
        self._queue: queue.SimpleQueue[
            tuple[concurrent.futures.Future[None], Sequence[Entry]] | None
        ] = queue.SimpleQueue()
        self._on_commit = on_commit
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="gevoelig-decision-log", daemon=True)
        self._thread.start()

    def submit(self, entries: Sequence[Entry]) -> concurrent.futures.Future[None]:
        future: concurrent.futures.Future[None] = concurrent.futures.Future()
        if self._closed:
            future.set_exception(RuntimeError("the decision log is closed"))
            return future
        self._queue.put((future, entries))
        return future

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            group = [first]
            size = len(first[1])
            while size < MAX_GROUP:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)  # stop after this group
                    break
                group.append(item)
                size += len(item[1])
            started = time.perf_counter()
            try:
                self.log.append([entry for _, entries in group for entry in entries])
            except BaseException as error:
                if len(group) == 1:
                    _settle(group[0][0], error)
                    continue
                # One request's entry the database refuses must not fail the others of its group:
                # write each request's entries on its own, so that only the bad one hears it.
                self._one_by_one(group)
                continue
            if self._on_commit is not None:
                self._on_commit(size, time.perf_counter() - started)
            for future, _ in group:
                _settle(future, None)

    def _one_by_one(
        self, group: Sequence[tuple[concurrent.futures.Future[None], Sequence[Entry]]]
    ) -> None:
        for future, entries in group:
            started = time.perf_counter()
            try:
                self.log.append(entries)
            except BaseException as error:  # this request's entries, or the database: it hears it
                _settle(future, error)
                continue
            if self._on_commit is not None:
                self._on_commit(len(entries), time.perf_counter() - started)
            _settle(future, None)

    def close(self, timeout: float = 30) -> None:
        """Write what was submitted, then stop the thread."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)
            self._thread.join(timeout)


def _settle(future: concurrent.futures.Future[None], error: BaseException | None) -> None:
    """Give a request its outcome, unless it stopped waiting: asyncio.wrap_future cancels the
    future of a request cancelled while it waited, and settling it would raise InvalidStateError,
    end this thread, and leave every later request waiting for ever."""
    if future.done():  # cancelled: its entries are written all the same
        return
    if error is None:
        future.set_result(None)
    else:
        future.set_exception(error)
