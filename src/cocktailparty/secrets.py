"""Network tokens encrypted at rest (Fernet: AES-128-CBC with an HMAC), with the settings' secret key.

In development a key is made once and kept, readable by the owner only, in the data directory; in
production the key must come from COCKTAIL_SECRET_KEY, so a copied database alone reveals nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken

from cocktailparty.config import Settings, get_settings
from cocktailparty.errors import CocktailError


class SecretKeyError(CocktailError):
    """The secret key is missing or cannot decrypt what was saved with another key."""


class CredentialsUnreadable(SecretKeyError):
    """What was saved cannot be decrypted with the current key (the key changed): the user can fix it by
    reconnecting the channel, so it is their problem to solve, not a server error."""

    exit_code = 2
    status_code = 422


@lru_cache(maxsize=4)
def _fernet(key: str) -> Fernet:
    return Fernet(key.encode())


def secret_key(settings: Settings) -> str:
    if settings.secret_key:
        return settings.secret_key
    if settings.env == "production":
        raise SecretKeyError("secret.key_required",
                             "COCKTAIL_SECRET_KEY is required in production (e.g. from Fernet.generate_key())")
    path = settings.data_dir / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(Fernet.generate_key().decode())
    return path.read_text().strip()


def derived_key(purpose: str, settings: Settings | None = None) -> str:
    """A key for one purpose (signing cookies), derived from the secret key so one secret protects all."""
    key = secret_key(settings or get_settings()).encode()
    return hmac.new(key, f"cocktailparty {purpose}".encode(), hashlib.sha256).hexdigest()


def encrypt(values: dict[str, str], settings: Settings | None = None) -> str:
    return _fernet(secret_key(settings or get_settings())).encrypt(json.dumps(values).encode()).decode()


def decrypt(token: str, settings: Settings | None = None) -> dict[str, str]:
    try:
        return dict(json.loads(_fernet(secret_key(settings or get_settings())).decrypt(token.encode())))
    except InvalidToken:
        raise CredentialsUnreadable("secret.undecryptable",
                                    "cannot decrypt the channel's credentials: the secret key changed; reconnect the "
                                    "channel") from None
