"""Whole-process wall time of the commands people run most, beside the floor the libraries set.

Run from anywhere with the project installed:  python benchmarks/cli_speed.py [--runs 30]

The floor is `python -c "import typer, pydantic, yaml, rich.table"`: no hvh-kba command can
start faster than its libraries import. Goals (issue 3): `scenario realistic` within 1.5x the
floor; `--version` and `--help` below it. Each command runs once first (to fill the cache of
validated data, as any second run finds it), then --runs times; the median is reported.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

GOALS = {"scenario realistic": 1.5, "--version": 1.0, "--help": 1.0}


def wall(argv: list[str], runs: int, env: dict[str, str]) -> float:
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)  # warm: OS file cache, data cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    beside = os.path.join(os.path.dirname(sys.executable), "hvh-kba")  # the script of this interpreter's environment
    exe = beside if os.path.exists(beside) else shutil.which("hvh-kba")
    if exe is None:
        print("hvh-kba is not installed in this environment", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as cache:
        # as after `pip install`: bytecode compiled once and kept (a shell may set PYTHONDONTWRITEBYTECODE)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"HVH_KBA_CACHE_DIR": cache}
        floor = wall([sys.executable, "-c", "import typer, pydantic, yaml, rich.table"], args.runs, env)
        print(f"{'floor: import typer, pydantic, yaml, rich.table':52s} {floor * 1000:7.1f} ms")
        failed = False
        for command, goal in GOALS.items():
            median = wall([exe, *command.split()], args.runs, env)
            ratio = median / floor
            ok = ratio <= goal
            failed |= not ok
            print(f"{'hvh-kba ' + command:52s} {median * 1000:7.1f} ms  {ratio:4.2f}x floor  goal <= {goal}x  {'ok' if ok else 'MISSED'}")
        cold = {**env, "HVH_KBA_CACHE_DIR": "off"}
        median = wall([exe, "scenario", "realistic"], max(5, args.runs // 3), cold)
        print(f"{'hvh-kba scenario realistic (no cache: YAML + pydantic)':52s} {median * 1000:7.1f} ms  {median / floor:4.2f}x floor")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
