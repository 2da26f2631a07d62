"""One answer, whichever door, on any day: check, evaluate(), POST /v1/evaluate (with and without
?peildatum=), /v1/batch and /v1/batch/stream give the same bytes for a dossier, decided by the
version in force on its day; the log's decisions replay as `same`, also on a later day after a new
version came into force; bad query parameters and every fault of a dossier are problem documents."""

from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import sys

import httpx
import pytest
from click.testing import CliRunner

from gevoeligheid import DossierError, evaluate, load_ruleset
from gevoeligheid._cli import cli
from gevoeligheid._decisionlog.entry import result_text
from gevoeligheid._render import to_json
from gevoeligheid._rules import default_rules_dir
from gevoeligheid._service.app import create_app
from gevoeligheid._service.settings import Settings

from ..conftest import ROOT
from ..test_versions import make_version
from .conftest import EXAMPLES, Server, read_ndjson
from .test_design_rules import in_process

JSON = {"Content-Type": "application/json"}
NDJSON = {"Content-Type": "application/x-ndjson"}
NAMES = sorted(path.stem for path in EXAMPLES.glob("*.json"))
#: Before 2026.2 (2026-12-01), its first day, and years after it; None: the example's own peildatum.
DAYS = ["2026-11-30", "2026-12-01", "2031-06-01", None]


def gevoelig(
    *args: str, env: dict[str, str] | None = None, faketime: str | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "gevoeligheid", *args]
    if faketime is not None:
        command = ["faketime", "-f", faketime, *command]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    """A service of its own (default rules, no keys on loopback) with a decision log of its own."""
    folder = tmp_path_factory.mktemp("one-answer")
    running = Server(["--log", str(folder / "decisions.sqlite3")], folder)
    running.log_path = folder / "decisions.sqlite3"  # type: ignore[attr-defined]
    yield running
    running.stop()


def dossier(name: str, day: str | None) -> dict:
    data = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    if day is not None:
        data["peildatum"] = day
    return data


def evaluable(data: dict) -> bool:
    """Whether the version of the dossier's day takes it (an example may use a fact that 2026.1
    does not have: then every door gives the same error)."""
    try:
        evaluate(data)
    except DossierError:
        return False
    return True


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("name", NAMES)
def test_every_door_gives_the_same_bytes_but_the_decision_id(service, tmp_path, name, day):
    data = dossier(name, day)
    body = json.dumps(data).encode()
    # An explicit ?peildatum= beats the dossier's own: give the dossier another day.
    other = json.dumps({**data, "peildatum": "2026-02-05"}).encode()
    path = tmp_path / "dossier.json"
    path.write_bytes(body)
    with httpx.Client(base_url=service.url, timeout=30) as client:
        own = client.post("/v1/evaluate", content=body, headers=JSON)
        explicit = client.post(
            f"/v1/evaluate?peildatum={data['peildatum']}", content=other, headers=JSON
        )
        batch = client.post("/v1/batch", content=b"[" + body + b"]", headers=JSON)
        stream = client.post("/v1/batch/stream", content=body + b"\n", headers=NDJSON)
    checked = CliRunner().invoke(cli, ["check", "-f", "json", str(path)])
    [item] = batch.json()
    line = stream.text.split("\n")[0]
    if not evaluable(data):
        with pytest.raises(DossierError) as caught:
            evaluate(data)
        pointers = [error.pointer for error in caught.value.errors]
        for answer in (own.json(), explicit.json(), item["error"], read_ndjson(line)[0]["error"]):
            assert (400, pointers) == (
                answer["status"],
                [param["name"] for param in answer["invalidParams"]],
            )
        assert 2 == checked.exit_code
        assert (
            f"gevoelig: fout: {caught.value.lines('nl')[0].replace('<dossier>', str(path), 1)}"
            == checked.stderr.splitlines()[0]
        )
        return
    library = result_text(evaluate(data))
    assert (
        json.loads(library)["ruleset"]["version"]
        == load_ruleset(peildatum=data["peildatum"]).version
    )
    assert (200, 200, 200, 200) == (
        own.status_code,
        explicit.status_code,
        batch.status_code,
        stream.status_code,
    ), own.text + explicit.text
    assert library == own.text
    assert library == explicit.text
    assert f'"decision_id":"{item["decision_id"]}","result":{library}}}' in batch.text
    assert line.endswith(f',"result":{library}}}') and read_ndjson(line)[0]["line"] == 1
    assert 0 == checked.exit_code, checked.output
    assert (
        to_json(evaluate(data)) + "\n" == checked.stdout
    )  # the same result, indented as check writes it
    assert json.loads(library) == json.loads(checked.stdout)


