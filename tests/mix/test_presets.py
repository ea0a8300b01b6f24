import pytest

from cocktailparty.mix import PRESETS, get_preset


def test_presets_and_their_caps() -> None:
    assert get_preset("80/20").cap == 0.2
    assert get_preset("4-1-1").cap == pytest.approx(1 / 6)
    assert get_preset("5-3-2").cap == 0.0
    assert get_preset("rule-of-thirds").cap == pytest.approx(1 / 3)
    assert get_preset("custom", cap=0.25).cap == 0.25
    assert set(PRESETS) == {"80/20", "4-1-1", "5-3-2", "thirds"}


def test_cap_boundary_is_exact() -> None:
    preset = get_preset("80/20")
    assert preset.allows(2, 10) and not preset.allows(3, 10)
    assert get_preset("4-1-1").allows(1, 6) and not get_preset("4-1-1").allows(2, 6)


@pytest.mark.parametrize(
    ("name", "kwargs", "message"),
    [
        ("80/21", {}, "unknown preset"),
        ("custom", {}, "needs a cap"),
        ("custom", {"cap": 1.5}, "between 0 and 1"),
        ("80/20", {"window_posts": 0}, "at least 1"),
    ],
)
def test_bad_presets_are_explained(name: str, kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        get_preset(name, **kwargs)  # type: ignore[arg-type]
