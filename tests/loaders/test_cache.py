"""The cache of validated files: used when a file is unchanged, never when it changed."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal

import pytest

from hvh_kba.loader import dataset as dataset_module
from hvh_kba.loader.cache import Cache, default_dir
from hvh_kba.loader.dataset import load_dataset


def test_a_second_load_comes_from_the_cache_and_equals_the_first(data_copy, tmp_path, monkeypatch):
    cache = Cache(tmp_path / "cache")
    first = load_dataset(data_copy, display="", cache=cache)

    def refuse(*args, **kwargs):
        raise AssertionError("validated again although nothing changed")

    monkeypatch.setattr(dataset_module, "validate", refuse)
    second = load_dataset(data_copy, display="", cache=cache)
    assert second == first
    assert second.personas["joris"].benefits[0].unit_price == Decimal(187)


def test_a_changed_file_is_validated_again(data_copy, tmp_path):
    cache = Cache(tmp_path / "cache")
    load_dataset(data_copy, display="", cache=cache)
    path = data_copy / "pricelists" / "impactstudie-2024.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    amount: 1400\n", "    amount: 1500\n"), encoding="utf-8")
    again = load_dataset(data_copy, display="", cache=cache)
    assert again.pricelists["impactstudie-2024"].by_id()["vermogensdelict"].amount == 1500


def test_a_changed_base_invalidates_the_scenarios_that_extend_it(data_copy, tmp_path):
    cache = Cache(tmp_path / "cache")
    load_dataset(data_copy, display="", cache=cache)
    base = data_copy / "scenarios" / "_impactstudie-2024.yaml"
    base.write_text(base.read_text(encoding="utf-8").replace("capacity: 29", "capacity: 30"), encoding="utf-8")
    assert load_dataset(data_copy, display="", cache=cache).scenarios["ideal"].capacity == 30


def test_a_damaged_entry_is_ignored(data_copy, tmp_path):
    cache = Cache(tmp_path / "cache")
    load_dataset(data_copy, display="", cache=cache)
    for entry in (tmp_path / "cache").iterdir():
        entry.write_text("garbage", encoding="utf-8")
    assert load_dataset(data_copy, display="", cache=cache).scenarios["realistic"].participants == 20


def test_an_unwritable_cache_is_not_an_error(data_copy, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert load_dataset(data_copy, display="", cache=Cache(blocked / "cache")).personas


def test_the_cache_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("HVH_KBA_CACHE_DIR", "off")
    assert default_dir() is None
    monkeypatch.setenv("HVH_KBA_CACHE_DIR", "/somewhere")
    assert str(default_dir()) == "/somewhere"


@pytest.mark.parametrize("command", [["scenario", "realistic"], ["persona", "joris"]])
def test_a_cached_run_imports_neither_pydantic_nor_yaml_nor_numpy(tmp_path, command):
    """The speed of the commands rests on this (benchmarks/cli_speed.py measures it)."""
    env = {**os.environ, "HVH_KBA_CACHE_DIR": str(tmp_path)}
    script = (
        "import sys\nfrom hvh_kba.cli.app import app\n"
        f"try:\n    app({command!r}, prog_name='hvh-kba')\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in ('pydantic', 'yaml', 'numpy') if m in sys.modules), file=sys.stderr)\n"
    )
    subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, check=True)  # fills the cache
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert "LOADED []" in second.stderr
