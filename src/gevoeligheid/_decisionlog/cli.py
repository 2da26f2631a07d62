"""`gevoelig log`: replay, export and purge the decision log; and the log behind `check --log`."""

from __future__ import annotations

import datetime
import json
import os
import socket
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

import click

from .._exitcodes import ExitCode
from .._helptext import LANG, Group, argument, lang_of, option
from .._messages import word
from . import DEFAULT_URL, LogError

if (
    TYPE_CHECKING
):  # imported when a command runs: the command line imports this module on every start
    from .._evaluate import Evaluator
    from .._model import Engine, Language, Result
    from .entry import RulesetSource
    from .store import DecisionLog

#: The exit status when the decision log cannot be opened, read or written.
EXIT_LOG_FAILED = ExitCode.LOG_FAILED
#: The exit status of `log replay` when a decision did not replay to the same bytes.
EXIT_NOT_SAME = ExitCode.FAIL_ON

_LOG = option(
    "--log",
    "log_url",
    metavar="URL",
    envvar="GEVOELIG_LOG",
    default=DEFAULT_URL,
    show_default=True,
)


def _open(log_url: str, *, create: bool = True) -> DecisionLog:
    from .store import open_log

    try:
        return open_log(log_url, create=create)
    except LogError as error:
        _fail(error)


def _fail(error: Exception) -> NoReturn:
    click.echo(f"{word('error_prefix', _lang())} {error}", err=True)
    sys.exit(EXIT_LOG_FAILED)


def _lang() -> str:
    """The language of the command that runs (`check --log` too)."""
    ctx = click.get_current_context(silent=True)
    return lang_of(ctx) if ctx is not None else "nl"


@click.group("log", cls=Group)
@LANG
def log(lang: str) -> None:
    """`gevoelig log`: the decision log of `gevoelig serve` and `gevoelig check --log`; its help is
    in the catalogue's HELP."""


@log.command("replay")
@argument("decision_ids", nargs=-1)
@option("--dossier", "dossier_id")
@option("--all", "everything", is_flag=True)
@option("--input", "input_file", type=click.Path(dir_okay=False, path_type=Path))
@option("--ruleset", "ruleset_path", type=click.Path(file_okay=False))
@option("--overlay", "overlays", multiple=True, type=click.Path(dir_okay=False))
@_LOG
@LANG
def replay(
    decision_ids: tuple[str, ...],
    dossier_id: str | None,
    everything: bool,
    input_file: Path | None,
    ruleset_path: str | None,
    overlays: tuple[str, ...],
    log_url: str,
    lang: str,
) -> None:
    """`gevoelig log replay`: evaluate logged decisions again with this library and check that each
    gives the same result, byte for byte; its help is in the catalogue's HELP."""
    from .replay import SAME, Replayer
    from .rulesets import store_for

    if not (decision_ids or dossier_id or everything):
        raise click.UsageError(word("replay_what", lang))
    if input_file is not None and len(decision_ids) != 1:
        raise click.UsageError(word("replay_input_of_one", lang))
    store = _open(log_url)
    original = None
    if input_file is not None:
        try:
            original = json.loads(input_file.read_bytes())
        except (OSError, ValueError) as error:
            raise click.BadParameter(
                word("replay_input_unreadable", lang, file=input_file, error=error),
                param_hint="--input",
            ) from None
    replayer = Replayer(
        ruleset_path=ruleset_path,
        overlays=tuple(overlays) if overlays else None,
        kept=store_for(store),
    )
    try:
        entries = _select(store, decision_ids, dossier_id, lang)
        total = not_same = 0
        for entry in entries:
            outcome = replayer.replay(entry, original)
            total += 1
            not_same += outcome.status != SAME
            click.echo(f"{outcome.decision_id}  {outcome.status}  {outcome.show(lang)}")
    except LogError as error:
        _fail(error)
    click.echo(word("replayed", lang, same=total - not_same, total=total))
    if not_same or total == 0:
        sys.exit(EXIT_NOT_SAME)


def _select(
    store: DecisionLog, decision_ids: tuple[str, ...], dossier_id: str | None, lang: str
) -> Iterator[dict[str, Any]]:
    if decision_ids:
        for decision_id in decision_ids:
            entry = store.get(decision_id)
            if entry is None:
                raise click.UsageError(
                    word("no_such_decision", lang, decision=decision_id, log=store.url)
                )
            yield entry
    else:
        yield from store.entries(dossier_id=dossier_id)


