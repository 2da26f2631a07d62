"""JSON -> Dossier: strict, typed parsing with a DossierError (source, JSON pointer, hint) for every fault."""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, cast

from ._errors import MAX_ERRORS, DossierError, Dutch, os_error_nl, suggest, suggest_value
from ._jsontext import Duplicates, pointer, reader
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
        f"the input is more than the limit of {MAX_DOSSIER_BYTES:,} bytes",
        hint="a dossier is a few kilobytes; is this the right file?",
        nl=Dutch(
            f"de invoer is groter dan het maximum van {_number_nl(MAX_DOSSIER_BYTES)} bytes",
            hint="een dossier is enkele kilobytes; is dit het goede bestand?",
        ),
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
            f"not UTF-8 text (byte 0x{raw[error.start]:02x} on line {line})",
            hint="save the file as UTF-8",
            nl=Dutch(
                f"geen UTF-8-tekst (byte 0x{raw[error.start]:02x} op regel {line})",
                hint="sla het bestand op als UTF-8",
            ),
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
            f"the text is more than the limit of {MAX_DOSSIER_BYTES:,} bytes",
            hint="a dossier is a few kilobytes; is this the right input?",
            nl=Dutch(
                f"de tekst is groter dan het maximum van {_number_nl(MAX_DOSSIER_BYTES)} bytes",
                hint="een dossier is enkele kilobytes; is dit de goede invoer?",
            ),
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
        what = "a number with too many digits" if digits else str(error)
        what_nl = "een getal met te veel cijfers" if digits else str(error)
        raise DossierError(
            source,
            "",
            f"invalid JSON: {what}",
            hint="use a plain number or null",
            nl=Dutch(f"ongeldige JSON: {what_nl}", hint="gebruik een gewoon getal of null"),
            code="invalid-json",
        ) from None
    except RecursionError:
        raise DossierError(
            source,
            "",
            f"nested too deeply (more than {MAX_DEPTH} levels)",
            hint="a dossier is a flat object of facts and events",
            nl=_TOO_DEEP,
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
            "the input is empty",
            expected='a JSON object such as {"facts": {}}',
            hint="`gevoelig template` writes a blank dossier",
            nl=Dutch(
                "de invoer is leeg",
                expected='een JSON-object zoals {"facts": {}}',
                hint="`gevoelig template` maakt een leeg dossier",
            ),
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
            f"invalid JSON at line {line}, column {column}: a comma after the last item",
            hint="remove that comma; JSON allows none before } or ]",
            nl=Dutch(
                f"ongeldige JSON op regel {line}, kolom {column}: een komma na het laatste element",
                hint="haal die komma weg; JSON staat er geen toe vóór } of ]",
            ),
            code="invalid-json",
        )
    return DossierError(
        source,
        "",
        f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}",
        hint="check commas, quotes and brackets near that place",
        nl=Dutch(
            f"ongeldige JSON op regel {error.lineno}, kolom {error.colno}: {_json_message_nl(error.msg)}",
            hint="controleer komma's, aanhalingstekens en haakjes rond die plek",
        ),
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
                f"cannot read the file: {error.strerror}",
                hint="check the path and its permissions",
                nl=Dutch(
                    f"het bestand is niet te lezen: {os_error_nl(error)}",
                    hint="controleer het pad en de rechten",
                ),
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
    plain = data.__class__ is dict  # the usual case, without asking the Mapping ABC each time
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
            f"a dossier must be a JSON object, not {_kind(data)}",
            expected='{"facts": {...}}',
            hint="wrap the facts in an object; a JSON Lines file holds one object a line",
            nl=Dutch(
                f"een dossier moet een JSON-object zijn, maar is {_kind_nl(data)}",
                expected='{"facts": {...}}',
                hint="zet de feiten in een object; een JSON Lines-bestand heeft één object per regel",
            ),
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
                    f"unknown key '{key}'",
                    expected=", ".join(choices) + " or x-...",
                    suggestion=suggest(str(key), choices),
                    hint="put your own data under a key that starts with x-",
                    nl=Dutch(
                        f"onbekend veld '{key}'",
                        expected=", ".join(choices) + " of x-...",
                        hint="zet eigen gegevens onder een veld dat met x- begint",
                    ),
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


