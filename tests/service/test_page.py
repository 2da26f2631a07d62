"""The page at / of `gevoelig serve`, as a browser without JavaScript uses it: forms posted to the
server, everything rendered there. (tests/service/test_page_browser.py drives a real Chromium.)"""

from __future__ import annotations

import html.parser
import json
import re
import sys
import urllib.parse
from collections.abc import Iterator

import httpx
import pytest

from gevoeligheid import evaluate

from .conftest import EXAMPLES, Server

EXAMPLE_NAMES = sorted(path.stem for path in EXAMPLES.glob("*.json"))


@pytest.fixture(scope="session")
def page_server(tmp_path_factory) -> Iterator[Server]:
    """A service as `gevoelig serve --open` runs it: loopback, no keys (no browser opened here)."""
    running = Server(["--no-log"], tmp_path_factory.mktemp("page"))
    yield running
    running.stop()


@pytest.fixture(scope="session")
def page(page_server) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=page_server.url, timeout=60, headers={"Accept-Language": "nl"}
    ) as session:
        yield session


class Form(html.parser.HTMLParser):
    """What a browser would submit for the form with the given id: checked radios and boxes,
    inputs' values, each select's selected option."""

    def __init__(self, form_id: str) -> None:
        super().__init__()
        self.form_id, self.inside, self.fields = form_id, False, []  # type: ignore[var-annotated]
        self.select: str | None = None
        self.first_option: tuple[str, str] | None = None
        self.chosen = False
        self.labels: set[str] = set()
        self.inputs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "label" and attributes.get("for"):
            self.labels.add(attributes["for"])
        if tag == "form":
            self.inside = attributes.get("id") == self.form_id
        if not self.inside:
            return
        if tag == "input":
            kind = attributes.get("type", "text")
            if kind != "hidden":
                self.inputs.append(attributes.get("id") or "")
            if kind in ("radio", "checkbox") and "checked" not in attributes:
                return
            if attributes.get("name"):
                self.fields.append((attributes["name"], attributes.get("value") or ""))
        elif tag == "select":
            self.inputs.append(attributes.get("id") or "")
            self.select, self.first_option, self.chosen = attributes.get("name"), None, False
        elif tag == "option" and self.select:
            if self.first_option is None:
                self.first_option = (self.select, attributes.get("value") or "")
            if "selected" in attributes:
                self.fields.append((self.select, attributes.get("value") or ""))
                self.chosen = True

    def handle_endtag(self, tag):
        if tag == "select" and self.select:
            if not self.chosen and self.first_option:
                self.fields.append(self.first_option)
            self.select = None
        if tag == "form":
            self.inside = False


def form_of(text: str, form_id: str = "checklist") -> Form:
    parser = Form(form_id)
    parser.feed(text)
    return parser


