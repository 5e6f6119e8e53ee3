"""Value-of-information speed and memory: `hvh-kba measure` beside the plain Monte Carlo of the same draws.

    python benchmarks/value_of_information.py [--draws 1000000] [--repeat 5]

Goal (issue 12): EVPPI for 8 or more groups of inputs on 1,000,000 draws within 3x the time of the
plain Monte Carlo on the same draws (`hvh-kba uncertainty realistic --occupancy`: the same model,
the same seed), memory bounded: the peak does not grow with the number of draws. Whole-process
runs, medians; each memory figure is a fresh process's peak resident size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time


def command(*args: str) -> list[str]:
    exe = shutil.which("hvh-kba")
    return [exe, *args] if exe else [sys.executable, "-m", "hvh_kba", *args]


def timed(args: list[str], repeat: int) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # bytecode as after pip install
    subprocess.run(args, env=env, check=True, capture_output=True)  # warm the cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_memory(args: list[str]) -> float:
    """Megabytes: the peak resident size of one run, in a fresh process."""
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True).stdout
    return int(out.strip()) / 1024  # kilobytes on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    n = str(args.draws)
    plain = command("uncertainty", "realistic", "--occupancy", "--draws", n)
    measure = command("measure", "realistic", "--draws", n)
    base = timed(plain, args.repeat)
    voi = timed(measure, args.repeat)
    ratio = voi / base
    print(f"plain Monte Carlo, {args.draws:,} draws (uncertainty --occupancy)   {base:6.3f} s")
    print(f"value of information, 9 groups, the same draws (measure)    {voi:6.3f} s  {ratio:4.2f}x  goal <= 3x  "
          f"{'ok' if ratio <= 3 else 'MISSED'}")
    for draws in (args.draws // 10, args.draws, 4 * args.draws):
        print(f"peak memory of measure, {draws:>10,} draws: {peak_memory(command('measure', 'realistic', '--draws', str(draws))):7.1f} MB")
    return 0 if ratio <= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
