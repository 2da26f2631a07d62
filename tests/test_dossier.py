"""Bad input: every fault is one DossierError that names the
file, the place (a JSON pointer), what is wrong and what would be right; good input parses."""

from __future__ import annotations

import datetime
import json
import types

import pytest
from hypothesis import given, settings, strategies as st

import gevoeligheid
from gevoeligheid import (
    Dossier,
    DossierError,
    Evaluator,
    GevoeligheidError,
    evaluate,
    evaluate_file,
    load_ruleset,
    parse_dossier,
)
from gevoeligheid._dossier import (
    MAX_DEPTH,
    MAX_DOSSIER_BYTES,
    MAX_EVENTS,
    MAX_TEXT,
    _parse_whole,
    parse_the_long_way,
)
from gevoeligheid._render import to_json

from .strategies import FACTS, RULESET, dossiers

EVENT_TYPES = "klacht, media, raadsvraag, statenvraag, incident, handhavingsbesluit"


def fail(data, ruleset, source="<dossier>") -> DossierError:
    """The DossierError that parsing `data` raises (and nothing else)."""
    with pytest.raises(DossierError) as info:
        parse_dossier(data, ruleset, source)
    return info.value


def fail_file(tmp_path, ruleset, content, name="dossier.json") -> DossierError:
    """Write `content` (text or bytes) to a file, parse it, and return the error
    naming that file."""
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    error = fail(path, ruleset)
    assert str(path) == error.source
    return error


def helps(error: DossierError) -> bool:
    """The error says what would be right: the allowed values, a suggestion or a hint."""
    return bool(error.expected or error.suggestion or error.hint)


# --- the file: unreadable, not UTF-8, BOM, invalid JSON, not an object -------------------------


def test_missing_file_is_named_and_explained(tmp_path, ruleset):
    path = tmp_path / "weg.json"
    error = fail(path, ruleset)
    assert (str(path), "") == (error.source, error.pointer)
    assert "cannot read the file" in error.what and "No such file" in error.what
    assert error.hint


def test_a_directory_is_an_unreadable_file(tmp_path, ruleset):
    error = fail(tmp_path, ruleset)
    assert (str(tmp_path), "") == (error.source, error.pointer)
    assert "cannot read the file" in error.what


def test_evaluate_file_of_a_missing_path_raises_dossier_error_naming_it(tmp_path):
    path = tmp_path / "weg.json"
    with pytest.raises(DossierError) as info:
        evaluate_file(str(path))
    assert (str(path), "") == (info.value.source, info.value.pointer)
    assert "cannot read the file" in info.value.what


def test_evaluate_file_reads_a_dossier_named_by_text_or_path_the_same(tmp_path):
    path = tmp_path / "dossier.json"
    path.write_text('{"id": "OD-7", "facts": {"media_aandacht": "landelijk"}}', encoding="utf-8")
    by_text, by_path = (
        evaluate_file(str(path), peildatum="2026-12-01"),
        Evaluator(load_ruleset(peildatum="2026-12-01")).evaluate_file(path, peildatum="2026-12-01"),
    )
    assert by_path.to_dict() == by_text.to_dict()
    assert ("OD-7", "2026-12-01") == (by_text.dossier["id"], by_text.peildatum.isoformat())


@pytest.mark.parametrize("name", ["dossier.json", "weg.json", "/proc/self/fd/0"])
def test_a_string_is_json_text_and_never_names_a_file(tmp_path, name):
    """Data can hold a string (a JSON batch item), and data must not read a file: a string that is
    no JSON is that error, whether a file of that name exists (and is a valid dossier), is missing,
    or would block a reader (standard input); the hint names evaluate_file."""
    (tmp_path / "dossier.json").write_text('{"facts": {}}', encoding="utf-8")
    text = name if name.startswith("/") else str(tmp_path / name)
    with pytest.raises(DossierError) as info:
        evaluate(text)
    assert ("<dossier>", "", "text is read as JSON, and this is no JSON") == (
        info.value.source,
        info.value.pointer,
        info.value.what,
    )
    assert "evaluate_file(path)" in info.value.hint and "evaluate_file(pad)" in info.value.show(
        "nl"
    )


@pytest.mark.parametrize(
    "raw, line",
    [(b'{"title": "\xff"}', 1), (b'{\n  "title": "caf\xe9"\n}', 2)],
    ids=["0xff-line1", "latin1-line2"],
)
def test_non_utf8_file_names_byte_and_line(tmp_path, ruleset, raw, line):
    error = fail_file(tmp_path, ruleset, raw)
    bad = next(byte for byte in raw if byte >= 0x80)
    assert error.pointer == ""
    assert "UTF-8" in error.what and f"0x{bad:02x}" in error.what and f"line {line}" in error.what
    assert "UTF-8" in error.hint


def test_non_utf8_bytes_raise_dossier_error(ruleset):
    error = fail(b"\xff", ruleset, source="upload")
    assert (error.source, error.pointer) == ("upload", "")
    assert "0xff" in error.what


def test_evaluate_non_utf8_file_raises_dossier_error(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"title": "caf\xe9"}')
    with pytest.raises(DossierError) as info:
        evaluate(path)
    assert str(path) == info.value.source


def test_utf8_bom_file_is_accepted(tmp_path, ruleset):
    path = tmp_path / "bom.json"
    path.write_bytes(b'\xef\xbb\xbf{"id": "OD-1", "facts": {"media_aandacht": "lokaal"}}')
    dossier = parse_dossier(path, ruleset)
    assert (dossier.id, dict(dossier.facts)) == ("OD-1", {"media_aandacht": "lokaal"})


def test_utf8_bom_bytes_are_accepted(ruleset):
    dossier = parse_dossier('\ufeff{"facts": {"subsidie": true}}'.encode(), ruleset)
    assert dict(dossier.facts) == {"subsidie": True}


def test_invalid_json_names_line_and_column(tmp_path, ruleset):
    error = fail_file(
        tmp_path, ruleset, '{\n  "facts": {"media_aandacht": "lokaal" "subsidie": true}\n}'
    )
    assert error.pointer == ""
    assert error.what == "invalid JSON at line 2, column 40: Expecting ',' delimiter"
    assert error.hint


