"""A price index series: yearly changes with their public source, chained into an index."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from .common import STRICT, Id, NonEmpty, Year, record
from .constraints import AS_FRACTION, at_least, at_most


@record
class Source:
    __pydantic_config__ = STRICT
    title: str
    href: str | None = None
    note: str | None = None


@record
class LevelCheck:
    """An index level CBS published, the chained index is tested against."""

    __pydantic_config__ = STRICT
    value: Annotated[Decimal, at_least(0)]
    source: str


@record
class IndexSeries:
    __pydantic_config__ = STRICT
    id: Id
    title: str
    base_year: Year
    consulted: str | None = None
    sources: Annotated[list[Source], NonEmpty]
    # year -> change of the yearly average against the year before: percent in the file, a fraction here
    changes: Annotated[dict[Year, Annotated[Decimal, at_least(-50), at_most(100), AS_FRACTION]], NonEmpty]
    checks: dict[Year, LevelCheck] | None = None  # published levels (base year = 100) the chained index is tested against
