"""Input made to hang, exhaust memory, overflow or crash: each ends in one clear line and exit code 2, within
seconds, writing nothing. Real processes, so a hang would show as a timeout, not as a frozen test run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

SECONDS = 10  # a case that has not answered by then has hung
BOMB = "".join(f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))


def copy_data(tmp_path: Path) -> Path:
    source = Path(__file__).resolve().parents[2]
    target = tmp_path / "data"
    for folder in ("pricelists", "personas", "scenarios", "municipalities", "indices"):
        shutil.copytree(source / folder, target / folder)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def alias_bomb(data: Path) -> str:
    (data / "personas" / "bom.yaml").write_text('a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n' + BOMB, encoding="utf-8")
    return "personas/bom.yaml:2: b[0]: YAML aliases"


def deep_flow(data: Path) -> str:
    (data / "personas" / "diep.yaml").write_text("a: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    return "personas/diep.yaml:1: YAML syntax error"


def deep_blocks(data: Path) -> str:
    (data / "personas" / "diep.yaml").write_text("".join("  " * i + f"k{i}:\n" for i in range(60)) + "  " * 60 + "x: 1\n",
                                                 encoding="utf-8")
    return "nested deeper than 32 levels"


def fifo(data: Path) -> str:
    os.mkfifo(data / "personas" / "pijp.yaml")
    return "personas/pijp.yaml: not a regular file"


def device(data: Path) -> str:
    (data / "personas" / "nul.yaml").symlink_to("/dev/zero")
    return "personas/nul.yaml: not a regular file"


def huge(data: Path) -> str:
    (data / "personas" / "groot.yaml").write_text("# " + "x" * (5 << 20) + "\n", encoding="utf-8")
    return "personas/groot.yaml: 5242883 bytes; a data file may have at most 4194304"


def capacity(data: Path) -> str:
    edit(data / "scenarios" / "_impactstudie-2024.yaml", "capacity: 29", "capacity: 1000000000")
    return "capacity: 1000000000 is above 1000"


def enormous_amount(data: Path) -> str:
    edit(data / "pricelists" / "impactstudie-2024.yaml", "    amount: 1400\n", "    amount: 1e999999\n")
    return "amount: 1E+999999 is above 1000000000000"


def long_integer(data: Path) -> str:
    edit(data / "pricelists" / "impactstudie-2024.yaml", "    amount: 1400\n", f"    amount: {'9' * 5000}\n")
    return "pricelists/impactstudie-2024.yaml:"


def many_factors(data: Path) -> str:
    edit(data / "personas" / "joris.yaml", "    quantity: [{value: 12, unit: maanden}]\n",
         "    quantity: [" + ", ".join(["{value: 1000, unit: x}"] * 200) + "]\n")
    return "quantity"


def not_utf8(data: Path) -> str:
    (data / "personas" / "latin.yaml").write_bytes("id: caf\xe9\n".encode("latin-1"))
    return "personas/latin.yaml: not UTF-8 text"


def binary_tag(data: Path) -> str:
    edit(data / "personas" / "joris.yaml", "name: Joris", "name: !!binary SGVsbG8=")
    return "unsupported YAML tag"


def arithmetic_in_a_part(data: Path) -> str:
    edit(data / "municipalities" / "twente.yaml", 'amount: "178480 / 3"', 'amount: "178480 ** 300000"')
    return "only numbers, + - * / // and brackets are allowed"


DATA_CASES = [alias_bomb, deep_flow, deep_blocks, fifo, device, huge, capacity, enormous_amount, long_integer,
              many_factors, not_utf8, binary_tag, arithmetic_in_a_part]
OPTION_CASES = [
    (["uncertainty", "realistic", "--draws", "1000000000"], "--draws: 1000000000 is outside 1-10,000,000"),
    (["scenario", "realistic", "--years", "1000000"], "--years: 1000000 is outside 1-100"),
    (["scenario", "realistic", "--set", "detentie=1e999999"], "--set detentie: '1e999999' is above"),
    (["scenario", "realistic", "--participants", "1000000000"], "--participants: 1000000000 is outside 0-29"),
    (["scenario", "realistic", "--investment", "9" * 5000], "--investment: "),
    (["scenario", "realistic", "--pricelist", "/dev/zero"], "/dev/zero: not a regular file"),
    (["municipalities", "--benefit-key", "/dev/zero"], "--benefit-key: /dev/zero: file not found"),
    (["uncertainty", "realistic", "--seed", "9" * 40], "--seed: "),
]


def hvh_kba(args: list[str], cwd: Path, cache: Path) -> tuple[subprocess.CompletedProcess, float]:
    env = {**os.environ, "HVH_KBA_CACHE_DIR": str(cache), "COLUMNS": "100", "HVH_KBA_LANG": "en"}  # the fragments are English
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "hvh_kba", *args], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=SECONDS * 3)
    return result, time.monotonic() - start


def assert_one_clear_line(result: subprocess.CompletedProcess, elapsed: float, fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    assert elapsed < SECONDS, f"took {elapsed:.1f} s"
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), lines
    assert fragment in lines[0], lines[0]


@pytest.mark.parametrize("case", DATA_CASES, ids=[c.__name__ for c in DATA_CASES])
def test_a_hostile_data_file(case, tmp_path):
    data = copy_data(tmp_path)
    fragment = case(data)
    work, cache = tmp_path / "work", tmp_path / "cache"
    work.mkdir()
    before = sorted(str(p) for p in data.rglob("*"))
    # the municipalities are read by the commands that need them
    command = "municipalities" if case is arithmetic_in_a_part else "scenario realistic"
    result, elapsed = hvh_kba([*command.split(), "--data-dir", str(data)], work, cache)
    assert_one_clear_line(result, elapsed, fragment)
    assert list(work.iterdir()) == [] and sorted(str(p) for p in data.rglob("*")) == before
    # nothing invalid cached: no entry for the load; the files that did validate are kept, each under its content alone
    for entry in (cache.iterdir() if cache.exists() else []):
        if entry.suffix == ".json":
            body = json.loads(entry.read_bytes().partition(b"\n")[2])
            assert body["manifest"] == {"files": {}, "folders": {}}, entry


@pytest.mark.parametrize(("args", "fragment"), OPTION_CASES, ids=[" ".join(a)[:40] for a, _ in OPTION_CASES])
def test_a_hostile_option(args, fragment, tmp_path):
    result, elapsed = hvh_kba(args, tmp_path, tmp_path / ".cache")
    assert_one_clear_line(result, elapsed, fragment)
    assert [p.name for p in tmp_path.iterdir()] in ([], [".cache"])
