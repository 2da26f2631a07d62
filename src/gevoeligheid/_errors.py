"""The exceptions of gevoeligheid: one root, with a branch for each place things go wrong."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from ._exitcodes import ExitCode
from ._messages import Localised, Message, rendered, word
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


#: What an error's what, expected and hint may be: a catalogue text, or a text that has no words
#: of a language (a JSON example, a list of a fact's words).
Phrase = Localised | str


def _message(
    place: str,
    what: Phrase,
    expected: Phrase | None,
    hint: Phrase | None,
    suggestion: str | None,
    lang: str,
) -> str:
    """An error's line in `lang`: place, what is wrong, what would be right, a suggestion and the
    hint."""
    text = f"{place}: {rendered(what, lang)}"
    if expected:
        text += word("error_expected", lang, expected=rendered(expected, lang))
    if suggestion:
        text += word("error_suggestion", lang, suggestion=suggestion)
    return _with_hint(text, rendered(hint, lang) if hint else None)


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


def _params(*texts: Phrase | None) -> dict[str, object]:
    """The parameters of an error's texts, together."""
    out: dict[str, object] = {}
    for text in texts:
        if isinstance(text, Message):
            out.update(text.params)
    return out


#: The code of a RuleFileError is the key its message had when the code was published; a key
#: renamed since to say its situation keeps its code here: the code is the stable contract
#: (docs/results.md), the key is internal.
RULE_FILE_CODES: Mapping[str, str] = {
    "bool_fact_weight_not_number": "definitions_bool_fact_s_weight",
    "bool_fact_with_values": "definitions_bool_fact_takes_values",
    "case_file_missing": "cases_such_case_file_folder",
    "derive_unknown_within_setting": "rules_unknown_setting",
    "grade_too_few_words": "definitions_grade_needs_least_two",
    "grade_weight_decreases": "definitions_weight_lower",
    "not_a_weighing_word_of_fact": "definitions_word_fact_can_weigh",
    "not_a_word_of_fact": "definitions_word",
    "number_outside_range": "definitions_setting_outside",
    "outcome_condition_mixed": "definitions_condition_outcome_classification_least",
    "required_key_missing": "definitions_needs",
    "rule_alternatives_over_limit": "compile_rule_alternatives_all_any",
    "rule_conditions_over_limit": "compile_rule_conditions_once_headline",
    "rule_file_control_character": "yamlfile_control_character_column",
    "rule_file_not_regular": "yamlfile_regular_file_folder_pipe",
    "rule_file_not_utf8": "yamlfile_utf_text",
    "rule_file_too_large": "yamlfile_file_limit_bytes",
    "rule_strength_combinations_over_limit": "compile_rule_stands_combinations_headline",
    "schema_violation": "definitions_schema",
    "set_fact_without_values": "definitions_set_fact_needs_list",
    "setting_above_highest": "definitions_setting_above",
    "setting_below_lowest": "definitions_setting_below",
    "setting_below_other": "definitions_setting_below_other",
    "setting_bounded_by_unknown": "definitions_setting_bounded_which_setting",
    "setting_not_above_other": "definitions_setting_not_above",
    "strength_without_headline": "definitions_only_headline_rule_strength",
    "stronger_headline_not_on_facts": "definitions_stronger_headline_condition_facts",
    "too_many_engine_rules": "compile_too_many_engine_rules",
    "too_many_facts": "definitions_too_many_facts",
    "too_many_rules": "definitions_too_many_rules",
    "unknown_key": "definitions_unknown_key",
    "unknown_setting": "definitions_unknown_setting",
    "unknown_weight_class": "definitions_unknown_weight_class",
    "weight_missing": "definitions_weight",
    "window_unknown_setting": "rules_unknown_setting_2",
    "yaml_alias": "yamlfile_alias",
    "yaml_anchor": "yamlfile_anchor",
    "yaml_control_character_in_value": "yamlfile_control_character_value",
    "yaml_date_invalid": "yamlfile_date",
    "yaml_decimal_number": "yamlfile_decimal_number",
    "yaml_directive": "yamlfile_yaml_directive_yaml_tag",
    "yaml_duplicate_key": "yamlfile_duplicate_key",
    "yaml_key_not_a_word": "yamlfile_key_word",
    "yaml_key_not_scalar": "yamlfile_list_mapping_key",
    "yaml_merge_key": "yamlfile_merge_key",
    "yaml_number_too_long": "yamlfile_number_characters",
    "yaml_second_document": "yamlfile_second_document",
    "yaml_tag_not_allowed": "yamlfile_tag_allowed",
    "yaml_too_deep": "yamlfile_too_deep",
    "yaml_too_many_values": "yamlfile_values_file",
    "yaml_value_too_long": "yamlfile_value_characters",
    "yaml_value_unreadable": "yamlfile_cannot_read_value",
}


