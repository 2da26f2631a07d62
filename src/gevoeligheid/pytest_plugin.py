"""A pytest plugin: rule tests written as YAML cases run as pytest tests, one test a case.

Installed with gevoeligheid (entry point `pytest11`), so a region runs its own cases with plain
`pytest`, beside its other tests, as openfisca-core does for its YAML tests. It collects:

- `*.cases.yaml`: cases for the overlay file beside it with the same stem (`regio-noord.cases.yaml`
  tests `regio-noord.yaml` on the default rule set), or for the rule set and overlays given with
  `--gevoelig-ruleset` and `--gevoelig-overlay`;
- every YAML file in the `cases/` folder of a rule set version (a folder with `ruleset.yaml`):
  cases for that version, loaded as on the day it came into force.

Any other YAML file is left alone. A failing case shows what was expected, what came out and the
reasons that decided it, in Dutch (or English with `--gevoelig-lang en`), as `gevoelig test` does;
`gevoelig test` also reports coverage, which one test at a time cannot.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ._model import ENGINES, LANGUAGES

if TYPE_CHECKING:
    from ._cases import Case, Outcome
    from ._evaluate import Evaluator

# The rules engine is imported when the first case file is collected, not when pytest starts:
# the plugin loads in every pytest run of an environment that has gevoeligheid installed.

__all__ = ["CaseFailed"]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("gevoeligheid", "gevoeligheid rule cases (YAML)")
    group.addoption(
        "--gevoelig-ruleset",
        metavar="DIR",
        help="the rule set folder *.cases.yaml files are tested on (default: the default rule set)",
    )
    group.addoption(
        "--gevoelig-overlay",
        metavar="FILE",
        action="append",
        default=[],
        help=(
            "an overlay applied for *.cases.yaml files, instead of the overlay beside each "
            "(repeatable)"
        ),
    )
    group.addoption(
        "--gevoelig-engine",
        choices=list(ENGINES),
        default="durable",
        help="the engine the cases run on (default: durable)",
    )
    group.addoption(
        "--gevoelig-lang",
        choices=list(LANGUAGES),
        default="nl",
        help="the language of failure reports (default: nl)",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.name.endswith(".cases.yaml"):
        return CaseFile.from_parent(parent, path=file_path)
    if (
        file_path.suffix == ".yaml"
        and file_path.parent.name == "cases"
        and (file_path.parent.parent / "ruleset.yaml").is_file()
    ):
        return CaseFile.from_parent(parent, path=file_path)
    return None


class CaseFailed(Exception):
    """A case whose result differs from what it expects (or whose dossier was refused)."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.case.name)
        self.outcome = outcome


class CaseFile(pytest.File):
    def collect(self) -> Iterator[CaseItem]:
        from ._cases import read_cases
        from ._errors import GevoeligheidError

        try:
            cases = read_cases(self.path)
        except GevoeligheidError as error:
            raise self.CollectError(error.show(self.config.getoption("gevoelig_lang"))) from None
        self.evaluator()  # a rule set that does not load is the file's collection error, said once
        for case in cases:
            yield CaseItem.from_parent(self, name=case.name, case=case)

    def evaluator(self) -> Evaluator:
        """The rule set this file's cases test, loaded once per rule set and overlays."""
        from ._errors import GevoeligheidError
        from ._evaluate import Evaluator
        from ._rules import load_ruleset, valid_from

        config = self.config
        if self.path.name.endswith(".cases.yaml"):
            ruleset = config.getoption("gevoelig_ruleset")
            overlays = config.getoption("gevoelig_overlay")
            if not overlays:
                beside = self.path.with_name(self.path.name.removesuffix(".cases.yaml") + ".yaml")
                overlays = [beside] if beside.is_file() else []
            key: tuple[Any, ...] = (ruleset, *map(str, overlays), _peildatum(self.path))
            load = {"path": ruleset, "overlays": overlays, "peildatum": key[-1]}
        else:
            folder = self.path.parent.parent
            key = (str(folder),)
            load = {"path": folder, "peildatum": valid_from(folder)}
        cache: dict[tuple[Any, ...], Evaluator] = config.stash.setdefault(_EVALUATORS, {})
        if key not in cache:
            try:
                cache[key] = Evaluator(load_ruleset(**load))
            except GevoeligheidError as error:
                raise self.CollectError(error.show(config.getoption("gevoelig_lang"))) from None
        return cache[key]


class CaseItem(pytest.Item):
    def __init__(self, *, case: Case, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        from ._cases import run_cases

        assert isinstance(self.parent, CaseFile)
        config = self.config
        report = run_cases(
            self.parent.evaluator(),
            [self.case],
            engine=config.getoption("gevoelig_engine"),
            lang=config.getoption("gevoelig_lang"),
        )
        [outcome] = report.outcomes
        if not outcome.passed:
            raise CaseFailed(outcome)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if not isinstance(excinfo.value, CaseFailed):
            return str(super().repr_failure(excinfo, style))
        from ._messages import word

        outcome, lang = excinfo.value.outcome, self.config.getoption("gevoelig_lang")
        lines = [f"{word('case_fail', lang)} {outcome.case.name} ({outcome.case.place})"]
        if outcome.error:
            return "\n".join([*lines, f"  {word('case_error', lang)}: {outcome.error}"])
        lines += [
            f"  {word('case_difference', lang, key=key, expected=expected, got=got)}"
            for key, expected, got in outcome.differences
        ]
        assert outcome.result is not None
        lines += [
            f"  {word('case_because', lang, rule=reason.rule, because=reason.because)}"
            for reason in outcome.result.reasons
        ]
        return "\n".join(lines)

    def reportinfo(self) -> tuple[Path, int, str]:
        line = int(self.case.place.rsplit(":", 1)[1])
        return self.path, line - 1, self.case.name


_EVALUATORS = pytest.StashKey[dict[tuple[Any, ...], "Evaluator"]]()


def _peildatum(path: Path) -> datetime.date:
    """The file's own peildatum (its cases' events are aged on it), else today: the rule set and
    overlay versions in force on that day are the ones tested."""
    from ._cases import read_cases
    from ._rules import peildatum_day, peildatum_in_force

    cases = read_cases(path)
    dates = {
        str(case.dossier["peildatum"])
        for case in cases
        if case.dossier.get("peildatum") is not None
    }
    return peildatum_in_force(None, peildatum_day(min(dates)) if dates else None)
