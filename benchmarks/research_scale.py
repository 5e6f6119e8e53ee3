"""The research commands at scale: `sensitivity` and `uncertainty` on large synthetic data, whole processes.

    python benchmarks/research_scale.py [--runs 7] [--draws 1000000] [--keep DIR]

Writes two synthetic data folders (benchmarks/synthetic.py, seed 1) into a temporary folder:
1,000 price items x 100 personas, and 10,000 items x 100 personas. Then, as whole processes
(`hvh-kba` as installed beside this Python), each command run once first (to validate the data and
fill a private cache, as any second run finds it):

- `sensitivity`: the median wall time of `hvh-kba sensitivity realistic` on the shipped data and of
  `hvh-kba sensitivity synthetic` on 1,000 x 100. Goal: within 3x (linear in items and personas; it
  was quadratic: every swing re-priced every line).
- `uncertainty --draws 1000000`: the peak resident memory of a fresh process (the child's
  ru_maxrss, read by a small parent that runs only it) on the shipped data, 1,000 x 100 and
  10,000 x 100, and its wall time. Goal: under 250 MB at any size (draws come in chunks whose arrays
  stay within a budget, so memory does not grow with items x draws).

Each line says ok or MISSED; the exit status is 1 if any goal is missed. The memory goal holds for
the first run too: `uncertainty --draws 1000000` on 10,000 x 100 with the cache empty, which
validates the YAML into the cache before it draws. Takes a few minutes, most of it the two
10,000 x 100 Monte Carlos.
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic  # noqa: E402

SENSITIVITY_GOAL = 3.0
MEMORY_GOAL_MB = 250
# a parent that runs one command and reports its child's peak resident size (kilobytes on Linux)
PEAK = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def wall(argv: list[str], runs: int, env: dict[str, str]) -> float:
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)  # warm: OS file cache, data cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Peak resident size in MB of one fresh run of `argv`, and its wall time in seconds."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", PEAK, *argv], env=env, capture_output=True, text=True, check=True).stdout
    return int(out.strip()) / 1024, time.perf_counter() - start


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command (the median is reported)")
    parser.add_argument("--draws", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="write the synthetic folders here and keep them")
    args = parser.parse_args()
    beside = os.path.join(os.path.dirname(sys.executable), "hvh-kba")
    exe = beside if os.path.exists(beside) else shutil.which("hvh-kba")
    if exe is None:
        print("hvh-kba is not installed in this environment", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        cache = Path(scratch) / "cache"
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"HVH_KBA_CACHE_DIR": str(cache)}
        folders = {}
        for items, personas in ((1000, 100), (10_000, 100)):
            folder = root / f"synthetic-{items}x{personas}"
            start = time.perf_counter()
            facts = synthetic.generate(folder, items, personas, seed=1)
            folders[items] = folder
            print(f"data: {facts['items']:,} items x {facts['personas']} personas ({facts['participants']} participants) "
                  f"in {folder}  [{time.perf_counter() - start:.1f} s]")
        first, first_time = peak([exe, "uncertainty", "synthetic", "--data-dir", str(folders[10_000]), "--draws", str(args.draws)], env)
        failed = first >= MEMORY_GOAL_MB

        shipped = wall([exe, "sensitivity", "realistic"], args.runs, env)
        large = wall([exe, "sensitivity", "synthetic", "--data-dir", str(folders[1000])], args.runs, env)
        ratio = large / shipped
        failed |= ratio > SENSITIVITY_GOAL
        print(f"{'sensitivity realistic (shipped data)':58s} {shipped * 1000:8.0f} ms")
        print(f"{'sensitivity synthetic, 1,000 items x 100 personas':58s} {large * 1000:8.0f} ms  {ratio:5.2f}x shipped  "
              f"goal <= {SENSITIVITY_GOAL:g}x  {verdict(ratio <= SENSITIVITY_GOAL)}")

        draws = str(args.draws)
        cases = [("shipped data", ["realistic"]), *((f"{items:,} items x 100 personas", ["synthetic", "--data-dir", str(folder)])
                                                     for items, folder in folders.items())]
        for label, rest in cases:
            subprocess.run([exe, "uncertainty", *rest, "--draws", "1"], env=env, stdout=subprocess.DEVNULL, check=True)  # warm
            megabytes, seconds = peak([exe, "uncertainty", *rest, "--draws", draws], env)
            ok = megabytes < MEMORY_GOAL_MB
            failed |= not ok
            print(f"{'uncertainty --draws ' + f'{args.draws:,}' + ', ' + label:58s} {megabytes:6.1f} MB peak  "
                  f"goal < {MEMORY_GOAL_MB} MB  {verdict(ok)}   ({seconds:.1f} s)")
        print(f"{'the same on 10,000 x 100, first run (cache empty)':58s} {first:6.1f} MB peak  "
              f"goal < {MEMORY_GOAL_MB} MB  {verdict(first < MEMORY_GOAL_MB)}   ({first_time:.1f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
