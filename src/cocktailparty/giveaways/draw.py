"""The verifiable draw. Pure: no database, no clock, no randomness but the seed.

1. When the contest opens, a secret seed is made and its **commitment** published: the SHA-256 of the seed
   encoded as UTF-8, written in lower-case hexadecimal.
2. After the deadline the seed is published. Anyone can check that SHA-256(seed) is the commitment.
3. The **entry list**: each entry's account, with surrounding spaces and one leading "@" removed and
   lower-cased; empty ones dropped; each account once; sorted by Unicode code point (the same order as the
   UTF-8 bytes). Its SHA-256 (the accounts joined by "\\n", UTF-8) is published with the seed.
4. Each account's **score** is HMAC-SHA256 with the seed (UTF-8) as key and the account (UTF-8) as message.
   The winners are the N accounts with the smallest scores (compared as bytes), in that order; ties, which
   would need a SHA-256 collision, fall to the account's place in the sorted list.

The same seed and entries always give the same winners; without the seed nobody (the organiser included,
once the commitment is out) can choose them. `cocktail giveaway verify` reruns steps 2-4 from the published
data.
"""

from __future__ import annotations

import hashlib
import heapq
import hmac
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from cocktailparty.errors import CocktailError, InputError


class SeedMismatch(CocktailError):
    """The seed given is not the one the commitment was made from: the draw cannot be trusted."""

    exit_code = 4
    status_code = 409
    default_code = "giveaway.seed_mismatch"


def commitment_of(seed: str) -> str:
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()


def canonical_account(account: str) -> str:
    text = unicodedata.normalize("NFC", account).strip()
    return text.removeprefix("@").strip().lower()


def entry_list(accounts: Iterable[str]) -> list[str]:
    """Step 3: the accounts, canonical, once each, sorted."""
    return sorted({found for found in map(canonical_account, accounts) if found})


def entries_digest(entries: list[str]) -> str:
    return hashlib.sha256("\n".join(entries).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Draw:
    commitment: str
    entries: int
    entries_sha256: str
    winners: list[str]

    def as_json(self) -> dict[str, object]:
        return {"commitment": self.commitment, "entries": self.entries, "entries_sha256": self.entries_sha256,
                "winners": self.winners}


def _scores(key: bytes, entries: list[str]) -> list[bytes]:
    """HMAC-SHA256(key, account) for every account. The two padded-key states of HMAC (RFC 2104) are hashed once
    and copied for each account: the same digests as `hmac.new(key, account, sha256)`, about twice as fast."""
    if len(key) > 64:  # the block size of SHA-256
        key = hashlib.sha256(key).digest()
    key = key.ljust(64, b"\0")
    inner = hashlib.sha256(bytes(byte ^ 0x36 for byte in key))
    outer = hashlib.sha256(bytes(byte ^ 0x5C for byte in key))
    scores = []
    for account in entries:
        first = inner.copy()
        first.update(account.encode("utf-8"))
        second = outer.copy()
        second.update(first.digest())
        scores.append(second.digest())
    return scores


def draw_winners(seed: str, accounts: Iterable[str], winners: int) -> Draw:
    """Steps 3 and 4: the winners of `seed` among `accounts`."""
    if winners < 1:
        raise InputError("giveaway.no_winners", "the number of winners must be at least 1, not %(n)s", n=winners)
    if not seed:
        raise InputError("giveaway.no_seed", "the seed is empty")
    entries = entry_list(accounts)
    scores = _scores(seed.encode("utf-8"), entries)
    ranked = [index for _, index in heapq.nsmallest(winners, zip(scores, range(len(entries)), strict=True))]
    return Draw(commitment_of(seed), len(entries), entries_digest(entries),
                [entries[index] for index in ranked[:winners]])


def verify(seed: str, commitment: str, accounts: Iterable[str], winners: int) -> Draw:
    """Steps 2 to 4: the winners, after checking the seed against the published commitment."""
    if not hmac.compare_digest(commitment_of(seed), commitment.strip().lower()):
        raise SeedMismatch("giveaway.seed_mismatch", "the seed does not match the commitment %(commitment)s: "
                           "SHA-256 of the seed is %(actual)s", commitment=commitment.strip(),
                           actual=commitment_of(seed))
    return draw_winners(seed, accounts, winners)
