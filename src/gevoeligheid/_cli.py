"""The `gevoelig` command line: the only place that prints or exits."""

from __future__ import annotations

import errno
import functools
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__, _interrupts
from ._errors import GevoeligheidError
from ._exitcodes import ExitCode, for_signal
from ._helptext import (
    LANG as _LANG,
    Command,
    HelpMixin,
    argument,
    click_in,
    click_in_english,
    lang_of,
    language_in,
    option,
)
from ._messages import word
from ._model import (
    ENGINES,
    ESCALATIONS,
    FORMATS,
    FORMATS_FOR_PEOPLE,
    Engine,
    Language,
    Result,
    RuleSet,
)
from ._text import (
    DEFAULT_WIDTH,
    escalating,
    not_evaluated,
    stop_reason,
    stopped,
    stopped_at_once,
    write_error,
)

if TYPE_CHECKING:  # what the commands import when they run
    import datetime

    from click._termui_impl import ProgressBar

    from . import _batch, _inputs
    from ._decisionlog.cli import LoggingEvaluator
    from ._evaluate import Evaluator
    from ._model import Format

_Command = TypeVar("_Command", bound=Callable[..., Any])


#: Failed writes that only the output gives: a full disk or quota, a file grown too large.
_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def error_prefix(lang: str) -> str:
    """How an error line starts, in the language of --lang."""
    return word("error_prefix", lang)


def _rule_options(function: _Command) -> _Command:
    """--ruleset, --overlay and --peildatum: which rules, as a region and a date choose them."""
    function = option(
        "--peildatum",
        type=click.DateTime(formats=["%Y-%m-%d"]),
    )(function)
    function = option(
        "--overlay",
        "overlays",
        multiple=True,
        type=click.Path(dir_okay=False, path_type=Path),
    )(function)
    function = option(
        "--ruleset",
        "ruleset_path",
        type=click.Path(file_okay=False, path_type=Path),
    )(function)
    return function


class Group(HelpMixin, click.Group):
    """Shows GevoeligheidErrors as one line on standard error, with the error's exit status; so
    too a signal, a closed output and a full disk. Its commands and subgroups show their help in
    the language of --lang."""

    command_class = Command
    group_class = type  # `rules` is a Group like this one
    #: Commands imported when they are asked for (by name, or for the help's list): the service's
    #: and the decision log's modules are not needed to check a dossier.
    lazy_commands: dict[str, str] = {}  # noqa: RUF012 - never changed in place: `cli` is given its own below

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_commands and cmd_name not in self.commands:
            import importlib

            module, _, name = self.lazy_commands[cmd_name].partition(":")
            with click_in_english():  # click keeps the texts it translates when an object is made
                command = getattr(importlib.import_module(module, __package__), name)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)

    def main(self, args: Any = None, *rest: Any, **options: Any) -> Any:
        """Run the command line with click's own texts (usage, errors, headings) in its language."""
        with click_in(language_in(sys.argv[1:] if args is None else list(args))):
            return super().main(args, *rest, **options)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()  # what is still buffered fails here, where it can be reported
        except GevoeligheidError as error:
            if _debug(ctx):
                raise
            # In the language of the command's --lang (Dutch by default, as --lang is).
            lang = _lang(ctx)
            click.echo(f"{error_prefix(lang)} {error.show(lang)}", err=True)
            ctx.exit(error.exit_code)
        except _interrupts.Interrupted as stop:
            click.echo(
                f"gevoelig: {stop_reason(signal.Signals(stop.signum).name, _lang(ctx))}", err=True
            )
            ctx.exit(for_signal(stop.signum))
        except BrokenPipeError:
            # The reader went away (`| head`): one line, and the status a shell gives SIGPIPE.
            _discard_output()
            click.echo(f"gevoelig: {stop_reason('closed', _lang(ctx))}", err=True)
            ctx.exit(ExitCode.OUTPUT_CLOSED)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as error:
            if isinstance(error, OSError) and error.errno in _FULL:  # only a write fails so
                _discard_output()
                click.echo(
                    f"gevoelig: {stop_reason('write', _lang(ctx), write_error(error, _lang(ctx)))}",
                    err=True,
                )
                ctx.exit(ExitCode.OUTPUT_FAILED)
            if _debug(ctx):  # a bug: still one line, the traceback only with --debug
                raise
            click.echo(
                word("internal_error", _lang(ctx), kind=type(error).__name__, error=error), err=True
            )
            ctx.exit(ExitCode.ENGINE)