def _key(what: Phrase) -> str:
    return what.key if isinstance(what, Message) else ""


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


def os_error(error: OSError) -> Message:
    """Why a file cannot be read: a common reason in words of the language, any other in the
    system's own (English) words."""
    if isinstance(error, FileNotFoundError):
        return Message("os_not_found", reason=error.strerror)
    if isinstance(error, PermissionError):
        return Message("os_permission", reason=error.strerror)
    if isinstance(error, IsADirectoryError):
        return Message("os_is_a_directory", reason=error.strerror)
    return Message("os_read_error", reason=error.strerror)


@attrs.define(eq=False, str=False)
class DossierError(GevoeligheidError, ValueError):
    """A dossier cannot be read: bad file, bad JSON or a value the contract does not allow.

    What is wrong, what would be right and what to do are catalogue texts (`Message`: a key and its
    parameters), shown in the language asked for (`show("nl")`, the command line's default);
    `what`, `expected` and `hint` give them in English, for programs. `code` is a stable machine
    code of the kind of fault (`invalidParams[].code` in the service), `key` the catalogue key of
    the message and `params` its parameters. A dossier with several faults raises one
    DossierError: its own fields are those of the first fault, and `errors` lists every fault
    found (each a DossierError of its own, in the order of the dossier), at most MAX_ERRORS of
    them; `more` counts those found past that.
    """

    source: str
    pointer: str
    _what: Phrase = attrs.field(alias="what")
    _expected: Phrase | None = attrs.field(default=None, alias="expected")
    _hint: Phrase | None = attrs.field(default=None, alias="hint")
    suggestion: str | None = None
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
            first._what,
            first._expected,
            first._hint,
            first.suggestion,
            first.code,
            tuple(errors),
            more,
        )

    @property
    def errors(self) -> tuple[DossierError, ...]:
        """Every fault of the dossier, the first first (this error alone when it
        is the only one)."""
        return self._errors or (self,)

    @property
    def key(self) -> str:
        """The catalogue key of what is wrong (finer than `code`: one per message)."""
        return _key(self._what)

    @property
    def params(self) -> dict[str, object]:
        """The parameters of the message, its expected value and its hint."""
        return _params(self._what, self._expected, self._hint)

    @property
    def what(self) -> str:
        return self.texts("en")[0]

    @property
    def expected(self) -> str | None:
        return self.texts("en")[1]

    @property
    def hint(self) -> str | None:
        return self.texts("en")[2]

    def texts(self, lang: str) -> tuple[str, str | None, str | None]:
        """What is wrong, what would be right and what to do, in `lang`."""
        return (
            rendered(self._what, lang),
            rendered(self._expected, lang) if self._expected else None,
            rendered(self._hint, lang) if self._hint else None,
        )

    def show(self, lang: str = "en") -> str:
        # An empty pointer is the whole input (RFC 6901): the file or line alone says where.
        place = f"{self.source}: {self.pointer}" if self.pointer else self.source
        return _message(place, self._what, self._expected, self._hint, self.suggestion, lang)

    def reason(self, lang: str = "en") -> str:
        """The message without its place (the source and the pointer), for a list that names the
        place beside it."""
        return _message(
            "", self._what, self._expected, self._hint, self.suggestion, lang
        ).removeprefix(": ")

    def lines(self, lang: str = "en") -> list[str]:
        """One line per fault (the first is `show(lang)`), and a last one when
        faults were left out."""
        out = [error.show(lang) for error in self.errors]
        if self.more:
            out.append(
                f"{self.source}: "
                f"{word('more_errors', lang, count=self.more, shown=len(self.errors))}"
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
    what, expected, hint = error.texts("en")
    dutch = error.texts("nl")
    return {
        "source": error.source,
        "pointer": error.pointer,
        "what": what,
        "expected": expected,
        "hint": hint,
        "suggestion": error.suggestion,
        "nl": dict(zip(("what", "expected", "hint"), dutch, strict=True)),
        "code": error.code,
        "key": error.key,
    }


@attrs.define(eq=False, str=False)
class RuleFileError(GevoeligheidError, ValueError):
    """A rule file is broken: it does not parse, breaks the schema or refers to what is not there.

    What is wrong and what to do are catalogue texts, shown in the language asked for
    (`show("nl")`); `what` and `hint` give them in English, for programs. `code` is a stable
    machine code, the catalogue key of what is wrong as it was first named (`RULE_FILE_CODES`),
    and `params` its parameters.
    """

    file: str
    line: int | None
    _what: Phrase = attrs.field(alias="what")
    _hint: Phrase | None = attrs.field(default=None, alias="hint")
    suggestion: str | None = None

    exit_code = ExitCode.RULE_FILE

    def __attrs_post_init__(self) -> None:
        super().__init__(self.show())

    @property
    def code(self) -> str:
        key = _key(self._what)
        return RULE_FILE_CODES.get(key, key)

    @property
    def params(self) -> dict[str, object]:
        return _params(self._what, self._hint)

    @property
    def what(self) -> str:
        return rendered(self._what, "en")

    @property
    def hint(self) -> str | None:
        return rendered(self._hint, "en") if self._hint else None

    def show(self, lang: str = "en") -> str:
        place = self.file if self.line is None else f"{self.file}:{self.line}"
        return _message(place, self._what, None, self._hint, self.suggestion, lang)

    def to_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "what": self.what,
            "hint": self.hint,
            "suggestion": self.suggestion,
            "code": self.code,
        }

    def __str__(self) -> str:
        return self.show()


