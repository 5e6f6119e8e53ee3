"""`hvh-kba pricelist`: show the price list, or `pricelist diff A B`: compare two."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from .options import Options, shared

NAME = "pricelist"
app = typer.Typer(
    name=NAME,
    invoke_without_command=True,
    no_args_is_help=False,
    rich_markup_mode=None,
    help="The price list: unit prices and ranges, units, who pays, transfers, and where each comes from.",
)


@app.callback()
@shared("data", "output")
def show(
    ctx: typer.Context,
    law: Annotated[Optional[str], typer.Option("--law", metavar="LAW", help="Only items paid under this law or by this payer (Wmo, Participatiewet, Zvw ...).")] = None,
    search: Annotated[Optional[str], typer.Option("--search", metavar="TEXT", help="Only items whose id, label, law or note contains TEXT.")] = None,
    *,
    opts: Options,
) -> None:
    """The price list: unit prices and ranges, units, who pays, transfers, and where each comes from.

    `hvh-kba pricelist diff A B` compares two price lists.
    """
    ctx.obj = opts  # the data options, for `diff`
    if ctx.invoked_subcommand is not None:
        return
    from .. import api
    from ..views.pricelist import pricelist_view
    from .run import analysis, show

    show(pricelist_view(api.pricelist(analysis(opts), law=law, search=search), opts.lang), opts)


@app.command("diff")
@shared("research", "output")
def diff(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(metavar="A", help="A price list: a file, or the id of one in the data folder.")],
    b: Annotated[str, typer.Argument(metavar="B", help="The price list to compare A with.")],
    *,
    opts: Options,
) -> None:
    """Which items differ between price lists A and B, and what B does to each scenario's results."""
    from dataclasses import replace

    from .. import api
    from ..views.pricelist import diff_view
    from .run import analysis, show

    data = ctx.obj if isinstance(ctx.obj, Options) else Options()
    opts = replace(opts, data_dir=data.data_dir, set_=data.set_)
    show(diff_view(api.pricelist_diff(analysis(opts), a, b), opts.lang), opts)
