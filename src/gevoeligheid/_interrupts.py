"""SIGINT and SIGTERM: a batch finishes the dossier at hand and stops, with whole output."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

SIGNALS = (signal.SIGINT, signal.SIGTERM)

#: How long a batch may take to stop after a signal before it is ended at once. Stopping takes
#: tens of milliseconds; only a write that cannot finish (a reader that no longer reads) takes
#: longer, and it must not keep the process alive past the 2 s a user is promised.
GRACE = 1.5


class Interrupted(BaseException):
    """SIGINT or SIGTERM outside a batch. Like KeyboardInterrupt it is no Exception, so that no
    `except Exception` mistakes it for an error."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise(signum: int, frame: Any) -> NoReturn:
    raise Interrupted(signum)


def _ignored(signum: int) -> bool:
    """Whether the signal was ignored when the process started: a shell's `&` ignores SIGINT, and
    such a background job must stay deaf to the terminal's Ctrl-C."""
    return signal.getsignal(signum) == signal.SIG_IGN


def raise_on_signals() -> None:
    """SIGINT and SIGTERM raise Interrupted in the main thread: by default SIGINT raises
    KeyboardInterrupt (which click reports with exit status 1) and SIGTERM ends the process
    without a word."""
    for signum in SIGNALS:
        if not _ignored(signum):
            signal.signal(signum, _raise)


class Stop:
    """The request to stop a batch. The first SIGINT or SIGTERM only sets `signum`, which the
    batch reads between dossiers, so that what is written stays whole. A second signal, or a
    batch still running `GRACE` seconds after the first, calls `force`, which ends the process."""

    def __init__(self, force: Callable[[int], object]) -> None:
        self.signum: int | None = None
        self._force = force

    def _signal(self, signum: int, frame: Any) -> None:
        if self.signum is not None:
            self._force(self.signum)
            return
        self.signum = signum
        if hasattr(signal, "setitimer"):
            signal.setitimer(signal.ITIMER_REAL, GRACE)

    def _alarm(self, signum: int, frame: Any) -> None:
        if self.signum is not None:
            self._force(self.signum)


@contextlib.contextmanager
def stop_between_dossiers(force: Callable[[int], object]) -> Iterator[Stop]:
    """While inside, SIGINT and SIGTERM ask the batch to stop (`Stop.signum`); afterwards the
    handlers that were there before. Outside the main thread no handler can be set, and none is."""
    stop = Stop(force)
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    handlers = {signum: stop._signal for signum in SIGNALS if not _ignored(signum)}
    if hasattr(signal, "setitimer"):
        handlers[signal.SIGALRM] = stop._alarm
    previous = {signum: signal.signal(signum, handler) for signum, handler in handlers.items()}
    try:
        yield stop
    finally:
        if hasattr(signal, "setitimer"):
            signal.setitimer(signal.ITIMER_REAL, 0)
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)
