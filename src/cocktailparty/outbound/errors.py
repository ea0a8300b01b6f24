"""The guard's refusals: typed, and worded so that nothing the target said or how its ports behaved shows through."""

from __future__ import annotations

from cocktailparty.errors import InputError, Param, message


class OutboundRefused(InputError):
    """A call to an address a user gave was refused by the guard; the message is safe to show anyone.

    `retryable` says whether trying again later could help (an oversized answer might be a passing fault;
    a private address or a redirect will not change)."""

    retryable = False

    def __init__(self, code: str, template: str, /, host: str = "", **params: Param) -> None:
        super().__init__(code, template, host=host, **params)
        self.host = host


class UnsafeURL(OutboundRefused):
    """The address itself is unusable: a scheme other than https, a user name or password in it, a query or a
    fragment in a server's base address, or no host."""


class NotPublicAddress(OutboundRefused):
    """The host resolves (or resolved, at the moment of connecting) to an address outside the public internet."""

    def __init__(self, host: str) -> None:
        super().__init__("outbound.not_public", "could not find a public server at %(host)s: CocktailParty only "
                         "calls servers on the public internet", host=host)


class RedirectRefused(OutboundRefused):
    """The server answered with a redirect; API calls do not follow them."""

    def __init__(self, host: str) -> None:
        super().__init__("outbound.redirect", "the server at %(host)s answered with a redirect, which CocktailParty "
                         "does not follow: give the server's own address", host=host)


class AnswerRefused(OutboundRefused):
    """The answer was not read: too large, or compressed when an uncompressed one was asked for. Retrying may help
    (it may be a passing fault of the server)."""

    retryable = True


class AnswerTooLarge(AnswerRefused):
    def __init__(self, host: str, limit: int) -> None:
        size = (message("%(megabytes)s MB", megabytes=round(limit / 2**20, 2)) if limit >= 2**20
                else message("%(count)s bytes", count=limit))
        super().__init__("outbound.answer_too_large", "the server at %(host)s answered with more than %(size)s; the "
                         "answer was not read", host=host, size=size)


def refusal_in(error: BaseException | None) -> OutboundRefused | None:
    """The guard's refusal behind `error`, if any: client libraries wrap what they cannot handle in their own
    exceptions (Mastodon.py, python-telegram-bot), so the whole cause and context chain is searched."""
    seen: set[int] = set()
    pending = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        if isinstance(current, OutboundRefused):
            return current
        seen.add(id(current))
        pending.extend((current.__cause__, current.__context__))
    return None
