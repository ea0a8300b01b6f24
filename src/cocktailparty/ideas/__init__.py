"""Ideas for an empty slot: up to three concrete drafts of the slot's category, from the day's occasions, the
team's consented moments, the feeds' suggestions, the library's unused drafts and templates written for this
product in Arabic and English."""
