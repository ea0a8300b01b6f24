"""The audit page: upload an archive, the job in the worker's queue, progress, the report, isolation."""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import select

import factories
from cocktailparty import db
from cocktailparty.audit import job as audit_job
from cocktailparty.models import AuditRun, AuditStatus
from cocktailparty.worker.runner import run_until_idle
from webclient import csrf, post_form, sign_up

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "cocktailparty" / "samples" / "dubai-coffee-x"
SAMPLE_POSTS = 230


def sample_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(SAMPLE.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(SAMPLE).as_posix())
    return buffer.getvalue()


def upload(client: TestClient, workspace_id: int, content: bytes, name: str = "dubai-coffee.zip",
           lang: str = "en", htmx: bool = False) -> Response:
    """As a browser without script (the token in the form), or as htmx does it (the token in a header)."""
    token = csrf(client, f"/w/{workspace_id}/audit")
    files = {"archive": (name, content, "application/octet-stream")}
    if htmx:
        return client.post(f"/w/{workspace_id}/audit", data={"lang": lang}, files=files,
                           headers={"X-CSRF-Token": token, "HX-Request": "true"}, follow_redirects=False)
    return client.post(f"/w/{workspace_id}/audit", data={"csrf_token": token, "lang": lang}, files=files,
                       follow_redirects=False)


def run_id_of(answer: Response) -> int:
    target = answer.headers.get("location") or answer.headers["hx-redirect"]
    found = re.fullmatch(r"/w/\d+/audit/(\d+)", target)
    assert found, target
    return int(found.group(1))


def work_the_queue() -> None:
    """What `cocktail worker` does: take every queued job, the audits among them, and run it."""
    run_until_idle(timedelta(seconds=120), max_wait=0)


def the_run(run_id: int) -> AuditRun:
    with db.session_scope() as session:
        run = session.get(AuditRun, run_id)
        assert run is not None
        session.expunge(run)
        return run


def test_an_uploaded_archive_is_queued_audited_by_the_worker_and_reported(client: TestClient,
                                                                          db_env: Path) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Dubai Coffee")
    assert workspace_id is not None
    page = client.get(f"/w/{workspace_id}/audit")
    assert page.status_code == 200 and 'type="file"' in page.text and "No audit yet." in page.text

    answer = upload(client, workspace_id, sample_zip())
    assert answer.status_code == 303
    run_id = run_id_of(answer)
    run = the_run(run_id)
    assert run.status == AuditStatus.QUEUED and run.file_name == "dubai-coffee.zip" and run.lang == "en"
    stored = db_env / run.path
    assert stored.read_bytes() == sample_zip()
    assert stored == db_env / "uploads" / str(workspace_id) / str(run_id) / "dubai-coffee.zip"
    waiting = client.get(f"/w/{workspace_id}/audit/{run_id}")
    assert "Waiting for the worker" in waiting.text and 'hx-trigger="every 1s"' in waiting.text

    work_the_queue()
    run = the_run(run_id)
    assert run.status == AuditStatus.DONE, run.error
    assert run.result is not None and run.result["posts"] == SAMPLE_POSTS
    assert 0 < run.result["promotional_share"] < 1
    assert run.progress_total > 0 and run.progress_done == run.progress_total and run.finished_at is not None

    page = client.get(f"/w/{workspace_id}/audit/{run_id}")
    share = re.search(r'class="value promotional-share">([^<]+)<', page.text)
    assert share and share.group(1) == f"{run.result['promotional_share'] * 100:.1f}%"
    assert f">{SAMPLE_POSTS}<" in page.text and "every 1s" not in page.text
    assert f'src="/w/{workspace_id}/audit/{run_id}/report"' in page.text
    # Polling a finished run hands over the result and stops polling.
    fragment = client.get(f"/w/{workspace_id}/audit/{run_id}/progress")
    assert "promotional-share" in fragment.text and "hx-trigger" not in fragment.text

    report = client.get(f"/w/{workspace_id}/audit/{run_id}/report")
    assert report.status_code == 200 and report.headers["content-type"].startswith("text/html")
    assert 'dir="ltr"' in report.text and "dubai-coffee.zip" in report.text and str(db_env) not in report.text
    policy = report.headers["content-security-policy"]
    assert "frame-ancestors 'self'" in policy and "sandbox" in policy and "script-src" not in policy
    assert report.headers["x-frame-options"] == "SAMEORIGIN"
    assert "<script" not in report.text  # the report needs no script, and its policy allows none

    summary = client.get(f"/w/{workspace_id}/audit/{run_id}/summary.json")
    assert summary.status_code == 200 and "attachment" in summary.headers["content-disposition"]
    data = json.loads(summary.text)
    assert data["posts"] == SAMPLE_POSTS and data["source"] == "dubai-coffee.zip"

    listing = client.get(f"/w/{workspace_id}/audit")
    assert "dubai-coffee.zip" in listing.text and f"/w/{workspace_id}/audit/{run_id}" in listing.text
    assert f"{run.result['promotional_share'] * 100:.1f}%" in listing.text


