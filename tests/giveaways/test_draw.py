"""The draw and the rules, as pure functions: the documented algorithm reproduced independently here, the same
data always giving the same winners, the seed checked against the commitment, and what counts as an entry."""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocktailparty.errors import InputError
from cocktailparty.giveaways.draw import SeedMismatch, commitment_of, draw_winners, entry_list, verify
from cocktailparty.giveaways.rules import Reply, Rules, entries_of

SEED = "f00dfacecafe"


def _by_the_readme(seed: str, accounts: list[str], n: int) -> list[str]:
    """The algorithm as the documentation states it, written again without the product's code."""
    entries = sorted({unicodedata.normalize("NFC", a).strip().removeprefix("@").strip().lower()
                      for a in accounts} - {""})
    return sorted(entries, key=lambda a: hmac.new(seed.encode(), a.encode(), hashlib.sha256).digest())[:n]


def test_commitment_is_lower_case_hex_sha256_of_the_utf8_seed() -> None:
    assert commitment_of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert commitment_of("بذرة") == hashlib.sha256("بذرة".encode()).hexdigest()


def test_entry_list_is_canonical_unique_and_sorted() -> None:
    assert entry_list([" @Omar ", "omar", "Sara", "", "@", "zaid@mastodon.social"]) == [
        "omar", "sara", "zaid@mastodon.social"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=60), st.text(min_size=1, max_size=30),
       st.integers(min_value=1, max_value=5), st.randoms(use_true_random=False))
def test_same_data_same_winners_in_any_order(accounts: list[str], seed: str, n: int, shuffle) -> None:  # type: ignore[no-untyped-def]
    first = draw_winners(seed, accounts, n)
    shuffled = accounts * 2
    shuffle.shuffle(shuffled)
    again = draw_winners(seed, shuffled, n)
    assert first == again
    assert first.winners == _by_the_readme(seed, accounts, n)
    assert len(first.winners) == min(n, first.entries) and len(set(first.winners)) == len(first.winners)


def test_a_known_draw() -> None:
    accounts = [f"user{i}" for i in range(1000)]
    result = draw_winners(SEED, accounts, 3)
    assert result.winners == _by_the_readme(SEED, accounts, 3)
    assert draw_winners(SEED + "x", accounts, 3).winners != result.winners
    assert result.entries == 1000
    assert result.entries_sha256 == hashlib.sha256("\n".join(sorted(accounts)).encode()).hexdigest()


def test_verify_refuses_a_seed_that_is_not_the_committed_one() -> None:
    accounts = ["a", "b", "c"]
    assert verify(SEED, commitment_of(SEED).upper(), accounts, 1).winners == draw_winners(SEED, accounts, 1).winners
    with pytest.raises(SeedMismatch) as caught:
        verify("another seed", commitment_of(SEED), accounts, 1)
    assert caught.value.exit_code == 4


def test_at_least_one_winner() -> None:
    with pytest.raises(InputError):
        draw_winners(SEED, ["a"], 0)


DEADLINE = datetime(2027, 3, 20, 21, 0, tzinfo=UTC)


def _reply(n: int, account: str, text: str, minutes: int = -60) -> Reply:
    return Reply(str(n), account, text, DEADLINE + timedelta(minutes=minutes))


def test_rules_deadline_staff_and_one_entry_per_account() -> None:
    rules = Rules(deadline=DEADLINE, staff=frozenset({"omar"}), own_account="@brand")
    accepted, refused = entries_of([
        _reply(1, "sara", "me!"), _reply(2, "Sara", "me again", -30), _reply(3, "omar", "staff"),
        _reply(4, "brand", "our own"), _reply(5, "late", "too late", 1), _reply(6, "zaid", "count me", -10),
    ], rules)
    assert [r.remote_id for r in accepted] == ["1", "6"]
    assert {r.remote_id: str(reason) for r, reason in refused} == {
        "2": "one entry per account", "3": "staff accounts cannot enter", "4": "staff accounts cannot enter",
        "5": "after the deadline"}


def test_rules_hashtag_and_tagging_friends() -> None:
    hashtag = Rules(deadline=DEADLINE, entry="hashtag", hashtag="#EidGiveaway")
    accepted, _ = entries_of([_reply(1, "a", "in #eidgiveaway"), _reply(2, "b", "no tag"),
                              _reply(3, "c", "#EidGiveaway2")], hashtag)
    assert [r.remote_id for r in accepted] == ["1"]
    tag = Rules(deadline=DEADLINE, entry="tag", tag_count=2, own_account="brand")
    accepted, refused = entries_of([
        _reply(1, "a", "@brand @x @y"), _reply(2, "b", "@brand @x @b"), _reply(3, "c", "@x@mastodon.social @z"),
    ], tag)
    assert [r.remote_id for r in accepted] == ["1", "3"]
    assert str(refused[0][1]) == "tags 1 friends, 2 needed"


def test_rules_are_checked() -> None:
    with pytest.raises(InputError):
        Rules(deadline=DEADLINE, entry="hashtag")
    with pytest.raises(InputError):
        Rules(deadline=DEADLINE, entry="tag", tag_count=0)
    with pytest.raises(InputError):
        Rules(deadline=DEADLINE.replace(tzinfo=None))


@pytest.mark.parametrize("seed", ["", "k", "x" * 64, "y" * 65, "بذرة" * 40])
def test_scores_are_hmac_sha256(seed: str) -> None:
    from cocktailparty.giveaways.draw import _scores

    accounts = ["", "bob", "سارة", "a" * 300]
    assert _scores(seed.encode(), accounts) == [hmac.new(seed.encode(), a.encode(), hashlib.sha256).digest()
                                                for a in accounts]
