"""Whole participants per persona, by the largest-remainder (Hamilton) method."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal


def allocate(participants: int, mix: Mapping[str, Decimal]) -> dict[str, int]:
    """Split `participants` over the personas by `mix` (fractions that sum to 1).

    Each persona first gets the whole part of its quota; the seats left go to the
    largest remainders (ties: the larger share, then the order of the mix).
    This reproduces the study's 5/2/7, 7/3/10 and 10/4/15.
    """
    if participants < 0:
        raise ValueError("participants must be 0 or more")
    quotas = {name: participants * share for name, share in mix.items()}
    seats = {name: int(quota) for name, quota in quotas.items()}
    order = list(mix)
    left = participants - sum(seats.values())
    ranked = sorted(order, key=lambda n: (-(quotas[n] - seats[n]), -mix[n], order.index(n)))
    for name in ranked[:left]:
        seats[name] += 1
    return seats
