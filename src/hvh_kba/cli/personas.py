from __future__ import annotations

import typer

from .options import Options, shared

NAME = "personas"


@shared("research", "data", "output")
def command(
    *,
    opts: Options,
) -> None:
    """All personas, one line each: their share of the population, costs and benefits per year."""
    from ..render.output import render
    from ..views.context import run_context
    from ..views.persona import personas_view
    from .session import open_session

    session = open_session(opts)
    results = [session.evaluation.persona(pid) for pid in session.persona_names()]
    scenarios = session.dataset.scenarios
    mix = scenarios["realistic"].mix_fractions() if "realistic" in scenarios else {}
    view = personas_view(results, mix, lang=opts.lang, context=run_context(session))
    typer.echo(render(view, opts.output, opts.lang), nl=False)
