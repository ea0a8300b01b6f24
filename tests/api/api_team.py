"""A team for API tests: a workspace with an owner, an editor and a viewer, each with an API token, and
a channel on the fake "testnet" network, made by the factories. (Imported by name: test modules cannot import a
conftest.)"""

from __future__ import annotations

from dataclasses import dataclass

import factories
from cocktailparty import db
from cocktailparty.members import service as members
from cocktailparty.models import Role

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
        owner = factories.owner(session, name, f"owner@{slug}.example", name="Owner", password=PASSWORD)
        tokens = {Role.OWNER: members.create_api_token(session, owner, "tests")[1]}
        for role in (Role.EDITOR, Role.VIEWER):
            member = factories.member(session, owner, role, f"{role.value}@{slug}.example", name=role.value,
                                      password=PASSWORD)
            tokens[role] = members.create_api_token(session, member, "tests")[1]
        channel = factories.channel(session, owner.workspace, token="t")
        return Team(owner.workspace.id, channel.id, tokens)
