"""JSON -> Dossier: strict, typed parsing with a DossierError (source, JSON pointer,
hint) for every fault."""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, cast

from . import _messages
from ._errors import MAX_ERRORS, DossierError, os_error, suggest, suggest_value
from ._jsontext import Duplicates, pointer, reader
from ._messages import Localised, Message, Number
from ._model import ESCALATIONS, ROLES, Dossier, Escalatie, Event, FactDef, RuleSet, Value

MAX_DOSSIER_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 32
MAX_EVENTS = 10_000
MAX_TEXT = 1_000
CARRIED = ("id", "title", "competent_authority", "task")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A JSON escape of a UTF-16 surrogate: a lone one reads as a string that cannot be written.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
#: The largest integer JSON text can hold here: Python refuses to write one of more digits.
_MAX_INT_BITS = 4_300 * 3


def too_large(source: str) -> DossierError:
    """The error of an input over MAX_DOSSIER_BYTES (_inputs.py reads no further than that)."""
    return DossierError(
        source,
        "",
        Message("dossier_input_limit_bytes", max_dossier_bytes=Number(MAX_DOSSIER_BYTES)),
        hint=Message("dossier_file_too_large_hint"),
        code="too-large",
    )


def read_bytes(raw: bytes, source: str) -> Any:
    """Bytes of one JSON document -> plain data, with errors that say where and what to do."""
    if len(raw) > MAX_DOSSIER_BYTES:
        raise too_large(source)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DossierError(
            source,
            "",
            Message("dossier_utf_text_byte_x", raw_error_start=raw[error.start], line=line),
            hint=Message("dossier_save_file_utf_hint"),
            code="not-utf8",
        ) from None
    return read_text(text, source)


def read_text(text: str, source: str) -> Any:
    if (
        len(text) * 4 > MAX_DOSSIER_BYTES
        and len(text.encode("utf-8", "surrogatepass")) > MAX_DOSSIER_BYTES
    ):
        raise DossierError(
            source,
            "",
            Message("dossier_text_limit_bytes", max_dossier_bytes=Number(MAX_DOSSIER_BYTES)),
            hint=Message("dossier_input_too_large_hint"),
            code="too-large",
        )
    try:
        if text.startswith("\ufeff"):  # as json.loads says it
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        data = reader.read(text)
    except json.JSONDecodeError as error:
        raise _json_error(error, text, source) from None
    except ValueError as error:
        digits = "digits" in str(error)  # Python refuses integers of more than 4,300 digits
        raise DossierError(
            source,
            "",
            Message(
                "dossier_invalid_json",
                what=Message("dossier_too_many_digits") if digits else str(error),
            ),
            hint=Message("dossier_plain_number_hint"),
            code="invalid-json",
        ) from None
    except RecursionError:
        raise DossierError(
            source,
            "",
            Message("dossier_too_deep", limit=MAX_DEPTH),
            hint=Message("dossier_too_deep_hint"),
            code="too-deep",
        ) from None
    # Walk the document for the faults' JSON pointers only where there can be one: nesting
    # deeper than MAX_DEPTH needs more than MAX_DEPTH brackets, and a lone surrogate comes from an
    # escape in the text or, in text that was never UTF-8, from the text itself.
    if (
        reader.suspect
        or text.count("{") + text.count("[") > MAX_DEPTH
        or _SURROGATE_ESCAPE.search(text)
        or not _is_utf8(text)
    ):
        _check_shape(data, source, (), 0)
    return data


