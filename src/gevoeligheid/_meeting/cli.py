"""`gevoelig diff`, `gevoelig log impact`, `gevoelig report` and `gevoelig timeline`."""

from __future__ import annotations

import datetime
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .._exitcodes import ExitCode
from .._helptext import LANG, Command, argument, option
from .._messages import label, word

if TYPE_CHECKING:
    from .impact import Comparer, Outcome, Summary

_FORMAT = option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "html", "markdown"]),
    default="table",
    show_default=True,
)
_JOBS = option("-j", "--jobs", type=click.IntRange(0, 64), default=0, show_default=True)


def _make_diff(base: Any, new: Any, day: datetime.date | None) -> Comparer:
    from .impact import Comparer

    load_day = day or datetime.date.today()
    return Comparer(new.load(load_day), day, base=base.load(load_day))


def _make_impact(new: Any, day: datetime.date, log_url: str) -> Comparer:
    from .impact import Comparer

    return Comparer(new.load(day), day, log_url=log_url)


@click.command("diff", cls=Command)
@argument("dossiers", nargs=-1, required=True)
@option("--base", "base", multiple=True, type=click.Path(exists=True, path_type=Path))
@option("--new", "new", multiple=True, type=click.Path(exists=True, path_type=Path))
@option("--peildatum", type=click.DateTime(formats=["%Y-%m-%d"]))
@_FORMAT
@_JOBS
@LANG
def diff(
    dossiers: tuple[str, ...],
    base: tuple[Path, ...],
    new: tuple[Path, ...],
    peildatum: datetime.datetime | None,
    fmt: str,
    jobs: int,
    lang: str,
) -> None:
    """`gevoelig diff`: evaluate dossiers under two rule sets and list every dossier whose
    classification, escalation, roles to inform or actions change, with the rules that made the
    difference and the counts per change; its help is in the catalogue's HELP."""
    import functools

    from .impact import RulesSpec, file_tasks, jobs_for, run

    specs = []
    for flag, paths in (("--base", base), ("--new", new)):
        try:
            specs.append(RulesSpec.of(paths))
        except ValueError:
            raise click.BadParameter(word("meeting_one_folder", lang), param_hint=flag) from None
    day = peildatum.date() if peildatum else None
    make = functools.partial(_make_diff, specs[0], specs[1], day)
    make()  # broken rules are reported once, here, before any worker starts
    outcomes = run(file_tasks(dossiers), make, jobs_for(jobs))
    _report(
        outcomes,
        fmt,
        lang,
        {
            "base": _describe(specs[0]),
            "new": _describe(specs[1]),
            "peildatum": day.isoformat() if day else None,
        },
    )


def _describe(spec: Any) -> str:
    return " + ".join([spec.folder or "default", *spec.overlays])