def _lang(ctx: click.Context) -> str:
    return lang_of(ctx)


def _discard_output() -> None:
    """Standard output to /dev/null: what is still buffered for an output that failed must not
    fail again when the process exits (Python would print that and exit with status 120)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _debug(ctx: click.Context) -> bool:
    return bool(ctx.find_root().params.get("debug")) or os.environ.get("GEVOELIG_DEBUG") == "1"


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """--version, in the language of the command line (click's own makes its text
    once, in English)."""
    if value and not ctx.resilient_parsing:
        click.echo(word("version", lang_of(ctx), program="gevoelig", version=__version__))
        ctx.exit()


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version)
@option("--debug", is_flag=True)
@_LANG
def cli(debug: bool, lang: str) -> None:
    """`gevoelig`: administrative sensitivity of environmental agency dossiers; its help is in
    the catalogue's HELP."""


def _load(
    ruleset_path: Path | None,
    overlays: Sequence[Path] = (),
    peildatum: datetime.datetime | None = None,
    select: bool = False,
) -> RuleSet:
    """The rule set the options name; with `select`, results let each dossier's peildatum pick
    the version in force on its day (unless --peildatum fixes one day for every dossier)."""
    import attrs

    from ._evaluate import default_ruleset
    from ._model import Selection
    from ._rules import load_ruleset

    day = peildatum.date() if peildatum else None
    if ruleset_path is None and not overlays and day is None:
        ruleset = default_ruleset()
    else:
        ruleset = load_ruleset(ruleset_path, overlays=overlays, peildatum=day)
    if select:
        ruleset = attrs.evolve(
            ruleset,
            selection=Selection(
                str(ruleset_path) if ruleset_path else None, tuple(map(str, overlays)), day
            ),
        )
    return ruleset


@cli.command()
@argument("dossiers", nargs=-1, required=True)
@option("-f", "--format", "fmt", type=click.Choice(FORMATS))
@_LANG
@option("--engine", type=click.Choice(ENGINES), default="durable", show_default=True)
@option("--explain", is_flag=True)
@option("--fail-on", type=click.Choice(ESCALATIONS[1:]))
@option("--progress/--no-progress", default=None)
@option("-j", "--jobs", type=click.IntRange(0, 64), default=1, show_default=True)
@option("--log", "log_url", metavar="URL")
@_rule_options
def check(
    dossiers: tuple[str, ...],
    fmt: Format | None,
    lang: Language,
    engine: Engine,
    explain: bool,
    fail_on: str | None,
    progress: bool | None,
    jobs: int,
    ruleset_path: Path | None,
    overlays: tuple[Path, ...],
    peildatum: datetime.datetime | None,
    log_url: str | None,
) -> None:
    """`gevoelig check`: evaluate dossiers; its help is in the catalogue's HELP."""
    from . import _batch

    load = functools.partial(_load, ruleset_path, overlays, peildatum, True)
    evaluating, engine, jobs = _evaluator(
        load, engine, lang, log_url, jobs, log_rules=(ruleset_path, overlays, peildatum)
    )
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    render = functools.partial(
        render_result, fmt, explain, _width() if fmt in FORMATS_FOR_PEOPLE else DEFAULT_WIDTH
    )
    inputs = _Inputs(dossiers, progress, jobs, lang)
    results = _Results(fmt, inputs.single)
    ending = _Ending(results, lang, debug=_debug(click.get_current_context()))
    run = _batch.Batch(
        inputs.items,
        1 if inputs.single else inputs.jobs,
        evaluating,
        load,
        render,
        engine,
        lang,
        stopped=ending.stopped,
        stuck=ending.stuck,
    )
    ending.run = run
    threshold = ESCALATIONS.index(fail_on) if fail_on else None
    with _interrupts.stop_between_dossiers(ending.force) as stop, run:
        ending.stop = stop
        with _progress(inputs.show_progress, inputs.total_size()) as bar:
            written = _write_results(run, results, bar, evaluating, engine, lang, threshold, stop)
        cause = _close(run, results, written, stop, lang)
    _exit(cause, run, written, fail_on, results.written, lang)


