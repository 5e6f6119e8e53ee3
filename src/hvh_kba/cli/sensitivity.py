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
    top: Annotated[Optional[int], typer.Option("--top", metavar="N", min=1, help="Show only the N largest effects.")] = None,
    *,
    opts: Options,
) -> None:
    """A tornado: every price and parameter from low to high, with its effect on the municipal and societal net result."""
    from .. import api
    from ..views.research import sensitivity_view
    from .run import analysis, show
    from .scenario import parse_investments

    report = api.sensitivity(
        analysis(opts, scenario=scenario), scenario,
        recidivism=parse_rate(recidivism) if recidivism is not None else None,
        investments=parse_investments(investment) if investment else None,
    )
    show(sensitivity_view(report, opts.lang, top=top), opts)
