"""Read a YAML rule file into plain data within fixed bounds, remembering the
line of every value."""

from __future__ import annotations

import datetime
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ._errors import Phrase, RuleFileError, excerpt, os_error
from ._messages import Localised, Message, Number, word

#: A path into the data: keys and list indices from the root.
DataPath = tuple[Any, ...]

# The bounds of one rule file. The default rule set's largest file is 24 KB with 1,530 values,
# nested 6 deep, its longest text 405 characters: each bound leaves room for a region's rules
# many times over, and keeps what a file can cost in time and memory small (docs/rules.md).
MAX_RULE_FILE_BYTES = 2 * 1024 * 1024
MAX_NODES = 50_000
MAX_DEPTH = 32
MAX_SCALAR_CHARS = 5_000
#: A number in a rule file is a weight, a count, a number of days or a line: a few digits. Longer
#: ones are refused before Python converts them (int() of 5,000 digits raises,
#: and of 4,000 is slow).
MAX_NUMBER_CHARS = 20

if TYPE_CHECKING:
    # imported by parse_yaml when it first parses: a rule set from the cache needs no parser
    import yaml

_STANDARD_TAG = "tag:yaml.org,2002:"
#: What YAML 1.1 does not allow in a stream.
#: (Patterns, compiled by `re` when first searched: this one takes ~8 ms to compile, and a rule set
#: from the cache is never parsed.)
_NOT_TEXT = "[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
#: What a value may not hold once its escapes ("\\x1b", "\\0", "\\ud800") are read: controls that
#: rewrite a terminal line or a log, and surrogates that no output can encode. Tab and newline
#: stay: a block of text holds them.
_NOT_IN_VALUE = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]"

#: The YAML parser's usual complaints (libyaml's words, and the pure-Python parser's), and their
#: keys in the catalogue.
_PROBLEMS = {
    "mapping values are not allowed": "yaml_mapping_values",
    "did not find expected key": "yaml_expected_key",
    "could not find expected ':'": "yaml_expected_colon",
    "did not find expected node content": "yaml_expected_value",
    "found character that cannot start any token": "yaml_bad_start",
    "found a tab character": "yaml_tab",
    "found unexpected end of stream": "yaml_end_of_stream",
    "did not find expected ',' or ']'": "yaml_expected_bracket",
    "did not find expected ',' or '}'": "yaml_expected_brace",
    "did not find expected '-' indicator": "yaml_expected_dash",
    "found unknown escape character": "yaml_unknown_escape",
    "expected <block end>": "yaml_block_end",
}


class _YamlProblem(Localised):
    """The YAML parser's complaint: a usual one in the words of the language, any other as the
    parser words it (`yaml_other`)."""

    __slots__ = ("problem",)

    def __init__(self, problem: str) -> None:
        self.problem = problem

    def render(self, lang: str) -> str:
        key = next(
            (key for start, key in _PROBLEMS.items() if self.problem.startswith(start)),
            "yaml_other",
        )
        return word(key, lang, problem=excerpt(self.problem))


_TOO_DEEP = (
    Message("yaml_too_deep", limit=MAX_DEPTH),
    Message("yaml_too_deep_hint"),
)


@attrs.frozen
class YamlFile:
    """A parsed YAML file: its data (dicts, lists, scalars; dates as ISO strings) and lines."""

    name: str
    text: str
    data: Any
    lines: dict[DataPath, int]

    def line(self, path: DataPath) -> int | None:
        """The line of the value at `path` (of its key, for a keyed value), or of the nearest
        enclosing value."""
        path = tuple(path)
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path)

    def error(
        self,
        path: DataPath,
        what: Phrase,
        hint: Phrase | None = None,
        suggestion: str | None = None,
    ) -> RuleFileError:
        return RuleFileError(self.name, self.line(path), what, hint=hint, suggestion=suggestion)


