"""Evaluate a stream of dossiers in worker processes, in order, with flat memory."""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .errors import EngineError, GevoeligheidError
from .evaluate import Evaluator
from .inputs import read_file

#: What a worker sends back: the rendered result (UTF-8) and its escalation, or the error's line.
Done = tuple[bytes | None, int, str | None]

_worker: dict[str, Any] = {}


def _start(load: Callable[[], Any], render: Callable[[Any], str], engine: str, lang: str) -> None:
    _worker["evaluator"] = Evaluator(load())
    _worker.update(render=render, engine=engine, lang=lang)


def evaluate_one(evaluator: Evaluator, render, engine: str, lang: str, source: str, text: bytes | None, error, path=None) -> Done:
    if path is not None:  # read here, in the worker, so that reading files runs in parallel too
        item = read_file(path)
        source, text, error = item.source, item.text, item.error
    if error is not None:
        return None, 0, error.show(lang)
    try:
        result = evaluator.evaluate(text, engine=engine, lang=lang, source=source)
    except GevoeligheidError as failure:
        return None, 0, failure.show(lang)
    return render(result), result.outcome.escalation, None


def _work(chunk: list[tuple[str, bytes | None, Any, Any]]) -> list[Done]:
    evaluator, render, engine, lang = _worker["evaluator"], _worker["render"], _worker["engine"], _worker["lang"]
    return [evaluate_one(evaluator, render, engine, lang, *item) for item in chunk]


def jobs_for(requested: int) -> int:
    return requested if requested > 0 else (os.cpu_count() or 1)


#: How long one chunk may take before its worker is taken for dead. A chunk of 128 dossiers
#: takes tens of milliseconds; a worker that crashed (durable-rules can segfault) never answers.
CHUNK_TIMEOUT = 300


def in_parallel(items: Iterable[Any], jobs: int, load, render, engine: str, lang: str, chunk: int = 128) -> Iterator[tuple[Any, Done]]:
    """(item, done) for every item, in input order.

    Chunks of items go to the workers as a sliding window: a new chunk is sent whenever the
    oldest comes back, so no worker waits for a batch to drain, and at most a few chunks a
    worker are in memory however long the input is. The first chunks are small and grow to
    `chunk`, so that a short batch still reaches every worker.
    """
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(jobs, initializer=_start, initargs=(load, render, engine, lang)) as pool:
        iterator = iter(items)
        window: collections.deque = collections.deque()
        sizes = itertools.chain((min(chunk, 2**step) for step in range(chunk.bit_length())), itertools.repeat(chunk))

        def send() -> bool:
            batch = list(itertools.islice(iterator, next(sizes)))
            if batch:
                payload = [(item.source, item.text, item.error, item.path) for item in batch]
                window.append((batch, pool.apply_async(_work, (payload,))))
            return bool(batch)

        while len(window) < 3 * jobs and send():
            pass
        while window:
            batch, pending = window.popleft()
            try:
                done = pending.get(timeout=CHUNK_TIMEOUT)
            except multiprocessing.TimeoutError:
                rest = f" and the {len(batch) - 1} dossier(s) after it" if len(batch) > 1 else ""
                raise EngineError(f"a worker process gave no answer within {CHUNK_TIMEOUT} s for {batch[0].source}{rest}; it may have crashed") from None
            send()
            yield from zip(batch, done, strict=True)
