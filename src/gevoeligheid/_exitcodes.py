"""The exit statuses of the `gevoelig` command, in one place (the README's "Exit status")."""

from __future__ import annotations

import enum
import signal


@enum.unique  # two causes with one status would be one status a script cannot tell apart
class ExitCode(enum.IntEnum):
    """Why `gevoelig` stopped. A batch that could not finish has a status of its own for each
    cause, so that a script can tell a stopped batch from a finished one with bad dossiers."""

    OK = 0
    #: `check --fail-on` was reached; `test`: a case failed or coverage is too low; `log replay`: a
    #: decision did not replay to the same result.
    FAIL_ON = 1
    #: A dossier was bad (the others were still evaluated), or the command was used wrongly.
    BAD_INPUT = 2
    #: A rule file is broken (`rules validate`: errors, or warnings with --strict).
    RULE_FILE = 3
    #: The rules engine failed, or another bug: please report it.
    ENGINE = 4
    #: A worker process of `check --jobs` died (a crash, the out-of-memory killer, kill -9).
    WORKER_LOST = 5
    #: The output could not be written (a full disk, a quota, an I/O error).
    OUTPUT_FAILED = 6
    #: The decision log (`check --log`, `gevoelig log`) could not be opened or written.
    LOG_FAILED = 7
    #: SIGINT (Ctrl-C), as shells report a process that it stopped: 128 + 2.
    INTERRUPTED = 130
    #: The reader of the output went away (`| head`): 128 + 13 (SIGPIPE), as for other tools.
    OUTPUT_CLOSED = 141
    #: SIGTERM (`kill`, a service manager stopping a job): 128 + 15.
    TERMINATED = 143


def for_signal(signum: int) -> ExitCode:
    """The status for a batch stopped by SIGINT or SIGTERM."""
    return ExitCode.TERMINATED if signum == signal.SIGTERM else ExitCode.INTERRUPTED
