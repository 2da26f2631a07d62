"""The `gevoelig` command line: the only place that prints or exits."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import GevoeligheidError
from .model import ESCALATIONS

EXIT_OK, EXIT_FAIL_ON, EXIT_BAD_INPUT = 0, 1, 2

_LANG = click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True, help="Language of labels, questions and reasons.")
_RULESET = click.option("--ruleset", "ruleset_path", type=click.Path(file_okay=False, path_type=Path), help="A rule set folder instead of the default rule set.")


class Group(click.Group):
    """Shows GevoeligheidErrors as one line on standard error, with the error's exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GevoeligheidError as error:
            if _debug(ctx):
                raise
            click.echo(f"gevoelig: error: {error.show()}", err=True)
            ctx.exit(error.exit_code)
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, as Unix tools do.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(EXIT_OK)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as error:  # a bug: still one line, the traceback only with --debug
            if _debug(ctx):
                raise
            click.echo(f"gevoelig: internal error: {type(error).__name__}: {error} (run with --debug for the traceback and please report it)", err=True)
            ctx.exit(4)


def _debug(ctx: click.Context) -> bool:
    return bool(ctx.find_root().params.get("debug")) or os.environ.get("GEVOELIG_DEBUG") == "1"


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="gevoelig")
@click.option("--debug", is_flag=True, help="Show the full traceback of an error.")
def cli(debug: bool) -> None:
    """Bestuurlijke gevoeligheid van omgevingsdienst-dossiers: classificatie, escalatie en wie te
    informeren, met elke reden herleidbaar tot de Handreiking (2026).

    \b
    Example:
      gevoelig check examples/01-brzo-brand-rookpluim.json
    """


def _load(ruleset_path: Path | None):
    from .evaluate import default_ruleset
    from .rules import load_ruleset

    return load_ruleset(ruleset_path) if ruleset_path else default_ruleset()


@cli.command()
@click.argument("dossiers", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "markdown", "json", "jsonl"]), help="Output format; default: table on a terminal, json otherwise.")
@_LANG
@click.option("--engine", type=click.Choice(["durable", "reference"]), default="durable", show_default=True, help="durable-rules, or the plain-Python reference evaluator.")
@click.option("--explain", is_flag=True, help="Add the reasons, the open questions and the worst case to a table.")
@click.option("--fail-on", type=click.Choice(ESCALATIONS[1:]), help="Exit with status 1 when any dossier escalates to this level or higher.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on standard error; default: when it is a terminal and the output is not.")
@_RULESET
def check(dossiers, fmt, lang, engine, explain, fail_on, progress, ruleset_path) -> None:
    """Evaluate dossiers: files, folders (every *.json below), JSON Lines files (*.jsonl) or - for
    standard input.

    \b
    Examples:
      gevoelig check dossier.json
      gevoelig check --explain --lang en dossier.json
      gevoelig check -f jsonl --fail-on director batch.jsonl > results.jsonl
      cat dossier.json | gevoelig check -
    """
    from . import inputs
    from .evaluate import Evaluator
    from .render import to_json, to_text

    evaluator = Evaluator(_load(ruleset_path))
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    paths = inputs.expand(dossiers)
    if not paths:
        raise click.UsageError(f"no *.json files in {', '.join(dossiers)}")
    single = len(paths) == 1 and paths[0] != "-" and Path(paths[0]).suffix not in inputs.JSON_LINES
    show_progress = progress if progress is not None else (sys.stderr.isatty() and not sys.stdout.isatty())
    threshold = ESCALATIONS.index(fail_on) if fail_on else None
    failed = reached = written = 0
    out = sys.stdout
    with _progress(show_progress, inputs.total_size(paths)) as bar:
        for item in inputs.read_items(paths):
            bar.update(item.size)
            try:
                if item.error:
                    raise item.error
                result = evaluator.evaluate(item.text, engine=engine, lang=lang, source=item.source)
            except GevoeligheidError as error:
                failed += 1
                click.echo(f"gevoelig: error: {error.show()}", err=True)
                continue
            if threshold is not None and result.outcome.escalation >= threshold:
                reached += 1
            if fmt == "jsonl":
                out.write(to_json(result, indent=None) + "\n")
            elif fmt == "json":
                text = to_json(result)
                if single:
                    out.write(text + "\n")
                else:
                    out.write(("[\n" if written == 0 else ",\n") + text)
            else:
                out.write(("\n" if written else "") + to_text(result, markdown=fmt == "markdown", explain=explain))
            written += 1
    if fmt == "json" and not single:
        out.write("[]\n" if written == 0 else "\n]\n")
    out.flush()
    if failed:
        click.echo(f"gevoelig: {failed} dossier(s) could not be evaluated; {written} evaluated", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if reached:
        click.echo(f"gevoelig: {reached} dossier(s) escalate to {fail_on} or higher", err=True)
        sys.exit(EXIT_FAIL_ON)


class _NoBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, size: int) -> None:
        return None


def _progress(show: bool, total: int):
    if not show or total == 0:
        return _NoBar()
    return click.progressbar(length=total, file=sys.stderr, label="dossiers", show_percent=True)


@cli.command()
@_RULESET
def schema(ruleset_path) -> None:
    """Print the JSON Schema of a dossier.

    \b
    Example:
      gevoelig schema > dossier.schema.json
    """
    from .schema import dossier_schema

    click.echo(json.dumps(dossier_schema(_load(ruleset_path)), ensure_ascii=False, indent=2))


@cli.command()
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "markdown"]), default="json", show_default=True, help="A blank dossier (json) or the checklist as a handout (markdown).")
@_LANG
@_RULESET
def template(fmt, lang, ruleset_path) -> None:
    """A blank dossier to fill in (every fact null), or the checklist as Markdown.

    \b
    Examples:
      gevoelig template > nieuw-dossier.json
      gevoelig template -f markdown > checklist.md
    """
    from .templates import blank_dossier, checklist_markdown

    ruleset = _load(ruleset_path)
    if fmt == "json":
        click.echo(json.dumps(blank_dossier(ruleset), ensure_ascii=False, indent=2))
    else:
        click.echo(checklist_markdown(ruleset, lang), nl=False)


@cli.group(invoke_without_command=True)
@_RULESET
@_LANG
@click.pass_context
def rules(ctx: click.Context, ruleset_path, lang) -> None:
    """The rules of a rule set as a table (id, category, weight, what it sets, source).

    \b
    Examples:
      gevoelig rules
      gevoelig rules show kop_media_bestuur
    """
    ctx.obj = {"ruleset_path": ruleset_path, "lang": lang}
    if ctx.invoked_subcommand is None:
        from .templates import rules_table

        click.echo(rules_table(_load(ruleset_path), lang))


@rules.command("show")
@click.argument("rule_id")
@click.pass_context
def rules_show(ctx: click.Context, rule_id: str) -> None:
    """One rule or signal in full, with the text of the Handreiking it cites.

    \b
    Example:
      gevoelig rules show buiten_mandaat
    """
    from .errors import suggest
    from .templates import rule_detail

    ruleset = _load(ctx.obj["ruleset_path"])
    known = [rule.id for rule in ruleset.rules] + [fact.id for fact in ruleset.facts.values()]
    if rule_id not in known:
        hint = suggest(rule_id, known)
        raise click.BadParameter(f"no rule or fact '{rule_id}'" + (f"; did you mean '{hint}'?" if hint else "; `gevoelig rules` lists them"), param_hint="RULE_ID")
    click.echo(rule_detail(ruleset, rule_id, ctx.obj["lang"]))


def main() -> None:
    cli(prog_name="gevoelig")
