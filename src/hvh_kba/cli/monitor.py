from __future__ import annotations

from typing import Annotated

import typer

from .options import Options, shared

NAME = "monitor"


@shared("research", "data", "output")
def command(
    file: Annotated[str, typer.Argument(metavar="FILE", help="A monitoring file (hvh-kba init writes an empty one: monitoring/sjabloon.yaml).")],
    scenario: Annotated[str, typer.Option("--scenario", metavar="ID", help="Whose mix, recidivism pointer and contribution (default realistic).")] = "realistic",
    funding: Annotated[str, typer.Option("--funding", metavar="ID", help="How the payments divide over the municipalities (default besloten).")] = "besloten",
    *,
    opts: Options,
) -> None:
    """What a monitoring file realised: participant-years, releases, drop-out, and benefits against what was paid."""
    from .. import api
    from ..views.monitor import monitor_view
    from .run import analysis, show

    report = api.monitor(analysis(opts, optional=("municipalities",)), file, scenario=scenario, funding=funding)
    show(monitor_view(report, opts.lang), opts)