@click.command("impact", cls=Command)
@option("--peildatum", type=click.DateTime(formats=["%Y-%m-%d"]), required=True)
@option("--ruleset", "ruleset_path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@option(
    "--overlay",
    "overlays",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@option(
    "--log",
    "log_url",
    metavar="URL",
    envvar="GEVOELIG_LOG",
    default="sqlite:///gevoelig-decisions.sqlite3",
    show_default=True,
)
@_FORMAT
@_JOBS
@LANG
def impact(
    peildatum: datetime.datetime,
    ruleset_path: Path | None,
    overlays: tuple[Path, ...],
    log_url: str,
    fmt: str,
    jobs: int,
    lang: str,
) -> None:
    """`gevoelig impact`: re-run the latest logged decision of every dossier under the rules it was
    decided by (the log's own copy) and under the new rules, both on --peildatum, and list every
    dossier whose outcome changes, with the rules that made the difference; its help is in the
    catalogue's HELP."""
    import functools

    from .._decisionlog import LogError
    from .._decisionlog.store import open_log
    from .impact import RulesSpec, jobs_for, log_tasks, run

    day = peildatum.date()
    spec = RulesSpec(str(ruleset_path) if ruleset_path else None, tuple(map(str, overlays)))
    try:
        store = open_log(log_url)
    except LogError as error:
        click.echo(f"{word('error_prefix', lang)} {error}", err=True)
        sys.exit(ExitCode.LOG_FAILED)
    make = functools.partial(_make_impact, spec, day, log_url)
    make()
    try:
        outcomes = run(log_tasks(store), make, jobs_for(jobs))
        _report(
            outcomes,
            fmt,
            lang,
            {
                "base": word("meeting_logged_rules", lang),
                "new": _describe(spec),
                "peildatum": day.isoformat(),
            },
        )
    except LogError as error:
        click.echo(f"{word('error_prefix', lang)} {error}", err=True)
        sys.exit(ExitCode.LOG_FAILED)


def _report(outcomes: Iterator[Outcome], fmt: str, lang: str, about: dict[str, Any]) -> None:
    """Print the changes in the format asked; exit 1 when any dossier changes."""
    from .impact import Change, Skipped, Summary, dumps

    summary = Summary()
    changes: list[Change] = []
    skipped: list[Skipped] = []
    for outcome in outcomes:
        summary.add(outcome)
        if fmt == "jsonl":
            if outcome is not None:
                click.echo(
                    dumps(
                        {"change": outcome.to_dict()}
                        if isinstance(outcome, Change)
                        else {"not_rerun": outcome.to_dict()}
                    )
                )
            continue
        if isinstance(outcome, Change):
            changes.append(outcome)
        elif isinstance(outcome, Skipped):
            skipped.append(outcome)
    if fmt == "jsonl":
        click.echo(dumps({"summary": {**about, **summary.to_dict()}}))
    elif fmt == "json":
        import json

        data = {
            **about,
            "summary": summary.to_dict(),
            "changes": [change.to_dict() for change in changes],
            "not_rerun": [item.to_dict() for item in skipped],
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt in ("html", "markdown"):
        from .pages import impact_page

        click.echo(
            impact_page(changes, skipped, summary, about, lang, html=fmt == "html"), nl=False
        )
    else:
        click.echo(_table(changes, skipped, summary, about, lang))
    if summary.changed:
        sys.exit(ExitCode.FAIL_ON)


def _table(
    changes: list[Any], skipped: list[Any], summary: Summary, about: dict[str, Any], lang: str
) -> str:
    from tabulate import tabulate

    lines = [
        word(
            "meeting_compared",
            lang,
            base=about["base"],
            new=about["new"],
            peildatum=about["peildatum"] or word("meeting_own_day", lang),
        )
    ]
    rows = [
        [
            change.dossier_id or change.key,
            ", ".join(
                (
                    f"{word('meeting_part_' + part, lang)}: {_word(change.base[part], lang)} -> "
                    f"{_word(change.new[part], lang)}"
                )
                for part in change.parts
            ),
            ", ".join(rule["rule"] for rule in change.rules),
        ]
        for change in changes
    ]
    if rows:
        lines += [
            "",
            tabulate(
                rows,
                headers=[
                    word("dossier", lang),
                    word("meeting_change", lang),
                    word("meeting_rules", lang),
                ],
                tablefmt="simple",
                maxcolwidths=[30, 60, 40],
            ),
        ]
    lines += [
        "",
        word(
            "meeting_summary",
            lang,
            compared=summary.compared,
            changed=summary.changed,
            skipped=summary.skipped,
        ),
    ]
    lines += [
        (
            f"  {count:>6}  {word('meeting_part_' + part, lang)}: {_words(before, lang)} -> "
            f"{_words(after, lang)}"
        )
        for (part, before, after), count in summary.rows()
    ]
    if skipped:
        lines += ["", word("meeting_not_rerun", lang, count=len(skipped))]
        lines += [
            f"  {item.key}: {word('impact_reason_' + item.reason, lang)}"
            + (f" ({item.shown(lang)})" if item.reason == "refused" else "")
            for item in skipped[:100]
        ]
        if len(skipped) > 100:
            lines.append(f"  ... {len(skipped) - 100}")
    return "\n".join(lines)


def _words(ids: str, lang: str) -> str:
    """A count's side (ids with spaces between them, or -) in words."""
    return ", ".join(label(item, lang) for item in ids.split()) if ids != "-" else "-"


def _word(value: Any, lang: str) -> str:
    if isinstance(value, list):
        return ", ".join(label(item, lang) for item in value) or "-"
    return label(str(value), lang)


@click.command("report", cls=Command)
@argument("dossiers", nargs=-1)
@option("--log", "log_url", metavar="URL")
@option("--since", type=click.DateTime(formats=["%Y-%m-%d"]))
@option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["html", "markdown"]),
    default="html",
    show_default=True,
)
@option("--peildatum", type=click.DateTime(formats=["%Y-%m-%d"]))
@LANG
def report(
    dossiers: tuple[str, ...],
    log_url: str | None,
    since: datetime.datetime | None,
    fmt: str,
    peildatum: datetime.datetime | None,
    lang: str,
) -> None:
    """`gevoelig report`: the portfolio for the periodic meeting with the client; its help is in the
    catalogue's HELP."""
    from .pages import report_page
    from .portfolio import from_log

    if bool(dossiers) == bool(log_url):
        raise click.UsageError(word("report_files_or_log", lang))
    if log_url:
        from .._decisionlog import LogError
        from .._decisionlog.store import open_log

        try:
            portfolio = from_log(
                open_log(log_url), since.strftime("%Y-%m-%dT00:00:00.000000Z") if since else None
            )
        except LogError as error:
            click.echo(f"{word('error_prefix', lang)} {error}", err=True)
            sys.exit(ExitCode.LOG_FAILED)
    else:
        if since is not None:
            raise click.UsageError(word("report_since_needs_log", lang))
        portfolio = _evaluated(dossiers, peildatum, lang)
    click.echo(
        report_page(portfolio, lang, markdown=fmt == "markdown", today=datetime.date.today()),
        nl=False,
    )
    if portfolio.failed:
        sys.exit(ExitCode.BAD_INPUT)


