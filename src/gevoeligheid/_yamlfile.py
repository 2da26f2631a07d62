"""Read a YAML rule file into plain data within fixed bounds, remembering the line of every value."""

from __future__ import annotations

import datetime
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ._errors import Dutch, RuleFileError, excerpt, number_nl, os_error_nl

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
#: ones are refused before Python converts them (int() of 5,000 digits raises, and of 4,000 is slow).
MAX_NUMBER_CHARS = 20

if TYPE_CHECKING:
    import yaml  # imported by parse_yaml when it first parses: a rule set from the cache needs no parser

_STANDARD_TAG = "tag:yaml.org,2002:"
#: What YAML 1.1 does not allow in a stream.
#: (Patterns, compiled by `re` when first searched: this one takes ~8 ms to compile, and a rule set
#: from the cache is never parsed.)
_NOT_TEXT = "[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
#: What a value may not hold once its escapes ("\\x1b", "\\0", "\\ud800") are read: controls that
#: rewrite a terminal line or a log, and surrogates that no output can encode. Tab and newline
#: stay: a block of text holds them.
_NOT_IN_VALUE = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]"

#: The YAML parser's usual complaints (libyaml's words, and the pure-Python parser's), in Dutch.
_PROBLEMS_NL = {
    "mapping values are not allowed": "hier mag geen 'sleutel: waarde' staan",
    "did not find expected key": "hier werd een sleutel verwacht; klopt het inspringen?",
    "could not find expected ':'": "hier werd een ':' verwacht",
    "did not find expected node content": "hier werd een waarde verwacht",
    "found character that cannot start any token": "een teken waarmee geen waarde kan beginnen (een tab?)",
    "found a tab character": "een tab; spring in met spaties",
    "found unexpected end of stream": "het bestand houdt midden in een waarde op",
    "did not find expected ',' or ']'": "hier werd ',' of ']' verwacht",
    "did not find expected ',' or '}'": "hier werd ',' of '}' verwacht",
    "did not find expected '-' indicator": "hier werd een '-' verwacht; klopt het inspringen?",
    "found unknown escape character": "een onbekende backslash-code in een tekst",
    "expected <block end>": "het inspringen klopt niet",
}


_TOO_DEEP = (
    f"nested more than {MAX_DEPTH} levels deep",
    "a rule file needs a few levels: flatten the conditions",
    f"meer dan {MAX_DEPTH} niveaus diep genest",
    "een regelbestand heeft een paar niveaus nodig: maak de voorwaarden minder diep",
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
        what: str,
        hint: str | None = None,
        suggestion: str | None = None,
        nl: Dutch | None = None,
    ) -> RuleFileError:
        return RuleFileError(
            self.name, self.line(path), what, hint=hint, suggestion=suggestion, nl=nl
        )


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
                "not a regular file (a folder, a pipe or a device)",
                hint="name a YAML file",
                nl=Dutch(
                    "geen gewoon bestand (maar een map, een pipe of een apparaat)",
                    hint="geef een YAML-bestand op",
                ),
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
        f"the file is more than the limit of {limit:,} bytes",
        hint="a rule file is a few dozen kilobytes; is this the right file?",
        nl=Dutch(
            f"het bestand is groter dan het maximum van {number_nl(limit)} bytes",
            hint="een regelbestand is enkele tientallen kilobytes; is dit het goede bestand?",
        ),
    )


