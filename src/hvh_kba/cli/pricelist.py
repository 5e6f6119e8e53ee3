"""`hvh-kba pricelist`: show the price list, or `pricelist diff A B`: compare two."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .options import CliError, Options, shared

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
    law: Annotated[Optional[str], typer.Option("--law", help="Only items paid under this law or by this payer (Wmo, Participatiewet, Zvw ...).")] = None,
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
    from ..render.output import render
    from ..views.pricelist import matches, pricelist_view
    from .session import open_session

    session = open_session(opts)
    chosen = session.evaluation.default_pricelist()
    items = [item for item in chosen.items if matches(item, law, search)]
    view = pricelist_view(chosen, items, lang=opts.lang, context=[])
    typer.echo(render(view, opts.output, opts.lang), nl=False)


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

    from ..core.pricediff import item_changes, scenario_changes
    from ..render.output import render
    from ..views.pricelist import diff_view
    from .session import open_session

    data = ctx.obj if isinstance(ctx.obj, Options) else Options()
    session = open_session(replace(opts, data_dir=data.data_dir, set_=data.set_))
    first, second = (_pricelist(session, name) for name in (a, b))
    rates = {s.id: s.research.recidivism.expected() if s.research else s.rates()[0] for s in session.dataset.scenarios.values()}
    changes = scenario_changes(
        session.dataset.scenarios, session.dataset.personas, first, second, rates, session.evaluation.assumptions
    )
    view = diff_view(first, second, item_changes(first, second), changes, lang=opts.lang)
    typer.echo(render(view, opts.output, opts.lang), nl=False)


def _pricelist(session, name: str):
    from ..loader.dataset import load_record
    from ..loader.errors import DataError
    from ..schema.pricelist import Pricelist

    if name in session.dataset.pricelists:
        pricelist = session.dataset.pricelists[name]
    else:
        path = Path(name)
        if not path.is_file():
            known = ", ".join(sorted(session.dataset.pricelists))
            raise CliError(f"price list '{name}' is neither a file nor a price list in the data folder ({known})")
        pricelist, _, problems = load_record(path, name, Pricelist, session.cache)
        if problems:
            raise DataError(problems)
    items = pricelist.by_id()
    missing = sorted({line.item for p in session.dataset.personas.values() for line in p.costs + p.benefits} - set(items))
    if missing:
        raise CliError(f"price list '{name}' lacks items the personas use: {', '.join(missing)}")
    return pricelist
