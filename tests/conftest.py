"""Shared fixtures: one trained classifier per test session, cached where the data directory says."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cocktailparty.classify import Classifier, load_classifier


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # CI and developers keep the trained model between runs in COCKTAIL_DATA_DIR; otherwise a temp dir.
    data_dir = os.environ.get("COCKTAIL_DATA_DIR")
    return Path(data_dir) / "models" if data_dir else tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def classifier(model_cache: Path) -> Classifier:
    return load_classifier(model_cache)
