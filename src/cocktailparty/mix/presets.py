"""Mix presets: the largest share of promotional posts allowed in a rolling window."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from cocktailparty.errors import InvalidValue, Message, message, percent


@dataclass(frozen=True, slots=True)
class MixPreset:
    name: str
    cap: float  # the largest promotional share allowed in any window
    window_posts: int  # rolling window by count of posts
    window_days: int  # rolling window by calendar days
    description: Message

    def allows(self, promotional: int, posts: int) -> bool:
        # Fractions, not floats: 2 of 10 under a 20% cap must pass, exactly.
        return posts == 0 or Fraction(promotional, posts) <= Fraction(self.cap).limit_denominator(1000)


PRESETS: dict[str, MixPreset] = {
    preset.name: preset
    for preset in (
        MixPreset("80/20", 0.2, 10, 30, message("80%% of posts give value, at most 20%% promote (the Pareto rule)")),
        MixPreset("4-1-1", 1 / 6, 12, 30,
                  message("for every 6 posts: 4 shared from others, 1 own value post, 1 promotion")),
        MixPreset("5-3-2", 0.0, 10, 30, message("5 curated, 3 own value posts, 2 personal: no hard selling at all")),
        MixPreset("thirds", 1 / 3, 9, 30,
                  message("rule of thirds: a third promotion, a third shared ideas, a third personal")),
    )
}
ALIASES = {"80-20": "80/20", "8020": "80/20", "411": "4-1-1", "532": "5-3-2", "rule-of-thirds": "thirds"}


def get_preset(
    name: str, *, cap: float | None = None, window_posts: int | None = None, window_days: int | None = None
) -> MixPreset:
    """A preset by name ("custom" needs `cap`), with optional window overrides. Raises InvalidValue."""
    key = ALIASES.get(name.lower(), name.lower())
    if key == "custom":
        if cap is None:
            raise InvalidValue("mix.custom_needs_cap", "the custom preset needs a cap, e.g. --cap 0.25")
        base = MixPreset("custom", cap, 10, 30, message("custom: at most %(cap)s promotional", cap=percent(cap)))
    elif key in PRESETS:
        base = PRESETS[key]
    else:
        raise InvalidValue("mix.unknown_preset", "unknown preset %(name)s; expected one of: %(presets)s",
                           name=repr(name), presets=[*PRESETS, "custom"])
    if cap is not None and not 0.0 <= cap <= 1.0:
        raise InvalidValue("mix.bad_cap", "the cap must be between 0 and 1, got %(cap)s", cap=cap)
    if (window_posts is not None and window_posts < 1) or (window_days is not None and window_days < 1):
        raise InvalidValue("mix.bad_window", "windows must be at least 1 post and 1 day")
    return MixPreset(
        base.name,
        base.cap if cap is None else cap,
        window_posts or base.window_posts,
        window_days or base.window_days,
        base.description,
    )
