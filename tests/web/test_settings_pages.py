"""The settings page: mix policy, posting slots, days without promotion, the team, API tokens and
personal preferences, each through its own form, with refusals that save nothing."""

from __future__ import annotations

import re
from datetime import date

from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from cocktailparty import db
from cocktailparty.members import service as members
from cocktailparty.models import ApiToken, AvoidDay, Channel, Invitation, Membership, User, Workspace
from webclient import post_form, sign_up

LINK = re.compile(r'value="(http://testserver/invitations/[^"]+)"')
SECRET = re.compile(r'value="(cp_[^"]+)"')


def settings_path(workspace_id: int) -> str:
    return f"/w/{workspace_id}/settings"


def submit(client: TestClient, workspace_id: int, action: str, data: dict[str, str], **kwargs: object):  # type: ignore[no-untyped-def]
    return post_form(client, f"/w/{workspace_id}/settings{action}", data, page=settings_path(workspace_id),
                     **kwargs)  # type: ignore[arg-type]


def add_channel(workspace_id: int, name: str = "Main", slots: list[str] | None = None) -> int:
    with db.session_scope() as session:
        channel = Channel(workspace_id=workspace_id, name=name, network="testnet", timezone="Asia/Riyadh",
                          slots=slots if slots is not None else ["Mon 09:00"])
        session.add(channel)
        session.flush()
        return channel.id


def workspace_row(workspace_id: int) -> Workspace:
    with db.session_scope() as session:
        found = session.get(Workspace, workspace_id)
        assert found is not None
        return found


def channel_row(channel_id: int) -> Channel:
    with db.session_scope() as session:
        found = session.get(Channel, channel_id)
        assert found is not None
        return found


def join(owner: TestClient, workspace_id: int, member: TestClient, email: str, role: str) -> None:
    """`member` signs up through an invitation from `owner` with `role`."""
    page = submit(owner, workspace_id, "/team/invite", {"email": email, "role": role})
    found = LINK.search(page.text)
    assert found, page.text
    joined = sign_up(member, email, name=email.split("@")[0].title(), invitation=found.group(1).rsplit("/", 1)[1])
    assert joined == workspace_id


# -- the page ---------------------------------------------------------------------------------------------------

