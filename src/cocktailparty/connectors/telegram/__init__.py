"""Telegram channels connector (python-telegram-bot), registered as "telegram".

The package holds only what the composer reads (the limits and the count); `connector` is imported when a channel
is first used (connectors/networks.py), and registers itself."""

from cocktailparty.connectors.telegram.limits import LIMITS, TelegramLimits, count_utf16

__all__ = ["LIMITS", "TelegramLimits", "count_utf16"]
