from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Optional

import typer

from ..errors import say
from .options import CliError, Investments, Options, parse_assignments, parse_decimal, parse_rate, shared

NAME = "scenario"


@shared("research", "data", "output")
def command(
    name: Annotated[str, typer.Argument(metavar="NAME", help="worst-case, realistic, ideal, or the path of a scenario file.")],
    participants: Annotated[Optional[int], typer.Option("--participants", metavar="N", help="Number of participants (0 .. capacity).")] = None,
    recidivism: Annotated[
        Optional[list[str]], typer.Option("--recidivism", metavar="R", help="Recidivism rate(s) to show: 0.3, 30 or 30% (repeatable).")
    ] = None,
    investment: Investments = None,
    mix: Annotated[Optional[str], typer.Option("--mix", metavar="P=PCT,...", help="Persona mix, e.g. soufiane=36,patrick=13,joris=51.")] = None,
    years: Annotated[Optional[int], typer.Option("--years", metavar="N", help="Time horizon: yearly cash flows, NPV and payback over N years.")] = None,
    discount_rate: Annotated[
        Optional[str], typer.Option("--discount-rate", metavar="D", help="Real discount rate for --years (default 2.25%, the Dutch guideline).")
    ] = None,
    lag: Annotated[int, typer.Option("--lag", metavar="L", help="Years before the first benefits, for --years (default 0).")] = 0,
    curve: Annotated[
        Optional[str],
        typer.Option("--curve", metavar="ID", help="Recidivism over the years: the curve without Huis van Herstel (herveroordeling, heropsluiting)."),
    ] = None,
    effect: Annotated[
        Optional[str], typer.Option("--effect", metavar="PCT", help="With --curve: how much lower Huis van Herstel's curve lies (default 30%; --recidivism stays the study table's).")
    ] = None,
    hvh_curve: Annotated[
        Optional[str], typer.Option("--hvh-curve", metavar="ID", help="With --curve: a curve of Huis van Herstel's own instead of --effect.")
    ] = None,
    *,
    opts: Options,
) -> None:
    """One scenario: benefits by recidivism beside the published figures, the municipal minimum, break-even."""
    from .. import api
    from ..views.scenario import scenario_view
    from .run import analysis, show

    report = api.scenario(
        analysis(opts, scenario=name, optional=("recidivism",) if curve or hvh_curve else ()), name,
        participants=participants,
        rates=[parse_rate(r) for r in recidivism] if recidivism else None,
        mix=parse_mix(mix) if mix else None,
        investments=parse_investments(investment) if investment else None,
        years=years,
        discount_rate=parse_rate(discount_rate, "--discount-rate") if discount_rate is not None else None,
        lag=lag,
        curve=curve,
        effect=parse_rate(effect, "--effect") if effect is not None else None,
        hvh_curve=hvh_curve,
    )
    show(scenario_view(report, opts.lang), opts)


def parse_mix(text: str) -> dict[str, Decimal]:
    """'soufiane=36,patrick=13,joris=51' (percentages) into fractions; the library checks the names and the sum."""
    accepted = say("cli.accepted.mix")
    shares = {}
    for name, value in parse_assignments([text], "--mix", "soufiane=36,patrick=13,joris=51"):
        share = parse_decimal(value.rstrip("%"), f"--mix {name}", accepted)
        if not 0 <= share <= 100:
            raise CliError(say("cli.mix_outside", option=f"--mix {name}", value=value, accepted=accepted))
        shares[name] = share / 100
    return shares


def parse_investments(values: list[str]) -> list[str]:
    """Level names or amounts, as given (the library knows the levels and checks the amounts); a euro sign may go."""
    return [value.replace("€", "").strip() for value in values]