def _evaluator(
    load: Callable[[], RuleSet],
    engine: Engine,
    lang: Language,
    log_url: str | None,
    jobs: int,
    log_rules: tuple[Path | None, Sequence[Path], datetime.datetime | None],
) -> tuple[Evaluator | LoggingEvaluator, Engine, int]:
    """The rules the options choose (their version picked per dossier), the engine, and what
    evaluates: with --log, an evaluator that logs each decision first, in one process."""
    from ._evaluate import Evaluator

    evaluator = Evaluator(load())  # also when jobs > 1: a broken rule set is reported once, here
    engine = evaluator.engine_for(engine, lang)  # here too: a fallback is told once, not per worker
    if not log_url:
        return evaluator, engine, jobs
    with click_in_english():  # the module makes click objects (the log commands) as it loads
        from ._decisionlog.cli import logging_evaluator

    return logging_evaluator(evaluator, log_url, *log_rules), engine, 1


class _Inputs:
    """The dossiers a command line names, read as the batch needs them."""

    def __init__(self, dossiers: tuple[str, ...], progress: bool | None, jobs: int, lang: str):
        from . import _batch, _inputs

        self.paths = _inputs.expand(dossiers)
        if not self.paths:
            raise click.UsageError(word("no_json_files", lang, paths=", ".join(dossiers)))
        self.show_progress = (
            progress if progress is not None else (sys.stderr.isatty() and not sys.stdout.isatty())
        )
        self.jobs = _batch.jobs_for(jobs)
        # Worker processes read dossier files themselves, unless the progress bar needs their sizes.
        self.items = _inputs.Items(self.paths, read_files=self.jobs == 1 or self.show_progress)
        self.single = self._single()

    def _single(self) -> bool:
        """Whether the input is one dossier (shown as one result, not a batch)."""
        from . import _inputs

        if self.paths == ["-"]:
            head = self.items.peek(2)  # one object, or JSON Lines: streamed on
            return len(head) == 1 and head[0].source == "<stdin>"
        return (
            len(self.paths) == 1
            and isinstance(self.paths[0], str)
            and not self.paths[0].endswith(_inputs.JSON_LINES)
        )

    def total_size(self) -> int:
        """The bytes to read, for the progress bar (0 without one)."""
        from . import _inputs

        return _inputs.total_size(self.paths) if self.show_progress else 0


class _Ending:
    """How a batch ends at once, from a second signal or from the watchdog's thread: the workers
    killed, whole lines flushed, one line saying so."""

    def __init__(self, results: _Results, lang: str, *, debug: bool) -> None:
        self.results = results
        self.lang = lang
        self.debug = debug  # read when made: click's context is the main thread's
        self.run: _batch.Batch | None = None
        self.stop: _interrupts.Stop | None = None

    def stopped(self) -> bool:
        return self.stop is not None and self.stop.signum is not None

    def force(self, signum: int) -> None:
        """A second signal, or a write that does not return: end at once, workers too."""
        assert self.run is not None
        self.run.kill()
        _flush_within(0.3)  # a slow reader still gets the whole lines that are buffered
        name = signal.Signals(signum).name
        os.write(
            2, f"gevoelig: {stopped_at_once(name, self.results.written, self.lang)}\n".encode()
        )
        os._exit(for_signal(signum))

    def stuck(self) -> None:
        """From the batch's watchdog thread: a worker died and this process did not end. End it
        at once, workers too, saying so (the main thread may have been halfway through a line)."""
        if self.debug:
            import faulthandler

            faulthandler.dump_traceback(all_threads=True)  # where it was stuck, for a bug report
        assert self.run is not None
        self.run.kill()
        flushing = threading.Thread(target=_flush_within, args=(0.3,), daemon=True)
        flushing.start()  # in a thread of its own: the stuck thread may hold the output's lock
        flushing.join(0.5)
        said = stopped_at_once("worker", self.results.written, self.lang)
        os.write(2, f"gevoelig: {said}\n".encode())
        os._exit(_STOPPED["worker"])


class _Written:
    """What a batch gave: how many dossiers failed (and the highest status among them), how many
    reached --fail-on, and why it ended early, if it did."""

    def __init__(self) -> None:
        self.failed = 0
        self.reached = 0
        self.status: int = ExitCode.BAD_INPUT  # the highest of a dossier's error: an engine's is 4
        self.lost = False  # a worker died
        self.failure: _OutputFailed | None = None
        self.unwritten: _inputs.Item | None = None  # evaluated, but its result did not get out


