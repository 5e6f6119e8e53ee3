"""The assumptions of a run. The defaults are the study's own, so a default run reproduces it.

Prices: which end of a range (the study: the low end, footnote 17), single items set to another
price, items scaled by a factor (sensitivity and Monte Carlo), and indexation to a price year.
Effects: the null alternative (the recidivism rate without Huis van Herstel; the study implicitly
assumes 100 %), deadweight (the share of the approach's benefits that would have come anyway) and
drop-out (the share of participants sent back to prison, who bring no benefits).
Transfers: whether a budget counts a transfer saving the approach does not cause (the study does).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from decimal import Decimal

from ..record import record
from ..schema.pricelist import PriceChoice
from .rule import Weights, weights

ONE = Decimal(1)


@record
class Assumptions:
    prices: PriceChoice = "low"
    price_set: str | None = None  # an alternative price set of the price list (--price-set); in `overrides`
    overrides: Mapping[str, Decimal] = field(default_factory=dict)  # item -> unit price (--set, and the set's)
    factors: Mapping[str, Decimal] = field(default_factory=dict)  # item -> multiplier on the price used
    price_year: int | None = None  # index every price to this year (None: no indexation)
    index: Mapping[int, Decimal] = field(default_factory=dict)  # year -> price index, for price_year
    baseline: Decimal = ONE  # recidivism without Huis van Herstel (the null alternative)
    deadweight: Decimal = Decimal(0)
    dropout: Decimal = Decimal(0)
    # transfer savings the approach does not cause: count them in the budgets (the study), or not ("caused")
    transfers: str = "count"

    def indexation(self, year: int) -> Decimal:
        """The factor that brings a price of `year` to the run's price year."""
        if self.price_year is None or self.price_year == year:
            return ONE
        return self.index[self.price_year] / self.index[year]

    @property
    def effects_are_the_studys(self) -> bool:
        return self.baseline == ONE and self.deadweight == 0 and self.dropout == 0

    @property
    def weights(self) -> Weights[Decimal]:
        """The effects as the weights of the one benefit rule (core/rule.py)."""
        return weights(self.baseline, self.deadweight, self.dropout)


STUDY = Assumptions()
