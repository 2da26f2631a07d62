"""How many questions the interview (`next_questions`) asks against Bijlage 3 order.

A "truth" is what an inspector knows about a dossier. Starting from the dossier without its facts
(its events, id and peildatum kept), each strategy asks one question at a time and answers it from
the truth ("weet niet" where the truth leaves the fact unknown, after which it is not asked again):

- interview: the first question `next_questions` ranks that was not answered "weet niet";
- Bijlage 3 order: the next unasked fact in checklist order (the order of facts.yaml).

Both stop as soon as the outcome is settled (no answer to any open question can change the
classification or the escalation), or when nothing is left to ask. Counted per truth:
- "to final": questions until the outcome (classification, escalation, inform) first equals the
  one the whole truth gives;
- "to settled": questions until the strategy stops.
Every run checks that each strategy ends on the whole truth's classification and escalation (and
counts the ends whose roles to inform differ).

Truths: the shipped examples, generated dossiers shaped like them (realistic.py; their unknown
facts stay unknown) and random truths (every fact answered, "yes" with probability p).

    python benchmarks/bench_interview.py [--random 120] [--generated 60] [--seed 2026]
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realistic import realistic_dossiers

from gevoeligheid import evaluate
from gevoeligheid._evaluate import default_ruleset
from gevoeligheid._questions import next_questions, settled, with_answer

ROOT = Path(__file__).resolve().parents[1]
PEILDATUM = "2026-12-01"


def outcome_key(result: Any) -> tuple[object, ...]:
    return (result.classification, result.escalation, result.inform)


def blank(truth: dict[str, Any]) -> dict[str, Any]:
    return {**truth, "facts": {}}


Chooser = Callable[[dict[str, Any], set[str]], "str | None"]


def interview_choice(data: dict[str, Any], asked: set[str]) -> str | None:
    for question in next_questions(data, peildatum=PEILDATUM):
        if question.fact not in asked:
            return question.fact
    return None


def bijlage3_choice(order: list[str]) -> Chooser:
    def choose(data: dict[str, Any], asked: set[str]) -> str | None:
        if settled(evaluate(data, engine="reference", peildatum=PEILDATUM)):
            return None
        return next((fact for fact in order if fact not in asked), None)

    return choose


def run(
    truth: dict[str, Any], choose: Chooser
) -> tuple[int, int, tuple[object, ...], tuple[object, ...]]:
    """(questions to the final outcome, questions until stopped, the end's outcome, the truth's)."""
    final = outcome_key(evaluate(truth, engine="reference", peildatum=PEILDATUM))
    known = truth.get("facts") or {}
    data = blank(truth)
    asked: set[str] = set()
    to_final = (
        0 if outcome_key(evaluate(data, engine="reference", peildatum=PEILDATUM)) == final else None
    )
    while (fact := choose(data, asked)) is not None:
        asked.add(fact)
        data = with_answer(data, fact, known.get(fact))
        if (
            to_final is None
            and outcome_key(evaluate(data, engine="reference", peildatum=PEILDATUM)) == final
        ):
            to_final = len(asked)
    end = outcome_key(evaluate(data, engine="reference", peildatum=PEILDATUM))
    return (to_final if to_final is not None else len(asked)), len(asked), end, final


def random_truths(
    count: int, seed: int, densities: Iterable[float]
) -> list[tuple[float, dict[str, Any]]]:
    ruleset = default_ruleset(datetime.date.fromisoformat(PEILDATUM))
    rnd = random.Random(seed)
    out = []
    densities = list(densities)
    for number in range(count):
        p = densities[number % len(densities)]
        facts: dict[str, object] = {}
        for fact in ruleset.facts.values():
            yes = rnd.random() < p
            if fact.type == "bool":
                facts[fact.id] = yes
            elif fact.type == "grade":
                facts[fact.id] = rnd.choice(fact.values[1:]) if yes else fact.values[0]
            else:
                facts[fact.id] = rnd.sample(list(fact.values), rnd.randint(1, 2)) if yes else []
        out.append((p, {"id": f"random-{number}", "peildatum": PEILDATUM, "facts": facts}))
    return out


_RUNS: dict[tuple[int, str], tuple[int, int, tuple[object, ...], tuple[object, ...]]] = {}


def measure(label: str, truths: list[dict[str, Any]], order: list[str]) -> dict[str, float]:
    rows = {"interview": [], "bijlage3": []}  # type: dict[str, list[tuple[int, int]]]
    wrong = {"interview": 0, "bijlage3": 0}
    inform_differs = {"interview": 0, "bijlage3": 0}
    started = time.perf_counter()
    for truth in truths:
        for name, choose in (("interview", interview_choice), ("bijlage3", bijlage3_choice(order))):
            key = (id(truth), name)
            if key not in _RUNS:
                _RUNS[key] = run(truth, choose)
            to_final, to_stop, end, final = _RUNS[key]
            rows[name].append((to_final, to_stop))
            if end[:2] != final[:2]:
                wrong[name] += 1
            elif end != final:
                inform_differs[name] += 1
    mean = {
        name: (
            statistics.fmean(r[0] for r in rows[name]),
            statistics.fmean(r[1] for r in rows[name]),
        )
        for name in rows
    }
    ratio_final = (
        mean["interview"][0] / mean["bijlage3"][0] if mean["bijlage3"][0] else float("nan")
    )
    ratio_stop = mean["interview"][1] / mean["bijlage3"][1] if mean["bijlage3"][1] else float("nan")
    print(
        f"{label:<26} n={len(truths):>3}  to final: interview {mean['interview'][0]:5.2f}  Bijlage "
        f"3 {mean['bijlage3'][0]:5.2f}  ratio {ratio_final:4.2f}"
        f"  | to settled: interview {mean['interview'][1]:5.2f}  Bijlage 3 "
        f"{mean['bijlage3'][1]:5.2f}  ratio {ratio_stop:4.2f}"
        f"  | wrong end: {wrong['interview']}/{wrong['bijlage3']}  inform differs: "
        f"{inform_differs['interview']}/{inform_differs['bijlage3']}"
        f"  ({time.perf_counter() - started:.0f} s)"
    )
    return {
        "ratio_final": ratio_final,
        "ratio_stop": ratio_stop,
        "wrong": wrong["interview"] + wrong["bijlage3"],
    }


def main() -> int:
    global PEILDATUM  # noqa: PLW0603 - one setting for the whole run, read by every strategy
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=120, help="random truths (default 120)")
    parser.add_argument("--generated", type=int, default=60, help="generated dossiers (default 60)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--goal",
        type=float,
        default=0.6,
        help="the largest ratio to the final outcome allowed on random truths",
    )
    parser.add_argument(
        "--peildatum",
        default=PEILDATUM,
        help=(
            "the day every dossier is assessed on, which picks the rule set version (default "
            f"{PEILDATUM})"
        ),
    )
    args = parser.parse_args()
    PEILDATUM = args.peildatum
    order = list(default_ruleset(datetime.date.fromisoformat(PEILDATUM)).facts)
    examples = [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "examples").glob("*.json"))
    ]
    examples = [
        {**example, "peildatum": PEILDATUM} if "peildatum" not in example else example
        for example in examples
    ]
    generated = [
        {**dossier, "peildatum": PEILDATUM}
        for dossier in realistic_dossiers(args.generated, args.seed)
        if dossier.get("title") == "Gegenereerd dossier"
    ]
    truths = random_truths(args.random, args.seed, (0.05, 0.1, 0.2, 0.35))
    measure("examples", examples, order)
    measure("generated dossiers", generated, order)
    for p in sorted({p for p, _ in truths}):
        measure(f"random truths p={p}", [truth for q, truth in truths if q == p], order)
    overall = measure("random truths, all", [truth for _, truth in truths], order)
    ok = overall["ratio_final"] <= args.goal and overall["wrong"] == 0
    print(
        f"goal: on random truths at most {args.goal}x the questions of Bijlage 3 order to the "
        f"final outcome, never a wrong end: {'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