def _write_results(
    run: _batch.Batch,
    results: _Results,
    bar: ProgressBar[int] | _NoBar,
    evaluating: Evaluator | LoggingEvaluator,
    engine: Engine,
    lang: Language,
    threshold: int | None,
    stop: _interrupts.Stop,
) -> _Written:
    """Write each result as it comes, and each dossier's error on standard error, until the batch
    ends or is stopped."""
    from . import _batch

    written = _Written()
    item = None
    try:
        for item, (text, escalation_or_status, error) in run:
            bar.update(item.size)
            if error is not None:
                _debug_again(item, evaluating, engine, lang)
                written.failed += 1
                written.status = max(written.status, escalation_or_status)
                for line in error.split("\n"):  # the first fault's line first, as it always was
                    click.echo(f"{error_prefix(lang)} {line}", err=True)
            else:
                if threshold is not None and escalation_or_status >= threshold:
                    written.reached += 1
                assert text is not None  # a result, as there is no error
                results.write(text)
            if stop.signum is not None:
                break
    except _batch.WorkerLost:
        written.lost = True
    except _OutputFailed as error:
        written.failure, written.unwritten = error, item
    return written


def _debug_again(
    item: _inputs.Item, evaluating: Evaluator | LoggingEvaluator, engine: Engine, lang: Language
) -> None:
    """With --debug, evaluate a dossier that failed again here, so that its error raises with its
    traceback."""
    from . import _inputs

    if not _debug(click.get_current_context()):
        return
    read_again = _inputs.read_file(item.path) if item.path is not None else item
    if read_again.error:
        raise read_again.error
    evaluating.evaluate(read_again.text, engine=engine, lang=lang, source=read_again.source)


def _close(
    run: _batch.Batch, results: _Results, written: _Written, stop: _interrupts.Stop, lang: str
) -> str | None:
    """End the output (whole lines, or a closed JSON array, also when the batch stopped) and say
    why the batch stopped early, if it did: what the user did first, then what went wrong first."""
    run.close()
    if written.failure is None:
        try:
            results.close()
        except _OutputFailed as error:
            written.failure = error
    if written.failure is not None:
        _discard_output()
    cause = (
        signal.Signals(stop.signum).name
        if stop.signum is not None
        else "worker"
        if written.lost
        else written.failure and written.failure.cause
    )
    if cause:
        left, exact, first = run.left()
        if written.unwritten is not None:
            left, first = left + 1, written.unwritten.source
        detail = write_error(written.failure.error, lang) if written.failure is not None else ""
        said = stopped(
            cause,
            lang,
            left=left,
            exact=exact,
            first=first,
            written=results.written,
            failed=written.failed,
            detail=detail,
        )
        click.echo(f"gevoelig: {said}", err=True)
    return cause or None


def _exit(
    cause: str | None,
    run: _batch.Batch,
    written: _Written,
    fail_on: str | None,
    results_written: int,
    lang: str,
) -> None:
    """The exit status of `check`: a batch stopped early, dossiers that failed, dossiers that
    reached --fail-on, else 0."""
    if cause:
        if run.lost:
            # The executor may still be reading the dead worker's half-sent answer, and Python
            # would wait for it when the process ends: all is written, so end without waiting.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(_STOPPED[cause])
        sys.exit(_STOPPED[cause])
    if written.failed:
        click.echo(f"gevoelig: {not_evaluated(written.failed, results_written, lang)}", err=True)
        sys.exit(written.status)
    if written.reached:
        assert fail_on is not None  # only --fail-on makes a dossier count as reached
        click.echo(f"gevoelig: {escalating(written.reached, fail_on, lang)}", err=True)
        sys.exit(ExitCode.FAIL_ON)


#: The exit status of a batch that stopped before its end, by cause.
_STOPPED = {
    "SIGINT": ExitCode.INTERRUPTED,
    "SIGTERM": ExitCode.TERMINATED,
    "worker": ExitCode.WORKER_LOST,
    "closed": ExitCode.OUTPUT_CLOSED,
    "write": ExitCode.OUTPUT_FAILED,
}