@pytest.mark.parametrize(
    "text, place",
    [
        ('{\n  "facts": {"media_aandacht": "lokaal",}\n}', "line 2, column 39"),
        ('{"facts": {"afbreukrisico": ["juridisch", ]}}', "line 1, column 41"),
    ],
)
def test_a_trailing_comma_is_named_and_pointed_at(ruleset, text, place):
    """The commonest JSON mistake by hand: the message points at the comma, not what follows."""
    error = fail(text, ruleset)
    assert f"invalid JSON at {place}: a comma after the last item" == error.what
    assert "remove that comma" in error.hint


@pytest.mark.parametrize("text", ["", "  \n "], ids=["empty", "blank"])
def test_an_empty_input_says_so(ruleset, text):
    error = fail(text, ruleset, source="inbox/od.json")
    assert (error.source, error.pointer, error.what) == ("inbox/od.json", "", "the input is empty")
    assert "inbox/od.json: the input is empty" in error.show()


@pytest.mark.parametrize(
    "text",
    [
        "{",
        '{"facts": }',
        "{'facts': {}}",
        '{"facts": {}} {}',
        '{"facts": {"subsidie": True}}',
        '{"id": "a\nb"}',
    ],
    ids=[
        "unclosed",
        "missing-value",
        "single-quotes",
        "two-documents",
        "python-True",
        "raw-newline",
    ],
)
def test_invalid_json_is_a_dossier_error_with_line_and_column(ruleset, text):
    error = fail(text, ruleset, source="inbox/od.json")
    assert (error.source, error.pointer) == ("inbox/od.json", "")
    assert "invalid JSON at line" in error.what and "column" in error.what


@pytest.mark.parametrize(
    "text, kind",
    [
        ("[]", "an array"),
        ('[{"facts": {}}]', "an array"),
        ('"facts"', "a string"),
        ("42", "a number"),
        ("1.5", "a number"),
        ("null", "null"),
        ("true", "a boolean"),
    ],
)
def test_json_that_is_not_an_object_is_rejected(tmp_path, ruleset, text, kind):
    error = fail_file(tmp_path, ruleset, text)
    assert error.pointer == ""
    assert f"a dossier must be a JSON object, not {kind}" == error.what
    assert error.expected == '{"facts": {...}}'


@pytest.mark.parametrize("value", [[], [{"facts": {}}], ("facts",), 42, 1.5, True, None], ids=repr)
def test_python_value_that_is_not_a_mapping_is_rejected(ruleset, value):
    error = fail(value, ruleset)
    assert error.pointer == "" and "must be a JSON object" in error.what


@pytest.mark.parametrize("raw", [b"[]", b'"x"', b"42", b"null"], ids=lambda raw: raw.decode())
def test_evaluate_json_that_is_not_an_object_raises_dossier_error(raw):
    with pytest.raises(DossierError) as info:
        evaluate(raw)
    assert "must be a JSON object" in info.value.what


# --- top-level keys -------------------------------------------------------------------------


def test_unknown_top_level_key_suggests_the_right_one(tmp_path, ruleset):
    error = fail_file(tmp_path, ruleset, '{"id": "OD-1", "fatcs": {"subsidie": true}}')
    assert (error.pointer, error.suggestion) == ("/fatcs", "facts")
    assert error.what == "unknown key 'fatcs'"
    assert "facts" in error.expected and "x-" in error.expected


def test_unknown_top_level_key_without_near_match_hints_at_x_keys(ruleset):
    error = fail({"opmerking": "zie mail"}, ruleset)
    assert (error.pointer, error.suggestion) == ("/opmerking", None)
    assert "x-" in error.hint


def test_evaluate_unknown_top_level_key_raises_dossier_error():
    with pytest.raises(DossierError) as info:
        evaluate({"evnets": []})
    assert (info.value.pointer, info.value.suggestion) == ("/evnets", "events")


def test_pointer_escapes_slash_and_tilde_in_keys(ruleset):
    """RFC 6901: '/' is written ~1 and '~' is written ~0."""
    assert fail({"a/b~c": 1}, ruleset).pointer == "/a~1b~0c"


def test_x_keys_are_carried_to_the_parsed_dossier(ruleset):
    extra = {"x-toelichting": "Geuroverlast", "x-meta": {"zaak": [1, 2, {"a": None}]}, "x-": 3}
    dossier = parse_dossier({"id": "OD-1", **extra, "facts": {}}, ruleset)
    assert extra == dict(dossier.extra)


def test_x_keys_are_carried_through_to_the_result():
    text = json.dumps(
        {
            "id": "OD-1",
            "title": "Geur",
            "x-toelichting": "Uitleg",
            "x-bron": {"systeem": "Squit"},
            "facts": {},
        }
    )
    result = evaluate(text)
    assert dict(result.dossier) == {
        "id": "OD-1",
        "title": "Geur",
        "x-toelichting": "Uitleg",
        "x-bron": {"systeem": "Squit"},
    }
    assert result.to_dict()["dossier"]["x-bron"] == {"systeem": "Squit"}


@pytest.mark.parametrize("key", ["id", "title", "competent_authority", "task"])
@pytest.mark.parametrize("value", [42, 1.5, True, ["OD-1"], {"nr": 1}], ids=json.dumps)
def test_carried_key_that_is_not_text_is_rejected(ruleset, key, value):
    error = fail({key: value}, ruleset)
    assert f"/{key}" == error.pointer
    assert f"'{key}' must be text" in error.what
    assert error.expected == "a string or null"


def test_numeric_id_hint_says_to_quote_it(ruleset):
    error = fail('{"id": 20260142, "facts": {}}', ruleset)
    assert error.pointer == "/id"
    assert '"20260142"' in error.hint


def test_evaluate_numeric_id_raises_dossier_error():
    with pytest.raises(DossierError) as info:
        evaluate({"id": 142, "facts": {}})
    assert info.value.pointer == "/id"


