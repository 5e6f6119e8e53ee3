"""Monte Carlo speed and memory: `hvh-kba uncertainty realistic` beside the time NumPy needs
just to draw the same random numbers.

    python benchmarks/monte_carlo.py [--draws 1000000] [--repeat 9]

The floor is NumPy alone drawing the same distributions for as many draws, in the chunks the tool uses
(65,536 draws on the shipped data): per draw every price item uniform between its low and high end
(uniforms on [0, 1) scaled and shifted in place, the fastest way NumPy has), the recidivism rate
from its Beta and the mix from its Dirichlet. Nothing of hvh-kba runs in it: it reads only the
model's numbers (the ends, the mix, the Beta's mean and concentration).

Goal (issue 4, then the research-scale issue): 1,000,000 draws within 1.5x the floor, and memory
that does not grow with the number of draws (draws come in chunks). The memory check runs each
size in a fresh process and reports its peak resident size. benchmarks/research_scale.py checks the
memory on large synthetic data.
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

# NumPy drawing the same distributions, nothing of ours: the model's numbers only
FLOOR = """
import numpy as np

def floor(n):  # a function: its arrays go when it returns, as the Monte Carlo's do
    rng = np.random.default_rng(1)
    low, span, alpha = model.low, model.high - model.low, model.mix * kmix
    for start in range(0, n, {chunk}):
        size = min({chunk}, n - start)
        prices = rng.random((size, len(low)))
        prices *= span
        prices += low
        rates = rng.beta(mean * k, (1 - mean) * k, size=size)
        mix = rng.dirichlet(alpha, size=size)

floor({n})
"""
GOAL = 1.5


def timed(codes: list[str], setup: dict, repeat: int) -> list[float]:
    """The median time of each piece of code, the pieces run in turn (so that a slower spell of the machine
    falls on all of them alike), after one run of each to warm up."""
    compiled = [compile(code, "<benchmark>", "exec") for code in codes]
    for code in compiled:
        exec(code, setup)
    times: list[list[float]] = [[] for _ in codes]
    for _ in range(repeat):
        for code, spent in zip(compiled, times):
            start = time.perf_counter()
            exec(code, setup)
            spent.append(time.perf_counter() - start)
    return [statistics.median(spent) for spent in times]


def peak_memory(draws: int) -> float:
    code = SETUP + f"u.simulate(model, {draws}, 1, mean, k, kmix, levels, 'decided')\n"
    code += "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return int(out.strip()) / 1024  # kilobytes on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    env: dict = {}
    exec(SETUP, env)
    n = args.draws
    floor, run = timed([FLOOR.format(n=n, chunk=env["u"].chunk_size(env["model"])), f"u.simulate(model, {n}, 1, mean, k, kmix, levels, 'decided')"], env, args.repeat)
    ratio = run / floor
    print(f"floor: NumPy draws the random numbers of {n:,} draws   {floor:6.3f} s")
    print(f"hvh-kba Monte Carlo, {n:,} draws                    {run:6.3f} s  {ratio:4.2f}x floor  goal <= {GOAL}x  "
          f"{'ok' if ratio <= GOAL else 'MISSED'}")
    for draws in (n // 10, n, 4 * n):
        print(f"peak memory, {draws:>10,} draws: {peak_memory(draws):7.1f} MB")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