def _flush_within(seconds: float) -> None:
    """Flush what standard output holds, giving up after `seconds`: a reader that went on reading
    gets whole lines, one that stopped cannot keep the process alive. From a signal handler that
    interrupted a write, the buffer refuses a second entry (RuntimeError): nothing more is tried."""
    deadline = time.monotonic() + seconds
    try:
        if hasattr(os, "set_blocking"):  # not on Windows before Python 3.12: flush as it blocks
            os.set_blocking(sys.stdout.fileno(), False)
        while True:
            try:
                sys.stdout.buffer.flush()
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    return
                time.sleep(0.01)
    except (OSError, ValueError, RuntimeError):
        return


class _OutputFailed(Exception):
    """Standard output could not take a result: its reader went away, or the disk is full."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error
        self.cause = "closed" if isinstance(error, BrokenPipeError) else "write"


class _Results:
    """Results on standard output as they come: a JSON array around a batch in `json`, a blank
    line between tables. It counts what it wrote; a write that fails raises _OutputFailed."""

    def __init__(self, fmt: str, single: bool) -> None:
        self.array = fmt == "json" and not single
        self.between = b"\n" if fmt in FORMATS_FOR_PEOPLE else b""
        self.written = 0
        sys.stdout.flush()
        self.out = (
            sys.stdout.buffer
        )  # results arrive encoded: a worker's bytes need no second encoding

    def write(self, text: bytes | memoryview) -> None:
        """Write one result: bytes, or a worker's view of shared memory (written without a copy)."""
        if self.array:
            text = (b"[\n" if self.written == 0 else b",\n") + bytes(text).rstrip(b"\n")
        elif self.written:
            text = self.between + text
        try:
            self.out.write(text)
        except OSError as error:
            raise _OutputFailed(error) from error
        self.written += 1

    def close(self) -> None:
        try:
            if self.array:
                self.out.write(b"[]\n" if self.written == 0 else b"\n]\n")
            self.out.flush()
        except OSError as error:
            raise _OutputFailed(error) from error


def _width() -> int:
    """The terminal's width, for tables (JSON has none)."""
    import shutil

    return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns


def render_result(fmt: Format, explain: bool, width: int, result: Result) -> bytes:
    """One result as the chosen format in UTF-8, ending in a newline (a module function: workers
    pickle it)."""
    from ._render import to_json, to_json_line, to_text

    if fmt == "jsonl":
        return to_json_line(result)
    if fmt == "json":
        text = to_json(result) + "\n"
    else:
        text = to_text(result, markdown=fmt == "markdown", explain=explain, width=width)
    return text.encode("utf-8")


class _NoBar:
    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, size: int) -> None:
        return None


def _progress(show: bool, total: int) -> _NoBar | ProgressBar[int]:
    if not show or total == 0:
        return _NoBar()
    return click.progressbar(length=total, file=sys.stderr, label="dossiers", show_percent=True)


@cli.command()
@option("--result", "of_result", is_flag=True)
@option(
    "--file",
    "file_kind",
    type=click.Choice(["ruleset", "facts", "rules", "events", "overlay", "cases"]),
)
@_rule_options
def schema(
    of_result: bool,
    file_kind: str | None,
    ruleset_path: Path | None,
    overlays: tuple[Path, ...],
    peildatum: datetime.datetime | None,
) -> None:
    """`gevoelig schema`: print the JSON Schema of a dossier (or of a result with --result, or of a
    rule file); its help is in the catalogue's HELP."""
    from ._schema import dossier_schema, file_schema, result_schema

    if file_kind is not None:
        if of_result:
            raise click.UsageError(
                word("schema_file_or_result", lang_of(click.get_current_context()))
            )
        click.echo(json.dumps(file_schema(file_kind), ensure_ascii=False, indent=2))
        return
    ruleset = _load(ruleset_path, overlays, peildatum)
    click.echo(
        json.dumps(
            (result_schema if of_result else dossier_schema)(ruleset), ensure_ascii=False, indent=2
        )
    )


@cli.command()
@option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown"]),
    default="json",
    show_default=True,
)
@_LANG
@_rule_options
def template(
    fmt: str,
    lang: Language,
    ruleset_path: Path | None,
    overlays: tuple[Path, ...],
    peildatum: datetime.datetime | None,
) -> None:
    """`gevoelig template`: a blank dossier to fill in (every fact null), or the checklist as
    Markdown; its help is in the catalogue's HELP."""
    from ._templates import blank_dossier, checklist_markdown

    ruleset = _load(ruleset_path, overlays, peildatum)
    if fmt == "json":
        click.echo(json.dumps(blank_dossier(ruleset), ensure_ascii=False, indent=2))
    else:
        click.echo(checklist_markdown(ruleset, lang), nl=False)


