"""A persona: a profile, the costs made after release anyway, and the benefits of the approach."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from .common import MAX_COUNT, STRICT, Euro, Id, NonEmpty, Ref, Words, record
from .pricelist import Payer
from ..errors import say
from .constraints import Invalid, at_least, at_most, at_most_items

# The laws of the study's municipal tables (4, 6, 8, 10, 12, 14); 'Overig' is the study's own heading.
Law = Literal["Wmo", "Participatiewet", "Wlz", "Overig"]
LAWS: tuple[Law, ...] = ("Wmo", "Participatiewet", "Wlz", "Overig")
# The study's two groups of benefits (tables 5, 9, 13).
Link = Literal["recidivism", "approach"]
Section = Literal["costs", "benefits"]
Perspective = Literal["societal", "municipal"]


@record
class Factor:
    __pydantic_config__ = STRICT
    value: Annotated[Decimal, at_least(0), at_most(MAX_COUNT)]
    unit: str


@record
class Municipal:
    """The line's place in the persona's municipal table."""

    __pydantic_config__ = STRICT
    law: Law
    label: Words | None = None  # the municipal table's own wording, where it differs


@record
class Line:
    __pydantic_config__ = STRICT
    id: Id
    label: Words
    item: Id
    unit_price: Euro | None = None  # the price the table uses, where it deviates from the price list
    quantity: Annotated[list[Factor], NonEmpty, at_most_items(6)]  # multiplied: 6 hours a week x 52 weeks
    basis: str  # the quantity as the study states it
    societal: bool = True  # in the persona's societal table
    municipal: Municipal | None = None  # in the persona's municipal table, under a law
    # who pays or saves, and whether it is a transfer: the price item's, unless the line says otherwise
    payer: Payer | None = None
    transfer: bool | None = None
    # a transfer saving the approach does not cause (the study's own tables list it as paid anyway)
    caused: bool = True
    source: Ref
    note: str | None = None

    def __post_init__(self) -> None:
        if not self.societal and self.municipal is None:
            raise Invalid(say("data.line.no_table"))
        if not self.caused and self.transfer is False:
            raise Invalid(say("data.line.caused_not_transfer"), "caused")

    @property
    def units(self) -> Decimal:
        total = Decimal(1)
        for factor in self.quantity:
            total *= factor.value
        return total


@record
class BenefitLine(Line):
    __pydantic_config__ = STRICT
    link: Link


@record
class Profile:
    __pydantic_config__ = STRICT
    age: Annotated[int, at_least(0), at_most(120)]
    summary: str
    characteristics: list[str]
    problem_areas: list[str]
    risk_factors: list[str]
    offences: list[str]
    goals: list[str]
    goals_by_domain: dict[str, str]
    sources: Annotated[list[Ref], NonEmpty]


@record
class Persona:
    __pydantic_config__ = STRICT
    id: Id
    number: Annotated[int, at_least(1)] = 99  # the study's persona number; sets the order of display
    name: str
    profile: Profile
    costs: list[Line]
    benefits: list[BenefitLine]
    sources: Annotated[list[Ref], NonEmpty]

    def lines(self, section: Section) -> list[Line]:
        return self.costs if section == "costs" else self.benefits
