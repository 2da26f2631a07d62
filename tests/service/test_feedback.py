"""The human decision on the advice: through the API, the command line and the
export, append-only."""

from __future__ import annotations

import datetime
import json

import httpx
import pytest
from click.testing import CliRunner

from gevoeligheid._cli import cli
from gevoeligheid._decisionlog import feedback
from gevoeligheid._decisionlog.store import open_log
from gevoeligheid._errors import DossierError
from gevoeligheid._service.keys import new_key

from .conftest import Server, bearer

JSON = {"Content-Type": "application/json"}
DOSSIER = (
    b'{"id": "OD-FEEDBACK-1", "peildatum": "2026-12-01", "facts": {"media_aandacht": "regionaal"}}'
)
TODAY = datetime.date(2026, 12, 10)
DECISION = {"decision_id": "d-1", "dossier_id": "OD-1"}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    """A service with three keys: one that evaluates, one that also gives
    feedback, one that reads."""
    folder = tmp_path_factory.mktemp("feedback")
    tokens, lines = {}, []
    for name, rights in (
        ("zaaksysteem", ["evaluate"]),
        ("teamleider", ["evaluate", "feedback"]),
        ("auditor", ["history"]),
    ):
        tokens[name], line = new_key(name, rights)
        lines.append(line)
    (folder / "keys.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    running = Server(
        ["--keys", str(folder / "keys.txt"), "--log", str(folder / "log.sqlite3")], folder
    )
    yield running, tokens, folder / "log.sqlite3"
    running.stop()


def test_feedback_round_trips_through_the_api_the_command_line_and_the_export(service):
    running, tokens, log_path = service
    lead = httpx.Client(base_url=running.url, headers=bearer(tokens["teamleider"]), timeout=30)
    decision = lead.post("/v1/evaluate", content=DOSSIER, headers=JSON).headers[
        "gevoelig-decision-id"
    ]
    given = {
        "verdict": "overridden",
        "escalation": "director",
        "role": "manager",
        "reason": "raadsvragen aangekondigd",
        "informed": [{"role": "portefeuillehouder", "datum": "2026-12-02"}],
    }
    answer = lead.post(f"/v1/decisions/{decision}/feedback", json=given)
    assert (201, "teamleider", "director") == (
        answer.status_code,
        answer.json()["given_by"],
        answer.json()["escalation"],
    ), answer.text
    runner = CliRunner(env={"GEVOELIG_DEBUG": None})
    done = runner.invoke(
        cli,
        [
            "log",
            "feedback",
            decision,
            "--verdict",
            "accepted",
            "--role",
            "directie",
            "--informed",
            "ambtelijk_opdrachtgever=2026-12-03",
            "--log",
            str(log_path),
        ],
    )
    assert done.exit_code == 0, done.output
    listed = [
        json.loads(line)
        for line in runner.invoke(
            cli, ["log", "feedback", decision, "--log", str(log_path)]
        ).stdout.splitlines()
    ]
    assert [("overridden", "manager"), ("accepted", "directie")] == [
        (item["verdict"], item["role"]) for item in listed
    ]
    auditor = httpx.Client(base_url=running.url, headers=bearer(tokens["auditor"]), timeout=30)
    assert listed == auditor.get(f"/v1/decisions/{decision}/feedback").json()["feedback"]
    exported = [
        json.loads(line)
        for line in runner.invoke(
            cli, ["log", "export", "--dossier", "OD-FEEDBACK-1", "--log", str(log_path)]
        ).stdout.splitlines()
    ]
    assert listed == exported[-1]["feedback"]
    assert [{"role": "portefeuillehouder", "datum": "2026-12-02"}] == exported[-1]["feedback"][0][
        "informed"
    ]
    from gevoeligheid._decisionlog.rulesets import store_for

    assert [exported[-1]["ruleset_sha256"]] == [
        row["sha256"] for row in store_for(open_log(str(log_path))).kept()
    ]  # the service kept its rules


def test_feedback_needs_its_own_right_and_a_decision_that_exists(service):
    running, tokens, _ = service
    caseworker = httpx.Client(
        base_url=running.url, headers=bearer(tokens["zaaksysteem"]), timeout=30
    )
    decision = caseworker.post("/v1/evaluate", content=DOSSIER, headers=JSON).headers[
        "gevoelig-decision-id"
    ]
    assert (
        403
        == caseworker.post(
            f"/v1/decisions/{decision}/feedback", json={"verdict": "accepted", "role": "manager"}
        ).status_code
    )
    lead = httpx.Client(base_url=running.url, headers=bearer(tokens["teamleider"]), timeout=30)
    assert (
        404
        == lead.post(
            "/v1/decisions/no-such-decision/feedback",
            json={"verdict": "accepted", "role": "manager"},
        ).status_code
    )


def test_an_unknown_query_parameter_on_feedback_is_a_400_naming_it(service):
    """As on every other endpoint of /v1: a misspelt parameter is named, never ignored."""
    running, tokens, _ = service
    lead = httpx.Client(base_url=running.url, headers=bearer(tokens["teamleider"]), timeout=30)
    decision = lead.post("/v1/evaluate", content=DOSSIER, headers=JSON).headers[
        "gevoelig-decision-id"
    ]
    auditor = httpx.Client(base_url=running.url, headers=bearer(tokens["auditor"]), timeout=30)
    for answer in (
        lead.post(
            f"/v1/decisions/{decision}/feedback?dry_run=1",
            json={"verdict": "accepted", "role": "manager"},
        ),
        auditor.get(f"/v1/decisions/{decision}/feedback?limit=1"),
    ):
        assert (400, "application/problem+json") == (
            answer.status_code,
            answer.headers["content-type"],
        ), answer.text
        assert "unknown-parameter" == answer.json()["invalidParams"][0]["code"]
    assert [] == auditor.get(f"/v1/decisions/{decision}/feedback").json()["feedback"]


