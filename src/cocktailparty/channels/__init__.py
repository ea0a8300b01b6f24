"""Channels: connected accounts on the networks."""
