"""Loading durable-rules on Python 3.11-3.13, and the reference engine where it cannot be loaded."""

from __future__ import annotations

import ast
import ctypes
import importlib.metadata
import json
import os
import re
import subprocess
import sys
import textwrap

from gevoeligheid import _durable_loader
from gevoeligheid._durable_loader import load_compat, load_durable_rules_engine, needs_compat

from .conftest import ROOT
from .test_cli import run

SEVESO = str(ROOT / "examples" / "03-seveso-plant-fire-smoke-plume.json")
NOT_INSTALLED_NL = (
    "gevoeligheid: durable-rules is niet geïnstalleerd; beoordeeld met de referentie-engine "
    "(dezelfde uitkomsten). "
    "Installeer durable-rules (vraagt een C-compiler) of kies engine reference."
)
DOES_NOT_LOAD_NL = (
    "gevoeligheid: durable-rules laadt niet (durable_rules_engine.so: undefined symbol: "
    "PyEval_CallObject); "
    "beoordeeld met de referentie-engine (dezelfde uitkomsten)."
)


def run_python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Code in a fresh interpreter: what a process loads cannot be unloaded."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def broken_durable(tmp_path) -> dict[str, str]:
    """An environment whose durable_rules_engine fails to load as 2.0.28 does on
    3.13 without help."""
    (tmp_path / "durable_rules_engine.py").write_text(
        'raise ImportError("durable_rules_engine.so: undefined symbol: PyEval_CallObject")\n'
    )
    return {"PYTHONPATH": str(tmp_path)}


def test_the_loader_gives_a_working_c_module_on_the_running_python():
    module = load_durable_rules_engine()
    assert module.__name__ == "durable_rules_engine"
    handle = module.create_ruleset(
        "loader_test", json.dumps({"r": {"all": [{"m": {"kind": "dossier"}}]}})
    )
    code, state = module.assert_fact(handle, '{"kind":"dossier","id":"1","sid":"1"}')
    assert code == 0
    assert '"r"' in module.start_action_for_state(handle, state)[1]
    assert module.complete_and_start_action(handle, state) is None
    module.delete_state(handle, "1")
    module.delete_ruleset(handle)


def test_durable_rules_alone_fails_to_import_exactly_where_the_compat_library_is_needed():
    """The reason for the loader: on 3.13 `import durable_rules_engine` on its own fails."""
    done = run_python("import durable_rules_engine")
    assert (done.returncode != 0, "undefined symbol: PyEval_CallObject" in done.stderr) == (
        needs_compat(),
        needs_compat(),
    )


def test_the_loader_makes_pyeval_callobject_global_only_where_python_lacks_it():
    done = run_python(
        """
        import ctypes
        from gevoeligheid._durable_loader import load_durable_rules_engine
        load_durable_rules_engine()
        print(hasattr(ctypes.CDLL(None), "PyEval_CallObject"))
        """
    )
    assert (done.returncode, done.stdout.strip()) == (0, str(needs_compat())), done.stderr


def test_the_compat_library_calls_like_pyobject_callobject():
    call = ctypes.PyDLL(load_compat()).PyEval_CallObject
    call.restype, call.argtypes = ctypes.py_object, [ctypes.py_object, ctypes.py_object]
    assert call(len, ("abcd",)) == 4


def test_a_missing_compat_library_says_it_was_not_built(monkeypatch):
    monkeypatch.setattr(_durable_loader, "COMPAT", "gevoeligheid._not_built")
    try:
        load_compat()
    except OSError as error:
        assert "gevoeligheid._not_built was not built" in str(error)
    else:
        raise AssertionError("load_compat found a library that does not exist")


def test_the_engine_registers_no_callback_that_would_call_pyeval_callobject():
    """On 3.13 durable-rules takes PyEval_CallObject's result for an int: a callback would crash."""
    setters = {
        name
        for name in dir(load_durable_rules_engine())
        if name.startswith("set_") and name.endswith("_callback")
    }
    tree = ast.parse((ROOT / "src" / "gevoeligheid" / "_engine.py").read_text(encoding="utf-8"))
    used = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "durable_rules_engine"
    }
    assert len(setters) == 5
    assert used & setters == set()


