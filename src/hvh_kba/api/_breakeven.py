"""The municipal net result for every occupancy and recidivism rate, and break-even per investment level."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

from ..core.scenario import ScenarioResult, min_participants, occupancies, persona_coefficients
from ..record import record
from ._analysis import Analysis, RunContext
from ._scenario import Reading, comparison, evaluate

RATES = tuple(Decimal(step) / 10 for step in range(11))  # 0 %, 10 %, ... 100 %


@record
class BreakEvenReport:
    result: ScenarioResult
    rates: tuple[Decimal, ...]
    level: str  # the investment level the grid is net of (the first asked for)
    grid: tuple[tuple[Decimal, ...], ...]  # occupancy 0 .. capacity (rows) x rate: municipal benefits minus the investment
    min_at_zero: Mapping[str, int | None]  # level -> fewest participants that pay back at 0 % recidivism
    comparison: tuple[Reading, ...]  # the study's municipal break-even beside the guideline's
    context: RunContext


def breakeven(analysis: Analysis, name: str | Path = "realistic", *, investments: Iterable[str | Decimal | int] | None = None) -> BreakEvenReport:
    chosen = analysis.scenario(name)
    levels = analysis.investments(chosen, investments)
    personas = analysis.evaluation.personas(analysis.pricelist(chosen))
    result = evaluate(analysis, chosen, investments=levels)
    budget = analysis.perspective.budget  # the grid is the perspective's budget against the investment
    curve = occupancies(persona_coefficients(personas), chosen.mix, chosen.capacity, analysis.assumptions.weights, budget)
    level = next(iter(result.investments))
    investment = result.investments[level]
    grid = tuple(tuple(split.at(rate) - investment for rate in RATES) for split in curve)
    at_zero = {e.level: min_participants(curve, e.investment, Decimal(0)) for e in result.break_even}
    readings = comparison(analysis, chosen, investments=levels)
    return BreakEvenReport(result, RATES, level, grid, MappingProxyType(at_zero), readings, analysis.context(chosen))
