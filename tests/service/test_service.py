"""`gevoelig serve` over real HTTP: a uvicorn process on a loopback port, as a
case system sees it."""

from __future__ import annotations

import json
import sqlite3

import httpx
import jsonschema
import pytest

from gevoeligheid import dossier_schema, evaluate, load_ruleset
from gevoeligheid._render import to_json

from .conftest import bearer, example, read_ndjson

ODOUR = "05-pig-farm-odour-complaint-wave.json"
SEVESO = "03-seveso-plant-fire-smoke-plume.json"
JSON = {"Content-Type": "application/json"}
NDJSON = {"Content-Type": "application/x-ndjson"}


def test_one_dossier_gives_the_librarys_result_byte_for_byte(client):
    response = client.post("/v1/evaluate", content=example(ODOUR), headers=JSON)
    assert response.status_code == 200
    assert to_json(evaluate(json.loads(example(ODOUR))), indent=None) == response.text
    assert (response.headers["content-type"], response.headers["content-language"]) == (
        "application/json",
        "nl",
    )


def test_the_decision_is_in_the_log_before_the_answer_with_the_same_bytes(client, server):
    response = client.post("/v1/evaluate", content=example(SEVESO), headers=JSON)
    decision = response.headers["gevoelig-decision-id"]
    row = (
        sqlite3.connect(server.log_path)
        .execute(
            (
                "SELECT result, dossier_id, origin, requested_by FROM gevoelig_decisions WHERE "
                "decision_id = ?"
            ),
            (decision,),
        )
        .fetchone()
    )
    assert (response.text, json.loads(example(SEVESO))["id"], "service", "caseworker") == row


def test_accept_language_en_gives_an_english_result(client):
    response = client.post(
        "/v1/evaluate",
        content=example(ODOUR),
        headers={**JSON, "Accept-Language": "en-GB,en;q=0.9,nl;q=0.5"},
    )
    assert (response.json()["lang"], response.headers["content-language"]) == ("en", "en")


def test_every_answer_names_the_rule_set_and_the_overlays(client):
    ruleset = load_ruleset()
    for response in (
        client.get("/healthz"),
        client.post("/v1/evaluate", content=b"{", headers=JSON),
        client.get("/nowhere"),
    ):
        assert (f"{ruleset.name} {ruleset.version}", "none") == (
            response.headers["gevoelig-ruleset"],
            response.headers["gevoelig-overlays"],
        )


# --- errors --------------------------------------------------------------------------------------


def problem(response: httpx.Response, status: int) -> dict:
    assert status == response.status_code, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert status == body["status"] and body["type"].startswith("urn:gevoeligheid:problem:")
    assert "Traceback" not in response.text
    return body


def test_an_unknown_fact_is_400_with_the_dossier_errors_fields_in_dutch(client):
    body = problem(
        client.post("/v1/evaluate", content=b'{"facts": {"subsidy": true}}', headers=JSON), 400
    )
    assert (body["pointer"], body["suggestion"], body["what"]) == (
        "/facts/subsidy",
        "subsidie",
        "onbekend feit 'subsidy'",
    )


def test_an_unlisted_word_is_400_with_what_was_expected_in_english(client):
    body = problem(
        client.post(
            "/v1/evaluate",
            content=b'{"facts": {"media_aandacht": "nationaal"}}',
            headers={**JSON, "Accept-Language": "en"},
        ),
        400,
    )
    assert body["pointer"] == "/facts/media_aandacht"
    assert "landelijk" in body["expected"] and body["title"] == "The dossier is not valid"


def test_a_body_that_is_no_json_is_400(client):
    body = problem(client.post("/v1/evaluate", content=b'{"facts": ', headers=JSON), 400)
    assert body["type"].endswith("invalid-json") and body["pointer"] == ""


