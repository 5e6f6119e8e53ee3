"""One scenario, or all of them: benefits by recidivism, the municipal minimum, break-even, a horizon."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..core.horizon import Horizon, horizon
from ..core.scenario import ScenarioResult, evaluate_scenario
from ..errors import InputError, shown, unknown
from ._analysis import Analysis, RunContext, fraction, number

if TYPE_CHECKING:
    from ..core.verify import Check

MAX_YEARS = 100


@dataclass(frozen=True)
class HorizonResult:
    """Yearly cash flows, NPV and payback at one recidivism rate against one investment level."""

    years: int
    discount_rate: Decimal
    lag: int
    recidivism: Decimal
    level: str
    investment: Decimal
    municipal: Horizon
    societal: Horizon


@dataclass(frozen=True)
class ScenarioReport:
    result: ScenarioResult
    # (perspective, rate) -> the published figure of the study's table; empty when this run's
    # participants or mix differ from the scenario's, so the table has nothing to compare with
    published: Mapping[tuple[str, Decimal], Check]
    checks: tuple[Check, ...]  # every published figure of the scenario
    horizon: HorizonResult | None
    persona_names: Mapping[str, str]
    context: RunContext
    default_run: bool


@dataclass(frozen=True)
class ScenariosReport:
    results: tuple[ScenarioResult, ...]  # by number of participants
    persona_names: Mapping[str, str]
    context: RunContext


def scenario(
    analysis: Analysis,
    name: str | Path,
    *,
    participants: int | None = None,
    rates: Iterable[Decimal | float | str] | None = None,
    mix: Mapping[str, Decimal | float | str] | None = None,
    investments: Iterable[str | Decimal | int] | None = None,
    years: int | None = None,
    discount_rate: Decimal | float | str | None = None,
    lag: int = 0,
) -> ScenarioReport:
    """A scenario as the study's section 3.4.4 shows it; keywords replace the scenario's own values.

    rates: recidivism rates as fractions; mix: persona -> fraction (summing to 1); investments:
    level ids (decided, min, max) or amounts; years (with discount_rate and lag): a time horizon.
    """
    chosen = analysis.scenario(name)
    if participants is not None and not (isinstance(participants, int) and 0 <= participants <= chosen.capacity):
        raise InputError(f"{shown(participants)} is outside 0-{chosen.capacity} (the capacity of {chosen.id})", "participants")
    table_rates = [fraction(r, "rates") for r in rates] if rates is not None else None
    shares = _mix(analysis, mix) if mix is not None else None
    levels = analysis.investments(chosen, investments) if investments is not None else None
    if participants is None and table_rates is None and shares is None and levels is None:
        result = analysis.evaluation.scenario(chosen.id)  # the one evaluation verify uses too
    else:
        personas = analysis.evaluation.personas(analysis.pricelist(chosen))
        result = evaluate_scenario(
            chosen, personas, participants=participants, rates=table_rates, mix=shares, investments=levels,
            assumptions=analysis.assumptions,
        )
    checks = tuple(analysis.checks(only=lambda f: f.of.scenario == chosen.id))
    same_population = result.participants == chosen.participants and dict(result.mix) == dict(chosen.mix)
    published: dict[tuple[str, Decimal], Check] = {}
    if same_population:
        for check in checks:
            of = check.figure.of
            if of.measure == "scenario-benefits":
                published.setdefault((of.perspective, of.recidivism), check)  # the table's own, the first
    flows = None
    if years is not None or discount_rate is not None or lag:
        flows = _horizon(chosen, result, table_rates, years, discount_rate, lag)
    return ScenarioReport(
        result, MappingProxyType(published), checks, flows, MappingProxyType(analysis.persona_names()),
        analysis.context(chosen), analysis.default_run,
    )


def scenarios(analysis: Analysis) -> ScenariosReport:
    """Every scenario of the data, side by side."""
    results = tuple(analysis.evaluation.scenario(s.id) for s in analysis.ordered_scenarios())
    return ScenariosReport(results, MappingProxyType(analysis.persona_names()), analysis.context())


def _mix(analysis: Analysis, mix: Mapping[str, Decimal | float | str]) -> dict[str, Decimal]:
    shares: dict[str, Decimal] = {}
    for name, share in mix.items():
        key = name.lower()
        if key not in analysis.dataset.personas:
            raise unknown("persona", name, analysis.dataset.personas, "mix")
        shares[key] = fraction(share, "mix")
    total = sum(shares.values(), Decimal(0))
    if total != 1:
        raise InputError(f"the shares sum to {(total * 100).normalize():f} %, not 100 %", "mix")
    return shares


def _horizon(chosen, result: ScenarioResult, rates, years, discount_rate, lag) -> HorizonResult:
    """Cash flows at the first rate asked for (default: the study's pointer) against the first level (default: decided)."""
    if years is None:
        raise InputError("a discount rate or a lag goes with a horizon; accepted: years 1 or more", "years")
    if not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise InputError(f"{shown(years)} is outside 1-{MAX_YEARS}; accepted: a whole number of years from 1 to {MAX_YEARS}", "years")
    if not isinstance(lag, int) or not 0 <= lag < years:
        raise InputError(f"{shown(lag)} is outside 0-{years - 1}; accepted: fewer years than the horizon", "lag")
    research = chosen.research
    if discount_rate is not None:
        rate_d = fraction(number(discount_rate, "discount_rate", "a fraction from 0 to 1"), "discount_rate")
    elif research is not None:
        rate_d = research.discount_rate
    else:
        raise InputError(f"scenario {chosen.id} has no research.discount_rate; give one", "discount_rate")
    rate = rates[0] if rates else (research.recidivism.expected() if research else result.rows[0].rate)
    level = next(iter(result.investments))
    investment = result.investments[level]
    return HorizonResult(
        years, rate_d, lag, rate, level, investment,
        horizon(result.municipal.at(rate), investment, years, rate_d, lag),
        horizon(result.societal.at(rate), investment, years, rate_d, lag),
    )
