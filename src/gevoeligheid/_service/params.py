"""Query keys and path values as the NL API Design Rules write them: query keys in lower
camelCase (an old snake_case key stays an alias, deprecated, for one major version), and a path
value that cannot name anything refused with 400 rather than looked up."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .._messages import Message
from .problems import Problem

#: path parameter -> the form of a value that can name something, and that form in words.
PATH_VALUES: dict[str, tuple[re.Pattern[str], Message]] = {
    "version": (
        re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,63}"),
        Message("path_form_version"),
    ),
    "decision_id": (
        re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
        Message("path_form_decision_id"),
    ),
}


def pattern(name: str) -> str:
    """The path parameter's form as the contract's `pattern`."""
    return "^" + PATH_VALUES[name][0].pattern + "$"


def check_path_value(name: str, value: str) -> None:
    """400 for a path value that is not of its parameter's form."""
    form, words = PATH_VALUES[name]
    if not form.fullmatch(value):
        raise Problem(
            "bad-request",
            Message("service_parameter_invalid", name=name, form=words),
            fields={"expected": pattern(name)},
        )


def query_alias(query: Mapping[str, str], key: str, deprecated: str) -> str | None:
    """The value of query key `key`, or of its deprecated alias; 400 when both are given with
    different values (which one was meant cannot be known)."""
    value, old = query.get(key), query.get(deprecated)
    if value is not None and old is not None and value != old:
        raise Problem(
            "bad-request",
            Message("service_parameter_and_deprecated_differ", key=key, deprecated=deprecated),
            fields={"expected": key},
        )
    return value if value is not None else old