@attrs.define(eq=False, str=False)
class NotInForce(RuleFileError):
    """No rules are in force on the day asked: it lies before the first version of the rule set,
    or before an overlay's valid_from. The rule files are sound; the day is the fault."""

    #: The hint for a caller that gives the day as data (the service's `?peildatum=`, a dossier's
    #: `peildatum`, the page's form): it has no --peildatum option and cannot leave an overlay out.
    data_hint: Phrase | None = None

    def as_parameter(self, name: str) -> NotInForce:
        """This error as a client of the service or the page reads it: named by the day's
        parameter (`name`), never by a folder or file on the server, with the hint for data."""
        return attrs.evolve(self, file=name, line=None, hint=self.data_hint or self._hint)


class ArgumentError(GevoeligheidError, ValueError):
    """A Python caller passed an argument the API does not take (an unknown engine or language)."""

    exit_code = ExitCode.BAD_INPUT


@attrs.define(eq=False, str=False)
class EngineError(GevoeligheidError, RuntimeError):
    """The rules engine failed while evaluating a dossier; the session was cleaned up. `what` is
    a Message, or the engine's own words (what durable-rules said, a code it answered), shown as
    they are in every language."""

    what: Phrase
    dossier: str | None = None

    exit_code = ExitCode.ENGINE

    def __attrs_post_init__(self) -> None:
        super().__init__(self.show())

    def show(self, lang: str = "en") -> str:
        what = rendered(self.what, lang)
        if self.dossier:
            return visible(word("engine_failed_on_dossier", lang, dossier=self.dossier, what=what))
        return visible(word("engine_failed", lang, what=what))

    def __str__(self) -> str:
        return self.show()


class ErrorLine(Localised):
    """The line of one of the library's errors (`show`), as a parameter of another text: in that
    text's language."""

    __slots__ = ("error",)

    def __init__(self, error: GevoeligheidError) -> None:
        self.error = error

    def render(self, lang: str) -> str:
        return self.error.show(lang)