def test_an_htmx_upload_streams_and_an_arabic_report_is_right_to_left(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id is not None
    answer = upload(client, workspace_id, sample_zip(), name="أرشيف.zip", lang="ar", htmx=True)
    assert answer.status_code == 200, answer.text
    run_id = run_id_of(answer)
    run = the_run(run_id)
    assert run.lang == "ar" and run.file_name == "أرشيف.zip" and run.path.endswith(f"{run_id}/upload.zip")
    work_the_queue()
    assert the_run(run_id).status == AuditStatus.DONE
    report = client.get(f"/w/{workspace_id}/audit/{run_id}/report")
    assert '<html lang="ar" dir="rtl">' in report.text


def test_the_report_language_defaults_to_the_interface_language(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id is not None
    post_form(client, "/language", {"lang": "ar"}, page=f"/w/{workspace_id}/audit")
    page = client.get(f"/w/{workspace_id}/audit")
    assert 'dir="rtl"' in page.text
    assert re.search(r'<option value="ar" lang="ar" selected>', page.text)
    token = csrf(client, f"/w/{workspace_id}/audit")
    answer = client.post(f"/w/{workspace_id}/audit", data={"csrf_token": token},
                         files={"archive": ("a.zip", sample_zip(), "application/zip")}, follow_redirects=False)
    assert the_run(run_id_of(answer)).lang == "ar"


@pytest.mark.parametrize(("name", "content", "message"), [
    ("cut.zip", sample_zip()[:3000], "cut.zip: truncated or corrupt zip"),
    ("empty.csv", b"", "empty.csv: no posts found: the file is empty"),
    ("notes.txt", b"just some notes\n", "notes.txt: unknown format"),
])
def test_a_bad_archive_ends_as_a_failed_run_with_the_importers_message(
        client: TestClient, db_env: Path, name: str, content: bytes, message: str) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id is not None
    good = run_id_of(upload(client, workspace_id, sample_zip()))
    work_the_queue()
    run_id = run_id_of(upload(client, workspace_id, content, name=name))
    work_the_queue()
    run = the_run(run_id)
    assert run.status == AuditStatus.FAILED and run.error is not None and run.error.startswith(message)
    assert str(db_env) not in run.error and "Traceback" not in run.error
    page = client.get(f"/w/{workspace_id}/audit/{run_id}")
    assert page.status_code == 200 and message in page.text and "every 1s" not in page.text
    assert client.get(f"/w/{workspace_id}/audit/{run_id}/report").status_code == 404
    # Nothing else is lost: the earlier run and its report are still there.
    assert the_run(good).status == AuditStatus.DONE
    assert client.get(f"/w/{workspace_id}/audit/{good}/report").status_code == 200


def test_an_upload_without_a_file_or_over_the_limit_is_refused_and_leaves_nothing(
        client: TestClient, db_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id is not None
    nothing = upload(client, workspace_id, b"", name="")
    assert nothing.status_code == 422 and "choose an archive to upload" in nothing.text
    refused = upload(client, workspace_id, sample_zip(), lang="fr", htmx=True)
    assert refused.status_code == 422 and "the report language must be one of" in refused.text
    assert 'id="audit-upload"' in refused.text and "<html" not in refused.text  # the form, for htmx to swap

    from cocktailparty.config import get_settings

    monkeypatch.setenv("COCKTAIL_MAX_UPLOAD_MB", "1")
    get_settings.cache_clear()
    big = upload(client, workspace_id, b"x" * (2 * 1024 * 1024), name="big.csv", htmx=True)
    assert big.status_code == 413 and "larger than the limit of 1 MB" in big.text
    with db.session_scope() as session:
        assert session.scalars(select(AuditRun)).all() == []
    uploads = db_env / "uploads" / str(workspace_id)
    assert not uploads.exists() or list(uploads.iterdir()) == []


def test_the_limit_holds_while_streaming_without_a_content_length(client: TestClient, db_env: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id is not None
    token = csrf(client, f"/w/{workspace_id}/audit")
    monkeypatch.setenv("COCKTAIL_MAX_UPLOAD_MB", "1")
    from cocktailparty.config import get_settings

    get_settings.cache_clear()
    boundary = "audit-boundary"
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="archive"; filename="big.csv"\r\n'
            "Content-Type: text/csv\r\n\r\n").encode()

    def body():  # a generator: sent chunked, with no Content-Length to refuse it by
        yield head
        for _ in range(3):
            yield b"y" * (1024 * 1024)
        yield f"\r\n--{boundary}--\r\n".encode()

    answer = client.post(f"/w/{workspace_id}/audit", content=body(),
                         headers={"X-CSRF-Token": token, "HX-Request": "true",
                                  "Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert answer.status_code == 413
    uploads = db_env / "uploads" / str(workspace_id)
    assert list(uploads.iterdir()) == []


def test_the_progress_fragment_shows_a_progress_bar_while_running(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id is not None
    run_id = run_id_of(upload(client, workspace_id, sample_zip()))
    queued = client.get(f"/w/{workspace_id}/audit/{run_id}/progress")
    assert "<progress" in queued.text and 'hx-trigger="every 1s"' in queued.text
    with db.session_scope() as session:
        run = session.get(AuditRun, run_id)
        assert run is not None
        run.status, run.progress_done, run.progress_total = AuditStatus.RUNNING, 3 * 1048576, 12 * 1048576
    running = client.get(f"/w/{workspace_id}/audit/{run_id}/progress")
    assert running.status_code == 200 and "<html" not in running.text
    assert re.search(r'<progress class="audit-progress" max="12582912" value="3145728"', running.text)
    assert "3.0 of 12.0 MB read (25%)" in running.text and 'hx-trigger="every 1s"' in running.text


def test_progress_is_written_to_the_run_at_most_twice_a_second(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id is not None
    run_id = run_id_of(upload(client, workspace_id, sample_zip()))
    clock = iter([100.0, 100.1, 100.2, 100.6, 100.7, 101.2])
    progress = audit_job._Progress(run_id, clock=lambda: next(clock))  # starts at 100.0
    seen = []
    for done in (10, 20, 30, 40, 50):
        progress(done)
        seen.append(the_run(run_id).progress_done)
    assert seen == [0, 0, 30, 30, 50]


def test_a_viewer_sees_past_runs_but_cannot_upload(client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id is not None
    run_id = run_id_of(upload(client, workspace_id, sample_zip()))
    work_the_queue()
    sign_up(other_client, "vera@example.com", "Elsewhere")
    with db.session_scope() as session:
        factories.joined(session, "vera@example.com", workspace_id, "viewer")
    page = other_client.get(f"/w/{workspace_id}/audit")
    assert page.status_code == 200 and "dubai-coffee.zip" in page.text
    assert 'type="file"' not in page.text and 'id="audit-upload"' not in page.text
    assert other_client.get(f"/w/{workspace_id}/audit/{run_id}/report").status_code == 200
    answer = upload(other_client, workspace_id, sample_zip())
    assert answer.status_code == 403
    with db.session_scope() as session:
        assert len(session.scalars(select(AuditRun)).all()) == 1


def test_another_workspace_cannot_see_a_run(client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Dubai Coffee")
    assert workspace_id is not None
    run_id = run_id_of(upload(client, workspace_id, sample_zip()))
    work_the_queue()
    other_id = sign_up(other_client, "omar@example.com", "Elsewhere")
    for suffix in ("", "/progress", "/report", "/summary.json"):
        # Through the other workspace (the run is not its own) and directly (not a member).
        assert other_client.get(f"/w/{other_id}/audit/{run_id}{suffix}").status_code == 404
        assert other_client.get(f"/w/{workspace_id}/audit/{run_id}{suffix}").status_code == 404
    listing = other_client.get(f"/w/{other_id}/audit")
    assert "dubai-coffee.zip" not in listing.text
    assert client.get(f"/w/{workspace_id}/audit/{run_id}").status_code == 200


def test_file_names_are_escaped(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id is not None
    run_id = run_id_of(upload(client, workspace_id, sample_zip(), name="<script>alert(1)</script>.zip"))
    for path in (f"/w/{workspace_id}/audit", f"/w/{workspace_id}/audit/{run_id}"):
        text = client.get(path).text
        assert "<script>alert(1)</script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;.zip" in text
    assert re.fullmatch(rf"uploads/{workspace_id}/{run_id}/[A-Za-z0-9._-]+\.zip", the_run(run_id).path)


def test_a_lone_file_keeps_the_name_its_importer_knows_it_by(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id is not None
    run_id = run_id_of(upload(client, workspace_id, (SAMPLE / "data" / "tweets.js").read_bytes(), name="tweets.js"))
    work_the_queue()
    run = the_run(run_id)
    assert run.status == AuditStatus.DONE, run.error
    assert run.result is not None and run.result["posts"] == SAMPLE_POSTS and run.result["format"] == "x"


def test_uploads_keep_within_the_workspace_quota_oldest_finished_first(
        client: TestClient, db_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cocktailparty.config import get_settings

    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id is not None
    buffer = io.BytesIO(sample_zip())
    with zipfile.ZipFile(buffer, "a") as padded:  # about 440 KB: two fit in 1 MB, three do not
        padded.writestr("media/photo.bin", os.urandom(400_000))
    archive = buffer.getvalue()
    first = run_id_of(upload(client, workspace_id, archive))
    work_the_queue()
    second = run_id_of(upload(client, workspace_id, archive))
    work_the_queue()
    assert the_run(first).status == AuditStatus.DONE and the_run(second).status == AuditStatus.DONE
    # Room for two archives and a bit: the third upload removes the oldest archive, and only that.
    monkeypatch.setenv("COCKTAIL_UPLOAD_QUOTA_MB", "1")
    get_settings.cache_clear()
    assert len(archive) * 2 < 2**20 < len(archive) * 3
    third = run_id_of(upload(client, workspace_id, archive))
    assert the_run(first).path == "" and the_run(second).path and the_run(third).path
    assert not (db_env / "uploads" / str(workspace_id) / str(first)).exists()
    assert client.get(f"/w/{workspace_id}/audit/{first}/report").status_code == 200  # the report stays
    # An archive bigger than the whole quota is refused, and nothing is removed for it.
    big = upload(client, workspace_id, b"x" * (2 * 2**20), name="big.csv")
    assert big.status_code == 422 and "room for uploads" in big.text
    assert the_run(second).path


def test_a_half_received_upload_left_by_a_crash_is_removed_at_start(db_env: Path) -> None:
    import time

    from cocktailparty.audit.runs import remove_stale_incoming
    from cocktailparty.config import get_settings

    folder = db_env / "uploads" / "1"
    folder.mkdir(parents=True)
    stale, fresh = folder / ".incoming-dead", folder / ".incoming-live"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"arriving")
    old = time.time() - 7 * 3600
    os.utime(stale, (old, old))
    assert remove_stale_incoming(get_settings()) == 1
    assert not stale.exists() and fresh.exists()


def test_the_file_name_loses_direction_overrides_and_controls(client: TestClient) -> None:
    """The name the browser gave is shown in the list of audits: a right-to-left override in it would reverse the
    text after it ("report<U+202E>piz.exe"), and a NUL could not be stored on PostgreSQL."""
    workspace_id = sign_up(client, "sara@example.com")
    token = csrf(client, f"/w/{workspace_id}/audit")
    # Written by hand: a client library would percent-encode the NUL that a hostile one sends as it is.
    name = "تقرير\u202epiz.exe\x00.zip".encode()
    body = (b'--xyz\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n' + token.encode()
            + b'\r\n--xyz\r\nContent-Disposition: form-data; name="archive"; filename="' + name
            + b'"\r\nContent-Type: application/zip\r\n\r\n' + sample_zip() + b"\r\n--xyz--\r\n")
    answer = client.post(f"/w/{workspace_id}/audit", content=body, follow_redirects=False,
                         headers={"content-type": "multipart/form-data; boundary=xyz"})
    assert answer.status_code == 303, answer.text
    with db.session_scope() as session:
        assert session.scalars(select(AuditRun.file_name)).all() == ["تقريرpiz.exe.zip"]
