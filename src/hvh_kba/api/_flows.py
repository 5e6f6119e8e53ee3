"""Participants as they really came and went: what the published flows imply, and the benefits at those numbers."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

from ..core.flows import Observed, Occupancy, observe, pooled, whole
from ..core.scenario import Split, average_population, persona_coefficients
from ..errors import InputError, say, shown, unknown
from ..record import record
from ..schema.common import Text
from ..schema.flows import Flows
from ..schema.scenario import MAX_STAY, MIN_STAY, Scenario
from ._analysis import Analysis, RunContext, number
from ._scenario import evaluate



@record
class Valuation:
    """The benefits of one reading of the participants: places filled, the stay, persons leaving a year, drop-out."""

    id: str  # a scenario of the study, or an observed period
    places: Decimal | None  # filled by Huis van Herstel participants on an average day
    stay_months: Decimal | None
    leaving: Decimal  # persons leaving a year, released or sent back
    persons: int | None  # whole persons, as the study counts participants (its scenarios); None: the mix's average (observed)
    dropout: Decimal  # the share of them sent back, who bring nothing
    minimum: Decimal  # the perspective's budget at any recidivism
    at_rate: Decimal  # the budget at the study's recidivism pointer
    whole_at_rate: Decimal  # society's (the perspective's whole) at that rate
    closest: str | None  # the study's scenario nearest in places filled (observed periods)
    relation: str | None = None  # below, near or above: whether the occupancy lies under the smallest scenario, between, or over


@record
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
        raise InputError(say("lib.no_flows"), "source")
    if source is None:
        source = next(iter(sorted(published)))
    if source not in published:
        raise unknown("flows", source, published, "source")
    data = published[source]
    chosen = analysis.scenario(scenario)
    research = chosen.research
    months = _stay(stay) if stay is not None else research.stay_months if research else None
    if months is None:
        raise InputError(say("lib.no_stay", scenario=chosen.id), "stay")
    rate = research.recidivism.expected() if research else Decimal(0)
    level, investment = next(iter(chosen.investment.levels().items()))
    dropout = analysis.assumptions.dropout
    study = tuple(_scenario_value(analysis, chosen, s.id, Occupancy(Decimal(s.participants), months, dropout), rate)
                  for s in analysis.ordered_scenarios())
    observed = tuple(observe(p) for p in data.periods)
    places = {s.id: s.participants for s in analysis.ordered_scenarios()}
    at_observed = tuple(_observed_value(analysis, chosen, o, rate, places) for o in observed if o.left is not None)
    return FlowsReport(
        data, observed, pooled(data.periods), Occupancy(Decimal(chosen.participants), months, dropout), study,
        at_observed, chosen, MappingProxyType({s.id: s.name for s in analysis.ordered_scenarios()}), rate, level,
        investment, analysis.context(chosen),
    )


def average_splits(analysis: Analysis, chosen: Scenario, persons: Decimal | int, dropout: Decimal = Decimal(0)) -> tuple[Split, Split]:
    """The perspective's budget and whole for `persons` participants of the mix's average make-up, at a drop-out:
    the benefits of people who were observed, whose personas nobody knows."""
    run = analysis if analysis.assumptions.dropout == dropout else analysis.assuming(dropout=dropout)
    per_persona = persona_coefficients(run.evaluation.personas(run.pricelist(chosen)))
    view = analysis.perspective
    budget, whole_ = (Split(average_population(per_persona, chosen.mix, persons, name), run.assumptions.weights)
                      for name in (view.budget, view.whole))
    return budget, whole_


def _scenario_value(analysis: Analysis, chosen: Scenario, name: str, reading: Occupancy, rate: Decimal) -> Valuation:
    """A scenario of the study read as places filled: whole persons leaving a year, as the study counts participants."""
    persons = whole(reading.leaving)
    run = analysis if analysis.assumptions.dropout == reading.dropout else analysis.assuming(dropout=reading.dropout)
    result = evaluate(run, chosen, participants=persons)
    return Valuation(name, reading.places, reading.stay_months, reading.leaving, persons, reading.dropout,
                     result.municipal.minimum, result.municipal.at(rate), result.societal.at(rate), None)


def _observed_value(analysis: Analysis, chosen: Scenario, o: Observed, rate: Decimal, places: Mapping[str, int]) -> Valuation:
    """A period a year long at its pace: the persons who leave, each the mix's average participant, at the period's drop-out
    (none when nobody left); and which scenario its occupancy is nearest."""
    dropout = o.dropout if o.dropout is not None else Decimal(0)
    budget, whole_ = average_splits(analysis, chosen, o.leaving_per_year, dropout)
    closest = relation = None
    if o.occupancy is not None:
        closest = _closest(places, o.occupancy)
        relation = "below" if o.occupancy < min(places.values()) else "above" if o.occupancy > max(places.values()) else "near"
    return Valuation(o.period, o.occupancy, o.stay_months, o.leaving_per_year, None, dropout, budget.minimum, budget.at(rate),
                     whole_.at(rate), closest, relation)


def _closest(places: dict[str, int], occupancy: Decimal) -> str:
    return min(places, key=lambda sid: (abs(places[sid] - occupancy), places[sid]))


def _stay(value: Decimal | float | str) -> Decimal:
    accepted = say("lib.accepted.stay", low=MIN_STAY, high=MAX_STAY)
    months = number(value, "stay", accepted)
    if not MIN_STAY <= months <= MAX_STAY:
        raise InputError(say("lib.stay_outside", value=shown(months), low=MIN_STAY, high=MAX_STAY, accepted=accepted), "stay")
    return months