def test_without_durable_rules_the_reference_engine_evaluates_with_one_dutch_notice():
    done = run_python(
        f"""
        import sys
        sys.modules["durable_rules_engine"] = None  # as if durable-rules were not installed
        from gevoeligheid import evaluate_file as evaluate
        first, second = evaluate({SEVESO!r}), evaluate({SEVESO!r}, lang="en")
        reference = evaluate({SEVESO!r}, engine="reference")
        print(first.engine, second.engine, first.to_dict() == reference.to_dict())
        """
    )
    assert (done.returncode, done.stdout.strip()) == (0, "reference reference True"), done.stderr
    assert done.stderr.splitlines() == [NOT_INSTALLED_NL]


def test_the_notice_is_in_english_when_the_first_evaluation_asks_for_english():
    done = run_python(
        f"""
        import sys
        sys.modules["durable_rules_engine"] = None
        from gevoeligheid import evaluate_file as evaluate
        print(evaluate({SEVESO!r}, lang="en").classification)
        """
    )
    assert (done.returncode, done.stdout.strip()) == (0, "highly_sensitive"), done.stderr
    assert done.stderr.splitlines() == [
        (
            "gevoeligheid: durable-rules is not installed; evaluated with the reference engine "
            "(same results). "
            "Install durable-rules (needs a C compiler) or choose engine reference."
        )
    ]


def test_a_durable_module_that_does_not_load_falls_back_and_says_why(tmp_path):
    done = run_python(
        f"from gevoeligheid import evaluate_file as evaluate; print(evaluate({SEVESO!r}).engine)",
        env=broken_durable(tmp_path),
    )
    assert (done.returncode, done.stdout.strip()) == (0, "reference"), done.stderr
    assert done.stderr.splitlines() == [DOES_NOT_LOAD_NL]


def test_where_the_compat_library_was_not_built_the_notice_says_to_reinstall_with_a_compiler(
    tmp_path,
):
    done = run_python(
        f"""
        from gevoeligheid import _durable_loader, evaluate_file as evaluate
        _durable_loader.needs_compat = lambda: True  # as on 3.13
        _durable_loader.COMPAT = "gevoeligheid._not_built"  # as installed without a C compiler
        print(evaluate({SEVESO!r}).engine)
        """,
        env=broken_durable(tmp_path),
    )
    assert (done.returncode, done.stdout.strip()) == (0, "reference"), done.stderr
    assert done.stderr.splitlines() == [
        DOES_NOT_LOAD_NL + " Installeer gevoeligheid opnieuw op een machine met een C-compiler."
    ]


def test_asking_for_the_reference_engine_gives_no_notice(tmp_path):
    done = run_python(
        (
            f"from gevoeligheid import evaluate_file as evaluate; print(evaluate({SEVESO!r}, "
            "engine='reference').engine)"
        ),
        env=broken_durable(tmp_path),
    )
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "reference", "")


def test_gevoelig_check_with_workers_tells_the_fallback_once(tmp_path):
    done = run(
        "check", "-f", "jsonl", "--jobs", "2", str(ROOT / "examples"), env=broken_durable(tmp_path)
    )
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert (done.returncode, {result["engine"] for result in results}) == (0, {"reference"}), (
        done.stderr
    )
    assert len(results) == len(list((ROOT / "examples").glob("*.json")))
    assert done.stderr.splitlines() == [DOES_NOT_LOAD_NL]


def test_the_pythons_the_metadata_claims_are_the_pythons_ci_tests():
    """The installed metadata claims a Python only if CI tests it: .ci/run tests the default
    python3 in full and .ci/other-pythons the versions it loops over; a classifier added without
    a CI run (or a version dropped from CI but still claimed) fails here."""
    meta = importlib.metadata.metadata("gevoeligheid")
    claimed = {
        line.rsplit(" :: ", 1)[1]
        for line in meta.get_all("Classifier")
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", line)
    }
    loop = re.search(
        r"^for version in ([\d. ]+); do$",
        (ROOT / ".ci" / "other-pythons").read_text(encoding="utf-8"),
        re.M,
    )
    others = set(loop.group(1).split())
    lowest = min(claimed, key=lambda version: tuple(map(int, version.split("."))))
    # One claimed version is not in the loop: the default python3 that .ci/run tests in full.
    assert (claimed - others, others - claimed, meta["Requires-Python"]) == (
        {lowest},
        set(),
        f">={lowest}",
    )
    assert "{}.{}".format(*sys.version_info[:2]) in claimed
