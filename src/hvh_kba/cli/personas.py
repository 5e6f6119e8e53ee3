from __future__ import annotations

from .options import Options, shared

NAME = "personas"


@shared("research", "data", "output")
def command(
    *,
    opts: Options,
) -> None:
    """All personas, one line each: their share of the population, costs and benefits per year."""
    from .. import api
    from ..views.persona import personas_view
    from .run import analysis, show

    show(personas_view(api.personas(analysis(opts)), opts.lang), opts)
