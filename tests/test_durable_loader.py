"""Loading durable-rules on Python 3.11-3.13."""

from __future__ import annotations

import ast
import ctypes
import json
import os
import subprocess
import sys
import textwrap

from gevoeligheid import _durable_loader
from gevoeligheid._durable_loader import load_compat, load_durable_rules_engine, needs_compat

from .conftest import ROOT


def run_python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Code in a fresh interpreter: what a process loads cannot be unloaded."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})


def test_the_loader_gives_a_working_c_module_on_the_running_python():
    module = load_durable_rules_engine()
    assert module.__name__ == "durable_rules_engine"
    handle = module.create_ruleset("loader_test", json.dumps({"r": {"all": [{"m": {"kind": "dossier"}}]}}))
    code, state = module.assert_fact(handle, '{"kind":"dossier","id":"1","sid":"1"}')
    assert code == 0
    assert '"r"' in module.start_action_for_state(handle, state)[1]
    assert module.complete_and_start_action(handle, state) is None
    module.delete_state(handle, "1")
    module.delete_ruleset(handle)


def test_durable_rules_alone_fails_to_import_exactly_where_the_compat_library_is_needed():
    """The reason for the loader: on 3.13 `import durable_rules_engine` on its own fails."""
    done = run_python("import durable_rules_engine")
    assert (done.returncode != 0, "undefined symbol: PyEval_CallObject" in done.stderr) == (needs_compat(), needs_compat())


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
    setters = {name for name in dir(load_durable_rules_engine()) if name.startswith("set_") and name.endswith("_callback")}
    tree = ast.parse((ROOT / "src" / "gevoeligheid" / "engine.py").read_text(encoding="utf-8"))
    used = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "durable_rules_engine"}
    assert len(setters) == 5
    assert used & setters == set()
