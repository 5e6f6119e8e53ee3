"""Scenario results: benefits at each recidivism rate, the municipal minimum, and break-even.

The one rule (for every scenario, persona and perspective): at recidivism rate r a
benefit line linked to recidivism counts `amount x (R0 - r)`, a line linked to the
approach counts `amount`, where R0 is the recidivism without Huis van Herstel (the study:
100 %, so `amount x (1 - r)`). Deadweight takes a share off the approach lines, drop-out a
share off all lines. The municipal minimum is what the approach lines bring: the municipal
benefit at r = 100 % under the study's assumptions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..schema.persona import LAWS
from ..schema.scenario import Scenario
from .allocation import allocate
from .assumptions import ONE, STUDY, Assumptions
from .persona import ZERO, PersonaResult, PricedLine


@dataclass(frozen=True)
class Split:
    """Benefits that the approach brings in any case, and those that fall away with recidivism."""

    approach: Decimal = ZERO
    recidivism: Decimal = ZERO  # what a year without recidivism saves, against a null alternative of 100 %
    baseline: Decimal = ONE  # recidivism without Huis van Herstel (R0)

    def at(self, rate: Decimal) -> Decimal:
        return self.approach + self.recidivism * (self.baseline - rate)

    def __add__(self, other: Split) -> Split:
        return Split(self.approach + other.approach, self.recidivism + other.recidivism, self.baseline)

    def times(self, count: int | Decimal) -> Split:
        return Split(self.approach * count, self.recidivism * count, self.baseline)


def line_split(priced: PricedLine, assumptions: Assumptions = STUDY) -> Split:
    """One benefit line under the rule: what it brings in any case, and what recidivism takes away."""
    kept = ONE - assumptions.dropout  # participants sent back bring nothing
    if priced.link == "approach":
        return Split(priced.amount * (ONE - assumptions.deadweight) * kept, ZERO, assumptions.baseline)
    return Split(ZERO, priced.amount * kept, assumptions.baseline)


def persona_split(result: PersonaResult, perspective: str, law: str | None = None, assumptions: Assumptions = STUDY) -> Split:
    total = Split(baseline=assumptions.baseline)
    for priced in result.select("benefits", perspective, law):
        total += line_split(priced, assumptions)
    return total


def population_split(
    personas: Mapping[str, PersonaResult],
    allocation: Mapping[str, int],
    perspective: str,
    law: str | None = None,
    assumptions: Assumptions = STUDY,
) -> Split:
    return combine(_splits(personas, perspective, law, assumptions), allocation, assumptions.baseline)


def combine(splits: Mapping[str, Split], allocation: Mapping[str, int], baseline: Decimal = ONE) -> Split:
    """The population's split: each persona's split times its participants."""
    total = Split(baseline=baseline)
    for name, count in allocation.items():
        total += splits[name].times(count)
    return total


def _splits(
    personas: Mapping[str, PersonaResult], perspective: str, law: str | None = None, assumptions: Assumptions = STUDY
) -> dict[str, Split]:
    return {name: persona_split(result, perspective, law, assumptions) for name, result in personas.items()}


@dataclass(frozen=True)
class Row:
    rate: Decimal
    societal: Decimal
    municipal: Decimal


@dataclass(frozen=True)
class BreakEven:
    level: str
    investment: Decimal
    max_recidivism: Decimal | None  # highest rate at which municipal benefits reach the investment
    at_any_recidivism: bool  # the municipal minimum alone reaches it
    min_participants: int | None  # smallest occupancy whose municipal minimum reaches it
    minimum: Decimal  # the scenario's municipal minimum

    @property
    def ratio(self) -> Decimal | None:
        """Municipal minimum / investment."""
        return self.minimum / self.investment if self.investment else None

    @property
    def surplus(self) -> Decimal:
        """Municipal minimum minus investment: negative is a shortfall."""
        return self.minimum - self.investment


@dataclass(frozen=True)
class ScenarioResult:
    scenario: Scenario
    participants: int
    mix: dict[str, Decimal]
    allocation: dict[str, int]
    societal: Split
    municipal: Split
    municipal_by_law: dict[str, Split]
    rows: tuple[Row, ...]
    investments: dict[str, Decimal]
    break_even: tuple[BreakEven, ...]

    @property
    def minimum(self) -> Decimal:
        return self.municipal.approach

    @property
    def minimum_by_law(self) -> dict[str, Decimal]:
        return {law: split.approach for law, split in self.municipal_by_law.items() if split.approach}

    def minimum_share(self, law: str) -> Decimal:
        """A law's share of the municipal minimum, in percent."""
        return self.minimum_by_law.get(law, ZERO) / self.minimum * 100 if self.minimum else ZERO


