"""The exceptions of gevoeligheid: one root, with a branch for each place things go wrong."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from ._exitcodes import ExitCode
from ._messages import word
from ._text import visible


def suggest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """Return the closest of `choices` to a misspelt `word`, or None when nothing is close."""
    import difflib  # only for a mistake: not at every start

    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return matches[0] if matches else None


def suggest_value(word: object, choices: Iterable[str]) -> str | None:
    """A suggestion for a misspelt value word, only for a near-certain typo.

    A near miss among values can name another grade: "nationaal" resembles "regionaal" more than
    the "landelijk" that was meant, and following that hint would lower the outcome. So only a
    close match is offered; the error lists every allowed word anyway.
    """
    return suggest(word, choices, cutoff=0.8) if isinstance(word, str) else None


def _message(
    place: str,
    what: str,
    expected: str | None,
    hint: str | None,
    suggestion: str | None,
    dutch: Dutch | None,
) -> str:
    """An error's line: place, what is wrong, what would be right, a suggestion and the hint; in
    the Dutch words when `dutch` is given."""
    if dutch is not None:
        what, expected, hint = dutch.what, dutch.expected, dutch.hint
    text = f"{place}: {what}"
    if expected:
        text += f" (verwacht: {expected})" if dutch else f" (expected {expected})"
    if suggestion:
        text += f"; bedoelde u '{suggestion}'?" if dutch else f"; did you mean '{suggestion}'?"
    return _with_hint(text, hint)


def _with_hint(text: str, hint: str | None) -> str:
    """Join a message and its hint; control characters from the input are escaped, so the
    message stays one line and cannot forge a line of its own in a log or act on a terminal."""
    if hint:
        text = (
            f"{text} {hint[:1].upper()}{hint[1:]}"
            if text.endswith("?")
            else f"{text}. {hint[:1].upper()}{hint[1:]}"
        )
    return visible(text)


class GevoeligheidError(Exception):
    """The root of every error this library raises on purpose."""

    #: The process exit status the command line uses for this kind of error.
    exit_code: int = ExitCode.FAIL_ON

    def show(self, lang: str = "en") -> str:
        """The one line a person reads: what is wrong, where, and what to do (in Dutch where the
        error has the words for it, with `lang="nl"`)."""
        return str(self)

    def lines(self, lang: str = "en") -> list[str]:
        """Every fault as a line of its own, the first being `show(lang)`."""
        return [self.show(lang)]


#: How much of an input value a message quotes: enough to recognise it, never the whole of a
#: value that may be megabytes long.
EXCERPT_CHARS = 60


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """A value as a message quotes it: text as it is, anything else as Python shows it, cut to
    `limit` characters and "..."."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[:limit] + "..."


def number_nl(number: int) -> str:
    """10.000, not 10,000: a Dutch reader takes a comma for decimals."""
    return f"{number:,}".replace(",", ".")


def os_error_nl(error: OSError) -> str:
    """Why a file cannot be read, in Dutch where the reason is a common one."""
    if isinstance(error, FileNotFoundError):
        return "het bestaat niet"
    if isinstance(error, PermissionError):
        return "geen leesrechten"
    if isinstance(error, IsADirectoryError):
        return "het is een map"
    return f"leesfout ({error.strerror})"


@attrs.frozen
class Dutch:
    """The Dutch words of an error for people: what is wrong, what would be right, what to do."""

    what: str
    expected: str | None = None
    hint: str | None = None


