"""One scenario, or all of them: benefits by recidivism, the municipal minimum, break-even, a horizon."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..core.horizon import Horizon, horizon
from ..core.perspectives import ACTORS, PERSPECTIVES
from ..core.scenario import BreakEven, ScenarioResult, Split, evaluate_scenario
from ..errors import DataError, InputError, Problem, say, shown, unknown
from ..record import record
from ._analysis import Analysis, RunContext, fraction, number
from ._recidivism import TimePathResult, time_path

if TYPE_CHECKING:
    from ..core.verify import Check

MAX_YEARS = 100


@record
class HorizonResult:
    """Yearly cash flows, NPV and payback at one recidivism rate against one investment level."""

    years: int
    discount_rate: Decimal
    lag: int
    recidivism: Decimal | None  # None: the time path's curves say when reoffending is avoided
    level: str
    investment: Decimal
    municipal: Horizon  # the perspective's budget
    societal: Horizon  # the perspective's whole
    perspective: str = "study"


@record
class Reading:
    """The municipal result under one way of reading whose money it is."""

    id: str  # study: the study's tables; municipal: the guideline's budget with every transfer;
    # municipal-caused: the same, without the transfers the approach does not cause
    minimum: Decimal  # the benefits at any recidivism
    by_part: Mapping[str, Decimal]  # the minimum by law or budget line
    break_even: tuple[BreakEven, ...]  # per investment level


@record
class Share:
    """One actor's part of the welfare balance (the guideline's 'verdelingseffecten')."""

    actor: str  # municipalities, justice, care, income, housing, other, participant
    at_zero: Decimal  # what it gains without recidivism (a loss is negative)
    minimum: Decimal  # what it gains at any recidivism
    transfers: Decimal  # of which transfers, without recidivism (they cancel between actors)


@record
class Distribution:
    shares: tuple[Share, ...]
    welfare_at_zero: Decimal  # the sum of the shares: transfers cancel
    welfare_minimum: Decimal
    investment: Decimal  # what the municipalities pay (the first level asked for; 0 for one persona)
    level: str | None


@record
class ScenarioReport:
    result: ScenarioResult
    # (perspective, rate) -> the published figure of the study's table; empty when this run's
    # participants or mix differ from the scenario's, so the table has nothing to compare with
    published: Mapping[tuple[str, Decimal], Check]
    checks: tuple[Check, ...]  # every published figure of the scenario
    horizon: HorizonResult | None
    time_path: TimePathResult | None  # recidivism over the years after release, when a curve is asked for
    persona_names: Mapping[str, str]
    context: RunContext
    default_run: bool
    comparison: tuple[Reading, ...]  # the study's municipal result beside the guideline's, both transfer choices
    distribution: Distribution  # per actor, the guideline's welfare balance


@record
class ScenariosReport:
    results: tuple[ScenarioResult, ...]  # by number of participants
    comparisons: tuple[tuple[Reading, ...], ...]  # per scenario, as ScenarioReport.comparison
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
    curve: str | None = None,
    effect: Decimal | float | str | None = None,
    hvh_curve: str | None = None,
) -> ScenarioReport:
    """A scenario as the study's section 3.4.4 shows it; keywords replace the scenario's own values.

    rates: recidivism rates as fractions; mix: persona -> fraction (summing to 1); investments:
    level ids (decided, min, max) or amounts; years (with discount_rate and lag): a time horizon.
    curve (with effect or hvh_curve): recidivism over the years after release (api._recidivism);
    with years, each year's cohort then brings its benefits in the years the curve gives.
    """
    chosen = analysis.scenario(name)
    if participants is not None and not (isinstance(participants, int) and 0 <= participants <= chosen.capacity):
        raise InputError(say("lib.outside_capacity", value=shown(participants), capacity=chosen.capacity, scenario=chosen.id),
                         "participants")
    table_rates = [fraction(r, "rates") for r in rates] if rates is not None else None
    shares = _mix(analysis, mix) if mix is not None else None
    levels = analysis.investments(chosen, investments) if investments is not None else None
    population = {"participants": participants, "mix": shares, "investments": levels}
    result = evaluate(analysis, chosen, rates=table_rates, **population)
    checks = tuple(analysis.checks(only=lambda f: f.of.scenario == chosen.id))
    same_population = result.participants == chosen.participants and dict(result.mix) == dict(chosen.mix)
    same_population &= analysis.perspective.is_study  # the published figures are the study's tables
    published: dict[tuple[str, Decimal], Check] = {}
    if same_population:
        for check in checks:
            of = check.figure.of
            if of.measure == "scenario-benefits":
                published.setdefault((of.perspective, of.recidivism), check)  # the table's own, the first
    path = None
    rate_d = fraction(number(discount_rate, "discount_rate", say("lib.accepted.fraction")), "discount_rate") if discount_rate is not None else None
    if curve is not None:
        path = time_path(analysis, result, curve, effect=effect, hvh_curve=hvh_curve, discount_rate=rate_d)
    elif effect is not None or hvh_curve is not None:
        raise InputError(say("lib.effect_without_curve"), "curve")
    flows = None
    if years is not None or discount_rate is not None or lag:
        flows = _horizon(chosen, result, table_rates, years, rate_d, lag, path)
    first = next(iter(result.investments))
    return ScenarioReport(
        result, MappingProxyType(published), checks, flows, path, MappingProxyType(analysis.persona_names()),
        analysis.context(chosen), analysis.default_run, comparison(analysis, chosen, **population),
        distribution(result.accounts, first, result.investments[first]),
    )


def scenarios(analysis: Analysis) -> ScenariosReport:
    """Every scenario of the data, side by side."""
    ordered = analysis.ordered_scenarios()
    results = tuple(evaluate(analysis, s) for s in ordered)
    readings = tuple(comparison(analysis, s) for s in ordered)
    return ScenariosReport(results, readings, MappingProxyType(analysis.persona_names()), analysis.context())


def evaluate(analysis: Analysis, chosen, *, participants=None, rates=None, mix=None, investments=None, perspective=None):
    """A scenario under the analysis's perspective (or another): the memo when nothing differs from the scenario's own."""
    view = perspective or analysis.perspective
    if participants is None and rates is None and mix is None and investments is None:
        return analysis.evaluation.scenario(chosen.id, view)  # the one evaluation verify uses too, under `study`
    personas = analysis.evaluation.personas(analysis.pricelist(chosen))
    return evaluate_scenario(
        chosen, personas, participants=participants, rates=rates, mix=mix, investments=investments,
        assumptions=analysis.assumptions, perspective=view,
    )


READINGS = (("study", "study", "count"), ("municipal", "municipal", "count"), ("municipal-caused", "municipal", "caused"))


def comparison(analysis: Analysis, chosen, *, participants=None, mix=None, investments=None) -> tuple[Reading, ...]:
    """The municipal minimum and the break-even as the study reads them, and as the guideline does (both transfer choices)."""
    out = []
    for reading, view, transfers in READINGS:
        run = analysis if analysis.assumptions.transfers == transfers else analysis.assuming(transfers=transfers)
        result = evaluate(run, chosen, participants=participants, mix=mix, investments=investments, perspective=PERSPECTIVES[view])
        out.append(Reading(reading, result.minimum, MappingProxyType(result.minimum_by_law), result.break_even))
    return tuple(out)


def distribution(accounts: Mapping[str, Split], level: str | None = None, investment: Decimal = Decimal(0)) -> Distribution:
    """Each actor's gains and losses; they add up to the welfare balance, transfers cancelling out."""
    zero = Decimal(0)
    shares = tuple(
        Share(actor, accounts[f"budget/{actor}"].at(zero), accounts[f"budget/{actor}"].minimum, accounts[f"transfer/{actor}"].at(zero))
        for actor in ACTORS
    )
    welfare = accounts["welfare"]
    for when, total, expected in ((say("lib.without_recidivism"), sum(s.at_zero for s in shares), welfare.at(zero)),
                                  (say("lib.at_any_recidivism"), sum(s.minimum for s in shares), welfare.minimum)):
        if abs(total - expected) > Decimal("0.005"):  # a payer without an actor, or a transfer counted once
            raise DataError([Problem("price list", None, "payer",
                                     say("lib.shares_do_not_add_up", when=when, total=total, expected=expected))])
    return Distribution(shares, welfare.at(zero), welfare.minimum, investment, level)


