"""The calendar page: a week or a month of posts by category, moving posts, and the plan for empty slots."""
