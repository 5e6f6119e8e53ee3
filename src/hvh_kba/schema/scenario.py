"""An occupancy scenario: participants, persona mix, recidivism rates, and the investment."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from .common import STRICT, Count, Euro, Id, NonEmpty, Percent, Ref, Text, record
from .constraints import at_least


@record
class InvestmentLine:
    __pydantic_config__ = STRICT
    id: Id
    label: str
    amount: Euro
    in_minimum: bool = True  # false for the line left out of the minimum investment
    source: Ref


@record
class Decided:
    __pydantic_config__ = STRICT
    amount: Euro
    label: Text
    sources: Annotated[list[Ref], NonEmpty]


@record
class Investment:
    __pydantic_config__ = STRICT
    lines: Annotated[list[InvestmentLine], NonEmpty]
    decided: Decided

    def levels(self) -> dict[str, Decimal]:
        """The three levels the study and the councils speak of."""
        return {
            "decided": self.decided.amount,
            "min": sum((line.amount for line in self.lines if line.in_minimum), Decimal(0)),
            "max": sum((line.amount for line in self.lines), Decimal(0)),
        }


@record
class Scenario:
    __pydantic_config__ = STRICT
    id: Id
    name: Text
    description: Text | None = None
    pricelist: Id
    capacity: Annotated[int, at_least(1)]
    participants: Count
    mix: Annotated[dict[Id, Percent], NonEmpty]  # persona id -> percent of the participants
    recidivism_rates: Annotated[list[Percent], NonEmpty]  # percent
    investment: Investment
    research: Research | None = None
    sources: Annotated[list[Ref], NonEmpty]

    def __post_init__(self) -> None:
        if self.participants > self.capacity:
            raise ValueError(f"participants: {self.participants} is above the capacity of {self.capacity}")
        total = sum(self.mix.values(), Decimal(0))
        if total != 100:
            raise ValueError(f"mix: the shares sum to {total} %; they must sum to 100 %")

    def mix_fractions(self) -> dict[str, Decimal]:
        return {persona: share / 100 for persona, share in self.mix.items()}

    def rates(self) -> list[Decimal]:
        return [rate / 100 for rate in self.recidivism_rates]


@record
class Range:
    __pydantic_config__ = STRICT
    low: Annotated[Decimal, at_least(0)]
    high: Annotated[Decimal, at_least(0)]
    note: str | None = None


@record
class Recidivism:
    """The study's pointers to recidivism after Huis van Herstel."""

    __pydantic_config__ = STRICT
    national: Percent
    below_national: Percent
    sources: Annotated[list[Ref], NonEmpty]

    def expected(self) -> Decimal:
        """National rate x (1 - the share below it), as a fraction."""
        return self.national / 100 * (1 - self.below_national / 100)


@record
class Research:
    """What researchers vary, and around what; the defaults reproduce the study."""

    __pydantic_config__ = STRICT
    discount_rate: Percent
    discount_rate_sources: Annotated[list[Ref], NonEmpty]
    recidivism: Recidivism
    ranges: dict[Literal["recidivism", "baseline", "deadweight", "dropout", "participants"], Range]
    price_spread: Percent
    recidivism_concentration: Annotated[Decimal, at_least(1)]
    mix_concentration: Annotated[Decimal, at_least(1)]

    def parameter_ranges(self) -> dict[str, tuple[Decimal, Decimal]]:
        """Low and high of each parameter: rates as fractions, participants as a number."""
        return {
            name: (r.low, r.high) if name == "participants" else (r.low / 100, r.high / 100) for name, r in self.ranges.items()
        }