def peildatum_of(data: Any, source: str) -> datetime.date | None:
    """The dossier's own peildatum (the date as of which it is assessed), or None when it has none."""
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
                f"{value} is not a date in the calendar",
                expected="a date YYYY-MM-DD",
                hint="check day and month",
                nl=Dutch(
                    f"{value} is geen bestaande datum",
                    expected="een datum JJJJ-MM-DD",
                    hint="controleer dag en maand",
                ),
                code="invalid-date",
            ) from None
    raise DossierError(
        source,
        "/peildatum",
        f"'peildatum' must be a date, not {_show(value)}",
        expected="a date YYYY-MM-DD, or null for today",
        nl=Dutch(
            f"'peildatum' moet een datum zijn, maar is {_show_nl(value)}",
            expected="een datum JJJJ-MM-DD, of null voor vandaag",
        ),
        code="invalid-date",
    )


def _check_shape(value: Any, source: str, path: tuple[Any, ...], depth: int) -> None:
    """Reject duplicate keys, NaN, text that cannot be written, values JSON cannot hold and absurd
    nesting anywhere in the document (from JSON text, or a Python caller's own objects)."""
    if depth > MAX_DEPTH:
        raise DossierError(
            source,
            pointer(*path),
            f"nested too deeply (more than {MAX_DEPTH} levels)",
            hint="a dossier is a flat object of facts and events",
            nl=_TOO_DEEP,
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
                f"key '{duplicate}' occurs more than once in this object",
                hint="keep one: a second value would silently replace the first",
                nl=Dutch(
                    f"'{duplicate}' staat meer dan eens in dit object",
                    hint="houd er één over: een tweede waarde zou de eerste stilzwijgend vervangen",
                ),
                code="duplicate-key",
            )
        for key, item in value.items():
            if key.__class__ is not str:
                if not isinstance(key, str):
                    raise DossierError(
                        source,
                        pointer(*path),
                        f"key {_show(key)} is not a string",
                        hint="JSON object keys are text",
                        nl=Dutch(
                            f"veldnaam {_show(key)} is geen tekst",
                            hint="in JSON is een veldnaam altijd tekst",
                        ),
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
                f"{value} is not a JSON number",
                hint="use a plain number or null",
                nl=Dutch(f"{value} is geen JSON-getal", hint="gebruik een gewoon getal of null"),
                code="invalid-number",
            )
    elif isinstance(value, int) and kind is not bool:
        if value.bit_length() > _MAX_INT_BITS:
            raise DossierError(
                source,
                pointer(*path),
                "a number with too many digits",
                hint="use a plain number or null",
                nl=Dutch("een getal met te veel cijfers", hint="gebruik een gewoon getal of null"),
                code="invalid-number",
            )
    elif value is not None and kind is not bool:
        # A Python caller's set, date, bytes, tuple or own object: JSON has no such value, and a
        # result that carried it could not be written.
        name = kind.__name__
        raise DossierError(
            source,
            pointer(*path),
            f"a Python {name} is not a JSON value",
            expected="an object, array, string, number, true, false or null",
            hint="convert it first: a list for a set or tuple, an ISO date string for a date",
            nl=Dutch(
                f"een Python-{name} is geen JSON-waarde",
                expected="een object, lijst, tekst, getal, true, false of null",
                hint="zet het eerst om: een lijst voor een set of tuple, een datum als tekst JJJJ-MM-DD",
            ),
            code="invalid-json-value",
        )


def _unwritable(source: str, where: str) -> DossierError:
    return DossierError(
        source,
        where,
        "text with a lone surrogate (a half of a UTF-16 pair) that cannot be written as UTF-8",
        hint="remove that character, or write both halves of the pair",
        nl=Dutch(
            "tekst met een losse surrogaat (de helft van een UTF-16-paar) die niet als UTF-8 te schrijven is",
            hint="haal dat teken weg, of schrijf beide helften van het paar",
        ),
        code="unwritable-text",
    )


