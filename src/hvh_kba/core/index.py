"""Chain yearly price changes into an index: index[base] = 1, index[Y] = index[Y-1] x (1 + change[Y])."""

from __future__ import annotations

from decimal import Decimal

from ..schema.index import IndexSeries


def chain(series: IndexSeries) -> dict[int, Decimal]:
    """The index for every year the rates reach, exactly, relative to the base year."""
    rates = series.changes
    index = {series.base_year: Decimal(1)}
    year = series.base_year
    while year + 1 in rates:
        year += 1
        index[year] = index[year - 1] * (1 + rates[year])
    year = series.base_year
    while year in rates:  # the base year's own rate reaches one year back
        index[year - 1] = index[year] / (1 + rates[year])
        year -= 1
    return index
