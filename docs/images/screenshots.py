"""Take the screenshots of the page in docs/images/ with chromium (the `browser` extra and Debian's
chromium, as the browser tests use them):

    python docs/images/screenshots.py

It starts `gevoelig serve --no-log` on a free loopback port, opens the pages a trainer and an
inspector use, and writes PNG files beside this script.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gevoeligheid",
            "serve",
            "--no-log",
            "--no-access-log",
            "--port",
            str(port),
        ]
    )
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + "/healthz", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", args=["--no-sandbox"]
            )
            page = browser.new_page(viewport={"width": 1280, "height": 860}, locale="nl-NL")
            page.goto(url + "/?example=05-pig-farm-odour-complaint-wave")
            page.check("#f-maatschappelijke_onrust-true")
            page.wait_for_function(
                "() => document.querySelector('#result "
                "[data-part=\"classification\"]').textContent.trim() === 'zeer gevoelig'"
            )
            page.locator("#q-maatschappelijke_onrust").scroll_into_view_if_needed()
            page.screenshot(path=str(HERE / "page-checklist.png"))
            page.goto(url + "/interview")
            for answer in ("nee", "nee", "ja"):
                chosen = page.locator(f'input[name="answer"][value="{answer}"]')
                if (
                    not chosen.count()
                ):  # a grade or a list of words: its lowest, or its highest for ja
                    chosen = (
                        page.locator('input[name="answer"]').first
                        if answer == "nee"
                        else page.locator('input[name="answer"]').nth(-2)
                    )
                chosen.check()
                page.click('button[value="answer"]')
            page.screenshot(path=str(HERE / "page-interview.png"))
            page.set_viewport_size({"width": 1280, "height": 1500})
            page.goto(url + "/training?lang=en&item=4")
            page.check("#g-classification-attention")
            page.check("#g-escalation-coordinator")
            page.click("form.guess button")
            page.screenshot(path=str(HERE / "page-training.png"), full_page=False)
            page.set_viewport_size({"width": 1280, "height": 860})
            page.goto(url + "/?example=05-pig-farm-odour-complaint-wave")
            page.click("button[formaction^='/report']")
            page.emulate_media(media="print")
            page.screenshot(path=str(HERE / "page-report-print.png"))
            browser.close()
    finally:
        server.terminate()
        server.wait(15)


if __name__ == "__main__":
    main()