@cli.group(invoke_without_command=True)
@_rule_options
@_LANG
@click.pass_context
def rules(
    ctx: click.Context,
    ruleset_path: Path | None,
    overlays: tuple[Path, ...],
    peildatum: datetime.datetime | None,
    lang: Language,
) -> None:
    """`gevoelig rules`: the rules of a rule set as a table (id, category, weight, what it sets,
    source), the actions and the settings; its help is in the catalogue's HELP."""
    ctx.obj = {
        "ruleset_path": ruleset_path,
        "overlays": overlays,
        "peildatum": peildatum,
        "lang": lang,
    }
    if ctx.invoked_subcommand is None:
        from ._templates import rules_table

        click.echo(rules_table(_load(ruleset_path, overlays, peildatum), lang))


def _with_group_options(
    ctx: click.Context,
    ruleset_path: Path | None,
    overlays: tuple[Path, ...],
    peildatum: datetime.datetime | None,
    lang: Language,
) -> tuple[Path | None, tuple[Path, ...], datetime.datetime | None, Language]:
    """The rule set options of `rules` and of its subcommand as one: a user may type them before or
    after the subcommand. The subcommand's own --ruleset, --peildatum and --lang win; its
    --overlay files come after the group's."""
    group = ctx.obj
    if ctx.get_parameter_source("lang") is click.core.ParameterSource.DEFAULT:
        lang = group["lang"]
    return (
        ruleset_path or group["ruleset_path"],
        (*group["overlays"], *overlays),
        peildatum or group["peildatum"],
        lang,
    )


@rules.command("show")
@argument("rule_id")
@_rule_options
@_LANG
@click.pass_context
def rules_show(
    ctx: click.Context,
    rule_id: str,
    ruleset_path: Path | None,
    overlays: tuple[Path, ...],
    peildatum: datetime.datetime | None,
    lang: Language,
) -> None:
    """`gevoelig rules show`: one rule, fact, action or setting in full, with the text of the
    Handreiking it cites; its help is in the catalogue's HELP."""
    from ._errors import suggest
    from ._templates import rule_detail

    ruleset_path, overlays, peildatum, lang = _with_group_options(
        ctx, ruleset_path, overlays, peildatum, lang
    )
    ruleset = _load(ruleset_path, overlays, peildatum)
    known = (
        [rule.id for rule in ruleset.rules]
        + [fact.id for fact in ruleset.facts.values()]
        + [action.id for action in ruleset.actions]
        + list(ruleset.settings)
        + list(ruleset.choices)
    )
    if rule_id not in known:
        hint = suggest(rule_id, known)
        click.echo(
            f"{error_prefix(lang)} {word('nothing_named', lang)} '{rule_id}'"
            + (
                f"; {word('did_you_mean', lang)} '{hint}'?"
                if hint
                else f"; {word('rules_lists_them', lang)}"
            ),
            err=True,
        )
        ctx.exit(ExitCode.BAD_INPUT)
    click.echo(rule_detail(ruleset, rule_id, lang))


@rules.command("validate")
@argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@option("--strict", is_flag=True)
@_rule_options
@_LANG
@click.pass_context
def rules_validate(
    ctx: click.Context,
    paths: tuple[Path, ...],
    strict: bool,
    ruleset_path: Path | None,
    overlays: tuple[Path, ...],
    peildatum: datetime.datetime | None,
    lang: Language,
) -> None:
    """`gevoelig rules validate`: check rule set folders and overlay files; its help is in the
    catalogue's HELP."""
    from ._validate import validate_paths

    ruleset_path, overlays, peildatum, lang = _with_group_options(
        ctx, ruleset_path, overlays, peildatum, lang
    )
    day = peildatum.date() if peildatum else None
    # `gevoelig rules --overlay A validate --overlay B` checks A and B stacked, as check uses them.
    findings = validate_paths(list(paths), ruleset_path, day, stacked=list(overlays), lang=lang)
    paths = (*paths, *overlays)
    for finding in findings:
        click.echo(finding.show(lang), err=True)
    errors = sum(finding.level == "error" for finding in findings)
    warnings = len(findings) - errors
    checked = ", ".join(str(path) for path in paths) or str(
        ruleset_path or word("default_ruleset", lang)
    )
    click.echo(word("validate_summary", lang, checked=checked, errors=errors, warnings=warnings))
    if errors or (warnings and strict):
        sys.exit(ExitCode.RULE_FILE)


