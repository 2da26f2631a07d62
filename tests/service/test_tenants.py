"""Many regions, one service: two tenants with different overlays get different answers from one
process and cannot read each other's decisions (in PostgreSQL held by row-level security too), and
the rules reload without a restart, validated before the swap, failing no request under load."""

from __future__ import annotations

import json
import shutil
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest

from gevoeligheid._service.keys import new_key
from gevoeligheid._service.tenants import TenantFileError, load_tenants

from .conftest import EXAMPLES, Server, bearer, example

JSON = {"Content-Type": "application/json"}
#: Under the default rules the manager; under regio-noord's overlay the coordinator.
WORK_AGREEMENTS = "11-work-agreements-minor-signal.json"
NOORD = EXAMPLES / "overlays" / "regio-noord.yaml"


def setup_folder(folder: Path) -> dict[str, str]:
    """A tenants file (regio-noord with its overlay, regio-zuid without) and a key file with a key
    for each tenant and an admin key; the tokens by name, and the two files."""
    shutil.copy(NOORD, folder / "regio-noord.yaml")
    (folder / "tenants.yaml").write_text(
        "tenants:\n  regio-noord:\n    overlays: [regio-noord.yaml]\n  regio-zuid: {}\n",
        encoding="utf-8",
    )
    tokens, lines = {}, []
    for name, rights, tenant in (
        ("noord", ["evaluate", "history", "feedback"], "regio-noord"),
        ("zuid", ["evaluate", "history", "feedback"], "regio-zuid"),
        ("beheer", ["admin"], None),
    ):
        token, line = new_key(name, rights)
        tokens[name] = token
        lines.append(line + (f" tenant={tenant}" if tenant else ""))
    (folder / "keys.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {**tokens, "tenants": str(folder / "tenants.yaml"), "keys": str(folder / "keys.txt")}


def start(folder: Path, files: dict[str, str], log: str) -> Server:
    return Server(["--keys", files["keys"], "--tenants", files["tenants"], "--log", log], folder)


def decide(
    server: Server, token: str, name: str = WORK_AGREEMENTS, dossier_id: str | None = None
) -> httpx.Response:
    body = json.loads(example(name))
    if dossier_id:
        body["id"] = dossier_id
    return httpx.post(server.url + "/v1/evaluate", json=body, headers=bearer(token), timeout=30)


# --- the tenants file -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tenants: []\n", "expected `tenants:`"),
        ("other: {}\n", "expected `tenants:`"),
        ("tenants:\n  Regio Noord: {}\n", "a name is lower-case"),
        ("tenants:\n  regio-noord: {overlay: [x.yaml]}\n", "expected only `overlays"),
        ("tenants:\n  regio-noord: {overlays: x.yaml}\n", "is a list of overlay files"),
        ("tenants:\n  regio-noord: {overlays: [missing.yaml]}\n", "missing.yaml is not a file"),
        ("tenants: [\n", "not YAML"),
    ],
)
def test_a_tenants_file_that_cannot_be_used_says_where_and_what(tmp_path, text, expected):
    (tmp_path / "tenants.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(TenantFileError, match=expected) as caught:
        load_tenants(str(tmp_path / "tenants.yaml"))
    assert str(tmp_path / "tenants.yaml") in str(caught.value)


def test_overlay_paths_are_relative_to_the_tenants_file(tmp_path):
    files = setup_folder(tmp_path)
    tenants = load_tenants(files["tenants"])
    assert (tenants["regio-noord"].overlays, tenants["regio-zuid"].overlays) == (
        (str((tmp_path / "regio-noord.yaml").resolve()),),
        (),
    )


def test_a_key_of_a_tenant_the_file_does_not_name_stops_the_start(tmp_path):
    from click.testing import CliRunner

    from gevoeligheid._cli import cli

    files = setup_folder(tmp_path)
    (tmp_path / "tenants.yaml").write_text("tenants:\n  regio-zuid: {}\n", encoding="utf-8")
    outcome = CliRunner().invoke(
        cli,
        [
            "serve",
            "--lang",
            "en",
            "--no-log",
            "--keys",
            files["keys"],
            "--tenants",
            files["tenants"],
        ],
    )
    assert outcome.exit_code == 2 and "names the tenant regio-noord" in outcome.output


# --- two tenants, one process ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def tenants_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tenants")
    files = setup_folder(folder)
    running = start(folder, files, str(folder / "decisions.sqlite3"))
    yield running, files
    running.stop()


def test_two_tenants_get_their_own_overlays_answers_from_one_process(tenants_server):
    server, files = tenants_server
    noord, zuid = decide(server, files["noord"]), decide(server, files["zuid"])
    assert (noord.status_code, zuid.status_code) == (200, 200)
    assert (noord.json()["escalation"], zuid.json()["escalation"]) == ("coordinator", "manager")
    assert (noord.headers["gevoelig-overlays"], zuid.headers["gevoelig-overlays"]) == (
        "regio-noord",
        "none",
    )
    # The batch and the stream decide by the key's tenant too.
    body = example(WORK_AGREEMENTS)
    for name, expected in (("noord", "coordinator"), ("zuid", "manager")):
        batch = httpx.post(
            server.url + "/v1/batch",
            content=b"[" + body + b"]",
            headers={**JSON, **bearer(files[name])},
            timeout=30,
        )
        stream = httpx.post(
            server.url + "/v1/batch/stream",
            content=json.dumps(json.loads(body)).encode() + b"\n",
            headers={"Content-Type": "application/x-ndjson", **bearer(files[name])},
            timeout=30,
        )
        first = json.loads(stream.text.splitlines()[0])
        assert (batch.json()[0]["result"]["escalation"], first["result"]["escalation"]) == (
            expected,
        ) * 2, name


def check_isolation(server: Server, files: dict[str, str]) -> None:
    noord = decide(server, files["noord"], dossier_id="SHARED-1").headers["gevoelig-decision-id"]
    zuid = decide(server, files["zuid"], dossier_id="SHARED-1").headers["gevoelig-decision-id"]
    seen = {}
    for name in ("noord", "zuid"):
        history = httpx.get(
            server.url + "/v1/decisions",
            params={"dossierId": "SHARED-1"},
            headers=bearer(files[name]),
            timeout=30,
        ).json()
        seen[name] = [decision["decision_id"] for decision in history["decisions"]]
        assert {decision["tenant"] for decision in history["decisions"]} == {f"regio-{name}"}
    assert seen == {"noord": [noord], "zuid": [zuid]}
    # Another tenant's decision, asked for by its id, is not there for this key.
    assert (
        httpx.get(
            f"{server.url}/v1/decisions/{zuid}", headers=bearer(files["noord"]), timeout=30
        ).status_code
        == 404
    )
    assert (
        httpx.get(
            f"{server.url}/v1/decisions/{noord}", headers=bearer(files["noord"]), timeout=30
        ).status_code
        == 200
    )
    # Nor its feedback: neither read nor given through this key.
    accepted = {"verdict": "accepted", "role": "medewerker"}
    for decision, token, status in ((zuid, files["noord"], 404), (noord, files["noord"], 201)):
        given = httpx.post(
            f"{server.url}/v1/decisions/{decision}/feedback",
            json=accepted,
            headers=bearer(token),
            timeout=30,
        )
        assert given.status_code == status, given.text
    for decision, token, status in ((noord, files["zuid"], 404), (noord, files["noord"], 200)):
        listed = httpx.get(
            f"{server.url}/v1/decisions/{decision}/feedback", headers=bearer(token), timeout=30
        )
        assert listed.status_code == status, listed.text


def test_a_tenants_key_reads_only_its_own_tenants_decisions(tenants_server):
    check_isolation(*tenants_server)


def test_on_postgresql_the_database_holds_each_read_to_its_tenant(tmp_path, postgres_url):
    import psycopg

    files = setup_folder(tmp_path)
    server = start(tmp_path, files, postgres_url)
    try:
        check_isolation(server, files)
    finally:
        server.stop()
    # Row-level security, as the service's role sees it (a superuser is never held,
    # so a role of its own).
    role = f"gevoelig_reader_{int(time.time() * 1000) % 10**9}"
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        schema = connection.execute("SELECT current_schema()").fetchone()[0]
        connection.execute(f"CREATE ROLE {role} NOLOGIN")
        try:
            connection.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
            connection.execute(f"GRANT SELECT ON gevoelig_decisions TO {role}")
            connection.execute(f"SET ROLE {role}")
            counts = {}
            for tenant in ("regio-noord", "regio-zuid", "-", ""):
                connection.execute("SELECT set_config('gevoelig.tenant', %s, false)", (tenant,))
                counts[tenant] = connection.execute(
                    "SELECT COUNT(*), COUNT(DISTINCT COALESCE(tenant, '-')) FROM gevoelig_decisions"
                ).fetchone()
            connection.execute("RESET ROLE")
        finally:
            connection.execute("RESET ROLE")
            connection.execute(f"REVOKE ALL ON gevoelig_decisions FROM {role}")
            connection.execute(f"REVOKE USAGE ON SCHEMA {schema} FROM {role}")
            connection.execute(f"DROP ROLE {role}")
    # A tenant sees its one decision; no tenant's rows ('-') are none here; naming none sees all.
    assert counts == {"regio-noord": (1, 1), "regio-zuid": (1, 1), "-": (0, 0), "": (2, 2)}


# --- reload without a restart ---------------------------------------------------------------------


def reload(server: Server, token: str, **kwargs) -> httpx.Response:
    return httpx.post(server.url + "/v1/admin/reload", headers=bearer(token), timeout=60, **kwargs)


def test_a_reload_needs_the_admin_right_and_takes_no_body(tenants_server):
    server, files = tenants_server
    assert reload(server, files["noord"]).status_code == 403
    assert reload(server, files["beheer"], content=b"{}").status_code == 400


def test_a_reload_uses_the_changed_overlays_and_refuses_a_broken_one_keeping_the_rules(tmp_path):
    files = setup_folder(tmp_path)
    server = start(tmp_path, files, str(tmp_path / "decisions.sqlite3"))
    try:
        assert decide(server, files["noord"]).json()["escalation"] == "coordinator"
        # A broken overlay: refused, and the rules in use stay.
        overlay = tmp_path / "regio-noord.yaml"
        good = overlay.read_text(encoding="utf-8")
        overlay.write_text(
            good.replace(
                "klachtengolf_aantal:\n    value: 5", "klachtengolf_aantal:\n    value: -5"
            ),
            encoding="utf-8",
        )
        refused = reload(server, files["beheer"])
        assert (refused.status_code, refused.headers["content-type"]) == (
            422,
            "application/problem+json",
        ), refused.text
        assert "klachtengolf_aantal" in refused.json()["detail"]
        assert decide(server, files["noord"]).json()["escalation"] == "coordinator"
        # The region drops its overlay: from the reload on, it decides by the default rules.
        (tmp_path / "tenants.yaml").write_text(
            "tenants:\n  regio-noord: {}\n  regio-zuid: {}\n", encoding="utf-8"
        )
        done = reload(server, files["beheer"])
        assert done.status_code == 200 and done.json()["tenants"]["regio-noord"]["overlays"] == []
        answer = decide(server, files["noord"])
        assert (answer.json()["escalation"], answer.headers["gevoelig-overlays"]) == (
            "manager",
            "none",
        )
        # SIGHUP reloads too: the overlay is back.
        (tmp_path / "tenants.yaml").write_text(
            "tenants:\n  regio-noord:\n    overlays: [regio-noord.yaml]\n  regio-zuid: {}\n",
            encoding="utf-8",
        )
        overlay.write_text(good, encoding="utf-8")
        server.process.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 20
        while decide(server, files["noord"]).json()["escalation"] != "coordinator":
            assert time.monotonic() < deadline, server.output()[-3000:]
            time.sleep(0.1)
        assert server.process.poll() is None
    finally:
        server.stop()


@pytest.mark.slow
def test_reloads_during_a_load_fail_no_request(tmp_path):
    files = setup_folder(tmp_path)
    server = start(tmp_path, files, str(tmp_path / "decisions.sqlite3"))
    statuses: list[int] = []
    escalations: set[str] = set()
    stop = threading.Event()

    def load(token: str) -> None:
        with httpx.Client(base_url=server.url, headers=bearer(token), timeout=30) as client:
            body = example(WORK_AGREEMENTS)
            while not stop.is_set():
                try:
                    response = client.post("/v1/evaluate", content=body, headers=JSON)
                    statuses.append(response.status_code)
                    if response.status_code == 200:
                        escalations.add(response.json()["escalation"])
                except (
                    httpx.HTTPError
                ) as error:  # a refused or dropped connection is a failed request too
                    statuses.append(-1)
                    print(error)

    threads = [
        threading.Thread(target=load, args=(files[name],))
        for name in ("noord", "zuid", "noord", "zuid")
    ]
    try:
        for thread in threads:
            thread.start()
        reloads = []
        for number in range(8):
            time.sleep(0.4)
            # Flip regio-noord between its overlay and none, and reload: by the admin call, and
            # every other time by SIGHUP (done when the log says the generation it makes).
            overlays = "[regio-noord.yaml]" if number % 2 else "[]"
            (tmp_path / "tenants.yaml").write_text(
                f"tenants:\n  regio-noord:\n    overlays: {overlays}\n  regio-zuid: {{}}\n",
                encoding="utf-8",
            )
            if number < 4:
                reloads.append(reload(server, files["beheer"]).status_code)
                continue
            server.process.send_signal(signal.SIGHUP)
            deadline = time.monotonic() + 30
            while f"rules reloaded (generation {number + 2})" not in server.output():
                assert time.monotonic() < deadline, server.output()[-3000:]
                time.sleep(0.05)
            reloads.append("SIGHUP")
        time.sleep(0.4)
    finally:
        stop.set()
        for thread in threads:
            thread.join(60)
        server.stop()
    failed = [status for status in statuses if status != 200]
    print(f"{len(statuses)} requests during {len(reloads)} reloads, {len(failed)} failed")
    assert reloads == [200] * 4 + ["SIGHUP"] * 4
    assert len(statuses) > 100 and failed == []
    assert escalations == {"coordinator", "manager"}  # both rule sets were in use during the run
