"""A synchronous door onto python-telegram-bot's async Bot, translating its errors into ours.

Connectors are called from worker threads, one call at a time, so each call runs its own event loop
(asyncio.run) with a Bot and an HTTP pool that live exactly as long as the call: nothing to close later,
and nothing bound to a loop that has gone. Do not call it from inside a running event loop.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TypeVar

import httpx
from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import HTTPXRequest

from cocktailparty.connectors.base import (
    AnswerNotUnderstood,
    AuthError,
    ConnectorError,
    RateLimited,
    RejectedError,
    TransientError,
)
from cocktailparty.connectors.boundary import no_answer_in_time, refused, unreachable
from cocktailparty.outbound import AsyncGuardedTransport, refusal_in

# PTB 22 warns, even while building its own RetryAfter, that time periods will become timedeltas unless
# PTB_TIMEDELTA opts in early. We opt in (only retry_after is read here, and _seconds takes either type).
os.environ.setdefault("PTB_TIMEDELTA", "true")

NETWORK = "telegram"
DEFAULT_API_URL = "https://api.telegram.org"

T = TypeVar("T")


class BotCaller:
    """Runs one Bot API call at a time for one bot token against one Bot API server."""

    def __init__(self, token: str, api_url: str = DEFAULT_API_URL, channel: str = "", read_timeout: float = 30) -> None:
        self._token = token
        self._api_url = api_url.rstrip("/")
        self._channel = channel  # named in error messages so the user knows which channel to fix
        self._read_timeout = read_timeout

    def __call__(self, action: Callable[[Bot], Awaitable[T]]) -> T:
        try:
            return asyncio.run(self._run(action))
        except TelegramError as exc:
            raise translate(exc, self._channel, httpx.URL(self._api_url).host) from exc
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            # PTB could not read Telegram's answer (the Bot API changed under it, or the server is not Telegram's).
            # The request may well have worked, so retrying could post twice: refuse, and say so.
            raise RejectedError(NETWORK, "connector.answer_not_understood",
                                "Telegram answered in a form we do not understand; a post may have gone out: check "
                                "%(value)s before retrying, and upgrade python-telegram-bot",
                                value=self._channel or "the channel") from exc

    async def _run(self, action: Callable[[Bot], Awaitable[T]]) -> T:
        # Generous read/write timeouts: a photo upload over a slow link takes a while.
        # Every call goes through the outbound guard, api.telegram.org as much as a Bot API server a user gave.
        request = HTTPXRequest(connect_timeout=10, read_timeout=self._read_timeout, write_timeout=60, pool_timeout=10,
                               httpx_kwargs={"transport": AsyncGuardedTransport(), "trust_env": False})
        bot = Bot(self._token, base_url=f"{self._api_url}/bot", base_file_url=f"{self._api_url}/file/bot",
                  request=request, get_updates_request=request)
        try:
            return await action(bot)
        finally:
            await request.shutdown()


def translate(exc: TelegramError, channel: str, host: str = "") -> ConnectorError:
    """Our error for a python-telegram-bot exception. Subclasses come before their bases
    (BadRequest and TimedOut are NetworkErrors in PTB). No OS error, httpx text or answer body is repeated: they
    would tell whoever set the server's address what is behind it."""
    where = channel or "the channel"
    text = exc.message
    refusal = refusal_in(exc)
    if refusal is not None:
        return refused(NETWORK, refusal)
    if isinstance(exc.__cause__, httpx.TimeoutException) and not isinstance(exc.__cause__, httpx.ConnectTimeout):
        return no_answer_in_time(NETWORK, host)
    if isinstance(exc.__cause__, httpx.HTTPError):  # no answer: the connection failed, timed out or broke
        return unreachable(NETWORK, host)
    if isinstance(exc.__cause__, TelegramError) or text == "Invalid server response":
        # PTB could not parse the answer as JSON, and its message quotes the answer: not repeated back.
        return AnswerNotUnderstood(NETWORK, "connector.answer_not_understood",
                                   "the network answered in a form we do not understand")
    if isinstance(exc, RetryAfter):
        return RateLimited(NETWORK, "connector.rate_limited", "Telegram's flood control: %(text)s",
                           retry_after=_seconds(exc), text=text)
    if isinstance(exc, InvalidToken):
        return AuthError(NETWORK, "connector.token_revoked",
                         "Telegram rejected the bot token (revoked or mistyped): paste the current token from "
                         "@BotFather and reconnect the channel")
    if isinstance(exc, ChatMigrated):
        return RejectedError(NETWORK, "connector.chat_migrated",
                             "the group became a supergroup with id %(new_chat_id)s: update the channel",
                             new_chat_id=exc.new_chat_id)
    lowered = text.lower()
    if "chat not found" in lowered:
        return RejectedError(NETWORK, "connector.chat_not_found",
                             "Telegram cannot find %(where)s: check its @name or id, and add the bot to it as an "
                             "administrator", where=where)
    if isinstance(exc, Forbidden) or "not enough rights" in lowered or "need administrator rights" in lowered:
        return RejectedError(NETWORK, "connector.bot_may_not_post",
                             "the bot may not post in %(where)s (%(text)s): make it an administrator of the channel "
                             "with the 'Post messages' right", where=where, text=text)
    if isinstance(exc, Conflict):
        return RejectedError(NETWORK, "connector.updates_taken",
                             "Telegram refused to hand out updates (%(text)s): this bot has a webhook or another "
                             "reader; remove the webhook or give CocktailParty its own bot", text=text)
    if isinstance(exc, BadRequest):
        return RejectedError(NETWORK, "connector.refused", "Telegram refused the request: %(text)s",
                             text=text)
    if isinstance(exc, TimedOut):
        return TransientError(NETWORK, "connector.timed_out", "Telegram did not answer in time: %(text)s",
                              text=text)
    if isinstance(exc, NetworkError):  # connection failures and 5xx answers
        return TransientError(NETWORK, "connector.unreachable",
                              "could not reach Telegram or it failed: %(text)s", text=text)
    return TransientError(NETWORK, "connector.unexpected", "unexpected answer from Telegram: %(text)s",
                          text=text)


def _seconds(exc: RetryAfter) -> float:
    value = exc.retry_after  # an int or a timedelta, as the PTB_TIMEDELTA environment variable decides
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
