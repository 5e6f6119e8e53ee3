"""One-at-a-time sensitivity: each price and each parameter from low to high, everything else fixed.

The result is a tornado: the effect of every input on the municipal and the societal net
result (benefits at the base recidivism rate minus the investment), largest first. A price with
a range goes from its low to its high end (every line that uses the item, the tables' own
prices included); a price without a range goes `spread` down and up from the price used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from ..record import record
from decimal import Decimal

from ..schema.persona import Persona
from ..schema.pricelist import Pricelist
from ..schema.scenario import Scenario
from .assumptions import ONE, Assumptions
from .perspectives import Perspective
from .persona import evaluate_persona
from .scenario import STUDY_VIEW, evaluate_scenario

PARAMETERS = ("recidivism", "baseline", "deadweight", "dropout", "participants")


@record
class Net:
    municipal: Decimal
    societal: Decimal


@record
class Swing:
    name: str
    kind: str  # "range" (a price from low to high), "spread" (a price times a factor), "rate", "count"
    low: Decimal  # the input's low and high: euros, a factor on the price, a rate, participants
    high: Decimal
    at_low: Net
    at_high: Net

    @property
    def municipal(self) -> Decimal:
        return abs(self.at_high.municipal - self.at_low.municipal)

    @property
    def societal(self) -> Decimal:
        return abs(self.at_high.societal - self.at_low.societal)


@record
class Tornado:
    base: Net
    rate: Decimal
    investment: Decimal
    swings: tuple[Swing, ...]


@record
class Case:
    """What one evaluation varies from the base."""

    assumptions: Assumptions
    rate: Decimal
    participants: int
    perspective: Perspective = STUDY_VIEW


def net_result(
    scenario: Scenario, personas: Mapping[str, Persona], pricelist: Pricelist, case: Case, investment: Decimal
) -> Net:
    results = {pid: evaluate_persona(personas[pid], pricelist, case.assumptions) for pid in scenario.mix}
    result = evaluate_scenario(
        scenario, results, participants=case.participants, rates=[case.rate], assumptions=case.assumptions, perspective=case.perspective
    )
    row = result.rows[0]
    return Net(row.municipal - investment, row.societal - investment)


def used_items(scenario: Scenario, personas: Mapping[str, Persona]) -> list[str]:
    """The price items the scenario's personas use, in the order they first appear."""
    seen: dict[str, None] = {}
    for pid in scenario.mix:
        for line in personas[pid].costs + personas[pid].benefits:
            if hasattr(line, "link"):  # costs are made anyway: they do not enter the net result
                seen.setdefault(line.item, None)
    return list(seen)


def tornado(
    scenario: Scenario,
    personas: Mapping[str, Persona],
    pricelist: Pricelist,
    base: Assumptions,
    rate: Decimal,
    investment: Decimal,
    ranges: Mapping[str, tuple[Decimal, Decimal]],
    spread: Decimal,
    perspective: Perspective = STUDY_VIEW,
    price_ranges: Mapping[str, tuple[Decimal, Decimal]] | None = None,
) -> Tornado:
    """`ranges`: low and high of each parameter (rates as fractions); `spread`: the share prices without a range vary;
    `price_ranges`: item -> the low and high unit price the sources give (these win over the list's own ranges).

    Net results are the perspective's: its budget (`municipal`) and its whole (`societal`) minus the investment.
    """
    start = Case(base, rate, scenario.participants, perspective)
    known = dict(price_ranges or {})
    swings = [_item_swing(item, scenario, personas, pricelist, start, investment, spread, known.get(item))
              for item in used_items(scenario, personas)]
    for name in PARAMETERS:
        if name in ranges:
            low, high = ranges[name]
            cases = [_parameter_case(start, name, value) for value in (low, high)]
            at_low, at_high = (net_result(scenario, personas, pricelist, case, investment) for case in cases)
            swings.append(Swing(name, "count" if name == "participants" else "rate", low, high, at_low, at_high))
    ordered = sorted(swings, key=lambda s: (-s.municipal, -s.societal, s.name))
    return Tornado(net_result(scenario, personas, pricelist, start, investment), rate, investment, tuple(ordered))


def _item_swing(item_id, scenario, personas, pricelist, start: Case, investment: Decimal, spread: Decimal, span=None) -> Swing:
    item = pricelist.by_id()[item_id]
    base = start.assumptions
    if span is not None or (item.is_range and item_id not in base.overrides):
        kind, ends = "range", span or (item.low, item.high)
        cases = [replace(start, assumptions=replace(base, overrides={**base.overrides, item_id: end})) for end in ends]
    else:  # every line's price (the tables' own included) times the same factor
        kind, ends = "spread", (ONE - spread, ONE + spread)
        cases = [replace(start, assumptions=replace(base, factors={**base.factors, item_id: f})) for f in ends]
    at_low, at_high = (net_result(scenario, personas, pricelist, case, investment) for case in cases)
    return Swing(item_id, kind, ends[0], ends[1], at_low, at_high)


def _parameter_case(start: Case, name: str, value: Decimal) -> Case:
    if name == "recidivism":
        return replace(start, rate=value)
    if name == "participants":
        return replace(start, participants=int(value))
    return replace(start, assumptions=replace(start.assumptions, **{name: value}))
