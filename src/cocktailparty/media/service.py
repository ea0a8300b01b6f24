"""The media library's rules, one write path for the pages, the API and the command line: take in an uploaded
file (checked by its content, cleaned, within the workspace's quota), attach files to a post with their alt
text after each network's checks, re-encode one to fit a network, sign short-lived addresses, remove what no
post uses."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from cocktailparty.config import Settings, get_settings
from cocktailparty.connectors.networks import NETWORKS, Network
from cocktailparty.errors import InputError, NotFound
from cocktailparty.media import clean
from cocktailparty.media.checks import Facts, Problem, check
from cocktailparty.media.repository import WorkspaceMedia
from cocktailparty.media.sniff import sniff
from cocktailparty.media.storage import Store, incoming_dir, store_for
from cocktailparty.models import MediaFile, Post
from cocktailparty.secrets import derived_key

MAX_NAME = 120


class QuotaExceeded(InputError):
    status_code = 413


class MediaProblems(InputError):
    """The post's media break a network's rules; `problems` says which file and why (and the fix)."""

    def __init__(self, network: Network, problems: Sequence[Problem], fix_hint: str | None = None) -> None:
        if fix_hint:  # the command line names its option that re-encodes
            super().__init__("media.refused_fixable", "the %(network)s channel cannot take these files: "
                             "%(problems)s. To fix: add %(option)s to re-encode them to fit",
                             network=network.name, problems=[problem.text for problem in problems], option=fix_hint)
        else:
            super().__init__("media.refused", "the %(network)s channel cannot take these files: %(problems)s",
                             network=network.name, problems=[problem.text for problem in problems])
        self.network, self.problems = network, list(problems)


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file chosen for a post, with its alt text (in the post's language)."""

    media_id: int
    alt_text: str = ""


def safe_name(name: str) -> str:
    """The uploaded file's name as we keep it: its last path part, no control characters or separators."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    name = "".join(char for char in name if unicodedata.category(char)[0] != "C")
    name = re.sub(r"[\s/:*?\"<>|]+", " ", name).strip(" .")
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = f"{stem[: MAX_NAME - len(suffix) - 1]}.{suffix}" if dot and len(suffix) <= 8 else name[:MAX_NAME]
    return name or "media"


def ingest(session: Session, workspace_id: int, source: Path, name: str, *, uploaded_by: int | None = None,
           tags: str = "", settings: Settings | None = None, store: Store | None = None,
           written_by_us: bool = False) -> MediaFile:
    """Take in the finished upload at `source` (a file of ours, in the incoming folder): check what it is, strip
    its metadata (unless `written_by_us`: a re-encode carries none), check the quota, and put it in the store.
    The file at `source` is gone afterwards either way."""
    settings = settings or get_settings()
    store = store or store_for(settings)
    name = safe_name(name)
    try:
        size = source.stat().st_size
        if size == 0:
            raise InputError("media.empty", "%(file)s is empty", file=name)
        if size > settings.media_max_mb * 2**20:
            raise QuotaExceeded("media.file_too_large", "%(file)s is larger than %(limit)s MB, the largest file "
                                "the library takes", file=name, limit=settings.media_max_mb)
        content = sniff(source, name)
        if content.kind == "image" and not written_by_us:
            clean.strip_metadata(source, content.mime_type)
            size = source.stat().st_size
        library = WorkspaceMedia(session, workspace_id)
        used = library.total_size()
        if used + size > settings.media_quota_mb * 2**20:
            raise QuotaExceeded("media.quota", "%(file)s does not fit: the workspace's media take %(used)s MB of "
                                "%(limit)s MB; remove media no post uses first", file=name,
                                used=round(used / 2**20), limit=settings.media_quota_mb)
        key = f"{workspace_id}/{secrets.token_hex(12)}/{_with_suffix(name, content.mime_type)}"
        digest = _sha256(source)
        store.put(key, source)
        return library.add(MediaFile(
            key=key, name=name, mime_type=content.mime_type, kind=content.kind, size=size, width=content.width,
            height=content.height, duration_ms=content.duration_ms, sha256=digest,
            tags=" ".join(tags.split())[:500], uploaded_by=uploaded_by,
        ))
    finally:
        source.unlink(missing_ok=True)


def ingest_path(session: Session, workspace_id: int, path: Path, **options: object) -> MediaFile:
    """`ingest` for a file the user names (the command line): copied in pieces to the incoming folder first,
    so the user's own file is never changed."""
    settings = get_settings()
    if not path.is_file():
        raise InputError("media.no_file", "%(file)s: no such file", file=str(path))
    folder = incoming_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f".incoming-{secrets.token_hex(8)}"
    try:
        with path.open("rb") as source, target.open("wb") as copy:
            while chunk := source.read(2**20):
                copy.write(chunk)
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise InputError("media.unreadable", "%(file)s cannot be read (%(reason)s)", file=str(path),
                         reason=exc.strerror or "") from None
    return ingest(session, workspace_id, target, path.name, settings=settings, **options)  # type: ignore[arg-type]


