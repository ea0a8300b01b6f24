"""The ledger against a brute-force reading of the same posts, for any posts Hypothesis can think of."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from cocktailparty.mix import MixLedger, get_preset
from cocktailparty.mix.ledger import MIN_POSTS_PER_DAY_WINDOW
from cocktailparty.taxonomy import CATEGORIES

DAY = 86_400
posts_strategy = st.lists(st.tuples(st.integers(0, 400 * DAY), st.sampled_from(CATEGORIES)), min_size=0, max_size=80)
preset_strategy = st.builds(
    lambda cap, size, days: get_preset("custom", cap=cap, window_posts=size, window_days=days),
    st.sampled_from([0.0, 0.2, 1 / 6, 1 / 3, 0.5]),
    st.integers(1, 12),
    st.integers(1, 60),
)


def brute_force_breaking_windows(times, promo, preset, kind):  # type: ignore[no-untyped-def]
    n = len(times)
    windows = []
    for first in range(n):
        if kind == "posts":
            if first + preset.window_posts > n:
                break
            last = first + preset.window_posts - 1
        else:  # the days that end with post `first`, read as the window's last post
            last = first
            first = min(i for i in range(n) if times[i] > times[last] - preset.window_days * DAY)
            if last - first + 1 < MIN_POSTS_PER_DAY_WINDOW:
                continue
        count = sum(promo[first : last + 1])
        if not preset.allows(count, last - first + 1):
            windows.append((first, last))
    return windows


@settings(max_examples=150, deadline=None)
@given(posts_strategy, preset_strategy, st.sampled_from(["posts", "days"]))
def test_violations_cover_exactly_the_breaking_windows(posts, preset, kind) -> None:  # type: ignore[no-untyped-def]
    ledger = MixLedger([t for t, _ in posts], [c for _, c in posts])
    promo = ledger.promotional.tolist()
    breaking = brute_force_breaking_windows(ledger.times.tolist(), promo, preset, kind)
    stretches = ledger.violations(preset, kind)
    covered = {i for w in stretches for i in range(w.first, w.last + 1)}
    assert covered == {i for first, last in breaking for i in range(first, last + 1)}
    for earlier, later in zip(stretches, stretches[1:], strict=False):
        assert earlier.last < later.first  # merged stretches never overlap
    for window in stretches:
        assert 0 < window.share <= 1 and window.share > preset.cap
        assert window.promotional == sum(promo[window.first : window.last + 1])


@settings(max_examples=150, deadline=None)
@given(posts_strategy)
def test_shares_counts_and_months_add_up(posts) -> None:  # type: ignore[no-untyped-def]
    ledger = MixLedger([t for t, _ in posts], [c for _, c in posts])
    counts = ledger.counts_by_category()
    assert sum(counts.values()) == len(posts)
    assert sum(p for _, p, _ in ledger.by_month()) == len(posts)
    assert sum(pr for _, _, pr in ledger.by_month()) == counts["promotional"]
    if posts:
        assert abs(sum(ledger.share_of(c) for c in CATEGORIES) - 1) < 1e-9
    assert list(ledger.times) == sorted(ledger.times)


@settings(max_examples=150, deadline=None)
@given(posts_strategy, st.integers(1, 5))
def test_promotional_runs_are_maximal(posts, min_length) -> None:  # type: ignore[no-untyped-def]
    ledger = MixLedger([t for t, _ in posts], [c for _, c in posts])
    promo = ledger.promotional.tolist()
    for run in ledger.promotional_runs(min_length):
        assert run.length >= min_length
        assert all(promo[run.first : run.last + 1])
        assert run.first == 0 or not promo[run.first - 1]
        assert run.last == len(promo) - 1 or not promo[run.last + 1]
    assert sum(r.length for r in ledger.promotional_runs(1)) == sum(promo)


def test_replies_count_on_the_give_side() -> None:
    start = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp())
    ledger = MixLedger([start + i * DAY for i in range(10)], ["promotional"] * 2 + ["reply"] * 8)
    assert ledger.share_of("promotional") == 0.2
    assert ledger.violations(get_preset("80/20")) == []