def _unreadable(name: str, error: OSError) -> RuleFileError:
    return RuleFileError(
        name,
        None,
        f"cannot read the file: {error.strerror}",
        hint="check the path",
        nl=Dutch(f"het bestand is niet te lezen: {os_error_nl(error)}", hint="controleer het pad"),
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
            "not UTF-8 text",
            hint="save the file as UTF-8",
            nl=Dutch("geen UTF-8-tekst", hint="sla het bestand op als UTF-8"),
        ) from None
    bad = re.search(_NOT_TEXT, text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        code = f"U+{ord(bad.group()):04X}"
        raise RuleFileError(
            name,
            line,
            f"a control character ({code}) in column {column}",
            hint="a rule file is plain text: remove it (a NUL byte is often a file saved as UTF-16)",
            nl=Dutch(
                f"een stuurteken ({code}) in kolom {column}",
                hint="een regelbestand is platte tekst: haal het weg (een NUL-byte komt vaak van een bestand dat als UTF-16 is opgeslagen)",
            ),
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
        return RuleFileError(
            name, line, _TOO_DEEP[0], hint=_TOO_DEEP[1], nl=Dutch(_TOO_DEEP[2], hint=_TOO_DEEP[3])
        )
    dutch = next(
        (words for start, words in _PROBLEMS_NL.items() if problem.startswith(start)), None
    )
    return RuleFileError(
        name,
        line,
        f"invalid YAML: {excerpt(problem)}",
        hint="check indentation and quoting",
        nl=Dutch(
            f"ongeldige YAML: {dutch}"
            if dutch
            else f"ongeldige YAML (de YAML-lezer meldt: {excerpt(problem)})",
            hint="controleer het inspringen en de aanhalingstekens",
        ),
    )


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
                        "a second document ('---')",
                        "a rule file holds one document: remove the '---' line or split the file",
                        "een tweede document ('---')",
                        "een regelbestand bevat één document: haal de regel '---' weg of splits het bestand",
                    )
                if event.version or event.tags:
                    raise self.refuse(
                        line,
                        "a YAML directive ('%YAML' or '%TAG')",
                        "rule files do not use directives: remove the line",
                        "een YAML-directief ('%YAML' of '%TAG')",
                        "regelbestanden gebruiken geen directieven: haal de regel weg",
                    )
            elif isinstance(event, yaml.AliasEvent):
                raise self.refuse(
                    line,
                    f"an alias (*{excerpt(event.anchor)})",
                    "rule files do not use anchors and aliases: write the value out",
                    f"een alias (*{excerpt(event.anchor)})",
                    "regelbestanden gebruiken geen ankers en aliassen: schrijf de waarde uit",
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
                f"an anchor (&{excerpt(event.anchor)})",
                "rule files do not use anchors and aliases: remove it",
                f"een anker (&{excerpt(event.anchor)})",
                "regelbestanden gebruiken geen ankers en aliassen: haal het weg",
            )
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.refuse(
                line,
                f"more than {MAX_NODES:,} values in one file",
                "split the rules over fewer, smaller overlays",
                f"meer dan {number_nl(MAX_NODES)} waarden in één bestand",
                "verdeel de regels over kleinere bestanden",
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
                "a list or mapping as a key",
                "a key is a word",
                "een lijst of mapping als sleutel",
                "een sleutel is een woord",
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
                f"a key must be a word, not {excerpt(key)}",
                "put quotes around a key such as 'yes', 'on' or 'null'",
                f"een sleutel moet een woord zijn, niet {excerpt(key)}",
                "zet aanhalingstekens om een sleutel als 'yes', 'on' of 'null'",
            )
        if key in frame.value:
            raise self.refuse(
                line,
                f"duplicate key '{excerpt(key)}'",
                "remove one of the two",
                f"de sleutel '{excerpt(key)}' staat er twee keer",
                "haal een van de twee weg",
            )
        frame.key, frame.key_line = key, line

    def scalar(self, event: Any, line: int) -> Any:
        value = event.value
        if len(value) > MAX_SCALAR_CHARS:
            raise self.refuse(
                line,
                f"a value of {len(value):,} characters, more than {MAX_SCALAR_CHARS:,}",
                "keep texts short; the Handreiking itself belongs in the source text file",
                f"een waarde van {number_nl(len(value))} tekens, meer dan {number_nl(MAX_SCALAR_CHARS)}",
                "houd teksten kort; de Handreiking zelf hoort in het brontekstbestand",
            )
        bad = re.search(_NOT_IN_VALUE, value)
        if bad:
            code = f"U+{ord(bad.group()):04X}"
            raise self.refuse(
                line,
                f"a control character ({code}) in a value",
                "a rule file is plain text: remove the escape that makes it",
                f"een stuurteken ({code}) in een waarde",
                "een regelbestand is platte tekst: haal de code weg die het maakt",
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
                f"a decimal number ({excerpt(value)})",
                'rule files use whole numbers; put quotes around text such as a version "2026.1"',
                f"een decimaal getal ({excerpt(value)})",
                'regelbestanden gebruiken hele getallen; zet aanhalingstekens om tekst zoals een versie "2026.1"',
            )
        if kind == "int" and len(value) > MAX_NUMBER_CHARS:
            raise self.refuse(
                line,
                f"a number of {len(value):,} characters",
                f"rule files use small whole numbers, at most {MAX_NUMBER_CHARS} characters",
                f"een getal van {number_nl(len(value))} tekens",
                f"regelbestanden gebruiken kleine hele getallen, van hoogstens {MAX_NUMBER_CHARS} tekens",
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
                    f"'{excerpt(value)}' is not a date: {reason}",
                    "write a date that exists, as YYYY-MM-DD",
                    f"'{excerpt(value)}' is geen bestaande datum",
                    "schrijf een datum die bestaat, als JJJJ-MM-DD",
                ) from None
            raise self.refuse(
                line,
                f"cannot read the value '{excerpt(value)}'",
                "put quotes around it if it is text",
                f"de waarde '{excerpt(value)}' is niet te lezen",
                "zet er aanhalingstekens omheen als het tekst is",
            ) from None
        if isinstance(constructed, (datetime.date, datetime.datetime)):
            return constructed.isoformat()
        return constructed

    def tag(self, tag: str, line: int) -> RuleFileError:
        shown = excerpt(tag.replace(_STANDARD_TAG, "!!"))
        if tag == _STANDARD_TAG + "merge":
            return self.refuse(
                line,
                "a merge key ('<<')",
                "rule files do not merge mappings: write the keys out",
                "een samenvoegsleutel ('<<')",
                "regelbestanden voegen geen mappings samen: schrijf de sleutels uit",
            )
        return self.refuse(
            line,
            f"tag {shown} is not allowed",
            "rule files are plain data: remove the tag, and put quotes around text",
            f"de tag {shown} is niet toegestaan",
            "regelbestanden zijn gewone gegevens: haal de tag weg, en zet aanhalingstekens om tekst",
        )

    def refuse(self, line: int, what: str, hint: str, what_nl: str, hint_nl: str) -> RuleFileError:
        return RuleFileError(self.name, line, what, hint=hint, nl=Dutch(what_nl, hint=hint_nl))