@attrs.define(eq=False, str=False)
class DossierError(GevoeligheidError, ValueError):
    """A dossier cannot be read: bad file, bad JSON or a value the contract does not allow.

    The fields are English, for programs; `nl` holds the same message in Dutch, which the command
    line shows by default (`show("nl")`); `code` is a stable machine code of the kind of fault.
    A dossier with several faults raises one DossierError: its own fields are those of the first
    fault, and `errors` lists every fault found (each a DossierError of its own, in the order of the
    dossier), at most MAX_ERRORS of them; `more` counts those found past that.
    """

    source: str
    pointer: str
    what: str
    expected: str | None = None
    hint: str | None = None
    suggestion: str | None = None
    nl: Dutch | None = None
    code: str = "invalid"
    _errors: tuple[DossierError, ...] = ()
    more: int = 0

    exit_code = ExitCode.BAD_INPUT

    def __attrs_post_init__(self) -> None:
        super().__init__(self.show())

    @classmethod
    def of(cls, errors: Sequence[DossierError], more: int = 0) -> DossierError:
        """One error for the faults of one dossier: the first's fields, and all of them listed."""
        if len(errors) == 1 and not more:
            return errors[0]
        first = errors[0]
        return cls(
            first.source,
            first.pointer,
            first.what,
            first.expected,
            first.hint,
            first.suggestion,
            first.nl,
            first.code,
            tuple(errors),
            more,
        )

    @property
    def errors(self) -> tuple[DossierError, ...]:
        """Every fault of the dossier, the first first (this error alone when it is the only one)."""
        return self._errors or (self,)

    def show(self, lang: str = "en") -> str:
        # An empty pointer is the whole input (RFC 6901): the file or line alone says where.
        place = f"{self.source}: {self.pointer}" if self.pointer else self.source
        return _message(
            place,
            self.what,
            self.expected,
            self.hint,
            self.suggestion,
            self.nl if lang == "nl" else None,
        )

    def reason(self, lang: str = "en") -> str:
        """The message without its place (the source and the pointer), for a list that names the
        place beside it."""
        return _message(
            "",
            self.what,
            self.expected,
            self.hint,
            self.suggestion,
            self.nl if lang == "nl" else None,
        ).removeprefix(": ")

    def lines(self, lang: str = "en") -> list[str]:
        """One line per fault (the first is `show(lang)`), and a last one when faults were left out."""
        out = [error.show(lang) for error in self.errors]
        if self.more:
            out.append(
                f"{self.source}: {word('more_errors', lang, count=self.more, shown=len(self.errors))}"
            )
        return out

    def to_dict(self) -> dict[str, object]:
        """The first fault's fields, its `code`, and `errors`: every fault's fields (and `more`)."""
        out = _fields(self)
        out["errors"] = [_fields(error) for error in self.errors]
        out["more"] = self.more
        return out

    def __str__(self) -> str:
        return self.show()


#: The faults of one dossier listed at most: a dossier of 10,000 bad events is told in full
#: by the first hundred.
MAX_ERRORS = 100


def _fields(error: DossierError) -> dict[str, object]:
    return {
        "source": error.source,
        "pointer": error.pointer,
        "what": error.what,
        "expected": error.expected,
        "hint": error.hint,
        "suggestion": error.suggestion,
        "nl": attrs.asdict(error.nl) if error.nl is not None else None,
        "code": error.code,
    }


@attrs.define(eq=False, str=False)
class RuleFileError(GevoeligheidError, ValueError):
    """A rule file is broken: it does not parse, breaks the schema or refers to what is not there.

    The fields are English, for programs; `nl` holds the same message in Dutch, which the command
    line shows in the language of `--lang` (`show("nl")`).
    """

    file: str
    line: int | None
    what: str
    hint: str | None = None
    suggestion: str | None = None
    nl: Dutch | None = None

    exit_code = ExitCode.RULE_FILE

    def __attrs_post_init__(self) -> None:
        super().__init__(self.show())

    def show(self, lang: str = "en") -> str:
        place = self.file if self.line is None else f"{self.file}:{self.line}"
        return _message(
            place, self.what, None, self.hint, self.suggestion, self.nl if lang == "nl" else None
        )

    def to_dict(self) -> dict[str, object]:
        return attrs.asdict(self)

    def __str__(self) -> str:
        return self.show()


class NotInForce(RuleFileError):
    """No rules are in force on the day asked: it lies before the first version of the rule set,
    or before an overlay's valid_from. The rule files are sound; the day is the fault."""


class ArgumentError(GevoeligheidError, ValueError):
    """A Python caller passed an argument the API does not take (an unknown engine or language)."""

    exit_code = ExitCode.BAD_INPUT


@attrs.define(eq=False, str=False)
class EngineError(GevoeligheidError, RuntimeError):
    """The rules engine failed while evaluating a dossier; the session was cleaned up."""

    what: str
    dossier: str | None = None

    exit_code = ExitCode.ENGINE

    def __attrs_post_init__(self) -> None:
        super().__init__(self.show())

    def show(self, lang: str = "en") -> str:
        where = f" (dossier {self.dossier})" if self.dossier else ""
        return _with_hint(
            f"rules engine failed{where}: {self.what}. This is a bug in gevoeligheid; please report it with the dossier",
            None,
        )

    def __str__(self) -> str:
        return self.show()
