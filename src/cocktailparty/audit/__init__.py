"""The mix audit: import an account's archive, classify every post, measure the mix, report it."""