def _is_utf8(text: str) -> bool:
    """Whether text can be written as UTF-8 (it holds no lone surrogate)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _json_error(error: json.JSONDecodeError, text: str, source: str) -> DossierError:
    """What a person needs to mend invalid JSON: the place, and the usual causes by name."""
    if not text.strip():
        return DossierError(
            source,
            "",
            Message("dossier_input_empty"),
            expected=Message("dossier_json_object_such_expected"),
            hint=Message("dossier_gevoelig_template_writes_blank_hint"),
            code="empty",
        )
    before = text[: error.pos].rstrip()
    # Python 3.13 names a trailing comma itself, at the comma; older versions complain about what
    # follows it. Both become the same message, so that it does not depend on the Python version.
    trailing = error.msg.startswith("Illegal trailing comma")
    if trailing or (before.endswith(",") and text[error.pos : error.pos + 1] in ("}", "]")):
        comma = error.pos if trailing else len(before) - 1
        line = text.count("\n", 0, comma) + 1
        column = comma - (text.rfind("\n", 0, comma) + 1) + 1
        return DossierError(
            source,
            "",
            Message("json_trailing_comma", line=line, column=column),
            hint=Message("dossier_remove_comma_json_allows_hint"),
            code="invalid-json",
        )
    return DossierError(
        source,
        "",
        Message(
            "dossier_invalid_json_at",
            line=error.lineno,
            column=error.colno,
            problem=JsonProblem(error.msg),
        ),
        hint=Message("dossier_invalid_json_at_hint"),
        code="invalid-json",
    )


def load_data(data: Any, source: str) -> Any:
    """A dict, a JSON string or bytes, or a path -> plain data."""
    if isinstance(data, Path):
        try:
            with data.open("rb") as handle:
                raw = handle.read(MAX_DOSSIER_BYTES + 1)  # never more than the limit into memory
        except OSError as error:
            raise DossierError(
                str(data),
                "",
                Message("dossier_cannot_read_file", error_strerror=os_error(error)),
                hint=Message("dossier_check_path_permissions_hint"),
                code="unreadable",
            ) from None
        return read_bytes(raw, str(data))
    if isinstance(data, (bytes, bytearray)):
        return read_bytes(bytes(data), source)
    if isinstance(data, str):
        return read_text(data, source)
    return data


def parse_dossier(
    data: Any, ruleset: RuleSet, source: str = "<dossier>", *, checked: bool = False
) -> Dossier:
    """Parse and check a dossier: a mapping, a JSON string or bytes, or a Path to a JSON file
    (`checked`: a mapping that `load_data` read from JSON text, whose shape it checked)."""
    if data.__class__ is dict:  # the usual case, without asking the Mapping ABC each time
        found = _parse_whole(data, ruleset, source)
        if found is not None:
            return found
    return parse_the_long_way(data, ruleset, source, checked=checked)


def parse_the_long_way(
    data: Any, ruleset: RuleSet, source: str = "<dossier>", *, checked: bool = False
) -> Dossier:
    """`parse_dossier` without its one pass for a dossier without faults: check the shape of the
    whole document, then each part, collecting every fault (and the oracle of that pass)."""
    plain = data.__class__ is dict
    if checked:
        pass  # read from JSON text by load_data, which checked it as it read it
    elif plain:
        _check_shape(data, source, (), 0)
    elif isinstance(data, (Path, str, bytes, bytearray)):
        if isinstance(data, Path):
            source = str(data)
        data = load_data(data, source)  # JSON text is checked as it is read
    elif isinstance(data, Mapping):
        _check_shape(data, source, (), 0)
    if not plain and not isinstance(data, Mapping):
        raise DossierError(
            source,
            "",
            Message("dossier_dossier_json_object", data=_Kind(data)),
            expected='{"facts": {...}}',
            hint=Message("dossier_wrap_facts_object_json_hint"),
            code="not-an-object",
        )
    # Every fault is collected, in the order of the dossier, and raised as one error: a user mends
    # them in one go rather than one run at a time.
    errors: list[DossierError] = []
    extra: dict[str, Any] = {}
    carried: dict[str, str | None] = {}
    for key, value in data.items():
        if key in CARRIED:
            try:
                carried[key] = _text(value, source, key)
            except DossierError as error:
                errors.append(error)
        elif isinstance(key, str) and key.startswith("x-"):
            extra[key] = value
        elif key not in ("facts", "events", "peildatum", "escalaties"):
            choices = [*CARRIED, "peildatum", "facts", "events", "escalaties"]
            errors.append(
                DossierError(
                    source,
                    pointer(key),
                    Message("dossier_unknown_key", key=key),
                    expected=Message("dossier_or_own_key", choices=", ".join(choices)),
                    suggestion=suggest(str(key), choices),
                    hint=Message("dossier_unknown_key_hint"),
                    code="unknown-key",
                )
            )
    facts = _facts(data.get("facts"), ruleset, source, errors)
    events = _events(data.get("events"), ruleset, source, errors)
    escalaties: tuple[Escalatie, ...] = ()
    try:
        escalaties = _escalaties(data.get("escalaties"), source)
    except DossierError as error:
        errors.append(error)
    peildatum = None
    try:
        peildatum = peildatum_of(data, source)
    except DossierError as error:
        errors.append(error)
    if errors:
        raise DossierError.of(errors[:MAX_ERRORS], more=max(0, len(errors) - MAX_ERRORS))
    return Dossier(
        facts=facts,
        events=events,
        extra=extra,
        source=source,
        peildatum=peildatum,
        escalaties=escalaties,
        **carried,
    )


def _parse_whole(data: dict[Any, Any], ruleset: RuleSet, source: str) -> Dossier | None:
    """A dossier without a fault, checked and parsed in one pass; None at the first thing that is
    not plainly right, and `parse_dossier` checks the dossier again the long way, which finds
    every fault (the first fault of shape alone, as before) and words them.

    Whatever the parts accept here is of a shape JSON can hold (a fact's value is null, true,
    false, one of its words or a list of them; an event's and an escalation's values are checked
    words and dates), so only the carried texts and the `x-` keys need checking for shape besides.
    No fault is worded here: a value JSON cannot hold could make the wording fail, where the long
    way reports that value first.
    """
    extra: dict[str, Any] = {}
    carried: dict[str, str | None] = {}
    facts_data = events_data = escalaties_data = None
    for key, value in data.items():
        if key in CARRIED:
            if value is not None and (
                value.__class__ is not str
                or len(value) > MAX_TEXT
                or not (value.isascii() or _is_utf8(value))
            ):
                return None
            carried[key] = value
        elif key.__class__ is not str:
            return None
        elif key.startswith("x-"):
            if not (key.isascii() or _is_utf8(key)):
                return None
            if not (
                value is None
                or value.__class__ is bool
                or (value.__class__ is str and value.isascii())
            ):
                try:
                    _check_shape(value, source, (key,), 1)
                except DossierError:
                    return None
            extra[key] = value
        elif key == "facts":
            facts_data = value
        elif key == "events":
            events_data = value
        elif key == "escalaties":
            escalaties_data = value
        elif key != "peildatum":
            return None
    facts: dict[str, Value | None] = {}
    if facts_data is not None:
        if facts_data.__class__ is not dict:
            return None
        words = _plain_values(ruleset)
        definitions = ruleset.facts
        for key, value in facts_data.items():
            accepted = words.get(key)
            if accepted is None:
                return None
            if value is None or (
                value is True or value is False
                if accepted is True
                else value.__class__ is str and value in accepted
            ):
                facts[key] = value
                continue
            # A set fact's list of words; anything else is a fault, worded by the long way (building
            # it here could fail on a value JSON cannot hold, which the long way reports first).
            words_of = definitions[key].values
            if value.__class__ is not list or accepted is True or accepted:
                return None
            for word in value:
                if word.__class__ is not str or word not in words_of:
                    return None
            if len(set(value)) != len(value):
                return None
            facts[key] = tuple(word for word in words_of if word in value)
    errors: list[DossierError] = []
    events: tuple[Event, ...] = ()
    if events_data is not None:
        if not _plain_objects(events_data, (str, bool)):
            return None
        events = _events(events_data, ruleset, source, errors)
        if errors:
            return None
    peildatum_value = data.get("peildatum")
    if (peildatum_value is not None and peildatum_value.__class__ is not str) or (
        escalaties_data is not None and not _plain_objects(escalaties_data, (str, type(None)))
    ):
        return None
    try:
        escalaties = _escalaties(escalaties_data, source)
        peildatum = peildatum_of(data, source)
    except DossierError:
        return None
    return Dossier(
        facts=facts,
        events=events,
        extra=extra,
        source=source,
        peildatum=peildatum,
        escalaties=escalaties,
        **carried,
    )


def _plain_objects(items: Any, kinds: tuple[type, ...]) -> bool:
    """Whether `items` is a list of plain objects whose values are all of these exact types."""
    if items.__class__ is not list:
        return False
    for item in items:
        if item.__class__ is not dict:
            return False
        for value in item.values():
            if value.__class__ not in kinds:
                return False
    return True


def peildatum_of(data: Any, source: str) -> datetime.date | None:
    """The dossier's own peildatum (the date as of which it is assessed), or None
    when it has none."""
    if (data.__class__ is not dict and not isinstance(data, Mapping)) or data.get(
        "peildatum"
    ) is None:
        return None
    value = data["peildatum"]
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise DossierError(
                source,
                "/peildatum",
                Message("dossier_date_calendar", value=value),
                expected=Message("date_expected"),
                hint=Message("dossier_check_day_month_hint"),
                code="invalid-date",
            ) from None
    raise DossierError(
        source,
        "/peildatum",
        Message("dossier_peildatum_date", value=_Shown(value)),
        expected=Message("date_or_null_expected"),
        code="invalid-date",
    )


def _check_shape(value: Any, source: str, path: tuple[Any, ...], depth: int) -> None:
    """Reject duplicate keys, NaN, text that cannot be written, values JSON cannot hold and absurd
    nesting anywhere in the document (from JSON text, or a Python caller's own objects)."""
    if depth > MAX_DEPTH:
        raise DossierError(
            source,
            pointer(*path),
            Message("dossier_too_deep", limit=MAX_DEPTH),
            hint=Message("dossier_too_deep_hint"),
            code="too-deep",
        )
    kind = value.__class__
    # The values a dossier is made of (plain text, true, false, null) are checked here in the
    # loop over their container, without a call each: they are most of what there is to check.
    inline = depth < MAX_DEPTH  # deeper, a value's own call reports the nesting
    if isinstance(value, dict):
        if kind is Duplicates:
            duplicate = cast(Duplicates, value).duplicate
            raise DossierError(
                source,
                pointer(*path, duplicate),
                Message("dossier_key_occurs_once_object", duplicate=duplicate),
                hint=Message("dossier_keep_second_value_would_hint"),
                code="duplicate-key",
            )
        for key, item in value.items():
            if key.__class__ is not str:
                if not isinstance(key, str):
                    raise DossierError(
                        source,
                        pointer(*path),
                        Message("dossier_key_string", key=_show(key)),
                        hint=Message("dossier_json_object_keys_text_hint"),
                        code="invalid-key",
                    )
                if not _is_utf8(key):
                    raise _unwritable(source, pointer(*path))
            elif not key.isascii() and not _is_utf8(key):
                raise _unwritable(source, pointer(*path))
            item_kind = item.__class__
            if inline and (
                item is None or item_kind is bool or (item_kind is str and item.isascii())
            ):
                continue
            _check_shape(item, source, (*path, key), depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            item_kind = item.__class__
            if inline and (
                item is None or item_kind is bool or (item_kind is str and item.isascii())
            ):
                continue
            _check_shape(item, source, (*path, index), depth + 1)
    elif isinstance(value, str):
        if not _is_utf8(value):
            raise _unwritable(source, pointer(*path))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise DossierError(
                source,
                pointer(*path),
                Message("dossier_json_number", value=value),
                hint=Message("dossier_use_plain_number_null_hint"),
                code="invalid-number",
            )
    elif isinstance(value, int) and kind is not bool:
        if value.bit_length() > _MAX_INT_BITS:
            raise DossierError(
                source,
                pointer(*path),
                Message("dossier_number_too_many_digits"),
                hint=Message("dossier_use_plain_number_null_hint"),
                code="invalid-number",
            )
    elif value is not None and kind is not bool:
        # A Python caller's set, date, bytes, tuple or own object: JSON has no such value, and a
        # result that carried it could not be written.
        name = kind.__name__
        raise DossierError(
            source,
            pointer(*path),
            Message("dossier_python_json_value", name=name),
            expected=Message("dossier_object_array_string_number_expected"),
            hint=Message("dossier_convert_first_list_set_hint"),
            code="invalid-json-value",
        )


def _unwritable(source: str, where: str) -> DossierError:
    return DossierError(
        source,
        where,
        Message("dossier_text_lone_surrogate_half"),
        hint=Message("dossier_remove_character_write_both_hint"),
        code="unwritable-text",
    )


def _text(value: Any, source: str, key: str) -> str | None:
    if value is None or isinstance(value, str):
        if value is not None and len(value) > MAX_TEXT:
            raise DossierError(
                source,
                pointer(key),
                Message("dossier_text_characters", count_value=len(value), max_text=MAX_TEXT),
                hint=Message("dossier_keep_long_story_x_hint"),
                code="text-too-long",
            )
        return value
    raise DossierError(
        source,
        pointer(key),
        Message("dossier_text", key=key, value=_Kind(value)),
        expected=Message("dossier_string_null_expected"),
        hint=Message("dossier_write_quotes_hint", value=value),
        code="invalid-type",
    )


def _facts(
    data: Any, ruleset: RuleSet, source: str, errors: list[DossierError]
) -> dict[str, Value | None]:
    """The facts, each checked against its definition; each fault is added to `errors`."""
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        errors.append(
            DossierError(
                source,
                "/facts",
                Message("dossier_facts_object", data=_Kind(data)),
                expected=Message("facts_object_expected"),
                hint=Message("dossier_name_each_fact_gevoelig_hint"),
                code="invalid-type",
            )
        )
        return {}
    facts: dict[str, Value | None] = {}
    words = _plain_values(ruleset)
    for key, value in data.items():
        accepted = words.get(key)
        # The common cases, checked without building a pointer: null, true or false for a yes/no
        # fact, one of a grade's words.
        if accepted is not None and (
            value is None
            or (
                value is True or value is False
                if accepted is True
                else value.__class__ is str and value in accepted
            )
        ):
            facts[key] = value
        elif key not in ruleset.facts:
            errors.append(
                DossierError(
                    source,
                    pointer("facts", key),
                    Message("dossier_unknown_fact", key=key),
                    suggestion=suggest(key, ruleset.facts),
                    hint=Message("dossier_gevoelig_template_lists_every_hint"),
                    code="unknown-fact",
                )
            )
        else:
            try:
                facts[key] = fact_value(ruleset.facts[key], value, source, pointer("facts", key))
            except DossierError as error:
                errors.append(error)
    return facts


#: Per rule set (by id, with the rule set kept so that the id stays its own): what each fact's
#: value may plainly be: True for a yes/no fact, a grade's words, and for a set fact no words
#: (a list is checked word by word).
_PLAIN_VALUES: dict[int, tuple[RuleSet, dict[str, Any]]] = {}


def _plain_values(ruleset: RuleSet) -> dict[str, Any]:
    found = _PLAIN_VALUES.get(id(ruleset))
    if found is None or found[0] is not ruleset:
        if len(_PLAIN_VALUES) >= 16:
            _PLAIN_VALUES.clear()
        table = {
            fact.id: True
            if fact.type == "bool"
            else frozenset(fact.values if fact.type == "grade" else ())
            for fact in ruleset.facts.values()
        }
        found = _PLAIN_VALUES[id(ruleset)] = (ruleset, table)
    return found[1]


def fact_value(fact: FactDef, value: Any, source: str, where: str) -> Value | None:
    """Check one answer against its fact's type; null stays unknown."""
    if value is None:
        return None
    if fact.type == "bool":
        if isinstance(value, bool):
            return value
        quoted = isinstance(value, str)
        raise DossierError(
            source,
            where,
            Message("dossier_not_yes_no", fact_id=fact.id, value=_Shown(value)),
            expected=Message("dossier_true_false_null"),
            hint=Message("dossier_quoted_yes_no_hint" if quoted else "dossier_yes_no_hint"),
            code="invalid-value",
        )
    if fact.type == "grade":
        if isinstance(value, str) and value in fact.values:
            return value
        raise DossierError(
            source,
            where,
            Message("dossier_not_a_value", name=fact.id, value=_Shown(value)),
            expected=_values(fact),
            suggestion=suggest_value(value, fact.values),
            hint=Message("dossier_listed_words_hint"),
            code="invalid-value",
        )
    if not isinstance(value, list):
        raise DossierError(
            source,
            where,
            Message("dossier_not_a_list", fact_id=fact.id, value=_Shown(value)),
            expected=_values(fact),
            hint=Message("dossier_not_a_list_hint", first=fact.values[0]),
            code="invalid-type",
        )
    seen: list[str] = []
    for index, word in enumerate(value):
        if not isinstance(word, str) or word not in fact.values:
            raise DossierError(
                source,
                f"{where}/{index}",
                Message("fact_word_not_allowed", fact_id=fact.id, word=_Shown(word)),
                expected=", ".join(fact.values),
                suggestion=suggest_value(word, fact.values),
                hint=Message("dossier_use_listed_words_hint"),
                code="invalid-value",
            )
        if word in seen:
            raise DossierError(
                source,
                f"{where}/{index}",
                Message("dossier_listed_twice", word=word),
                hint=Message("dossier_list_each_word_once_hint"),
                code="duplicate-value",
            )
        seen.append(word)
    return tuple(word for word in fact.values if word in seen)


def _events(
    data: Any, ruleset: RuleSet, source: str, errors: list[DossierError]
) -> tuple[Event, ...]:
    """The events, each checked against its type; each fault is added to `errors`."""
    if data is None:
        return ()
    if not isinstance(data, list):
        errors.append(
            DossierError(
                source,
                "/events",
                Message("dossier_events_list", data=_Kind(data)),
                expected='[{"type": "klacht", "datum": "2026-10-03"}, ...]',
                code="invalid-type",
            )
        )
        return ()
    if len(data) > MAX_EVENTS:
        errors.append(
            DossierError(
                source,
                "/events",
                Message(
                    "dossier_events_limit",
                    count_data=Number(len(data)),
                    max_events=Number(MAX_EVENTS),
                ),
                hint=Message("dossier_keep_events_dossier_only_hint"),
                code="too-many-events",
            )
        )
        return ()
    today = datetime.date.today()  # once a dossier: every event is compared with it
    events = []
    for index, item in enumerate(data):
        event = _event(item, index, ruleset, source, today, errors)
        if event is not None:
            events.append(event)
    return tuple(events)


def _event(
    item: Any,
    index: int,
    ruleset: RuleSet,
    source: str,
    today: datetime.date,
    errors: list[DossierError],
) -> Event | None:
    """One event, or None when it has faults: each is added to `errors`."""
    where = f"/events/{index}"
    field_pointer: Callable[[str], str] = lambda key: pointer("events", index, key)  # noqa: E731
    if item.__class__ is not dict and not isinstance(item, Mapping):
        errors.append(
            DossierError(
                source,
                where,
                Message("dossier_event_object", item=_Kind(item)),
                expected=Message("event_object_expected"),
                code="invalid-type",
            )
        )
        return None
    kind = item.get("type")
    if not isinstance(kind, str) or kind not in ruleset.events:
        errors.append(
            DossierError(
                source,
                field_pointer("type"),
                Message("dossier_event_needs_type")
                if kind is None
                else Message("dossier_unknown_event_type", kind=_Shown(kind)),
                expected=", ".join(ruleset.events),
                suggestion=suggest(kind, ruleset.events) if isinstance(kind, str) else None,
                code="missing-field" if kind is None else "unknown-event-type",
            )
        )
        return None
    event_def = ruleset.events[kind]
    datum = None
    try:
        datum = _date(item.get("datum"), source, f"{where}/datum", today)
    except DossierError as error:
        errors.append(error)
    fields: dict[str, str] = {}
    flags: set[str] = set()
    broken = False
    for key, value in item.items():
        if key in ("type", "datum"):
            continue
        if key in event_def.flags:
            if not isinstance(value, bool):
                errors.append(
                    DossierError(
                        source,
                        field_pointer(key),
                        Message("dossier_true_false", key=key, value=_Shown(value)),
                        expected=Message("dossier_true_false_expected"),
                        code="invalid-type",
                    )
                )
                broken = True  # the event is not whole: it is left out below
                continue
            if value:
                flags.add(key)
            continue
        if key not in event_def.fields:
            allowed = ["type", "datum", *event_def.fields, *event_def.flags]
            errors.append(
                DossierError(
                    source,
                    field_pointer(key),
                    Message("dossier_event_field", kind=kind, key=key),
                    expected=", ".join(allowed),
                    suggestion=suggest(key, allowed),
                    code="unknown-field",
                )
            )
            continue
        if not isinstance(value, str) or value not in event_def.fields[key]:
            errors.append(
                DossierError(
                    source,
                    field_pointer(key),
                    Message("key_value_not_allowed", key=key, value=_Shown(value)),
                    expected=", ".join(event_def.fields[key]),
                    suggestion=suggest_value(value, event_def.fields[key]),
                    hint=Message("dossier_use_listed_words_lowest_hint"),
                    code="invalid-value",
                )
            )
            continue
        fields[key] = value
    for key in event_def.fields:
        if key not in fields and key not in item:
            errors.append(
                DossierError(
                    source,
                    where,
                    Message("dossier_event_needs", kind=kind, key=key),
                    expected=", ".join(event_def.fields[key]),
                    hint=Message("dossier_add_listed_words_hint", key=key),
                    code="missing-field",
                )
            )
    if datum is None or len(fields) != len(event_def.fields) or broken:
        return None
    return Event(kind, datum, fields, where, frozenset(flags))


def _escalaties(data: Any, source: str) -> tuple[Escalatie, ...]:
    """When the dossier was escalated and who was informed, as the dossier records it."""
    if data is None:
        return ()
    example = '[{"datum": "2026-10-05", "level": "manager", "role": "portefeuillehouder"}]'
    if not isinstance(data, list) or len(data) > MAX_EVENTS:
        raise DossierError(
            source,
            "/escalaties",
            Message("dossier_escalaties_list_most_objects", max_events=Number(MAX_EVENTS)),
            expected=example,
        )
    today = datetime.date.today()
    out = []
    for index, item in enumerate(data):
        where = f"/escalaties/{index}"
        if (
            not isinstance(item, Mapping)
            or not set(item) <= {"datum", "level", "role"}
            or (item.get("level") is None and item.get("role") is None)
        ):
            raise DossierError(
                source,
                where,
                Message("dossier_escalation_object_datum_level"),
                expected=example[1:-1],
            )
        datum = _date(item.get("datum"), source, f"{where}/datum", today)
        level, role = item.get("level"), item.get("role")
        for key, value, choices in (("level", level, ESCALATIONS[1:]), ("role", role, ROLES)):
            if value is not None and value not in choices:
                raise DossierError(
                    source,
                    f"{where}/{key}",
                    Message("key_value_not_allowed", key=key, value=_Shown(value)),
                    expected=", ".join(choices),
                    suggestion=suggest_value(value, choices),
                )
        out.append(Escalatie(datum, level, role, where))
    return tuple(out)


def _date(value: Any, source: str, where: str, today: datetime.date) -> datetime.date:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            day = datetime.date.fromisoformat(value)
        except ValueError:
            raise DossierError(
                source,
                where,
                Message("dossier_date_calendar", value=value),
                expected=Message("date_expected"),
                hint=Message("dossier_check_day_month_hint"),
                code="invalid-date",
            ) from None
        if day > today:
            # An event is evidence of what happened; a date to come is a typo (2062 for 2026) that
            # would otherwise count, in a complaint window or as council questions.
            raise DossierError(
                source,
                where,
                Message("dossier_lies_after_today", value=value, today_isoformat=today.isoformat()),
                expected=Message("dossier_date_which_happened_expected"),
                hint=Message("dossier_check_year_hint"),
                code="date-in-future",
            )
        return day
    raise DossierError(
        source,
        where,
        Message("dossier_event_needs_datum")
        if value is None
        else Message("dossier_datum_not_a_date", value=_Shown(value)),
        expected=Message("dossier_datum_expected"),
        code="missing-field" if value is None else "invalid-date",
    )


def _values(fact: FactDef) -> Message:
    """What a fact takes: true or false, the words (lowest first) or a list of them, or null."""
    if fact.type == "bool":
        return Message("dossier_true_false_null")
    words = ", ".join(fact.values)
    return Message(
        "dossier_grade_values" if fact.type == "grade" else "dossier_set_values", words=words
    )


#: The JSON decoder's usual complaints, by its English words, and their keys in the catalogue.
_JSON_PROBLEMS = {
    "Expecting value": "json_expecting_value",
    "Expecting ',' delimiter": "json_expecting_comma",
    "Expecting ':' delimiter": "json_expecting_colon",
    "Expecting property name enclosed in double quotes": "json_expecting_name",
    "Unterminated string starting at": "json_unterminated_string",
    "Extra data": "json_extra_data",
    "Invalid control character at": "json_control_character",
    "Invalid \\escape": "json_invalid_escape",
}


class JsonProblem(Localised):
    """The JSON decoder's complaint: a usual one in the words of the language, any other as the
    decoder words it (`json_other`)."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message

    def render(self, lang: str) -> str:
        return _messages.word(
            _JSON_PROBLEMS.get(self.message, "json_other"), lang, message=self.message
        )


class _Kind(Localised):
    """The JSON type of a value, as a message names it ("a number")."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def render(self, lang: str) -> str:
        return _messages.word(_KIND_KEYS[_kind(self.value)], lang)


class _Shown(_Kind):
    """A value as a message quotes it: a string in quotes (cut short), a number or a literal as
    JSON writes it, an object or an array by its type."""

    __slots__ = ()

    def render(self, lang: str) -> str:
        if isinstance(self.value, (dict, list)):
            return super().render(lang)
        return _show(self.value)


_KIND_KEYS = {
    "null": "json_null",
    "a boolean": "json_boolean",
    "a number": "json_number",
    "a string": "json_string",
    "an array": "json_array",
    "an object": "json_object",
}


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    return "an object"


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"' if len(value) < 40 else f'"{value[:37]}..."'
    if isinstance(value, (dict, list)):
        return _kind(value)
    return json.dumps(value)
