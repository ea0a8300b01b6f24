"""The content library: drafts and evergreen posts the planner draws from."""