@pytest.mark.parametrize("key", ["id", "title", "competent_authority", "task"])
def test_text_longer_than_max_text_is_rejected(ruleset, key):
    error = fail({key: "a" * (MAX_TEXT + 1)}, ruleset)
    assert f"/{key}" == error.pointer
    assert str(MAX_TEXT) in error.what and error.hint


def test_text_of_exactly_max_text_is_accepted(ruleset):
    assert "a" * MAX_TEXT == parse_dossier({"title": "a" * MAX_TEXT}, ruleset).title


def test_null_carried_keys_are_accepted(ruleset):
    dossier = parse_dossier(
        {"id": None, "title": None, "competent_authority": None, "task": None}, ruleset
    )
    assert (dossier.id, dossier.title, dossier.competent_authority, dossier.task) == (
        None,
        None,
        None,
        None,
    )


# --- facts ----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [[], ["subsidie"], "subsidie", 1, True], ids=json.dumps)
def test_facts_that_is_not_an_object_is_rejected(ruleset, value):
    error = fail({"facts": value}, ruleset)
    assert error.pointer == "/facts"
    assert "'facts' must be an object" in error.what and error.expected


def test_unknown_fact_says_did_you_mean(tmp_path, ruleset):
    error = fail_file(tmp_path, ruleset, '{"facts": {"maatschapelijke_onrust": true}}')
    assert (error.pointer, error.suggestion) == (
        "/facts/maatschapelijke_onrust",
        "maatschappelijke_onrust",
    )
    assert error.what == "unknown fact 'maatschapelijke_onrust'"
    assert "did you mean 'maatschappelijke_onrust'?" in error.show()


def test_unknown_fact_without_near_match_has_a_hint(ruleset):
    error = fail({"facts": {"windrichting": "west"}}, ruleset)
    assert (error.pointer, error.suggestion) == ("/facts/windrichting", None)
    assert error.hint


def test_evaluate_unknown_fact_raises_dossier_error():
    with pytest.raises(DossierError) as info:
        evaluate({"facts": {"media_aandact": "lokaal"}})
    assert (info.value.pointer, info.value.suggestion) == ("/facts/media_aandact", "media_aandacht")


WRONG_TYPES = [
    ("maatschappelijke_onrust", "true", "true, false or null"),
    ("maatschappelijke_onrust", "false", "true, false or null"),
    ("maatschappelijke_onrust", 1, "true, false or null"),
    ("maatschappelijke_onrust", 0, "true, false or null"),
    ("subsidie", "ja", "true, false or null"),
    ("subsidie", [True], "true, false or null"),
    ("media_aandacht", True, "geen, lokaal, regionaal, landelijk or null"),
    ("media_aandacht", False, "geen, lokaal, regionaal, landelijk or null"),
    ("media_aandacht", 2, "geen, lokaal, regionaal, landelijk or null"),
    ("incident", ["buiten_locatie"], "geen, binnen_locatie, buiten_locatie or null"),
    (
        "afbreukrisico",
        "bestuurlijk",
        "a list of bestuurlijk, juridisch, financieel, politiek, persoonlijk (or null)",
    ),
    (
        "afbreukrisico",
        True,
        "a list of bestuurlijk, juridisch, financieel, politiek, persoonlijk (or null)",
    ),
    (
        "afbreukrisico",
        {"bestuurlijk": True},
        "a list of bestuurlijk, juridisch, financieel, politiek, persoonlijk (or null)",
    ),
]


@pytest.mark.parametrize(
    "fact, value, expected",
    WRONG_TYPES,
    ids=[f"{fact}={json.dumps(value)}" for fact, value, _ in WRONG_TYPES],
)
def test_wrong_type_for_a_fact_is_rejected_with_the_allowed_values(
    tmp_path, ruleset, fact, value, expected
):
    error = fail_file(tmp_path, ruleset, json.dumps({"facts": {fact: value}}))
    assert f"/facts/{fact}" == error.pointer
    assert expected == error.expected
    assert fact in error.what and error.hint


def test_quoted_boolean_hint_says_without_quotes(ruleset):
    error = fail({"facts": {"maatschappelijke_onrust": "true"}}, ruleset)
    assert "without quotes" in error.hint


def test_list_fact_given_as_a_word_hints_at_a_list(ruleset):
    error = fail({"facts": {"afbreukrisico": "bestuurlijk"}}, ruleset)
    assert "must be a list" in error.what and "[" in error.hint


def test_evaluate_wrong_type_raises_dossier_error():
    with pytest.raises(DossierError) as info:
        evaluate('{"facts": {"maatschappelijke_onrust": "true"}}')
    assert info.value.pointer == "/facts/maatschappelijke_onrust"


@pytest.mark.parametrize(
    "fact, word, suggestion",
    [
        ("media_aandacht", "regionnaal", "regionaal"),
        ("media_aandacht", "Regionaal", "regionaal"),
        ("media_aandacht", "landelyk", "landelijk"),
        ("repressieve_handhaving", "strafrechtlijk", "strafrechtelijk"),
        ("media_aandacht", "veel", None),
        ("media_aandacht", "", None),
        # Close in spelling to another grade than the one meant (landelijk): no suggestion, as
        # following it would lower the outcome.
        ("media_aandacht", "nationaal", None),
    ],
)
def test_unlisted_word_for_a_graded_fact_is_rejected_with_suggestion(
    ruleset, fact, word, suggestion
):
    error = fail({"facts": {fact: word}}, ruleset)
    assert (f"/facts/{fact}", suggestion) == (error.pointer, error.suggestion)
    assert ", ".join(ruleset.facts[fact].values) + " or null" == error.expected


@pytest.mark.parametrize(
    "words, index, suggestion",
    [
        (["politik"], 0, "politiek"),
        (["bestuurlijk", "juridish"], 1, "juridisch"),
        (["bestuurlijk", "regionaal"], 1, None),
        (["bestuurlijk", 1], 1, None),
        ([None], 0, None),
    ],
    ids=json.dumps,
)
def test_unlisted_word_in_the_list_fact_points_at_the_word(ruleset, words, index, suggestion):
    error = fail({"facts": {"afbreukrisico": words}}, ruleset)
    assert (f"/facts/afbreukrisico/{index}", suggestion) == (error.pointer, error.suggestion)
    assert error.expected == "bestuurlijk, juridisch, financieel, politiek, persoonlijk"