def _mix(analysis: Analysis, mix: Mapping[str, Decimal | float | str]) -> dict[str, Decimal]:
    shares: dict[str, Decimal] = {}
    for name, share in mix.items():
        key = name.lower()
        if key not in analysis.dataset.personas:
            raise unknown("persona", name, analysis.dataset.personas, "mix")
        shares[key] = fraction(share, "mix")
    total = sum(shares.values(), Decimal(0))
    if total != 1:
        raise InputError(say("lib.mix_not_100", total=total * 100), "mix")
    return shares


def _horizon(chosen, result: ScenarioResult, rates, years, discount_rate, lag, path: TimePathResult | None) -> HorizonResult:
    """Cash flows at the first rate asked for (default: the study's pointer) against the first level (default: decided);
    with a time path, each cohort's benefits over the years after its release instead."""
    if years is None:
        raise InputError(say("lib.horizon_needed"), "years")
    if not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise InputError(say("lib.outside", value=shown(years), low=1, high=MAX_YEARS,
                             accepted=say("lib.accepted.years", most=MAX_YEARS)), "years")
    if not isinstance(lag, int) or not 0 <= lag < years:
        raise InputError(say("lib.outside", value=shown(lag), low=0, high=years - 1, accepted=say("lib.accepted.lag")), "lag")
    research = chosen.research
    if discount_rate is not None:
        rate_d = discount_rate
    elif research is not None:
        rate_d = research.discount_rate
    else:
        raise InputError(say("lib.no_discount_rate", scenario=chosen.id), "discount_rate")
    rate = rates[0] if rates else (research.recidivism.expected() if research else result.rows[0].rate)
    level = next(iter(result.investments))
    investment = result.investments[level]
    if path is not None:
        cohorts = path.flows
        municipal, societal = cohorts["municipal"], cohorts["societal"]
    else:
        municipal, societal = result.municipal.at(rate), result.societal.at(rate)
    return HorizonResult(
        years, rate_d, lag, None if path else rate, level, investment,
        horizon(municipal, investment, years, rate_d, lag),
        horizon(societal, investment, years, rate_d, lag),
        result.perspective.id,
    )
