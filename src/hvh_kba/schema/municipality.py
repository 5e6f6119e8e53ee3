"""The Twente municipalities, their regions and budgets, and the funding scenarios for Huis van Herstel."""

from __future__ import annotations

from typing import Annotated, Literal

from .common import STRICT, Count, Euro, Id, Line, NonEmpty, Percent, Ref, Words, record
from ..errors import say
from .constraints import Invalid
from .persona import Law


@record
class Region:
    __pydantic_config__ = STRICT
    id: Id
    name: str
    centre: Id  # the centre municipality that holds the region's BW/MO budget
    budget: Id
    sources: Annotated[list[Ref], NonEmpty]


@record
class Municipality:
    __pydantic_config__ = STRICT
    id: Id
    name: str
    region: Id
    sources: Annotated[list[Ref], NonEmpty]


@record
class Budget:
    __pydantic_config__ = STRICT
    id: Id
    label: Words
    kind: Literal["bw-mo", "arbeidsmarkt", "local", "other"]
    region: Id | None = None  # for a regional BW/MO budget
    sources: Annotated[list[Ref], NonEmpty]


@record
class Savings:
    """Where the municipal savings of the personas land: by price item, else by the law of the municipal table."""

    __pydantic_config__ = STRICT
    items: dict[Id, Id]  # price item -> budget id, or 'bw-mo' for the BW/MO budget of the participant's region
    laws: dict[Law, Id]
    sources: Annotated[list[Ref], NonEmpty]


@record
class KeySource:
    __pydantic_config__ = STRICT
    funding: str  # derive the key from this funding scenario's published table ...
    region: Id | None = None  # ... within this region only


@record
class Key:
    __pydantic_config__ = STRICT
    id: Id
    label: Words
    # the shares are the published amounts of one table, normalised (the report prints no key)
    derived_from: KeySource
    note: str | None = None
    sources: Annotated[list[Ref], NonEmpty]


@record
class Part:
    """A part of the contribution: an amount from a budget, divided over municipalities by a key."""

    __pydantic_config__ = STRICT
    budget: Id
    amount: Euro | str  # euros, or arithmetic on the source's numbers ("178480 / 3")
    key: Id
    line: Line
    share: str | None = None  # the share as the source states it (1/3, 2/3)


@record
class Published:
    __pydantic_config__ = STRICT
    amount: Euro
    line: Line
    printed: str | None = None  # the text as printed, where it needs reading


@record
class Funding:
    __pydantic_config__ = STRICT
    id: str
    title: Words
    rule: Words
    recommended: bool = False
    assumption: Words | None = None  # where hvh-kba has to fill in what the source leaves open
    parts: Annotated[list[Part], NonEmpty]
    published: dict[Id, Published] | None = None  # the amount per municipality as published
    sources: Annotated[list[Ref], NonEmpty]


@record
class Twente:
    __pydantic_config__ = STRICT
    id: Id
    sources: Annotated[list[Ref], NonEmpty]
    regions: Annotated[list[Region], NonEmpty]
    municipalities: Annotated[list[Municipality], NonEmpty]
    budgets: Annotated[list[Budget], NonEmpty]
    savings: Savings
    keys: Annotated[list[Key], NonEmpty]
    funding: Annotated[list[Funding], NonEmpty]

    def by_id(self) -> dict[str, Municipality]:
        return {m.id: m for m in self.municipalities}


@record
class BenefitKey:
    """Where the participants come from, for `hvh-kba municipalities --benefit-key FILE`."""

    __pydantic_config__ = STRICT
    participants: dict[Id, Count] | None = None  # participants per municipality
    shares: dict[Id, Percent] | None = None  # or shares in percent that sum to 100 (fractions here)

    def __post_init__(self) -> None:
        if (self.participants is None) == (self.shares is None):
            raise Invalid(say("data.benefit_key.either"))
