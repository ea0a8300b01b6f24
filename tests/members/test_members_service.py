"""The members domain through its service, with no page in between: signing up and logging in, invitations (once,
for their e-mail, until they expire), roles (a workspace keeps an owner), API tokens (the secret shown once,
stored as a digest, gone with the membership) and what each role may do. Real database (the session's, each
test rolled back)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

import factories
from cocktailparty.errors import InputError, NotFound
from cocktailparty.members import service
from cocktailparty.members.service import AuthFailed, Forbidden
from cocktailparty.models import ApiToken, Role, User
from factories import PASSWORD


def _owner(session: Session, email: str = "noura@bakery.example") -> service.Access:
    return factories.owner(session, "Riyadh Bakery", email)


def _member(session: Session, owner: service.Access, email: str, role: str) -> service.Access:
    return factories.member(session, owner, role, email)


def test_sign_up_normalises_the_email_and_log_in_checks_the_password(session: Session) -> None:
    owner = _owner(session, "  Noura@Bakery.Example ")
    assert owner.user.email == "noura@bakery.example" and owner.user.password_hash != PASSWORD
    assert service.authenticate(session, "noura@bakery.example", PASSWORD).id == owner.user.id
    for email, password in (("noura@bakery.example", "wrong password here"), ("nobody@x.example", PASSWORD)):
        with pytest.raises(AuthFailed) as refused:
            service.authenticate(session, email, password)
        assert refused.value.code == "member.wrong_credentials"  # the same answer: no account is revealed
    with pytest.raises(InputError, match="exists already"):
        service.sign_up(session, email="NOURA@bakery.example", name="N", password=PASSWORD, workspace_name=None)
    with pytest.raises(InputError) as easy:
        service.sign_up(session, email="sara@bakery.example", name="Sara", password="password123", workspace_name=None)
    assert easy.value.code in ("member.password_too_easy", "member.password_too_short")


def test_an_invitation_works_once_for_its_email_until_it_expires(session: Session) -> None:
    owner = _owner(session)
    invitation, token = service.invite(session, owner, "Sara@Bakery.example", "editor")
    assert invitation.token_hash == service.digest(token) and token not in invitation.token_hash
    other = service.sign_up(session, email="omar@bakery.example", name="Omar", password=PASSWORD, workspace_name=None)
    with pytest.raises(InputError) as wrong:
        service.accept(session, other, token)
    assert wrong.value.code == "member.invitation_other_email"
    sara = service.sign_up(session, email="sara@bakery.example", name="Sara", password=PASSWORD, workspace_name=None)
    assert service.accept(session, sara, token).id == owner.workspace.id
    access = service.access(session, sara, owner.workspace.id)
    assert access is not None and access.role == Role.EDITOR and access.can_edit
    with pytest.raises(InputError) as used:
        service.accept(session, sara, token)
    assert used.value.code == "member.invitation_invalid"
    late, late_token = service.invite(session, owner, "late@bakery.example", "viewer")
    late.expires_at = datetime.now(UTC) - timedelta(seconds=1)
    with pytest.raises(InputError) as expired:
        service.find_invitation(session, late_token)
    assert expired.value.code == "member.invitation_expired"


def test_only_owners_manage_members_and_a_workspace_keeps_an_owner(session: Session) -> None:
    owner = _owner(session)
    editor = _member(session, owner, "sara@bakery.example", "editor")
    with pytest.raises(Forbidden) as forbidden:
        service.invite(session, editor, "omar@bakery.example", "viewer")
    assert forbidden.value.code == "member.role_needed"
    with pytest.raises(InputError) as last:
        service.set_role(session, owner, owner.user.id, "editor")
    assert last.value.code == "member.last_owner"
    service.set_role(session, owner, editor.user.id, "owner")
    service.set_role(session, owner, owner.user.id, "viewer")  # another owner now: allowed
    with pytest.raises(InputError) as unknown:
        service.set_role(session, owner, editor.user.id, "admin")
    assert unknown.value.code == "member.unknown_role"


def test_an_api_token_is_shown_once_stored_as_a_digest_and_goes_with_the_membership(session: Session) -> None:
    owner = _owner(session)
    editor = _member(session, owner, "sara@bakery.example", "editor")
    token, secret = service.create_api_token(session, editor, "zapier")
    assert secret.startswith("cp_") and token.token_hash == service.digest(secret) and secret not in token.token_hash
    found = service.access_by_api_token(session, secret)
    assert found is not None and found[0].user.id == editor.user.id and found[0].role == Role.EDITOR
    assert service.access_by_api_token(session, secret + "x") is None
    viewer = _member(session, owner, "omar@bakery.example", "viewer")
    with pytest.raises(NotFound):
        service.revoke_api_token(session, viewer, token.id)  # not theirs: as if it did not exist
    assert [found_token.id for found_token, _ in service.api_tokens_visible(session, owner)] == [token.id]
    assert service.api_tokens_visible(session, viewer) == []
    service.remove_member(session, owner, editor.user.id)
    assert service.access_by_api_token(session, secret) is None
    assert session.get(ApiToken, token.id) is None and session.get(User, editor.user.id) is not None
