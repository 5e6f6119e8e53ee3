from __future__ import annotations

from typing import Annotated, Optional

import typer

from ..errors import say
from .options import Options, parse_decimal, shared

NAME = "flows"


@shared("research", "data", "output")
def command(
    scenario: Annotated[str, typer.Argument(metavar="SCENARIO", help="Scenario whose mix and investment the benefits use.")] = "realistic",
    stay: Annotated[
        Optional[str], typer.Option("--stay", metavar="MONTHS", help="Average stay for reading the study's scenarios (the study: 12).")
    ] = None,
    source: Annotated[Optional[str], typer.Option("--source", metavar="ID", help="Which published flows (default: the only one).")] = None,
    *,
    opts: Options,
) -> None:
    """Participants as they came and went: persons a year, drop-out, stay, and the benefits at those numbers."""
    from .. import api
    from ..views.flows import flows_view
    from .run import analysis, show

    months = parse_decimal(stay.strip(), "--stay", say("cli.accepted.months")) if stay is not None else None
    report = api.flows(analysis(opts, scenario=scenario, optional=("flows",)), source=source, scenario=scenario, stay=months)
    show(flows_view(report, opts.lang), opts)
