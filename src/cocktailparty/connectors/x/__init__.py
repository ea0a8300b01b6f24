"""The X (Twitter) connector, registered as "x": X API v2 over httpx, with X's weighted character count."""

from cocktailparty.connectors.registry import register_connector
from cocktailparty.connectors.x.connector import X_LIMITS, XConnector, XLimits
from cocktailparty.connectors.x.text_length import MAX_WEIGHTED_LENGTH, weighted_length

__all__ = ["MAX_WEIGHTED_LENGTH", "X_LIMITS", "XConnector", "XLimits", "weighted_length"]

register_connector("x", XConnector)
