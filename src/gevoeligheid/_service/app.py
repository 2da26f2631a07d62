"""The HTTP service: FastAPI routes under /v1, health, readiness and metrics, and problem documents
for every error."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import logging
import re
import urllib.parse
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from .. import DossierError, __version__
from .._dossier import read_text
from .._errors import NotInForce, excerpt
from .._jsontext import text_of
from .._messages import Localised, Message, word
from .._model import ENGINES, Engine
from . import admin, batches, headers, metrics, openapi, page, params, tracing
from .core import JSON_TYPES, NDJSON_TYPES, Service, accepted_json, held_of, log_unavailable
from .guard import Guard, client_gone
from .problems import (
    MEDIA_TYPE,
    Problem,
    bad_parameter,
    day_without_rules,
    dossier_problem,
    language,
)
from .settings import Settings

logger = logging.getLogger("gevoelig.service")
JSON = "application/json"


def create_app(settings: Settings) -> FastAPI:
    service = Service(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service.start()
        admin.on_sighup(service)
        yield
        service.stop()

    app = FastAPI(
        title="gevoeligheid",
        version=__version__,
        summary=(
            "Bestuurlijke gevoeligheid van omgevingsdienst-dossiers: classificatie, escalatie "
            "en wie te informeren, herleidbaar tot de Handreiking."
        ),
        description=openapi.DESCRIPTION,
        openapi_url="/v1/openapi.json",
        docs_url=None,  # /v1/docs is page.py's plain page: Swagger UI would load from a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.service = service
    _problem_handlers(app)
    _routes(app, service)
    page.register(app, service)  # /, /interview, /training, /report, /static, /v1/docs
    app.openapi = lambda: openapi.document(app, service)  # type: ignore[method-assign]
    app.add_middleware(
        Guard,
        settings=settings,
        headers=lambda: _ruleset_headers(service),
        identify=service.identify if service.keys else None,
    )
    admin.register(app, service)  # the reload call, and the tenant of each request's key
    # Outside the guard, so that its answers carry them too: the trace, then the
    # Design Rules' headers.
    if settings.otel:
        tracing.enable_otel()
    app.add_middleware(tracing.Tracing)
    app.add_middleware(headers.ApiHeaders, cors_origins=tuple(settings.cors_origins))
    return app


def create_app_from_env() -> FastAPI:
    """The app of one worker process, with the settings `gevoelig serve` put in the environment."""
    return create_app(Settings.from_env())


def _ruleset_headers(service: Service) -> list[tuple[bytes, bytes]]:
    """Every answer names the rule set version and the overlays it decides by."""
    try:
        ruleset = service.rules.current()[0].ruleset
    except Exception:  # a rule set that no longer loads is answered for by the endpoints
        return []
    name = urllib.parse.quote(f"{ruleset.name} {ruleset.version}", safe=" ./-_")
    return [
        (b"gevoelig-ruleset", name.encode("ascii")),
        (b"gevoelig-overlays", ",".join(ruleset.overlays).encode("ascii") or b"none"),
    ]


def problem_response(problem: Problem, request: Request) -> Response:
    lang = language(request.headers.get("accept-language"))
    metrics.ERRORS.labels(problem.kind).inc()
    return Response(
        problem.body(lang),
        status_code=problem.status,
        media_type=MEDIA_TYPE,
        headers={"Content-Language": lang, **problem.headers},
    )


def _problem_handlers(app: FastAPI) -> None:
    async def on_problem(request: Request, problem: Problem) -> Response:
        return problem_response(problem, request)

    async def on_http(request: Request, error: HTTPException) -> Response:
        headers = dict(error.headers or {})
        if error.status_code == 404:
            problem = Problem(
                "not-found",
                Message("service_not_found", request_url_path=request.url.path),
            )
        elif error.status_code == 405:
            allowed = headers.get("Allow", "")
            problem = Problem(
                "method-not-allowed",
                Message(
                    "service_method_not_allowed",
                    request_method=request.method,
                    request_url_path=request.url.path,
                    allowed=allowed,
                ),
                headers={"Allow": allowed},
            )
        else:
            problem = Problem("bad-request", str(error.detail))
            problem.status = error.status_code
        return problem_response(problem, request)

    async def on_validation(request: Request, error: RequestValidationError) -> Response:
        return problem_response(Problem("bad-request", Message("service_request_invalid")), request)

    app.add_exception_handler(Problem, on_problem)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, on_http)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, on_validation)  # type: ignore[arg-type]


def _engine(request: Request) -> Engine:
    engine = request.query_params.get("engine", "durable")
    if engine not in ENGINES:
        raise Problem(
            "bad-request",
            Message("service_unknown_engine", engine=engine, join_engines=", ".join(ENGINES)),
            fields={"expected": " | ".join(ENGINES)},
        )
    return engine


def _routes(app: FastAPI, service: Service) -> None:
    settings = service.settings
    spec = openapi.operations

    @app.post("/v1/evaluate", **spec["evaluate"])
    async def evaluate(request: Request) -> Response:
        """Evaluate one dossier; the answer is the result as `gevoelig check --format json` gives
        it (compact), after the decision is in the log."""
        key = service.authorize(request, "evaluate")
        lang, engine = language(request.headers.get("accept-language")), _engine(request)
        peildatum = _peildatum(request, _EVALUATING)
        service.check_type(request, JSON_TYPES, JSON)
        body = await service.read_body(request, settings.max_dossier_bytes)
        evaluator = service.rules.evaluator()
        result, text = await service.evaluate(
            evaluator, body, engine, lang, held_of(request), peildatum
        )
        headers: dict[str, str] = {"Content-Language": lang}
        if service.writer is not None:
            entry = service.entry(accepted_json(body), result, text, key)
            await service.record([entry])
            headers["Gevoelig-Decision-Id"] = entry.decision_id
        return Response(text.encode("utf-8"), media_type=JSON, headers=headers)

    @app.post("/v1/batch", **spec["batch"])
    async def batch(request: Request) -> Response:
        """Evaluate a JSON array of dossiers: an array of the same length, each item the result
        (with its decision id) or the error of the dossier at that index."""
        key = service.authorize(request, "evaluate")
        lang, engine = language(request.headers.get("accept-language")), _engine(request)
        peildatum = _peildatum(request, _EVALUATING)
        service.check_type(request, JSON_TYPES, JSON)
        body = await service.read_body(request, settings.max_batch_bytes)
        pieces = batches.array_batch(
            service,
            service.rules.evaluator(),
            held_of(request),
            body,
            engine,
            lang,
            peildatum,
            key,
            client_gone(request.scope),
        )
        return batches.PiecesResponse(pieces, JSON, headers={"Content-Language": lang})

    @app.post("/v1/batch/stream", **spec["stream"])
    async def stream(request: Request) -> Response:
        """Evaluate NDJSON (one dossier a line), answered as NDJSON while the input streams in."""
        key = service.authorize(request, "evaluate")
        lang, engine = language(request.headers.get("accept-language")), _engine(request)
        peildatum = _peildatum(request, _EVALUATING)
        service.check_type(request, NDJSON_TYPES, "application/x-ndjson")
        lines = batches.stream_batch(
            service,
            service.rules.evaluator(),
            held_of(request),
            request.stream(),
            engine,
            lang,
            peildatum,
            key,
            client_gone(request.scope),
        )
        return batches.PiecesResponse(
            lines, "application/x-ndjson", headers={"Content-Language": lang}, status_first=True
        )

    @app.get("/v1/rulesets", **spec["rulesets"])
    async def rulesets(request: Request) -> Response:
        """The rule set version in force (today, or on ?peildatum=), with the service's overlays, and
        every version there is."""  # noqa: E501
        service.authorize(request, None)
        from .rulesets import summary

        peildatum = _peildatum(request, ("peildatum",))
        evaluator, day = _in_force(service, peildatum)
        versions = [
            {key: value for key, value in version.items() if key != "folder"}
            | {"href": f"/v1/rulesets/{urllib.parse.quote(version['version'], safe='')}"}
            for version in service.rules.versions(peildatum)
        ]
        return _json(
            {
                "in_force": summary(evaluator.ruleset),
                "peildatum": day.isoformat(),
                "peildatum_fixed": service.rules.fixed_day is not None,
                "versions": versions,
            }
        )

    @app.get("/v1/rulesets/{version}", **spec["ruleset"])
    async def ruleset(request: Request, version: str) -> Response:
        """One rule set version with the service's overlays: settings, facts, rules and events with
        their sources."""
        service.authorize(request, None)
        _query(request, ())
        params.check_path_value("version", version)
        described = service.rules.describe(version)
        if described is None:
            raise Problem(
                "not-found",
                Message("service_unknown_ruleset_version", version=version),
            )
        return _json(described)

    @app.get("/v1/schemas/dossier", **spec["dossier_schema"])
    async def dossier_schema(request: Request) -> Response:
        """The JSON Schema of a dossier for the rule set in force (today, or on ?peildatum=), with the
        service's overlays."""  # noqa: E501
        service.authorize(request, None)
        peildatum = _peildatum(request, ("peildatum",))
        _in_force(service, peildatum)
        return _json(openapi.dossier(service, peildatum), media_type="application/schema+json")

    @app.get("/v1/schemas/result", **spec["result_schema"])
    async def result_schema(request: Request) -> Response:
        """The JSON Schema of a result (of the rule set in force today, or on ?peildatum=)."""
        service.authorize(request, None)
        peildatum = _peildatum(request, ("peildatum",))
        _in_force(service, peildatum)
        return _json(openapi.result(service, peildatum), media_type="application/schema+json")

    @app.get("/v1/decisions", **spec["history"])
    async def history(request: Request) -> Response:
        """A dossier's decisions from the log, oldest first, a page at a time (needs the right
        `history`)."""
        service.authorize(request, "history")
        _query(request, ("dossierId", "dossier_id", "limit", "after"))
        dossier_id = params.query_alias(request.query_params, "dossierId", "dossier_id")
        if not dossier_id:
            raise Problem(
                "bad-request",
                Message("service_history_needs_dossier_id"),
                fields={"expected": "dossierId"},
            )
        limit = _integer(request, "limit", 100, 1, 1000)
        after = _integer(request, "after", 0, 0, 2**62)
        rows = await service.read_log("history", dossier_id, limit=limit, after=after)
        decisions = [openapi.decision(row) for row in rows]
        return _json(
            {
                "dossier_id": dossier_id,
                "decisions": decisions,
                "next_after": rows[-1]["seq"] if len(rows) == limit else None,
            }
        )

    @app.get("/v1/decisions/{decision_id}", **spec["decision"])
    async def decision(request: Request, decision_id: str) -> Response:
        """One logged decision by its id (needs the right `history`)."""
        service.authorize(request, "history")
        _query(request, ())
        params.check_path_value("decision_id", decision_id)
        row = await service.read_log("get", decision_id)
        if row is None:
            raise Problem(
                "not-found",
                Message("service_unknown_decision", decision_id=decision_id),
            )
        return _json(openapi.decision(row))

    @app.post("/v1/decisions/{decision_id}/feedback", status_code=201, **spec["feedback"])
    async def give_feedback(request: Request, decision_id: str) -> Response:
        """Record what the people did with a decision's advice (needs the right `feedback`):
        accepted, or overridden to which level, by which role, why, and when each role was
        informed. Appended beside the decision; never changed."""
        from .._decisionlog import feedback

        key = service.authorize(request, "feedback")
        _query(request, ())
        service.check_type(request, JSON_TYPES, JSON)
        body = await service.read_body(request, FEEDBACK_BYTES)
        row = await service.read_log("get", decision_id)
        if row is None:
            raise Problem(
                "not-found",
                Message("service_unknown_decision", decision_id=decision_id),
            )
        try:  # the dossier's reader: a duplicate key, NaN or absurd nesting is refused here too
            data = read_text(text_of(body), "feedback")
        except UnicodeDecodeError:
            raise Problem("invalid-json", Message("service_feedback_not_json")) from None
        except DossierError as error:
            raise dossier_problem(error) from None
        try:
            given = feedback.parse_feedback(data, row, given_by=key.name if key else None)
        except DossierError as error:
            raise dossier_problem(error) from None
        log = service.require_log()
        try:
            await asyncio.to_thread(feedback.add, log, given)
        except Exception as error:
            logger.error("decision log write failed: %s", error)
            raise log_unavailable() from None
        response = _json(given.to_dict())
        response.status_code = 201
        return response

    @app.get("/v1/decisions/{decision_id}/feedback", **spec["feedback_list"])
    async def list_feedback(request: Request, decision_id: str) -> Response:
        """The feedback on one decision, oldest first (needs the right `history`)."""
        from .._decisionlog import feedback

        service.authorize(request, "history")
        _query(request, ())
        if await service.read_log("get", decision_id) is None:
            raise Problem(
                "not-found",
                Message("service_unknown_decision", decision_id=decision_id),
            )
        found = await asyncio.to_thread(feedback.of_decisions, service.require_log(), [decision_id])
        return _json(
            {
                "decision_id": decision_id,
                "feedback": [item.to_dict() for item in found.get(decision_id, [])],
            }
        )

    @app.get("/healthz", **spec["healthz"])
    async def healthz() -> Response:
        """Liveness: the process answers."""
        return _json({"status": "ok"})

    @app.get("/readyz", **spec["readyz"])
    async def readyz(request: Request) -> Response:
        """Readiness: the rules load and the decision log answers."""
        checks: dict[str, str] = {}
        try:
            service.rules.current()
            checks["rules"] = "ok"
        except Exception as error:
            checks["rules"] = f"failed: {type(error).__name__}"
        if service.log is not None:
            try:
                await service.read_log("ping")
                checks["decision_log"] = "ok"
            except Problem:
                checks["decision_log"] = "failed"
        else:
            checks["decision_log"] = "off"
        if any(value.startswith("failed") for value in checks.values()):
            problem = Problem(
                "not-ready",
                Message("service_not_ready", checks=_ReadyChecks(checks)),
                fields={"checks": checks},
            )
            return problem_response(problem, request)
        return _json({"status": "ready", "checks": checks})

    @app.get("/metrics", **spec["metrics"])
    async def prometheus() -> Response:
        """Prometheus metrics of every worker."""
        return Response(metrics.exposition(), media_type=metrics.CONTENT_TYPE)


