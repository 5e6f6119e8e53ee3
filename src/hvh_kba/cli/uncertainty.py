from __future__ import annotations

import sys
import time
from typing import Annotated, Optional

import typer

from .options import Investments, Options, parse_rate, shared

NAME = "uncertainty"


@shared("research", "data", "output")
def command(
    scenario: Annotated[str, typer.Argument(metavar="SCENARIO", help="worst-case, realistic, ideal, or a scenario file.")],
    draws: Annotated[int, typer.Option("--draws", metavar="N", help="Number of draws (1 to 10.000.000).")] = 100_000,
    seed: Annotated[int, typer.Option("--seed", metavar="S", help="Seed of the random numbers: the same seed gives the same numbers.")] = 2024,
    recidivism: Annotated[
        Optional[str], typer.Option("--recidivism", metavar="R", help="Mean recidivism rate (default: the study's pointer, 47% x 0.7).")
    ] = None,
    investment: Investments = None,
    *,
    opts: Options,
) -> None:
    """Monte Carlo over prices, recidivism and mix: net results (mean, P5, P50, P95) and the chance of paying back."""
    from .. import api
    from ..views.research import uncertainty_view
    from .run import analysis, show
    from .scenario import parse_investments

    with _Progress(draws) as progress:
        report = api.uncertainty(
            analysis(opts, scenario=scenario), scenario, draws=draws, seed=seed,
            recidivism=parse_rate(recidivism) if recidivism is not None else None,
            investments=parse_investments(investment) if investment else None, progress=progress,
        )
    show(uncertainty_view(report, opts.lang), opts)


class _Progress:
    """A progress bar on a terminal, once the run looks like taking more than a second."""

    def __init__(self, total: int):
        self.total = total
        self.start = time.perf_counter()
        self.bar = None

    def __enter__(self):
        return self

    def __call__(self, done: int) -> None:
        if self.bar is None and sys.stderr.isatty() and done < self.total:
            elapsed = time.perf_counter() - self.start
            if elapsed * self.total / done > 1.0:
                from rich.progress import Progress

                self.bar = Progress(transient=True)
                self.bar.start()
                self.task = self.bar.add_task("Monte Carlo", total=self.total)
        if self.bar is not None:
            self.bar.update(self.task, completed=done)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
