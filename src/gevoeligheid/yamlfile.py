"""Read a YAML rule file safely into plain data, remembering the line of every value."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import attrs
import yaml

from .errors import RuleFileError

#: A path into the data: keys and list indices from the root.
DataPath = tuple[Any, ...]

MAX_RULE_FILE_BYTES = 2 * 1024 * 1024
# libyaml when PyYAML was built with it: parsing the default rule set drops from ~250 to ~25 ms,
# which is most of a cold `gevoelig check`. Both loaders are safe: they construct no objects.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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

    def error(self, path: DataPath, what: str, hint: str | None = None, suggestion: str | None = None) -> RuleFileError:
        return RuleFileError(self.name, self.line(path), what, hint=hint, suggestion=suggestion)


def read_yaml(path: Path, name: str | None = None) -> YamlFile:
    """Parse `path` with the safe loader (no tags, nothing executed) into a YamlFile."""
    name = name or str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise RuleFileError(name, None, f"cannot read the file: {error.strerror}", hint="check the path") from None
    return parse_yaml(raw, name)


def parse_yaml(raw: bytes, name: str) -> YamlFile:
    if len(raw) > MAX_RULE_FILE_BYTES:
        raise RuleFileError(name, None, f"file is {len(raw)} bytes, more than {MAX_RULE_FILE_BYTES}", hint="split it")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise RuleFileError(name, line, "not UTF-8 text", hint="save the file as UTF-8") from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise RuleFileError(name, line, f"invalid YAML: {error.problem}", hint="check indentation and quoting") from None
    finally:
        loader.dispose()
    lines: dict[DataPath, int] = {}
    data = _convert(node, (), loader, lines, name) if node is not None else None
    return YamlFile(name, text, data, lines)


_STANDARD_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {_STANDARD_TAG + kind for kind in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}


def _convert(node: yaml.Node, path: DataPath, loader: Any, lines: dict[DataPath, int], name: str) -> Any:
    lines[path] = node.start_mark.line + 1
    if node.tag not in _PLAIN_TAGS:
        tag = node.tag.replace(_STANDARD_TAG, "!!")
        raise RuleFileError(name, node.start_mark.line + 1, f"tag {tag} is not allowed", hint="rule files are plain data: remove the tag")
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, path + ("<key>",), loader, {}, name)
            if not isinstance(key, (str, int)):
                raise RuleFileError(name, key_node.start_mark.line + 1, "a key must be a word")
            if key in out:
                raise RuleFileError(
                    name, key_node.start_mark.line + 1, f"duplicate key '{key}'", hint="remove one of the two"
                )
            out[key] = _convert(value_node, path + (key,), loader, lines, name)
            # A keyed value is where its key is written: a block mapping or list starts a line
            # below its key, and an author looks for the key.
            lines[path + (key,)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (index,), loader, lines, name) for index, item in enumerate(node.value)]
    try:
        value = loader.construct_object(node)
    except yaml.constructor.ConstructorError as error:
        raise RuleFileError(name, node.start_mark.line + 1, f"cannot read value: {error.problem}") from None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value
