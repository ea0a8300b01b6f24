"""Composer preview speed with four pictures attached: the app (uvicorn in its own process, SQLite in a fresh data
directory) and Debian's Chromium driven by Playwright. A person types in the composer with four pictures attached;
each keystroke is timed from the input event to the moment the media panel shows the new text (a MutationObserver
in the page), and the panel's request (`POST /w/{id}/compose/media-check`) is timed on its own, from the page
(Resource Timing) and again straight over HTTP. The end-to-end figure includes the composer's pause (debounce)
before it asks, which is `DEBOUNCE_MS` in static/media.js. Target: previews update within 100 ms of typing.

    python bench/composer_preview_speed.py [--keys 40]
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from PIL import Image
from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("COCKTAIL_CHROMIUM", "/usr/bin/chromium")
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "a long enough password"

WATCH = """() => new Promise((resolve) => {
  window.__timings = [];
  const panel = document.getElementById("media-check");
  const text = document.getElementById("composer-text");
  let typedAt = null;
  text.addEventListener("input", () => { typedAt = performance.now(); });
  new MutationObserver(() => {
    if (typedAt === null) return;
    const shown = panel.querySelector("[data-network=x] .preview-text");
    if (shown && shown.textContent.trim() === text.value.trim()) {
      window.__timings.push(performance.now() - typedAt);
      typedAt = null;
    }
  }).observe(panel, {childList: true, subtree: true});
  resolve(true);
})"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):.0f} ms, p95 {p95:.0f} ms, n={len(ordered)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keys", type=int, default=40, help="keystrokes to time")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        pictures = []
        for number in range(4):
            path = data / f"party-{number + 1}.jpg"
            Image.effect_noise((1600, 1200), 60).convert("RGB").save(path, "JPEG", quality=85)
            pictures.append(str(path))
        models = Path(os.environ.get("COCKTAIL_DATA_DIR", Path.home() / ".local/share/cocktailparty")) / "models"
        (data / "app").mkdir()
        if models.is_dir():
            (data / "app" / "models").symlink_to(models, target_is_directory=True)
        port = free_port()
        env = {**os.environ, "COCKTAIL_DATA_DIR": str(data / "app"), "COCKTAIL_WORKSPACE": "Bench"}
        server = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory", "cocktailparty.web.app:create_app",
                                   "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"], env=env)
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(base_url=base, timeout=60) as client:
                for _ in range(600):
                    try:
                        client.get("/healthz")
                        break
                    except httpx.TransportError:
                        time.sleep(0.2)
                token = TOKEN.search(client.get("/signup").text).group(1)  # type: ignore[union-attr]
                answer = client.post("/signup", data={"csrf_token": token, "email": "bench@example.com",
                                                      "name": "Bench", "password": PASSWORD, "workspace": "Bench"},
                                     follow_redirects=True)
                workspace = int(re.search(r"/w/(\d+)", str(answer.url)).group(1))  # type: ignore[union-attr]
            subprocess.run([sys.executable, "-m", "cocktailparty", "channel", "add", "--network", "x", "--name",
                            "bench-x", "--token", "t", "--no-verify"], env=env, check=True, capture_output=True)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
                page = browser.new_page(base_url=base, bypass_csp=True)  # the bench's own probes run in the page
                page.set_default_timeout(60_000)
                page.goto("/login")
                page.fill("#email", "bench@example.com")
                page.fill("#password", PASSWORD)
                page.click("button[type=submit]")
                page.wait_for_url(re.compile(r"/w/\d+"))
                page.goto(f"/w/{workspace}/compose")
                page.set_input_files("#media-input", pictures)
                page.wait_for_function("document.querySelectorAll('#media-attached .media-item').length === 4")
                page.wait_for_selector("#media-check [data-network=x] img")
                for number, alt in enumerate(page.locator(".media-alt").all()):
                    alt.fill(f"Picture {number + 1} of the New Year party")
                page.fill("#composer-text", "New Year at the office")
                page.wait_for_selector("#media-check [data-network=x] .preview-text")
                page.evaluate(WATCH)
                performance = "performance.clearResourceTimings()"
                page.evaluate(performance)
                text = page.locator("#composer-text")
                text.focus()
                page.keyboard.press("End")
                for number in range(options.keys):
                    page.keyboard.type("ab"[number % 2])
                    page.wait_for_function(f"window.__timings.length >= {number + 1}", timeout=10_000)
                end_to_end = page.evaluate("window.__timings")
                requests = page.evaluate("""performance.getEntriesByType('resource')
                    .filter((entry) => entry.name.endsWith('/compose/media-check')).map((entry) => entry.duration)""")
                ids = page.locator("#media-attached input[name=media_id]").evaluate_all(
                    "(inputs) => inputs.map((input) => input.value)")
                csrf = page.locator("input[name=csrf_token]").first.input_value()
                cookies = {cookie["name"]: cookie["value"] for cookie in page.context.cookies()}
                browser.close()
            with httpx.Client(base_url=base, timeout=60, cookies=cookies) as client:
                direct = []
                form = {"text": "New Year at the office", "media_id": ids,
                        "media_alt": [f"Picture {n}" for n in range(4)]}
                for _ in range(options.keys):
                    start = time.perf_counter()
                    answer = client.post(f"/w/{workspace}/compose/media-check", data=form,
                                         headers={"X-CSRF-Token": csrf})
                    direct.append((time.perf_counter() - start) * 1000)
                    assert answer.status_code == 200 and "media-preview" in answer.text, answer.text[:300]
            debounce = re.search(r"DEBOUNCE_MS = (\d+)", (Path(__file__).parents[1] / "src/cocktailparty/web/static/"
                                                           "media.js").read_text())
            print(f"composer previews with four pictures attached ({options.keys} keystrokes):")
            print(f"  keystroke to preview shown (with the {debounce.group(1) if debounce else '?'} ms pause "
                  f"before asking): {summary(end_to_end)}")
            print(f"  the panel's request, seen by the page: {summary(requests)}")
            print(f"  the panel's request, straight over HTTP: {summary(direct)}")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
