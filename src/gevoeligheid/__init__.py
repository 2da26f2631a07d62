"""Bestuurlijke gevoeligheid of omgevingsdienst dossiers, as declarative rules traceable
to the Handreiking."""

from typing import TYPE_CHECKING

from ._dossier import parse_dossier
from ._errors import ArgumentError, DossierError, EngineError, GevoeligheidError, RuleFileError
from ._evaluate import Evaluator, evaluate, evaluate_file
from ._model import (
    CLASSIFICATIONS,
    ESCALATIONS,
    ROLES,
    Classification,
    Dossier,
    Escalation,
    Result,
    RuleSet,
)
from ._rules import load_ruleset
from ._version import __version__ as __version__  # the explicit form re-exports it to type checkers

if TYPE_CHECKING:  # the lazy exports below, visible to type checkers
    from ._cases import read_cases, run_cases
    from ._questions import next_questions
    from ._schema import dossier_schema, result_schema
    from ._templates import blank_dossier, checklist_markdown
    from ._validate import validate_paths

#: What the other commands do, for Python: imported when first used (tabulate and the case
#: runner are not needed to evaluate a dossier).
_LAZY = {
    "dossier_schema": "_schema",  # gevoelig schema
    "result_schema": "_schema",  # gevoelig schema --result
    "blank_dossier": "_templates",  # gevoelig template
    "checklist_markdown": "_templates",  # gevoelig template -f markdown
    "validate_paths": "_validate",  # gevoelig rules validate
    "read_cases": "_cases",  # gevoelig test
    "run_cases": "_cases",
    "next_questions": "_questions",  # gevoelig interview, the page's interview mode
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "CLASSIFICATIONS",
    "ESCALATIONS",
    "ROLES",
    "ArgumentError",
    "Classification",
    "Dossier",
    "DossierError",
    "EngineError",
    "Escalation",
    "Evaluator",
    "GevoeligheidError",
    "Result",
    "RuleFileError",
    "RuleSet",
    "blank_dossier",
    "checklist_markdown",
    "dossier_schema",
    "evaluate",
    "evaluate_file",
    "load_ruleset",
    "next_questions",
    "parse_dossier",
    "read_cases",
    "result_schema",
    "run_cases",
    "validate_paths",
]
