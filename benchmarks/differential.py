"""The differential run: many generated dossiers through both engines, which
must agree on every one.

    python benchmarks/differential.py --count 1000000 --jobs 2

The dossiers come from the same byte decoder as the property tests (tests/strategies.py), with
random bytes from a fixed seed: a quarter of them in the corners (every fact at its highest, all
but one, highest-or-lowest, events packed into a few weeks). Each is evaluated on durable-rules and
on the reference evaluator; the results must be byte-identical in JSON apart from the engine's
name. A dossier without a peildatum of its own is assessed on the day the run started, on both
engines and in every worker: a run that crossed midnight would otherwise assess it on two days and
report the difference as a mismatch. Prints the count, the mismatches and the errors, and exits 1
if either is not zero.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gevoeligheid import DossierError  # noqa: E402
from gevoeligheid._evaluate import evaluator_for  # noqa: E402
from gevoeligheid._render import to_json  # noqa: E402
from tests.strategies import FACTS, dossier_from_bytes  # noqa: E402

SIZE = 1 + len(FACTS) + 3 * 30


def run(seed: int, count: int, day: datetime.date) -> tuple[int, int, int, int, list[str]]:
    """Evaluate `count` dossiers drawn from `seed`, those without a peildatum of their own on `day`:
    (drawn, refused as input, mismatches, errors, the first few examples)."""
    evaluator = evaluator_for(None)
    rnd = random.Random(seed)
    refused = mismatches = errors = 0
    examples: list[str] = []
    for _ in range(count):
        blob = rnd.randbytes(rnd.randrange(1 + len(FACTS), SIZE + 1))
        dossier = dossier_from_bytes(blob)
        # An explicit peildatum beats the dossier's own: give one only where it has none.
        peildatum = None if dossier.get("peildatum") is not None else day
        try:
            durable = to_json(evaluator.evaluate(dossier, engine="durable", peildatum=peildatum))
            reference = to_json(
                evaluator.evaluate(dossier, engine="reference", peildatum=peildatum)
            )
        except DossierError:
            refused += 1  # the decoder can make events a dossier may not have (a future date)
            continue
        except Exception as error:  # anything else is a bug of the library: count and show it
            errors += 1
            if len(examples) < 5:
                examples.append(f"error {type(error).__name__}: {error} on {blob.hex()}")
            continue
        if durable.replace('"engine": "durable"', '"engine": "reference"') != reference:
            mismatches += 1
            if len(examples) < 5:
                examples.append(f"mismatch on {blob.hex()}")
    return count, refused, mismatches, errors, examples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--peildatum",
        type=datetime.date.fromisoformat,
        default=None,
        help="the day that assesses dossiers without their own (default: the day the run starts)",
    )
    args = parser.parse_args()
    day = args.peildatum or datetime.date.today()  # once: every worker assesses on the same day
    parts = 100
    sizes = [
        args.count // parts + (1 if index < args.count % parts else 0) for index in range(parts)
    ]
    started = time.perf_counter()
    total = refused = mismatches = errors = 0
    examples: list[str] = []
    with concurrent.futures.ProcessPoolExecutor(args.jobs) as pool:
        for done, bad_input, bad, failed, shown in pool.map(
            run, [args.seed * 1000 + index for index in range(parts)], sizes, [day] * parts
        ):
            total, refused, mismatches, errors = (
                total + done,
                refused + bad_input,
                mismatches + bad,
                errors + failed,
            )
            examples.extend(shown)
    seconds = time.perf_counter() - started
    print(
        f"{total - refused:,} dossiers through both engines in {seconds:,.0f} s, peildatum {day} "
        f"where a dossier has none: {mismatches} "
        f"mismatches, {errors} errors"
        f" ({total:,} drawn, {refused:,} refused as input by the dossier parser)"
    )
    for line in examples[:10]:
        print("  " + line)
    return 1 if mismatches or errors else 0


if __name__ == "__main__":
    sys.exit(main())
