"""Errors and messages for people: every error is raised with a stable code and an English template (found by
reading the source, so a new raise without them fails here), every template has its Arabic with the same
placeholders, and a lower layer's error reaches an Arabic reader in Arabic through each door: a page, the API
(Accept-Language: ar) and the command line (COCKTAIL_LANG=ar)."""

from __future__ import annotations

import ast
import importlib
import inspect
import os
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from fastapi import FastAPI
from fastapi.testclient import TestClient

import cocktailparty
from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.connectors.base import ConnectorError, RateLimited
from cocktailparty.errors import ArchiveError, CocktailError, InputError, message, percent, plural
from cocktailparty.messages_extract import CODE, Found, found_in
from cocktailparty.models import Workspace
from cocktailparty.posts.service import schedule
from cocktailparty.translation import LOCALE_DIR, describe, described
from cocktailparty.workspaces.classifier import classifier_for
from webclient import PASSWORD, csrf, log_in, post_form, sign_up

SOURCE = Path(cocktailparty.__file__).parent
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
LATIN_WORD = re.compile(r"\b[a-zA-Z]{3,}\b")


def _sources() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(SOURCE.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _error_classes() -> dict[str, type]:
    """Every error class of ours, by name: CocktailError's and ConnectorError's subclasses, all modules loaded."""
    for module in pkgutil.walk_packages(cocktailparty.__path__, "cocktailparty."):
        if ".migrations" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: dict[str, type] = {}
    pending: list[type] = [CocktailError, ConnectorError]
    while pending:
        cls = pending.pop()
        found[cls.__name__] = cls
        pending.extend(cls.__subclasses__())
    return found


def _takes_a_code(cls: type) -> int | None:
    """Where the code goes in the class's arguments (0, or 1 after a network or a path), or None when the class
    sets its own code and words (NotPublicAddress(host), GuardrailRefused(verdict))."""
    names = [name for name in inspect.signature(cls.__init__).parameters if name != "self"]  # type: ignore[misc]
    return names.index("code") if "code" in names and names.index("code") <= 1 else None


def _words(node: ast.expr) -> bool:
    """A literal template, or plural()/message() with literal words."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
        name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
        return name in ("plural", "message") and bool(node.args) and isinstance(node.args[0], ast.Constant)
    return False


def _found() -> list[tuple[Path, Found]]:
    return [(path, found) for path, tree in _sources() for found in found_in(tree)]


def _catalog(lang: str) -> Catalog:
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def test_every_error_is_raised_with_a_literal_code_and_template() -> None:
    classes = _error_classes()
    wrong = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in classes or (at := _takes_a_code(classes[name])) is None:
                continue
            code = node.args[at] if len(node.args) > at else None
            template = node.args[at + 1] if len(node.args) > at + 1 else None
            if not (isinstance(code, ast.Constant) and isinstance(code.value, str) and CODE.match(code.value)
                    and template is not None and _words(template)):
                wrong.append(f"{path.relative_to(SOURCE)}:{node.lineno}: {ast.unparse(node)[:100]}")
    assert not wrong, "errors need a dotted code and an English template, both literals:\n" + "\n".join(wrong)


def test_the_single_argument_form_is_gone() -> None:
    with pytest.raises(TypeError):
        InputError("the text alone")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ConnectorError("x", "the text alone")  # type: ignore[call-arg]


def test_every_message_of_the_code_has_its_arabic() -> None:
    catalog = _catalog("ar")
    missing = []
    for path, found in _found():
        entry = catalog.get((found.template, found.plural) if found.plural else found.template)
        if entry is None and found.plural:
            entry = catalog.get(found.template)
        texts = entry.string if entry is not None and isinstance(entry.string, tuple) else (
            (entry.string,) if entry is not None else ())
        if not texts or not all(texts) or entry is None or entry.fuzzy:
            missing.append(f"{path.relative_to(SOURCE)}:{found.line}: {found.code or ''} {found.template!r}")
    assert not missing, "no Arabic (run `make translations`, then fill /work/ar/*.json):\n" + "\n".join(missing)


def test_arabic_keeps_the_placeholders_of_every_message() -> None:
    catalog = _catalog("ar")
    wrong = []
    for _path, found in _found():
        entry = catalog.get((found.template, found.plural) if found.plural else found.template)
        if entry is None or not entry.string:
            continue  # reported by the test above
        english = set(PLACEHOLDER.findall(found.template)) | set(PLACEHOLDER.findall(found.plural or ""))
        forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        for form in forms:
            arabic = set(PLACEHOLDER.findall(form))
            # A plural form may say its number in words (مرتين), and Arabic says a count its own way: `num`
            # may go, or replace the count English spells out ("two more value posts").
            needed = english - {"num", "count"} if found.plural else english
            allowed = english | {"num"} if found.plural else english
            if not needed <= arabic <= allowed:
                wrong.append(f"{found.template!r}: {form!r}")
                continue
            try:
                form % dict.fromkeys(allowed, "x")
            except (ValueError, TypeError, KeyError) as error:
                wrong.append(f"{found.template!r}: {form!r} ({error})")
    assert not wrong, "\n".join(wrong)


def test_codes_are_dotted_and_name_their_domain() -> None:
    codes = {found.code for _path, found in _found() if found.code}
    assert len(codes) > 150
    assert all(CODE.match(code) for code in codes)
    assert {"archive.corrupt_zip", "connector.rate_limited", "post.guardrail_refused",
            "member.wrong_credentials"} <= codes


def test_arabic_plurals_numbers_and_lists() -> None:
    twice = plural("too many log-in attempts: try again in %(num)s second",
                   "too many log-in attempts: try again in %(num)s seconds", 2)
    assert describe(twice, "en") == "too many log-in attempts: try again in 2 seconds"
    assert describe(twice, "ar") == "محاولات دخول كثيرة: حاول مجددًا بعد ثانيتين"
    eleven = plural("too many log-in attempts: try again in %(num)s second",
                    "too many log-in attempts: try again in %(num)s seconds", 1500)
    assert describe(eleven, "ar") == "محاولات دخول كثيرة: حاول مجددًا بعد ١٬٥٠٠ ثانية"
    assert describe(percent(0.2), "ar") == "٢٠٪" and describe(percent(0.2), "en") == "20%"
    listed = message("unknown preset %(name)s; expected one of: %(presets)s", name="'x'", presets=["80/20", "4-1-1"])
    assert describe(listed, "ar").endswith("80/20، 4-1-1")


def test_an_error_of_a_lower_layer_in_arabic_names_its_file_and_keeps_user_content() -> None:
    error = ArchiveError("/data/7/upload.zip", "archive.corrupt_zip", "truncated or corrupt zip")
    assert str(error) == "/data/7/upload.zip: truncated or corrupt zip"
    named = error.naming("/data/7/upload.zip", "export.zip")
    assert describe(named, "ar") == "\u2068export.zip\u2069: ملف zip مقطوع أو تالف"
    limited = RateLimited("x", "connector.rate_limited", "X's rate limit was reached: %(detail)s", retry_after=60,
                          detail="Too Many Requests")
    assert describe(limited, "ar") == "بلغ X حدّ عدد الطلبات: Too Many Requests"
    body = described(InputError("post.in_past", "the time is in the past: choose a later one"), "ar")
    assert body == {"detail": "الوقت المختار مضى: اختر وقتًا لاحقًا", "code": "post.in_past", "params": {}}


# --- the doors ---


@pytest.fixture
def web_app(app_env: Path) -> FastAPI:
    from cocktailparty.web import ratelimit
    from cocktailparty.web.app import create_app

    ratelimit.reset()
    return create_app()


def _busy_channel(workspace_id: int, start: datetime) -> int:
    """Eight value posts and two promotions ahead: a third promotion breaks 80/20."""
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        channel = channels.add(session, workspace, network="testnet", name="brand", token="t", verify=False)
        for hour in range(8):
            schedule(session, workspace, channel, f"Baking tip {hour}: keep bread in a cloth bag so it stays soft",
                     start - timedelta(hours=hour + 1), classifier_for(), category="educational")
        for hour in (1, 2):
            schedule(session, workspace, channel, f"Sale {hour}", start + timedelta(hours=hour), classifier_for(),
                     category="promotional")
        return channel.id


def test_a_page_shows_the_log_in_failure_and_the_guardrail_in_arabic(web_app: FastAPI) -> None:
    with TestClient(web_app, base_url="http://testserver", headers={"Accept-Language": "ar"}) as client:
        workspace_id = sign_up(client, "sara@example.com")
        assert workspace_id
        post_form(client, "/language", {"lang": "ar", "next": f"/w/{workspace_id}"}, page="/")
        start = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
        channel_id = _busy_channel(workspace_id, start)
        at = start + timedelta(hours=3)
        token = csrf(client, f"/w/{workspace_id}/compose")
        check = client.post(f"/w/{workspace_id}/compose/check", headers={"X-CSRF-Token": token, "HX-Request": "true"},
                            data={"text": "50% off all croissants today, order now!", "channel_id": str(channel_id),
                                  "date": at.strftime("%Y-%m-%d"), "time": at.strftime("%H:%M")})
        reason = re.search(r'<p class="small guardrail-reason">(.*?)</p>', check.text, re.S)
        assert reason, check.text
        assert "ستكون المنشورات الترويجية" in reason.group(1) and "٢٠٪" in reason.group(1)
        assert "promotion would be" not in check.text and "more value post" not in reason.group(1)
        post_form(client, "/logout", {}, page="/")
        wrong = log_in(client, "sara@example.com", PASSWORD + "x")
        assert wrong.status_code == 401
        assert "البريد الإلكتروني أو كلمة المرور غير صحيحة" in wrong.text and "wrong e-mail" not in wrong.text


def test_the_api_answers_a_lower_layer_error_in_the_language_asked_for(web_app: FastAPI) -> None:
    from cocktailparty.members import service as members
    from cocktailparty.models import Role

    with db.session_scope() as session:
        user = members.sign_up(session, email="omar@example.com", name="Omar", password=PASSWORD, workspace_name=None)
        workspace = members.create_workspace(session, user, "Acme")
        _token, secret = members.create_api_token(session, members.Access(user, workspace, Role.OWNER), "tests")
        workspace_id = workspace.id
    start = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    channel_id = _busy_channel(workspace_id, start)
    with TestClient(web_app, base_url="http://testserver") as client:
        ask = {"Authorization": f"Bearer {secret}", "Accept-Language": "ar"}
        body = {"channel_id": channel_id, "text": "Sale!", "at": (start + timedelta(hours=3)).isoformat(),
                "category": "promotional"}
        refused = client.post("/api/v1/posts", headers=ask, json=body)
        assert refused.status_code == 409
        assert "ستكون المنشورات الترويجية" in refused.json()["detail"] and "٢٠٪" in refused.json()["detail"]
        assert "promotion" not in refused.json()["fix"] and "more value" not in refused.json()["fix"]
        past = {**body, "at": (datetime.now(UTC) - timedelta(days=1)).isoformat(), "category": "news"}
        late = client.post("/api/v1/posts", headers=ask, json=past)
        assert late.status_code == 422
        assert late.json() == {"detail": "الوقت المختار مضى: اختر وقتًا لاحقًا", "code": "post.in_past", "params": {}}
        english = client.post("/api/v1/posts", headers={**ask, "Accept-Language": "en"}, json=past)
        assert english.json()["detail"] == "the time is in the past: choose a later one"


def test_the_command_line_says_an_archive_error_in_arabic(model_cache: Path, tmp_path: Path) -> None:
    broken = tmp_path / "export.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    env = {**os.environ, "COCKTAIL_DATA_DIR": str(model_cache.parent), "COCKTAIL_LANG": "ar", "COLUMNS": "200"}
    run = subprocess.run([sys.executable, "-m", "cocktailparty", "audit", str(broken)], capture_output=True,
                         text=True, env=env, cwd=tmp_path, timeout=300)
    assert run.returncode == 2, run.stderr
    assert "ملف zip مقطوع أو تالف" in run.stderr and "export.zip" in run.stderr
    # Latin script only in the file's name and the word zip.
    words = run.stderr.replace("error:", "").replace(str(broken), "").replace("zip", "")
    assert not LATIN_WORD.search(words), run.stderr
