"""The mix: presets, the ledger of what was posted, and the windows where promotion passed the cap."""

from cocktailparty.mix.ledger import MixLedger, Run, Window
from cocktailparty.mix.presets import PRESETS, MixPreset, get_preset

__all__ = ["PRESETS", "MixLedger", "MixPreset", "Run", "Window", "get_preset"]
