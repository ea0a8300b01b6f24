"""A status' HTML content turned back into text, and a loose fingerprint of a text to find a status by."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# A remote mention as Mastodon renders it: only the username is shown (and counted).
_REMOTE_MENTION = re.compile(r"(?<![/\w])@(\w+)@[\w.-]*\w", re.IGNORECASE)


class _PlainText(HTMLParser):
    """Mastodon's status HTML is <p> paragraphs with <br /> line breaks; links keep their full text
    in hidden spans, so the visible text is everything between the tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(content_html: str) -> str:
    """The text a reader sees in a status' HTML `content`, with paragraphs and line breaks kept."""
    parser = _PlainText()
    parser.feed(content_html)
    parser.close()
    return "".join(parser.parts)


def match_key(text: str) -> str:
    """A loose fingerprint of a status text that survives Mastodon's rendering (whitespace, markup,
    the domain of remote mentions). It only picks the statuses worth comparing exactly."""
    text = _REMOTE_MENTION.sub(r"@\1", text)
    return "".join(char for char in text.casefold() if char.isalnum())
