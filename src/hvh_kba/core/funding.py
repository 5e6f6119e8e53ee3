"""Who pays and who saves: the municipalities' contributions under a funding scenario, and where
the municipal savings of a scenario land, per municipality and per budget.

Contributions: each part of a funding scenario (an amount from a budget) is divided over the
municipalities by its key. Keys are shares that sum to 1 (derived from a published table, see
the data file). Savings: every line of the personas' municipal tables lands in a budget (a
regional BW/MO budget for shelter and sheltered housing, else the law of the table in the
participant's own municipality), and is divided over the municipalities by a benefit key: where
the participants come from.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from ..record import record
from ..schema.municipality import Funding, Key, Part, Twente
from . import rule
from .arith import evaluate
from .assumptions import STUDY, Assumptions
from .perspectives import PAYERS, Perspective
from .persona import ZERO, PersonaResult, PricedLine, accounts, line_parts
from .scenario import STUDY_VIEW

# the guideline's municipal budget lines as the laws of the municipal tables (and of the savings' destinations)
MUNICIPAL_LAWS = {"Wmo": "Wmo", "Participatiewet": "Participatiewet", "other": "Overig"}

REGIONAL = "bw-mo"  # a savings destination that means: the BW/MO budget of the participant's region


def part_amount(part: Part) -> Decimal:
    return part.amount if isinstance(part.amount, Decimal) else evaluate(part.amount)


def funding_of(twente: Twente, funding_id: str) -> Funding:
    return next(f for f in twente.funding if f.id == funding_id)


def key_weights(twente: Twente, key: Key) -> dict[str, Decimal]:
    """A key's weights: the published amounts of its source table (one region's, if named)."""
    table = funding_of(twente, key.derived_from.funding).published or {}
    regions = {m.id: m.region for m in twente.municipalities}
    return {m: p.amount for m, p in table.items() if key.derived_from.region in (None, regions[m])}


def divide(amount: Decimal, weights: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """`amount` in proportion to `weights` (multiplied before divided, so whole shares stay whole)."""
    total_weight = sum(weights.values(), ZERO)
    return {name: amount * weight / total_weight for name, weight in weights.items()}


def inhabitants(twente: Twente) -> dict[str, Decimal]:
    """The weights of the key by inhabitants: where participants come from, unless a file says otherwise."""
    return key_weights(twente, next(key for key in twente.keys if key.id == "inhabitants"))


def key_shares(twente: Twente, key: Key) -> dict[str, Decimal]:
    """A key's shares, summing to 1."""
    return divide(Decimal(1), key_weights(twente, key))


def contributions(twente: Twente, funding_id: str) -> dict[str, dict[str, Decimal]]:
    """Municipality -> budget -> what it pays under the funding scenario."""
    weights = {key.id: key_weights(twente, key) for key in twente.keys}
    out: dict[str, dict[str, Decimal]] = {m.id: {} for m in twente.municipalities}
    for part in funding_of(twente, funding_id).parts:
        for municipality, amount in divide(part_amount(part), weights[part.key]).items():
            paid = out[municipality]
            paid[part.budget] = paid.get(part.budget, ZERO) + amount
    return out


def total(twente: Twente, funding_id: str) -> Decimal:
    return sum((part_amount(p) for p in funding_of(twente, funding_id).parts), ZERO)


def participants_key(counts: Mapping[str, int | Decimal]) -> dict[str, Decimal]:
    """Benefit weights from participants (or shares) per municipality."""
    return {m: Decimal(c) for m, c in counts.items()}


def municipal_lines(result: PersonaResult, perspective: Perspective) -> list[tuple[PricedLine, str]]:
    """The lines the municipalities save on, each with its law: the study's municipal tables, or (the
    guideline) the lines whose payer is a municipal budget, their law that budget line."""
    if perspective.is_study:
        return [(priced, priced.law) for priced in result.select("benefits", "municipal")]
    out = []
    for priced in result.benefits:
        if perspective.budget in dict(accounts(priced, result.transfers)):
            out.append((priced, MUNICIPAL_LAWS[PAYERS[priced.payer][1]]))
    return out