#: The query parameters of the evaluating endpoints.
_EVALUATING = ("engine", "peildatum")


def _query(request: Request, allowed: tuple[str, ...]) -> None:
    """Refuse a query parameter the endpoint does not take, or one given twice: a misspelt
    ?peildatun= would otherwise be ignored without a word, and the dossier
    decided on another day."""
    for name in request.query_params:
        if name not in allowed:
            raise bad_parameter(
                name,
                "unknown-parameter",
                Message(
                    "query_unknown",
                    name=name,
                    allowed=", ".join(allowed) or Message("query_none"),
                ),
            )
        if len(request.query_params.getlist(name)) > 1:
            raise bad_parameter(
                name,
                "repeated-parameter",
                Message("query_repeated", name=name),
            )


def _peildatum(request: Request, allowed: tuple[str, ...]) -> datetime.date | None:
    """The request's ?peildatum=YYYY-MM-DD (None when not given), after the query is checked."""
    _query(request, allowed)
    raw = request.query_params.get("peildatum")
    if raw is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError(raw)
        return datetime.date.fromisoformat(raw)
    except ValueError:
        shown = excerpt(raw)
        raise bad_parameter(
            "peildatum",
            "invalid-date",
            Message("query_bad_date", value=shown),
        ) from None


def _in_force(service: Service, peildatum: datetime.date | None) -> tuple[Any, datetime.date]:
    """The version in force on the service's day or on `peildatum`; a day on which none is (or
    an overlay is not yet valid) is a 400 naming the parameter."""
    try:
        return service.rules.current(peildatum)
    except NotInForce as error:
        if peildatum is None:
            raise
        raise day_without_rules("peildatum", error) from None


def _integer(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise Problem(
            "bad-request",
            Message("service_query_not_whole_number", name=name, low=low, high=high),
            fields={"expected": f"{low}..{high}"},
        )
    return int(raw)


#: A feedback body is a few hundred bytes; 64 KB holds the longest reason and every role.
FEEDBACK_BYTES = 64 * 1024


def _json(data: Any, media_type: str = JSON) -> Response:
    return Response(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
        media_type=media_type,
    )


class _ReadyChecks(Localised):
    """How each part of /readyz is, in the words of the answer's language ("regels in orde,
    beslissingenlog mislukt"); the problem's `checks` field keeps the values for machines."""

    __slots__ = ("checks",)

    def __init__(self, checks: dict[str, str]) -> None:
        self.checks = checks

    def render(self, lang: str) -> str:
        shown = []
        for part, state in self.checks.items():
            kind = state.partition(":")[0]  # ok, off, failed, or failed: and the error's class
            shown.append(f"{word(f'ready_{part}', lang)} {word(f'ready_{kind}', lang)}")
        return ", ".join(shown)
