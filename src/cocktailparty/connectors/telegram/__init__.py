"""Telegram channels connector (python-telegram-bot); registers itself as the "telegram" network."""

from cocktailparty.connectors.registry import register_connector
from cocktailparty.connectors.telegram.connector import LIMITS, TelegramConnector, TelegramLimits, count_utf16

register_connector("telegram", TelegramConnector)

__all__ = ["LIMITS", "TelegramConnector", "TelegramLimits", "count_utf16"]
