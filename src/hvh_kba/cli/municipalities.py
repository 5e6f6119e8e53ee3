from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .options import CliError, Options, parse_rate, shared, unknown

NAME = "municipalities"


@shared("research", "data", "output")
def command(
    funding: Annotated[
        str, typer.Option("--funding", metavar="1|2|3|besloten", help="Funding scenario: the report's 1, 2, 3, or the adopted one.")
    ] = "besloten",
    scenario: Annotated[str, typer.Option("--scenario", metavar="NAME", help="Occupancy scenario whose savings are divided.")] = "realistic",
    benefit_key: Annotated[
        str,
        typer.Option("--benefit-key", metavar="inhabitants|FILE", help="Where the participants come from: by inhabitants, or a YAML file."),
    ] = "inhabitants",
    recidivism: Annotated[
        Optional[str],
        typer.Option("--recidivism", metavar="R", help="Savings at this recidivism rate (default: the municipal minimum)."),
    ] = None,
    *,
    opts: Options,
) -> None:
    """Per municipality: its contribution under a funding scenario, its share of the savings by law, its net position."""
    from decimal import Decimal

    from ..core.funding import budget_flows, inhabitants, settle
    from ..core.verify import verify
    from ..render import fmt
    from ..render.i18n import t
    from ..render.output import render
    from ..views.context import run_context
    from ..views.municipalities import municipalities_view
    from .session import open_session

    session = open_session(opts, scenario=scenario, extras=("municipalities",))
    twente = session.dataset.twente()
    if twente is None:
        raise CliError("no municipalities data (municipalities/*.yaml)")
    chosen = next((f for f in twente.funding if f.id == funding), None)
    if chosen is None:
        raise unknown("funding scenario", funding, [f.id for f in twente.funding])
    occupancy = session.dataset.scenarios[session.scenario_id(scenario)]
    if benefit_key == "inhabitants":
        shares, key_label = inhabitants(twente), t("key.inhabitants", opts.lang)
    else:
        shares, key_label = _key_file(Path(benefit_key), twente, session), t("key.file", opts.lang, file=benefit_key)
    rate = parse_rate(recidivism) if recidivism is not None else Decimal(1)
    result = session.evaluation.scenario(occupancy.id)
    personas = session.evaluation.personas(session.dataset.pricelist_for(occupancy))
    mine = settle(twente, chosen.id, personas, result.allocation, rate, shares, session.evaluation.assumptions)
    study = session.study()
    checks = verify(study.published, study.errata, session.evaluation, only=lambda f: f.of.funding == chosen.id)
    basis = t("basis.minimum", opts.lang) if recidivism is None else t("basis.rate", opts.lang, rate=fmt.rate(rate, opts.lang))
    view = municipalities_view(
        twente, chosen, mine, budget_flows(twente, mine), checks,
        scenario_name=occupancy.name.in_(opts.lang).lower(), basis=basis, key_label=key_label,
        lang=opts.lang, default_run=session.default_run, context=run_context(session, occupancy),
    )
    typer.echo(render(view, opts.output, opts.lang), nl=False)


def _key_file(path: Path, twente, session):
    """A benefit key file: participants per municipality (counts), or shares in percent that sum to 100."""
    from ..core.funding import participants_key
    from ..loader.dataset import load_record
    from ..loader.errors import DataError, Problem
    from ..schema.municipality import BenefitKey

    if not path.is_file():
        raise CliError(f"--benefit-key: {path}: file not found; accepted: inhabitants, or a YAML file with participants: or shares:")
    key, doc, problems = load_record(path, str(path), BenefitKey, session.cache)
    if key is None:
        raise DataError(problems)
    known = twente.by_id()
    entries = key.participants if key.participants is not None else key.shares
    field = "participants" if key.participants is not None else "shares"
    problems = []
    for name in entries:
        if name not in known:
            line = doc.locate((field, name))[1] if doc else None
            problems.append(Problem(str(path), line, f"{field}.{name}", f"unknown municipality; valid: {', '.join(sorted(known))}"))
    if key.shares is not None and sum(key.shares.values()) != 100:
        line = doc.locate(("shares",))[1] if doc else None
        problems.append(Problem(str(path), line, "shares", f"the shares sum to {sum(key.shares.values())} %; they must sum to 100 %"))
    if sum(entries.values()) == 0:
        problems.append(Problem(str(path), None, field, "all zero; at least one municipality needs participants"))
    if problems:
        raise DataError(problems)
    return participants_key(entries)