def _text(value: Any, source: str, key: str) -> str | None:
    if value is None or isinstance(value, str):
        if value is not None and len(value) > MAX_TEXT:
            raise DossierError(
                source,
                pointer(key),
                f"text of {len(value)} characters, more than {MAX_TEXT}",
                hint="keep the long story in x-toelichting",
                nl=Dutch(
                    f"tekst van {len(value)} tekens, meer dan {MAX_TEXT}",
                    hint="zet het lange verhaal in x-toelichting",
                ),
                code="text-too-long",
            )
        return value
    raise DossierError(
        source,
        pointer(key),
        f"'{key}' must be text, not {_kind(value)}",
        expected="a string or null",
        hint=f'write it in quotes: "{value}"',
        nl=Dutch(
            f"'{key}' moet een tekst zijn, maar is {_kind_nl(value)}",
            expected="een tekst of null",
            hint=f'zet het tussen aanhalingstekens: "{value}"',
        ),
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
                f"'facts' must be an object, not {_kind(data)}",
                expected='{"fact_id": value, ...}',
                hint="name each fact: `gevoelig template` writes them all",
                nl=Dutch(
                    f"'facts' moet een object zijn, maar is {_kind_nl(data)}",
                    expected='{"feit_id": waarde, ...}',
                    hint="noem elk feit bij naam: `gevoelig template` maakt ze allemaal",
                ),
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
                    f"unknown fact '{key}'",
                    suggestion=suggest(key, ruleset.facts),
                    hint="`gevoelig template` lists every fact id",
                    nl=Dutch(f"onbekend feit '{key}'", hint="`gevoelig template` noemt elk feit"),
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
        hint = (
            "write true or false without quotes, or null when it is not known"
            if quoted
            else "a yes/no fact takes true or false, or null when it is not known"
        )
        hint_nl = (
            "schrijf true of false zonder aanhalingstekens, of null als het onbekend is"
            if quoted
            else "een ja/nee-feit is true of false, of null als het onbekend is"
        )
        raise DossierError(
            source,
            where,
            f"'{fact.id}' is a yes/no fact: {_show(value)} is not a valid value for it",
            expected="true, false or null",
            hint=hint,
            nl=Dutch(
                f"'{fact.id}' is een ja/nee-feit: {_show_nl(value)} is daar geen geldige waarde",
                expected="true, false of null",
                hint=hint_nl,
            ),
            code="invalid-value",
        )
    if fact.type == "grade":
        if isinstance(value, str) and value in fact.values:
            return value
        raise DossierError(
            source,
            where,
            f"'{fact.id}' does not take {_show(value)}",
            expected=fact.describe_values(),
            suggestion=suggest_value(value, fact.values),
            hint="use one of the listed words, lowest first",
            nl=Dutch(
                f"{_show_nl(value)} is geen waarde van '{fact.id}'",
                expected=_values_nl(fact),
                hint="gebruik een van de genoemde woorden (oplopend van laag naar hoog)",
            ),
            code="invalid-value",
        )
    if not isinstance(value, list):
        raise DossierError(
            source,
            where,
            f"'{fact.id}' must be a list, not {_show(value)}",
            expected=fact.describe_values(),
            hint=f'e.g. ["{fact.values[0]}"]; an empty list means none',
            nl=Dutch(
                f"'{fact.id}' moet een lijst zijn, maar is {_show_nl(value)}",
                expected=_values_nl(fact),
                hint=f'bijvoorbeeld ["{fact.values[0]}"]; een lege lijst betekent: geen',
            ),
            code="invalid-type",
        )
    seen: list[str] = []
    for index, word in enumerate(value):
        if not isinstance(word, str) or word not in fact.values:
            raise DossierError(
                source,
                f"{where}/{index}",
                f"'{fact.id}' does not take {_show(word)}",
                expected=", ".join(fact.values),
                suggestion=suggest_value(word, fact.values),
                hint="use the listed words",
                nl=Dutch(
                    f"{_show_nl(word)} is geen waarde van '{fact.id}'",
                    expected=", ".join(fact.values),
                    hint="gebruik de genoemde woorden",
                ),
                code="invalid-value",
            )
        if word in seen:
            raise DossierError(
                source,
                f"{where}/{index}",
                f"'{word}' is listed twice",
                hint="list each word once",
                nl=Dutch(f"'{word}' staat er twee keer in", hint="noem elk woord één keer"),
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
                f"'events' must be a list, not {_kind(data)}",
                expected='[{"type": "klacht", "datum": "2026-10-03"}, ...]',
                nl=Dutch(
                    f"'events' moet een lijst zijn, maar is {_kind_nl(data)}",
                    expected='[{"type": "klacht", "datum": "2026-10-03"}, ...]',
                ),
                code="invalid-type",
            )
        )
        return ()
    if len(data) > MAX_EVENTS:
        errors.append(
            DossierError(
                source,
                "/events",
                f"{len(data):,} events, more than the limit of {MAX_EVENTS:,}",
                hint="keep the events of this dossier only",
                nl=Dutch(
                    f"{_number_nl(len(data))} gebeurtenissen, meer dan het maximum van {_number_nl(MAX_EVENTS)}",
                    hint="neem alleen de gebeurtenissen van dit dossier op",
                ),
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
                f"an event must be an object, not {_kind(item)}",
                expected='{"type": ..., "datum": "YYYY-MM-DD"}',
                nl=Dutch(
                    f"een gebeurtenis moet een object zijn, maar is {_kind_nl(item)}",
                    expected='{"type": ..., "datum": "JJJJ-MM-DD"}',
                ),
                code="invalid-type",
            )
        )
        return None
    kind = item.get("type")
    if not isinstance(kind, str) or kind not in ruleset.events:
        what = "an event needs a 'type'" if kind is None else f"unknown event type {_show(kind)}"
        what_nl = (
            "een gebeurtenis heeft een 'type' nodig"
            if kind is None
            else f"onbekend gebeurtenistype {_show_nl(kind)}"
        )
        errors.append(
            DossierError(
                source,
                field_pointer("type"),
                what,
                expected=", ".join(ruleset.events),
                suggestion=suggest(kind, ruleset.events) if isinstance(kind, str) else None,
                nl=Dutch(what_nl, expected=", ".join(ruleset.events)),
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
                        f"'{key}' must be true or false, not {_show(value)}",
                        expected="true or false",
                        nl=Dutch(
                            f"'{key}' moet true of false zijn, maar is {_show_nl(value)}",
                            expected="true of false",
                        ),
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
                    f"a '{kind}' event has no field '{key}'",
                    expected=", ".join(allowed),
                    suggestion=suggest(key, allowed),
                    nl=Dutch(
                        f"een gebeurtenis '{kind}' heeft geen veld '{key}'",
                        expected=", ".join(allowed),
                    ),
                    code="unknown-field",
                )
            )
            continue
        if not isinstance(value, str) or value not in event_def.fields[key]:
            errors.append(
                DossierError(
                    source,
                    field_pointer(key),
                    f"'{key}' does not take {_show(value)}",
                    expected=", ".join(event_def.fields[key]),
                    suggestion=suggest_value(value, event_def.fields[key]),
                    hint="use one of the listed words, lowest first",
                    nl=Dutch(
                        f"{_show_nl(value)} is geen waarde van '{key}'",
                        expected=", ".join(event_def.fields[key]),
                        hint="gebruik een van de genoemde woorden (oplopend van laag naar hoog)",
                    ),
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
                    f"a '{kind}' event needs '{key}'",
                    expected=", ".join(event_def.fields[key]),
                    hint=f'add "{key}": one of the listed words',
                    nl=Dutch(
                        f"een gebeurtenis '{kind}' heeft '{key}' nodig",
                        expected=", ".join(event_def.fields[key]),
                        hint=f'voeg "{key}" toe: een van de genoemde woorden',
                    ),
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
            f"'escalaties' must be a list of at most {MAX_EVENTS:,} objects",
            expected=example,
            nl=Dutch(
                f"'escalaties' moet een lijst van hoogstens {_number_nl(MAX_EVENTS)} objecten zijn",
                expected=example,
            ),
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
                "an escalation is an object with a datum and a level, a role or both",
                expected=example[1:-1],
                nl=Dutch(
                    "een escalatie is een object met een datum en een level, een role of beide",
                    expected=example[1:-1],
                ),
            )
        datum = _date(item.get("datum"), source, f"{where}/datum", today)
        level, role = item.get("level"), item.get("role")
        for key, value, choices in (("level", level, ESCALATIONS[1:]), ("role", role, ROLES)):
            if value is not None and value not in choices:
                raise DossierError(
                    source,
                    f"{where}/{key}",
                    f"'{key}' does not take {_show(value)}",
                    expected=", ".join(choices),
                    suggestion=suggest_value(value, choices),
                    nl=Dutch(
                        f"{_show_nl(value)} is geen waarde van '{key}'", expected=", ".join(choices)
                    ),
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
                f"{value} is not a date in the calendar",
                expected="a date YYYY-MM-DD",
                hint="check day and month",
                nl=Dutch(
                    f"{value} is geen bestaande datum",
                    expected="een datum JJJJ-MM-DD",
                    hint="controleer dag en maand",
                ),
                code="invalid-date",
            ) from None
        if day > today:
            # An event is evidence of what happened; a date to come is a typo (2062 for 2026) that
            # would otherwise count, in a complaint window or as council questions.
            raise DossierError(
                source,
                where,
                f"{value} lies after today, {today.isoformat()}",
                expected="the date on which it happened",
                hint="check the year",
                nl=Dutch(
                    f"{value} ligt na vandaag, {today.isoformat()}",
                    expected="de datum waarop het gebeurde",
                    hint="controleer het jaar",
                ),
                code="date-in-future",
            )
        return day
    what = (
        "an event needs a 'datum'"
        if value is None
        else f"'datum' must be a date, not {_show(value)}"
    )
    what_nl = (
        "een gebeurtenis heeft een 'datum' nodig"
        if value is None
        else f"'datum' moet een datum zijn, maar is {_show_nl(value)}"
    )
    raise DossierError(
        source,
        where,
        what,
        expected="a date YYYY-MM-DD, e.g. 2026-10-03",
        nl=Dutch(what_nl, expected="een datum JJJJ-MM-DD, bijvoorbeeld 2026-10-03"),
        code="missing-field" if value is None else "invalid-date",
    )


_TOO_DEEP = Dutch(
    f"te diep genest (meer dan {MAX_DEPTH} niveaus)",
    hint="een dossier is een plat object met feiten en gebeurtenissen",
)


def _values_nl(fact: FactDef) -> str:
    """What a fact takes, in Dutch: the words (lowest first) or a list of them, or null."""
    if fact.type == "bool":
        return "true, false of null"
    if fact.type == "grade":
        return ", ".join(fact.values) + " of null"
    return "een lijst met woorden uit: " + ", ".join(fact.values) + "; of null"


def _number_nl(number: int) -> str:
    """10.000, not 10,000: a Dutch reader takes a comma for decimals."""
    return f"{number:,}".replace(",", ".")


#: The JSON decoder's usual complaints, in Dutch.
_JSON_MESSAGES_NL = {
    "Expecting value": "waarde verwacht",
    "Expecting ',' delimiter": "komma verwacht",
    "Expecting ':' delimiter": "dubbele punt verwacht",
    "Expecting property name enclosed in double quotes": "naam tussen dubbele aanhalingstekens verwacht",
    "Unterminated string starting at": "tekst zonder afsluitend aanhalingsteken",
    "Extra data": "nog tekst na het einde van het JSON-object",
    "Invalid control character at": "een regeleinde of ander stuurteken binnen een tekst",
    "Invalid \\escape": "ongeldige backslash in een tekst",
}


def _json_message_nl(message: str) -> str:
    return _JSON_MESSAGES_NL.get(message, "syntaxisfout")


def _show_nl(value: Any) -> str:
    return _kind_nl(value) if isinstance(value, (dict, list)) else _show(value)


def _kind_nl(value: Any) -> str:
    return {
        "null": "null",
        "a boolean": "een ja/nee-waarde",
        "a number": "een getal",
        "a string": "een tekst",
        "an array": "een lijst",
        "an object": "een object",
    }[_kind(value)]


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
