from __future__ import annotations

import typer

from .options import Options, shared

NAME = "scenarios"


@shared("research", "data", "output")
def command(
    *,
    opts: Options,
) -> None:
    """All scenarios side by side: benefits, the municipal minimum, and the investment levels."""
    from ..render.output import render
    from ..views.context import run_context
    from ..views.scenarios import scenarios_view
    from .session import open_session

    session = open_session(opts)
    results = sorted((session.evaluation.scenario(s) for s in session.dataset.scenarios), key=lambda r: r.participants)
    view = scenarios_view(results, session.persona_names(), lang=opts.lang, context=run_context(session))
    typer.echo(render(view, opts.output, opts.lang), nl=False)
