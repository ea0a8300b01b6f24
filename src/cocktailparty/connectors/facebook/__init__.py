"""Facebook Pages connector (Graph API over httpx), registered as "facebook".

The package holds only what the composer reads (the limits); `connector` is imported when a channel is first used
(connectors/networks.py), and registers itself."""

from cocktailparty.connectors.facebook.limits import LIMITS

__all__ = ["LIMITS"]