#: How many (example, day) pairs the version of their day takes.
DECIDED = sum(evaluable(dossier(name, day)) for name in NAMES for day in DAYS)


def test_the_command_lines_log_replays_as_the_same_bytes(tmp_path):
    """check --log over every example, on every day: each decision replays as `same`."""
    log = f"sqlite:///{tmp_path}/decisions.sqlite3"
    for day in DAYS:
        options = ["--peildatum", day] if day else []
        done = CliRunner().invoke(
            cli, ["check", "-f", "jsonl", "--log", log, *options, str(EXAMPLES)]
        )
        assert done.exit_code in (0, 2), done.output  # 2: an example that 2026.1 does not take
    replayed = CliRunner().invoke(cli, ["log", "replay", "--all", "--log", log])
    assert 0 == replayed.exit_code, replayed.output
    assert DECIDED == replayed.stdout.count("  same  ")


def test_the_services_log_replays_as_the_same_bytes(service):
    """Every decision of the service (one, batch and stream; each example on each day, by its own
    peildatum and by ?peildatum=) replays as `same`."""
    with httpx.Client(base_url=service.url, timeout=60) as client:
        for day in DAYS:
            dossiers = [dossier(name, day) for name in NAMES if evaluable(dossier(name, day))]
            query = f"?peildatum={day}" if day else ""
            body = json.dumps(
                [{**data, "peildatum": "2026-02-05"} if day else data for data in dossiers]
            ).encode()
            assert 200 == client.post(f"/v1/batch{query}", content=body, headers=JSON).status_code
            assert (
                200
                == client.post(
                    "/v1/batch/stream",
                    content=b"\n".join(json.dumps(data).encode() for data in dossiers) + b"\n",
                    headers=NDJSON,
                ).status_code
            )
            assert (
                200
                == client.post(
                    f"/v1/evaluate{query}", content=json.dumps(dossiers[0]).encode(), headers=JSON
                ).status_code
            )
    replayed = gevoelig("log", "replay", "--all", "--log", str(service.log_path))
    assert 0 == replayed.returncode, replayed.stdout + replayed.stderr
    assert "different" not in replayed.stdout and "ruleset_changed" not in replayed.stdout
    assert replayed.stdout.count("  same  ") >= DECIDED * 2 + len(DAYS)


# --- query parameters -----------------------------------------------------------------------------


def problem(response: httpx.Response, status: int) -> dict:
    assert status == response.status_code, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return response.json()


@pytest.mark.parametrize(
    "path, method",
    [
        ("/v1/evaluate", "post"),
        ("/v1/batch", "post"),
        ("/v1/batch/stream", "post"),
        ("/v1/rulesets", "get"),
        ("/v1/schemas/dossier", "get"),
        ("/v1/rulesets/2026.2", "get"),
    ],
)
def test_an_unknown_query_parameter_is_a_400_naming_it(service, path, method):
    with httpx.Client(base_url=service.url, timeout=30) as client:
        response = client.request(
            method.upper(),
            f"{path}?peildatun=2026-11-30",
            content=b"[]" if path == "/v1/batch" else b"{}",
            headers={**(NDJSON if path.endswith("stream") else JSON), "Accept-Language": "en"},
        )
    body = problem(response, 400)
    assert [{"name": "peildatun", "code": "unknown-parameter"}] == [
        {key: item[key] for key in ("name", "code")} for item in body["invalidParams"]
    ]
    assert "peildatun" in body["detail"] and "peildatun" in body["invalidParams"][0]["reason"]


@pytest.mark.parametrize(
    "value, code",
    [
        ("2026-13-01", "invalid-date"),
        ("1-12-2026", "invalid-date"),
        ("2026-12-01T00:00", "invalid-date"),
        ("", "invalid-date"),
        ("2026-02-04", "no-rules-in-force"),
    ],
)
def test_a_malformed_peildatum_or_one_without_rules_is_a_400_naming_it(service, value, code):
    # A connection each: a kept-alive connection may be closed by the service's
    # idle bound meanwhile.
    response = httpx.post(
        f"{service.url}/v1/evaluate?peildatum={value}",
        content=b'{"facts": {}}',
        headers=JSON,
        timeout=30,
    )
    listing = httpx.get(f"{service.url}/v1/rulesets?peildatum={value}", timeout=30)
    for body in (problem(response, 400), problem(listing, 400)):
        assert ["peildatum"] == [item["name"] for item in body["invalidParams"]]
        assert code == body["invalidParams"][0]["code"]


