"""The README documents every command, option and setting (a missing one fails the suite)."""

from pathlib import Path
from typing import Any

import typer

from cocktailparty.cli import app
from cocktailparty.config import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: Any, prefix: str) -> list[tuple[str, Any]]:
    found = []
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            found += _commands(command, f"{prefix} {name}")
        else:
            found.append((f"{prefix} {name}", command))
    return found


def test_every_command_and_option_is_in_the_readme() -> None:
    root = typer.main.get_command(app)
    commands = _commands(root, "cocktail")
    assert len(commands) >= 4
    for name, command in commands:
        assert f"`{name}" in README, f"{name} is not documented"
        for option in command.params:
            for flag in getattr(option, "opts", []):
                if flag.startswith("--") and flag != "--help":
                    assert flag in README, f"{name} {flag} is not documented"


def test_every_setting_is_in_the_readme() -> None:
    for field in Settings.model_fields:
        assert f"COCKTAIL_{field.upper()}" in README, field
    assert "DATABASE_URL" in README and "REDIS_URL" in README
