from __future__ import annotations

from typing import Annotated, Optional

import typer

from .options import CliError, Options, shared

NAME = "verify"
STATUSES = ("match", "rounding", "erratum", "unexplained")


@shared("research", "data", "output")
def command(
    status: Annotated[
        Optional[list[str]], typer.Option("--status", help="Show only figures with this status in the table (repeatable).")
    ] = None,
    *,
    opts: Options,
) -> None:
    """Compute every published figure of the study and classify the difference; exit 1 if any is unexplained."""
    from ..core.verify import verify
    from ..render.output import render
    from ..views.context import run_context
    from ..views.verify import verify_view
    from .session import open_session

    for value in status or []:
        if value not in STATUSES:
            raise CliError(f"--status: '{value}' is not a status; accepted: {', '.join(STATUSES)}")
    session = open_session(opts, extras=("municipalities",))
    study = session.study()
    checks = verify(study.published, study.errata, session.evaluation)
    view = verify_view(
        checks, len(study.errata.remarks), lang=opts.lang, context=run_context(session), statuses=set(status) if status else None
    )
    typer.echo(render(view, opts.output, opts.lang), nl=False)
    if any(check.status == "unexplained" for check in checks):
        raise typer.Exit(1)
