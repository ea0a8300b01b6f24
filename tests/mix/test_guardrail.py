from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from cocktailparty.mix import MixLedger, get_preset
from cocktailparty.mix.guardrail import check

START = datetime(2026, 5, 1, 9, tzinfo=UTC)
PRESET = get_preset("80/20")


def daily(pattern: str) -> list[tuple[datetime, str]]:
    return [(START + timedelta(days=i), "promotional" if c == "P" else "question") for i, c in enumerate(pattern)]


def test_value_posts_always_pass() -> None:
    assert check(daily("PPPPP"), START + timedelta(days=5), "news", PRESET).allowed


def test_promotion_within_the_cap_passes() -> None:
    assert check(daily("PVVVVVVVV"), START + timedelta(days=9), "promotional", PRESET).allowed


def test_promotion_over_the_cap_is_refused_with_reason_and_fix() -> None:
    verdict = check(daily("VVVPVVVPV"), START + timedelta(days=9), "promotional", PRESET)
    assert not verdict.allowed
    assert "above the 20% cap" in str(verdict.reason)
    needed = verdict.value_posts_needed
    assert needed >= 1 and f"more value post{'s' if needed > 1 else ''} before 10 May 2026" in str(verdict.fix)

    def with_value_posts(k: int) -> list[tuple[datetime, str]]:
        at = START + timedelta(days=9)
        return daily("VVVPVVVPV") + [(at - timedelta(minutes=m + 1), "news") for m in range(k)]

    # The fix is exact: that many value posts make room, one fewer does not.
    assert check(with_value_posts(needed), START + timedelta(days=9), "promotional", PRESET).allowed
    assert not check(with_value_posts(needed - 1), START + timedelta(days=9), "promotional", PRESET).allowed
    assert verdict.fits_after is None  # nothing is planned after it, so waiting alone does not help


def test_the_fix_can_be_to_wait_for_planned_value_posts() -> None:
    existing = daily("VVVPVVVPV") + [(START + timedelta(days=10 + i), "question") for i in range(6)]
    verdict = check(existing, START + timedelta(days=9, hours=12), "promotional", PRESET)
    assert not verdict.allowed and verdict.fits_after is not None and "move it after" in str(verdict.fix)
    assert check(existing, verdict.fits_after, "promotional", PRESET).allowed


def test_no_promotion_at_all_under_five_three_two() -> None:
    verdict = check(daily("VVVVVVVVV"), START + timedelta(days=9), "promotional", get_preset("5-3-2"))
    assert not verdict.allowed and "no promotional posts" in str(verdict.fix)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="PV", max_size=30), st.integers(0, 40))
def test_an_allowed_post_never_makes_a_breaking_window(pattern: str, day: int) -> None:
    existing = daily(pattern)
    at = START + timedelta(days=day, hours=1)
    verdict = check(existing, at, "promotional", PRESET)
    before = MixLedger.from_posts(existing)
    after = MixLedger.from_posts([*existing, (at, "promotional")])
    new_breaks = any(
        w.start <= at <= w.end for kind in ("posts", "days") for w in after.violations(PRESET, kind)  # type: ignore[arg-type]
    )
    assert verdict.allowed == (not new_breaks)
    del before
