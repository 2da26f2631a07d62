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

from .._helptext import LANG, Command, option
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
@option("--host", default="127.0.0.1", show_default=True)
@option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True)
@option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
@option("--ruleset", "ruleset_path", type=click.Path(file_okay=False, exists=True))
@option("--overlay", "overlays", multiple=True, type=click.Path(dir_okay=False, exists=True))
@option("--peildatum", type=click.DateTime(formats=["%Y-%m-%d"]))
@option(
    "--log",
    "log_url",
    metavar="URL",
    envvar="GEVOELIG_LOG",
    default="sqlite:///gevoelig-decisions.sqlite3",
    show_default=True,
)
@option("--no-log", is_flag=True)
@option("--log-redact", is_flag=True, envvar="GEVOELIG_LOG_REDACT")
@option(
    "--keys",
    "keys_file",
    type=click.Path(dir_okay=False, exists=True),
    envvar="GEVOELIG_API_KEYS_FILE",
)
@option("--new-key", metavar="NAME")
@option("--rights", default="evaluate", show_default=True)
@option("--openapi", "print_openapi", is_flag=True)
@option("--concurrency", type=click.IntRange(1), default=64, show_default=True)
@option("--backlog", type=click.IntRange(0), default=256, show_default=True)
@option("--client-concurrency", type=click.IntRange(0))
@option("--request-timeout", type=click.FloatRange(0.1), default=30.0, show_default=True)
@option("--body-timeout", type=click.FloatRange(0.1), default=30.0, show_default=True)
@option("--stream-concurrency", type=click.IntRange(1))
@option("--stream-timeout", type=click.FloatRange(1), default=600.0, show_default=True)
@option("--header-timeout", type=click.FloatRange(0.1), default=10.0, show_default=True)
@option("--max-connections", type=click.IntRange(1), default=1000, show_default=True)
@option("--memory-budget", type=click.IntRange(64), default=512, show_default=True, metavar="MIB")
@option("--ssl-certfile", type=click.Path(dir_okay=False, exists=True))
@option("--ssl-keyfile", type=click.Path(dir_okay=False, exists=True))
@option("--access-log/--no-access-log", default=True, show_default=True)
@option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN")
@option("--contact-name", envvar="GEVOELIG_CONTACT_NAME", default=CONTACT[0], show_default=True)
@option("--contact-email", envvar="GEVOELIG_CONTACT_EMAIL", default=CONTACT[1], show_default=True)
@option("--contact-url", envvar="GEVOELIG_CONTACT_URL", default=CONTACT[2], show_default=True)
@option(
    "--tenants",
    "tenants_file",
    type=click.Path(dir_okay=False, exists=True),
    envvar="GEVOELIG_TENANTS",
)
@option("--otel", is_flag=True, envvar="GEVOELIG_OTEL")
@option("--open", "open_browser", is_flag=True)
@option("--course", "course_file", type=click.Path(dir_okay=False, exists=True))
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
    """`gevoelig serve`: serve the rules over HTTP for case-management systems; its help is in the
    catalogue's HELP."""
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
