"""The NL API Design Rules the service applies, each checked on the generated contract and on live
answers (the project's CI does not run the Design Rules' own linter; docs/api.md lists the rules
it leaves out and why)."""

from __future__ import annotations

import json
import re
import warnings

import httpx
import pytest

from gevoeligheid import __version__
from gevoeligheid._service import page
from gevoeligheid._service.app import create_app
from gevoeligheid._service.settings import Settings

from .conftest import bearer, example

JSON = {"Content-Type": "application/json"}
SEMVER = re.compile(
    r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?"
)
CAMEL = re.compile(r"[a-z][a-z\d]*([A-Z][a-z\d]*)*")
KEBAB_SEGMENT = re.compile(r"[a-z0-9-]+|\{[^}]+\}")
SECURITY = {
    "cache-control": "no-store",
    "strict-transport-security": "max-age=31536000",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


@pytest.fixture(scope="module")
def contract() -> dict:
    return create_app(Settings(log_url=None)).openapi()


def operations(contract: dict):
    for path, item in contract["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


# --- the contract ---------------------------------------------------------------------------------


def test_the_contract_is_openapi_3_with_a_semver_version(contract):
    """/core/doc-openapi, semver: OpenAPI 3 and info.version major.minor.patch."""
    assert re.fullmatch(r"3(\.\d+){1,2}", contract["openapi"])
    assert (
        SEMVER.fullmatch(contract["info"]["version"]) and __version__ == contract["info"]["version"]
    )


def test_every_response_documents_the_api_version_header(contract):
    """/core/version-header: every answer, the errors too, names the full version."""
    missing = [
        (path, method, status)
        for path, method, operation in operations(contract)
        for status, response in operation["responses"].items()
        if "API-Version" not in response.get("headers", {})
    ]
    assert missing == []


def test_the_servers_name_the_major_version_and_the_paths_are_relative_to_them(contract):
    """/core/uri-version: the major version in the URI (the servers), once."""
    assert [server["url"] for server in contract["servers"]] == ["/v1"]
    assert all(not path.startswith("/v1") for path in contract["paths"])


def test_the_contact_has_a_name_an_email_and_a_url(contract):
    """/core/doc-openapi-contact."""
    contact = contract["info"]["contact"]
    assert (
        all(contact.get(key) for key in ("name", "email", "url"))
        and "@" in contact["email"]
        and contact["url"].startswith("https://")
    )


def test_the_contact_is_the_deployments_when_it_names_one():
    spec = create_app(
        Settings(
            log_url=None,
            contact_name="Servicedesk Regio Noord",
            contact_email="servicedesk@noord.example",
            contact_url="https://noord.example/api",
        )
    ).openapi()
    assert {
        "name": "Servicedesk Regio Noord",
        "email": "servicedesk@noord.example",
        "url": "https://noord.example/api",
    } == spec["info"]["contact"]


def test_query_keys_are_lower_camel_case(contract):
    """/core/query-keys-camel-case."""
    keys = [
        parameter["name"]
        for _, _, operation in operations(contract)
        for parameter in operation.get("parameters", ())
        if parameter["in"] == "query"
    ]
    assert "dossierId" in keys
    assert [key for key in keys if not CAMEL.fullmatch(key)] == []


def test_paths_are_kebab_case_without_a_trailing_slash(contract):
    """/core/path-segments-kebab-case, /core/no-trailing-slash."""
    for path in contract["paths"]:
        assert not path.endswith("/")
        assert all(KEBAB_SEGMENT.fullmatch(segment) for segment in path.split("/")[1:]), path


def test_every_error_response_is_a_problem_document(contract):
    """/core/error-handling/problem-details: application/problem+json with status, title, detail."""
    problem = contract["components"]["schemas"]["Problem"]
    assert {"status", "title", "detail"} <= set(problem["required"])
    for path, method, operation in operations(contract):
        for status, response in operation["responses"].items():
            if status[0] in "45":
                assert list(response["content"]) == ["application/problem+json"], (
                    path,
                    method,
                    status,
                )
                assert response["content"]["application/problem+json"]["schema"] == {
                    "$ref": "#/components/schemas/Problem"
                }


def test_every_operation_with_input_can_answer_400(contract):
    """/core/error-handling/invalid-input: every POST, and every GET with parameters."""
    for path, method, operation in operations(contract):
        if method == "post" or operation.get("parameters"):
            assert "400" in operation["responses"], (path, method)


def test_only_standard_methods(contract):
    """/core/http-methods."""
    assert {method for _, method, _ in operations(contract)} <= {
        "get",
        "post",
        "put",
        "patch",
        "delete",
    }


# --- live answers ---------------------------------------------------------------------------------


def answers(server, client) -> dict[str, httpx.Response]:
    return {
        "evaluate": client.post(
            "/v1/evaluate", content=example("05-pig-farm-odour-complaint-wave.json"), headers=JSON
        ),
        "invalid dossier": client.post(
            "/v1/evaluate", content=b'{"facts": {"subsidy": true}}', headers=JSON
        ),
        "no json": client.post("/v1/evaluate", content=b"{", headers=JSON),
        "not found": client.get("/nowhere"),
        "method": client.delete("/v1/evaluate"),
        "no key": httpx.post(server.url + "/v1/evaluate", content=b"{}", headers=JSON),
        "contract": client.get("/v1/openapi.json"),
        "docs": client.get("/v1/docs"),
        "health": client.get("/healthz"),
        "metrics": client.get("/metrics"),
    }


def test_every_answer_carries_the_api_version_errors_too(server, client):
    found = {
        name: response.headers.get("api-version")
        for name, response in answers(server, client).items()
    }
    assert found == dict.fromkeys(found, __version__)


@pytest.mark.parametrize(
    ("request_bytes", "lang"),
    [
        (b"GARBAGE\r\n\r\n", "nl"),
        (b"GET /v1/rulesets HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", "nl"),
        (b"GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n", "nl"),
        (b"GET / HTTP/1.1\r\nAccept-Language: en\r\nContent-Length: -1\r\n\r\n", "en"),
    ],
    ids=["no-request-line", "bad-content-length", "control-in-path", "in-english"],
)
def test_a_request_that_is_not_http_gets_a_problem_with_the_api_version(
    server, request_bytes, lang
):
    """What the HTTP parser refuses, before the app, is answered as every other error is."""
    from .test_bounds import answer_of, connect

    sock = connect(server)
    sock.sendall(request_bytes)
    answer = answer_of(sock, 10)
    sock.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value for name, _, value in (h.partition(": ") for h in lines[1:])}
    assert lines[0] == "HTTP/1.1 400 Bad Request"
    assert (headers.get("api-version"), headers.get("content-type")) == (
        __version__,
        "application/problem+json",
    )
    assert {key: headers.get(key) for key in SECURITY} == SECURITY
    problem = json.loads(body)
    assert (problem["status"], problem["type"]) == (400, "urn:gevoeligheid:problem:bad-request")
    assert headers["content-language"] == lang


def test_every_answer_carries_the_security_headers(server, client):
    for name, response in answers(server, client).items():
        assert {key: response.headers.get(key) for key in SECURITY} == SECURITY, name
        policy = response.headers["content-security-policy"]
        # The docs page has its own strict policy (scripts and styles from the
        # service only, page.py);
        # anything else loads nothing. Neither may be framed.
        assert policy == (
            page.CSP if name == "docs" else "default-src 'none'; frame-ancestors 'none'"
        ), name


def test_cors_is_off_by_default(server, client):
    origin = {"Origin": "https://zaken.example.nl"}
    simple = client.get("/v1/rulesets", headers=origin)
    preflight = client.options(
        "/v1/evaluate", headers={**origin, "Access-Control-Request-Method": "POST"}
    )
    assert (simple.status_code, preflight.status_code) == (200, 405)
    assert not any(
        key.startswith("access-control-")
        for response in (simple, preflight)
        for key in response.headers
    )
    assert preflight.headers["content-type"] == "application/problem+json"


def in_process(app):
    """Starlette's in-process client (its warning about httpx's future is not this project's)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    return TestClient(app)


@pytest.fixture(scope="module")
def cors_client():
    with in_process(
        create_app(Settings(log_url=None, cors_origins=("https://zaken.example.nl",)))
    ) as session:
        yield session


def test_an_allowed_origin_may_read_the_answer_without_credentials(cors_client):
    response = cors_client.get("/v1/rulesets", headers={"Origin": "https://zaken.example.nl"})
    assert (
        response.status_code,
        response.headers["access-control-allow-origin"],
        response.headers["vary"],
    ) == (200, "https://zaken.example.nl", "Origin")
    assert "API-Version" in response.headers["access-control-expose-headers"]
    assert "access-control-allow-credentials" not in response.headers


def test_an_allowed_origins_preflight_is_answered_with_what_it_may_send(cors_client):
    response = cors_client.options(
        "/v1/evaluate",
        headers={
            "Origin": "https://zaken.example.nl",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )
    assert (response.status_code, response.headers["access-control-allow-origin"]) == (
        204,
        "https://zaken.example.nl",
    )
    assert {"Authorization", "Content-Type"} <= {
        name.strip() for name in response.headers["access-control-allow-headers"].split(",")
    }
    assert (response.headers["api-version"], response.headers["x-content-type-options"]) == (
        __version__,
        "nosniff",
    )
    assert "access-control-allow-credentials" not in response.headers


@pytest.mark.parametrize(
    "origin",
    [
        "https://evil.example",
        "https://zaken.example.nl.evil.example",
        "null",
        "https://ZAKEN.example.nl",
    ],
)
def test_another_origin_gets_no_cors_headers(cors_client, origin):
    simple = cors_client.get("/v1/rulesets", headers={"Origin": origin})
    preflight = cors_client.options(
        "/v1/evaluate", headers={"Origin": origin, "Access-Control-Request-Method": "POST"}
    )
    assert (simple.status_code, preflight.status_code) == (200, 405)
    assert (
        "access-control-allow-origin" not in simple.headers
        and "access-control-allow-origin" not in preflight.headers
    )


@pytest.mark.parametrize(
    "origin",
    [
        "https://zaken.example.nl/",
        "https://zaken.example.nl/path",
        "zaken.example.nl",
        "https://Zaken.example.nl",
        "ftp://zaken.example.nl",
        "https://*.example.nl",
        "",
    ],
)
def test_the_settings_take_only_exact_origins(origin):
    from gevoeligheid._service.headers import OriginError, check_origin

    with pytest.raises(OriginError, match="origin"):
        check_origin(origin)


def test_serve_refuses_an_origin_with_a_path_in_both_languages():
    from click.testing import CliRunner

    from gevoeligheid._cli import cli

    dutch = CliRunner().invoke(
        cli, ["serve", "--no-log", "--cors-origin", "https://zaken.example.nl/api"]
    )
    english = CliRunner().invoke(
        cli, ["serve", "--lang", "en", "--no-log", "--cors-origin", "https://zaken.example.nl/api"]
    )
    assert (dutch.exit_code, english.exit_code) == (2, 2)
    assert "is geen origin" in dutch.output and "is not an origin" in english.output


def test_the_camel_case_query_key_and_its_deprecated_alias_read_the_same_history(server, keys):
    with httpx.Client(base_url=server.url, headers=bearer(keys["auditor"]), timeout=30) as auditor:
        dossier = json.dumps(
            {
                **json.loads(example("05-pig-farm-odour-complaint-wave.json")),
                "id": "ALIAS-OD-2026-0412",
            }
        )
        assert auditor.post("/v1/evaluate", content=dossier, headers=JSON).status_code == 200
        new = auditor.get("/v1/decisions", params={"dossierId": "ALIAS-OD-2026-0412"}).json()
        old = auditor.get("/v1/decisions", params={"dossier_id": "ALIAS-OD-2026-0412"}).json()
        both = auditor.get(
            "/v1/decisions", params={"dossierId": "ALIAS-OD-2026-0412", "dossier_id": "other"}
        )
    assert len(new["decisions"]) == 1 and new == old
    assert (both.status_code, both.json()["expected"]) == (400, "dossierId")


def test_a_path_value_that_cannot_name_anything_is_400(server, keys):
    with httpx.Client(base_url=server.url, headers=bearer(keys["auditor"]), timeout=30) as auditor:
        version = auditor.get("/v1/rulesets/2026.1%20or%201=1")
        decision = auditor.get("/v1/decisions/not-a-uuid")
        unknown = auditor.get("/v1/decisions/00000000-0000-4000-8000-000000000000")
    assert (version.status_code, decision.status_code, unknown.status_code) == (400, 400, 404)
    assert (
        version.headers["content-type"] == "application/problem+json"
        and "or 1=1" not in version.text
    )