def evaluate_scenario(
    scenario: Scenario,
    personas: Mapping[str, PersonaResult],
    *,
    participants: int | None = None,
    rates: Sequence[Decimal] | None = None,
    mix: Mapping[str, Decimal] | None = None,
    investments: Mapping[str, Decimal] | None = None,
    assumptions: Assumptions = STUDY,
) -> ScenarioResult:
    """Evaluate a scenario; keyword arguments replace the scenario's own values for this run."""
    n = scenario.participants if participants is None else participants
    shares = dict(mix) if mix is not None else scenario.mix_fractions()
    seats = allocate(n, shares)
    societal = population_split(personas, seats, "societal", assumptions=assumptions)
    municipal = population_split(personas, seats, "municipal", assumptions=assumptions)
    by_law = {law: population_split(personas, seats, "municipal", law, assumptions) for law in LAWS}
    table_rates = list(rates) if rates is not None else scenario.rates()
    rows = tuple(Row(r, societal.at(r), municipal.at(r)) for r in table_rates)
    levels = dict(investments) if investments is not None else scenario.investment.levels()
    occupancy = _occupancies(personas, shares, scenario.capacity, assumptions)
    breaks = tuple(break_even(level, amount, municipal, occupancy) for level, amount in levels.items())
    return ScenarioResult(scenario, n, shares, seats, societal, municipal, by_law, rows, levels, breaks)


def max_recidivism(municipal: Split, investment: Decimal) -> tuple[Decimal | None, bool]:
    """The highest rate r in [0, 1] with municipal.at(r) >= investment, and whether any rate will do."""
    if municipal.at(ONE) >= investment:
        return ONE, True
    if municipal.at(ZERO) < investment or municipal.recidivism == 0:
        return None, False
    return municipal.baseline - (investment - municipal.approach) / municipal.recidivism, False


def _occupancies(
    personas: Mapping[str, PersonaResult], mix: Mapping[str, Decimal], capacity: int, assumptions: Assumptions = STUDY
) -> list[Split]:
    """Municipal benefits for every occupancy 0 .. capacity."""
    splits = _splits(personas, "municipal", assumptions=assumptions)
    return [combine(splits, allocate(n, mix), assumptions.baseline) for n in range(capacity + 1)]


def min_participants(
    personas: Mapping[str, PersonaResult],
    mix: Mapping[str, Decimal],
    capacity: int,
    investment: Decimal,
    rate: Decimal = ONE,
    assumptions: Assumptions = STUDY,
) -> int | None:
    """The smallest occupancy (0 .. capacity) whose municipal benefits at `rate` reach the investment.

    At the default rate of 100 % that is the occupancy whose municipal minimum pays back.
    """
    for n, split in enumerate(_occupancies(personas, mix, capacity, assumptions)):
        if split.at(rate) >= investment:
            return n
    return None


def occupancy_curves(
    personas: Mapping[str, PersonaResult],
    mix: Mapping[str, Decimal],
    capacity: int,
    rates: Sequence[Decimal],
    assumptions: Assumptions = STUDY,
) -> dict[Decimal, list[Decimal]]:
    """Municipal benefits for occupancy 0 .. capacity, one curve per recidivism rate."""
    occupancy = _occupancies(personas, mix, capacity, assumptions)
    return {rate: [split.at(rate) for split in occupancy] for rate in rates}


def net_grid(
    personas: Mapping[str, PersonaResult],
    mix: Mapping[str, Decimal],
    capacity: int,
    rates: Sequence[Decimal],
    investment: Decimal,
    assumptions: Assumptions = STUDY,
) -> list[list[Decimal]]:
    """Municipal benefits minus the investment, for occupancy 0 .. capacity (rows) by rate (columns)."""
    occupancy = _occupancies(personas, mix, capacity, assumptions)
    return [[split.at(rate) - investment for rate in rates] for split in occupancy]


def break_even(level: str, investment: Decimal, municipal: Split, occupancy: list[Split]) -> BreakEven:
    """Break-even against one investment; `occupancy` is the municipal split for 0 .. capacity participants."""
    rate, any_rate = max_recidivism(municipal, investment)
    needed = next((n for n, split in enumerate(occupancy) if split.approach >= investment), None)
    return BreakEven(level, investment, rate, any_rate, needed, municipal.approach)
