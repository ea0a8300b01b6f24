"""Streaming a JSON array element by element: chunk boundaries, truncation, bad bytes, whole documents."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocktailparty.audit.importers import json_stream
from cocktailparty.audit.importers.archive import open_source
from cocktailparty.audit.importers.json_stream import iter_json_array, load_json_document
from cocktailparty.errors import ArchiveError

PREFIX = re.compile(r"\s*window\.YTD\.\w+\.part\d+\s*=\s*")

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.sampled_from('abc é"\\\nمرحبا🎉')),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=3), children, max_size=3),
    max_leaves=6,
)


def stream_all(data: bytes, **options: Any) -> list[Any]:
    return list(iter_json_array(io.BytesIO(data), "f.js", **options))


@settings(max_examples=60, deadline=None)
@given(items=st.lists(json_values, max_size=6), chunk=st.integers(1, 9), indent=st.sampled_from([None, 2]))
def test_any_chunking_gives_what_json_loads_gives(items: list[Any], chunk: int, indent: int | None) -> None:
    data = ("window.YTD.tweets.part0 = " + json.dumps(items, indent=indent, ensure_ascii=False)).encode()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json_stream, "STREAM_CHUNK_BYTES", chunk)  # cuts elements and UTF-8 sequences
        patch.setattr(json_stream, "PREFIX_WINDOW_CHARS", 30)  # just the prefix is read ahead
        assert stream_all(data, prefix=PREFIX) == items


def test_plain_array_with_bom_and_progress_in_bytes() -> None:
    data = '\ufeff[{"a": "مرحبا"}, 2]'.encode()
    seen: list[int] = []
    assert stream_all(data, progress=seen.append) == [{"a": "مرحبا"}, 2]
    assert seen[-1] == len(data)


def test_array_never_closed_is_truncated() -> None:
    with pytest.raises(ArchiveError, match=r"^f\.js: truncated: .* after 2 complete elements"):
        stream_all(b"[1, 2")


def test_element_cut_at_the_end_is_truncated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "STREAM_CHUNK_BYTES", 4)
    monkeypatch.setattr(json_stream, "PREFIX_WINDOW_CHARS", 4)
    with pytest.raises(ArchiveError, match=r"truncated: .* after 1 complete elements \(at byte 17\)"):
        stream_all(b'[{"a": 1}, {"b": ')


def test_invalid_element_in_the_middle_names_the_element_and_byte() -> None:
    with pytest.raises(ArchiveError, match=r"^f\.js: invalid JSON in element 2 \(about byte 17\): Expecting value"):
        stream_all(b'[{"a": 1}, {"b": nope}, {"c": 3}]')


def test_missing_comma_between_elements() -> None:
    with pytest.raises(ArchiveError, match=r"invalid JSON after element 1 .*expected ',' or '\]'"):
        stream_all(b"[1 2]")


def test_not_utf8_names_the_byte() -> None:
    with pytest.raises(ArchiveError, match=r"^f\.js: not UTF-8 \(about byte 8\)"):
        stream_all(b'["ok", "\xff"]')


def test_wrong_start_says_what_was_expected() -> None:
    with pytest.raises(ArchiveError, match=r"not an X file: it does not start like one"):
        stream_all(b"var x = [1]", prefix=PREFIX, expected="an X file")
    with pytest.raises(ArchiveError, match=r"not a JSON list: no list starts"):
        stream_all(b'{"a": 1}')


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    with pytest.raises(ArchiveError, match=r"element 1 is nested too deeply"):
        stream_all(b"[" + b"[" * 100_000 + b"]" * 100_000 + b"]")


def test_endless_element_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "STREAM_CHUNK_BYTES", 8)
    monkeypatch.setattr(json_stream, "MAX_ELEMENT_CHARS", 32)
    monkeypatch.setattr(json_stream, "PREFIX_WINDOW_CHARS", 8)
    with pytest.raises(ArchiveError, match=r"element 1 \(about byte 1\) is not valid JSON or larger than"):
        stream_all(b'["' + b"x" * 200 + b'"]')


def test_whole_document_errors_name_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "outbox.json"
    path.write_text('{\n  "a": 1,\n  "b": oops\n}')
    with open_source(path) as source, pytest.raises(ArchiveError) as caught:
        load_json_document(source, "outbox.json")
    assert str(caught.value) == f"{path}: invalid JSON at line 3, column 8: Expecting value"