def post_form(client: httpx.Client, url: str, fields: list[tuple[str, str]]) -> httpx.Response:
    """Post fields as a browser does (a name may repeat)."""
    return client.post(
        url,
        content=urllib.parse.urlencode(fields),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


def served(data: dict):
    """The result the service gives, as /v1/evaluate: by the version in force on
    the dossier's day."""
    return evaluate(data)


def outcome_of(text: str) -> dict[str, str]:
    return {
        part: re.sub(r"<[^>]+>", "", value)
        for part, value in re.findall(r'data-part="(\w+)">(.*?)</dd>', text)
    }


def test_the_page_is_a_form_of_fieldsets_with_labelled_answers_and_a_strict_policy(page):
    answer = page.get("/")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    policy = answer.headers["content-security-policy"]
    assert (
        "default-src 'none'" in policy
        and "script-src 'self'" in policy
        and "unsafe-inline" not in policy
    )
    text = answer.text
    assert text.count('<fieldset id="q-') == 46 and text.count("<legend>") >= 46
    form = form_of(text)
    assert form.inputs and [ident for ident in form.inputs if ident not in form.labels] == []
    assert 'aria-live="polite"' in text and '<html lang="nl">' in text
    assert re.findall(r'<script[^>]*src="([^"]+)"', text) == ["/static/page.js"]
    assert "http://" not in text and "https://" not in text  # nothing from elsewhere


def test_without_javascript_a_submitted_form_comes_back_with_the_result(page):
    facts = {"maatschappelijke_onrust": "true", "media_aandacht": "regionaal"}
    answer = page.post(
        "/", data={"peildatum": "2026-12-01", **{f"f.{key}": value for key, value in facts.items()}}
    )
    assert answer.status_code == 200
    expected = served(
        {
            "peildatum": "2026-12-01",
            "facts": {"maatschappelijke_onrust": True, "media_aandacht": "regionaal"},
        }
    )
    from gevoeligheid._messages import label

    shown = outcome_of(answer.text)
    assert shown["classification"] == label(expected.classification, "nl")
    assert shown["escalation"] == label(expected.escalation, "nl")
    assert (
        'id="f-maatschappelijke_onrust-true" name="f.maatschappelijke_onrust" value="true" checked'
        in answer.text
    )


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_an_example_loaded_and_downloaded_evaluates_as_the_example(page, name):
    """Load the example into the form, submit what a browser would, download the dossier: it
    gives the result the example gives."""
    loaded = page.get("/", params={"example": name})
    assert loaded.status_code == 200
    fields = form_of(loaded.text).fields
    downloaded = post_form(page, "/page/dossier.json", fields)
    assert downloaded.status_code == 200 and downloaded.headers["content-disposition"].startswith(
        "attachment;"
    )
    original = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    assert evaluate(downloaded.json()).to_dict() == evaluate(original).to_dict()


def test_everything_from_a_dossier_is_escaped(page):
    hostile = {
        "id": '"><script>alert(1)</script>',
        "title": "<img src=x onerror=alert(2)>",
        "x-toelichting": "</textarea><script>alert(3)</script>",
        "facts": {},
    }
    answer = page.post("/", data={"dossier": json.dumps(hostile)})
    assert answer.status_code == 200
    assert "<script>alert" not in answer.text and "<img src=x" not in answer.text
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;" in answer.text
        and "&lt;img src=x onerror=alert(2)&gt;" in answer.text
    )
    report = page.post("/report", data={"dossier": json.dumps(hostile)})
    assert "<script>alert" not in report.text and "<img src=x" not in report.text
    download = page.post("/page/dossier.json", data={"dossier": json.dumps(hostile)})
    assert (
        download.headers["content-disposition"] == 'attachment; filename="scriptalert1script.json"'
    )


def test_a_wrong_answer_is_said_on_the_page_and_not_passed_off(page):
    answer = page.post("/", data={"f.media_aandacht": "enorm"})
    assert answer.status_code == 200
    assert (
        'role="alert"' in answer.text
        and "media_aandacht" in answer.text
        and 'data-part="classification"' not in answer.text
    )


def test_a_day_without_rules_is_said_on_the_page_without_a_path_of_the_server(page):
    answer = page.post("/", data={"peildatum": "2025-01-01", "f.media_aandacht": "geen"})
    assert answer.status_code == 200 and 'role="alert"' in answer.text
    assert "2025-01-01" in answer.text and str(EXAMPLES.parent) not in answer.text
    assert "/rules" not in answer.text and "ruleset.yaml" not in answer.text
    assert "--peildatum" not in answer.text


def test_only_shipped_examples_and_static_files_are_served(page):
    for name in ("../../etc/passwd", "01-routine-bakery-permit.json", "%2e%2e/setup"):
        assert page.get("/", params={"example": name}).status_code == 404
    assert page.get("/static/page.css").status_code == 200 and page.get("/static/page.js").headers[
        "content-type"
    ].startswith("text/javascript")
    for name in ("../__init__.py", "..%2Fapp.py", "page.py", "nothing.css"):
        assert page.get(f"/static/{name}").status_code == 404


def test_the_result_fragment_for_the_script(page):
    answer = page.post("/page/result?lang=en", data={"f.buiten_mandaat": "true"})
    assert answer.status_code == 200 and answer.text.startswith('<h2 id="result-title">Result</h2>')
    assert "board (competent authority)" in answer.text


