"""`gevoelig serve`: check the settings, then run the service on uvicorn with N worker processes."""

from __future__ import annotations

import datetime
import ipaddress
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .._helptext import LANG, Command
from .._messages import word
from .settings import CONTACT, ENV, Settings

if TYPE_CHECKING:  # imported when the service starts: it needs the service extra
    from .core import Service


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


@click.command("serve", cls=Command)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind; anything but loopback needs API keys.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes (uvicorn's); each holds the rules and writes to the same log.",
)
@click.option(
    "--ruleset",
    "ruleset_path",
    type=click.Path(file_okay=False, exists=True),
    help="A rule set folder instead of the default rule set.",
)
@click.option(
    "--overlay",
    "overlays",
    multiple=True,
    type=click.Path(dir_okay=False, exists=True),
    help=(
        "A region's overlay file (repeatable, applied in order); fixed for the life of the service."
    ),
)
@click.option(
    "--peildatum",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help=(
        "Assess every dossier on this date (YYYY-MM-DD), by the version in force then; "
        "?peildatum= beats it. With --openapi: the day the contract is made for. Default: the "
        "dossier's own, else today."
    ),
)
@click.option(
    "--log",
    "log_url",
    metavar="URL",
    envvar="GEVOELIG_LOG",
    default="sqlite:///gevoelig-decisions.sqlite3",
    show_default=True,
    help="The decision log: a SQLite file or postgresql://user@host/db. Env: GEVOELIG_LOG.",
)
@click.option(
    "--no-log",
    is_flag=True,
    help="Run without a decision log (for measurements; nothing is recorded).",
)
@click.option(
    "--log-redact",
    is_flag=True,
    envvar="GEVOELIG_LOG_REDACT",
    help=(
        "Keep only redacted copies of inputs and results in the log (no title, x- keys or "
        "criminal facts)."
    ),
)
@click.option(
    "--keys",
    "keys_file",
    type=click.Path(dir_okay=False, exists=True),
    envvar="GEVOELIG_API_KEYS_FILE",
    help=(
        "File of API keys (NAME RIGHTS sha256:HEX a line). Env: GEVOELIG_API_KEYS_FILE; key "
        "lines also in GEVOELIG_API_KEYS."
    ),
)
@click.option(
    "--new-key",
    metavar="NAME",
    help="Print a new API key and the line for the key file, then exit.",
)
@click.option(
    "--rights",
    default="evaluate",
    show_default=True,
    help=(
        "With --new-key: evaluate, history, feedback, or several comma-separated "
        "(evaluate,history)."
    ),
)
@click.option(
    "--openapi",
    "print_openapi",
    is_flag=True,
    help="Print the OpenAPI document (as served at /v1/openapi.json), then exit.",
)
@click.option(
    "--concurrency",
    type=click.IntRange(1),
    default=64,
    show_default=True,
    help="Requests handled at once by a worker.",
)
@click.option(
    "--backlog",
    type=click.IntRange(0),
    default=256,
    show_default=True,
    help="Requests that may wait for a place; more are answered 503.",
)
@click.option(
    "--client-concurrency",
    type=click.IntRange(0),
    help=(
        "Requests of one API key (without keys: address) at once; more are answered 429. 0: no "
        "limit. Default: a quarter of --concurrency with keys, no limit without."
    ),
)
@click.option(
    "--request-timeout",
    type=click.FloatRange(0.1),
    default=30.0,
    show_default=True,
    help="Seconds for a whole request (not a stream); then 503.",
)
@click.option(
    "--body-timeout",
    type=click.FloatRange(0.1),
    default=30.0,
    show_default=True,
    help=(
        "Seconds a request body may stall (then 408), or an answer wait for a client that does "
        "not read it (then the connection closes)."
    ),
)
@click.option(
    "--stream-concurrency",
    type=click.IntRange(1),
    help=(
        "NDJSON streams a worker handles at once, in places of their own; more wait, as other "
        "requests do. Default: half of --concurrency."
    ),
)
@click.option(
    "--stream-timeout",
    type=click.FloatRange(1),
    default=600.0,
    show_default=True,
    help="Seconds an NDJSON stream may run in all; then it ends with done: false.",
)
@click.option(
    "--header-timeout",
    type=click.FloatRange(0.1),
    default=10.0,
    show_default=True,
    help=(
        "Seconds for a request's line and headers, from the connection (or the last answer) "
        "on; then the connection closes."
    ),
)
@click.option(
    "--max-connections",
    type=click.IntRange(1),
    default=1000,
    show_default=True,
    help="Open connections of a worker; past it the longest idle one is closed.",
)
@click.option(
    "--memory-budget",
    type=click.IntRange(64),
    default=512,
    show_default=True,
    metavar="MIB",
    help=(
        "MiB of request data a worker holds at once (bodies, dossiers being parsed); past it "
        "requests wait, then 503."
    ),
)
@click.option(
    "--ssl-certfile",
    type=click.Path(dir_okay=False, exists=True),
    help="Serve HTTPS with this certificate (else put TLS in front).",
)
@click.option("--ssl-keyfile", type=click.Path(dir_okay=False, exists=True))
@click.option("--access-log/--no-access-log", default=True, show_default=True)
@click.option(
    "--cors-origin",
    "cors_origins",
    multiple=True,
    metavar="ORIGIN",
    help=(
        "A browser origin (https://host[:port]) allowed to call the service, repeatable; "
        "default: none (CORS off)."
    ),
)
@click.option(
    "--contact-name",
    envvar="GEVOELIG_CONTACT_NAME",
    default=CONTACT[0],
    show_default=True,
    help=(
        "Who answers for this deployment, in the contract's info.contact. Env: "
        "GEVOELIG_CONTACT_NAME."
    ),
)
@click.option(
    "--contact-email",
    envvar="GEVOELIG_CONTACT_EMAIL",
    default=CONTACT[1],
    show_default=True,
    help="Their e-mail address. Env: GEVOELIG_CONTACT_EMAIL.",
)
@click.option(
    "--contact-url",
    envvar="GEVOELIG_CONTACT_URL",
    default=CONTACT[2],
    show_default=True,
    help="Their web page. Env: GEVOELIG_CONTACT_URL.",
)
@click.option(
    "--tenants",
    "tenants_file",
    type=click.Path(dir_okay=False, exists=True),
    envvar="GEVOELIG_TENANTS",
    help=(
        "A YAML file of tenants and their overlays; a key line's tenant=NAME picks one. Env: "
        "GEVOELIG_TENANTS."
    ),
)
@click.option(
    "--otel",
    is_flag=True,
    envvar="GEVOELIG_OTEL",
    help=(
        "Send spans of each request, evaluation and log write to OpenTelemetry (the otel "
        "extra; OTEL_* variables configure it)."
    ),
)
@click.option(
    "--open",
    "open_browser",
    is_flag=True,
    help=(
        "Open the page at / in the browser once the service answers (loopback, no API keys): "
        "for a trainer's laptop."
    ),
)
@click.option(
    "--course",
    "course_file",
    type=click.Path(dir_okay=False, exists=True),
    help=(
        "A course file (YAML: example dossiers with notes) for the page's training mode; "
        "default: the shipped course."
    ),
)
@LANG
def serve(
    host: str,
    port: int,
    workers: int,
    ruleset_path: str | None,
    overlays: tuple[str, ...],
    peildatum: datetime.datetime | None,
    log_url: str,
    no_log: bool,
    log_redact: bool,
    keys_file: str | None,
    new_key: str | None,
    rights: str,
    print_openapi: bool,
    concurrency: int,
    backlog: int,
    client_concurrency: int | None,
    request_timeout: float,
    body_timeout: float,
    stream_concurrency: int | None,
    stream_timeout: float,
    header_timeout: float,
    max_connections: int,
    memory_budget: int,
    ssl_certfile: str | None,
    ssl_keyfile: str | None,
    access_log: bool,
    cors_origins: tuple[str, ...],
    contact_name: str,
    contact_email: str,
    contact_url: str,
    tenants_file: str | None,
    otel: bool,
    open_browser: bool,
    course_file: str | None,
    lang: str,
) -> None:
    """Serve the rules over HTTP for case-management systems: evaluate one dossier, a batch or an
    NDJSON stream; read the rule sets, the schemas and a dossier's decision history; /healthz,
    /readyz and /metrics. Every decision is logged before it is answered. The OpenAPI contract
    is at /v1/openapi.json, its operations at /v1/docs; without API keys the
    page for people is at /.

    \b
    Examples:
      gevoelig serve
      gevoelig serve --overlay examples/overlays/regio-noord.yaml --port 8080
      gevoelig serve --new-key zaaksysteem --rights evaluate >> keys.txt
      gevoelig serve --host 0.0.0.0 --keys keys.txt --workers 2 --log postgresql://gevoelig@db/gevoelig
      gevoelig serve --openapi --peildatum 2026-12-01 > docs/openapi.json
      gevoelig serve --open
    """
    from .keys import KeyFileError, load_keys, new_key as make_key

    if new_key:
        try:
            token, line = make_key(new_key, [right.strip() for right in rights.split(",")])
        except KeyFileError as error:
            raise click.BadParameter(str(error), param_hint="--new-key/--rights") from None
        click.echo(word("serve_new_token", lang, name=new_key, token=token), err=True)
        click.echo(line)
        return
    cors_origins = _origins(cors_origins, lang)
    settings = Settings(
        host=host,
        port=port,
        workers=workers,
        ruleset_path=str(Path(ruleset_path).resolve()) if ruleset_path else None,
        overlays=tuple(str(Path(path).resolve()) for path in overlays),
        peildatum=peildatum.date().isoformat() if peildatum else None,
        log_url=None if (no_log or print_openapi) else log_url,
        log_redact=log_redact,
        keys_file=keys_file,
        concurrency=concurrency,
        backlog=backlog,
        client_concurrency=client_concurrency,
        request_timeout=request_timeout,
        body_timeout=body_timeout,
        stream_concurrency=stream_concurrency,
        stream_timeout=stream_timeout,
        header_timeout=header_timeout,
        max_connections=max_connections,
        memory_budget=memory_budget * 1024 * 1024,
        cors_origins=cors_origins,
        contact_name=contact_name,
        contact_email=contact_email,
        contact_url=contact_url,
        otel=otel,
        tenants_file=str(Path(tenants_file).resolve()) if tenants_file else None,
    )
    try:
        import uvicorn

        from .app import create_app
        from .core import Service
    except ImportError as error:
        raise click.ClickException(word("serve_needs_extra", lang, error=error)) from None
    if print_openapi:
        _check_tenants(settings, lang)
        app = create_app(settings)
        click.echo(json.dumps(app.openapi(), ensure_ascii=False, indent=2))
        return
    try:
        keys = load_keys(keys_file, settings.keys_env)
    except KeyFileError as error:
        raise click.UsageError(str(error)) from None
    if not keys and not is_loopback(host):
        raise click.UsageError(word("serve_without_keys", lang, host=host))
    if open_browser and (keys or not is_loopback(host)):
        raise click.UsageError(word("serve_open_loopback", lang))
    if course_file:
        from .._training import CourseError, load_course
        from .page import COURSE_ENV

        try:
            load_course(Path(course_file))
        except CourseError as error:
            raise click.UsageError(error.show(lang)) from None
        os.environ[COURSE_ENV] = str(Path(course_file).resolve())
    _check(settings, Service, lang)
    os.environ[ENV] = settings.to_env()
    # No rule cache in the service's processes (its workers inherit this): see Rules.load_all.
    os.environ["GEVOELIG_NO_CACHE"] = "1"
    metrics_folder = None
    if workers > 1:  # each worker writes its counts here and /metrics adds them up
        metrics_folder = tempfile.mkdtemp(prefix="gevoelig-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_folder
    if open_browser:
        _open_when_ready(host, port, ssl_certfile is not None, lang)
    try:
        uvicorn.run(
            "gevoeligheid._service.app:create_app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            access_log=access_log,
            server_header=False,
            timeout_keep_alive=5,
            timeout_graceful_shutdown=10,
            # uvicorn's HTTP/1.1 with bounds on idle connections, headers and unread answers; no
            # limit_concurrency, which counts idle connections and then answers everything 503.
            http="gevoeligheid._service.protocol:BoundedHttp",
            ssl_certfile=ssl_certfile,
            ssl_keyfile=ssl_keyfile,
            log_config=_log_config(),
        )
    finally:
        if metrics_folder:
            shutil.rmtree(metrics_folder, ignore_errors=True)


def _open_when_ready(host: str, port: int, https: bool, lang: str) -> None:
    """Open the page in the browser as soon as the service answers (a thread: uvicorn runs here)."""
    import threading
    import time
    import urllib.request
    import webbrowser

    name = f"[{host}]" if ":" in host else host
    url = f"{'https' if https else 'http'}://{name}:{port}/"

    def wait_and_open() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url + "healthz", timeout=2):  # our own loopback address
                    break
            except OSError:
                time.sleep(0.2)
        # Without a display (or any browser) webbrowser.open finds nothing and says so by
        # returning False: then the trainer is told where the page is, not that it opens.
        opened = webbrowser.open(url)
        click.echo(word("serve_opening" if opened else "serve_no_browser", lang, url=url), err=True)

    threading.Thread(target=wait_and_open, daemon=True).start()


