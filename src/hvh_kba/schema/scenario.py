"""An occupancy scenario: participants, persona mix, recidivism rates, and the investment.

Percentages in the files (mix, rates, ranges) are fractions in these records.
"""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from typing import Annotated

from .common import MAX_CAPACITY, MAX_COUNT, STRICT, Count, Euro, Id, NonEmpty, Percent, Ref, Text, Words, record
from ..errors import say
from .constraints import Invalid, at_least, at_least_items, at_most, at_most_items

ONE = Decimal(1)


@record
class InvestmentLine:
    __pydantic_config__ = STRICT
    id: Id
    label: Words
    amount: Euro
    in_minimum: bool = True  # false for the line left out of the minimum investment
    source: Ref


@record
class Decided:
    __pydantic_config__ = STRICT
    amount: Euro
    label: Words
    sources: Annotated[list[Ref], NonEmpty]


@record
class Level:
    """How the source names an investment level it derives from the lines (minimum, maximum)."""

    __pydantic_config__ = STRICT
    label: Words


@record
class Investment:
    __pydantic_config__ = STRICT
    lines: Annotated[list[InvestmentLine], NonEmpty]
    minimum: Level
    maximum: Level
    decided: Decided

    def levels(self) -> dict[str, Decimal]:
        """The three levels the study and the councils speak of."""
        return {
            "decided": self.decided.amount,
            "min": sum((line.amount for line in self.lines if line.in_minimum), Decimal(0)),
            "max": sum((line.amount for line in self.lines), Decimal(0)),
        }

    def labels(self) -> dict[str, Text]:
        return {"decided": self.decided.label, "min": self.minimum.label, "max": self.maximum.label}


@record
class Scenario:
    __pydantic_config__ = STRICT
    id: Id
    name: Words
    description: Words | None = None
    pricelist: Id
    capacity: Annotated[int, at_least(1), at_most(MAX_CAPACITY)]
    participants: Count
    mix: Annotated[dict[Id, Percent], NonEmpty]  # persona id -> share of the participants
    recidivism_rates: Annotated[list[Percent], NonEmpty]
    investment: Investment
    research: Research | None = None
    sources: Annotated[list[Ref], NonEmpty]

    def __post_init__(self) -> None:
        if self.participants > self.capacity:
            raise Invalid(say("data.scenario.above_capacity", participants=str(self.participants), capacity=str(self.capacity)),
                          "participants")
        total = sum(self.mix.values(), Decimal(0))
        if total != ONE:
            raise Invalid(say("shares_not_100", total=total * 100), "mix")


@record
class RateRange:
    """Low and high of a rate (percent in the file)."""

    __pydantic_config__ = STRICT
    low: Percent
    high: Percent
    note: str | None = None


@record
class CountRange:
    __pydantic_config__ = STRICT
    low: Count
    high: Count
    note: str | None = None


# A stay in Huis van Herstel lasts two to eighteen months (the plan evaluation of 2021, seed 004 line 325;
# the impact study: "met een maximum van 18 maanden", line 4019).
MIN_STAY, MAX_STAY = 2, 18
Months = Annotated[Decimal, at_least(MIN_STAY), at_most(MAX_STAY)]


@record
class MonthRange:
    __pydantic_config__ = STRICT
    low: Months
    high: Months
    note: str | None = None


@record
class Ranges:
    """Plausible low and high values of the parameters, for `hvh-kba sensitivity` and `hvh-kba measure`."""

    __pydantic_config__ = STRICT
    recidivism: RateRange | None = None
    baseline: RateRange | None = None
    deadweight: RateRange | None = None
    dropout: RateRange | None = None
    participants: CountRange | None = None
    stay: MonthRange | None = None  # the average stay in months (`hvh-kba measure` draws it)


# The inputs of the Monte Carlo besides price items: what a correlation or an information group may name.
DRAWN = ("recidivism", "places", "stay", "dropout", "mix", "other-prices")


@record
class Correlation:
    """Two inputs drawn uniformly that move together (a Gaussian copula): price items, places, stay or dropout."""

    __pydantic_config__ = STRICT
    between: Annotated[list[str], at_least_items(2), at_most_items(2)]
    rho: Annotated[Decimal, at_least(-1), at_most(1)]
    note: Words  # why they move together


@record
class InformationGroup:
    """Inputs one measurement would tell (`hvh-kba measure`): their value of information is computed together."""

    __pydantic_config__ = STRICT
    id: Id
    label: Words
    inputs: Annotated[list[str], NonEmpty]  # price items, or recidivism, places, stay, dropout, mix, other-prices
    measure: Words  # how the municipalities could learn it


@record
class PriceRange:
    """Where the sources give a price low and high (the tables one, the text another): the research range."""

    __pydantic_config__ = STRICT
    low: Euro | str  # euros, or arithmetic on the source's numbers
    high: Euro | str
    note: str | None = None
    sources: Annotated[list[Ref], NonEmpty]


@record
class Recidivism:
    """The study's pointers to recidivism after Huis van Herstel."""

    __pydantic_config__ = STRICT
    national: Percent
    below_national: Percent
    sources: Annotated[list[Ref], NonEmpty]

    def expected(self) -> Decimal:
        """National rate x (1 - the share below it)."""
        return self.national * (1 - self.below_national)


@record
class Research:
    """What researchers vary, and around what; the defaults reproduce the study."""

    __pydantic_config__ = STRICT
    discount_rate: Percent
    discount_rate_sources: Annotated[list[Ref], NonEmpty]
    recidivism: Recidivism
    ranges: Ranges
    detention_item: Id | None = None  # the price item of the detention days a reoffence costs (the time path shows them)
    # the average stay in months that makes a place filled a participant a year (`hvh-kba flows`); the programme's maximum is 18
    stay_months: Months | None = None
    stay_months_sources: list[Ref] = field(default_factory=list)
    price_ranges: dict[Id, PriceRange] = field(default_factory=dict)  # price item -> its range in the sources
    price_spread: Percent
    recidivism_concentration: Annotated[Decimal, at_least(1), at_most(MAX_COUNT)]
    mix_concentration: Annotated[Decimal, at_least(1), at_most(MAX_COUNT)]
    correlations: list[Correlation] = field(default_factory=list)
    information: list[InformationGroup] = field(default_factory=list)

    def parameter_ranges(self) -> dict[str, tuple[Decimal, Decimal]]:
        """Low and high of each parameter that has a range: rates as fractions, participants as a number."""
        ranges = {name: getattr(self.ranges, name) for name in ("recidivism", "baseline", "deadweight", "dropout", "participants")}
        return {name: (Decimal(r.low), Decimal(r.high)) for name, r in ranges.items() if r is not None}
