"""What changes between two price lists: the items, and what the change does to each scenario."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from ..record import record
from ..schema.persona import Persona
from ..schema.pricelist import PriceItem, Pricelist
from ..schema.scenario import Scenario
from .assumptions import STUDY, Assumptions
from .persona import evaluate_persona
from .scenario import evaluate_scenario


@record
class ItemChange:
    id: str
    before: PriceItem | None  # None: added in B
    after: PriceItem | None  # None: removed in B


@record
class Outcomes:
    minimum: Decimal  # municipal minimum
    municipal: Decimal  # municipal benefits at the reference rate
    societal: Decimal


@record
class ScenarioChange:
    scenario: Scenario
    rate: Decimal
    before: Outcomes
    after: Outcomes

    @property
    def delta(self) -> Outcomes:
        """B minus A."""
        a, b = self.before, self.after
        return Outcomes(b.minimum - a.minimum, b.municipal - a.municipal, b.societal - a.societal)


def _price_fields(item: PriceItem) -> tuple:
    return (item.amount, item.low, item.high, item.unit, item.price_year)


def item_changes(a: Pricelist, b: Pricelist) -> list[ItemChange]:
    """Items whose price, range, unit or price year differ, and items only in one of the lists."""
    before, after = a.by_id(), b.by_id()
    changes = [ItemChange(i, before[i], after.get(i)) for i in before if i not in after or _price_fields(before[i]) != _price_fields(after[i])]
    changes += [ItemChange(i, None, after[i]) for i in after if i not in before]
    return changes


def outcomes(scenario: Scenario, personas: Mapping[str, Persona], pricelist: Pricelist, rate: Decimal, assumptions: Assumptions) -> Outcomes:
    results = {pid: evaluate_persona(personas[pid], pricelist, assumptions) for pid in scenario.mix}
    result = evaluate_scenario(scenario, results, rates=[rate], assumptions=assumptions)
    return Outcomes(result.minimum, result.rows[0].municipal, result.rows[0].societal)


def scenario_changes(
    scenarios: Mapping[str, Scenario],
    personas: Mapping[str, Persona],
    a: Pricelist,
    b: Pricelist,
    rates: Mapping[str, Decimal],
    assumptions: Assumptions = STUDY,
) -> list[ScenarioChange]:
    ordered = sorted(scenarios.values(), key=lambda s: s.participants)
    return [
        ScenarioChange(s, rates[s.id], outcomes(s, personas, a, rates[s.id], assumptions), outcomes(s, personas, b, rates[s.id], assumptions))
        for s in ordered
    ]
