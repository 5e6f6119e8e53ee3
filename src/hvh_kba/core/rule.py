"""The one benefit rule, written once for every engine that needs it.

A persona's benefits come in two parts (the study's two groups): what the approach brings in any
case, and what a year without reoffending saves. At recidivism rate r:

    benefit = approach x (1 - deadweight) x (1 - drop-out)
            + recidivism x (1 - drop-out) x (R0 - r)

where R0 is the recidivism without Huis van Herstel (the null alternative; the study: 100 %),
deadweight the share of the approach's benefits that would have come anyway, and drop-out the share
of participants sent back to prison, who bring nothing. With the study's assumptions this is
`approach + recidivism x (1 - r)`.

The functions below use only + - and x, so the same code computes with Decimals (the core), with
NumPy arrays (the Monte Carlo, one value per draw) and with formula text (the workbook, where the
parameters are cells): one rule, three engines, and tests that prove they agree.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Generic, TypeVar

from ..record import record

N = TypeVar("N")  # a Decimal, a float, a NumPy array, or a formula
ONE = Decimal(1)


@record
class Weights(Generic[N]):
    """What the effects make of the two parts: benefit = approach x `approach` + recidivism x `kept` x (`baseline` - r)."""

    approach: N
    kept: N
    baseline: N

    def convert(self, to: Any) -> Weights:
        """The same weights as another engine's numbers (float for NumPy)."""
        return Weights(to(self.approach), to(self.kept), to(self.baseline))


def weights(baseline: N, deadweight: N, dropout: N, one: Any = ONE) -> Weights[N]:
    """The weights of the effects: the null alternative R0, deadweight and drop-out."""
    kept = one - dropout
    return Weights(kept * (one - deadweight), kept, baseline)


def approach_part(approach: N, w: Weights[N]) -> N:
    """What the approach brings at any recidivism: the municipal minimum, for municipal lines."""
    return approach * w.approach


def recidivism_part(recidivism: N, rate: N, w: Weights[N]) -> N:
    """What a rate r of reoffending leaves of the savings of a year without it."""
    return recidivism * w.kept * (w.baseline - rate)


def benefit(approach: N, recidivism: N, rate: N, w: Weights[N]) -> N:
    return approach_part(approach, w) + recidivism_part(recidivism, rate, w)


def max_rate(approach: Decimal, recidivism: Decimal, target: Decimal, w: Weights[Decimal]) -> tuple[Decimal | None, bool]:
    """The highest rate r in [0, 1] whose benefit reaches `target`, and whether any rate will do.

    The benefit is linear in r, so this is exact: r = R0 - (target - approach part) / (recidivism x kept).
    """
    if benefit(approach, recidivism, ONE, w) >= target:
        return ONE, True
    slope = recidivism * w.kept
    if benefit(approach, recidivism, Decimal(0), w) < target or slope <= 0:
        return None, False
    return w.baseline - (target - approach_part(approach, w)) / slope, False
