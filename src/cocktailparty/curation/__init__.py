"""Curation feeds: RSS, Atom and JSON Feed sources per workspace, fetched through the outbound guard, their fresh
items suggested as curated or news shares with the author credited."""