def test_a_body_of_another_type_is_415(client):
    body = problem(
        client.post(
            "/v1/evaluate",
            content=b"facts=1",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
        415,
    )
    assert body["expected"] == "application/json"


def test_a_body_over_the_command_lines_limit_is_413(client):
    padding = b" " * (5 * 1024 * 1024)
    body = problem(
        client.post("/v1/evaluate", content=b'{"facts": {}}' + padding, headers=JSON), 413
    )
    assert 5 * 1024 * 1024 == body["limit"]


def test_an_unknown_engine_is_400(client):
    problem(client.post("/v1/evaluate?engine=drools", content=b'{"facts": {}}', headers=JSON), 400)


def test_the_reference_engine_gives_the_same_result_but_its_name(client):
    durable = client.post("/v1/evaluate", content=example(ODOUR), headers=JSON).json()
    reference = client.post(
        "/v1/evaluate?engine=reference", content=example(ODOUR), headers=JSON
    ).json()
    assert reference.pop("engine") == "reference" and durable.pop("engine") == "durable"
    assert durable == reference


def test_unknown_paths_and_methods_are_problems_too(client):
    problem(client.get("/v1/nothing"), 404)
    body = problem(client.delete("/v1/evaluate"), 405)
    assert "POST" in body["detail"]


# --- batches -------------------------------------------------------------------------------------


def test_a_json_array_batch_answers_each_index_with_its_result_or_error(client):
    dossiers = (
        b'[{"id": "A", "facts": {}}, {"facts": {"x": 1}}, {"id": "C", "facts": {}, "facts": '
        b'{"subsidie": true}}, 7]'
    )
    response = client.post("/v1/batch", content=dossiers, headers=JSON)
    items = response.json()
    assert [item["index"] for item in items] == [0, 1, 2, 3]
    assert items[0]["result"]["classification"] == "not_sensitive" and items[0]["decision_id"]
    assert (items[1]["error"]["pointer"], items[2]["error"]["pointer"]) == (
        "/facts/x",
        "/facts",
    )  # the key given twice, as /v1/evaluate names it
    assert "facts" in items[2]["error"]["detail"] and items[3]["error"]["status"] == 400


def test_a_batch_that_is_no_array_is_refused_whole(client):
    problem(client.post("/v1/batch", content=b'{"facts": {}}', headers=JSON), 400)
    problem(client.post("/v1/batch", content=b"[{]", headers=JSON), 400)


def test_an_ndjson_stream_ties_each_answer_to_its_line_number(client):
    lines = [
        json.dumps({"id": "L1", "facts": {}}),
        "",
        json.dumps({"facts": {"bad": 1}}),
        "{",
        example(ODOUR).decode().replace("\n", " "),
    ]
    response = client.post("/v1/batch/stream", content="\n".join(lines).encode(), headers=NDJSON)
    answers = read_ndjson(response.text)
    assert response.headers["content-type"] == "application/x-ndjson"
    assert [answer["line"] for answer in answers[:-1]] == [1, 3, 4, 5]
    assert answers[0]["result"]["dossier"]["id"] == "L1" and answers[0]["decision_id"]
    assert (answers[1]["error"]["pointer"], answers[2]["error"]["status"]) == ("/facts/bad", 400)
    assert to_json(evaluate(json.loads(example(ODOUR))), indent=None) == json.dumps(
        answers[3]["result"], ensure_ascii=False, separators=(",", ":")
    )
    assert answers[-1] == {"done": True, "lines": 5, "evaluated": 2, "failed": 2}


@pytest.mark.parametrize(
    "lang, line, item", [("nl", "regel 2: ", "dossier 1: "), ("en", "line 2: ", "dossier 1: ")]
)
def test_an_items_place_in_an_error_is_in_the_answers_language(client, lang, line, item):
    bad = json.dumps({"peildatum": "2026-12-01", "facts": {"bad": 1}})
    good = json.dumps({"peildatum": "2026-12-01", "facts": {}})
    language = {"Accept-Language": lang}
    streamed = read_ndjson(
        client.post(
            "/v1/batch/stream",
            content=f"{good}\n{bad}\n".encode(),
            headers={**NDJSON, **language},
        ).text
    )
    assert streamed[1]["error"]["detail"].startswith(line + "/facts/bad: ")
    batched = client.post(
        "/v1/batch", content=f"[{good}, {bad}]".encode(), headers={**JSON, **language}
    ).json()
    assert batched[1]["error"]["detail"].startswith(item + "/facts/bad: ")


def test_a_stream_line_over_the_limit_is_an_error_of_that_line_only(client):
    long_line = b'{"facts": {}, "x-pad": "' + b"a" * (5 * 1024 * 1024) + b'"}'
    response = client.post(
        "/v1/batch/stream",
        content=b'{"facts": {}}\n' + long_line + b'\n{"facts": {}}\n',
        headers=NDJSON,
    )
    answers = read_ndjson(response.text)
    assert [answer["line"] for answer in answers[:-1]] == [1, 2, 3]
    assert answers[1]["error"]["status"] == 413 and "result" in answers[2]


# --- rules, schemas, history ---------------------------------------------------------------------


def test_the_rule_sets_are_listed_and_shown_with_rules_settings_and_sources(client):
    listing = client.get("/v1/rulesets").json()
    ruleset = load_ruleset()
    assert (ruleset.version, ruleset.sha256) == (
        listing["in_force"]["version"],
        listing["in_force"]["sha256"],
    )
    detail = client.get(
        next(version for version in listing["versions"] if version["version"] == ruleset.version)[
            "href"
        ]
    ).json()
    rule = detail["rules"][0]
    assert {"id", "when", "sets", "because", "source", "quote"} <= set(rule)
    assert rule["source"]["citation"].startswith(ruleset.document)
    assert {setting["name"] for setting in detail["settings"]} == set(ruleset.settings)
    assert {fact["id"] for fact in detail["facts"]} == set(ruleset.facts)
    problem(client.get("/v1/rulesets/1999.9"), 404)


def test_the_schemas_are_the_librarys(client):
    assert dossier_schema(load_ruleset()) == client.get("/v1/schemas/dossier").json()
    result_schema = client.get("/v1/schemas/result").json()
    jsonschema.validate(
        client.post("/v1/evaluate", content=example(SEVESO), headers=JSON).json(), result_schema
    )


def test_the_history_of_a_dossier_lists_its_decisions_in_order(server, keys):
    auditor = httpx.Client(base_url=server.url, headers=bearer(keys["auditor"]), timeout=30)
    dossier = b'{"id": "OD-HISTORY-1", "facts": {"subsidie": true}}'
    made = [
        auditor.post("/v1/evaluate", content=dossier, headers=JSON).headers["gevoelig-decision-id"]
        for _ in range(3)
    ]
    history = auditor.get("/v1/decisions", params={"dossierId": "OD-HISTORY-1"}).json()
    assert made == [decision["decision_id"] for decision in history["decisions"]]
    first = history["decisions"][0]
    assert (first["requested_by"], first["result"]["classification"], first["input"]) == (
        "auditor",
        "attention",
        {"id": "OD-HISTORY-1", "facts": {"subsidie": True}},
    )
    page = auditor.get("/v1/decisions", params={"dossierId": "OD-HISTORY-1", "limit": 2}).json()
    rest = auditor.get(
        "/v1/decisions", params={"dossierId": "OD-HISTORY-1", "after": page["next_after"]}
    ).json()
    assert made == [decision["decision_id"] for decision in page["decisions"] + rest["decisions"]]
    assert made[1] == auditor.get(f"/v1/decisions/{made[1]}").json()["decision_id"]


# --- access --------------------------------------------------------------------------------------


def test_without_a_key_nothing_is_evaluated(server):
    body = problem(
        httpx.post(server.url + "/v1/evaluate", content=b'{"facts": {}}', headers=JSON), 401
    )
    assert "Bearer" in body["detail"]


def test_a_wrong_key_is_refused(server):
    response = httpx.post(
        server.url + "/v1/evaluate",
        content=b'{"facts": {}}',
        headers={**JSON, **bearer("gvl_not-a-key")},
    )
    problem(response, 401)
    assert 'error="invalid_token"' in response.headers["www-authenticate"]


def test_a_key_without_the_history_right_cannot_read_the_history(client):
    body = problem(client.get("/v1/decisions", params={"dossierId": "OD-HISTORY-1"}), 403)
    assert "history" in body["detail"]


def test_health_readiness_and_metrics_need_no_key(server, client):
    client.post("/v1/evaluate", content=b'{"facts": {"nope": 1}}', headers=JSON)
    assert httpx.get(server.url + "/healthz").json() == {"status": "ok"}
    assert httpx.get(server.url + "/readyz").json()["checks"] == {
        "rules": "ok",
        "decision_log": "ok",
    }
    metrics = httpx.get(server.url + "/metrics").text
    for series in (
        'gevoelig_http_requests_total{method="POST",route="/v1/evaluate",status="200"}',
        "gevoelig_http_request_duration_seconds_bucket",
        'gevoelig_evaluations_total{classification="highly_sensitive",escalation="director"}',
        'gevoelig_errors_total{kind="invalid-dossier"}',
        "gevoelig_decision_log_entries_total",
    ):
        assert series in metrics


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.1", "example.org"])
def test_serving_beyond_loopback_without_keys_is_refused(host):
    from click.testing import CliRunner

    from gevoeligheid._cli import cli

    outcome = CliRunner().invoke(
        cli,
        ["serve", "--host", host, "--no-log"],
        env={"GEVOELIG_API_KEYS": "", "GEVOELIG_API_KEYS_FILE": ""},
    )
    assert outcome.exit_code == 2
    assert f"Fout: de dienst luistert niet op {host} zonder API-sleutels" in outcome.output
    english = CliRunner().invoke(
        cli,
        ["serve", "--host", host, "--no-log", "--lang", "en"],
        env={"GEVOELIG_API_KEYS": "", "GEVOELIG_API_KEYS_FILE": ""},
    )
    assert (
        english.exit_code == 2
        and f"Error: refusing to serve on {host} without API keys" in english.output
    )


def test_a_key_file_with_a_plain_token_is_refused(tmp_path):
    from click.testing import CliRunner

    from gevoeligheid._cli import cli

    (tmp_path / "keys.txt").write_text("caseworker evaluate gvl_plaintoken\n")
    outcome = CliRunner().invoke(cli, ["serve", "--keys", str(tmp_path / "keys.txt"), "--no-log"])
    assert outcome.exit_code == 2 and "only their hashes" in outcome.output


def test_a_new_key_is_printed_once_and_stored_only_as_its_hash():
    from click.testing import CliRunner

    from gevoeligheid._cli import cli
    from gevoeligheid._service.keys import KeyRing, parse_keys

    outcome = CliRunner().invoke(
        cli, ["serve", "--new-key", "zaaksysteem", "--rights", "evaluate,history"]
    )
    line = outcome.stdout.strip()
    token = outcome.stderr.rsplit(" ", 1)[-1].strip()
    assert line.startswith("zaaksysteem evaluate,history sha256:") and token not in line
    assert KeyRing(parse_keys(line, "test")).find(token).name == "zaaksysteem"


@pytest.mark.parametrize(
    "lang, detail",
    [
        ("nl", "regels in orde, beslissingenlog mislukt"),
        ("en", "rules ok, decision log failed"),
    ],
)
def test_readiness_says_how_each_part_is_in_the_answers_language(lang, detail):
    from gevoeligheid._service.app import _ReadyChecks

    assert _ReadyChecks({"rules": "ok", "decision_log": "failed"}).render(lang) == detail
    assert (
        _ReadyChecks({"rules": "failed: OSError", "decision_log": "off"}).render(lang)
        == {
            "nl": "regels mislukt, beslissingenlog uit",
            "en": "rules failed, decision log off",
        }[lang]
    )
