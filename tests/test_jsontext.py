"""One JSON reader for the library and the service: it notes duplicate keys and numbers JSON
cannot hold, and names places with RFC 6901 pointers."""

from __future__ import annotations

import json
import math

import pytest

from gevoeligheid import _dossier, _jsontext
from gevoeligheid._jsontext import Duplicates, pointer, reader, text_of


def test_a_pointer_escapes_tilde_and_slash():
    assert pointer("facts", "a/b", "c~d", 3) == "/facts/a~1b/c~0d/3"
    assert pointer() == ""


def test_a_duplicate_key_is_noted_and_named():
    data = reader.read('{"a": 1, "b": {"c": 1, "c": 2}}')
    assert reader.suspect
    assert type(data["b"]) is Duplicates
    assert data["b"].duplicate == "c"
    assert data["b"] == {"c": 2}  # the last value, as json.loads keeps it


def test_a_plain_document_is_not_suspect_and_reads_as_json_loads():
    text = '{"a": [1, 2.5, "x", null, true], "b": {}}'
    assert reader.read(text) == json.loads(text)
    assert not reader.suspect


def test_nan_and_infinity_are_noted_as_named_constants_an_overflow_as_suspect_only():
    assert math.isnan(reader.read("[NaN]")[0])
    assert (reader.suspect, reader.constant) == (True, True)
    assert reader.read("[1e400]") == [math.inf]
    assert (reader.suspect, reader.constant) == (True, False)


def test_reading_again_forgets_what_the_last_document_had():
    reader.read('{"a": 1, "a": 2}')
    reader.read("{}")
    assert (reader.suspect, reader.constant) == (False, False)


def test_text_of_bytes_is_what_json_loads_reads():
    assert text_of('\ufeff{"a": "é"}'.encode()) == '{"a": "é"}'
    assert text_of('{"a": 1}'.encode("utf-16-le")) == '{"a": 1}'
    with pytest.raises(UnicodeDecodeError):
        text_of(b'{"a": "\xff"}')


def test_the_library_and_the_service_read_with_the_same_reader():
    from gevoeligheid._service import batches

    assert _dossier.reader is _jsontext.reader is batches.reader
    assert _dossier.pointer is _jsontext.pointer
