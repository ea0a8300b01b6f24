"""Repairing Meta's Latin-1 mojibake only when the round trip proves the text was mangled."""

from __future__ import annotations

import json

import pytest

from cocktailparty.audit.importers.meta_text import repair_meta_text


def mangle(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


@pytest.mark.parametrize(
    "original",
    [
        "مرحبا",
        "وش رايكم نسوي مسابقة الأسبوع الجاي؟ 🎁",  # Gulf, with an emoji (four UTF-8 bytes)
        "إيه رأيكم في العرض ده؟",  # Egyptian
        "Café — naïve ‘quotes’",
        "plain ASCII",
    ],
)
def test_mangled_text_comes_back_exactly(original: str) -> None:
    assert repair_meta_text(mangle(original)) == original


def test_the_json_escapes_facebook_writes_decode_to_the_mangled_form() -> None:
    written = json.dumps(mangle("مرحبا"))
    assert written == '"\\u00d9\\u0085\\u00d8\\u00b1\\u00d8\\u00ad\\u00d8\\u00a8\\u00d8\\u00a7"'
    assert repair_meta_text(json.loads(written)) == "مرحبا"


@pytest.mark.parametrize("text", ["Café", "مرحبا", "naïve 🎉", "Ã"])
def test_text_that_was_not_mangled_is_left_alone(text: str) -> None:
    assert repair_meta_text(text) == text
