from __future__ import annotations

from typing import Annotated

import typer

from .options import Draws, Investments, MeanRecidivism, Options, Seed, parse_rate, shared

NAME = "uncertainty"


@shared("research", "data", "output")
def command(
    scenario: Annotated[str, typer.Argument(metavar="SCENARIO", help="worst-case, realistic, ideal, or a scenario file.")],
    draws: Draws = 100_000,
    seed: Seed = 2024,
    recidivism: MeanRecidivism = None,
    investment: Investments = None,
    occupancy: Annotated[
        bool, typer.Option("--occupancy", help="Draw places filled, stay and drop-out too (the research ranges), as measure does.")
    ] = False,
    *,
    opts: Options,
) -> None:
    """Monte Carlo over prices, recidivism and mix: net results (mean, P5, P50, P95) and the chance of paying back."""
    from .. import api
    from ..views.research import uncertainty_view
    from .run import Progress, analysis, show
    from .scenario import parse_investments

    with Progress(draws) as progress:
        report = api.uncertainty(
            analysis(opts, scenario=scenario), scenario, draws=draws, seed=seed,
            recidivism=parse_rate(recidivism) if recidivism is not None else None,
            investments=parse_investments(investment) if investment else None, progress=progress, occupancy=occupancy,
        )
    show(uncertainty_view(report, opts.lang), opts)
