"""A team for API tests: a workspace with an owner, an editor and a viewer, each with an API token, and
a channel on the fake "testnet" network. (Imported by name: test modules cannot import a conftest.)"""

from __future__ import annotations

from dataclasses import dataclass

from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.members import service as members
from cocktailparty.models import Membership, Role

PASSWORD = "correct horse battery"


@dataclass(frozen=True)
class Team:
    workspace_id: int
    channel_id: int
    tokens: dict[Role, str]

    def auth(self, role: Role = Role.OWNER) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


def make_team(name: str) -> Team:
    slug = name.lower().replace(" ", "-")
    with db.session_scope() as session:
        owner = members.sign_up(session, email=f"owner@{slug}.example", name="Owner", password=PASSWORD,
                              workspace_name=None)
        workspace = members.create_workspace(session, owner, name)
        owner_access = members.Access(owner, workspace, Role.OWNER)
        tokens = {Role.OWNER: members.create_api_token(session, owner_access, "tests")[1]}
        for role in (Role.EDITOR, Role.VIEWER):
            member = members.sign_up(session, email=f"{role.value}@{slug}.example", name=role.value, password=PASSWORD,
                                   workspace_name=None)
            session.add(Membership(user_id=member.id, workspace_id=workspace.id, role=role))
            session.flush()
            tokens[role] = members.create_api_token(session, members.Access(member, workspace, role), "tests")[1]
        channel = channels.add(session, workspace, network="testnet", name="brand", token="t", verify=False)
        return Team(workspace.id, channel.id, tokens)
