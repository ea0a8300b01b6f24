"""Posts: scheduling under the guardrail, listing, import and export."""
