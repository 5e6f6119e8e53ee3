"""Recidivism over the years: when the reoffending that Huis van Herstel avoids would have happened.

The study counts a reoffence once, in the year after release, and assumes that without Huis van
Herstel every participant reoffends: a curve that is at 100 % after one year. The sources quote
national curves instead (47 % reconvicted within two years, over 70 % within six).

A cohort is the participants who leave in one year. Without Huis van Herstel a share C0(t) of them
has reoffended by the end of year t after release; with it C1(t), either (1 - effect) x C0(t), a
relative reduction, or a curve of its own. The reoffending avoided in year t is the difference of
the curves' increments, (C0(t) - C0(t-1)) - (C1(t) - C1(t-1)); each avoided reoffence saves the
persona's recidivism-linked lines once (the detention days, offences, police and remand of tables
5, 9 and 13). The arithmetic is the one benefit rule's (core/rule.py): in year t the null
alternative R0 is C0's increment and the rate is C1's. The approach's own benefits come in the
first year, as the study counts them. With the study's curve (C0 = R0 in year one, C1 = r) a cohort's
benefits are exactly the study's.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from . import rule
from ..record import record
from .horizon import discount_factor
from .rule import Weights

ZERO, ONE = Decimal(0), Decimal(1)


def cumulative(points: Sequence[tuple[int, Decimal]], years: int, interpolation: str) -> tuple[Decimal, ...]:
    """A curve at the end of years 1 .. `years`: through (0, 0 %) and the points, flat after the last point.

    constant-hazard: between two points the share not yet reoffended, S = 1 - C, falls by one factor a
    year, S(t) = S(a) x (S(b) / S(a)) ^ ((t - a) / (b - a)); linear: C rises evenly between them.
    """
    known = [(0, ZERO), *points]
    out = []
    for t in range(1, years + 1):
        after = next((i for i, (year, _) in enumerate(known) if year >= t), None)
        if after is None:
            out.append(known[-1][1])  # flat after the last point
            continue
        (a, ca), (b, cb) = known[after - 1], known[after]
        if b == t:
            out.append(cb)
        elif interpolation == "linear":
            out.append(ca + (cb - ca) * Decimal(t - a) / Decimal(b - a))
        else:
            sa, sb = ONE - ca, ONE - cb
            out.append(ONE - (sa * (sb / sa) ** (Decimal(t - a) / Decimal(b - a)) if sb > 0 else ZERO))
    return tuple(out)


def increments(curve: Sequence[Decimal]) -> tuple[Decimal, ...]:
    """The share that first reoffends in each year: the cumulative curve's yearly steps."""
    return tuple(c - before for before, c in zip((ZERO, *curve), curve))


@record
class TimePath:
    """The cumulative curves without and with Huis van Herstel, years 1 .. K after release."""

    null: tuple[Decimal, ...]
    hvh: tuple[Decimal, ...]

    @property
    def years(self) -> int:
        return len(self.null)

    @property
    def avoided(self) -> tuple[Decimal, ...]:
        """The share of a cohort whose reoffending Huis van Herstel avoids, per year."""
        return tuple(d0 - d1 for d0, d1 in zip(increments(self.null), increments(self.hvh)))


def study_path(baseline: Decimal, rate: Decimal) -> TimePath:
    """The study's reading: everyone without Huis van Herstel (R0) and a share r with it reoffend in year one."""
    return TimePath((baseline,), (rate,))


def relative(null: Sequence[Decimal], effect: Decimal) -> TimePath:
    """Huis van Herstel's curve as the null curve lowered by a share `effect` in every year."""
    return TimePath(tuple(null), tuple(c * (ONE - effect) for c in null))


def cohort(approach: Decimal, recidivism: Decimal, weights: Weights[Decimal], path: TimePath) -> tuple[Decimal, ...]:
    """One cohort's benefits in the years after release, from its two parts (core/persona.py's Parts)."""
    out = []
    for k, (d0, d1) in enumerate(zip(increments(path.null), increments(path.hvh))):
        yearly = rule.recidivism_part(recidivism, d1, Weights(weights.approach, weights.kept, d0))
        out.append(rule.approach_part(approach, weights) + yearly if k == 0 else yearly)
    return tuple(out)


def present_value(flows: Sequence[Decimal], discount_rate: Decimal) -> Decimal:
    """Flows of years 1 .. n, discounted as the horizon discounts them: year one is today."""
    return sum((flow * discount_factor(t, discount_rate) for t, flow in enumerate(flows, start=1)), ZERO)


def break_even_effect(at_none: Decimal, at_full: Decimal, investment: Decimal) -> tuple[Decimal | None, bool]:
    """The smallest relative effect whose present value reaches `investment`, and whether none is needed.

    The present value is linear in the effect, so from its values at no effect and at a full one
    (no reoffending at all) the effect is exact: e = (I - PV(0)) / (PV(1) - PV(0)). None: not even a full effect does it.
    """
    if at_none >= investment:
        return ZERO, True
    if at_full < investment or at_full <= at_none:
        return None, False
    return (investment - at_none) / (at_full - at_none), False
