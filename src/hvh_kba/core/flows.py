"""Places filled and persons served: what the study's 'participants' are, and what observed flows imply.

The study reads a place filled as a participant a year: 20 places filled is 20 persons whose
year of benefits it counts (the municipalities' KPI "20 plaatsen zijn gevuld met HvH deelnemers",
section 3.4.4). But a place holds a person for the length of his stay, up to 18 months, and
some are sent back to prison. Little's law connects the four: persons leaving a year = places
filled x 12 / the average stay in months, and of those a share `dropout` is sent back. With a
stay of 12 months and no drop-out, persons are places: the study's reading.

From observed periods (entries, releases, returns, occupancy) the same law gives the average
stay: occupancy x days / persons who left.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from ..record import record
from ..schema.flows import Period

ZERO, ONE = Decimal(0), Decimal(1)
MONTHS = Decimal(12)
YEAR_DAYS = Decimal(365)


@record
class Occupancy:
    """The study's 'participants' as flows: places filled on an average day, the average stay, the share sent back."""

    places: Decimal
    stay_months: Decimal
    dropout: Decimal

    @property
    def leaving(self) -> Decimal:
        """Persons leaving a year, released or sent back (Little's law)."""
        return self.places * MONTHS / self.stay_months

    @property
    def released(self) -> Decimal:
        return self.leaving * (ONE - self.dropout)

    @property
    def persons(self) -> int:
        """Whole persons, as the study counts participants (half up)."""
        return whole(self.leaving)


def whole(value: Decimal) -> int:
    return int(value.quantize(ONE, rounding=ROUND_HALF_UP))


@record
class Observed:
    """What one period's counts imply (None where the counts needed are not given)."""

    period: str
    days: int
    entered: int | None
    released: int | None
    sent_back: int | None
    left: int | None  # released + sent back
    dropout: Decimal | None  # sent back / left
    occupancy: Decimal | None  # Huis van Herstel participants on an average day
    stay_months: Decimal | None  # occupancy x days / left, in months

    def per_year(self, count: int | None) -> Decimal | None:
        return None if count is None else Decimal(count) * YEAR_DAYS / self.days

    @property
    def leaving_per_year(self) -> Decimal | None:
        return self.per_year(self.left)


def occupancy_of(period: Period) -> Decimal | None:
    """The average occupancy: as reported, from participant days, or the mean of the first and the last day."""
    if period.occupied_average is not None:
        return period.occupied_average
    if period.participant_days is not None:
        return Decimal(period.participant_days) / period.days
    if period.occupied_start is not None and period.occupied_end is not None:
        return Decimal(period.occupied_start + period.occupied_end) / 2
    return None


def observe(period: Period) -> Observed:
    released, back = period.releases, period.sent_back
    left = released + back if released is not None and back is not None else None
    dropout = Decimal(back) / left if left else None
    occupancy = occupancy_of(period)
    stay = occupancy * period.days * MONTHS / (left * YEAR_DAYS) if occupancy is not None and left else None
    return Observed(period.id, period.days, period.entered, released, back, left, dropout, occupancy, stay)


def pooled(periods: Sequence[Period]) -> Observed:
    """All periods together: each count summed over the periods that give it; the drop-out over those that give both
    releases and returns; the stay over those that also give an occupancy (their participant days over their leavers).
    The occupancy itself is not pooled: the periods' lengths differ."""

    def total(counts: list[int | None]) -> int | None:
        known = [c for c in counts if c is not None]
        return sum(known) if known else None

    observed = [observe(p) for p in periods]
    with_left = [o for o in observed if o.left is not None]
    left = total([o.left for o in with_left])
    back = total([o.sent_back for o in with_left])
    timed = [o for o in with_left if o.occupancy is not None]
    stay = (sum((o.occupancy * o.days for o in timed), ZERO) * MONTHS / (sum(o.left for o in timed) * YEAR_DAYS)
            if timed and sum(o.left for o in timed) else None)
    return Observed(
        "total", sum(p.days for p in periods), total([o.entered for o in observed]), total([o.released for o in observed]),
        total([o.sent_back for o in observed]), left, Decimal(back) / left if left else None, None, stay,
    )
