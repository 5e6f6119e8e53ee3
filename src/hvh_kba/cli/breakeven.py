from __future__ import annotations

from decimal import Decimal
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
    from ..core.scenario import evaluate_scenario, min_participants, net_grid
    from ..render.output import render
    from ..views.breakeven import breakeven_view
    from ..views.context import run_context
    from .scenario import parse_investments
    from .session import open_session

    session = open_session(opts, scenario=scenario)
    chosen = session.dataset.scenarios[session.scenario_id(scenario)]
    levels = parse_investments(investment, chosen.investment.levels()) if investment else None
    assumptions = session.evaluation.assumptions
    personas = session.evaluation.personas(session.dataset.pricelist_for(chosen))
    result = evaluate_scenario(chosen, personas, investments=levels, assumptions=assumptions)
    mix = chosen.mix_fractions()
    rates = [Decimal(step) / 10 for step in range(11)]
    first = next(iter(result.investments))  # the grid shows the first level asked for (default: decided)
    grid = net_grid(personas, mix, chosen.capacity, rates, result.investments[first], assumptions)
    at_zero = {
        e.level: min_participants(personas, mix, chosen.capacity, e.investment, Decimal(0), assumptions) for e in result.break_even
    }
    view = breakeven_view(result, grid, rates, first, at_zero, lang=opts.lang, context=run_context(session, chosen))
    typer.echo(render(view, opts.output, opts.lang), nl=False)
