"""What the endpoints share: reading bodies within their limits, evaluating, and logging a decision
before its answer goes out."""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request

from .. import DossierError, EngineError, Evaluator, GevoeligheidError, Result
from .._decisionlog.entry import Entry, RulesetSource, make_entry, result_text
from .._decisionlog.rulesets import keep_for_entries, unkept
from .._decisionlog.store import DecisionLog, open_log
from .._decisionlog.writer import GroupWriter
from .._errors import ErrorLine, NotInForce
from .._messages import Message, Number
from .._model import Engine, Language
from . import metrics, tenants, tracing
from .guard import HELD, Budget, Held
from .keys import ApiKey, KeyRing, load_keys
from .problems import Problem, day_without_rules, dossier_problem
from .rulesets import Rules
from .settings import Settings

logger = logging.getLogger("gevoelig.service")

#: Dossiers up to this size are evaluated on the event loop (about 0.1 ms); larger ones in a
#: thread, so that a 5 MB dossier does not hold up /healthz and the other requests.
INLINE_BYTES = 64 * 1024
#: What parsing and evaluating a dossier can make of its bytes at most, measured on 5 MB dossiers:
#: 25 times (a list of empty lists or objects under an x- key; plain text 5 times, ordinary dossiers
#: less). The memory budget counts a dossier at this while it is parsed and evaluated.
EXPANSION = 25
JSON_TYPES = ("application/json",)
NDJSON_TYPES = (
    "application/x-ndjson",
    "application/jsonl",
    "application/json-lines",
    "application/ndjson",
)


class Service:
    """The state of one worker: the rules, the keys and the decision log."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.tenants = tenants.TenantRules(settings)
        self.keys = KeyRing(load_keys(settings.keys_file, settings.keys_env))
        self.source = RulesetSource(settings.ruleset_path, tuple(settings.overlays))
        self.log: DecisionLog | None = None
        self.writer: GroupWriter | None = None

    @property
    def rules(self) -> Rules:
        """The rules of the request's tenant: the service's own (--overlay) without tenants."""
        return self.tenants.current()

    def start(self) -> None:
        """Load the rules (every version, of every tenant) and open the log; any fault stops the
        start with its message."""
        self.tenants.load_all()
        tenants.check_keys(
            [(key.name, key.tenant) for key in self.keys.keys],
            set(self.tenants.names()),
            self.settings.tenants_file,
        )
        if self.settings.log_url:
            self.log = open_log(self.settings.log_url)
            self.writer = GroupWriter(self.log, on_commit=metrics.log_committed)

    def stop(self) -> None:
        if self.writer is not None:
            self.writer.close()

    # --- access -----------------------------------------------------------------------------------
    def authorize(self, request: Request, right: str | None) -> ApiKey | None:
        """The key of the request, checked for `right` (None: any valid key). Without configured
        keys the service binds to loopback only, and everything but the history is open."""
        header = request.headers.get("authorization")
        if not self.keys:
            if right == "history":
                raise Problem(
                    "unauthorized",
                    Message("service_history_needs_keys"),
                    headers={"WWW-Authenticate": 'Bearer realm="gevoelig"'},
                )
            return None
        token = bearer_token(header)
        if token is None:
            raise Problem(
                "unauthorized",
                Message("service_api_key_missing"),
                headers={"WWW-Authenticate": 'Bearer realm="gevoelig"'},
            )
        key = self.keys.find(token)
        if key is None:
            raise Problem(
                "unauthorized",
                Message("service_api_key_unknown"),
                headers={"WWW-Authenticate": 'Bearer realm="gevoelig", error="invalid_token"'},
            )
        if right is not None and right not in key.rights:
            raise Problem(
                "forbidden",
                Message("service_api_key_lacks_right", key_name=key.name, right=right),
            )
        return key

    def identify(self, header: str | None) -> str | None:
        """The name of the API key an Authorization header carries, or None (for the per-client
        limit, which must not tell two spellings of one key apart)."""
        token = bearer_token(header)
        key = self.keys.find(token) if token is not None else None
        return key.name if key is not None else None

    # --- bodies -----------------------------------------------------------------------------------
    @staticmethod
    def check_type(request: Request, accepted: tuple[str, ...], example: str) -> None:
        media = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if media not in accepted and not (accepted == JSON_TYPES and media.endswith("+json")):
            raise Problem(
                "unsupported-media-type",
                Message(
                    "service_content_type_not_accepted",
                    media=media or Message("query_none"),
                    example=example,
                ),
                fields={"expected": example},
            )

    async def read_body(self, request: Request, limit: int) -> bytes:
        """The whole body, refused with 413 past `limit` (before reading, when Content-Length
        says so) and with 408 when a piece takes longer than the body timeout. The body counts
        against the worker's memory budget as it arrives (twice while its pieces are joined);
        past the budget the request waits for room, then gets 503."""
        held = held_of(request)
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            raise _too_large(limit)
        chunks, size = [], 0
        async for chunk in timed(request.stream(), self.settings.body_timeout):
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
            await held.take(2 * len(chunk))
            chunks.append(chunk)
        body = b"".join(chunks)
        held.give(size)  # the pieces are gone, the joined body stays
        return body

    # --- evaluating -------------------------------------------------------------------------------
    @tracing.traced("gevoelig.evaluate")
    def evaluate_now(
        self,
        evaluator: Evaluator,
        dossier: Any,
        engine: Engine,
        lang: Language,
        source: str,
        peildatum: datetime.date | None = None,
    ) -> tuple[Result, str]:
        """Evaluate and render, or raise the Problem to answer with. `peildatum` is the request's
        ?peildatum=; without it the dossier's day picks the version, as everywhere."""
        try:
            result = evaluator.evaluate(
                dossier, engine=engine, lang=lang, source=source, peildatum=peildatum
            )
        except DossierError as error:
            raise dossier_problem(error) from None
        except EngineError as error:
            logger.error("rules engine failed: %s", error.show())
            raise Problem(
                "internal",
                Message("service_engine_failed"),
            ) from None
        except NotInForce as error:  # the day asked, or the dossier's own, has no rules in force
            raise day_without_rules(
                "peildatum" if peildatum is not None else "/peildatum", error
            ) from None
        except GevoeligheidError as error:
            raise Problem("bad-request", ErrorLine(error)) from None
        metrics.EVALUATIONS.labels(result.classification, result.escalation).inc()
        return result, result_text(result)

    async def evaluate(
        self,
        evaluator: Evaluator,
        body: bytes,
        engine: Engine,
        lang: Language,
        held: Held | None = None,
        peildatum: datetime.date | None = None,
    ) -> tuple[Result, str]:
        if len(body) <= INLINE_BYTES:
            return self.evaluate_now(evaluator, body, engine, lang, "dossier", peildatum)
        if held is not None:
            await held.take(
                EXPANSION * len(body)
            )  # kept until the answer is out: the result can be as large
        return await asyncio.to_thread(
            self.evaluate_now, evaluator, body, engine, lang, "dossier", peildatum
        )

    # --- the decision log -------------------------------------------------------------------------
    def entry(self, data: Any, result: Result, text: str, key: ApiKey | None) -> Entry:
        """The log entry of a decision: the version, its sha256, the overlays and the day whose
        rules decided (the result's peildatum) are all the result's own."""
        return make_entry(
            data,
            result,
            text,
            origin="service",
            peildatum=result.peildatum or self.rules.day(),
            source=RulesetSource(self.rules.ruleset_path, tuple(self.rules.overlays)),
            redact=self.settings.log_redact,
            requested_by=key.name if key else None,
            trace_id=tracing.trace_id(),
            tenant=key.tenant if key else None,
        )

    @tracing.traced("gevoelig.log_write")
    async def record(self, entries: list[Entry]) -> None:
        """Wait until the entries are committed; 503 when the log cannot take them."""
        if self.writer is None or not entries:
            return
        try:
            if self.log is not None and unkept(
                self.log, entries
            ):  # the rule set, before its first decision
                missed = await asyncio.to_thread(
                    keep_for_entries, self.log, entries, (self.rules.current()[0].ruleset,)
                )
                for sha256 in missed:
                    logger.warning(
                        (
                            "rule set %s could not be kept in the decision log: its files changed "
                            "since it was loaded"
                        ),
                        sha256,
                    )
            await asyncio.wrap_future(self.writer.submit(entries))
        except Exception as error:
            logger.error("decision log write failed: %s", error)
            raise log_unavailable() from None

    def require_log(self) -> DecisionLog:
        if self.log is None:
            raise Problem(
                "log-unavailable",
                Message("service_without_decision_log"),
            )
        return self.log

    async def read_log(self, method: str, *args: Any, **kwargs: Any) -> Any:
        log = self.require_log()
        if method in ("history", "get"):  # a key reads its own tenant's decisions only
            kwargs["tenant"] = tenants.current()
        try:
            return await asyncio.to_thread(getattr(log, method), *args, **kwargs)
        except (
            Exception
        ) as error:  # LogError or the database's own: either way the log is unavailable
            logger.error("decision log read failed: %s", error)
            raise log_unavailable() from None


