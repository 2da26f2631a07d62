"""The exit statuses of the `gevoelig` command, in one place (the README's "Exit status")."""

from __future__ import annotations

import enum


@enum.unique  # two causes with one status would be one status a script cannot tell apart
class ExitCode(enum.IntEnum):
    """Why `gevoelig` stopped."""

    OK = 0
    #: `check --fail-on` was reached; `test`: a case failed or coverage is too low.
    FAIL_ON = 1
    #: A dossier was bad (the others were still evaluated), or the command was used wrongly.
    BAD_INPUT = 2
    #: A rule file is broken (`rules validate`: errors, or warnings with --strict).
    RULE_FILE = 3
    #: The rules engine failed, or another bug: please report it.
    ENGINE = 4
