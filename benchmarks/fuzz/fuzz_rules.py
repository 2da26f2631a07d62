"""Fuzz the rule-file loader and compiler: any bytes, written as an overlay, loaded on top of the
default rule set and compiled, must give a rule set or one of the library's own errors.

Install the fuzzer (`pip install -e '.[fuzz]'`) and run, from the checkout, with a bound on time
and memory per input:

    python benchmarks/fuzz/fuzz_rules.py -runs=1000000 -timeout=5 -rss_limit_mb=512 \
        -dict=benchmarks/fuzz/rules.dict /tmp/rules-corpus benchmarks/fuzz/rules-seeds

The first folder collects the inputs the fuzzer finds interesting; the seeds are overlays in the
shapes docs/rules.md describes. Any other exception, an input over five seconds or over 512 MB
is a crash: libFuzzer writes the input to crash-* (or timeout-*, oom-*) and stops. Make it a
regression test in tests/test_hostile_rules.py.
"""

from __future__ import annotations

import datetime
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["gevoeligheid"]):
    from gevoeligheid._compile import compile_ruleset
    from gevoeligheid._errors import GevoeligheidError
    from gevoeligheid._overlay import apply_overlay
    from gevoeligheid._rules import load_ruleset

#: The default rule set, loaded once: an overlay is what a region writes and the fuzzer varies.
BASE = load_ruleset()
#: After every valid_from an overlay may reasonably name, so that the date does not stop it.
DAY = datetime.date(2100, 1, 1)
FOLDER = Path(tempfile.mkdtemp(prefix="fuzz-rules-"))
OVERLAY = FOLDER / "overlay.yaml"


def test_one_input(data: bytes) -> None:
    OVERLAY.write_bytes(data)
    try:
        compile_ruleset(apply_overlay(BASE, OVERLAY, DAY))
    except GevoeligheidError:
        pass  # the library's own errors are the answer to a broken file


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