@pytest.mark.parametrize(
    "body, pointer",
    [
        ({"verdict": "overridden", "role": "manager", "reason": "x"}, ""),  # no level chosen
        ({"verdict": "overridden", "role": "manager", "escalation": "board"}, "/reason"),
        ({"verdict": "accepted", "role": "manager", "escalation": "board"}, "/verdict"),
        ({"verdict": "acepted", "role": "manager"}, "/verdict"),
        ({"verdict": "accepted", "role": "wethouder"}, "/role"),
        (
            {
                "verdict": "accepted",
                "role": "manager",
                "informed": [{"role": "portefeuillehouder", "datum": "2099-01-01"}],
            },
            "/informed/0/datum",
        ),
        (
            {
                "verdict": "accepted",
                "role": "manager",
                "informed": [{"role": "portefeuillehouder", "datum": "2026-02-30"}],
            },
            "/informed/0/datum",
        ),
        ({"verdict": "accepted", "role": "manager", "when": "now"}, "/when"),
    ],
)
def test_bad_feedback_is_refused_with_the_place_and_what_to_do(service, body, pointer):
    running, tokens, _ = service
    lead = httpx.Client(base_url=running.url, headers=bearer(tokens["teamleider"]), timeout=30)
    decision = lead.post("/v1/evaluate", content=DOSSIER, headers=JSON).headers[
        "gevoelig-decision-id"
    ]
    answer = lead.post(
        f"/v1/decisions/{decision}/feedback", json=body, headers={"Accept-Language": "en"}
    )
    assert (400, pointer) == (answer.status_code, answer.json()["pointer"]), answer.text


@pytest.mark.parametrize(
    "raw, pointer, code",
    [
        # Read by plain json.loads, the second verdict won: "accepted" was stored.
        (
            b'{"verdict": "overridden", "role": "manager", "verdict": "accepted"}',
            "/verdict",
            "duplicate-key",
        ),
        (b'{"verdict": "accepted", "role": "manager", "x": NaN}', "/x", "invalid-number"),
    ],
)
def test_feedback_text_is_read_as_strictly_as_a_dossier(service, raw, pointer, code):
    running, tokens, _ = service
    lead = httpx.Client(base_url=running.url, headers=bearer(tokens["teamleider"]), timeout=30)
    decision = lead.post("/v1/evaluate", content=DOSSIER, headers=JSON).headers[
        "gevoelig-decision-id"
    ]
    answer = lead.post(f"/v1/decisions/{decision}/feedback", content=raw, headers=JSON)
    problem = answer.json()
    assert (400, pointer) == (answer.status_code, problem["pointer"]), answer.text
    assert [code] == [each["code"] for each in problem["invalidParams"]]


@pytest.mark.parametrize("key, pointer", [("a/b", "/a~1b"), ("m~n", "/m~0n")])
def test_an_unknown_feedback_key_is_named_by_a_true_json_pointer(key, pointer):
    with pytest.raises(DossierError) as raised:
        feedback.parse_feedback(
            {"verdict": "accepted", "role": "manager", key: 1}, DECISION, given_by="t", today=TODAY
        )
    assert raised.value.pointer == pointer


def test_feedback_is_append_only(log_url):
    log = open_log(log_url)
    feedback.add(
        log,
        feedback.parse_feedback(
            {"verdict": "accepted", "role": "manager"}, DECISION, given_by="t", today=TODAY
        ),
    )
    connection = log._connection()
    for statement in (
        "UPDATE gevoelig_feedback SET verdict = 'overridden'",
        "DELETE FROM gevoelig_feedback",
    ):
        with pytest.raises(Exception, match="append-only"):
            connection.execute(statement)


def test_bad_feedback_on_the_command_line_is_one_dutch_line(tmp_path):
    runner = CliRunner(env={"GEVOELIG_DEBUG": None})
    log_path = tmp_path / "log.sqlite3"
    dossier = tmp_path / "d.json"
    dossier.write_bytes(DOSSIER)
    assert (
        runner.invoke(cli, ["check", "--log", str(log_path), "-f", "json", str(dossier)]).exit_code
        == 0
    )
    decision = next(iter(open_log(str(log_path)).entries()))["decision_id"]
    done = runner.invoke(
        cli,
        [
            "log",
            "feedback",
            decision,
            "--verdict",
            "overridden",
            "--role",
            "manager",
            "--escalation",
            "board",
            "--log",
            str(log_path),
        ],
    )
    assert (
        2,
        "gevoelig: fout: feedback: /reason: een afwijking zegt waarom. Geef de reden in een zin\n",
    ) == (done.exit_code, done.stderr)


def test_an_override_without_a_level_says_so_in_both_languages():
    with pytest.raises(DossierError) as refused:
        feedback.parse_feedback(
            {"verdict": "overridden", "role": "manager", "reason": "x"},
            DECISION,
            given_by=None,
            today=TODAY,
        )
    assert "names the level chosen instead" in refused.value.show(
        "en"
    ) and "noemt het gekozen niveau" in refused.value.show("nl")
