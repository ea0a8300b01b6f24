"""Workspaces: one company's channels, posts and mix policy."""
