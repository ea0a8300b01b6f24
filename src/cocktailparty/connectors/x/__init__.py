"""The X (Twitter) connector, registered as "x": X API v2 over httpx, with X's weighted character count.

The package holds only what the composer reads (the limits and the count); `connector` is imported when a channel
is first used (connectors/networks.py), and registers itself."""

from cocktailparty.connectors.x.limits import X_LIMITS, XLimits
from cocktailparty.connectors.x.text_length import MAX_WEIGHTED_LENGTH, weighted_length

__all__ = ["MAX_WEIGHTED_LENGTH", "X_LIMITS", "XLimits", "weighted_length"]