def test_word_listed_twice_points_at_the_second(tmp_path, ruleset):
    error = fail_file(
        tmp_path, ruleset, '{"facts": {"afbreukrisico": ["juridisch", "bestuurlijk", "juridisch"]}}'
    )
    assert error.pointer == "/facts/afbreukrisico/2"
    assert error.what == "'juridisch' is listed twice" and error.hint


def test_list_fact_is_kept_in_vocabulary_order(ruleset):
    dossier = parse_dossier({"facts": {"afbreukrisico": ["politiek", "bestuurlijk"]}}, ruleset)
    assert dossier.facts["afbreukrisico"] == ("bestuurlijk", "politiek")


def test_empty_list_fact_means_none(ruleset):
    assert parse_dossier({"facts": {"afbreukrisico": []}}, ruleset).facts["afbreukrisico"] == ()


def test_null_for_every_fact_is_accepted_as_unknown(ruleset):
    facts = dict.fromkeys(ruleset.facts)
    dossier = parse_dossier(json.dumps({"facts": facts}), ruleset)
    assert facts == dict(dossier.facts)


def test_null_for_every_fact_evaluates_with_open_questions(ruleset):
    result = evaluate({"facts": dict.fromkeys(ruleset.facts)}, engine="reference")
    assert (result.classification, result.escalation) == ("not_sensitive", "none")
    assert result.open_questions != ()


@pytest.mark.parametrize(
    "document",
    [{}, {"facts": {}}, {"facts": None}, {"events": []}, {"events": None}],
    ids=json.dumps,
)
def test_absent_empty_or_null_facts_and_events_mean_nothing_known(ruleset, document):
    dossier = parse_dossier(document, ruleset)
    assert (dict(dossier.facts), dossier.events) == ({}, ())


# --- events ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", [{}, {"type": "klacht", "datum": "2026-10-03"}, "klacht", 3, True], ids=json.dumps
)
def test_events_that_is_not_a_list_is_rejected(ruleset, value):
    error = fail({"events": value}, ruleset)
    assert error.pointer == "/events"
    assert "'events' must be a list" in error.what and "datum" in error.expected


@pytest.mark.parametrize("item", ["klacht", 3, None, [], ["klacht", "2026-10-03"]], ids=json.dumps)
def test_event_that_is_not_an_object_is_rejected(ruleset, item):
    error = fail({"events": [{"type": "klacht", "datum": "2026-10-03"}, item]}, ruleset)
    assert error.pointer == "/events/1"
    assert "an event must be an object" in error.what and error.expected


def test_unknown_event_type_suggests_the_right_one(tmp_path, ruleset):
    error = fail_file(tmp_path, ruleset, '{"events": [{"type": "klaht", "datum": "2026-10-03"}]}')
    assert (error.pointer, error.suggestion) == ("/events/0/type", "klacht")
    assert EVENT_TYPES == error.expected


@pytest.mark.parametrize("kind", [None, 1, ["klacht"], "Klacht ", "brand"], ids=json.dumps)
def test_missing_or_bad_event_type_is_rejected(ruleset, kind):
    event = {"datum": "2026-10-03"} if kind is None else {"type": kind, "datum": "2026-10-03"}
    error = fail({"events": [event]}, ruleset)
    assert error.pointer == "/events/0/type"
    assert EVENT_TYPES == error.expected


def test_evaluate_unknown_event_type_raises_dossier_error():
    with pytest.raises(DossierError) as info:
        evaluate({"events": [{"type": "medja", "datum": "2026-10-03", "bereik": "lokaal"}]})
    assert (info.value.pointer, info.value.suggestion) == ("/events/0/type", "media")


def test_missing_datum_points_at_datum(ruleset):
    error = fail(
        {"events": [{"type": "klacht", "datum": "2026-10-03"}, {"type": "klacht"}]}, ruleset
    )
    assert error.pointer == "/events/1/datum"
    assert error.what == "an event needs a 'datum'" and "YYYY-MM-DD" in error.expected


@pytest.mark.parametrize(
    "datum",
    [
        "2026-13-01",
        "2026-02-30",
        "2026-00-10",
        "03-10-2026",
        "2026/10/03",
        "2026-10-3",
        "2026-10-03T12:00",
        " 2026-10-03",
        "",
        20261003,
        2026.1,
        True,
        ["2026-10-03"],
        None,
    ],
    ids=json.dumps,
)
def test_bad_date_is_rejected(tmp_path, ruleset, datum):
    text = json.dumps(
        {"events": [{"type": "klacht", "datum": "2026-10-01"}, {"type": "klacht", "datum": datum}]}
    )
    error = fail_file(tmp_path, ruleset, text)
    assert error.pointer == "/events/1/datum"
    assert "YYYY-MM-DD" in error.expected


def test_evaluate_bad_date_raises_dossier_error():
    with pytest.raises(DossierError) as info:
        evaluate({"events": [{"type": "raadsvraag", "datum": "03-10-2026"}]})
    assert info.value.pointer == "/events/0/datum"


@pytest.mark.parametrize(
    "event, field",
    [
        ({"type": "media", "datum": "2026-10-03"}, "bereik"),
        ({"type": "incident", "datum": "2026-10-03"}, "uitstraling"),
        ({"type": "handhavingsbesluit", "datum": "2026-10-03"}, "soort"),
    ],
    ids=lambda x: x if isinstance(x, str) else x["type"],
)
def test_event_missing_a_required_field_is_rejected(ruleset, event, field):
    error = fail({"events": [event]}, ruleset)
    assert error.pointer == "/events/0"
    assert f"a '{event['type']}' event needs '{field}'" == error.what
    assert ", ".join(ruleset.events[event["type"]].fields[field]) == error.expected


