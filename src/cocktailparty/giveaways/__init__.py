"""Giveaways: a contest post with its rules, entries collected from the replies to it, and a draw anyone can
verify (commit-reveal with a documented algorithm, in `draw`)."""
