"""Fuzz the whole evaluation from raw bytes on both engines: each gives the same result, or the same
GevoeligheidError; a difference, or any other exception, is a crash.

The bytes become text as a Python caller's string (invalid UTF-8 as lone surrogates, so every input
is a different text), parsed as evaluate() parses JSON text. A string is JSON text to evaluate(),
never a path (evaluate_file() reads files), so the fuzzer cannot open the machine's files.

Run: python benchmarks/fuzz/fuzz_evaluate.py -atheris_runs=1000000 [--keep-going]
"""

from __future__ import annotations

from fuzzing import Evaluator, GevoeligheidError, default_ruleset, fuzz, parse_dossier, reached

EVALUATOR = Evaluator(default_ruleset())


def outcome(dossier, engine: str, lang: str) -> object:
    """The result without the engine's name, or the error."""
    try:
        result = EVALUATOR.evaluate(dossier, engine=engine, lang=lang).to_dict()
    except GevoeligheidError as error:
        reached[f"{type(error).__name__} on {engine}"] += 1
        return error
    assert result.pop("engine") == engine
    return result


def summary(outcome: object) -> str:
    """An error by its kind and what went wrong (not the dossier's id), so that crashes group."""
    if isinstance(outcome, GevoeligheidError):
        return f"{type(outcome).__name__} {getattr(outcome, 'what', outcome)!s}"
    return "a result"


def comparable(outcome: object, lang: str) -> object:
    return (
        (type(outcome).__name__, outcome.show(lang))
        if isinstance(outcome, GevoeligheidError)
        else outcome
    )


def test_one(data: bytes) -> None:
    reached["inputs"] += 1
    text = data.decode("utf-8", "surrogateescape")
    try:
        dossier = parse_dossier(text, EVALUATOR.ruleset, "<fuzz>")
    except GevoeligheidError:
        return
    reached["evaluated on both engines"] += 1
    lang = ("nl", "en")[len(data) % 2]
    durable, reference = outcome(dossier, "durable", lang), outcome(dossier, "reference", lang)
    if comparable(durable, lang) != comparable(reference, lang):
        raise AssertionError(
            f"the engines differ: durable gave {summary(durable)}, reference gave "
            f"{summary(reference)}"
            f"\ndurable:   {comparable(durable, lang)}\nreference: {comparable(reference, lang)}"
        )


if __name__ == "__main__":
    fuzz("evaluate", test_one)
