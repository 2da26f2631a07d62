"""Reloading the rules without a restart: `POST /v1/admin/reload` (the right `admin`) and SIGHUP,
each reading every tenant's rules anew and swapping them in only when all of them load and every
key's tenant is still named (tenants.py keeps the rules and does the swap)."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
from typing import TYPE_CHECKING, Any

from fastapi import Request
from fastapi.responses import Response

from .. import GevoeligheidError
from .._errors import ErrorLine
from .._messages import Message
from . import openapi
from .core import Service
from .problems import Problem
from .tenants import TenantFileError, TenantScope, check_keys

if TYPE_CHECKING:
    from fastapi import FastAPI

logger = logging.getLogger("gevoelig.service")


def on_sighup(service: Service) -> None:
    """Reload on SIGHUP (a worker's: with several workers uvicorn's main process restarts them)."""
    try:
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(
            signal.SIGHUP, lambda: loop.create_task(reload_in_background(service))
        )
    except (
        NotImplementedError,
        RuntimeError,
        AttributeError,
        ValueError,
    ):  # Windows, or not the main thread
        logger.info("no SIGHUP here: reload with POST /v1/admin/reload")


async def reload_in_background(service: Service) -> None:
    try:
        await asyncio.to_thread(reload, service)
    except Exception as error:  # a bad file: the old rules stay, the operator reads why
        logger.error(
            "reload refused, the rules in use stay: %s",
            error.show("en") if isinstance(error, GevoeligheidError) else error,
        )


def reload(service: Service) -> dict[str, Any]:
    """Reload every tenant's rules, the keys checked against the new tenants before the swap."""
    keys = [(key.name, key.tenant) for key in service.keys.keys]
    return service.tenants.reload(
        lambda names: check_keys(keys, names, service.settings.tenants_file)
    )


#: The answer of a reload: the generation and each tenant's rule set ("" is the rules of no tenant).
RELOADED = {
    "type": "object",
    "required": ["generation", "tenants"],
    "properties": {
        "generation": {
            "type": "integer",
            "minimum": 1,
            "description": "counts the reloads of this worker, from 1 at its start",
        },
        "tenants": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["name", "version", "sha256", "overlays"],
                "properties": {
                    "name": {"type": "string"},
                    "version": {"type": "string"},
                    "sha256": {"type": "string"},
                    "overlays": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
    },
}


def register(app: FastAPI, service: Service) -> None:
    """The tenant middleware and the reload call (`POST /v1/admin/reload`, right `admin`)."""
    spec = openapi._operation(
        "reloadRules",
        "rules",
        {
            **openapi._ok(
                "The rules were loaded anew and are in use: each tenant's rule set.",
                "application/json",
                RELOADED,
            ),
            **openapi._problems(400, 422, *openapi._COMMON),
        },
        openapi._BEARER,
    )
    del spec["response_class"]

    @app.post("/v1/admin/reload", **spec)
    async def reload_rules(request: Request) -> Response:
        """Load the rule sets and overlays of every tenant anew (and the tenants file), and use them
        from now on when all of them load; else keep the rules in use (needs the right `admin`).
        With several workers this reloads the worker that answers: send SIGHUP to the main process."""  # noqa: E501
        service.authorize(request, "admin")
        if (
            request.headers.get("content-length", "0") not in ("", "0")
            or "transfer-encoding" in request.headers
        ):
            raise Problem(
                "bad-request",
                Message("service_body_not_taken"),
                fields={"expected": "no body"},
            )
        try:
            described = await asyncio.to_thread(reload, service)
        except (GevoeligheidError, TenantFileError) as error:
            shown = ErrorLine(error) if isinstance(error, GevoeligheidError) else str(error)
            raise Problem(
                "reload-refused",
                Message("service_reload_refused_rules_stay", shown=shown),
            ) from None
        return Response(
            json.dumps(described, ensure_ascii=False).encode("utf-8"), media_type="application/json"
        )

    app.add_middleware(TenantScope, keys=service.keys)