def test_unknown_event_field_is_rejected_with_allowed_fields(ruleset):
    error = fail(
        {"events": [{"type": "klacht", "datum": "2026-10-03", "bereik": "lokaal"}]}, ruleset
    )
    assert error.pointer == "/events/0/bereik"
    assert error.what == "a 'klacht' event has no field 'bereik'"
    assert error.expected == "type, datum"


def test_misspelt_event_field_suggests_the_right_one(ruleset):
    error = fail(
        {"events": [{"type": "media", "datum": "2026-10-03", "berijk": "lokaal"}]}, ruleset
    )
    assert (error.pointer, error.suggestion) == ("/events/0/berijk", "bereik")
    assert error.expected == "type, datum, bereik"


def test_unknown_event_field_pointer_escapes_slash(ruleset):
    """RFC 6901, as for every other key: the field 'bereik/regio' is written bereik~1regio."""
    error = fail(
        {
            "events": [
                {"type": "media", "datum": "2026-10-03", "bereik": "lokaal", "bereik/regio": "x"}
            ]
        },
        ruleset,
    )
    assert error.pointer == "/events/0/bereik~1regio"


@pytest.mark.parametrize(
    "word, suggestion",
    [
        ("regionnaal", "regionaal"),
        ("Landelijk", "landelijk"),
        ("overal", None),
        (3, None),
        (None, None),
    ],
    ids=json.dumps,
)
def test_unlisted_word_for_an_event_field_is_rejected(ruleset, word, suggestion):
    error = fail({"events": [{"type": "media", "datum": "2026-10-03", "bereik": word}]}, ruleset)
    assert ("/events/0/bereik", suggestion) == (error.pointer, error.suggestion)
    assert error.expected == "lokaal, regionaal, landelijk"


def test_more_than_max_events_is_rejected(ruleset):
    events = [{"type": "klacht", "datum": "2026-10-03"}] * (MAX_EVENTS + 1)
    error = fail({"events": events}, ruleset)
    assert error.pointer == "/events"
    assert f"{MAX_EVENTS:,}" in error.what and error.hint


def test_exactly_max_events_is_accepted(ruleset):
    events = [{"type": "klacht", "datum": "2026-10-03"}] * MAX_EVENTS
    assert MAX_EVENTS == len(parse_dossier({"events": events}, ruleset).events)


def test_valid_events_are_parsed_with_dates_and_fields(ruleset):
    import datetime

    dossier = parse_dossier(
        {
            "events": [
                {"type": "media", "datum": "2026-10-09", "bereik": "regionaal"},
                {"type": "klacht", "datum": "2026-10-03"},
            ]
        },
        ruleset,
    )
    assert [
        ("media", datetime.date(2026, 10, 9), {"bereik": "regionaal"}),
        ("klacht", datetime.date(2026, 10, 3), {}),
    ] == [(event.type, event.datum, dict(event.fields)) for event in dossier.events]


# --- duplicate keys -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, where",
    [
        ('{"id": "OD-1", "facts": {}, "id": "OD-2"}', "/id"),
        ('{"facts": {"subsidie": true}, "facts": {}}', "/facts"),
        (
            (
                '{"facts": {"media_aandacht": "lokaal", "subsidie": true, "media_aandacht": '
                '"landelijk"}}'
            ),
            "/facts/media_aandacht",
        ),
        (
            (
                '{"events": [{"type": "klacht", "datum": "2026-10-01"}, {"type": "klacht", '
                '"datum": "2026-10-03", "datum": "2026-10-04"}]}'
            ),
            "/events/1/datum",
        ),
        ('{"x-meta": {"zaak": {"nr": 1, "nr": 2}}}', "/x-meta/zaak/nr"),
    ],
    ids=["top-level", "facts-twice", "inside-facts", "inside-event", "inside-x-key"],
)
def test_duplicate_key_points_at_the_duplicated_key(tmp_path, ruleset, text, where):
    error = fail_file(tmp_path, ruleset, text)
    assert where == error.pointer
    key = where.rsplit("/", 1)[1]
    assert f"key '{key}' occurs more than once in this object" == error.what
    assert error.hint


def test_evaluate_duplicate_key_raises_dossier_error():
    with pytest.raises(DossierError) as info:
        evaluate('{"facts": {"subsidie": false, "subsidie": true}}')
    assert info.value.pointer == "/facts/subsidie"


# --- absurd sizes and nesting, NaN ----------------------------------------------------------


def oversized() -> bytes:
    return b'{"facts": {}, "x-pad": "' + b"a" * MAX_DOSSIER_BYTES + b'"}'


def test_file_bigger_than_the_limit_is_rejected(tmp_path, ruleset):
    error = fail_file(tmp_path, ruleset, oversized(), name="groot.json")
    assert error.pointer == ""
    assert f"{MAX_DOSSIER_BYTES:,}" in error.what and error.hint


def test_bytes_bigger_than_the_limit_are_rejected(ruleset):
    error = fail(oversized(), ruleset)
    assert f"{MAX_DOSSIER_BYTES:,}" in error.what


def test_text_bigger_than_the_limit_is_rejected(ruleset):
    """A JSON string from a Python caller gets the same size limit as bytes and files."""
    error = fail(oversized().decode("ascii"), ruleset)
    assert error.pointer == "" and f"{MAX_DOSSIER_BYTES:,}" in error.what


def test_document_of_max_depth_levels_is_accepted(ruleset):
    """The top-level object is level 1; an x- key may hold nesting up to MAX_DEPTH levels in all."""
    text = '{"x-a": ' + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "}"
    assert "x-a" in parse_dossier(text, ruleset).extra


@pytest.mark.parametrize(
    "text",
    [
        '{"x-a": ' + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "}",
        '{"x-a": ' + '{"a": ' * (MAX_DEPTH + 5) + "1" + "}" * (MAX_DEPTH + 5) + "}",
    ],
    ids=["arrays", "objects"],
)
def test_nesting_deeper_than_max_depth_in_an_x_key_is_rejected(tmp_path, ruleset, text):
    error = fail_file(tmp_path, ruleset, text)
    assert error.pointer.startswith("/x-a/")
    assert f"nested too deeply (more than {MAX_DEPTH} levels)" == error.what and error.hint


