"""The audit page: upload an archive, follow the run's progress, read its report."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from cocktailparty import db
from cocktailparty.audit import repository, runs, upload
from cocktailparty.config import get_settings
from cocktailparty.errors import InputError
from cocktailparty.i18n import LANGS
from cocktailparty.members.service import Access
from cocktailparty.web import i18n as web_i18n
from cocktailparty.web.deps import DbSession, EditorAccess, WorkspaceAccess
from cocktailparty.web.i18n import describe_here
from cocktailparty.web.templating import render, render_page
from cocktailparty.worker import tasks

router = APIRouter()

# The report is a document of its own: inline styles and an inline SVG chart, no script at all. It
# may be framed by our own pages only, and runs sandboxed, so even a flaw in it could run nothing.
REPORT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; "
    "base-uri 'none'; form-action 'none'; sandbox"
)
ARCHIVE_FIELD = "archive"


def _index(request: Request, access: Access, session: DbSession, *, error: str | None = None,
           lang: str | None = None, status_code: int = 200) -> Response:
    context: dict[str, Any] = {
        "runs": repository.runs_of(session, access.workspace.id),
        "error": error,
        "report_lang": lang or web_i18n.current_lang.get(),
        "langs": LANGS,
        "max_upload_mb": get_settings().max_upload_mb,
    }
    if error is not None and "hx-request" in request.headers:
        return render(request, "audit/_upload_form.html", {**context, "workspace": access.workspace},
                      status_code=status_code)
    return render_page(request, access, session, "audit", "audit/index.html", context, status_code=status_code)


@router.get("/w/{workspace_id}/audit")
def audit_page(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    return _index(request, access, session)


@router.post("/w/{workspace_id}/audit")
async def upload_archive(request: Request, workspace_id: int, access: EditorAccess, session: DbSession,
                         background: BackgroundTasks) -> Response:
    settings = get_settings()
    received: upload.Upload | None = None
    lang: str | None = None
    # An upload takes as long as the sender's network: no database connection is held meanwhile.
    await run_in_threadpool(db.release_connection, session)
    try:
        received = await upload.receive(request, runs.uploads_dir(settings, access.workspace.id), ARCHIVE_FIELD,
                                        settings.max_upload_mb * 1024 * 1024)
        lang = received.fields.get("lang")
        report_lang = runs.language(lang, web_i18n.current_lang.get())
        run = await run_in_threadpool(runs.create, session, settings, access, received, report_lang)
    except InputError as error:
        if received is not None:
            received.discard()
        return await run_in_threadpool(_index, request, access, session, error=describe_here(error),
                                       lang=lang if lang in LANGS else None, status_code=error.status_code)
    # The job starts once the response is on its way, after the request's transaction committed the run.
    background.add_task(tasks.enqueue_audit, run.id)
    target = f"/w/{access.workspace.id}/audit/{run.id}"
    if "hx-request" in request.headers:
        return Response(status_code=200, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


@router.get("/w/{workspace_id}/audit/{run_id}")
def run_page(request: Request, workspace_id: int, run_id: int, access: WorkspaceAccess,
             session: DbSession) -> Response:
    run = runs.get_or_raise(session, access, run_id)
    return render_page(request, access, session, "audit", "audit/run.html", {"run": run})


@router.post("/w/{workspace_id}/audit/{run_id}/rerun")
def rerun(request: Request, workspace_id: int, run_id: int, access: EditorAccess, session: DbSession,
          background: BackgroundTasks) -> Response:
    """Run the audit again with the workspace's classifier as it is now (its corrections learnt)."""
    run = runs.get_or_raise(session, access, run_id)
    try:
        runs.rerun(session, get_settings(), access, run)
    except InputError as error:
        return render_page(request, access, session, "audit", "audit/run.html", {"run": run,
                           "error": describe_here(error)}, status_code=error.status_code)
    background.add_task(tasks.enqueue_audit, run.id)
    return RedirectResponse(f"/w/{access.workspace.id}/audit/{run.id}", status_code=303)


@router.get("/w/{workspace_id}/audit/{run_id}/progress")
def run_progress(request: Request, workspace_id: int, run_id: int, access: WorkspaceAccess,
                 session: DbSession) -> Response:
    run = runs.get_or_raise(session, access, run_id)
    return render(request, "audit/_run_status.html",
                  {"run": run, "workspace": access.workspace, "can_edit": access.can_edit})


@router.get("/w/{workspace_id}/audit/{run_id}/report")
def run_report(workspace_id: int, run_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    run = runs.get_or_raise(session, access, run_id)
    path = runs.report_file(get_settings(), run)
    return FileResponse(path, media_type="text/html; charset=utf-8", headers={
        "Content-Security-Policy": REPORT_SECURITY_POLICY, "X-Frame-Options": "SAMEORIGIN",
        "Cache-Control": "private, no-cache",
    })


@router.get("/w/{workspace_id}/audit/{run_id}/summary.json")
def run_summary(workspace_id: int, run_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    run = runs.get_or_raise(session, access, run_id)
    path = runs.summary_file(get_settings(), run)
    return FileResponse(path, media_type="application/json", filename=f"audit-{run.id}.json",
                        headers={"Cache-Control": "private, no-cache"})
