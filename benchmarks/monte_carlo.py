"""Monte Carlo speed and memory: `hvh-kba uncertainty realistic` beside the time NumPy needs
just to draw the same random numbers.

    python benchmarks/monte_carlo.py [--draws 1000000] [--repeat 5]

Goal (issue 4): 1,000,000 draws within 3x the floor, and memory that does not grow with the
number of draws (draws come in fixed chunks). The memory check runs each size in a fresh
process and reports its peak resident size.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

SETUP = """
from decimal import Decimal
from hvh_kba.core.assumptions import Assumptions
from hvh_kba.core import uncertainty as u
from hvh_kba.loader.dataset import load_dataset
from hvh_kba.paths import shipped_data_dir
data = load_dataset(shipped_data_dir(), display="")
scenario = data.scenarios["realistic"]
research = scenario.research
model = u.build_model(data.personas, scenario.mix, scenario.participants,
                      data.pricelists[scenario.pricelist], Assumptions(), research.price_spread)
mean, k, kmix = float(research.recidivism.expected()), float(research.recidivism_concentration), float(research.mix_concentration)
levels = {name: float(v) for name, v in scenario.investment.levels().items()}
"""


def timed(code: str, setup: dict, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        exec(code, setup)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_memory(draws: int) -> float:
    code = SETUP + f"u.simulate(model, {draws}, 1, mean, k, kmix, levels, 'decided')\n"
    code += "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return int(out.strip()) / 1024  # kilobytes on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    env: dict = {}
    exec(SETUP, env)
    n = args.draws
    floor = timed(
        "import numpy as np\nrng = np.random.default_rng(1)\n"
        f"for start in range(0, {n}, u.CHUNK):\n    u.generate(model, rng, min(u.CHUNK, {n} - start), mean, k, kmix)\n",
        env, args.repeat,
    )
    run = timed(f"u.simulate(model, {n}, 1, mean, k, kmix, levels, 'decided')", env, args.repeat)
    ratio = run / floor
    print(f"floor: NumPy draws the random numbers of {n:,} draws   {floor:6.3f} s")
    print(f"hvh-kba Monte Carlo, {n:,} draws                    {run:6.3f} s  {ratio:4.2f}x floor  goal <= 3x  {'ok' if ratio <= 3 else 'MISSED'}")
    for draws in (n // 10, n, 4 * n):
        print(f"peak memory, {draws:>10,} draws: {peak_memory(draws):7.1f} MB")
    return 0 if ratio <= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