def test_deep_python_mapping_is_rejected_without_recursion_error(ruleset):
    deep: object = 1
    for _ in range(100_000):
        deep = {"a": deep}
    error = fail({"x-a": deep}, ruleset)
    assert error.pointer.startswith("/x-a/a/a")
    assert "nested too deeply" in error.what


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        "[" * 100_000 + "]" * 100_000,
        '{"x-a": ' + '{"a": ' * 100_000,
        '{"x-a": ' + "[" * 100_000 + "]" * 100_000 + "}",
    ],
    ids=["open-arrays", "closed-arrays", "open-objects", "inside-x-key"],
)
def test_extreme_nesting_is_a_dossier_error_not_recursion_error(tmp_path, ruleset, text):
    error = fail_file(tmp_path, ruleset, text)
    assert "nested too deeply" in error.what


def test_evaluate_extreme_nesting_raises_dossier_error():
    with pytest.raises(DossierError) as info:
        evaluate("[" * 100_000)
    assert "nested too deeply" in info.value.what


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
def test_nan_and_infinity_in_json_are_rejected(tmp_path, ruleset, constant):
    error = fail_file(tmp_path, ruleset, '{"facts": {}, "x-a": ' + constant + "}")
    assert "not a JSON number" in error.what
    assert "null" in error.hint


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_nan_and_infinity_error_points_at_the_value(ruleset, constant):
    """The message names the place: the pointer of the bad number, as for any other bad value."""
    error = fail('{"facts": {}, "x-a": [0, ' + constant + "]}", ruleset)
    assert error.pointer == "/x-a/1"


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")], ids=repr)
def test_nan_in_a_python_mapping_is_rejected(ruleset, number):
    error = fail({"x-a": [1.0, number]}, ruleset)
    assert error.pointer == "/x-a/1" and "not a JSON number" in error.what


def test_non_string_key_in_a_python_mapping_is_rejected(ruleset):
    error = fail({"facts": {}, 1: True}, ruleset)
    assert error.what == "key 1 is not a string"


# --- the exception and the API --------------------------------------------------------------


def test_dossier_error_is_a_value_error_and_a_gevoeligheid_error(ruleset):
    error = fail({"facts": {"onbekend": True}}, ruleset)
    assert isinstance(error, ValueError) and isinstance(error, GevoeligheidError)
    assert issubclass(gevoeligheid.DossierError, ValueError) and issubclass(
        gevoeligheid.DossierError, gevoeligheid.GevoeligheidError
    )


@pytest.mark.parametrize(
    "arguments",
    [
        {"engine": "fast"},
        {"lang": "de"},
        {"peildatum": "1-1-2026"},
        {"peildatum": "2026-13-01", "ruleset": "<default>"},
    ],
    ids=["engine", "lang", "peildatum", "ruleset-and-bad-peildatum"],
)
def test_a_wrong_argument_is_an_argument_error_under_the_one_root(ruleset, arguments):
    arguments = {
        key: ruleset if value == "<default>" else value for key, value in arguments.items()
    }
    with pytest.raises(gevoeligheid.ArgumentError) as info:
        evaluate({"facts": {}}, **arguments)
    assert isinstance(info.value, GevoeligheidError) and isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "dossier",
    [
        {"facts": []},
        {"events": [{"type": "media", "datum": "2026-10-01", "bereik": "nationaal"}]},
        {"events": [{"type": "media", "datum": "2026-10-01"}]},
        {"events": [{"type": "incident", "datum": "2026-10-01", "uitstraling": "buiten"}]},
        {"facts": {"subsidie": "onbekend"}},
    ],
    ids=json.dumps,
)
def test_errors_say_what_to_do(ruleset, dossier):
    """Besides what is wrong and what is allowed, a hint says what to do."""
    assert fail(dossier, ruleset).hint


def test_dossier_error_can_be_caught_as_value_error():
    with pytest.raises(ValueError):
        evaluate({"facts": {"subsidie": "ja"}})


def test_dossier_error_fields_as_dict(ruleset):
    error = fail({"facts": {"media_aandacht": "regionnaal"}}, ruleset, source="od.json")
    fields = {
        "source": "od.json",
        "pointer": "/facts/media_aandacht",
        "what": "'media_aandacht' does not take \"regionnaal\"",
        "expected": "geen, lokaal, regionaal, landelijk or null",
        "hint": "use one of the listed words, lowest first",
        "suggestion": "regionaal",
        "nl": {
            "what": "\"regionnaal\" is geen waarde van 'media_aandacht'",
            "expected": "geen, lokaal, regionaal, landelijk of null",
            "hint": "gebruik een van de genoemde woorden (oplopend van laag naar hoog)",
        },
        "code": "invalid-value",
        "key": "dossier_not_a_value",
    }
    assert {**fields, "errors": [fields], "more": 0} == error.to_dict()


SHOW_CASES = [
    '{"fatcs": {}}',
    '{"facts": {"maatschapelijke_onrust": true}}',
    '{"events": [{"type": "klacht", "datum": "2026-13-01"}]}',
    '{"facts": {}, "facts": {}}',
    "[1, 2]",
    "{",
    '{"x-a": NaN}',
]


@pytest.mark.parametrize("text", SHOW_CASES)
def test_show_is_one_line_with_source_pointer_and_what(tmp_path, ruleset, text):
    error = fail_file(tmp_path, ruleset, text)
    line = error.show()
    assert [line] == line.splitlines()
    assert error.source in line and (error.pointer or "/") in line and error.what in line
    assert line == str(error)


@pytest.mark.parametrize(
    "document",
    [
        {"fa\ncts": {}},
        {"facts": {"media\naandacht": "lokaal"}},
        {"facts": {"media_aandacht": "regio\nnaal"}},
        {"events": [{"type": "kl\nacht", "datum": "2026-10-03"}]},
    ],
    ids=["top-level-key", "fact-id", "word", "event-type"],
)
def test_show_stays_one_line_when_the_input_holds_a_newline(ruleset, document):
    """A line break inside a bad key or word must not break the one-line message (or
    forge a log line)."""
    line = fail(document, ruleset).show()
    assert [line] == line.splitlines()


