"""Polls after they go out: their votes read when their time is up, kept on the post, and a follow-up post with
the result drafted for the library."""
