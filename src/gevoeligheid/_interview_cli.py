"""`gevoelig interview`: the checklist one question at a time, the next best question first."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import click

from . import _interrupts
from ._cli import _load, _rule_options, _width
from ._exitcodes import ExitCode, for_signal
from ._helptext import LANG, Command, argument
from ._interview import STOP, UNKNOWN, AnswerError, Interview, choices, new_path, read_answer
from ._messages import label, word
from ._model import ROLES, Language, Outcome
from ._questions import NextQuestion


def outcome_words(outcome: Outcome, lang: str) -> str:
    """classification; escalation; inform: roles (or nobody)."""
    roles = ", ".join(label(role, lang) for role in ROLES if role in outcome.inform) or word(
        "nobody", lang
    )
    levels = outcome.levels()
    return (
        f"{label(levels['classification'], lang)}; {label(levels['escalation'], lang)}; "
        f"{word('inform', lang).lower()}: {roles}"
    )


def _show_question(number: int, question: NextQuestion, lang: str) -> None:
    click.echo()
    click.echo(word("interview_question", lang, number=number))
    click.echo(question.question)
    for answer in question.answers:
        click.echo(f"  {answer.label:<12} -> {outcome_words(answer.outcome, lang)}")


@click.command("interview", cls=Command)
@argument("dossier", required=False, type=click.Path(dir_okay=False, path_type=Path))
@LANG
@_rule_options
@click.pass_context
def interview(
    ctx: click.Context,
    dossier: Path | None,
    lang: Language,
    ruleset_path: Path | None,
    overlays: tuple[Path, ...],
    peildatum: datetime.datetime | None,
) -> None:
    """`gevoelig interview`: fill in a dossier one question at a time, the question whose answer
    could move the outcome most first; its help is in the catalogue's HELP."""
    path = dossier if dossier is not None else new_path(Path.cwd(), datetime.date.today())
    ruleset = _load(ruleset_path, overlays, peildatum, True)
    session = Interview.open(
        path, ruleset=ruleset, peildatum=peildatum.date() if peildatum else None, lang=lang
    )
    # the file exists from the start, and a dossier that cannot be written says so now
    session.save()
    interactive = _interactive()
    click.echo(word("interview_start", lang, path=path))
    ending = "interview_settled"
    try:
        while True:
            question = session.next()
            if question is None:
                if not session.settled():
                    ending = "interview_nothing_left"
                break
            _show_question(session.asked + 1, question, lang)
            value = _ask(session, question, lang, interactive)
            if value is STOP:
                ending = "interview_stopped"
                break
            session.answer(question.fact, value)
            result = session.result()
            click.echo(
                word(
                    "interview_now",
                    lang,
                    outcome=outcome_words(result.outcome, lang),
                    worst=outcome_words(result.worst_case, lang),
                )
            )
    except (KeyboardInterrupt, _interrupts.Interrupted) as stop:
        click.echo()
        click.echo(word("interview_interrupted", lang, path=path, count=session.asked), err=True)
        ctx.exit(
            for_signal(stop.signum)
            if isinstance(stop, _interrupts.Interrupted)
            else ExitCode.INTERRUPTED
        )
    from ._render import to_text

    result = session.result()
    click.echo()
    click.echo(word(ending, lang))
    click.echo(word("interview_saved", lang, path=path, count=session.asked))
    click.echo()
    click.echo(to_text(result, width=_width()), nl=False)


def _interactive() -> bool:
    """Whether a person answers at a terminal (else a script, one answer a line)."""
    return sys.stdin.isatty()


def _ask(session: Interview, question: NextQuestion, lang: str, interactive: bool) -> object:
    """One answer: asked again at a terminal until it is one; a wrong line of a script stops with
    an error (the answers before it are written)."""
    fact = session.fact(question.fact)
    prompt = word("interview_prompt", lang, choices=choices(fact, lang))
    while True:
        click.echo(prompt, nl=False)
        line = sys.stdin.readline()
        if not line:  # the end of the input: as `stop`
            click.echo()
            return STOP
        if not interactive:
            click.echo(line.rstrip("\n"))
        try:
            value = read_answer(fact, line)
        except AnswerError as error:
            if not interactive:
                raise
            click.echo(error.show(lang))
            continue
        return UNKNOWN if value is UNKNOWN else value
