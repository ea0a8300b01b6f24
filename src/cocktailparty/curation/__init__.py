"""Curation sources: RSS, Atom and JSON Feed sources per workspace, and public Mastodon accounts and hashtags and
Bluesky accounts it follows, fetched through the outbound guard, their fresh items suggested as curated or news
shares with the author credited."""
