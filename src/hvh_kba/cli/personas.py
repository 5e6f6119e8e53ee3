from __future__ import annotations

import typer

from .options import DataDir, Format, Lang, Language, Output, PricelistFile, SetPrice

NAME = "personas"


def command(
    set_: SetPrice = None,
    pricelist: PricelistFile = None,
    data_dir: DataDir = None,
    output: Format = Output.table,
    lang: Language = Lang.nl,
) -> None:
    """All personas, one line each: their share of the population, costs and benefits per year."""
    from ..render.output import render
    from ..views.context import run_context
    from ..views.persona import personas_view
    from .session import open_session

    session = open_session(data_dir, pricelist, set_, lang.value)
    results = [session.evaluation.persona(pid) for pid in session.persona_names()]
    scenarios = session.dataset.scenarios
    mix = scenarios["realistic"].mix_fractions() if "realistic" in scenarios else {}
    view = personas_view(results, mix, lang=lang.value, context=run_context(session))
    typer.echo(render(view, output.value, lang.value), nl=False)
