"""What every connector does at its edge, in one place: the outbound guard's refusals, unreachable servers and
answers it cannot read become our typed errors, worded without the target's own text (an error page, an OS error
or the state of a port would otherwise be shown to whoever set the channel's address)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from cocktailparty.connectors.base import AddressRefused, AnswerNotUnderstood, ConnectorError, TransientError
from cocktailparty.outbound import OutboundRefused, refusal_in

log = logging.getLogger(__name__)

# The Connector protocol's calls that reach the network.
PROTOCOL_CALLS = ("verify", "publish", "find_published", "delete", "fetch_comments")
# What reading an answer of an unexpected shape raises, in our code or the client library's.
SHAPE_ERRORS = (TypeError, KeyError, ValueError, AttributeError, IndexError)

C = TypeVar("C", bound=type)


def unreachable(network: str, host: str | None) -> TransientError:
    """A connection that failed, timed out while connecting, or broke: one message whatever the cause, so the
    answer says nothing about the target's ports."""
    if host:
        return TransientError(network, "connector.unreachable", "could not reach the server at %(host)s", host=host)
    return TransientError(network, "connector.unreachable", "could not reach the server")


def no_answer_in_time(network: str, host: str | None) -> TransientError:
    if host:
        return TransientError(network, "connector.timed_out",
                              "the server at %(host)s did not answer in time; try again later", host=host)
    return TransientError(network, "connector.timed_out",
                          "the channel's server did not answer in time; try again later")


def refused(network: str, refusal: OutboundRefused) -> ConnectorError:
    """The guard's refusal as a connector error, with the guard's code and words."""
    kind = TransientError if refusal.retryable else AddressRefused
    return kind(network, refusal.code, refusal.detail.template, **refusal.detail.params)


def typed_errors(cls: C) -> C:
    """Class decorator for a connector: each protocol call leaves with a ConnectorError only. The guard's refusal
    (raised directly, or found behind a library's own exception or the connector's translation) becomes
    AddressRefused or a TransientError with the guard's message; an answer of an unexpected shape that slipped
    past the connector's parsing (a TypeError or KeyError on a 200 answer) becomes AnswerNotUnderstood."""
    network = getattr(cls, "network", cls.__name__)
    for name in PROTOCOL_CALLS:
        if name in vars(cls):
            setattr(cls, name, _typed(getattr(cls, name), network))
    return cls


def _typed(call: Callable[..., Any], network: str) -> Callable[..., Any]:
    @functools.wraps(call)
    def translated(*args: Any, **kwargs: Any) -> Any:
        try:
            return call(*args, **kwargs)
        except OutboundRefused as refusal:
            raise refused(network, refusal) from refusal
        except ConnectorError as error:
            behind = refusal_in(error)
            if behind is None or error.message == behind.message:  # none, or translated already
                raise
            raise refused(network, behind) from error
        except SHAPE_ERRORS as error:
            behind = refusal_in(error)
            if behind is not None:
                raise refused(network, behind) from error
            # Logged with its traceback: a bug of ours would look the same from outside.
            log.warning("%s: %s could not read the network's answer", network, call.__qualname__, exc_info=True)
            raise AnswerNotUnderstood(network, "connector.answer_not_understood",
                                      "the network answered in a form we do not understand") from error
        except Exception as error:
            # A library's own wrapper around the guard's refusal (Mastodon.py, python-telegram-bot) that the
            # connector's translation did not see.
            behind = refusal_in(error)
            if behind is None:
                raise
            raise refused(network, behind) from error

    return translated