def savings_by_destination(
    personas: Mapping[str, PersonaResult],
    allocation: Mapping[str, int],
    twente: Twente,
    rate: Decimal,
    assumptions: Assumptions = STUDY,
    perspective: Perspective = STUDY_VIEW,
) -> dict[str, dict[str, Decimal]]:
    """Destination (a budget id, or 'bw-mo') -> law -> the scenario's municipal savings at `rate`."""
    out: dict[str, dict[str, Decimal]] = {}
    weights = assumptions.weights
    for pid, count in allocation.items():
        for priced, law in municipal_lines(personas[pid], perspective):
            destination = twente.savings.items.get(priced.line.item) or twente.savings.laws[law]
            parts = line_parts(priced)
            value = rule.benefit(parts.approach, parts.recidivism, rate, weights) * count
            if not value:
                continue  # a line that brings nothing at this rate (recidivism lines at 100 %)
            by_law = out.setdefault(destination, {})
            by_law[law] = by_law.get(law, ZERO) + value
    return out


@record
class Position:
    municipality: str
    region: str
    pays: dict[str, Decimal]  # budget -> contribution
    saves: dict[str, Decimal]  # budget -> savings that land in it on behalf of this municipality
    saves_by_law: dict[str, Decimal]
    published: Decimal | None  # the contribution the report publishes

    @property
    def paid(self) -> Decimal:
        return sum(self.pays.values(), ZERO)

    @property
    def saved(self) -> Decimal:
        return sum(self.saves.values(), ZERO)

    @property
    def net(self) -> Decimal:
        return self.saved - self.paid


@record
class BudgetFlow:
    budget: str
    paid: Decimal
    saved: Decimal

    @property
    def net(self) -> Decimal:
        return self.saved - self.paid


def positions(
    twente: Twente, funding_id: str, savings: Mapping[str, Mapping[str, Decimal]], benefit_weights: Mapping[str, Decimal]
) -> list[Position]:
    """Each municipality's contribution and its share of the savings (by the weights), by budget and by law."""
    paid = contributions(twente, funding_id)
    regions = {r.id: r for r in twente.regions}
    published = funding_of(twente, funding_id).published or {}
    weights = {m.id: benefit_weights.get(m.id, ZERO) for m in twente.municipalities}
    shares = {(destination, law): divide(amount, weights) for destination, laws in savings.items() for law, amount in laws.items()}
    out = []
    for m in twente.municipalities:
        saves: dict[str, Decimal] = {}
        by_law: dict[str, Decimal] = {}
        for (destination, law), divided in shares.items():
            budget = regions[m.region].budget if destination == REGIONAL else destination
            saves[budget] = saves.get(budget, ZERO) + divided[m.id]
            by_law[law] = by_law.get(law, ZERO) + divided[m.id]
        record = published.get(m.id)
        out.append(Position(m.id, m.region, paid[m.id], saves, by_law, record.amount if record else None))
    return out


def settle(
    twente: Twente,
    funding_id: str,
    personas: Mapping[str, PersonaResult],
    allocation: Mapping[str, int],
    rate: Decimal,
    weights: Mapping[str, Decimal],
    assumptions: Assumptions = STUDY,
    perspective: Perspective = STUDY_VIEW,
) -> list[Position]:
    """A scenario's municipal savings at `rate`, divided by `weights`, against a funding scenario."""
    savings = savings_by_destination(personas, allocation, twente, rate, assumptions, perspective)
    return positions(twente, funding_id, savings, weights)


def budget_flows(twente: Twente, all_positions: list[Position]) -> list[BudgetFlow]:
    """Per budget: what it pays under the funding scenario and what savings land in it."""
    flows = []
    for budget in twente.budgets:
        paid = sum((p.pays.get(budget.id, ZERO) for p in all_positions), ZERO)
        saved = sum((p.saves.get(budget.id, ZERO) for p in all_positions), ZERO)
        flows.append(BudgetFlow(budget.id, paid, saved))
    return flows