def _evaluated(dossiers: tuple[str, ...], peildatum: datetime.datetime | None, lang: str) -> Any:
    import attrs

    from .._errors import GevoeligheidError
    from .._evaluate import Evaluator, default_ruleset
    from .._inputs import Items, expand
    from .portfolio import Portfolio

    evaluator = Evaluator(default_ruleset())
    day = peildatum.date() if peildatum else None
    results, failed = [], []
    for item in Items(expand(dossiers), read_files=True):
        if item.error is not None:
            failed.append(item.error.show(lang))
            continue
        try:
            result = evaluator.evaluate(item.text, lang=lang, source=item.source, peildatum=day)  # type: ignore[arg-type]
        except GevoeligheidError as error:
            failed.append(error.show(lang))
            continue
        results.append({**result.to_dict(), "source": item.source})
    return attrs.evolve(Portfolio(tuple(results)), failed=tuple(failed))


@click.command("timeline", cls=Command)
@argument("dossier")
@option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "html", "markdown", "json"]),
    default="table",
    show_default=True,
)
@option("--grace-days", type=click.IntRange(0, 365), default=7, show_default=True)
@option("--log", "log_url", metavar="URL")
@LANG
def timeline(dossier: str, fmt: str, grace_days: int, log_url: str | None, lang: str) -> None:
    """`gevoelig timeline`: a dossier's outcome on each of its event days and on its date of
    assessment (else today), the day each level was first reached, and for each escalation the
    dossier records (its `escalaties`) whether it came in time; its help is in the catalogue's
    HELP."""
    import json

    import attrs

    from .._evaluate import Evaluator, default_ruleset
    from .pages import timeline_page
    from .timeline import build

    evaluator = Evaluator(default_ruleset())
    path = Path(dossier) if dossier != "-" else None
    data: Any = path if path is not None else sys.stdin.buffer.read()
    line = build(evaluator, data, source=dossier, lang=lang, grace_days=grace_days)
    if log_url and line.dossier.get("id"):
        from .._decisionlog import feedback
        from .._decisionlog.store import open_log

        store = open_log(log_url)
        ids = [entry["decision_id"] for entry in store.entries(dossier_id=line.dossier["id"])]
        given = [
            item.to_dict() for found in feedback.of_decisions(store, ids).values() for item in found
        ]
        line = attrs.evolve(line, feedback=tuple(sorted(given, key=lambda item: item["given_at"])))
    if fmt == "json":
        click.echo(json.dumps(line.to_dict(), ensure_ascii=False, indent=2))
    elif fmt in ("html", "markdown"):
        click.echo(timeline_page(line, lang, markdown=fmt == "markdown"), nl=False)
    else:
        click.echo(_terminal(line, lang))


def _terminal(line: Any, lang: str) -> str:
    from tabulate import tabulate

    key, fields = line.summary()
    out = [
        word("timeline_title", lang, name=line.dossier.get("id") or ""),
        word(key, lang, **fields),
    ]
    if line.rules_from is not None:
        out.append(word("timeline_before_rules", lang, day=line.rules_from.isoformat()))
    out.append("")
    rows = [
        [
            step.day.isoformat(),
            label(step.result.classification, lang),
            label(step.result.escalation, lang),
            ", ".join(label(role, lang) for role in step.result.inform) or "-",
            step.result.score,
        ]
        for step in line.steps
    ]
    out.append(
        tabulate(
            rows,
            headers=[
                word("timeline_day", lang),
                word("classification", lang),
                word("escalation", lang),
                word("timeline_inform", lang),
                word("timeline_score", lang),
            ],
            tablefmt="simple",
        )
    )
    if line.checks:
        out += ["", word("timeline_escalaties", lang, days=line.grace_days)]
        rows = [
            [
                label(check.what, lang),
                check.asked.isoformat() if check.asked else "-",
                check.done.isoformat() if check.done else "-",
                word("timeline_verdict_" + check.verdict, lang),
            ]
            for check in line.checks
        ]
        out.append(
            tabulate(
                rows,
                headers=[
                    word("timeline_what", lang),
                    word("timeline_asked", lang),
                    word("timeline_done", lang),
                    word("timeline_verdict", lang),
                ],
                tablefmt="simple",
            )
        )
    if line.feedback:
        out += ["", word("timeline_feedback", lang)]
        rows = [
            [
                item["given_at"][:10],
                word("feedback_" + item["verdict"], lang),
                "; ".join(
                    label(item[ladder], lang)
                    for ladder in ("classification", "escalation")
                    if item.get(ladder)
                )
                or "-",
                label(item["role"], lang),
                " ".join((item.get("reason") or "").split()),
                ", ".join(
                    f"{label(given['role'], lang)} {given['datum']}" for given in item["informed"]
                ),
            ]
            for item in line.feedback
        ]
        headers = [
            word("timeline_" + key, lang)
            for key in ("day", "verdict", "chosen", "role", "reason", "informed")
        ]
        out.append(
            tabulate(
                rows,
                headers=headers,
                tablefmt="simple",
                maxcolwidths=[None, None, None, None, 40, None],
            )
        )
    return "\n".join(out)
