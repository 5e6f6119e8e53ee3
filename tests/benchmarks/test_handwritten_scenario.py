"""benchmarks/handwritten_scenario.py, the floor `scenario realistic` is timed against, gives the tool's numbers.

The floor is the least a Python program must do to answer what `hvh-kba scenario` answers; a floor that
computed something else (or less) would not be a floor. So for every shipped scenario the script's JSON must
equal the tool's, number for number and type for type (an int where the tool prints an int).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hvh_kba.paths import shipped_data_dir

from ..cli.helpers import run

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "handwritten_scenario.py"
KEYS = ["participants", "allocation", "rows", "municipal_minimum", "investment", "break_even"]


def same(mine, tools, where: str) -> None:
    """Every value of `mine` equals the tool's at the same place (keys the script leaves out are not compared)."""
    if isinstance(mine, dict):
        assert isinstance(tools, dict) and list(mine) == [k for k in tools if k in mine], where
        assert set(mine) <= set(tools), f"{where}: {set(mine) - set(tools)} not in the tool's output"
        for key, value in mine.items():
            same(value, tools[key], f"{where}.{key}")
    elif isinstance(mine, list):
        assert isinstance(tools, list) and len(mine) == len(tools), where
        for i, (a, b) in enumerate(zip(mine, tools)):
            same(a, b, f"{where}[{i}]")
    else:
        assert (type(mine), mine) == (type(tools), tools), where


@pytest.mark.parametrize("scenario", ["realistic", "worst-case", "ideal"])
def test_script_gives_the_tools_numbers(scenario):
    script = subprocess.run([sys.executable, str(SCRIPT), scenario, str(shipped_data_dir())],
                            capture_output=True, text=True, check=True)
    mine = json.loads(script.stdout)
    tool = run("scenario", scenario, "--format", "json")
    assert tool.exit_code == 0, tool.stderr
    tools = json.loads(tool.stdout)
    assert list(mine) == KEYS
    assert [set(row) for row in mine["rows"]] == [{"recidivism", "societal", "municipal"}] * len(tools["rows"])
    assert [set(entry) for entry in mine["break_even"]] == [
        {"label", "investment", "max_recidivism", "min_participants", "surplus", "at_any_recidivism"}
    ] * len(tools["break_even"])
    same(mine, tools, scenario)
