"""Shared fixtures and Hypothesis profiles."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The rule file cache of this test run (and of the commands it starts) in a folder of its own:
# a test never reads or fills the cache of the person who runs it.
_CACHE = tempfile.mkdtemp(prefix="gevoelig-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE
os.environ.pop("GEVOELIG_NO_CACHE", None)
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.load_profile("ci" if os.environ.get("CI") else "default")

ROOT = Path(__file__).resolve().parents[1]

pytest_plugins = ["pytester"]  # tests/test_pytest_plugin.py runs pytest on generated case files


@pytest.fixture(scope="session")
def long_batch(tmp_path_factory):
    """A JSON Lines batch of 200,000 dossiers (line n has the id "n"): long enough to be under
    way when a test stops it."""
    from .processes import big_batch

    return big_batch(tmp_path_factory.mktemp("big"), 200_000)


#: The day the tests take the default rule set on: a version that comes into force later (with
#: other facts or settings) must not change what a test expects, whatever day the suite runs.
PEILDATUM = "2026-12-01"


@pytest.fixture(scope="session")
def ruleset():
    """Rule set 2026.2, whatever today is: the tests that take this fixture are about it."""
    import datetime

    from gevoeligheid._evaluate import default_ruleset

    return default_ruleset(datetime.date.fromisoformat(PEILDATUM))


def evaluate(dossier, **options):
    """`gevoeligheid.evaluate` on the tests' PEILDATUM, unless the test or the dossier names a day:
    a test that compares an outcome of the default policy keeps it when a later version comes into
    force."""
    from gevoeligheid import evaluate as evaluate_any_day

    if (
        options.get("peildatum") is None
        and options.get("ruleset") is None
        and not (isinstance(dossier, dict) and dossier.get("peildatum"))
    ):
        options["peildatum"] = PEILDATUM
    return evaluate_any_day(dossier, **options)


def load_ruleset(path=None, *, overlays=(), peildatum=PEILDATUM):
    """`gevoeligheid.load_ruleset` on the tests' PEILDATUM unless the test names another day."""
    from gevoeligheid import load_ruleset as load_ruleset_any_day

    return load_ruleset_any_day(path, overlays=overlays, peildatum=peildatum)


def pytest_addoption(parser):
    parser.addoption(
        "--update-examples",
        action="store_true",
        help=(
            "Rewrite examples/*.json.expected from the current rules (review the diff before "
            "you commit)."
        ),
    )


def copy_rules(target: Path, version: str = "2026.1") -> Path:
    """A writable copy of one version of the default rule set, with the Handreiking beside it."""
    import shutil

    shutil.copytree(ROOT / "rules" / version, target)
    shutil.copy(ROOT / "rules" / "handreiking-2026.txt", target)
    return target
