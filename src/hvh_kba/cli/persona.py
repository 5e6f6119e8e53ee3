from __future__ import annotations

from typing import Annotated

import typer

from .options import Options, shared

NAME = "persona"


@shared("research", "data", "output")
def command(
    name: Annotated[str, typer.Argument(metavar="NAME", help="soufiane, patrick or joris.")],
    *,
    opts: Options,
) -> None:
    """One persona: profile, costs after release and benefits, societal and municipal by law (tables 3-14)."""
    from ..core.verify import verify
    from ..render.output import render
    from ..views.context import run_context
    from ..views.persona import persona_view
    from .session import open_session

    session = open_session(opts)
    result = session.evaluation.persona(session.persona_id(name))
    study = session.study()
    checks = verify(study.published, study.errata, session.evaluation, only=lambda f: f.of.persona == result.persona.id)
    view = persona_view(result, checks, lang=opts.lang, default_run=session.default_run, context=run_context(session))
    typer.echo(render(view, opts.output, opts.lang), nl=False)
