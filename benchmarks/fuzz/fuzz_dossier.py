"""Fuzz the dossier parser with raw bytes: it returns a Dossier or raises a GevoeligheidError
whose message is one line in either language; anything else is a crash.

Run: python benchmarks/fuzz/fuzz_dossier.py -atheris_runs=1000000 [--keep-going]
"""

from __future__ import annotations

from fuzzing import GevoeligheidError, default_ruleset, fuzz, parse_dossier, reached

RULESET = default_ruleset()


def test_one(data: bytes) -> None:
    reached["inputs"] += 1
    try:
        parse_dossier(data, RULESET, "<fuzz>")
        reached["dossiers"] += 1
    except GevoeligheidError as error:
        reached[type(error).__name__] += 1
        for lang in ("nl", "en"):
            line = error.show(lang)
            if "\n" in line or "\r" in line:
                raise AssertionError(f"a message of more than one line: {line!r}") from error


if __name__ == "__main__":
    fuzz("dossier", test_one)