def test_show_of_file_error_says_the_file(tmp_path, ruleset):
    error = fail_file(
        tmp_path, ruleset, '{"facts": {"maatschapelijke_onrust": true}}', name="od-142.json"
    )
    assert error.show().startswith(
        f"{tmp_path / 'od-142.json'}: /facts/maatschapelijke_onrust: unknown fact"
    )


def test_a_dossier_object_gives_the_result_of_the_same_data():
    dossier = Dossier(facts={"media_aandacht": "regionaal"}, id="OD-1", extra={"x-a": 1})
    result = evaluate(dossier, engine="reference")
    assert dict(result.dossier) == {"id": "OD-1", "x-a": 1}
    assert to_json(
        evaluate(
            {"id": "OD-1", "facts": {"media_aandacht": "regionaal"}, "x-a": 1}, engine="reference"
        )
    ) == to_json(result)


@pytest.mark.parametrize(
    "dossier, where",
    [
        (Dossier(facts={"geen_feit": True}), "/facts/geen_feit"),
        (Dossier(facts={"subsidie": "ja"}), "/facts/subsidie"),
        (Dossier(facts={}, extra={"x-a": {1}}), "/x-a"),
    ],
)
def test_a_dossier_built_by_hand_is_checked_like_any_other(dossier, where):
    """A hand-built Dossier skipped validation and failed with a bare KeyError."""
    with pytest.raises(DossierError) as caught:
        evaluate(dossier)
    assert where == caught.value.pointer


def test_source_names_the_file_of_a_good_dossier(tmp_path, ruleset):
    path = tmp_path / "goed.json"
    path.write_text('{"facts": {}}', encoding="utf-8")
    assert str(path) == parse_dossier(path, ruleset).source


# --- every valid dossier parses -------------------------------------------------------------


@given(dossiers())
def test_every_generated_dossier_parses_to_its_facts(document):
    parsed = parse_dossier(document, RULESET)
    expected = {
        key: (tuple(value) if isinstance(value, list) else value)
        for key, value in document["facts"].items()
    }
    assert expected == dict(parsed.facts)
    assert (document["id"], len(document.get("events", []))) == (parsed.id, len(parsed.events))


@given(dossiers())
def test_parsing_json_text_or_bytes_equals_parsing_the_mapping(document):
    text = json.dumps(document)
    from_mapping = parse_dossier(document, RULESET)
    assert from_mapping == parse_dossier(text, RULESET)
    assert from_mapping == parse_dossier(text.encode("utf-8"), RULESET)


def test_strategy_covers_every_fact():
    assert set(RULESET.facts) == {fact.id for fact in FACTS}


DUTCH_CASES = [
    *SHOW_CASES,
    "",
    '{"facts": {"subsidie": "ja"}}',
    '{"facts": {"media_aandacht": "nationaal"}}',
    '{"facts": {"afbreukrisico": "politiek"}}',
    '{"facts": {"afbreukrisico": ["politiek", "politiek"]}}',
    '{"facts": []}',
    '{"id": 5}',
    '{"events": {}}',
    '{"events": [1]}',
    '{"events": [{"datum": "2026-01-01"}]}',
    '{"events": [{"type": "media", "datum": "2026-01-01"}]}',
    '{"events": [{"type": "media", "datum": "2026-01-01", "bereik": "nationaal"}]}',
    '{"events": [{"type": "klacht", "datum": "2026-01-01", "soort": "x"}]}',
    '{"events": [{"type": "klacht"}]}',
    '{"events": [{"type": "klacht", "datum": "2062-01-01"}]}',
    '{"facts": {"subsidie": {}}}',
    '{"facts": {"media_aandacht": []}}',
    '{"events": [{"type": "klacht", "datum": []}]}',
    '{"facts": {}} {}',
    '{"facts": {"subsidie": true,}}',
    '{"a" 1}',
    '{"id": "a\\qb"}',
    '{"x-n": ' + "9" * 5000 + "}",
]


@pytest.mark.parametrize("text", DUTCH_CASES)
def test_every_dossier_error_has_its_dutch_words(ruleset, text):
    """The command line shows errors in Dutch by default: no error may lack the words."""
    error = fail(text, ruleset)
    assert error.key  # a message of the catalogue, which has every language
    assert error.show("nl") != error.show("en")
    # No English may leak into the Dutch line (JSON literals and ids aside).
    assert [
        word
        for word in (" not ", "an object", "an array", "a string", "Expecting", "must", "expected")
        if word in error.show("nl")
    ] == []
    assert error.show("nl").startswith(f"{error.source}: {error.pointer}".rstrip(": "))


# --- any input: a result or a DossierError, nothing else ---------------------------------------

_JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
_FACT_IDS = st.sampled_from([*(fact.id for fact in RULESET.facts.values()), "onbekend", ""])
_WORDS = st.sampled_from(
    [
        "geen",
        "lokaal",
        "regionaal",
        "landelijk",
        "bestuurlijk",
        "politiek",
        "binnen_locatie",
        "buiten_locatie",
        "strafrechtelijk",
        "x",
    ]
)
_VALUES = st.one_of(_JSON_SCALARS, _WORDS, st.lists(st.one_of(_WORDS, _JSON_SCALARS), max_size=4))
_DATES = st.one_of(st.dates().map(datetime.date.isoformat), st.text(max_size=12), st.integers())
_EVENTS = st.lists(
    st.one_of(
        st.fixed_dictionaries(
            {
                "type": st.sampled_from(
                    [
                        "klacht",
                        "media",
                        "raadsvraag",
                        "statenvraag",
                        "incident",
                        "handhavingsbesluit",
                        "klachten",
                    ]
                ),
                "datum": _DATES,
            },
            optional={"bereik": _WORDS, "uitstraling": _WORDS, "soort": _WORDS, "x": _JSON_SCALARS},
        ),
        _JSON_SCALARS,
    ),
    max_size=5,
)
_DOSSIERS = st.fixed_dictionaries(
    {},
    optional={
        "id": _JSON_SCALARS,
        "title": _JSON_SCALARS,
        "facts": st.one_of(st.dictionaries(_FACT_IDS, _VALUES, max_size=6), _JSON_SCALARS),
        "events": st.one_of(_EVENTS, _JSON_SCALARS),
        "x-a": _VALUES,
        "fact": _JSON_SCALARS,
    },
)


