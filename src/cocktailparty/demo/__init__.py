"""The demo: a seeded workspace with a local Mastodon server, and the sample archives' audit reports."""