def read_limited(path: Path, name: str, limit: int, *, regular: bool) -> bytes:
    """The bytes of a file, reading no more than `limit` + 1 of them: a file over the limit
    (or /dev/zero) costs the limit, not its size. With `regular`, anything but a regular file is
    refused without waiting (a named pipe would block the read until some writer came)."""
    try:
        # O_NONBLOCK (POSIX): opening a named pipe waits for a writer; a regular file ignores the
        # flag. Windows has no such flag (nor named pipes in the file system); the check of the
        # file's type below refuses anything but a regular file there too. O_BINARY (Windows only):
        # else the descriptor reads text, with line ends changed.
        flags = (
            os.O_RDONLY
            | getattr(os, "O_BINARY", 0)
            | (getattr(os, "O_NONBLOCK", 0) if regular else 0)
        )
        descriptor = os.open(path, flags)
    except OSError as error:
        raise _unreadable(name, error) from None
    with os.fdopen(descriptor, "rb") as handle:
        if regular and not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise RuleFileError(
                name,
                None,
                Message("rule_file_not_regular"),
                hint=Message("rule_file_not_regular_hint"),
            )
        try:
            raw = handle.read(limit + 1)
        except OSError as error:
            raise _unreadable(name, error) from None
    if len(raw) > limit:
        raise _too_large(name, limit)
    return raw


def _too_large(name: str, limit: int) -> RuleFileError:
    return RuleFileError(
        name,
        None,
        Message("rule_file_too_large", limit=Number(limit)),
        hint=Message("rule_file_too_large_hint"),
    )


def _unreadable(name: str, error: OSError) -> RuleFileError:
    return RuleFileError(
        name,
        None,
        Message("dossier_cannot_read_file", error_strerror=os_error(error)),
        hint=Message("rule_file_missing_hint"),
    )


def read_yaml(path: Path, name: str | None = None, *, regular: bool = False) -> YamlFile:
    """Read and parse `path` into a YamlFile (see `parse_yaml`); with `regular`, only a regular
    file is read."""
    name = name or str(path)
    return parse_yaml(read_limited(path, name, MAX_RULE_FILE_BYTES, regular=regular), name)


