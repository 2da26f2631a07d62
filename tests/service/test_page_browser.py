"""The page in a real browser, used as a person would: Debian's chromium driven by Playwright,
keyboard only, with and without JavaScript; axe-core checks WCAG 2.1 A and AA.

Needs the `browser` extra (pip install '.[browser]') and chromium (apt-get install chromium; or
GEVOELIG_CHROMIUM=/path/to/chrome). Without them these tests are skipped, except in CI (CI set),
where they fail: .ci/run installs both.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gevoeligheid import evaluate, load_ruleset
from gevoeligheid._messages import label

from .conftest import EXAMPLES, Server

pytestmark = pytest.mark.slow

CHROMIUM = Path(os.environ.get("GEVOELIG_CHROMIUM", "/usr/bin/chromium"))
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _need(why: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(
            f"CI must run the browser tests, but {why}; .ci/run installs chromium and the browser "
            "extra"
        )
    pytest.skip(why)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need("Playwright is not installed (pip install '.[browser]')")
    if not CHROMIUM.exists():
        _need(f"there is no chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[Server]:
    running = Server(["--no-log"], tmp_path_factory.mktemp("browser"))
    yield running
    running.stop()


def new_page(browser: Any, *, javascript: bool = True) -> Any:
    context = browser.new_context(
        java_script_enabled=javascript, locale="nl-NL", viewport={"width": 1280, "height": 900}
    )
    return context.new_page()


def focused(page: Any) -> dict[str, str]:
    return page.evaluate(
        "() => { const e = document.activeElement; return {id: e.id || '', tag: e.tagName, name: "
        "e.getAttribute('name') || '', cls: e.className || '', outline: "
        "getComputedStyle(e).outlineStyle, width: getComputedStyle(e).outlineWidth}; }"
    )


def tab_to(page: Any, wanted: str, *, limit: int = 400, backwards: bool = False) -> dict[str, str]:
    """Press Tab until the element with this id (or, for a radio group, this name) has focus."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        now = focused(page)
        if wanted in (now["id"], now["name"]):
            return now
    raise AssertionError(f"{wanted} was not reached with the keyboard")


def shown(page: Any, part: str) -> str:
    return page.inner_text(f'#result [data-part="{part}"]').strip()


def served(data: dict):
    """The result the service gives: by the rule set version in force today, as /v1/evaluate."""
    return evaluate(data, ruleset=load_ruleset())


