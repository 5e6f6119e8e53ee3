"""Shared fixtures: the shipped data, loaded once, and a private cache directory for the run."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Tests never write into the user's cache; each test session gets its own.
_CACHE = tempfile.mkdtemp(prefix="hvh-kba-test-cache-")
os.environ["HVH_KBA_CACHE_DIR"] = _CACHE

from hvh_kba.core.evaluation import Evaluation  # noqa: E402
from hvh_kba.loader.dataset import load_dataset  # noqa: E402
from hvh_kba.loader.published import load_study  # noqa: E402
from hvh_kba.paths import shipped_data_dir  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return shipped_data_dir()


@pytest.fixture(scope="session")
def dataset(data_dir):
    return load_dataset(data_dir, display="")


@pytest.fixture(scope="session")
def study():
    return load_study()


@pytest.fixture()
def evaluation(dataset) -> Evaluation:
    return Evaluation(dataset)


@pytest.fixture()
def data_copy(tmp_path, data_dir) -> Path:
    """A writable copy of the shipped data, for tests that break or change it."""
    target = tmp_path / "data"
    for folder in ("pricelists", "personas", "scenarios", "recidivism", "flows"):
        shutil.copytree(data_dir / folder, target / folder)
    return target
