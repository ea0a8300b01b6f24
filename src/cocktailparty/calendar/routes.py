"""Pages of this domain (filled in by its slice of the web app)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
