from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Optional

import typer

from .options import CliError, Investments, Options, parse_assignments, parse_decimal, parse_euros, parse_rate, shared, unknown

NAME = "scenario"


@shared("research", "data", "output")
def command(
    name: Annotated[str, typer.Argument(metavar="NAME", help="worst-case, realistic, ideal, or the path of a scenario file.")],
    participants: Annotated[Optional[int], typer.Option("--participants", help="Number of participants (0 .. capacity).")] = None,
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
    *,
    opts: Options,
) -> None:
    """One scenario: benefits by recidivism beside the published figures, the municipal minimum, break-even."""
    from ..core.scenario import evaluate_scenario
    from ..core.verify import verify
    from ..render.output import render
    from ..views.context import run_context
    from ..views.scenario import scenario_view
    from .session import open_session

    session = open_session(opts, scenario=name)
    scenario = session.dataset.scenarios[session.scenario_id(name)]
    if participants is not None and not 0 <= participants <= scenario.capacity:
        raise CliError(f"--participants: {participants} is outside 0-{scenario.capacity} (the capacity of {scenario.id})")
    shares = parse_mix(mix, list(session.dataset.personas)) if mix else None
    rates = [parse_rate(r) for r in recidivism] if recidivism else None
    levels = parse_investments(investment, scenario.investment.levels()) if investment else None
    evaluation = session.evaluation
    personas = evaluation.personas(session.dataset.pricelist_for(scenario))
    result = evaluate_scenario(
        scenario, personas, participants=participants, rates=rates, mix=shares, investments=levels, assumptions=evaluation.assumptions
    )
    study = session.study()
    checks = verify(study.published, study.errata, evaluation, only=lambda f: f.of.scenario == scenario.id)
    same_population = result.participants == scenario.participants and result.mix == scenario.mix_fractions()
    flows = None
    if years is not None or discount_rate is not None or lag:
        flows = _horizon(scenario, result, rates, levels, years, discount_rate, lag)
    view = scenario_view(
        result,
        checks,
        lang=opts.lang,
        default_run=session.default_run,
        show_published=same_population,
        context=run_context(session, scenario),
        personas=session.persona_names(),
        horizon=flows,
    )
    typer.echo(render(view, opts.output, opts.lang), nl=False)


def parse_mix(text: str, personas: list[str]) -> dict[str, Decimal]:
    accepted = "soufiane=36,patrick=13,joris=51 (percentages that sum to 100)"
    shares: dict[str, Decimal] = {}
    for name, value in parse_assignments([text], "--mix", accepted):
        if name.lower() not in personas:
            raise unknown("persona", name, personas)
        share = parse_decimal(value.rstrip("%"), f"--mix {name}", accepted)
        if not 0 <= share <= 100:
            raise CliError(f"--mix {name}: {value} is outside 0-100; accepted: {accepted}")
        shares[name.lower()] = share
    total = sum(shares.values(), Decimal(0))
    if total != 100:
        raise CliError(f"--mix: the shares sum to {total}, not 100; accepted: {accepted}")
    return {name: share / 100 for name, share in shares.items()}


def parse_investments(values: list[str], levels: dict[str, Decimal]) -> dict[str, Decimal]:
    chosen: dict[str, Decimal] = {}
    for value in values:
        key = value.strip().lower()
        if key in levels:
            chosen[key] = levels[key]
        else:
            try:
                amount = parse_euros(value, "--investment")
            except CliError:
                raise CliError(f"--investment: '{value}' is not a level or an amount; accepted: decided, min, max or euros (400000)") from None
            chosen[f"custom-{amount}"] = amount
    return chosen


def _horizon(scenario, result, rates, levels, years, discount_rate, lag):
    """Cash flows at the first rate asked for (default: the study's pointer) against the first level (default: decided)."""
    from ..core.horizon import horizon

    if years is None:
        raise CliError("--discount-rate and --lag go with --years N; accepted: --years 1 or more")
    if years < 1 or years > 100:
        raise CliError(f"--years: {years} is outside 1-100; accepted: a whole number of years from 1 to 100")
    if lag < 0 or lag >= years:
        raise CliError(f"--lag: {lag} is outside 0-{years - 1}; accepted: fewer years than --years")
    research = scenario.research
    if discount_rate is not None:
        rate_d = parse_rate(discount_rate, "--discount-rate")
    elif research is not None:
        rate_d = research.discount_rate / 100
    else:
        raise CliError("--years: the scenario has no research.discount_rate; give --discount-rate")
    rate = rates[0] if rates else (research.recidivism.expected() if research else result.rows[0].rate)
    level = next(iter(levels)) if levels else "decided"
    investment = result.investments[level]
    return {
        "years": years, "discount_rate": rate_d, "lag": lag, "recidivism": rate, "level": level, "investment": investment,
        "municipal": horizon(result.municipal.at(rate), investment, years, rate_d, lag),
        "societal": horizon(result.societal.at(rate), investment, years, rate_d, lag),
    }
