"""A time horizon: yearly cash flows, net present value and payback, per perspective.

Each year the municipalities pay the investment and a cohort of participants leaves; from `lag`
years later each cohort brings its benefits, in the years after its release (core/recidivism.py;
the study: all in the first year, so the same yearly benefits repeated). Year 1 is today: cash flows
of year t are discounted by (1 + rate)^(t - 1). Benefits after the horizon are not counted. With one
year and no lag this is the study's comparison of a year's benefits with a year's investment.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..record import record

ONE = Decimal(1)


@record
class Year:
    year: int
    benefits: Decimal
    costs: Decimal
    factor: Decimal  # the discount factor of this year

    @property
    def net(self) -> Decimal:
        return self.benefits - self.costs

    @property
    def present(self) -> Decimal:
        return self.net * self.factor


@record
class Horizon:
    years: tuple[Year, ...]

    @property
    def npv(self) -> Decimal:
        return sum((y.present for y in self.years), Decimal(0))

    @property
    def payback_year(self) -> int | None:
        """The first year in which the discounted cumulative net result is no longer negative."""
        total = Decimal(0)
        for year in self.years:
            total += year.present
            if total >= 0 and year.benefits > 0:
                return year.year
        return None


def discount_factor(year: int, discount_rate: Decimal) -> Decimal:
    """What a euro of year `year` is worth today (year 1): 1 / (1 + d) ^ (year - 1)."""
    return ONE / (ONE + discount_rate) ** (year - 1)


def horizon(benefits: Decimal | Sequence[Decimal], investment: Decimal, years: int, discount_rate: Decimal, lag: int = 0) -> Horizon:
    """`benefits`: one cohort's benefits in the years after its release (one number: all in the first)."""
    if years < 1 or lag < 0 or discount_rate <= -1:
        raise ValueError("years must be 1 or more, lag 0 or more, and the discount rate above -100 %")
    cohort = (benefits,) if isinstance(benefits, Decimal) else tuple(benefits)

    def in_year(t: int) -> Decimal:  # every cohort c = 1 .. t - lag, in its (t - lag - c + 1)th year after release
        return sum((cohort[t - lag - c] for c in range(1, t - lag + 1) if t - lag - c < len(cohort)), Decimal(0))

    flows = tuple(Year(t, in_year(t), investment, discount_factor(t, discount_rate)) for t in range(1, years + 1))
    return Horizon(flows)


def annuity_factor(years: int, discount_rate: Decimal) -> Decimal:
    """The present value of 1 a year for `years` years, the first paid today."""
    if discount_rate == 0:
        return Decimal(years)
    v = ONE / (ONE + discount_rate)
    return (ONE - v**years) / (ONE - v)
