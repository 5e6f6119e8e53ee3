from __future__ import annotations

from typing import Annotated

import typer

from .options import Investments, Options, shared

NAME = "breakeven"


@shared("research", "data", "output")
def command(
    scenario: Annotated[str, typer.Argument(metavar="SCENARIO", help="Scenario whose mix, capacity and investment to use.")] = "realistic",
    investment: Investments = None,
    *,
    opts: Options,
) -> None:
    """Municipal net result for every occupancy and recidivism rate (0-100 % in steps of 10 %), and break-even."""
    from .. import api
    from ..views.breakeven import breakeven_view
    from .run import analysis, show
    from .scenario import parse_investments

    report = api.breakeven(analysis(opts, scenario=scenario), scenario, investments=parse_investments(investment) if investment else None)
    show(breakeven_view(report, opts.lang), opts)
