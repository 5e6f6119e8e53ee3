from __future__ import annotations

from .options import Options, shared

NAME = "scenarios"


@shared("research", "data", "output")
def command(
    *,
    opts: Options,
) -> None:
    """All scenarios side by side: benefits, the municipal minimum, and the investment levels."""
    from .. import api
    from ..views.scenarios import scenarios_view
    from .run import analysis, show

    show(scenarios_view(api.scenarios(analysis(opts)), opts.lang), opts)