def example(name: str) -> dict:
    return json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def no_serious_violations(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    return [
        (
            f"{violation['id']} ({violation['impact']}): {violation['help']} at "
            f"{[node['target'] for node in violation['nodes']][:3]}"
        )
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


NAME = "05-pig-farm-odour-complaint-wave"


def test_keyboard_only_load_an_example_and_show_what_one_answer_does(browser, site):
    """A trainer loads an example and shows the class how one answer changes the outcome."""
    page = new_page(browser)
    page.goto(site.url + "/")
    page.keyboard.press("Tab")
    skip = focused(page)
    assert (
        skip["cls"] == "skip" and skip["outline"] != "none"
    )  # the first stop, with a visible focus
    tab_to(page, "example")
    page.keyboard.type("05-pig")
    tab_to(page, "")  # the load button has no id: the next stop
    with page.expect_navigation():
        page.keyboard.press("Enter")
    before = served(example(NAME))
    assert shown(page, "classification") == label(before.classification, "nl")
    radio = tab_to(page, "f.maatschappelijke_onrust")
    assert radio["id"] == "f-maatschappelijke_onrust-unknown" and radio["outline"] != "none"
    page.keyboard.press("ArrowUp")  # weet niet -> nee
    page.keyboard.press("ArrowUp")  # nee -> ja
    after = served(
        {**example(NAME), "facts": {**example(NAME)["facts"], "maatschappelijke_onrust": True}}
    )
    assert after.classification != before.classification
    page.wait_for_function(
        (
            "expected => document.querySelector('#result "
            '[data-part="classification"]\').textContent.trim() === expected'
        ),
        arg=label(after.classification, "nl"),
    )
    assert shown(page, "escalation") == label(after.escalation, "nl")
    assert page.get_attribute("#result", "aria-live") == "polite"
    assert no_serious_violations(page) == []
    page.context.close()


def test_without_javascript_the_form_submits_to_a_result_page(browser, site):
    page = new_page(browser, javascript=False)
    page.goto(site.url + f"/?example={NAME}")
    tab_to(page, "f.maatschappelijke_onrust")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert shown(page, "classification") == label(
        served(example(NAME)).classification, "nl"
    )  # nothing refreshed by itself
    with page.expect_navigation():
        page.keyboard.press("Enter")  # Enter in a form submits it
    after = served(
        {**example(NAME), "facts": {**example(NAME)["facts"], "maatschappelijke_onrust": True}}
    )
    assert shown(page, "classification") == label(after.classification, "nl")
    assert page.is_checked("#f-maatschappelijke_onrust-true")
    page.context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_an_interview_by_keyboard_ends_on_what_check_gives(browser, site, javascript):
    page = new_page(browser, javascript=javascript)
    page.goto(site.url + "/interview")
    asked = 0
    while page.locator('input[name="fact"]').count():
        radio = tab_to(page, "answer")
        for _ in range(8):  # to the answer "nee" (or "geen") with the arrow keys
            if page.inner_text(f'label[for="{focused(page)["id"]}"]') in ("nee", "geen"):
                break
            page.keyboard.press("ArrowDown")
        assert radio["outline"] != "none"
        with page.expect_navigation():
            page.keyboard.press("Enter")
        asked += 1
        assert asked <= 46
    assert "De uitkomst staat vast" in page.inner_text("main")
    dossier = json.loads(page.get_attribute('input[name="dossier"]', "value"))
    result = served(dossier)
    assert shown(page, "classification") == label(result.classification, "nl")
    assert shown(page, "escalation") == label(result.escalation, "nl")
    if javascript:
        assert no_serious_violations(page) == []
    page.context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_training_round_by_keyboard(browser, site, javascript):
    page = new_page(browser, javascript=javascript)
    page.goto(site.url + "/training?item=4")
    if javascript:
        assert no_serious_violations(page) == []
    tab_to(page, "classification")  # not_sensitive is the first
    page.keyboard.press("Space")
    tab_to(page, "escalation")
    page.keyboard.press("Space")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    text = page.inner_text("main")
    assert "Uw beoordeling en die van de regels" in text and "u schatte lager" in text
    tab_to(page, "change")
    page.keyboard.type("Bestaat er maatschappelijke onrust over de onderhavige kwestie?: ja")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Met dit antwoord" in page.inner_text(".changed")
    if javascript:
        assert no_serious_violations(page) == []
    page.context.close()


def test_the_print_view(browser, site):
    page = new_page(browser)
    page.goto(site.url + f"/?example={NAME}")
    page.emulate_media(media="print")
    assert not page.is_visible("#checklist") and not page.is_visible("header.top")
    assert page.is_visible("#result")
    page.emulate_media(media="screen")
    tab_to(page, "f.maatschappelijke_onrust")
    with page.expect_navigation():
        page.click("button[formaction^='/report']")
    page.emulate_media(media="print")
    assert page.is_visible("#result") and not page.is_visible("header.top")
    assert label(served(example(NAME)).classification, "nl") in page.inner_text("#result")
    assert no_serious_violations(page) == []
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF")
    page.context.close()


@pytest.mark.parametrize(
    "path",
    ["/", "/?lang=en&example=03-seveso-plant-fire-smoke-plume", "/interview?lang=en", "/v1/docs"],
)
def test_axe_finds_nothing_serious(browser, site, path):
    page = new_page(browser)
    page.goto(site.url + path)
    assert no_serious_violations(page) == []
    page.context.close()


def test_axe_sees_what_it_should(browser):
    """The check itself can fail: an unlabelled field and grey on white are found."""
    page = new_page(browser)
    page.set_content(
        '<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body><main><input '
        'type="text"><p style="color:#bbbbbb">licht</p></main></body></html>'
    )
    found = no_serious_violations(page)
    assert any(line.startswith("label ") for line in found) and any(
        line.startswith("color-contrast ") for line in found
    )
    page.context.close()