def _origins(values: tuple[str, ...], lang: str) -> tuple[str, ...]:
    from .headers import OriginError, check_origin

    for value in values:
        try:
            check_origin(value)
        except OriginError:
            raise click.BadParameter(
                word("serve_bad_origin", lang, origin=value), param_hint="--cors-origin"
            ) from None
    return values


def _check_tenants(settings: Settings, lang: str) -> None:
    """The tenants file read once, so that a mistake in it is one line, not a trace."""
    from .._exitcodes import ExitCode
    from .tenants import TenantFileError, load_tenants

    if settings.tenants_file:
        try:
            load_tenants(settings.tenants_file)
        except TenantFileError as error:
            click.echo(f"{word('error_prefix', lang)} {error}", err=True)
            sys.exit(ExitCode.BAD_INPUT)


def _check(settings: Settings, service_class: type[Service], lang: str) -> None:
    """Load the rules and open (and migrate) the log once here, so that a mistake stops the start
    with one line, before any worker runs."""
    from .. import GevoeligheidError
    from .._decisionlog import LogError
    from .._exitcodes import ExitCode
    from .tenants import TenantFileError

    try:
        service = service_class(settings)
    except TenantFileError as error:
        click.echo(f"{word('error_prefix', lang)} {error}", err=True)
        sys.exit(ExitCode.BAD_INPUT)
    try:
        service.start()
    except TenantFileError as error:
        click.echo(f"{word('error_prefix', lang)} {error}", err=True)
        sys.exit(ExitCode.BAD_INPUT)
    except (GevoeligheidError, LogError) as error:
        click.echo(
            (
                f"{word('error_prefix', lang)} "
                f"{error.show(lang) if isinstance(error, GevoeligheidError) else error}"
            ),
            err=True,
        )
        sys.exit(error.exit_code if isinstance(error, GevoeligheidError) else ExitCode.LOG_FAILED)
    finally:
        service.stop()
        if service.log is not None:
            service.log.close()


def _log_config() -> dict[str, Any]:
    """uvicorn's logging, with the service's own logger ('gevoelig') beside it on standard error."""
    from uvicorn.config import LOGGING_CONFIG

    config: dict[str, Any] = json.loads(json.dumps(LOGGING_CONFIG))
    config["loggers"]["gevoelig"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config
