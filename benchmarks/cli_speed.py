"""Whole-process wall time of the commands people run most, beside the floors that bound them.

Run from anywhere with the project installed:  python benchmarks/cli_speed.py [--runs 21] [--markdown]

Two floors:
- F1, `python -c "import typer, pydantic, yaml, rich.table"`: what the libraries cost to import;
- the hand-written script (benchmarks/handwritten_scenario.py): the same YAML read with
  yaml.CSafeLoader into plain dicts and the scenario's results printed as JSON (6 of the 13 keys of
  `scenario --format json`), the practical limit for this job in Python (tests/benchmarks checks
  that its numbers are the tool's).

Every case runs once first (to fill the cache of validated data, as any second run finds it), then
the cases run in turns, --runs rounds, so that a slower moment of the machine falls on all of them
alike; each is reported as its median. The goals are issue 14's; a missed goal prints MISSED and
makes the exit code 1. Never a timed test: this is the place where speed is measured.
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent


@dataclass
class Case:
    name: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    before: Callable[[], None] | None = None  # untimed, before each run: an edit, a fresh cache
    times: list[float] = field(default_factory=list)

    def run(self, base: dict[str, str]) -> None:
        if self.before:
            self.before()
        start = time.perf_counter()
        subprocess.run(self.argv, env={**base, **self.env}, stdout=subprocess.DEVNULL, check=True)
        self.times.append(time.perf_counter() - start)

    @property
    def median(self) -> float:
        return statistics.median(self.times)


@dataclass
class Goal:
    case: str
    beside: str  # the floor or the case it is measured against
    at_most: float
    below: bool = False  # strictly below, not at most


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--markdown", action="store_true", help="print the table as in the README")
    args = parser.parse_args()
    beside = Path(sys.executable).with_name("hvh-kba")  # the script of this interpreter's environment
    exe = str(beside) if beside.exists() else shutil.which("hvh-kba")
    if exe is None:
        print("hvh-kba is not installed in this environment", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        # as after `pip install`: bytecode compiled once and kept (a shell may set PYTHONDONTWRITEBYTECODE)
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base |= {"HVH_KBA_CACHE_DIR": str(work / "cache"), "HVH_KBA_LANG": "nl", "COLUMNS": "100"}
        data = work / "data"
        subprocess.run([exe, "init", str(data)], env=base, check=True, stdout=subprocess.DEVNULL)
        edited = data / "personas" / "patrick.yaml"
        original = edited.read_text(encoding="utf-8")
        counter = iter(range(10**9))

        def edit() -> None:  # what a researcher does between two runs: change one data file
            edited.write_text(original + f"# edit {next(counter)}\n", encoding="utf-8")

        fresh = {"n": 0}

        def empty_cache() -> None:
            fresh["n"] += 1
            first.env["HVH_KBA_CACHE_DIR"] = str(work / f"first-{fresh['n']}")

        report = work / "report"
        first = Case("scenario realistic, first run (cache empty)", [exe, "scenario", "realistic"], before=empty_cache)
        cases = [
            Case("F1: import typer, pydantic, yaml, rich.table", [sys.executable, "-c", "import typer, pydantic, yaml, rich.table"]),
            Case("hand-written script (JSON)", [sys.executable, str(HERE / "handwritten_scenario.py")]),
            Case("scenario realistic", [exe, "scenario", "realistic"]),
            Case("scenario realistic --format json", [exe, "scenario", "realistic", "--format", "json"]),
            Case("scenario realistic, after editing one data file", [exe, "scenario", "realistic", "--data-dir", str(data)], before=edit),
            first,
            Case("verify", [exe, "verify"]),
            Case("--version", [exe, "--version"]),
            Case("--help", [exe, "--help"]),
            Case("report --out x.md", [exe, "report", "--force", "--out", str(report.with_suffix(".md"))]),
            Case("report --out x.html", [exe, "report", "--force", "--out", str(report.with_suffix(".html"))]),
        ]
        by_name = {c.name: c for c in cases}
        for case in cases:  # warm: the OS's file cache, the data cache, bytecode
            case.run(base)
            case.times.clear()
        for _ in range(args.runs):
            for case in cases:
                case.run(base)

    f1, script = cases[0].name, cases[1].name
    goals = [
        Goal("scenario realistic", f1, 1.15),
        Goal("scenario realistic", script, 1.5),
        Goal("scenario realistic --format json", script, 1.5),
        Goal("scenario realistic, after editing one data file", f1, 1.5),
        Goal("scenario realistic, first run (cache empty)", f1, 2.0),
        Goal("verify", "scenario realistic", 1.3),
        Goal("--version", f1, 1.0, below=True),
        Goal("--help", f1, 1.0, below=True),
        Goal("report --out x.html", "report --out x.md", 2.0),
    ]
    failed = False
    rows = [(c.name, f"{c.median * 1000:.0f} ms", "", "", "") for c in cases[:2]]
    for goal in goals:
        ratio = by_name[goal.case].median / by_name[goal.beside].median
        ok = ratio < goal.at_most if goal.below else ratio <= goal.at_most
        failed |= not ok
        against = "F1" if goal.beside == f1 else "the script" if goal.beside == script else f"`{goal.beside}`"
        rows.append((goal.case, f"{by_name[goal.case].median * 1000:.0f} ms", f"{ratio:.2f}x {against}",
                     f"{'<' if goal.below else '<='} {goal.at_most}x", "ok" if ok else "MISSED"))
    if args.markdown:
        print("| case | median | ratio | goal | |\n| --- | ---: | ---: | ---: | --- |")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        for name, median, ratio, goal, verdict in rows:
            print(f"{name:50s} {median:>8s}  {ratio:>18s}  {goal:>8s}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
