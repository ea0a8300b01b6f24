"""One Settings object, read from COCKTAIL_* environment variables (and DATABASE_URL, REDIS_URL)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COCKTAIL_", extra="ignore")

    env: Literal["development", "production"] = Field(
        default="development", description="In production the secret key must be given; in development one is made."
    )
    data_dir: Path = Field(
        default=Path.home() / ".local" / "share" / "cocktailparty",
        description="Where the SQLite database, the queue, the model cache and workspace examples live.",
    )
    workspace: str = Field(default="default", description="The workspace the command line works in.")
    database_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("DATABASE_URL", "COCKTAIL_DATABASE_URL"),
        description="SQLAlchemy URL of the database; SQLite in the data directory when unset.",
    )
    redis_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("REDIS_URL", "COCKTAIL_REDIS_URL"),
        description="Redis for the task queue; Huey on SQLite in the data directory when unset.",
    )
    publish_lease_seconds: float = Field(
        default=120.0, description="A claim on a post older than this is a worker that died: claim it again."
    )
    inbox_fetch_seconds: float = Field(
        default=120.0, gt=0, description="How often the worker fetches every channel's inbox (a channel waiting out "
        "a failure or a rate limit skips its turn)."
    )
    secret_key: str | None = Field(
        default=None, description="Key that encrypts network tokens at rest (Fernet, urlsafe base64 of 32 bytes)."
    )
    max_upload_mb: int = Field(
        default=2048, gt=0, description="The largest archive the audit page accepts, in megabytes."
    )
    upload_quota_mb: int = Field(
        default=4096, gt=0,
        description="How much room a workspace's uploaded archives may take in all, in megabytes; the oldest "
        "finished audits' archives are removed first.",
    )
    max_body_kb: int = Field(
        default=1024, gt=0,
        description="The largest request body the web app and the API read, in kilobytes (archive uploads have "
        "their own limit).",
    )
    web_concurrency: int = Field(
        default=16, gt=0, le=200,
        description="Requests one app process serves at once; the others wait their turn (up to 30 s, then 503). "
        "Each holds one database connection, so the pool has this many plus 4.",
    )
    trusted_proxies: str = Field(
        default="",
        description="Addresses of reverse proxies whose X-Forwarded-For is believed (comma-separated, or * for "
        "any); none by default, so a client cannot choose the address the log-in limit counts.",
    )
    session_days: int = Field(
        default=30, gt=0, description="A web session ends this many days after log-in, used or not."
    )
    session_idle_days: int = Field(
        default=14, gt=0, description="A web session not used for this many days ends."
    )
    allow_private_addresses: bool = Field(
        default=False,
        description="Let outbound calls (channels' servers) reach loopback, private and other non-public addresses, "
        "and plain http: for development and tests only.",
    )
    bluesky_appview_url: str = Field(
        default="https://public.api.bsky.app",
        description="The Bluesky AppView that followed Bluesky accounts are read from (app.bsky.feed.getAuthorFeed); "
        "a self-hosted PDS without an AppView works too, for the accounts it hosts.",
    )
    lang: str | None = Field(
        default=None, description="The command line's language (en or ar); the system's (LC_ALL, LANG) when unset."
    )

    media_max_mb: int = Field(
        default=512, gt=0, description="The largest picture or video a workspace may upload, in megabytes."
    )
    media_quota_mb: int = Field(
        default=5120, gt=0, description="How much room a workspace's media library may take in all, in megabytes."
    )
    media_url_seconds: int = Field(
        default=600, gt=0, description="How long a signed address of a media file (shown in pages) stays valid."
    )
    media_s3_bucket: str | None = Field(
        default=None, description="Keep media in this S3-compatible bucket instead of the data directory "
        "(credentials as boto3 finds them: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, a role)."
    )
    media_s3_endpoint: str | None = Field(
        default=None, description="The S3-compatible server's address (MinIO, Ceph...); AWS when unset."
    )
    media_s3_region: str | None = Field(default=None, description="The bucket's region, when the server needs one.")
    media_s3_prefix: str = Field(default="", description="A prefix for every media key in the bucket.")

    @property
    def model_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            # "postgresql://" means the psycopg 3 driver, the one we install.
            return self.database_url.replace("postgresql://", "postgresql+psycopg://", 1).replace(
                "postgres://", "postgresql+psycopg://", 1
            )
        return f"sqlite:///{self.data_dir / 'cocktail.db'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
