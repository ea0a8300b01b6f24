"""The rules of access: who may sign up, sign in, join, and act in a workspace.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106's second recommended set);
invitation and API tokens are random, shown once, and stored as their SHA-256.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from cocktailparty.db import session_scope
from cocktailparty.errors import CocktailError, InputError, NotFound, message
from cocktailparty.i18n import LANGS
from cocktailparty.members import repository
from cocktailparty.models import ApiToken, FeedToken, Invitation, Membership, Role, User, WebSession, Workspace
from cocktailparty.names import clean_name
from cocktailparty.secrets import SecretKeyError, decrypt, encrypt

MIN_PASSWORD = 10
MAX_PASSWORD = 1000  # long passphrases welcome; not a megabyte to hash
MIN_STRENGTH = 2  # zxcvbn's score (0-4): 2 is "somewhat guessable", safe against online guessing
INVITATION_DAYS = 7
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password. Made on
    first need, not at import: hashing takes argon2's 64 MB and a third of a second, which every process that
    imports this module (each command, the web app at start) would otherwise pay."""
    return _hasher.hash("not a password anyone has")


class AuthFailed(CocktailError):
    """Wrong e-mail or password (which one is not said)."""

    status_code = 401


class Forbidden(CocktailError):
    """Signed in, but the role in this workspace does not allow it."""

    status_code = 403


def _normalise_email(email: str) -> str:
    email = email.strip().lower()
    if len(email) > 320 or not _EMAIL.match(email):
        raise InputError("member.bad_email", "%(value)s is not an e-mail address", value=email or "an empty value")
    return email