def forget_stored(keys: Sequence[str], store: Store | None = None) -> None:
    """Remove files put in the store by a transaction that then rolled back (their rows are gone with it)."""
    store = store or store_for()
    for key in keys:
        try:
            store.delete(key)
        except Exception:  # best effort: an orphan file costs room, never correctness
            continue


def _with_suffix(name: str, mime_type: str) -> str:
    """The stored name ends as its content says (a PNG named .jpg is kept as .png), so what reads it is not misled."""
    suffix = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "image/gif": ".gif",
              "video/mp4": ".mp4"}[mime_type]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = re.sub(r"[^\w\-]+", "-", stem, flags=re.UNICODE).strip("-")[:80] or "media"
    return f"{stem}{suffix}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(2**20):
            digest.update(chunk)
    return digest.hexdigest()


def get_or_raise(session: Session, workspace_id: int, media_id: int) -> MediaFile:
    found = WorkspaceMedia(session, workspace_id).get(media_id)
    if found is None:
        raise NotFound("media.unknown", "no such media file in this workspace")
    return found


def facts(media: MediaFile, alt_text: str = "") -> Facts:
    return Facts(media.id, media.name, media.mime_type, media.kind, media.size, media.width, media.height,
                 media.duration_ms, alt_text)


def chosen(session: Session, workspace_id: int, attachments: Sequence[Attachment]) -> list[tuple[MediaFile, str]]:
    """The workspace's files for `attachments` (another workspace's id is unknown here), in order."""
    seen: set[int] = set()
    found = []
    for item in attachments:
        if item.media_id in seen:
            continue
        seen.add(item.media_id)
        found.append((get_or_raise(session, workspace_id, item.media_id), item.alt_text.strip()))
    return found


def problems_for(network_id: str, files: Sequence[tuple[MediaFile, str]]) -> list[Problem]:
    """The network's objections to these files (warnings included); none for a network we do not know."""
    network = NETWORKS.get(network_id)
    if network is None or not files:
        return []
    return check(network, [facts(media, alt) for media, alt in files])


def check_or_raise(network_id: str, files: Sequence[tuple[MediaFile, str]]) -> list[Problem]:
    """Raise MediaProblems for any problem that blocks; return the warnings."""
    found = problems_for(network_id, files)
    blocking = [problem for problem in found if problem.blocks]
    if blocking:
        raise MediaProblems(NETWORKS[network_id], blocking)
    return [problem for problem in found if not problem.blocks]


def attached_to(session: Session, workspace_id: int, post_id: int) -> list[tuple[MediaFile, str]]:
    """The post's library files, in order, with their alt text."""
    return WorkspaceMedia(session, workspace_id).attachments(post_id)