def test_a_dossier_whose_own_day_has_no_rules_is_a_400_naming_its_peildatum(service):
    response = httpx.post(
        f"{service.url}/v1/evaluate",
        content=b'{"facts": {}, "peildatum": "2026-01-01"}',
        headers={**JSON, "Accept-Language": "en"},
    )
    body = problem(response, 400)
    assert [{"name": "/peildatum", "code": "no-rules-in-force"}] == [
        {key: item[key] for key in ("name", "code")} for item in body["invalidParams"]
    ]
    assert "no version of this rule set is in force on 2026-01-01" in body["detail"]


def test_a_day_without_rules_names_the_day_and_no_folder_or_file_of_the_server(service):
    """The 400 for a day without rules in force named the rule set's folder on the server (its
    install path) and an overlay's file: now the place it names is the parameter, as in
    `invalidParams`."""
    folder = str(default_rules_dir())
    asked = httpx.post(
        f"{service.url}/v1/evaluate?peildatum=2026-01-01", content=b'{"facts": {}}', headers=JSON
    )
    own = httpx.post(
        f"{service.url}/v1/evaluate",
        content=b'{"facts": {}, "peildatum": "2026-01-01"}',
        headers={**JSON, "Accept-Language": "en"},
    )
    listing = httpx.get(f"{service.url}/v1/rulesets?peildatum=2026-01-01")
    batch = httpx.post(
        f"{service.url}/v1/batch",
        content=b'[{"facts": {}, "peildatum": "2026-01-01"}]',
        headers=JSON,
    ).json()[0]["error"]
    for body, name in (
        (problem(asked, 400), "peildatum"),
        (problem(own, 400), "/peildatum"),
        (problem(listing, 400), "peildatum"),
        (batch, "/peildatum"),
    ):
        assert folder not in json.dumps(body, ensure_ascii=False)
        assert body["detail"].startswith(f"{name}: "), body["detail"]
        assert "2026-01-01" in body["detail"] and "2026-02-05" in body["detail"]
        assert "--peildatum" not in body["detail"]  # no option of the command line to choose
    overlay = str(ROOT / "examples" / "overlays" / "regio-noord.yaml")
    with in_process(create_app(Settings(log_url=None, overlays=(overlay,)))) as session:
        early = session.post("/v1/evaluate?peildatum=2026-06-30", json={"facts": {}})
    assert (400, False) == (early.status_code, overlay in early.text), early.text
    assert early.json()["detail"].startswith("peildatum: "), early.text
    # a client has no --peildatum option and cannot leave the tenant's overlay out
    assert early.json()["detail"].endswith(". Kies een latere peildatum"), early.text


def test_a_parameter_given_twice_is_refused(service):
    response = httpx.post(
        f"{service.url}/v1/evaluate?peildatum=2026-11-30&peildatum=2026-12-01",
        content=b'{"facts": {}}',
        headers=JSON,
    )
    assert "repeated-parameter" == problem(response, 400)["invalidParams"][0]["code"]


def test_the_rulesets_name_the_version_in_force_on_the_day_asked(service):
    before = httpx.get(f"{service.url}/v1/rulesets?peildatum=2026-11-30").json()
    assert ("2026.1", "2026-11-30") == (before["in_force"]["version"], before["peildatum"])
    assert ["2026.1"] == [
        version["version"] for version in before["versions"] if version["in_force"]
    ]
    schema = httpx.get(f"{service.url}/v1/schemas/dossier?peildatum=2026-11-30").json()
    assert set(load_ruleset(peildatum="2026-11-30").facts) == set(
        schema["properties"]["facts"]["properties"]
    )


# --- every fault of a dossier at once -------------------------------------------------------------

THREE_FAULTS = {
    "facts": {"media_aandacht": "nationaal", "subsidy": True},
    "events": [{"type": "klacht", "datum": "2026-02-30"}],
}
POINTERS = ["/facts/media_aandacht", "/facts/subsidy", "/events/0/datum"]


