"""The research questions: a tornado of one-at-a-time changes, and a Monte Carlo over all inputs at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..core.sensitivity import Tornado, tornado
from ..errors import InputError, shown
from ..schema.scenario import Research, Scenario
from ._analysis import Analysis, RunContext, fraction

if TYPE_CHECKING:
    from ..core.uncertainty import Outcome

MAX_DRAWS = 10_000_000  # about 10 s; more adds nothing the percentiles' histogram can show


@dataclass(frozen=True)
class SensitivityReport:
    tornado: Tornado
    scenario: Scenario
    level: str  # the investment level the net results are computed against
    context: RunContext


@dataclass(frozen=True)
class UncertaintyReport:
    outcome: Outcome
    scenario: Scenario
    level: str
    recidivism_mean: Decimal
    context: RunContext


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
    return SensitivityReport(result, chosen, level, analysis.context(chosen))


def uncertainty(
    analysis: Analysis, name: str | Path, *, draws: int = 100_000, seed: int = 2024,
    recidivism: Decimal | float | str | None = None, investments: Iterable[str | Decimal | int] | None = None,
    progress: Callable[[int], None] | None = None,
) -> UncertaintyReport:
    """Monte Carlo over prices, recidivism and mix; `progress(done)` is called after every chunk of draws."""
    if not isinstance(draws, int) or not 1 <= draws <= MAX_DRAWS:
        raise InputError(f"{shown(draws)} is outside 1-{MAX_DRAWS:,}; accepted: a whole number of draws".replace(",", "."), "draws")
    if not isinstance(seed, int) or not 0 <= seed < 2**63:
        raise InputError(f"{shown(seed)} is outside 0-{2**63 - 1}; accepted: a whole number, 0 or more", "seed")
    chosen = analysis.scenario(name)
    research = research_of(chosen)
    mean = fraction(recidivism, "recidivism") if recidivism is not None else research.recidivism.expected()
    if not 0 < mean < 1:
        raise InputError(f"a mean of {mean} leaves the Beta distribution no room; accepted: above 0 and below 1", "recidivism")
    level, _, levels = level_and_amount(analysis, chosen, investments)
    from ..core.uncertainty import build_model, simulate  # NumPy: only this question needs it

    model = build_model(
        analysis.dataset.personas, chosen.mix, chosen.participants, analysis.pricelist(chosen), analysis.assumptions,
        research.price_spread, perspective=analysis.perspective, price_ranges=price_ranges(research),
    )
    outcome = simulate(
        model, draws, seed, float(mean), float(research.recidivism_concentration), float(research.mix_concentration),
        {name: float(amount) for name, amount in levels.items()}, level, progress,
    )
    return UncertaintyReport(outcome, chosen, level, mean, analysis.context(chosen))


def price_ranges(research: Research) -> dict[str, tuple[Decimal, Decimal]]:
    """Item -> (low, high): where the sources give a price two ways (the scenario's research.price_ranges)."""
    from ..core.arith import evaluate

    def value(amount) -> Decimal:
        return evaluate(amount) if isinstance(amount, str) else amount

    return {item: (value(span.low), value(span.high)) for item, span in research.price_ranges.items()}


def research_of(scenario: Scenario) -> Research:
    if scenario.research is None:
        raise InputError(f"scenario {scenario.id} has no research section (ranges, spread, concentrations); see scenarios/_impactstudie-2024.yaml")
    return scenario.research


def level_and_amount(
    analysis: Analysis, scenario: Scenario, investments: Iterable[str | Decimal | int] | None
) -> tuple[str, Decimal, Mapping[str, Decimal]]:
    """The level the net result is computed against (the first asked for; default: decided), and all levels."""
    levels = scenario.investment.levels()
    chosen = analysis.investments(scenario, investments) if investments is not None else {"decided": levels["decided"]}
    first = next(iter(chosen))
    return first, chosen[first], MappingProxyType({**levels, **chosen})