def attach(session: Session, workspace_id: int, post: Post, files: Sequence[tuple[MediaFile, str]]) -> None:
    """Give `post` these files, in order, with their alt text (the post's own media before are replaced)."""
    if post.workspace_id != workspace_id:
        raise NotFound("post.unknown", "no such post")
    WorkspaceMedia(session, workspace_id).set_attachments(post.id, [(media.id, alt) for media, alt in files])


def fit_for(session: Session, workspace_id: int, media_id: int, network_id: str, *,
            settings: Settings | None = None, store: Store | None = None) -> MediaFile:
    """A new library file: the picture re-encoded to fit the network (smaller, fewer pixels, JPEG). The
    original stays as it was, for the other networks."""
    settings = settings or get_settings()
    store = store or store_for(settings)
    media = get_or_raise(session, workspace_id, media_id)
    network = NETWORKS.get(network_id)
    if network is None or media.kind != "image":
        raise InputError("media.no_fix", "%(file)s cannot be changed to fit automatically", file=media.name)
    limits = network.media
    folder = incoming_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f".fit-{secrets.token_hex(8)}"
    try:
        with store.local(media.key) as local:
            clean.fit(local, target, max_bytes=limits.image_bytes, max_side=limits.max_side,
                      max_pixels_sum=limits.max_pixels_sum, formats=limits.image_types)
    except ValueError:
        target.unlink(missing_ok=True)
        raise InputError("media.no_fix", "%(file)s cannot be changed to fit automatically", file=media.name) from None
    stem = media.name.rsplit(".", 1)[0]
    return ingest(session, workspace_id, target, f"{stem} ({network.name}).jpg", uploaded_by=media.uploaded_by,
                  tags=media.tags, settings=settings, store=store, written_by_us=True)


def fit_if_refused(session: Session, workspace_id: int, media: MediaFile, network_id: str) -> MediaFile:
    """`media`, or a re-encoded copy when the network refuses it for a reason a re-encode fixes."""
    if any(problem.fix == "reencode" for problem in problems_for(network_id, [(media, "")])):
        return fit_for(session, workspace_id, media.id, network_id)
    return media


def remove(session: Session, workspace_id: int, media_id: int, *, store: Store | None = None) -> None:
    """Remove a file no post uses (from the store after the row; a file a post uses is refused)."""
    library = WorkspaceMedia(session, workspace_id)
    media = get_or_raise(session, workspace_id, media_id)
    if library.used_in([media.id]):
        raise InputError("media.in_use", "%(file)s is used by a post: remove it from the post first", file=media.name)
    key = media.key
    library.remove(media)
    (store or store_for()).delete(key)


def remove_unused(session: Session, workspace_id: int, created_before: datetime | None = None, *,
                  store: Store | None = None) -> list[str]:
    """Remove every file no post uses (uploaded before `created_before`); returns their names."""
    store = store or store_for()
    library = WorkspaceMedia(session, workspace_id)
    removed = []
    for media in library.unused(created_before):
        removed.append(media.name)
        key = media.key
        library.remove(media)
        store.delete(key)
    return removed


# Signed addresses: the page shows <img src> without the file being public. The signature binds the workspace,
# the file and the expiry, so an address copied out of one workspace's page opens nothing else, and not for long.
def sign(workspace_id: int, media_id: int, *, now: float | None = None, settings: Settings | None = None) -> str:
    settings = settings or get_settings()
    expires = int((now if now is not None else time.time()) + settings.media_url_seconds)
    return f"/w/{workspace_id}/media/{media_id}/file?e={expires}&s={_signature(workspace_id, media_id, expires)}"


def signature_valid(workspace_id: int, media_id: int, expires: int, signature: str, *,
                    now: float | None = None) -> bool:
    if expires < (now if now is not None else time.time()):
        return False
    return hmac.compare_digest(_signature(workspace_id, media_id, expires), signature)


def _signature(workspace_id: int, media_id: int, expires: int) -> str:
    key = derived_key("media address").encode()
    return hmac.new(key, f"{workspace_id}:{media_id}:{expires}".encode(), hashlib.sha256).hexdigest()[:32]
