from __future__ import annotations

from typing import Annotated

import typer

from .options import Decision, Draws, MeanRecidivism, Options, Seed, parse_rate, shared

NAME = "measure"


@shared("research", "data", "output")
def command(
    scenario: Annotated[str, typer.Argument(metavar="SCENARIO", help="worst-case, realistic, ideal, or a scenario file.")] = "realistic",
    draws: Draws = 200_000,
    seed: Seed = 2024,
    recidivism: MeanRecidivism = None,
    investment: Decision = None,
    *,
    opts: Options,
) -> None:
    """What to measure first: the value of information (EVPI, EVPPI) for continuing at the investment or stopping."""
    from .. import api
    from ..views.measure import measure_view
    from .run import Progress, analysis, show
    from .scenario import parse_investments

    with Progress(draws) as progress:
        report = api.measure(
            analysis(opts, scenario=scenario), scenario, draws=draws, seed=seed,
            recidivism=parse_rate(recidivism) if recidivism is not None else None,
            investments=parse_investments([investment]) if investment else None, progress=progress,
        )
    show(measure_view(report, opts.lang), opts)
