"""Scenario results: benefits at each recidivism rate, the municipal minimum, and break-even.

Every number here comes from the personas' coefficients (core/persona.py) through the one benefit
rule (core/rule.py): a population's parts are the personas' parts times their participants, and
the rule turns parts into benefits at a rate. The municipal minimum is the approach part of the
municipal account: what the municipalities save even if every participant reoffends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from ..record import record
from ..schema.scenario import Scenario
from . import rule
from .allocation import allocate
from .assumptions import ONE, STUDY, Assumptions
from .perspectives import PERSPECTIVES, Perspective, all_accounts
from .persona import MUNICIPAL, ZERO, Parts, PersonaResult, coefficients
from .rule import Weights

STUDY_VIEW = PERSPECTIVES["study"]


@record
class Split:
    """A population's benefits in one account: the rule's two parts and the weights of the effects."""

    parts: Parts
    weights: Weights[Decimal]

    def at(self, rate: Decimal) -> Decimal:
        return rule.benefit(self.parts.approach, self.parts.recidivism, rate, self.weights)

    @property
    def minimum(self) -> Decimal:
        """The approach part: the benefit that stays at any recidivism."""
        return rule.approach_part(self.parts.approach, self.weights)

    def max_rate(self, target: Decimal) -> tuple[Decimal | None, bool]:
        return rule.max_rate(self.parts.approach, self.parts.recidivism, target, self.weights)


def population(per_persona: Mapping[str, Mapping[str, Parts]], allocation: Mapping[str, int], name: str) -> Parts:
    """One account's parts for a population: each persona's parts times its participants."""
    total = Parts()
    for persona, count in allocation.items():
        total += per_persona[persona][name].times(count)
    return total


def average_population(per_persona: Mapping[str, Mapping[str, Parts]], mix: Mapping[str, Decimal], count: Decimal | int,
                       name: str) -> Parts:
    """One account's parts for `count` participants of the mix's average make-up (count x share of each persona):
    for participants whose personas nobody knows, so that the parts of a sum of groups are the sum of their parts."""
    total = Parts()
    for persona, share in mix.items():
        total += per_persona[persona][name].times(count * share)
    return total


def persona_coefficients(personas: Mapping[str, PersonaResult]) -> dict[str, dict[str, Parts]]:
    return {pid: coefficients(result) for pid, result in personas.items()}


@record
class Row:
    rate: Decimal
    societal: Decimal
    municipal: Decimal


@record
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


@record
class ScenarioResult:
    """A scenario under one perspective: `societal` is its whole, `municipal` the budget set against the
    investment (under `study`: the study's tables); `accounts` has every account, whatever the perspective."""

    scenario: Scenario
    participants: int
    mix: Mapping[str, Decimal]
    allocation: Mapping[str, int]
    societal: Split
    municipal: Split
    municipal_by_law: Mapping[str, Split]
    rows: tuple[Row, ...]
    investments: Mapping[str, Decimal]
    break_even: tuple[BreakEven, ...]
    accounts: Mapping[str, Split]
    perspective: Perspective = STUDY_VIEW

    @property
    def minimum(self) -> Decimal:
        return self.municipal.minimum

    @property
    def minimum_by_law(self) -> dict[str, Decimal]:
        return {law: split.minimum for law, split in self.municipal_by_law.items() if split.minimum}

    def minimum_share(self, law: str) -> Decimal:
        """A law's share of the municipal minimum, as a fraction."""
        return self.minimum_by_law.get(law, ZERO) / self.minimum if self.minimum else ZERO


def evaluate_scenario(
    scenario: Scenario,
    personas: Mapping[str, PersonaResult],
    *,
    participants: int | None = None,
    rates: Sequence[Decimal] | None = None,
    mix: Mapping[str, Decimal] | None = None,
    investments: Mapping[str, Decimal] | None = None,
    assumptions: Assumptions = STUDY,
    perspective: Perspective = STUDY_VIEW,
) -> ScenarioResult:
    """Evaluate a scenario; keyword arguments replace the scenario's own values for this run."""
    n = scenario.participants if participants is None else participants
    shares = dict(mix) if mix is not None else dict(scenario.mix)
    seats = allocate(n, shares)
    per_persona = persona_coefficients({pid: personas[pid] for pid in shares})
    weights = assumptions.weights
    accounts = {name: Split(population(per_persona, seats, name), weights) for name in all_accounts()}
    societal, municipal = accounts[perspective.whole], accounts[perspective.budget]
    by_law = {part.rsplit("/", 1)[1]: accounts[part] for part in perspective.parts}
    table_rates = list(rates) if rates is not None else list(scenario.recidivism_rates)
    rows = tuple(Row(r, societal.at(r), municipal.at(r)) for r in table_rates)
    levels = dict(investments) if investments is not None else scenario.investment.levels()
    occupancy = occupancies(per_persona, shares, scenario.capacity, weights, perspective.budget)
    breaks = tuple(break_even(level, amount, municipal, occupancy) for level, amount in levels.items())
    return ScenarioResult(scenario, n, shares, seats, societal, municipal, by_law, rows, levels, breaks, accounts, perspective)


def occupancies(
    per_persona: Mapping[str, Mapping[str, Parts]], mix: Mapping[str, Decimal], capacity: int, weights: Weights[Decimal],
    name: str = MUNICIPAL,
) -> list[Split]:
    """One account's benefits for every occupancy 0 .. capacity (whole participants at each)."""
    return [Split(population(per_persona, allocate(n, mix), name), weights) for n in range(capacity + 1)]


def min_participants(occupancy: Sequence[Split], investment: Decimal, rate: Decimal = ONE) -> int | None:
    """The smallest occupancy whose benefits at `rate` reach the investment (at 100 %: whose minimum does)."""
    return next((n for n, split in enumerate(occupancy) if split.at(rate) >= investment), None)


def break_even(level: str, investment: Decimal, municipal: Split, occupancy: Sequence[Split]) -> BreakEven:
    """Break-even against one investment; `occupancy` is the municipal split for 0 .. capacity participants."""
    rate, any_rate = municipal.max_rate(investment)
    needed = next((n for n, split in enumerate(occupancy) if split.minimum >= investment), None)
    return BreakEven(level, investment, rate, any_rate, needed, municipal.minimum)
