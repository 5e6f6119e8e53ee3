from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Optional

import typer

from .options import (
    CliError,
    DataDir,
    Format,
    Investments,
    Lang,
    Language,
    Output,
    PricelistFile,
    SetPrice,
    parse_assignments,
    parse_decimal,
    parse_euros,
    parse_rate,
    unknown,
)

NAME = "scenario"


def command(
    name: Annotated[str, typer.Argument(metavar="NAME", help="worst-case, realistic, ideal, or the path of a scenario file.")],
    participants: Annotated[Optional[int], typer.Option("--participants", help="Number of participants (0 .. capacity).")] = None,
    recidivism: Annotated[
        Optional[list[str]], typer.Option("--recidivism", metavar="R", help="Recidivism rate(s) to show: 0.3, 30 or 30% (repeatable).")
    ] = None,
    investment: Investments = None,
    mix: Annotated[Optional[str], typer.Option("--mix", metavar="P=PCT,...", help="Persona mix, e.g. soufiane=36,patrick=13,joris=51.")] = None,
    set_: SetPrice = None,
    pricelist: PricelistFile = None,
    data_dir: DataDir = None,
    output: Format = Output.table,
    lang: Language = Lang.nl,
) -> None:
    """One scenario: benefits by recidivism beside the published figures, the municipal minimum, break-even."""
    from ..core.scenario import evaluate_scenario
    from ..core.verify import verify
    from ..render.output import render
    from ..views.context import run_context
    from ..views.scenario import scenario_view
    from .session import open_session

    session = open_session(data_dir, pricelist, set_, lang.value, scenario=name)
    scenario = session.dataset.scenarios[session.scenario_id(name)]
    if participants is not None and not 0 <= participants <= scenario.capacity:
        raise CliError(f"--participants: {participants} is outside 0-{scenario.capacity} (the capacity of {scenario.id})")
    shares = parse_mix(mix, list(session.dataset.personas)) if mix else None
    rates = [parse_rate(r) for r in recidivism] if recidivism else None
    levels = parse_investments(investment, scenario.investment.levels()) if investment else None
    evaluation = session.evaluation
    personas = evaluation.personas(session.dataset.pricelist_for(scenario))
    result = evaluate_scenario(scenario, personas, participants=participants, rates=rates, mix=shares, investments=levels)
    study = session.study()
    checks = verify(study.published, study.errata, evaluation, only=lambda f: f.of.scenario == scenario.id)
    same_population = result.participants == scenario.participants and result.mix == scenario.mix_fractions()
    view = scenario_view(
        result,
        checks,
        lang=lang.value,
        default_run=session.default_run,
        show_published=same_population,
        context=run_context(session, scenario),
        personas=session.persona_names(),
    )
    typer.echo(render(view, output.value, lang.value), nl=False)


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
