"""The dashboard: per channel, the promotional share against the cap, what is next, what failed."""