def bearer_token(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header: the scheme in any case, with any
    white space around the token (RFC 9110 section 11.1); None for another scheme or none."""
    scheme, _, token = (header or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def held_of(request: Request) -> Held:
    """The request's share of the worker's memory budget (set by the Guard; a request that did not
    pass it, as in a test of the bare app, holds against a budget of its own)."""
    held: Held | None = request.scope.get(HELD)
    if held is None:
        held = request.scope[HELD] = Held(Budget(2**62), 0)
    return held


def log_unavailable() -> Problem:
    return Problem(
        "log-unavailable",
        Message("service_decision_not_logged"),
        headers={"Retry-After": "5"},
    )


def _too_large(limit: int) -> Problem:
    return Problem(
        "too-large",
        Message("service_request_too_large", limit=Number(limit)),
        fields={"limit": limit},
    )


async def timed(
    stream: AsyncIterator[bytes], seconds: float, *, deadline: tuple[float, float] | None = None
) -> AsyncIterator[bytes]:
    """The pieces of a body, each of which must arrive within `seconds` (else 408), and with a
    `deadline` (the event loop's time, and the limit in seconds it stands for) all of them by then
    (else the stream has run too long)."""
    iterator = stream.__aiter__()
    loop = asyncio.get_running_loop()
    while True:
        wait = seconds if deadline is None else min(seconds, deadline[0] - loop.time())
        try:
            async with asyncio.timeout(max(wait, 0)):
                chunk = await iterator.__anext__()
        except StopAsyncIteration:
            return
        except TimeoutError:
            if deadline is not None and wait < seconds:
                raise stream_too_long(deadline[1]) from None
            raise Problem(
                "request-timeout",
                Message("service_body_timed_out", seconds=seconds),
            ) from None
        if chunk:
            yield chunk


def stream_too_long(seconds: float) -> Problem:
    return Problem(
        "timeout",
        Message("stream_too_long", seconds=f"{seconds:g}"),
    )


def accepted_json(body: bytes) -> Any:
    """The data of a body the library has accepted (so valid UTF-8 JSON, perhaps with a BOM),
    for its canonical form in the log."""
    return json.loads(body.decode("utf-8-sig"))