@cli.command("test")
@argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_rule_options
@option("--engine", type=click.Choice(ENGINES), default="durable", show_default=True)
@option("--min-coverage", type=click.FloatRange(0, 100))
@_LANG
def test_command(
    paths: tuple[Path, ...],
    ruleset_path: Path | None,
    overlays: tuple[Path, ...],
    peildatum: datetime.datetime | None,
    engine: Engine,
    min_coverage: float | None,
    lang: Language,
) -> None:
    """`gevoelig test`: run rule tests; its help is in the catalogue's HELP."""
    from tabulate import tabulate

    from ._cases import case_files, check_case_files, read_cases, run_cases
    from ._evaluate import Evaluator
    from ._rules import default_rules_dir, version_in_force

    ruleset = _load(ruleset_path, overlays, peildatum)
    if not paths:
        folder = version_in_force(
            ruleset_path or default_rules_dir(), peildatum=peildatum.date() if peildatum else None
        ).folder
        paths = (folder / "cases",)
    check_case_files(list(paths))
    cases = [case for path in case_files(paths) for case in read_cases(path)]
    if not cases:
        raise click.UsageError(word("no_cases", lang, paths=", ".join(map(str, paths))))
    report = run_cases(Evaluator(ruleset), cases, engine=engine, lang=lang)
    fail = word("case_fail", lang)
    rows = [
        [outcome.case.name, "ok" if outcome.passed else fail, outcome.case.place]
        for outcome in report.outcomes
    ]
    click.echo(
        tabulate(
            rows,
            headers=[
                word("case_header_case", lang),
                word("case_header_result", lang),
                word("case_header_where", lang),
            ],
            tablefmt="simple",
        )
    )
    for outcome in report.outcomes:
        if outcome.passed:
            continue
        click.echo(f"\n{fail} {outcome.case.name} ({outcome.case.place})")
        if outcome.error:
            click.echo(f"  {word('case_error', lang)}: {outcome.error}")
            continue
        for key, expected, got in outcome.differences:
            click.echo(
                f"  {word('case_difference', lang, key=key, expected=expected, got=got)}"
            )  # as the case file writes them
        assert outcome.result is not None  # a case without an error has its result
        for reason in outcome.result.reasons:
            click.echo(f"  {word('case_because', lang, rule=reason.rule, because=reason.because)}")
    click.echo(
        "\n"
        + word(
            "case_summary", lang, passed=len(report.outcomes) - report.failed, failed=report.failed
        )
    )
    click.echo(word("case_coverage", lang, coverage=report.coverage))
    if report.rules_not_reached:
        click.echo(f"  {word('case_not_reached', lang)}: " + ", ".join(report.rules_not_reached))
    if report.levels_not_reached:
        click.echo(
            f"  {word('case_level_not_reached', lang)}: " + ", ".join(report.levels_not_reached)
        )
    if report.failed:
        sys.exit(ExitCode.FAIL_ON)
    if min_coverage is not None and report.coverage < min_coverage:
        click.echo(
            f"gevoelig: {word('case_below', lang, coverage=report.coverage, minimum=min_coverage)}",
            err=True,
        )
        sys.exit(ExitCode.FAIL_ON)


cli.lazy_commands = {
    "serve": "._service.command:serve",
    "log": "._decisionlog.cli:log",
    "interview": "._interview_cli:interview",
    "diff": "._meeting.cli:diff",
    "report": "._meeting.cli:report",
    "timeline": "._meeting.cli:timeline",
}


def main() -> None:
    _interrupts.raise_on_signals()
    try:
        cli(prog_name="gevoelig")
    except _interrupts.Interrupted as stop:  # before a command began
        click.echo(f"gevoelig: {stop_reason(signal.Signals(stop.signum).name, 'nl')}", err=True)
        sys.exit(for_signal(stop.signum))
