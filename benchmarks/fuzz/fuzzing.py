"""What the fuzz targets share: gevoeligheid imported with coverage, the seed corpus, the run."""

from __future__ import annotations

import atexit
import collections
import hashlib
import json
import random
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["gevoeligheid"]):
    # Imported here, inside the block, so that coverage reaches them; the targets
    # import them from here.
    from gevoeligheid import GevoeligheidError, parse_dossier  # noqa: F401
    from gevoeligheid._dossier import CARRIED
    from gevoeligheid._evaluate import Evaluator, default_ruleset  # noqa: F401

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parents[1] / "examples"

#: libFuzzer options unless given: inputs a little over twice the largest example (2 KB) and a
#: hang reported after 10 s (an evaluation takes well under a millisecond).
DEFAULTS = ("-max_len=4096", "-timeout=10")

#: What the inputs reached, counted by the target and printed when the run ends.
reached: collections.Counter[str] = collections.Counter()


def seed_corpus(target: str) -> Path:
    """benchmarks/fuzz/corpus/TARGET with every examples/*.json in it; the fuzzer
    adds what it finds."""
    corpus = HERE / "corpus" / target
    corpus.mkdir(parents=True, exist_ok=True)
    for example in EXAMPLES.glob("*.json"):
        shutil.copyfile(example, corpus / example.name)
    return corpus


def dictionary() -> Path:
    """benchmarks/fuzz/corpus/dossier.dict: the default rule set's words as JSON tokens, so that
    mutations write fact ids, grades and event types, not only bytes that no dossier has."""
    ruleset = default_ruleset()
    words = {"facts", "events", "x-", *CARRIED, "2026-02-05"}
    for fact in ruleset.facts.values():
        words.update((fact.id, *fact.values))
    for event in ruleset.events.values():
        words.update(
            (
                event.type,
                *event.fields,
                *(word for values in event.fields.values() for word in values),
            )
        )
    tokens = sorted(json.dumps(word, ensure_ascii=False) for word in words) + [
        "true",
        "false",
        "null",
        "[]",
        "{}",
        r'"\ud800"',
    ]
    path = HERE / "corpus" / "dossier.dict"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{_entry(token)}\n" for token in tokens), encoding="ascii")
    return path


def _entry(token: str) -> str:
    """One libFuzzer dictionary line: the token's UTF-8 bytes in quotes, escaped where needed."""
    return (
        '"'
        + "".join(
            chr(byte) if 0x20 <= byte < 0x7F and chr(byte) not in '\\"' else f"\\x{byte:02X}"
            for byte in token.encode("utf-8")
        )
        + '"'
    )


def mutate(data: bytes, max_size: int, seed: int) -> bytes:
    """Half the time, when the input is a JSON object: facts set to values of their own (one, a
    few, or most of them, as the extremes need) or an event copied; else libFuzzer's byte mutation.

    Bytes alone rarely stay a dossier (about 1 in 40 does), and never reach a dossier with most of
    its facts at their highest, where the engines are the likeliest to part.
    """
    chance = random.Random(seed)
    if chance.random() < 0.5:
        try:
            dossier = json.loads(data)
        except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested too deeply
            dossier = None
        if isinstance(dossier, dict) and _change(dossier, chance):
            out = json.dumps(dossier, ensure_ascii=False).encode("utf-8", "surrogatepass")
            if len(out) <= max_size:
                return out
    return atheris.Mutate(data, max_size)


def _change(dossier: dict, chance: random.Random) -> bool:
    facts = dossier.setdefault("facts", {})
    events = dossier.get("events")
    if isinstance(events, list) and events and chance.random() < 0.2:
        events.insert(chance.randrange(len(events) + 1), chance.choice(events))
        return True
    if not isinstance(facts, dict):
        return False
    defined = list(default_ruleset().facts.values())
    highest = chance.random() < 0.3  # every chosen fact at its highest: the corner
    for fact in chance.sample(
        defined, chance.choice((1, 1, 1, 2, 3, len(defined) // 2, len(defined) - 1, len(defined)))
    ):
        if fact.type == "bool":
            facts[fact.id] = True if highest else chance.choice((True, False, None))
        elif fact.type == "grade":
            facts[fact.id] = fact.values[-1] if highest else chance.choice((*fact.values, None))
        else:
            facts[fact.id] = (
                list(fact.values)
                if highest
                else chance.sample(fact.values, chance.randint(0, len(fact.values)))
            )
    return True


def fuzz(target: str, test_one: Callable[[bytes], None]) -> None:
    """Run libFuzzer on `test_one` with the command line's options and folders (without a folder, on
    the seed corpus), the rule set's dictionary, DEFAULTS and `mutate`. A crash goes to
    benchmarks/fuzz/crashes/ and stops the run; with --keep-going it is counted by its first line
    and the run goes on, so that a crash already known does not hide the next one."""
    argv = list(sys.argv)
    keep_going = "--keep-going" in argv
    argv = [arg for arg in argv if arg != "--keep-going"]
    given = {arg.split("=")[0] for arg in argv[1:] if arg.startswith("-")}
    argv[1:1] = [option for option in DEFAULTS if option.split("=")[0] not in given]
    if "-dict" not in given:
        argv.insert(1, f"-dict={dictionary()}")
    crashes = HERE / "crashes"
    if "-artifact_prefix" not in given:
        crashes.mkdir(exist_ok=True)
        argv.insert(1, f"-artifact_prefix={crashes / target}-")
    if all(arg.startswith("-") for arg in argv[1:]):
        argv.append(str(seed_corpus(target)))

    def going_on(data: bytes) -> None:
        try:
            test_one(data)
        except Exception as error:  # every exception is a crash, counted
            first_line = (str(error).splitlines() or [""])[0]
            reached[f"crashes ({type(error).__name__}: {first_line})"] += 1
            crashes.mkdir(exist_ok=True)
            (crashes / f"{target}-kept-{hashlib.sha1(data).hexdigest()}").write_bytes(data)

    atexit.register(
        lambda: print(
            f"{target}: " + ", ".join(f"{count:,} {what}" for what, count in reached.items()),
            file=sys.stderr,
        )
    )
    atheris.Setup(argv, going_on if keep_going else test_one, custom_mutator=mutate)
    atheris.Fuzz()
