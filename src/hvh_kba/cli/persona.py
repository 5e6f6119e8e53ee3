from __future__ import annotations

from typing import Annotated

import typer

from .options import DataDir, Format, Lang, Language, Output, PricelistFile, SetPrice

NAME = "persona"


def command(
    name: Annotated[str, typer.Argument(metavar="NAME", help="soufiane, patrick or joris.")],
    set_: SetPrice = None,
    pricelist: PricelistFile = None,
    data_dir: DataDir = None,
    output: Format = Output.table,
    lang: Language = Lang.nl,
) -> None:
    """One persona: profile, costs after release and benefits, societal and municipal by law (tables 3-14)."""
    from ..core.verify import verify
    from ..render.output import render
    from ..views.context import run_context
    from ..views.persona import persona_view
    from .session import open_session

    session = open_session(data_dir, pricelist, set_, lang.value)
    result = session.evaluation.persona(session.persona_id(name))
    study = session.study()
    checks = verify(study.published, study.errata, session.evaluation, only=lambda f: f.of.persona == result.persona.id)
    view = persona_view(result, checks, lang=lang.value, default_run=session.default_run, context=run_context(session))
    typer.echo(render(view, output.value, lang.value), nl=False)
