"""Every page of a busy workspace (the demo's: Arabic and English posts, two channels, a library, an audit),
in English and in Arabic, on a phone 390 px wide and on a desktop: nothing wider than the screen, and no
Latin-script interface text on the Arabic pages other than user content, names and codes."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from cocktailparty import db
from cocktailparty.demo import seed
from cocktailparty.workspaces.classifier import classifier_for

PAGES = ("", "/compose", "/calendar?view=month", "/calendar?view=week", "/library",
         "/channels", "/audit", "/settings")
ACCOUNT_PAGES = ("/workspaces/new",)

# Latin words that may stand in Arabic text: names of products and networks, standards and codes.
NAMES = {"CocktailParty", "Mastodon", "Bluesky", "Facebook", "Telegram", "X", "CSV", "JSON", "API", "URL", "UTC",
         "iCal", "iCalendar", "HTTPS", "HTTP", "Google", "Apple", "Outlook", "Calendar", "Instagram", "LinkedIn",
         "JSONL", "ID", "JPEG", "PNG", "WebP", "GIF", "MP4"}

# Text inside these is the user's own (posts, names, addresses, codes), shown as written.
USER_CONTENT = "bdi, [dir=auto], [lang=en], code, kbd, pre, samp, input, textarea, option, script, style"

LATIN_UI_TEXT = r"""(args) => {
  const [skip, names] = args;
  const found = [];
  // A word is a code when it is a handle (@brand), a path or zone (/api/v1, Asia/Riyadh) or a file name.
  const isCode = (word) => /[@\/]|\.\w/.test(word);
  // Attributes cannot hold <bdi>: the words of the user content shown on the page may stand in them.
  const shown = new Set();
  for (const el of document.querySelectorAll(skip)) {
    for (const word of (el.textContent || '').match(/[A-Za-z][A-Za-z'’-]*/g) || []) shown.add(word);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(skip) || parent.closest('[hidden]')) continue;
    for (const token of node.textContent.match(/[@\/]?[A-Za-z][\w.\/'’-]*/g) || []) {
      const word = token.replace(/[.'’-]+$/, '');
      if (names.includes(word) || isCode(word)) continue;
      found.push(word + '  ← ' + node.textContent.trim().slice(0, 80));
    }
  }
  for (const el of document.querySelectorAll('[placeholder], [title], [aria-label], img[alt]')) {
    if (el.closest(skip)) continue;
    for (const attr of ['placeholder', 'title', 'aria-label', 'alt']) {
      const value = el.getAttribute(attr) || '';
      for (const token of value.match(/[@\/]?[A-Za-z][\w.\/'’-]*/g) || []) {
        const word = token.replace(/[.'’-]+$/, '');
        if (names.includes(word) || isCode(word) || shown.has(word)) continue;
        found.push(word + '  ← @' + attr + ': ' + value.slice(0, 80));
      }
    }
  }
  return found;
}"""

OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && (box.right > width + 1 || box.left < -1) && !el.closest('.scroll-x')) {
      wide.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') +
                ' ' + Math.round(box.left) + '..' + Math.round(box.right));
    }
  }
  return {page: document.documentElement.scrollWidth, width, wide: wide.slice(0, 8)};
}"""


@pytest.fixture
def demo_workspace(app_env: Path) -> int:
    with db.session_scope(write=True) as session:
        return seed.seed(session, classifier_for(), datetime.now(UTC), None).id


def _signed_in(browser: Browser, live_server: str, lang: str, width: int) -> Page:
    context = browser.new_context(base_url=live_server, viewport={"width": width, "height": 844},
                                  locale="ar-SA" if lang == "ar" else "en-GB")
    page = context.new_page()
    page.goto("/login")
    page.fill("#email", seed.EMAIL)
    page.fill("#password", seed.PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/w/\d+"))
    if lang == "ar":
        page.click("button[name=lang][value=ar]")
        page.wait_for_load_state()
    return page


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_page_fits_a_phone(browser: Browser, live_server: str, demo_workspace: int, lang: str,
                                 screenshots: Path) -> None:
    page = _signed_in(browser, live_server, lang, 390)
    too_wide = {}
    for path in (*[f"/w/{demo_workspace}{p}" for p in PAGES], *ACCOUNT_PAGES):
        response = page.goto(path)
        assert response and response.ok, f"{path}: {response and response.status}"
        found = page.evaluate(OVERFLOW)
        name = path.strip("/").replace("/", "-").replace("?view=", "-") or "home"
        page.screenshot(path=screenshots / f"phone-{name}.{lang}.png", full_page=True)
        if found["page"] > found["width"] + 1:
            too_wide[path] = found
    page.context.close()
    assert not too_wide, f"wider than a 390 px screen ({lang}): {too_wide}"


def test_arabic_pages_speak_arabic(browser: Browser, live_server: str, demo_workspace: int) -> None:
    page = _signed_in(browser, live_server, "ar", 1280)
    latin = {}
    for path in (*[f"/w/{demo_workspace}{p}" for p in PAGES], *ACCOUNT_PAGES):
        page.goto(path)
        assert page.locator("html").get_attribute("dir") == "rtl"
        words = page.evaluate(LATIN_UI_TEXT, [USER_CONTENT, sorted(NAMES)])
        if words:
            latin[path] = sorted(set(words))[:15]
    page.context.close()
    assert not latin, f"English interface text on Arabic pages: {latin}"
