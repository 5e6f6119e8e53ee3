from __future__ import annotations

from typing import Annotated, Optional

import typer

from .options import Options, parse_rate, shared

NAME = "municipalities"


@shared("research", "data", "output")
def command(
    funding: Annotated[
        str, typer.Option("--funding", metavar="1|2|3|besloten", help="Funding scenario: the report's 1, 2, 3, or the adopted one.")
    ] = "besloten",
    scenario: Annotated[str, typer.Option("--scenario", metavar="NAME", help="Occupancy scenario whose savings are divided.")] = "realistic",
    benefit_key: Annotated[
        str,
        typer.Option("--benefit-key", metavar="inhabitants|FILE", help="Where the participants come from: by inhabitants, or a YAML file."),
    ] = "inhabitants",
    recidivism: Annotated[
        Optional[str],
        typer.Option("--recidivism", metavar="R", help="Savings at this recidivism rate (default: the municipal minimum)."),
    ] = None,
    *,
    opts: Options,
) -> None:
    """Per municipality: its contribution under a funding scenario, its share of the savings by law, its net position."""
    from .. import api
    from ..views.municipalities import municipalities_view
    from .run import analysis, show

    report = api.municipalities(
        analysis(opts, scenario=scenario, optional=("municipalities",)), funding=funding, scenario=scenario,
        benefit_key=benefit_key, recidivism=parse_rate(recidivism) if recidivism is not None else None,
    )
    show(municipalities_view(report, opts.lang), opts)
