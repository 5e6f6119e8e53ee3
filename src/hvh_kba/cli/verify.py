from __future__ import annotations

from typing import Annotated, Optional

import typer

from ..errors import say
from .options import CliError, Options, shared

NAME = "verify"


@shared("research", "data", "output")
def command(
    status: Annotated[
        Optional[list[str]], typer.Option("--status", metavar="STATUS", help="Show only figures with this status in the table (repeatable).")
    ] = None,
    *,
    opts: Options,
) -> None:
    """Compute every published figure of the study and classify the difference; exit 1 if any is unexplained.

    Statuses: match, rounding, erratum, unexplained (the checks), changed-input (a figure this run's changed input
    moves), restated (a figure the data only repeats), unexplained-known (a difference an erratum names but cannot explain).
    """
    from .. import api
    from ..core.verify import STATUSES
    from ..views.verify import verify_view
    from .run import analysis, show

    for value in status or []:
        if value not in STATUSES:
            raise CliError(say("cli.status_unknown", value=value, known=list(STATUSES)))
    report = api.verify(analysis(opts, optional=("municipalities",)))
    show(verify_view(report, opts.lang, statuses=set(status) if status else None), opts)
    if report.unexplained:
        raise typer.Exit(1)
