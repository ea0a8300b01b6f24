"""People and their access: sign-up, log-in, roles in workspaces, invitations and API tokens."""