def test_the_page_shows_every_section_to_an_owner(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    add_channel(workspace_id)
    page = client.get(settings_path(workspace_id))
    assert page.status_code == 200
    for title in ("Mix policy", "Posting slots", "Days without promotion", "Team", "API tokens", "Your preferences"):
        assert title in page.text
    assert 'aria-current="page" ' in page.text or 'aria-current="page">' in page.text
    assert "80/20: at most 20% promotional posts in any 10 posts or 30 days." in page.text
    for action in ("/settings/mix", "/settings/team/invite", "/settings/avoid-days", "/slots", "/timezone"):
        assert f'action="/w/{workspace_id}' in page.text and action in page.text
    assert "Monday <bdi>09:00</bdi>" in page.text


def test_a_viewer_reads_the_settings_without_forms_and_is_refused_every_change(
        client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    channel_id = add_channel(workspace_id)
    submit(client, workspace_id, "/avoid-days", {"day": "2027-03-20", "reason": "Eid"})
    join(client, workspace_id, other_client, "vera@example.com", "viewer")
    page = other_client.get(settings_path(workspace_id))
    assert page.status_code == 200
    assert "Eid" in page.text and "Vera" in page.text and "sara@example.com" in page.text
    for action in ("/settings/mix", "/settings/team/invite", "/settings/avoid-days\"", "/slots\"", "/timezone"):
        assert action not in page.text
    assert "Only an owner can change the mix policy." in page.text
    refused = {
        "/mix": {"preset": "thirds"},
        f"/channels/{channel_id}/slots": {"day": "Tue", "time": "10:00"},
        f"/channels/{channel_id}/slots/delete": {"slot": "Mon 09:00"},
        f"/channels/{channel_id}/timezone": {"timezone": "UTC"},
        "/avoid-days": {"day": "2027-04-01"},
        "/avoid-days/1/delete": {},
        "/team/invite": {"email": "x@example.com", "role": "owner"},
        "/team/1/role": {"role": "viewer"},
        "/team/1/remove": {},
    }
    for action, data in refused.items():
        answer = submit(other_client, workspace_id, action, data)
        assert answer.status_code == 403, (action, answer.status_code)
    assert workspace_row(workspace_id).preset == "80/20"
    assert channel_row(channel_id).slots == ["Mon 09:00"] and channel_row(channel_id).timezone == "Asia/Riyadh"
    with db.session_scope() as session:
        assert len(session.scalars(select(AvoidDay)).all()) == 1
        assert len(session.scalars(select(Membership)).all()) == 2


def test_an_editor_edits_slots_and_days_but_not_the_policy_or_the_team(
        client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    channel_id = add_channel(workspace_id)
    join(client, workspace_id, other_client, "ed@example.com", "editor")
    page = other_client.get(settings_path(workspace_id))
    assert "/settings/avoid-days" in page.text and f"/channels/{channel_id}/slots" in page.text
    assert "/settings/mix" not in page.text and "/settings/team/invite" not in page.text
    assert submit(other_client, workspace_id, f"/channels/{channel_id}/slots",
                  {"day": "Tue", "time": "10:00"}).status_code == 200
    assert channel_row(channel_id).slots == ["Mon 09:00", "Tue 10:00"]
    assert submit(other_client, workspace_id, "/mix", {"preset": "thirds"}).status_code == 403
    assert submit(other_client, workspace_id, "/team/invite", {"email": "x@example.com"}).status_code == 403
    assert workspace_row(workspace_id).preset == "80/20"


# -- mix policy -------------------------------------------------------------------------------------------------

def test_the_mix_policy_is_saved_and_bad_values_are_refused_without_saving(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    saved = submit(client, workspace_id, "/mix", {"preset": "custom", "cap": "25", "window_posts": "12",
                                                  "window_days": "14"}, follow_redirects=True)
    assert saved.status_code == 200 and "Mix policy saved: custom." in saved.text
    assert "custom: at most 25% promotional posts in any 12 posts or 14 days." in saved.text
    workspace = workspace_row(workspace_id)
    assert (workspace.preset, workspace.cap, workspace.window_posts, workspace.window_days) == ("custom", 0.25, 12, 14)

    for data, message in (
        ({"preset": "custom", "cap": ""}, "the custom preset needs a cap"),
        ({"preset": "custom", "cap": "150"}, "the cap is a percentage between 0 and 100, got 150"),
        ({"preset": "custom", "cap": "-1"}, "between 0 and 100"),
        ({"preset": "custom", "cap": "lots"}, "the cap must be a number"),
        ({"preset": "70/30"}, "unknown preset"),
        ({"preset": "80/20", "window_posts": "0"}, "windows must be at least 1 post and 1 day"),
        ({"preset": "80/20", "window_days": "1.5"}, "the window in days must be a number"),
    ):
        refused = submit(client, workspace_id, "/mix", data)
        assert refused.status_code == 422, data
        assert message in refused.text, (data, refused.text[-3000:])
        assert 'id="mix"' in refused.text  # the whole page comes back, with the values given
    assert workspace_row(workspace_id).cap == 0.25 and workspace_row(workspace_id).preset == "custom"

    # Back to a preset: empty fields mean the preset's own values.
    submit(client, workspace_id, "/mix", {"preset": "4-1-1", "cap": "", "window_posts": "", "window_days": ""})
    workspace = workspace_row(workspace_id)
    assert workspace.preset == "4-1-1"
    assert (workspace.cap, workspace.window_posts, workspace.window_days) == (None, None, None)
    page = client.get(settings_path(workspace_id))
    assert "4-1-1: at most 16.7% promotional posts in any 12 posts or 30 days." in page.text


# -- posting slots ----------------------------------------------------------------------------------------------

def test_slots_are_added_in_week_order_removed_and_bad_ones_refused(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    channel_id = add_channel(workspace_id, slots=["Wed 18:30"])
    added = submit(client, workspace_id, f"/channels/{channel_id}/slots", {"day": "mon", "time": "09:00"},
                   follow_redirects=True)
    assert added.status_code == 200 and "Main now posts on Mon 09:00 too." in added.text
    assert channel_row(channel_id).slots == ["Mon 09:00", "Wed 18:30"]

    duplicate = submit(client, workspace_id, f"/channels/{channel_id}/slots", {"day": "Mon", "time": "09:00"})
    assert duplicate.status_code == 422 and "Main already posts at Mon 09:00" in duplicate.text
    for day, time in (("Mon", "25:00"), ("Someday", "09:00"), ("Mon", "")):
        bad = submit(client, workspace_id, f"/channels/{channel_id}/slots", {"day": day, "time": time})
        assert bad.status_code == 422 and "expected a weekday and a time" in bad.text, (day, time)
    missing = submit(client, workspace_id, f"/channels/{channel_id}/slots/delete", {"slot": "Fri 10:00"})
    assert missing.status_code == 422 and "Main has no slot Fri 10:00" in missing.text
    assert channel_row(channel_id).slots == ["Mon 09:00", "Wed 18:30"]

    submit(client, workspace_id, f"/channels/{channel_id}/slots/delete", {"slot": "Wed 18:30"})
    assert channel_row(channel_id).slots == ["Mon 09:00"]


def test_the_channel_time_zone_is_validated(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    channel_id = add_channel(workspace_id)
    bad = submit(client, workspace_id, f"/channels/{channel_id}/timezone", {"timezone": "Mars/Olympus"})
    assert bad.status_code == 422 and "unknown time zone &#39;Mars/Olympus&#39;" in bad.text
    assert 'value="Mars/Olympus"' in bad.text  # the value given is kept in the form
    assert channel_row(channel_id).timezone == "Asia/Riyadh"
    good = submit(client, workspace_id, f"/channels/{channel_id}/timezone", {"timezone": "Europe/London"},
                  follow_redirects=False)
    assert good.status_code == 303 and good.headers["location"].endswith(f"#channel-{channel_id}")
    assert channel_row(channel_id).timezone == "Europe/London"


def test_a_channel_with_no_slots_says_which_defaults_the_planner_uses(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    add_channel(workspace_id, slots=[])
    assert "the planner uses Sunday 10:00" in client.get(settings_path(workspace_id)).text


# -- days without promotion -------------------------------------------------------------------------------------

def test_days_without_promotion_are_listed_with_their_hijri_date_and_removed(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    channel_id = add_channel(workspace_id)
    submit(client, workspace_id, "/avoid-days", {"day": "2027-03-10", "channel": "", "reason": "Eid al-Fitr"})
    submit(client, workspace_id, "/avoid-days", {"day": "2027-01-05", "channel": str(channel_id), "reason": ""})
    with db.session_scope() as session:
        rows = session.scalars(select(AvoidDay).order_by(AvoidDay.day)).all()
        assert [(row.day, row.channel_id, row.reason) for row in rows] == [
            (date(2027, 1, 5), channel_id, ""), (date(2027, 3, 10), None, "Eid al-Fitr")]
        first_id = rows[0].id
    page = client.get(settings_path(workspace_id))
    assert page.text.index("5 Jan 2027") < page.text.index("10 Mar 2027")
    assert "Every channel" in page.text and "AH" not in page.text  # Hijri only for those who want it

    submit(client, workspace_id, "/preferences", {"lang": "en", "show_hijri": "1"})
    page = client.get(settings_path(workspace_id))
    assert "2 Shawwal 1448 AH" in page.text  # 10 March 2027 in the Umm al-Qura calendar

    removed = submit(client, workspace_id, f"/avoid-days/{first_id}/delete", {}, follow_redirects=True)
    assert removed.status_code == 200 and "The day was removed." in removed.text
    with db.session_scope() as session:
        assert [row.day for row in session.scalars(select(AvoidDay))] == [date(2027, 3, 10)]


def test_bad_days_are_refused_with_the_reason_kept(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    submit(client, workspace_id, "/avoid-days", {"day": "2027-03-10", "reason": "Eid"})
    for data, message in (
        ({"day": "10/03/2027", "reason": "kept reason"}, "is not a date such as 2027-03-20"),
        ({"day": "2027-03-10", "reason": "kept reason"}, "2027-03-10 is already a day without promotion"),
        ({"day": "2027-03-11", "reason": "x" * 201}, "keep the reason under 200 characters"),
    ):
        refused = submit(client, workspace_id, "/avoid-days", data)
        assert refused.status_code == 422 and message in refused.text, data
        assert f'value="{data["reason"]}"' in refused.text
    assert submit(client, workspace_id, "/avoid-days", {"day": "2027-03-11", "channel": "999"}).status_code == 404
    with db.session_scope() as session:
        assert len(session.scalars(select(AvoidDay)).all()) == 1


def test_the_cli_adds_days_through_the_same_rules(client: TestClient) -> None:
    from cocktailparty.cli import app
    from cocktailparty.config import get_settings

    runner = CliRunner()
    assert runner.invoke(app, ["avoid", "add", "2027-03-10", "--reason", "Eid"]).exit_code == 0
    again = runner.invoke(app, ["avoid", "add", "2027-03-10"])
    assert again.exit_code == 2 and "already a day without promotion" in again.output
    bad = runner.invoke(app, ["avoid", "add", "March 10"])
    assert bad.exit_code == 2 and "is not a date such as" in bad.output
    with db.session_scope() as session:
        rows = session.scalars(select(AvoidDay)).all()
        assert [(row.day, row.reason) for row in rows] == [(date(2027, 3, 10), "Eid")]
        workspace = session.get(Workspace, rows[0].workspace_id)
        assert workspace is not None and workspace.name == get_settings().workspace


# -- team -------------------------------------------------------------------------------------------------------

def test_an_invitation_link_is_shown_once_and_listed_as_pending(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    page = submit(client, workspace_id, "/team/invite", {"email": "Ed@Example.com", "role": "viewer"})
    assert page.status_code == 200
    found = LINK.search(page.text)
    assert found and "Send this link to ed@example.com" in page.text
    token = found.group(1).rsplit("/", 1)[1]
    with db.session_scope() as session:
        invitation = session.scalar(select(Invitation))
        assert invitation is not None and invitation.role == "viewer" and token not in invitation.token_hash
    again = client.get(settings_path(workspace_id))
    assert token not in again.text and "Pending invitations" in again.text and "ed@example.com" in again.text
    assert client.get(f"/invitations/{token}").status_code == 200

    refused = submit(client, workspace_id, "/team/invite", {"email": "not an address", "role": "editor"})
    assert refused.status_code == 422 and "is not an e-mail address" in refused.text
    refused = submit(client, workspace_id, "/team/invite", {"email": "sara@example.com", "role": "editor"})
    assert refused.status_code == 422 and "sara@example.com is already in Acme" in refused.text
    refused = submit(client, workspace_id, "/team/invite", {"email": "x@example.com", "role": "boss"})
    assert refused.status_code == 422 and "unknown role" in refused.text

    with db.session_scope() as session:
        invitation_id = session.scalars(select(Invitation.id)).one()
    withdrawn = submit(client, workspace_id, f"/team/invitations/{invitation_id}/delete", {}, follow_redirects=True)
    assert "The invitation to ed@example.com was withdrawn." in withdrawn.text
    assert client.get(f"/invitations/{token}").status_code == 404


def test_owners_change_roles_and_remove_members_but_keep_one_owner(
        client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    join(client, workspace_id, other_client, "ed@example.com", "editor")
    with db.session_scope() as session:
        sara = session.scalar(select(User).where(User.email == "sara@example.com"))
        ed = session.scalar(select(User).where(User.email == "ed@example.com"))
        assert sara and ed
        sara_id, ed_id = sara.id, ed.id

    refused = submit(client, workspace_id, f"/team/{sara_id}/role", {"role": "editor"})
    assert refused.status_code == 422 and "a workspace keeps at least one owner" in refused.text
    refused = submit(client, workspace_id, f"/team/{sara_id}/remove", {})
    assert refused.status_code == 422 and "a workspace keeps at least one owner" in refused.text

    promoted = submit(client, workspace_id, f"/team/{ed_id}/role", {"role": "owner"}, follow_redirects=True)
    assert promoted.status_code == 200 and "The role was changed." in promoted.text
    # Two owners now: Sara may step down, and the page shows her the team read-only.
    stepped_down = submit(client, workspace_id, f"/team/{sara_id}/role", {"role": "viewer"}, follow_redirects=False)
    assert stepped_down.status_code == 303
    page = client.get(settings_path(workspace_id))
    assert page.status_code == 200 and "/settings/team/invite" not in page.text
    assert submit(client, workspace_id, f"/team/{ed_id}/role", {"role": "viewer"}).status_code == 403

    # Ed, owner now, removes Sara; her API tokens go with her membership.
    with db.session_scope() as session:
        access = members.access(session, session.get(User, sara_id), workspace_id)  # type: ignore[arg-type]
        assert access is not None
        members.create_api_token(session, access, "script")
    removed = submit(other_client, workspace_id, f"/team/{sara_id}/remove", {}, follow_redirects=True)
    assert removed.status_code == 200 and "They were removed from the workspace." in removed.text
    assert client.get(f"/w/{workspace_id}/settings").status_code == 404
    with db.session_scope() as session:
        assert session.scalars(select(ApiToken)).all() == []


# -- API tokens -------------------------------------------------------------------------------------------------

def test_api_tokens_show_their_secret_once_and_act_with_the_members_role(
        client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    join(client, workspace_id, other_client, "vera@example.com", "viewer")
    page = submit(other_client, workspace_id, "/tokens", {"name": "reporting <script>alert(1)</script>"})
    assert page.status_code == 200
    found = SECRET.search(page.text)
    assert found and "it will not be shown again" in page.text
    secret = found.group(1)
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    with db.session_scope() as session:
        found = members.access_by_api_token(session, secret)
        assert found is not None
        access = found[0]
        assert access.role == "viewer" and access.workspace.id == workspace_id
    listed = other_client.get(settings_path(workspace_id))
    assert secret not in listed.text, listed.text[listed.text.index(secret) - 300:][:400]
    # last used: just now, by the check above, with its zone
    assert secret[:10] in listed.text and '<span class="zone">(UTC)</span>' in listed.text

    refused = submit(other_client, workspace_id, "/tokens", {"name": "  "})
    assert refused.status_code == 422 and "give the token a name" in refused.text

    # The owner's own token is invisible to the viewer, who cannot revoke it; the owner sees and revokes both.
    submit(client, workspace_id, "/tokens", {"name": "owner's"})
    with db.session_scope() as session:
        ids = {token.name: token.id for token in session.scalars(select(ApiToken))}
    owners_token = ids["owner's"]
    assert "owner&#39;s" not in other_client.get(settings_path(workspace_id)).text
    assert submit(other_client, workspace_id, f"/tokens/{owners_token}/delete", {}).status_code == 404
    owner_page = client.get(settings_path(workspace_id))
    assert "owner&#39;s" in owner_page.text and "Vera" in owner_page.text
    revoked = submit(client, workspace_id, f"/tokens/{ids['reporting <script>alert(1)</script>']}/delete", {},
                     follow_redirects=True)
    assert revoked.status_code == 200 and "was revoked" in revoked.text
    with db.session_scope() as session:
        assert members.access_by_api_token(session, secret) is None
        assert [token.name for token in session.scalars(select(ApiToken))] == ["owner's"]


# -- preferences ------------------------------------------------------------------------------------------------

def test_preferences_switch_the_language_and_the_hijri_dates(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    saved = submit(client, workspace_id, "/preferences", {"lang": "ar", "show_hijri": "1"}, follow_redirects=True)
    assert saved.status_code == 200 and 'dir="rtl"' in saved.text and 'lang="ar"' in saved.text
    with db.session_scope() as session:
        user = session.scalar(select(User))
        assert user is not None and user.locale == "ar" and user.show_hijri
    submit(client, workspace_id, "/preferences", {"lang": "en"})
    assert 'dir="ltr"' in client.get(settings_path(workspace_id)).text
    with db.session_scope() as session:
        user = session.scalar(select(User))
        assert user is not None and user.locale == "en" and not user.show_hijri
    refused = submit(client, workspace_id, "/preferences", {"lang": "fr"})
    assert refused.status_code == 422 and "unknown language" in refused.text


def test_user_values_are_escaped(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Acme")
    assert workspace_id
    add_channel(workspace_id, name="<script>alert('c')</script>")
    submit(client, workspace_id, "/avoid-days", {"day": "2027-03-10", "reason": "<script>alert('r')</script>"})
    page = client.get(settings_path(workspace_id))
    assert "<script>alert(" not in page.text
    assert "&lt;script&gt;alert(&#39;r&#39;)&lt;/script&gt;" in page.text
    assert "&lt;script&gt;alert(&#39;c&#39;)&lt;/script&gt;" in page.text
