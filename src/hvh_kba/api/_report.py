"""What a report holds, independent of its format: the scenarios, charts' data, sensitivity, who pays, personas, the check."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

from .. import __version__
from ..core.assumptions import Assumptions
from ..core.persona import list_price
from ..core.perspectives import PERSPECTIVES
from ..core.scenario import BreakEven, ScenarioResult, break_even, occupancies, persona_coefficients
from ..record import record
from ..schema.scenario import Scenario
from ._analysis import Analysis, RunContext
from ._municipalities import SETTLED, Settlement, municipalities
from ._persona import PersonaReport, persona
from ._pricelist import PricelistReport, pricelist
from ._research import SensitivityReport, sensitivity
from ._scenario import ScenarioReport, scenario
from ._verify import Verification, verify

CURVE_RATES = (Decimal(0), Decimal("0.4"), Decimal("0.8"), Decimal(1))  # the break-even chart's lines
WHATIF_RATES = tuple(Decimal(k) / 100 for k in range(101))  # the panel's recidivism, in whole percents


@record
class WhatIf:
    """The HTML report's panel to explore, every answer computed here by the core: for each perspective, each
    occupancy 0 .. capacity and each recidivism rate, the budget's and the whole's benefits; for each investment
    level, the break-even (the page only looks them up: no model in its script)."""

    scenario: Scenario
    rates: tuple[Decimal, ...]
    levels: Mapping[str, Decimal]  # decided, min, max
    budget: Mapping[str, tuple[tuple[Decimal, ...], ...]]  # perspective -> occupancy -> rate -> benefits
    whole: Mapping[str, tuple[tuple[Decimal, ...], ...]]
    break_even: Mapping[str, tuple[tuple[BreakEven, ...], ...]]  # perspective -> occupancy -> level

@record
class ReportContent:
    scenarios: tuple[ScenarioReport, ...]  # the scenarios reported, the first the main one
    everything: tuple[ScenarioResult, ...]  # every scenario of the data, for the chart by law
    curves: Mapping[Decimal, tuple[Decimal, ...]]  # rate -> the budget's benefits at occupancy 0 .. capacity (main scenario)
    sensitivities: tuple[SensitivityReport | None, ...]  # per scenario reported
    settlements: tuple[Settlement | None, ...]  # per scenario reported; None under a non-municipal perspective
    personas: tuple[PersonaReport, ...]
    pricelist: PricelistReport
    list_prices: Mapping[str, Decimal]  # item -> the price list's price in this run (the workbook's price sheet)
    verification: Verification
    assumptions: Assumptions
    context: RunContext
    version: str
    whatif: WhatIf | None = None

    @property
    def main(self) -> ScenarioReport:
        return self.scenarios[0]

    @property
    def sensitivity(self) -> SensitivityReport | None:
        return self.sensitivities[0]

    @property
    def settlement(self) -> Settlement | None:
        return self.settlements[0]


def report(analysis: Analysis, scenarios: Iterable[str | Path] | None = None) -> ReportContent:
    """The content of a report on `scenarios` (default: the realistic one)."""
    names = list(scenarios) if scenarios is not None else ["realistic"]
    reports = tuple(scenario(analysis, name) for name in names)
    main = reports[0].result
    chosen = main.scenario
    personas_now = analysis.evaluation.personas(analysis.pricelist(chosen))
    curve = occupancies(persona_coefficients(personas_now), chosen.mix, chosen.capacity, analysis.assumptions.weights,
                        analysis.perspective.budget)
    curves = {rate: tuple(split.at(rate) for split in curve) for rate in CURVE_RATES}
    shown = [r.result.scenario for r in reports]
    tornadoes = tuple(sensitivity(analysis, s.id) if s.research is not None else None for s in shown)
    # who pays and who saves among the municipalities is a municipal reading: under another payer's view it is left out
    positions = analysis.dataset.twente() is not None and analysis.perspective.id in SETTLED
    settlements = tuple(municipalities(analysis, scenario=s.id) if positions else None for s in shown)
    prices = analysis.pricelist(chosen)
    listed = {item.id: list_price(item, analysis.assumptions, prices.year_of(item)) for item in prices.items}
    return ReportContent(
        scenarios=reports,
        everything=tuple(analysis.evaluation.scenario(s.id, analysis.perspective) for s in analysis.ordered_scenarios()),
        curves=MappingProxyType(curves),
        sensitivities=tornadoes,
        settlements=settlements,
        personas=tuple(persona(analysis, pid) for pid in analysis.persona_names()),
        pricelist=pricelist(analysis),
        list_prices=MappingProxyType(listed),
        verification=verify(analysis),
        assumptions=analysis.assumptions,
        context=analysis.context(chosen),
        version=__version__,
        whatif=whatif(analysis, chosen),
    )


def whatif(analysis: Analysis, chosen: Scenario) -> WhatIf:
    """Every answer the report's panel can show, for the scenario's mix and capacity, under every perspective."""
    personas = persona_coefficients(analysis.evaluation.personas(analysis.pricelist(chosen)))
    weights = analysis.assumptions.weights
    levels = chosen.investment.levels()
    budget, whole, breaks = {}, {}, {}
    for name, view in PERSPECTIVES.items():
        by_budget = occupancies(personas, chosen.mix, chosen.capacity, weights, view.budget)
        by_whole = occupancies(personas, chosen.mix, chosen.capacity, weights, view.whole)
        budget[name] = tuple(tuple(split.at(r) for r in WHATIF_RATES) for split in by_budget)
        whole[name] = tuple(tuple(split.at(r) for r in WHATIF_RATES) for split in by_whole)
        breaks[name] = tuple(tuple(break_even(level, amount, split, by_budget) for level, amount in levels.items())
                             for split in by_budget)
    return WhatIf(chosen, WHATIF_RATES, MappingProxyType(levels), MappingProxyType(budget), MappingProxyType(whole),
                  MappingProxyType(breaks))