def parse_yaml(raw: bytes, name: str) -> YamlFile:
    """Parse the bytes of a rule file into plain data: mappings, lists, text, whole numbers,
    true/false/null and dates (as ISO text). Anchors, aliases, tags, directives, decimal numbers,
    several documents and keys that are not words are refused, as is any file over the bounds
    above; every refusal is a RuleFileError with the line."""
    if len(raw) > MAX_RULE_FILE_BYTES:
        raise _too_large(name, MAX_RULE_FILE_BYTES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise RuleFileError(
            name,
            line,
            Message("rule_file_not_utf8"),
            hint=Message("dossier_save_file_utf_hint"),
        ) from None
    bad = re.search(_NOT_TEXT, text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        code = f"U+{ord(bad.group()):04X}"
        raise RuleFileError(
            name,
            line,
            Message("rule_file_control_character", code=code, column=column),
            hint=Message("rule_file_control_character_hint"),
        )
    global yaml  # noqa: PLW0603 - the module's name for it, which the builder below uses
    import yaml

    # libyaml when PyYAML was built with it: parsing the default rule set drops from ~250 to ~25 ms.
    # Only its parser is used: the values are built here, from the parser's events, so that
    # nothing the rule formats do not use is ever constructed.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        data, lines = _Builder(loader, name).build()
    except yaml.YAMLError as error:
        raise _syntax_error(error, name, text) from None
    finally:
        loader.dispose()
    return YamlFile(name, text, data, lines)


def _syntax_error(error: yaml.YAMLError, name: str, text: str) -> RuleFileError:
    """The parser's complaint as one line with the line number, in both languages."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    if line is None and isinstance(getattr(error, "position", None), int):
        line = text.count("\n", 0, error.position) + 1  # type: ignore[attr-defined]
    problem = " ".join(
        str(
            getattr(error, "problem", None) or getattr(error, "reason", None) or "syntax error"
        ).split()
    )
    if problem.startswith(
        "exceeded maximum nesting depth"
    ):  # libyaml's own bound (1,000), met ahead of ours
        return RuleFileError(name, line, _TOO_DEEP[0], hint=_TOO_DEEP[1])
    return RuleFileError(name, line, _YamlProblem(problem), hint=Message("yaml_invalid_hint"))


class _Frame:
    """A mapping or list being built, with its place; a mapping also holds the key read last."""

    __slots__ = ("key", "key_line", "path", "value")

    def __init__(self, value: dict[Any, Any] | list[Any], path: DataPath) -> None:
        self.value = value
        self.path = path
        self.key: Any = _NO_KEY
        self.key_line = 0


_NO_KEY = object()


class _Builder:
    """Plain data from the parser's events, counting nodes and depth as it goes, so that every
    bound is checked before the work it guards: an alias is refused where it stands, before
    anything is expanded."""

    def __init__(self, loader: Any, name: str) -> None:
        self.loader = loader
        self.name = name
        self.lines: dict[DataPath, int] = {}
        self.stack: list[_Frame] = []
        self.nodes = 0
        self.result: Any = None

    def build(self) -> tuple[Any, dict[DataPath, int]]:
        documents = 0
        loader = self.loader
        while loader.check_event():
            event = loader.get_event()
            line = event.start_mark.line + 1
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise self.refuse(
                        line,
                        Message("yaml_second_document"),
                        Message("yaml_second_document_hint"),
                    )
                if event.version or event.tags:
                    raise self.refuse(
                        line,
                        Message("yaml_directive"),
                        Message("yaml_directive_hint"),
                    )
            elif isinstance(event, yaml.AliasEvent):
                raise self.refuse(
                    line,
                    Message("yaml_alias", event_anchor=excerpt(event.anchor)),
                    Message("yaml_alias_hint"),
                )
            elif isinstance(
                event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)
            ):
                self.node(event, line)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                frame = self.stack.pop()
                self.add(frame.value, None)
        return self.result, self.lines

    def node(self, event: Any, line: int) -> None:
        if event.anchor is not None:
            raise self.refuse(
                line,
                Message("yaml_anchor", event_anchor=excerpt(event.anchor)),
                Message("yaml_anchor_hint"),
            )
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.refuse(
                line,
                Message("yaml_too_many_values", max_nodes=Number(MAX_NODES)),
                Message("yaml_too_many_values_hint"),
            )
        if isinstance(event, yaml.ScalarEvent):
            self.add(self.scalar(event, line), line)
            return
        if event.tag is not None and not event.implicit:
            raise self.tag(event.tag, line)
        if len(self.stack) >= MAX_DEPTH:
            raise self.refuse(line, *_TOO_DEEP)
        parent = self.stack[-1] if self.stack else None
        if parent is None:
            path: DataPath = ()
        elif isinstance(parent.value, list):
            path = parent.path + (len(parent.value),)
        elif parent.key is _NO_KEY:
            raise self.refuse(
                line,
                Message("yaml_key_not_scalar"),
                Message("yaml_key_not_scalar_hint"),
            )
        else:
            path = parent.path + (parent.key,)
        self.lines[path] = line
        self.stack.append(_Frame({} if isinstance(event, yaml.MappingStartEvent) else [], path))

    def add(self, value: Any, line: int | None) -> None:
        """Put a finished value into the mapping or list being built (as a key, when a mapping
        waits for one); `line` is None for a mapping or list, whose line is known already."""
        if not self.stack:
            self.result = value
            if line is not None:
                self.lines[()] = line
            return
        frame = self.stack[-1]
        if isinstance(frame.value, list):
            if line is not None:
                self.lines[frame.path + (len(frame.value),)] = line
            frame.value.append(value)
        elif frame.key is _NO_KEY:
            self.key(frame, value, line)
        else:
            frame.value[frame.key] = value
            # A keyed value is where its key is written: a block mapping or list starts a line
            # below its key, and an author looks for the key.
            self.lines[frame.path + (frame.key,)] = frame.key_line
            frame.key = _NO_KEY

    def key(self, frame: _Frame, key: Any, line: int | None) -> None:
        assert line is not None  # a mapping or list as a key is refused when it starts
        if not isinstance(key, str):
            raise self.refuse(
                line,
                Message("yaml_key_not_a_word", key=excerpt(key)),
                Message("yaml_key_not_a_word_hint"),
            )
        if key in frame.value:
            raise self.refuse(
                line,
                Message("yaml_duplicate_key", key=excerpt(key)),
                Message("yaml_duplicate_key_hint"),
            )
        frame.key, frame.key_line = key, line

    def scalar(self, event: Any, line: int) -> Any:
        value = event.value
        if len(value) > MAX_SCALAR_CHARS:
            raise self.refuse(
                line,
                Message(
                    "yaml_value_too_long",
                    count_value=Number(len(value)),
                    max_scalar_chars=Number(MAX_SCALAR_CHARS),
                ),
                Message("yaml_value_too_long_hint"),
            )
        bad = re.search(_NOT_IN_VALUE, value)
        if bad:
            code = f"U+{ord(bad.group()):04X}"
            raise self.refuse(
                line,
                Message("yaml_control_character_in_value", code=code),
                Message("yaml_control_character_in_value_hint"),
            )
        tag = event.tag
        if tag is not None and tag != "!":
            raise self.tag(tag, line)
        if not event.implicit[0]:
            return value  # quoted or a block of text: always text
        tag = self.loader.resolve(yaml.ScalarNode, value, event.implicit)
        kind = tag.removeprefix(_STANDARD_TAG)
        if kind == "str":
            return value
        if kind == "float":
            raise self.refuse(
                line,
                Message("yaml_decimal_number", value=excerpt(value)),
                Message("yaml_decimal_number_hint"),
            )
        if kind == "int" and len(value) > MAX_NUMBER_CHARS:
            raise self.refuse(
                line,
                Message("yaml_number_too_long", count_value=Number(len(value))),
                Message("yaml_number_too_long_hint", max_number_chars=MAX_NUMBER_CHARS),
            )
        if kind not in ("int", "bool", "null", "timestamp"):
            raise self.tag(tag, line)  # `<<` (merge) and `=` (value) resolve to tags of their own
        try:
            constructed = self.loader.construct_object(
                yaml.ScalarNode(tag, value, event.start_mark, event.end_mark)
            )
        except (yaml.YAMLError, ValueError, OverflowError) as error:
            if kind == "timestamp":
                reason = str(error) if isinstance(error, ValueError) else "not a date"
                raise self.refuse(
                    line,
                    Message("yaml_date_invalid", value=excerpt(value), reason=reason),
                    Message("yaml_date_invalid_hint"),
                ) from None
            raise self.refuse(
                line,
                Message("yaml_value_unreadable", value=excerpt(value)),
                Message("yaml_value_unreadable_hint"),
            ) from None
        if isinstance(constructed, (datetime.date, datetime.datetime)):
            return constructed.isoformat()
        return constructed

    def tag(self, tag: str, line: int) -> RuleFileError:
        shown = excerpt(tag.replace(_STANDARD_TAG, "!!"))
        if tag == _STANDARD_TAG + "merge":
            return self.refuse(
                line,
                Message("yaml_merge_key"),
                Message("yaml_merge_key_hint"),
            )
        return self.refuse(
            line,
            Message("yaml_tag_not_allowed", shown=shown),
            Message("yaml_tag_not_allowed_hint"),
        )

    def refuse(self, line: int, what: Message, hint: Message) -> RuleFileError:
        return RuleFileError(self.name, line, what, hint=hint)
