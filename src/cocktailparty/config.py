"""One Settings object, read from COCKTAIL_* environment variables (and DATABASE_URL, REDIS_URL)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COCKTAIL_", extra="ignore")

    data_dir: Path = Field(
        default=Path.home() / ".local" / "share" / "cocktailparty",
        description="Where the SQLite database, the model cache and workspace examples live.",
    )
    workspace: str = Field(default="default", description="The workspace whose own examples adapt the model.")

    @property
    def model_dir(self) -> Path:
        return self.data_dir / "models"

    def examples_dir(self, workspace: str | None = None) -> Path:
        return self.data_dir / "workspaces" / (workspace or self.workspace) / "examples"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
