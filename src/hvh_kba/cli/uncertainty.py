from __future__ import annotations

import sys
import time
from typing import Annotated, Optional

import typer

from .options import CliError, Investments, Options, parse_rate, shared

NAME = "uncertainty"


@shared("research", "data", "output")
def command(
    scenario: Annotated[str, typer.Argument(metavar="SCENARIO", help="worst-case, realistic, ideal, or a scenario file.")],
    draws: Annotated[int, typer.Option("--draws", metavar="N", help="Number of draws.")] = 100_000,
    seed: Annotated[int, typer.Option("--seed", metavar="S", help="Seed of the random numbers: the same seed gives the same numbers.")] = 2024,
    recidivism: Annotated[
        Optional[str], typer.Option("--recidivism", metavar="R", help="Mean recidivism rate (default: the study's pointer, 47% x 0.7).")
    ] = None,
    investment: Investments = None,
    *,
    opts: Options,
) -> None:
    """Monte Carlo over prices, recidivism and mix: net results (mean, P5, P50, P95) and the chance of paying back."""
    from ..core.uncertainty import build_model, simulate
    from ..render.output import render
    from ..views.context import run_context
    from ..views.research import uncertainty_view
    from .research import level_and_amount, research_of
    from .session import open_session

    if draws < 1:
        raise CliError(f"--draws: {draws} is not a positive number of draws; accepted: 1 or more")
    if seed < 0:
        raise CliError(f"--seed: {seed} is negative; accepted: 0 or more")
    session = open_session(opts, scenario=scenario)
    chosen = session.dataset.scenarios[session.scenario_id(scenario)]
    research = research_of(chosen)
    mean = parse_rate(recidivism) if recidivism is not None else research.recidivism.expected()
    if not 0 < mean < 1:
        raise CliError(f"--recidivism: a mean of {mean} leaves the Beta distribution no room; accepted: above 0 and below 1")
    level, _, levels = level_and_amount(chosen, investment)
    model = build_model(
        session.dataset.personas, chosen.mix_fractions(), chosen.participants, session.dataset.pricelist_for(chosen),
        session.evaluation.assumptions, research.price_spread / 100,
    )
    with _Progress(draws) as progress:
        outcome = simulate(
            model, draws, seed, float(mean), float(research.recidivism_concentration), float(research.mix_concentration),
            {name: float(amount) for name, amount in levels.items()}, level, progress,
        )
    view = uncertainty_view(outcome, chosen.name.in_(opts.lang), level, mean, lang=opts.lang, context=run_context(session, chosen))
    typer.echo(render(view, opts.output, opts.lang), nl=False)


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