@log.command("export")
@option("--dossier", "dossier_id")
@option("--since", type=click.DateTime(formats=["%Y-%m-%d"]))
@option("--until", type=click.DateTime(formats=["%Y-%m-%d"]))
@option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
@_LOG
@LANG
def export(
    dossier_id: str | None,
    since: datetime.datetime | None,
    until: datetime.datetime | None,
    output: IO[str],
    log_url: str,
    lang: str,
) -> None:
    """`gevoelig log export`: write decisions as JSON Lines, one entry a line, for a disclosure
    request or an archive; its help is in the catalogue's HELP."""
    from .export import Exporter
    from .feedback import of_decisions

    store = _open(log_url)
    exporter = Exporter()
    count = 0
    try:
        for page in _pages(
            store.entries(dossier_id=dossier_id, since=_day(since), until=_day(until))
        ):
            given = of_decisions(store, [entry["decision_id"] for entry in page])
            for entry in page:
                out = exporter.exported(entry)
                out["feedback"] = [item.to_dict() for item in given.get(entry["decision_id"], [])]
                output.write(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n")
                count += 1
    except LogError as error:
        _fail(error)
    click.echo(f"gevoelig: {word('exported', lang, count=count)}", err=True)


def _pages(entries: Iterator[dict[str, Any]], size: int = 500) -> Iterator[list[dict[str, Any]]]:
    page: list[dict[str, Any]] = []
    for entry in entries:
        page.append(entry)
        if len(page) == size:
            yield page
            page = []
    if page:
        yield page


def _day(moment: datetime.datetime | None) -> str | None:
    return None if moment is None else moment.strftime("%Y-%m-%dT00:00:00.000000Z")


@log.command("purge")
@option("--retention-days", type=click.IntRange(1), envvar="GEVOELIG_LOG_RETENTION_DAYS")
@option("--dry-run", is_flag=True)
@_LOG
@LANG
def purge(retention_days: int | None, dry_run: bool, log_url: str, lang: str) -> None:
    """`gevoelig log purge`: remove the decisions past the retention period, and record the purge in
    the log (when, the cutoff, how many, which sequence numbers, by whom); its help is in the
    catalogue's HELP."""
    from .store import max_retention_days

    if retention_days is None:
        raise click.UsageError(word("no_retention_period", lang))
    most = max_retention_days(datetime.datetime.now(datetime.UTC))
    if retention_days > most:
        raise click.BadParameter(
            word("retention_too_long", lang, days=retention_days, most=most),
            param_hint="--retention-days",
        )
    store = _open(log_url)
    try:
        if dry_run:
            record = store.purge(retention_days, dry_run=True)
            click.echo(
                word(
                    "would_purge",
                    lang,
                    count=record["entries"],
                    cutoff=record["cutoff"][:16].replace("T", " "),
                )
            )
            return
        record = store.purge(retention_days)
    except LogError as error:
        _fail(error)
    click.echo(json.dumps(record, ensure_ascii=False))


@log.command("verify")
@option("--clock-skew", type=click.FloatRange(0), default=300, show_default=True)
@option("--expect-head", metavar="SEQ:SHA256")
@_LOG
@LANG
def verify(clock_skew: float, expect_head: str | None, log_url: str, lang: str) -> None:
    """`gevoelig log verify`: read the whole log and check its hash chain; its help is in the
    catalogue's HELP."""
    from .verify import parse_head, verify as check_log

    head = None
    if expect_head is not None:
        head = parse_head(expect_head)
        if head is None:
            raise click.BadParameter(
                word("verify_bad_head", lang, value=expect_head), param_hint="--expect-head"
            )
    store = _open(log_url, create=False)  # a mistyped path must not verify as an empty log
    try:
        verdict = check_log(store, clock_skew=clock_skew, expect_head=head)
    except LogError as error:
        _fail(error)
    except Exception as error:  # the database's own error while reading
        _fail(LogError(str(error).strip()))
    problem = verdict.problem
    if problem is not None:
        where = {
            "entry": word(
                "verify_at_entry", lang, seq=problem.seq, decision=problem.decision_id or "-"
            ),
            "head": word("verify_at_head", lang, seq=problem.seq),
            "purge": word("verify_at_purge", lang, seq=problem.seq),
        }[problem.where]
        click.echo(
            word(
                "verify_failed",
                lang,
                where=where,
                problem=word(problem.key, lang, **problem.fields),
            ),
            err=True,
        )
        sys.exit(EXIT_NOT_SAME)
    click.echo(
        word(
            "verify_ok",
            lang,
            count=verdict.checked,
            seq=verdict.head_seq,
            sha256=verdict.head_sha256,
        )
    )
    if verdict.legacy:
        click.echo(word("verify_legacy", lang, count=verdict.legacy))


@log.command("purges")
@_LOG
@LANG
def purges(log_url: str, lang: str) -> None:
    """`gevoelig log purges`: the record of every purge, as JSON Lines; its help is in the
    catalogue's HELP."""
    store = _open(log_url)
    for record in store.purges():
        click.echo(json.dumps(record, ensure_ascii=False))


@log.command("migrate")
@_LOG
@LANG
def migrate(log_url: str, lang: str) -> None:
    """`gevoelig log migrate`: create the log's tables, or bring them to this version's schema (the
    service and `check --log` do this too; run it yourself where their database role may not create
    tables); its help is in the catalogue's HELP."""
    store = _open(log_url)
    from .store import redact_url

    click.echo(word("log_up_to_date", lang, log=redact_url(store.url)))


@log.command("feedback")
@argument("decision_id")
@option("--verdict", type=click.Choice(["accepted", "overridden"]))
@option(
    "--classification",
    type=click.Choice(["not_sensitive", "attention", "sensitive", "highly_sensitive"]),
)
@option("--escalation", type=click.Choice(["none", "coordinator", "manager", "director", "board"]))
@option("--role")
@option("--reason")
@option("--informed", "informed", multiple=True, metavar="ROLE=YYYY-MM-DD")
@_LOG
@LANG
def feedback(
    decision_id: str,
    verdict: str | None,
    classification: str | None,
    escalation: str | None,
    role: str | None,
    reason: str | None,
    informed: tuple[str, ...],
    log_url: str,
    lang: str,
) -> None:
    """`gevoelig log feedback`: record what the people did with a decision's advice; its help is in
    the catalogue's HELP."""
    from .._errors import DossierError
    from . import feedback as feedback_module
    from .store import _user

    store = _open(log_url)
    try:
        entry = store.get(decision_id)
        if entry is None:
            raise click.UsageError(
                word("no_such_decision", lang, decision=decision_id, log=store.url)
            )
        if verdict is None:
            for given in feedback_module.of_decisions(store, [decision_id]).get(decision_id, []):
                click.echo(json.dumps(given.to_dict(), ensure_ascii=False))
            return
        data: dict[str, Any] = {"verdict": verdict, "role": role, "informed": []}
        for key, value in (
            ("classification", classification),
            ("escalation", escalation),
            ("reason", reason),
        ):
            if value is not None:
                data[key] = value
        for item in informed:
            who, _, day = item.partition("=")
            data["informed"].append({"role": who, "datum": day})
        try:
            given = feedback_module.parse_feedback(
                data, entry, given_by=f"{_user()}@{socket.gethostname()}"
            )
        except DossierError as error:
            click.echo(f"{word('error_prefix', lang)} {error.show(lang)}", err=True)
            sys.exit(ExitCode.BAD_INPUT)
        feedback_module.add(store, given)
    except LogError as error:
        _fail(error)
    click.echo(json.dumps(given.to_dict(), ensure_ascii=False))


# --- gevoelig check --log ------------------------------------------------------------------------


class LoggingEvaluator:
    """An Evaluator that records each decision before its result is given out (for `check --log`):
    a result that was printed is in the log."""

    def __init__(
        self,
        evaluator: Evaluator,
        store: DecisionLog,
        *,
        source: RulesetSource,
        peildatum: datetime.date,
        redact: bool,
    ) -> None:
        self._evaluator, self._store = evaluator, store
        self._source, self._peildatum, self._redact = source, peildatum, redact

    def evaluate(
        self,
        dossier: Any,
        *,
        engine: Engine = "durable",
        lang: Language = "nl",
        source: str = "<dossier>",
    ) -> Result:
        from .entry import make_entry, result_text
        from .rulesets import keep_for_entries

        result = self._evaluator.evaluate(dossier, engine=engine, lang=lang, source=source)
        data = json.loads(dossier) if isinstance(dossier, (bytes, str)) else dossier
        entry = make_entry(
            data,
            result,
            result_text(result),
            origin="cli",
            peildatum=self._peildatum,
            source=self._source,
            redact=self._redact,
        )
        try:
            keep_for_entries(self._store, [entry])  # the rule set itself, before its first decision
            self._store.append([entry])
        except Exception as error:  # stop the batch: a decision that cannot be logged is not given
            _fail(LogError(word("log_not_written", _lang(), error=error)))
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._evaluator, name)


def logging_evaluator(
    evaluator: Evaluator,
    log_url: str,
    ruleset_path: Path | None,
    overlays: Iterable[Path],
    peildatum: datetime.datetime | None,
) -> LoggingEvaluator:
    """Wrap `check`'s evaluator so that each decision is logged (`gevoelig check --log URL`).
    GEVOELIG_LOG_REDACT=1 keeps only redacted copies of inputs and results in the log."""
    from .entry import RulesetSource

    source = RulesetSource(
        str(Path(ruleset_path).resolve()) if ruleset_path else None,
        tuple(str(Path(path).resolve()) for path in overlays),
    )
    day = peildatum.date() if peildatum else datetime.date.today()
    return LoggingEvaluator(
        evaluator,
        _open(log_url),
        source=source,
        peildatum=day,
        redact=os.environ.get("GEVOELIG_LOG_REDACT") == "1",
    )


def _add_impact() -> None:
    """`gevoelig log impact`, which lives with the other commands for the periodic meeting."""
    from .._meeting.cli import impact

    log.add_command(impact, "impact")


_add_impact()
