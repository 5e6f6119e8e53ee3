"""Participants as they really came and went: what the published flows imply, and the benefits at those numbers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from ..core.flows import Observed, Occupancy, observe, pooled, whole
from ..errors import InputError, shown, unknown
from ..schema.common import Text
from ..schema.flows import Flows
from ..schema.scenario import Scenario
from ._analysis import Analysis, RunContext, number
from ._scenario import evaluate

MAX_STAY = Decimal(18)  # months: Huis van Herstel takes men in the last 18 months of their sentence


@dataclass(frozen=True)
class Valuation:
    """The benefits of one reading of the participants: places filled, the stay, persons leaving a year, drop-out."""

    id: str  # a scenario of the study, or an observed period
    places: Decimal | None  # filled by Huis van Herstel participants on an average day
    stay_months: Decimal | None
    leaving: Decimal  # persons leaving a year, released or sent back
    persons: int  # the same as whole persons, as the study counts participants
    dropout: Decimal  # the share of them sent back, who bring nothing
    minimum: Decimal  # the perspective's budget at any recidivism
    at_rate: Decimal  # the budget at the study's recidivism pointer
    whole_at_rate: Decimal  # society's (the perspective's whole) at that rate
    closest: str | None  # the study's scenario nearest in places filled (observed periods)
    relation: str | None = None  # below, near or above: whether the occupancy lies under the smallest scenario, between, or over


@dataclass(frozen=True)
class FlowsReport:
    flows: Flows
    observed: tuple[Observed, ...]
    total: Observed
    occupancy: Occupancy  # the reading applied to the study's scenarios (the study: 12 months, no drop-out)
    scenarios: tuple[Valuation, ...]  # the study's scenarios as places filled
    at_observed: tuple[Valuation, ...]  # the periods that say who left, a year at their pace
    scenario: Scenario  # whose mix and investment
    names: Mapping[str, Text]  # scenario id -> its name
    rate: Decimal  # the recidivism the benefits are shown at
    level: str
    investment: Decimal
    context: RunContext


def flows(analysis: Analysis, *, source: str | None = None, scenario: str = "realistic",
          stay: Decimal | float | str | None = None) -> FlowsReport:
    """The published flows (flows/), what they imply, and the benefits at the observed numbers beside the study's scenarios.

    source: a flows id (default: the only one); scenario: whose mix and investment the benefits use;
    stay: the average stay in months for reading the study's scenarios (default: the scenario's, 12).
    """
    published = analysis.dataset.flows
    if not published:
        raise InputError("no published flows: load them with load(optional=('flows',)) or add flows/*.yaml", "source")
    if source is None:
        source = next(iter(sorted(published)))
    if source not in published:
        raise unknown("flows", source, published, "source")
    data = published[source]
    chosen = analysis.scenario(scenario)
    research = chosen.research
    months = _stay(stay) if stay is not None else research.stay_months if research else None
    if months is None:
        raise InputError(f"scenario {chosen.id} has no research.stay_months; give the average stay", "stay")
    rate = research.recidivism.expected() if research else Decimal(0)
    level, investment = next(iter(chosen.investment.levels().items()))
    dropout = analysis.assumptions.dropout
    study = tuple(
        _value(analysis, chosen, s.id, Occupancy(Decimal(s.participants), months, dropout), rate, None)
        for s in analysis.ordered_scenarios()
    )
    observed = tuple(observe(p) for p in data.periods)
    places = {s.id: s.participants for s in analysis.ordered_scenarios()}
    at_observed = []
    for o in observed:
        if o.left is None:
            continue
        closest = _closest(places, o.occupancy) if o.occupancy is not None else None
        reading = Occupancy(o.occupancy, o.stay_months, o.dropout) if o.stay_months is not None else None
        at_observed.append(_value(analysis, chosen, o.period, reading, rate, closest, o))
    return FlowsReport(
        data, observed, pooled(data.periods), Occupancy(Decimal(chosen.participants), months, dropout), study,
        tuple(at_observed), chosen, MappingProxyType({s.id: s.name for s in analysis.ordered_scenarios()}), rate, level,
        investment, analysis.context(chosen),
    )


def _value(analysis: Analysis, chosen, name: str, reading: Occupancy | None, rate: Decimal, closest: str | None,
           observed: Observed | None = None) -> Valuation:
    """Benefits of the persons leaving a year (whole, as the study counts), at their drop-out."""
    leaving = observed.leaving_per_year if observed is not None else reading.leaving
    dropout = observed.dropout if observed is not None else reading.dropout
    persons = whole(leaving)
    run = analysis if analysis.assumptions.dropout == dropout else analysis.assuming(dropout=dropout)
    result = evaluate(run, chosen, participants=persons)
    relation = None
    if closest is not None:
        places = reading.places
        smallest, largest = (min(s.participants for s in analysis.ordered_scenarios()), max(s.participants for s in analysis.ordered_scenarios()))
        relation = "below" if places < smallest else "above" if places > largest else "near"
    return Valuation(
        name, reading.places if reading else None, reading.stay_months if reading else None, leaving, persons, dropout,
        result.municipal.minimum, result.municipal.at(rate), result.societal.at(rate), closest, relation,
    )


def _closest(places: dict[str, int], occupancy: Decimal) -> str:
    return min(places, key=lambda sid: (abs(places[sid] - occupancy), places[sid]))


def _stay(value: Decimal | float | str) -> Decimal:
    months = number(value, "stay", f"months, more than 0 and at most {MAX_STAY}")
    if not 0 < months <= MAX_STAY:
        raise InputError(f"{shown(months)} months is outside 0-{MAX_STAY}: Huis van Herstel takes men in the last "
                         f"{MAX_STAY} months of their sentence; accepted: months, more than 0 and at most {MAX_STAY}", "stay")
    return months

