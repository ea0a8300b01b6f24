"""Facebook Pages connector (Graph API over httpx); registers itself as the "facebook" network."""

from cocktailparty.connectors.facebook.connector import LIMITS, FacebookConnector
from cocktailparty.connectors.registry import register_connector

register_connector("facebook", FacebookConnector)

__all__ = ["LIMITS", "FacebookConnector"]
