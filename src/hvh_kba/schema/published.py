"""The study's published figures and the errata that explain where they differ from the model."""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from typing import Annotated, Literal

from ..errors import say
from .common import STRICT, Document, Id, NonEmpty, Percent, Ref, Words, record
from .constraints import Convert, Invalid, at_least, matching

FigureUnit = Literal["eur", "percent", "count"]
FigureId = Annotated[str, matching(r"[a-z0-9][a-z0-9/.-]*", say("data.id.figure"))]


@record
class Of:
    """Which model quantity a published figure is; the arguments each measure needs are checked on load."""

    __pydantic_config__ = STRICT
    measure: str
    persona: Id | None = None
    line: str | None = None
    section: Literal["costs", "benefits"] | None = None
    perspective: Literal["societal", "municipal"] | None = None
    law: str | None = None
    link: Literal["recidivism", "approach"] | None = None
    scenario: Id | None = None
    scenarios: list[str] | None = None
    recidivism: Percent | None = None
    level: Literal["decided", "min", "max"] | None = None
    investment: Annotated[Decimal, at_least(0)] | None = None
    form: Literal["share", "excess"] | None = None
    funding: str | None = None
    municipality: Id | None = None
    budget: Id | None = None


@record
class Figure:
    __pydantic_config__ = STRICT
    id: FigureId
    line: Annotated[int, at_least(1)]
    published: Decimal  # a percentage as a fraction, like every rate in hvh-kba
    unit: FigureUnit = "eur"
    qualifier: Literal["bijna"] | None = None  # 'bijna' (almost): the model lies just below
    text: str | None = None
    of: Of


def _percent_as_fraction(raw):
    """The file gives a percentage as printed (58); the record holds 0.58, as every rate does."""
    if isinstance(raw, dict) and raw.get("unit") == "percent" and isinstance(raw.get("published"), (int, Decimal)):
        return {**raw, "published": Decimal(raw["published"]) / 100}
    return raw


@record
class FigureGroup:
    __pydantic_config__ = STRICT
    where: str
    title: str
    doc: Document = "impactonderzoek-2024"
    figures: Annotated[list[Annotated[Figure, Convert(_percent_as_fraction, before=True)]], NonEmpty]


@record
class Published:
    __pydantic_config__ = STRICT
    groups: Annotated[list[FigureGroup], NonEmpty]


@record
class Erratum:
    __pydantic_config__ = STRICT
    id: Id
    title: Words
    what: Words  # one sentence: what is wrong in the source
    # figure id -> expected published - model, as arithmetic on the source's own numbers
    figures: dict[str, str] = field(default_factory=dict)
    # figures the inconsistency concerns but does not explain: shown as known, never as explained
    unexplained: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.figures and not self.unexplained:
            raise Invalid(say("data.erratum.empty"), "figures")


@record
class Remark:
    """An inconsistency of the source that changes no published figure (a label, a law, a method)."""

    __pydantic_config__ = STRICT
    id: Id
    what: Words
    sources: Annotated[list[Ref], NonEmpty]


@record
class Errata:
    __pydantic_config__ = STRICT
    errata: list[Erratum]
    remarks: list[Remark] = field(default_factory=list)


@record
class DocumentInfo:
    __pydantic_config__ = STRICT
    title: str
    year: int
    seed: str
    href: str | None = None


@record
class Documents:
    __pydantic_config__ = STRICT
    documents: dict[Document, DocumentInfo]
