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
    from .. import api
    from ..views.persona import persona_view
    from .run import analysis, show

    show(persona_view(api.persona(analysis(opts), name), opts.lang), opts)