def _check_password(password: str, *known: str) -> None:
    """Long enough, not absurdly long, and not easy to guess: not a common password, nor made from what
    we know of the person (`known`: their e-mail and name)."""
    if len(password) < MIN_PASSWORD:
        raise InputError("member.password_too_short", "the password needs at least %(limit)s characters",
                         limit=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise InputError("member.password_too_long", "the password may have at most %(limit)s characters",
                         limit=MAX_PASSWORD)
    # zxcvbn's dictionaries take about 11 MB: loaded by the first password checked, not by every process that
    # imports this module (the web app does, for its sign-up and account pages).
    from zxcvbn import zxcvbn

    hints = [part for value in known for part in (value, *value.replace("@", " ").replace(".", " ").split())]
    if zxcvbn(password[:100], user_inputs=[*hints, "cocktailparty", "cocktail party"])["score"] < MIN_STRENGTH:
        raise InputError("member.password_too_easy",
                         "this password is too easy to guess (a common password, or made from your name or e-mail): "
                         "add a few more words")


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def sign_up(session: Session, *, email: str, name: str, password: str, workspace_name: str | None) -> User:
    """A new user; with `workspace_name`, also their new workspace, which they own."""
    email = _normalise_email(email)
    name = clean_name(name, message("your name"))
    _check_password(password, email, name)
    if repository.user_by_email(session, email):
        raise InputError("member.email_taken", "an account with %(email)s exists already: log in instead",
                         email=email)
    user = User(email=email, name=name, password_hash=_hasher.hash(password))
    session.add(user)
    session.flush()
    if workspace_name is not None:
        create_workspace(session, user, workspace_name)
    return user


def create_workspace(session: Session, owner: User, name: str) -> Workspace:
    name = clean_name(name, message("the workspace a name"))
    if repository.workspace_named(session, name) is not None:
        raise InputError("workspace.name_taken", "the workspace name %(name)s is taken: choose another",
                         name=repr(name))
    workspace = Workspace(name=name)
    session.add(workspace)
    session.flush()
    session.add(Membership(user_id=owner.id, workspace_id=workspace.id, role=Role.OWNER))
    session.flush()
    return workspace


def add_owner(session: Session, workspace: Workspace, user: User) -> None:
    """Make `user` an owner of `workspace` (the command line's way to give a workspace its first owner)."""
    found = repository.membership(session, user.id, workspace.id)
    if found is None:
        session.add(Membership(user_id=user.id, workspace_id=workspace.id, role=Role.OWNER))
    else:
        found.role = Role.OWNER
    session.flush()


def authenticate(session: Session, email: str, password: str) -> User:
    user = repository.user_by_email(session, email)
    try:
        _hasher.verify(user.password_hash if user else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        raise AuthFailed("member.wrong_credentials", "wrong e-mail or password") from None
    if user is None:
        raise AuthFailed("member.wrong_credentials", "wrong e-mail or password")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


@dataclass(frozen=True)
class Access:
    """A user acting in a workspace with a role: what every page and API call is checked against."""

    user: User
    workspace: Workspace
    role: Role

    def require(self, role: Role) -> None:
        if self.role.rank < role.rank:
            raise Forbidden("member.role_needed", "this needs the %(role)s role; you are %(current)s in %(workspace)s",
                            role=role.value, current=self.role.value, workspace=self.workspace.name)

    @property
    def can_edit(self) -> bool:
        return self.role.rank >= Role.EDITOR.rank


def access(session: Session, user: User, workspace_id: int) -> Access | None:
    """The user's access to the workspace, or None when they are not a member (treated as not found)."""
    found = repository.membership(session, user.id, workspace_id)
    if found is None:
        return None
    workspace = session.get(Workspace, workspace_id)
    assert workspace is not None  # the membership's foreign key
    return Access(user=user, workspace=workspace, role=Role(found.role))


def invite(session: Session, by: Access, email: str, role: str) -> tuple[Invitation, str]:
    """An invitation and its token (shown once, to be sent as a link)."""
    by.require(Role.OWNER)
    email = _normalise_email(email)
    try:
        chosen = Role(role)
    except ValueError:
        raise InputError("member.unknown_role", "unknown role %(role)s; expected owner, editor or viewer",
                         role=repr(role)) from None
    existing = repository.user_by_email(session, email)
    if existing and repository.membership(session, existing.id, by.workspace.id):
        raise InputError("member.already_in", "%(email)s is already in %(name)s", email=email, name=by.workspace.name)
    token = secrets.token_urlsafe(24)
    invitation = Invitation(
        workspace_id=by.workspace.id, email=email, role=chosen, token_hash=digest(token), invited_by=by.user.id,
        expires_at=datetime.now(UTC) + timedelta(days=INVITATION_DAYS),
    )
    session.add(invitation)
    session.flush()
    return invitation, token


def find_invitation(session: Session, token: str) -> Invitation:
    invitation = repository.invitation_by_hash(session, digest(token))
    if invitation is None or invitation.accepted_at is not None:
        raise InputError("member.invitation_invalid", "this invitation link is not valid or was used already")
    if invitation.expires_at < datetime.now(UTC):
        raise InputError("member.invitation_expired", "this invitation has expired: ask for a new one")
    return invitation


def accept(session: Session, user: User, token: str) -> Workspace:
    invitation = find_invitation(session, token)
    if invitation.email != user.email:
        raise InputError("member.invitation_other_email",
                         "this invitation is for %(email)s; you are signed in as %(email2)s", email=invitation.email,
                         email2=user.email)
    if repository.membership(session, user.id, invitation.workspace_id) is None:
        session.add(Membership(user_id=user.id, workspace_id=invitation.workspace_id, role=invitation.role))
    invitation.accepted_at = datetime.now(UTC)
    session.flush()
    workspace = session.get(Workspace, invitation.workspace_id)
    assert workspace is not None
    return workspace


def set_role(session: Session, by: Access, user_id: int, role: str) -> None:
    by.require(Role.OWNER)
    found = repository.membership(session, user_id, by.workspace.id)
    if found is None:
        raise InputError("member.not_in_workspace", "that person is not in this workspace")
    try:
        chosen = Role(role)
    except ValueError:
        raise InputError("member.unknown_role", "unknown role %(role)s; expected owner, editor or viewer",
                         role=repr(role)) from None
    if found.role == Role.OWNER and chosen != Role.OWNER and _owners(session, by.workspace.id) == 1:
        raise InputError("member.last_owner", "a workspace keeps at least one owner")
    found.role = chosen


def remove_member(session: Session, by: Access, user_id: int) -> None:
    by.require(Role.OWNER)
    found = repository.membership(session, user_id, by.workspace.id)
    if found is None:
        raise InputError("member.not_in_workspace", "that person is not in this workspace")
    if found.role == Role.OWNER and _owners(session, by.workspace.id) == 1:
        raise InputError("member.last_owner", "a workspace keeps at least one owner")
    session.delete(found)
    # Their API tokens and feed link would come back to life if they were invited again: they go with the
    # membership.
    for token in repository.api_tokens_of(session, user_id, by.workspace.id):
        session.delete(token)
    feed = repository.feed_token_of(session, by.workspace.id, user_id)
    if feed is not None:
        session.delete(feed)
    session.flush()


def _owners(session: Session, workspace_id: int) -> int:
    return sum(1 for _, role in repository.members_of(session, workspace_id) if role == Role.OWNER)


def create_api_token(session: Session, by: Access, name: str) -> tuple[ApiToken, str]:
    """A token acting as this user in this workspace; the secret is returned once and never again."""
    name = clean_name(name, message("the token a name (what will use it)"))
    secret = "cp_" + secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=by.user.id, workspace_id=by.workspace.id, name=name, prefix=secret[:10],
        token_hash=digest(secret),
    )
    session.add(token)
    session.flush()
    return token, secret


def access_by_api_token(session: Session, secret: str) -> tuple[Access, ApiToken] | None:
    """The access an API token gives (with the token), or None. Nothing is written: see `use_of`."""
    token = repository.api_token_by_hash(session, digest(secret))
    if token is None:
        return None
    user = session.get(User, token.user_id)
    allowed = access(session, user, token.workspace_id) if user is not None else None
    return (allowed, token) if allowed is not None else None


def api_tokens_visible(session: Session, by: Access) -> list[tuple[ApiToken, User]]:
    """The tokens a member may see and revoke: their own, or every token of the workspace for an owner."""
    tokens = repository.api_tokens_in(session, by.workspace.id)
    if by.role == Role.OWNER:
        return tokens
    return [(token, user) for token, user in tokens if user.id == by.user.id]


def revoke_api_token(session: Session, by: Access, token_id: int) -> ApiToken:
    """Delete a token: one's own, or any token of the workspace for an owner. A token the member may not
    touch is not found, as one of another workspace is."""
    token = repository.api_token_in(session, by.workspace.id, token_id)
    if token is None or (token.user_id != by.user.id and by.role != Role.OWNER):
        raise NotFound("member.token_not_found", "no such API token")
    session.delete(token)
    session.flush()
    return token


def cancel_invitation(session: Session, by: Access, invitation_id: int) -> Invitation:
    """Withdraw an invitation not accepted yet: its link stops working."""
    by.require(Role.OWNER)
    invitation = repository.invitation_in(session, by.workspace.id, invitation_id)
    if invitation is None or invitation.accepted_at is not None:
        raise NotFound("member.invitation_not_found", "no such invitation")
    session.delete(invitation)
    session.flush()
    return invitation


def set_preferences(user: User, *, show_hijri: bool, locale: str) -> None:
    if locale not in LANGS:
        raise InputError("member.unknown_language", "unknown language %(locale)s; expected one of: %(join)s",
                         locale=repr(locale), join=", ".join(LANGS))
    user.show_hijri = show_hijri
    user.locale = locale


# --- Sessions of the web app ---------------------------------------------------------------------------------



@dataclass(frozen=True)
class SessionPolicy:
    lifetime: timedelta  # from log-in, used or not
    idle: timedelta  # since the last use


def start_session(
    session: Session, user: User, policy: SessionPolicy, *, user_agent: str = "", address: str = "",
    now: datetime | None = None,
) -> tuple[WebSession, str]:
    """A new signed-in session and its token (for the cookie; only its SHA-256 is kept)."""
    now = now or datetime.now(UTC)
    for old in repository.web_sessions_of(session, user.id):
        if not _alive(old, policy, now):
            session.delete(old)  # ended by time: cleared when their user next logs in
    token = secrets.token_urlsafe(32)
    found = WebSession(user_id=user.id, token_hash=digest(token), user_agent=user_agent[:200],
                       address=address[:64], created_at=now, last_seen_at=now, expires_at=now + policy.lifetime)
    session.add(found)
    session.flush()
    return found, token


def resume_session(
    session: Session, token: str, policy: SessionPolicy, now: datetime | None = None
) -> tuple[User, WebSession] | None:
    """The user of a session token that has not ended, expired or idled out; None otherwise."""
    now = now or datetime.now(UTC)
    found = repository.web_session_by_hash(session, digest(token))
    if found is None:
        return None
    if not _alive(found, policy, now):
        return None
    user = session.get(User, found.user_id)
    if user is None:
        return None
    return user, found


def _alive(found: WebSession, policy: SessionPolicy, now: datetime) -> bool:
    return found.expires_at > now and found.last_seen_at + policy.idle > now


def end_session(session: Session, token: str) -> None:
    """Log out: the session's token stops working at once, wherever the cookie was copied to."""
    found = repository.web_session_by_hash(session, digest(token))
    if found is not None:
        session.delete(found)
        session.flush()


def sessions_of(session: Session, user: User) -> list[WebSession]:
    return repository.web_sessions_of(session, user.id)


def end_session_of(session: Session, user: User, session_id: int) -> None:
    """End one of the user's own sessions (another browser); another user's session is not found."""
    found = repository.web_session_of(session, user.id, session_id)
    if found is None:
        raise NotFound("member.session_not_found", "no such session")
    session.delete(found)
    session.flush()


def end_other_sessions(session: Session, user: User, keep: WebSession | None) -> int:
    """End every session of the user but `keep`; returns how many ended."""
    ended = 0
    for found in repository.web_sessions_of(session, user.id):
        if keep is None or found.id != keep.id:
            session.delete(found)
            ended += 1
    session.flush()
    return ended


def change_password(
    session: Session, user: User, *, current: str, new: str, keep: WebSession | None
) -> int:
    """A new password, given the current one; every other session of the user ends (returns how many)."""
    try:
        _hasher.verify(user.password_hash, current)
    except (VerificationError, InvalidHashError):
        raise AuthFailed("member.wrong_password", "the current password is not right") from None
    if new == current:
        raise InputError("member.same_password", "the new password is the same as the current one")
    _check_password(new, user.email, user.name)
    user.password_hash = _hasher.hash(new)
    return end_other_sessions(session, user, keep)


# --- Calendar feed links -------------------------------------------------------------------------------------

FEED_TOKEN_PREFIX = "cf_"


def feed_token(session: Session, by: Access) -> str:
    """The member's own secret for the workspace's calendar feed, made on first use."""
    found = repository.feed_token_of(session, by.workspace.id, by.user.id)
    if found is not None:
        try:
            return str(decrypt(found.secret)["token"])
        except SecretKeyError:
            session.delete(found)  # the secret key changed: this link cannot be shown again, so a new one
            session.flush()
    return _new_feed_token(session, by)


def shown_feed_token(session: Session, by: Access) -> str:
    """`feed_token` for a page that only reads: a token to make is made in its own short write transaction, so
    the page's read never turns into a write (on SQLite that fails at once, "database is locked", while the
    worker holds the write lock)."""
    found = repository.feed_token_of(session, by.workspace.id, by.user.id)
    if found is not None:
        try:
            return str(decrypt(found.secret)["token"])
        except SecretKeyError:
            pass  # made again below, in the write transaction
    with session_scope(write=True) as writer:
        user, workspace = writer.get(User, by.user.id), writer.get(Workspace, by.workspace.id)
        assert user is not None and workspace is not None
        return feed_token(writer, Access(user=user, workspace=workspace, role=by.role))


def reset_feed_token(session: Session, by: Access) -> str:
    """A new feed link for the member; the old one stops working at once."""
    found = repository.feed_token_of(session, by.workspace.id, by.user.id)
    if found is not None:
        session.delete(found)
        session.flush()
    return _new_feed_token(session, by)


def _new_feed_token(session: Session, by: Access) -> str:
    token = FEED_TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(FeedToken(workspace_id=by.workspace.id, user_id=by.user.id, token_hash=digest(token),
                          secret=encrypt({"token": token})))
    session.flush()
    return token


def access_by_feed_token(session: Session, token: str) -> tuple[Access, FeedToken] | None:
    """Who a feed link belongs to, while they are still a member; None for an unknown or reset link."""
    found = repository.feed_token_by_hash(session, digest(token))
    if found is None:
        return None
    user = session.get(User, found.user_id)
    allowed = access(session, user, found.workspace_id) if user is not None else None
    return (allowed, found) if allowed is not None else None


# --- When credentials were last used ----------------------------------------------------------------------------

# How stale a "last used" time may get before it is written again: browsing does not turn every page into a
# write, and on SQLite a read never has to become a write (which fails when another writer went first).
USE_EVERY = {"api_token": timedelta(minutes=1), "web_session": timedelta(minutes=5), "feed_token": timedelta(hours=1)}
_USE_COLUMNS = {"api_token": ApiToken.last_used_at, "web_session": WebSession.last_seen_at,
                "feed_token": FeedToken.last_used_at}


@dataclass(frozen=True)
class Use:
    """A credential seen in use. Doors record it after the request, in a short write of its own."""

    kind: str  # a key of USE_EVERY
    id: int
    at: datetime


def use_of(credential: ApiToken | WebSession | FeedToken, now: datetime | None = None) -> Use | None:
    """The use to record for `credential`, or None while its last recorded use is recent enough."""
    now = now or datetime.now(UTC)
    kind = ("api_token" if isinstance(credential, ApiToken) else
            "web_session" if isinstance(credential, WebSession) else "feed_token")
    last = credential.last_seen_at if isinstance(credential, WebSession) else credential.last_used_at
    if last is not None and now - last < USE_EVERY[kind]:
        return None
    return Use(kind, credential.id, now)


def record_use(session: Session, use: Use) -> None:
    """Write the time of `use`, unless a concurrent request already wrote one as recent."""
    repository.write_last_used(session, _USE_COLUMNS[use.kind], use.id, use.at, stale=use.at - USE_EVERY[use.kind])
