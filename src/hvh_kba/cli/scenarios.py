from __future__ import annotations

import typer

from .options import DataDir, Format, Lang, Language, Output, PricelistFile, SetPrice

NAME = "scenarios"


def command(
    set_: SetPrice = None,
    pricelist: PricelistFile = None,
    data_dir: DataDir = None,
    output: Format = Output.table,
    lang: Language = Lang.nl,
) -> None:
    """All scenarios side by side: benefits, the municipal minimum, and the investment levels."""
    from ..render.output import render
    from ..views.context import run_context
    from ..views.scenarios import scenarios_view
    from .session import open_session

    session = open_session(data_dir, pricelist, set_, lang.value)
    results = sorted((session.evaluation.scenario(s) for s in session.dataset.scenarios), key=lambda r: r.participants)
    view = scenarios_view(results, session.persona_names(), lang=lang.value, context=run_context(session))
    typer.echo(render(view, output.value, lang.value), nl=False)
