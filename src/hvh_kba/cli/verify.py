from __future__ import annotations

from typing import Annotated, Optional

import typer

from .options import CliError, DataDir, Format, Lang, Language, Output, PricelistFile, SetPrice

NAME = "verify"
STATUSES = ("match", "rounding", "erratum", "unexplained")


def command(
    status: Annotated[
        Optional[list[str]], typer.Option("--status", help="Show only figures with this status in the table (repeatable).")
    ] = None,
    set_: SetPrice = None,
    pricelist: PricelistFile = None,
    data_dir: DataDir = None,
    output: Format = Output.table,
    lang: Language = Lang.nl,
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
    session = open_session(data_dir, pricelist, set_, lang.value)
    study = session.study()
    checks = verify(study.published, study.errata, session.evaluation)
    view = verify_view(
        checks, len(study.errata.remarks), lang=lang.value, context=run_context(session), statuses=set(status) if status else None
    )
    typer.echo(render(view, output.value, lang.value), nl=False)
    if any(check.status == "unexplained" for check in checks):
        raise typer.Exit(1)