def test_an_interview_on_the_page_asks_until_settled_and_ends_on_what_check_gives(page):
    answer = page.get("/interview")
    asked = 0
    while 'name="fact"' in answer.text:
        fields = form_of(answer.text, "").fields  # the interview form has no id: read every form
        state = dict(
            re.findall(
                r'<input type="hidden" name="(dossier|skipped|fact)" value="([^"]*)"', answer.text
            )
        )
        state = {key: html.unescape(value) for key, value in state.items()}
        assert fields is not None
        answer = page.post("/interview", data={**state, "answer": "nee", "action": "answer"})
        asked += 1
        assert asked <= 46
    assert "De uitkomst staat vast" in answer.text
    final = json.loads(
        html.unescape(re.search(r'name="dossier" value="([^"]*)"', answer.text).group(1))
    )
    assert all(value in (False, "geen", []) for value in final["facts"].values())
    from gevoeligheid._messages import label

    assert outcome_of(answer.text)["classification"] == label(served(final).classification, "nl")


def test_the_interview_reads_a_grade_and_stop(page):
    start = page.post(
        "/interview",
        data={
            "dossier": json.dumps({"facts": {}}),
            "fact": "media_aandacht",
            "answer": "landelijk",
            "action": "answer",
        },
    )
    dossier = json.loads(
        html.unescape(re.search(r'name="dossier" value="([^"]*)"', start.text).group(1))
    )
    assert dossier["facts"] == {"media_aandacht": "landelijk"}
    stopped = page.post("/interview", data={"dossier": json.dumps(dossier), "action": "stop"})
    assert "Gestopt op verzoek" in stopped.text and 'name="fact"' not in stopped.text


def test_a_training_round_compares_and_explains_per_checklist_item(page):
    first = page.get("/training?item=4")
    assert first.status_code == 200 and 'name="classification"' in first.text
    guessed = page.post(
        "/training", data={"item": "4", "classification": "not_sensitive", "escalation": "none"}
    )
    assert guessed.status_code == 200
    text = guessed.text
    assert "Uw beoordeling en die van de regels" in text and "u schatte lager" in text
    assert "Checklistpunten" in text and '<details class="source">' in text
    changed = page.post(
        "/training",
        data={
            "item": "4",
            "classification": "not_sensitive",
            "escalation": "none",
            "change": "maatschappelijke_onrust=true",
        },
    )
    assert "Met dit antwoord" in changed.text and "zeer gevoelig" in changed.text


def test_a_course_file_that_is_wrong_is_refused_at_start(tmp_path):
    from click.testing import CliRunner

    from gevoeligheid._cli import cli

    course = tmp_path / "course.yaml"
    course.write_text("items:\n  - dossier: /etc/passwd\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--no-log", "--course", str(course), "--port", "0"])
    assert result.exit_code == 2 and "is geen .json-bestand" in result.output


def test_open_refuses_keys(keys):
    from click.testing import CliRunner

    from gevoeligheid._cli import cli

    result = CliRunner().invoke(cli, ["serve", "--open", "--keys", keys["file"], "--no-log"])
    assert result.exit_code == 2 and "--open" in result.output


def test_with_api_keys_there_is_no_page(server):
    answer = httpx.get(server.url + "/")
    assert answer.status_code == 404 and "API-sleutels" in answer.json()["detail"]
    assert httpx.post(server.url + "/page/result", data={}).status_code == 404


def test_every_answer_of_the_page_carries_the_api_version_and_the_security_headers(page):
    """The Design Rules' headers on the page for people too: its forms, files and errors."""
    from gevoeligheid import __version__

    dossier = json.dumps({"facts": {"maatschappelijke_onrust": True}})
    answers = {
        "page": page.get("/"),
        "example": page.get("/?example=05-pig-farm-odour-complaint-wave"),
        "submitted": page.post("/", data={"f.maatschappelijke_onrust": "true"}),
        "fragment": page.post("/page/result", data={"f.maatschappelijke_onrust": "true"}),
        "interview": page.post("/interview", data={"dossier": dossier}),
        "training": page.get("/training?item=1&lang=en"),
        "report": page.post("/report", data={"dossier": dossier}),
        "style": page.get("/static/page.css"),
        "script": page.get("/static/page.js"),
        "no such example": page.get("/?example=../../etc/passwd"),
        "no such file": page.get("/static/nothing.js"),
    }
    for name, answer in answers.items():
        assert answer.headers.get("api-version") == __version__, name
        # The page's own files say no-cache themselves (revalidated, not stored stale).
        cache = "no-cache" if name in ("style", "script") else "no-store"
        assert (
            answer.headers.get("x-content-type-options"),
            answer.headers.get("x-frame-options"),
            answer.headers.get("cache-control"),
        ) == ("nosniff", "DENY", cache), name
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"], name
    assert answers["page"].status_code == 200 and answers["no such file"].status_code == 404


