"""The research questions: a tornado of one-at-a-time changes, and a Monte Carlo over all inputs at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import field
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..core.sensitivity import Tornado, tornado
from ..errors import InputError, say, shown
from ..record import record
from ..schema.common import Text
from ..schema.scenario import Research, Scenario
from ._analysis import Analysis, RunContext, fraction

if TYPE_CHECKING:
    from ..core.uncertainty import Outcome

MAX_DRAWS = 10_000_000  # about 10 s; more adds nothing the percentiles' histogram can show


@record
class SensitivityReport:
    tornado: Tornado
    scenario: Scenario
    level: str  # the investment level the net results are computed against
    context: RunContext
    labels: Mapping[str, Text] = field(default_factory=dict)  # price item -> its name, for the swings' labels


@record
class UncertaintyReport:
    outcome: Outcome
    scenario: Scenario
    level: str
    recidivism_mean: Decimal
    context: RunContext
    occupancy: bool = False  # places, stay and drop-out drawn too


def sensitivity(
    analysis: Analysis, name: str | Path, *, recidivism: Decimal | float | str | None = None,
    investments: Iterable[str | Decimal | int] | None = None,
) -> SensitivityReport:
    """Every price and parameter from low to high, with its effect on the municipal and societal net result."""
    chosen = analysis.scenario(name)
    research = research_of(chosen)
    rate = fraction(recidivism, "recidivism") if recidivism is not None else research.recidivism.expected()
    level, amount, _ = level_and_amount(analysis, chosen, investments)
    result = tornado(
        chosen, analysis.dataset.personas, analysis.pricelist(chosen), analysis.assumptions, rate, amount,
        research.parameter_ranges(), research.price_spread, analysis.perspective, price_ranges(research),
    )
    labels = MappingProxyType({item.id: item.label for item in analysis.pricelist(chosen).items})
    return SensitivityReport(result, chosen, level, analysis.context(chosen), labels)


def uncertainty(
    analysis: Analysis, name: str | Path, *, draws: int = 100_000, seed: int = 2024,
    recidivism: Decimal | float | str | None = None, investments: Iterable[str | Decimal | int] | None = None,
    progress: Callable[[int], None] | None = None, occupancy: bool = False,
) -> UncertaintyReport:
    """Monte Carlo over prices, recidivism and mix; `progress(done)` is called after every chunk of draws.

    occupancy: draw the places filled, the average stay and the drop-out too (the research ranges), as
    `measure` does, instead of the scenario's participants.
    """
    check_draws(draws, seed)
    chosen = analysis.scenario(name)
    research = research_of(chosen)
    mean = beta_mean(recidivism, research)
    level, _, levels = level_and_amount(analysis, chosen, investments)
    from ..core.uncertainty import simulate  # NumPy: only this question needs it

    model = model_of(analysis, chosen, research, occupancy=occupancy)
    outcome = simulate(
        model, draws, seed, float(mean), float(research.recidivism_concentration), float(research.mix_concentration),
        {name: float(amount) for name, amount in levels.items()}, level, progress,
    )
    return UncertaintyReport(outcome, chosen, level, mean, analysis.context(chosen), occupancy)


def beta_mean(recidivism: Decimal | float | str | None, research: Research) -> Decimal:
    """The mean of the Monte Carlo's recidivism (default: the study's pointer), strictly between 0 and 1."""
    mean = fraction(recidivism, "recidivism") if recidivism is not None else research.recidivism.expected()
    if not 0 < mean < 1:
        raise InputError(say("lib.beta_mean", mean=str(mean)), "recidivism")
    return mean


def check_draws(draws: int, seed: int) -> None:
    if not isinstance(draws, int) or not 1 <= draws <= MAX_DRAWS:
        raise InputError(say("lib.outside", value=shown(draws), low=1, high=MAX_DRAWS, accepted=say("lib.accepted.draws")), "draws")
    if not isinstance(seed, int) or not 0 <= seed < 2**63:
        # the limit as written, as the seed is: a seed is an identifier more than an amount
        raise InputError(say("lib.outside", value=shown(seed), low=0, high=str(2**63 - 1), accepted=say("lib.accepted.seed")), "seed")


def model_of(analysis: Analysis, chosen: Scenario, research: Research, occupancy: bool = False):
    """The Monte Carlo's model of a scenario: its prices and ranges, and (with `occupancy`) places, stay and
    drop-out drawn from the research ranges; the correlations among what is drawn."""
    from ..core.uncertainty import Occupancy, build_model, drawn_inputs

    drawn = None
    if occupancy:
        ranges = research.ranges
        missing = [name for name in ("participants", "stay", "dropout") if getattr(ranges, name) is None]
        if missing:
            raise InputError(say("lib.no_ranges", scenario=chosen.id, missing=missing), "scenario")
        drawn = Occupancy((ranges.participants.low, min(max(chosen.participants, ranges.participants.low), ranges.participants.high),
                           ranges.participants.high), (float(ranges.stay.low), float(ranges.stay.high)),
                          (float(ranges.dropout.low), float(ranges.dropout.high)))
    model = build_model(
        analysis.dataset.personas, chosen.mix, chosen.participants, analysis.pricelist(chosen), analysis.assumptions,
        research.price_spread, perspective=analysis.perspective, price_ranges=price_ranges(research), occupancy=drawn,
    )
    drawn_here = drawn_inputs(model)
    correlated = tuple((c.between[0], c.between[1], float(c.rho)) for c in research.correlations
                       if all(name in drawn_here for name in c.between))  # those whose inputs this run draws
    if not correlated:
        return model
    from dataclasses import replace

    import numpy as np

    model = replace(model, correlated=correlated)
    names = list(dict.fromkeys(name for a, b, _ in correlated for name in (a, b)))
    matrix = np.eye(len(names))
    for a, b, rho in correlated:
        matrix[names.index(a), names.index(b)] = matrix[names.index(b), names.index(a)] = rho
    if np.linalg.eigvalsh(matrix).min() <= 0:
        raise InputError(say("lib.not_a_correlation_matrix", scenario=chosen.id), "scenario")
    return model


def price_ranges(research: Research) -> dict[str, tuple[Decimal, Decimal]]:
    """Item -> (low, high): where the sources give a price two ways (the scenario's research.price_ranges)."""
    from ..core.arith import evaluate

    def value(amount) -> Decimal:
        return evaluate(amount) if isinstance(amount, str) else amount

    return {item: (value(span.low), value(span.high)) for item, span in research.price_ranges.items()}


def research_of(scenario: Scenario) -> Research:
    if scenario.research is None:
        raise InputError(say("lib.no_research", scenario=scenario.id))
    return scenario.research


def level_and_amount(
    analysis: Analysis, scenario: Scenario, investments: Iterable[str | Decimal | int] | None
) -> tuple[str, Decimal, Mapping[str, Decimal]]:
    """The level the net result is computed against (the first asked for; default: decided), and all levels."""
    levels = scenario.investment.levels()
    chosen = analysis.investments(scenario, investments) if investments is not None else {"decided": levels["decided"]}
    first = next(iter(chosen))
    return first, chosen[first], MappingProxyType({**levels, **chosen})
