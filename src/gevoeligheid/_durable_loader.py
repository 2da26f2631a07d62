"""Loads durable-rules' C module on every supported Python, or says why it cannot be loaded."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

MODULE = "durable_rules_engine"

#: The library that defines PyEval_CallObject, which Python 3.13 removed (`_durable_compat.c`).
COMPAT = f"{__package__}._durable_compat"


class DurableUnavailable(ImportError):
    """durable-rules cannot be loaded here: it is not installed, or its C module does not load
    (`compat_missing`: because this package's C part, which 3.13 needs, was not built)."""

    def __init__(
        self, detail: str, *, installed: bool = True, compat_missing: bool = False
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.installed = installed
        self.compat_missing = compat_missing


def needs_compat() -> bool:
    """Whether this Python lacks PyEval_CallObject (removed in 3.13; a macro
    before, never exported)."""
    return sys.version_info >= (3, 13)


def load_compat() -> str:
    """Make PyEval_CallObject visible to every library loaded after this; return the file's path."""
    spec = importlib.util.find_spec(COMPAT)
    if spec is None or spec.origin is None:
        raise OSError(f"{COMPAT} was not built (gevoeligheid was installed without a C compiler)")
    import ctypes  # only on Python 3.13 and later

    ctypes.CDLL(spec.origin, mode=ctypes.RTLD_GLOBAL)
    return spec.origin


def load_durable_rules_engine() -> ModuleType:
    """The `durable_rules_engine` C module, with what it needs from Python supplied first.

    Raises DurableUnavailable when durable-rules is not installed or its module does not load.
    """
    loaded = sys.modules.get(MODULE)
    if loaded is not None:
        return loaded
    compat_missing = False
    if needs_compat():
        try:
            load_compat()
        except OSError:  # the import says whether it mattered
            compat_missing = True
    try:
        return importlib.import_module(MODULE)
    except ImportError as error:
        if isinstance(error, ModuleNotFoundError) and error.name == MODULE:
            raise DurableUnavailable("durable-rules is not installed", installed=False) from error
        detail = (str(error).splitlines() or [type(error).__name__])[0]
        raise DurableUnavailable(detail, compat_missing=compat_missing) from error
