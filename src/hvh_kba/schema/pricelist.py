"""A price list of unit costs (the study's annex 4, plus the prices its tables use)."""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from typing import Annotated, Literal

from ..errors import say
from .common import STRICT, Euro, Id, NonEmpty, Ref, Words, Year, record
from .constraints import Invalid

Unit = Literal["dag", "etmaal", "uur", "week", "maand", "jaar", "keer", "delict", "sessie", "dagdeel", "patiënt", "consult"]
Payer = Literal[
    "Wmo",
    "Wlz",
    "Zvw",
    "Participatiewet",
    "Justitie en Veiligheid",
    "UWV",
    "Belastingdienst",
    "woningcorporatie",
    "gemeente overig",
    "energieleverancier",
]
PriceChoice = Literal["low", "mid", "high"]


@record
class PriceItem:
    __pydantic_config__ = STRICT
    id: Id
    label: Words
    amount: Euro | None = None
    low: Euro | None = None
    high: Euro | None = None
    unit: Unit
    unit_text: str
    payer: Payer
    law: str  # the study's 'Wet of regeling' column, as written
    transfer: bool = False
    price_year: Year | None = None
    sources: Annotated[list[Ref], NonEmpty]
    note: str | None = None

    def __post_init__(self) -> None:
        ranged = self.low is not None or self.high is not None
        if ranged == (self.amount is not None):
            raise Invalid(say("data.price.amount_or_range"))
        if ranged and (self.low is None or self.high is None):
            raise Invalid(say("data.price.range_needs_both"))
        if ranged and self.low > self.high:
            raise Invalid(say("data.low_above_high", low=str(self.low), high=str(self.high)))

    @property
    def is_range(self) -> bool:
        return self.amount is None

    def price(self, choice: PriceChoice = "low") -> Decimal:
        """The unit price; for a range the end the study chose (low, footnote 17) unless asked otherwise."""
        if self.amount is not None:
            return self.amount
        if choice == "high":
            return self.high
        if choice == "mid":
            return (self.low + self.high) / 2
        return self.low


@record
class RangeChoice:
    """Which end of each price range the source takes, in its own words (the study: footnote 17)."""

    __pydantic_config__ = STRICT
    end: PriceChoice
    label: Words
    source: Ref


@record
class PricelistMeta:
    __pydantic_config__ = STRICT
    id: Id
    title: str
    price_year: Year
    range_choice: RangeChoice | None = None
    index: Id | None = None  # the index series (indices/) that brings these prices to another year
    sources: Annotated[list[Ref], NonEmpty]
    note: str | None = None


@record
class SetPrice:
    """One price of an alternative set: a unit price for an item, in place of the list's and the tables' own."""

    __pydantic_config__ = STRICT
    item: Id
    amount: Euro | str  # euros, or arithmetic on the source's numbers ("12000 / 365": a year's stay as a daily price)
    source: Ref
    note: Words | None = None


@record
class PriceSet:
    """A named set of prices the sources state elsewhere (the study's own text): `--price-set ID`."""

    __pydantic_config__ = STRICT
    id: Id
    title: Words
    prices: Annotated[list[SetPrice], NonEmpty]


@record
class Pricelist:
    __pydantic_config__ = STRICT
    meta: PricelistMeta
    items: Annotated[list[PriceItem], NonEmpty]
    alternatives: list[PriceSet] = field(default_factory=list)

    def by_id(self) -> dict[str, PriceItem]:
        return {item.id: item for item in self.items}

    def year_of(self, item: PriceItem) -> int:
        return item.price_year or self.meta.price_year