@settings(max_examples=500)
@given(data=st.one_of(_DOSSIERS, _JSON_SCALARS, st.binary(max_size=64)))
def test_any_input_gives_a_result_or_a_dossier_error(data):
    """Bad input always gets a clear error: never another exception, never two lines."""
    text = data if isinstance(data, bytes) else json.dumps(data).encode()
    try:
        result = evaluate(text)
    except gevoeligheid.DossierError as error:
        for lang in ("nl", "en"):
            line = error.show(lang)
            assert "\n" not in line and line.startswith("<dossier>")
    else:
        assert result.classification in gevoeligheid.CLASSIFICATIONS


# --- values that cannot be written, and Python values JSON cannot hold ----------------------


@pytest.mark.parametrize(
    "text, where",
    [
        ('{"id": "\\ud800", "facts": {}}', "/id"),
        ('{"title": "Brand \\udfff", "facts": {}}', "/title"),
        ('{"x-notitie": {"tekst": ["ok", "\\ud83d"]}}', "/x-notitie/tekst/1"),
        ('{"facts": {"\\udc00": true}}', "/facts"),
    ],
)
def test_a_lone_surrogate_is_a_dossier_error_at_its_place(ruleset, text, where):
    """A lone surrogate was accepted and then crashed the output, stopping the whole batch."""
    error = fail(text, ruleset)
    assert (error.pointer, "lone surrogate" in error.what) == (where, True)
    error.show("nl").encode("utf-8")  # the message itself can be written


def test_a_whole_surrogate_pair_is_one_character_and_accepted(ruleset):
    assert (
        parse_dossier('{"title": "Brand \\ud83d\\ude00", "facts": {}}', ruleset).title == "Brand 😀"
    )


@pytest.mark.parametrize(
    "value, name",
    [
        ({1, 2}, "set"),
        (datetime.date(2026, 1, 1), "date"),
        (b"x", "bytes"),
        (("a",), "tuple"),
        (object(), "object"),
    ],
)
def test_a_python_value_json_cannot_hold_is_a_dossier_error(ruleset, value, name):
    """It was a TypeError, or a result that could not be written."""
    error = fail({"facts": {}, "x-eigen": value}, ruleset)
    assert (error.pointer, error.what) == ("/x-eigen", f"a Python {name} is not a JSON value")


def test_a_python_integer_too_long_to_write_is_a_dossier_error(ruleset):
    assert fail({"x-n": 10**5000}, ruleset).pointer == "/x-n"


def test_dict_and_list_subclasses_from_python_are_accepted(ruleset):
    import collections

    class Facts(dict):
        pass

    class Items(list):
        pass

    parsed = parse_dossier(
        collections.OrderedDict([("facts", Facts(subsidie=True)), ("x-lijst", Items([1, "a"]))]),
        ruleset,
    )
    assert (dict(parsed.facts), parsed.extra["x-lijst"]) == ({"subsidie": True}, [1, "a"])


def test_the_trailing_comma_message_is_the_same_on_every_python(ruleset):
    """Python 3.13 reports a trailing comma at the comma with a message of its own; it read
    'syntaxisfout' in Dutch there."""
    from gevoeligheid._dossier import _json_error

    text = '{"facts": {"subsidie": true,}}'
    older = json.JSONDecodeError(
        "Expecting property name enclosed in double quotes", text, text.index("}")
    )
    newer = json.JSONDecodeError(
        "Illegal trailing comma before end of object", text, text.index(",}")
    )
    shown = [
        (
            _json_error(error, text, "d.json").show("nl"),
            _json_error(error, text, "d.json").show("en"),
        )
        for error in (older, newer)
    ]
    assert shown[0] == shown[1]
    assert "een komma na het laatste element" in shown[0][0] and "kolom 28" in shown[0][0]


# --- the one pass for a dossier without faults ----------------------------------------------

_ODD_VALUES = st.one_of(
    st.sampled_from(
        [
            float("nan"),
            "\ud800",
            "x\udfff",
            {1: True},
            {"a": {"b": [[[[]]]]}},
            (1, 2),
            {"x"},
            [types.MappingProxyType({"type": "klacht", "datum": "2026-01-05"})],
        ]
    ),
    st.integers(-(2**64), 2**64),
    st.floats(allow_nan=False),
)
_ODD_DOSSIERS = st.one_of(
    dossiers(),
    _DOSSIERS,
    st.builds(
        lambda dossier, key, value, where: {
            **dossier,
            **(
                {key: value}
                if where == "top"
                else {"facts": {**dossier["facts"], key: value}}
                if where == "facts"
                else {"events": [*dossier.get("events", []), {"type": "klacht", key: value}]}
            ),
        },
        dossiers(),
        st.sampled_from(
            ["id", "x-a", "peildatum", "escalaties", "events", "facts", FACTS[0].id, "datum"]
        ),
        st.one_of(_ODD_VALUES, _JSON_SCALARS, _VALUES),
        st.sampled_from(["top", "facts", "event"]),
    ),
)


@settings(max_examples=400)
@given(data=_ODD_DOSSIERS)
def test_the_one_pass_parses_as_the_long_way_or_leaves_the_dossier_to_it(data):
    """`parse_dossier`'s one pass gives the Dossier the long way gives, or steps aside (None) for
    the long way to word the faults: never a Dossier where the long way finds a fault."""
    try:
        expected = parse_the_long_way(data, RULESET)
    except gevoeligheid.DossierError:
        expected = None
    found = _parse_whole(data, RULESET, "<dossier>")
    assert found is None or found == expected


@settings(max_examples=100)
@given(data=dossiers())
def test_the_one_pass_takes_every_dossier_without_faults(data):
    """A dossier without faults is parsed in the one pass, not the long way."""
    assert _parse_whole(data, RULESET, "<dossier>") == parse_the_long_way(data, RULESET)
