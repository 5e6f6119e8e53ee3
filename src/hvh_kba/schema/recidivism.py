"""A recidivism curve: the cumulative share of released prisoners who have reoffended, by years since release.

The sources give a curve at a few points (47 % within two years, over 70 % within six); the shape
between them is an assumption the file names (`interpolation`, `assumption`), never a silent choice.
Percentages in the file are fractions in the record.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .common import STRICT, Id, NonEmpty, Percent, Ref, Words, record
from .constraints import at_least, at_most

MAX_CURVE_YEARS = 50  # a curve over a working life; anything longer is a typing error

# constant-hazard: between two points the share not yet reoffended falls by the same factor each year
# (reoffending is front-loaded: most of it soon after release); linear: the cumulative share rises evenly.
Interpolation = Literal["constant-hazard", "linear"]


@record
class Point:
    __pydantic_config__ = STRICT
    year: Annotated[int, at_least(1), at_most(MAX_CURVE_YEARS)]
    share: Percent  # cumulative: reoffended by the end of this year after release
    note: str | None = None  # how the source words it ("ruim 70%")
    source: Ref


@record
class Curve:
    __pydantic_config__ = STRICT
    id: Id
    label: Words
    counts: Literal["conviction", "prison-term"]  # what counts as reoffending: curves of one kind compare
    measure: Words  # the same in words
    title: Words  # the study the points come from, as cited
    interpolation: Interpolation = "constant-hazard"
    assumption: Words  # why this shape between the points, in words
    points: Annotated[list[Point], NonEmpty]
