"""The command line in every language: the --lang option, the help of every command and option
as the catalogue holds it, and click's own texts (usage, headings, errors, metavars)."""

from __future__ import annotations

import contextlib
import contextvars
import functools
import gettext
import importlib
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import click

from ._messages import catalogue
from ._model import LANGUAGES

#: The language of the command line that runs, as read from it before click parses it.
_LANGUAGE: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "gevoelig_lang", default=None
)


def lang_of(ctx: click.Context) -> str:
    """The language of a command: the command line's (its last --lang, as the commands get it too),
    also while click is still parsing it; else, called outside `main`, its --lang or its group's."""
    return _LANGUAGE.get() or ctx.meta.get("gevoelig.lang", "nl")


def language_in(args: Sequence[str]) -> str:
    """The language a command line asks for: its last valid `--lang` value, else Dutch.

    It is read before click parses the command line, because click makes an error's text when it
    meets the error, before any option's callback has run: `gevoelig check --lang en --bogus`
    must say what is wrong in English.
    """
    lang = "nl"
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        else:
            continue
        if value in LANGUAGES:
            lang = value
    return lang


def _remember_lang(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """Keep a --lang that was given where the error handler and the help find it (`meta` is shared
    by a command and its groups), and give the command the language in force: its own --lang if
    given, else its group's (`gevoelig --lang en check`, `rules --lang en show X`), else Dutch."""
    if ctx.get_parameter_source(param.name or "") is not click.core.ParameterSource.DEFAULT:
        ctx.meta["gevoelig.lang"] = value
    lang: str = ctx.meta.get("gevoelig.lang", value)
    return lang


class ClickTranslations(gettext.NullTranslations):
    """click's texts in one language: click's English is the message id, the language's CLICK
    catalogue the text. A text the catalogue leaves out (English has none; the texts for a
    program's author have no Dutch) is gettext's, as click would show it."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def gettext(self, message: str) -> str:
        found = catalogue(self.lang).click.get(message)
        return found if found is not None else gettext.gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        # Each language here counts as English does: one, or not.
        found = catalogue(self.lang).click.get(msgid1 if n == 1 else msgid2)
        return found if found is not None else gettext.ngettext(msgid1, msgid2, n)


@functools.cache
def translations(lang: str) -> ClickTranslations:
    """The translation of click's texts into `lang`, made once per language."""
    return ClickTranslations(lang)


#: The translation click's texts go through in this thread or task: that of the command line that
#: runs, None (gettext's own, as click is without gevoelig) outside one.
_CLICK: contextvars.ContextVar[ClickTranslations | None] = contextvars.ContextVar(
    "gevoelig_click", default=None
)


def _gettext(message: str) -> str:
    translation = _CLICK.get()
    return gettext.gettext(message) if translation is None else translation.gettext(message)


def _ngettext(msgid1: str, msgid2: str, n: int) -> str:
    translation = _CLICK.get()
    if translation is None:
        return gettext.ngettext(msgid1, msgid2, n)
    return translation.ngettext(msgid1, msgid2, n)


#: The modules of click that write texts for a program's user through gettext.
_CLICK_MODULES = (
    "core",
    "decorators",
    "exceptions",
    "formatting",
    "parser",
    "shell_completion",
    "termui",
    "types",
)


def _install() -> None:
    """Point click's gettext functions at `_gettext` and `_ngettext`, once, when this module is
    imported.

    Why module attributes: click (8.1 to 8.5) has no hook for a translation. Each of its modules
    does `from gettext import gettext as _` (and `ngettext`) and calls those names when it needs a
    text. Those are the standard library's process-wide functions: they read the global text
    domain and the language from environment variables (LANGUAGE, LC_ALL, ...) and look for
    compiled .mo files on disk, so the only other way in would be to change the process's text
    domain and environment for every library in it, and per call, which no two threads can share.
    So the names are pointed, once and for good, at two functions that ask the translation chosen
    for this thread or task (`_CLICK`, set by `click_in`); with none chosen they are gettext's own,
    so click is unchanged outside a command line of gevoelig. Done under the import lock, never
    undone, so there is nothing to race or to put back. A module of a later click whose names are
    no longer gettext's is left alone: its texts then stay English, and tests/test_language.py
    fails on the first one.
    """
    for name in _CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        for attribute, original, ours in (
            ("_", gettext.gettext, _gettext),
            ("ngettext", gettext.ngettext, _ngettext),
        ):
            if getattr(module, attribute, None) is original:
                setattr(module, attribute, ours)


_install()


def click_text(message: str, lang: str) -> str:
    """One of click's texts (its English) in `lang`."""
    return translations(lang).gettext(message)


@contextlib.contextmanager
def click_in(lang: str) -> Iterator[None]:
    """Run a command line in `lang`: its help, its metavars and click's own texts."""
    language = _LANGUAGE.set(lang)
    click_language = _CLICK.set(translations(lang))
    try:
        yield
    finally:
        _CLICK.reset(click_language)
        _LANGUAGE.reset(language)


@contextlib.contextmanager
def click_in_english() -> Iterator[None]:
    """click's own texts in English for a while, also inside a command line in another language:
    while a module that makes click objects is imported, since click translates some texts when
    an object is made (a Path type's name, "file") and keeps them."""
    click_language = _CLICK.set(None)
    try:
        yield
    finally:
        _CLICK.reset(click_language)


#: A metavar's words: INTEGER RANGE, FILE, OPTIONS; not a choice ([json|markdown]) or a format.
_METAVAR_WORDS = re.compile(r"[A-Z][A-Z_]*(?: [A-Z][A-Z_]*)*")


def metavar(english: str, lang: str | None) -> str:
    """A metavar (FILE, [OPTIONS], COMMAND [ARGS]...) in `lang`: click makes them in English and
    not through gettext. None: no command line runs, click's English."""
    if lang is None:
        return english
    words = catalogue(lang).metavars
    return _METAVAR_WORDS.sub(lambda match: words.get(match.group(), match.group()), english)


def command_key(ctx: click.Context) -> str:
    """The words that call the command of `ctx` (`gevoelig log replay`), however the program is
    called: the key of its help in the catalogue."""
    names = []
    while ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(["gevoelig", *reversed(names)])


def option_flag(option: click.Option) -> str:
    """The flag an option's help is filed under: its longest --name (`--format` for -f)."""
    flags = [flag for flag in option.opts if flag.startswith("--")] or option.opts
    return max(flags, key=len)


def command_help(key: str, lang: str) -> str:
    """The help of the command called by `key` in `lang`; a KeyError if the catalogue lacks it."""
    return catalogue(lang).help[key]


def option_help(key: str, option: click.Option, lang: str) -> str:
    """The help of `option` of the command called by `key`, in `lang`: its own under the command,
    else the one its flag has in every command; a KeyError if the catalogue has neither."""
    texts = catalogue(lang).help
    flag = option_flag(option)
    found = texts.get(f"{key} {flag}")
    return found if found is not None else texts[flag]


class Option(click.Option):
    """An option whose help is in the catalogue (under its command and flag) and whose metavar
    follows the language of the command line."""

    def __init__(self, *args: Any, **attrs: Any) -> None:
        if attrs.get("help") is not None:
            raise TypeError("an option's help belongs in the catalogue's HELP, not in help=")
        super().__init__(*args, **attrs)

    def make_metavar(self, *args: Any, **kwargs: Any) -> str:
        return metavar(super().make_metavar(*args, **kwargs), _LANGUAGE.get())


class Argument(click.Argument):
    """An argument whose metavar (in the usage and in errors) follows the language of the command
    line."""

    def make_metavar(self, *args: Any, **kwargs: Any) -> str:
        return metavar(super().make_metavar(*args, **kwargs), _LANGUAGE.get())


_Decorated = TypeVar("_Decorated", bound=Callable[..., Any])


def option(*param_decls: str, **attrs: Any) -> Callable[[_Decorated], _Decorated]:
    """click.option, for an Option of this module."""
    return click.option(*param_decls, cls=Option, **attrs)


def argument(*param_decls: str, **attrs: Any) -> Callable[[_Decorated], _Decorated]:
    """click.argument, for an Argument of this module."""
    return click.argument(*param_decls, cls=Argument, **attrs)


#: --lang of every command that writes text for people. Eager, so that `--lang en --help` shows
#: the help in English.
LANG = option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default="nl",
    show_default=True,
    is_eager=True,
    callback=_remember_lang,
)