def test_a_dossier_with_three_faults_is_one_problem_listing_all_three(service):
    with httpx.Client(base_url=service.url, timeout=30) as client:
        dutch = problem(
            client.post("/v1/evaluate", content=json.dumps(THREE_FAULTS).encode(), headers=JSON),
            400,
        )
        english = problem(
            client.post(
                "/v1/evaluate",
                content=json.dumps(THREE_FAULTS).encode(),
                headers={**JSON, "Accept-Language": "en"},
            ),
            400,
        )
    assert "urn:gevoeligheid:problem:invalid-dossier" == dutch["type"]
    assert (
        POINTERS
        == [item["name"] for item in dutch["invalidParams"]]
        == [item["name"] for item in english["invalidParams"]]
    )
    assert ["invalid-value", "unknown-fact", "invalid-date"] == [
        item["code"] for item in english["invalidParams"]
    ]
    assert "onbekend feit 'subsidy'" in dutch["invalidParams"][1]["reason"]
    assert "unknown fact 'subsidy'" in english["invalidParams"][1]["reason"]
    assert ("/facts/media_aandacht", "/facts/media_aandacht") == (
        dutch["pointer"],
        english["pointer"],
    )  # the first's fields, as before


def test_a_batch_item_with_three_faults_lists_them_and_the_others_are_decided(service):
    items = httpx.post(
        f"{service.url}/v1/batch",
        content=json.dumps([{"facts": {}}, THREE_FAULTS]).encode(),
        headers=JSON,
    ).json()
    assert "result" in items[0]
    assert (400, POINTERS) == (
        items[1]["error"]["status"],
        [item["name"] for item in items[1]["error"]["invalidParams"]],
    )
    lines = read_ndjson(
        httpx.post(
            f"{service.url}/v1/batch/stream",
            content=json.dumps(THREE_FAULTS).encode() + b"\n",
            headers=NDJSON,
        ).text
    )
    assert POINTERS == [item["name"] for item in lines[0]["error"]["invalidParams"]]


# --- a later day, after a new version came into force ---------------------------------------------


@pytest.mark.slow
def test_service_cli_and_batch_decisions_replay_the_same_after_a_new_version_came_into_force(
    tmp_path,
):
    """Decided today by the version in force today; replayed a year later, when a version that is
    valid from tomorrow (and decides otherwise) is in force: every decision replays as `same`, as
    the log holds the day whose rules decided."""
    if shutil.which("faketime") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run this test: .ci/run installs Debian's faketime")
        pytest.skip("needs libfaketime (Debian's faketime), which .ci/run installs")
    today = datetime.date.today()
    root = tmp_path / "regels"
    make_version(root, "2026.1", "2026.1", datetime.date(2026, 2, 5))
    make_version(root, "2026.2", "2026.2", datetime.date(2026, 12, 1))
    make_version(root, "next", "2026.2", today + datetime.timedelta(days=1), threshold=3)
    log = tmp_path / "decisions.sqlite3"
    two_signals = {
        "id": "OD-1",
        "facts": {"subsidie": True, "afspraken_met_overheid": True},
    }  # no peildatum: today
    running = Server(["--ruleset", str(root), "--log", str(log)], tmp_path)
    try:
        with httpx.Client(base_url=running.url, timeout=30) as client:
            assert (
                "coordinator"
                == client.post(
                    "/v1/evaluate", content=json.dumps(two_signals).encode(), headers=JSON
                ).json()["escalation"]
            )
            assert (
                200
                == client.post(
                    "/v1/batch", content=json.dumps([two_signals]).encode(), headers=JSON
                ).status_code
            )
            assert (
                200
                == client.post(
                    "/v1/batch/stream",
                    content=json.dumps(two_signals).encode() + b"\n",
                    headers=NDJSON,
                ).status_code
            )
    finally:
        running.stop()
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(two_signals), encoding="utf-8")
    checked = gevoelig("check", "-f", "json", "--ruleset", str(root), "--log", str(log), str(path))
    assert 0 == checked.returncode, checked.stderr

    later = gevoelig("check", "-f", "json", "--ruleset", str(root), str(path), faketime="+400d")
    assert ("next", "none") == (
        json.loads(later.stdout)["ruleset"]["version"],
        json.loads(later.stdout)["escalation"],
    )  # the new version decides otherwise
    replayed = gevoelig("log", "replay", "--all", "--log", str(log), faketime="+400d")
    assert 0 == replayed.returncode, replayed.stdout + replayed.stderr
    assert 4 == replayed.stdout.count("  same  "), replayed.stdout
