from __future__ import annotations

from typing import Annotated, Optional

import typer

from .options import DataDir, Format, Lang, Language, Output, PricelistFile

NAME = "pricelist"


def command(
    law: Annotated[Optional[str], typer.Option("--law", help="Only items paid under this law or by this payer (Wmo, Participatiewet, Zvw ...).")] = None,
    search: Annotated[Optional[str], typer.Option("--search", metavar="TEXT", help="Only items whose id, label, law or note contains TEXT.")] = None,
    pricelist: PricelistFile = None,
    data_dir: DataDir = None,
    output: Format = Output.table,
    lang: Language = Lang.nl,
) -> None:
    """The price list: unit prices and ranges, units, who pays, transfers, and where each comes from."""
    from ..render.output import render
    from ..views.pricelist import matches, pricelist_view
    from .session import open_session

    session = open_session(data_dir, pricelist, None, lang.value)
    chosen = session.evaluation.default_pricelist()
    items = [item for item in chosen.items if matches(item, law, search)]
    view = pricelist_view(chosen, items, lang=lang.value, context=[])
    typer.echo(render(view, output.value, lang.value), nl=False)
