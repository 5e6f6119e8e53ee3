from __future__ import annotations

from typing import Annotated, Optional

import typer

from .options import Investments, Options, parse_rate, shared

NAME = "sensitivity"


@shared("research", "data", "output")
def command(
    scenario: Annotated[str, typer.Argument(metavar="SCENARIO", help="worst-case, realistic, ideal, or a scenario file.")],
    recidivism: Annotated[
        Optional[str], typer.Option("--recidivism", metavar="R", help="Base recidivism rate (default: the study's pointer, 47% x 0.7).")
    ] = None,
    investment: Investments = None,
    top: Annotated[Optional[int], typer.Option("--top", min=1, help="Show only the N largest effects.")] = None,
    *,
    opts: Options,
) -> None:
    """A tornado: every price and parameter from low to high, with its effect on the municipal and societal net result."""
    from ..core.sensitivity import tornado
    from ..render.output import render
    from ..views.context import run_context
    from ..views.research import sensitivity_view
    from .research import level_and_amount, research_of
    from .session import open_session

    session = open_session(opts, scenario=scenario)
    chosen = session.dataset.scenarios[session.scenario_id(scenario)]
    research = research_of(chosen)
    rate = parse_rate(recidivism) if recidivism is not None else research.recidivism.expected()
    level, amount, _ = level_and_amount(chosen, investment)
    result = tornado(
        chosen, session.dataset.personas, session.dataset.pricelist_for(chosen), session.evaluation.assumptions,
        rate, amount, research.parameter_ranges(), research.price_spread / 100,
    )
    view = sensitivity_view(result, chosen.name.in_(opts.lang), level, lang=opts.lang, context=run_context(session, chosen), top=top)
    typer.echo(render(view, opts.output, opts.lang), nl=False)
