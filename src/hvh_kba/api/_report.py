"""What a report holds, independent of its format: the scenarios, charts' data, sensitivity, who pays, personas, the check."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

from .. import __version__
from ..core.assumptions import Assumptions
from ..core.persona import list_price
from ..core.scenario import ScenarioResult, occupancies, persona_coefficients
from ._analysis import Analysis, RunContext
from ._municipalities import SETTLED, Settlement, municipalities
from ._persona import PersonaReport, persona
from ._pricelist import PricelistReport, pricelist
from ._research import SensitivityReport, sensitivity
from ._scenario import ScenarioReport, scenario
from ._verify import Verification, verify

CURVE_RATES = (Decimal(0), Decimal("0.4"), Decimal("0.8"), Decimal(1))  # the break-even chart's lines


@dataclass(frozen=True)
class ReportContent:
    scenarios: tuple[ScenarioReport, ...]  # the scenarios reported, the first the main one
    everything: tuple[ScenarioResult, ...]  # every scenario of the data, for the chart by law
    curves: Mapping[Decimal, tuple[Decimal, ...]]  # rate -> the budget's benefits at occupancy 0 .. capacity (main scenario)
    sensitivity: SensitivityReport | None
    settlement: Settlement | None
    personas: tuple[PersonaReport, ...]
    pricelist: PricelistReport
    list_prices: Mapping[str, Decimal]  # item -> the price list's price in this run (the workbook's price sheet)
    verification: Verification
    assumptions: Assumptions
    context: RunContext
    version: str

    @property
    def main(self) -> ScenarioReport:
        return self.scenarios[0]


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
    tornado = sensitivity(analysis, chosen.id) if chosen.research is not None else None
    # who pays and who saves among the municipalities is a municipal reading: under another payer's view it is left out
    positions = analysis.dataset.twente() is not None and analysis.perspective.id in SETTLED
    settlement = municipalities(analysis, scenario=chosen.id) if positions else None
    prices = analysis.pricelist(chosen)
    listed = {item.id: list_price(item, analysis.assumptions, prices.year_of(item)) for item in prices.items}
    return ReportContent(
        scenarios=reports,
        everything=tuple(analysis.evaluation.scenario(s.id, analysis.perspective) for s in analysis.ordered_scenarios()),
        curves=MappingProxyType(curves),
        sensitivity=tornado,
        settlement=settlement,
        personas=tuple(persona(analysis, pid) for pid in analysis.persona_names()),
        pricelist=pricelist(analysis),
        list_prices=MappingProxyType(listed),
        verification=verify(analysis),
        assumptions=analysis.assumptions,
        context=analysis.context(chosen),
        version=__version__,
    )
