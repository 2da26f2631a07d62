"""Realistic dossiers for the benchmarks: shaped like the shipped examples, made deterministically.

A case worker answers about two thirds of the questions; most answers are no; a few dossiers
carry complaint or media events. The shipped examples are mixed in as they are.
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Iterator
from pathlib import Path

from gevoeligheid._evaluate import default_ruleset

ROOT = Path(__file__).resolve().parents[1]


def realistic_dossiers(count: int, seed: int = 2026) -> list[dict]:
    return list(iter_realistic_dossiers(count, seed))


def iter_realistic_dossiers(
    count: int, seed: int = 2026, *, distinct: bool = False
) -> Iterator[dict]:
    """`realistic_dossiers` one at a time; with `distinct`, each of the shipped examples mixed in
    gets an id of its own (`<its id>#<number>`), so that no two dossiers are the same."""
    ruleset = default_ruleset()
    rnd = random.Random(seed)
    examples = [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "examples").glob("*.json"))
    ]
    for number in range(count):
        if number % 10 == 0:
            example = examples[(number // 10) % len(examples)]
            yield (
                {**example, "id": f"{example.get('id', 'voorbeeld')}#{number}"}
                if distinct
                else example
            )
            continue
        facts: dict[str, object] = {}
        for fact in ruleset.facts.values():
            if rnd.random() > 0.66:
                continue  # not answered (yet)
            if fact.type == "bool":
                facts[fact.id] = rnd.random() < 0.15
            elif fact.type == "grade":
                facts[fact.id] = (
                    fact.values[0] if rnd.random() < 0.8 else rnd.choice(fact.values[1:])
                )
            else:
                facts[fact.id] = (
                    [] if rnd.random() < 0.8 else rnd.sample(list(fact.values), rnd.randint(1, 2))
                )
        dossier: dict[str, object] = {
            "id": f"OD-2026-{number:05d}",
            "title": "Gegenereerd dossier",
            "task": "toezicht",
            "facts": facts,
        }
        if rnd.random() < 0.2:
            # In the past (an event dated after today is refused), and the same every run.
            start = datetime.date(2025, 1, 1) + datetime.timedelta(days=rnd.randrange(300))
            dossier["events"] = [
                {
                    "type": "klacht",
                    "datum": (start + datetime.timedelta(days=rnd.randrange(40))).isoformat(),
                }
                for _ in range(rnd.randrange(1, 15))
            ] + [
                {
                    "type": "media",
                    "datum": start.isoformat(),
                    "bereik": rnd.choice(["lokaal", "regionaal"]),
                }
            ]
        yield dossier
