"""The conversation: what people say to our channels (fetched per channel and kind), triaged, answered."""