def test_the_api_docs_load_nothing_from_elsewhere(page):
    text = page.get("/v1/docs").text
    assert "/v1/evaluate" in text and "/v1/openapi.json" in text
    assert "cdn" not in text.lower() and "http://" not in text and "https://" not in text
    assert page.get("/v1/docs?lang=en").text.count("<tr>") > 5


def open_when_ready(server: Server, found: bool, lang: str, monkeypatch, capsys) -> str:
    """What `serve --open` says once the service answers, with or without a browser to open."""
    import threading

    from gevoeligheid._service import command

    said = threading.Event()
    seen: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: seen.append(url) or found)
    monkeypatch.setattr(
        command.click, "echo", lambda text, err=False: (print(text, file=sys.stderr), said.set())
    )
    command._open_when_ready("127.0.0.1", server.port, False, lang)
    assert said.wait(30) and seen == [server.url + "/"]
    return capsys.readouterr().err


def test_open_opens_the_browser_once_the_service_answers(page_server, monkeypatch, capsys):
    said = open_when_ready(page_server, True, "nl", monkeypatch, capsys)
    assert said == f"gevoelig: de pagina opent in de browser: {page_server.url}/\n"


@pytest.mark.parametrize(
    ("lang", "words"), [("nl", "geen browser gevonden"), ("en", "no browser found")]
)
def test_open_without_a_browser_says_where_the_page_is(
    page_server, monkeypatch, capsys, lang, words
):
    """Without a display webbrowser.open finds no browser (and returns False): say so, and where."""
    said = open_when_ready(page_server, False, lang, monkeypatch, capsys)
    assert words in said and said.endswith(f"{page_server.url}/\n")


def test_hostile_forms_get_a_clear_answer_never_an_internal_error(page):
    deep = "[" * 50_000 + "]" * 50_000
    for url, data in (
        ("/", {"dossier": deep}),
        (
            "/",
            {
                "f.media_aandacht": "lokaal",
                "extra": deep,
                "e.type.0": "media",
                "e.datum.0": "2026-11-01",
                "e.extra.0": deep,
            },
        ),
        ("/interview", {"dossier": deep}),
        ("/interview", {"dossier": json.dumps({"facts": {}}), "fact": "../../etc", "answer": "ja"}),
        ("/training", {"item": "9" * 5000, "classification": "<b>", "escalation": "none"}),
        ("/", {"e.type.0": "onbekend", "e.datum.0": "morgen"}),
    ):
        answer = page.post(url, data=data)
        assert answer.status_code in (200, 400, 413), (url, answer.status_code)
        assert "Traceback" not in answer.text and "<b>" not in answer.text
    bad_event = page.post("/", data={"e.type.0": "media", "e.datum.0": "morgen"})
    assert 'role="alert"' in bad_event.text and "datum" in bad_event.text
    too_many = page.post(
        "/",
        content="&".join(f"x{index}=1" for index in range(5000)),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert too_many.status_code == 400 and too_many.headers["content-type"].startswith(
        "application/problem+json"
    )


def test_the_interview_starts_from_the_checklist_answers(page):
    answer = page.post(
        "/interview",
        data={
            "f.maatschappelijke_onrust": "true",
            "f.media_aandacht": "landelijk",
            "peildatum": "2026-12-01",
        },
    )
    assert answer.status_code == 200 and 'name="fact"' in answer.text
    dossier = json.loads(
        html.unescape(re.search(r'name="dossier" value="([^"]*)"', answer.text).group(1))
    )
    assert dossier["peildatum"] == "2026-12-01"
    assert {key: value for key, value in dossier["facts"].items() if value is not None} == {
        "maatschappelijke_onrust": True,
        "media_aandacht": "landelijk",
    }
    asked = re.search(r'name="fact" value="([^"]*)"', answer.text).group(1)
    assert asked not in ("maatschappelijke_onrust", "media_aandacht")
