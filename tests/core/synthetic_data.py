"""Small synthetic data folders (benchmarks/synthetic.py) for the core's tests at more than the shipped size."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "synthetic.py"


def generator():
    """benchmarks/synthetic.py as a module (benchmarks/ is no package)."""
    spec = importlib.util.spec_from_file_location("benchmarks_synthetic", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def analysis(folder: Path, items: int, personas: int, seed: int):
    """An analysis of a fresh synthetic folder: `items` price items, `personas` personas, scenario 'synthetic'."""
    from hvh_kba import api

    generator().generate(folder, items=items, personas=personas, seed=seed)
    return api.load(folder)
