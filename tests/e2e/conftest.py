"""Browser tests: the app served by uvicorn on 127.0.0.1 (a thread of the test process, on the test's
fresh database), a local Mastodon server to publish to, and Debian's Chromium driven by Playwright.
Screenshots go to $COCKTAIL_SCREENSHOTS (default out/screenshots) as artifacts to look at."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Playwright, expect, sync_playwright

from cocktailparty.classify import Classifier
from cocktailparty.demo import local_mastodon
from cocktailparty.demo.local_mastodon import LocalMastodon
from cocktailparty.web import ratelimit
from cocktailparty.web.app import create_app
from live_server import free_port, serving

CHROMIUM = os.environ.get("COCKTAIL_CHROMIUM", "/usr/bin/chromium")
expect.set_options(timeout=15_000)  # the first live check loads the classifier; CI machines are slow
SCREENSHOTS = Path(os.environ.get("COCKTAIL_SCREENSHOTS", Path(__file__).parents[2] / "out" / "screenshots"))


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium; .ci/run does)")
    # No sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
    yield chromium
    chromium.close()


@pytest.fixture
def live_server(app_env: Path, classifier: Classifier) -> Iterator[str]:
    """The app on a free port, serving the test's database; its URL. The model is built first (once a session),
    so a test run alone does not wait for it on its first page."""
    ratelimit.reset()
    with serving(create_app()) as url:
        yield url


@pytest.fixture
def mastodon(tmp_path: Path) -> Iterator[LocalMastodon]:
    server = local_mastodon.start(tmp_path / "mastodon", free_port())
    yield server
    server.stop()


@pytest.fixture
def page(browser: Browser, live_server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.set_default_timeout(15_000)
    tab = context.new_page()
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        # 4xx answers the pages show on purpose (a refused form is 422), and htmx noting a live check
        # replaced by a newer one, are not problems.
        if message.type == "error" and not re.search(r"status of 4(22|09)|htmx:(sendAbort|afterRequest)",
                                                       message.text):
            problems.append(message.text)

    tab.on("console", on_console)
    tab.on("pageerror", lambda error: problems.append(str(error)))
    yield tab
    context.close()
    assert not problems, f"the browser reported errors: {problems}"


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