class HelpMixin:
    """A command whose help the catalogue holds under the words that call it, written in the
    language of --lang (Dutch by default), with click's headings in it too. The function's
    docstring is for people reading the code; click would show it, this does not."""

    def __init__(self, *args: Any, **attrs: Any) -> None:
        attrs["help"] = None  # the docstring click passes; the help is the catalogue's
        super().__init__(*args, **attrs)

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        text = command_help(command_key(ctx), lang_of(ctx))
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(
            ctx.command_path, " ".join(pieces), prefix=click_text("Usage:", lang_of(ctx)) + " "
        )

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces: list[str] = super().collect_usage_pieces(ctx)  # type: ignore[misc]
        lang = _LANGUAGE.get()
        if pieces and pieces[0] == self.options_metavar:  # type: ignore[attr-defined]
            pieces[0] = metavar(pieces[0], lang)
        if isinstance(self, click.Group) and pieces:
            pieces[-1] = metavar(pieces[-1], lang)  # the subcommand's: COMMAND [ARGS]...
        return pieces

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = lang_of(ctx)
        key = command_key(ctx)
        help_option = self.get_help_option(ctx)  # type: ignore[attr-defined]
        records = []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            record = param.get_help_record(ctx) if isinstance(param, click.Option) else None
            if record is None:
                continue
            if param is help_option:  # click's own option, its text made once and kept
                text, extras = click_text("Show this message and exit.", lang), ""
            else:  # click gave the extras alone, [default: 1; 0<=x<=64]: the help is None
                text, extras = option_help(key, param, lang), record[1]
            records.append((record[0], f"{text}  {extras}" if text and extras else text or extras))
        if records:
            with formatter.section(click_text("Options", lang)):
                formatter.write_dl(records)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        commands = [
            (name, command)
            for name in self.list_commands(ctx)  # type: ignore[attr-defined]
            if (command := self.get_command(ctx, name)) is not None  # type: ignore[attr-defined]
            and not command.hidden
        ]
        if commands:
            lang, key = lang_of(ctx), command_key(ctx)
            limit = formatter.width - 6 - max(len(name) for name, _ in commands)
            with formatter.section(click_text("Commands", lang)):
                formatter.write_dl(
                    [
                        (name, _short_help(command_help(f"{key} {name}", lang), command, limit))
                        for name, command in commands
                    ]
                )


def _short_help(text: str, command: click.Command, limit: int) -> str:
    """The first sentence of a command's help, as click shortens it for its group's list."""
    return click.Command(
        command.name, help=text, short_help=command.short_help, deprecated=command.deprecated
    ).get_short_help_str(limit)


class Command(HelpMixin, click.Command):
    pass


class Group(HelpMixin, click.Group):
    """A group whose help, and its commands' help, follows --lang (`gevoelig log`)."""

    command_class = Command
