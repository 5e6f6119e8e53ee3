"""Price a persona's lines and total them per perspective, law and link.

Every benefit line counts in one or more *accounts* (core/perspectives.py): the study's tables,
the guideline's welfare balance, and the budget of whoever saves. `coefficients` gives per account
the two parts the benefit rule (core/rule.py) works on: what the approach brings and what a year
without reoffending saves. Every engine (Decimal, NumPy, the workbook) starts from these.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from ..record import record
from ..schema.persona import LAWS, Line, Persona
from ..schema.pricelist import PriceItem, Pricelist
from .assumptions import ONE, STUDY, Assumptions
from .perspectives import all_accounts, line_accounts

ZERO = Decimal(0)


@record
class PricedLine:
    line: Line
    item: PriceItem
    unit_price: Decimal
    units: Decimal
    amount: Decimal
    overridden: bool = False  # the run set this item's price (--set)

    @property
    def deviates(self) -> bool:
        """The table uses another unit price than the price list (and the run did not replace it)."""
        return self.line.unit_price is not None and not self.overridden

    @property
    def link(self) -> str | None:
        return getattr(self.line, "link", None)

    @property
    def law(self) -> str | None:
        return self.line.municipal.law if self.line.municipal else None

    @property
    def payer(self) -> str:
        return self.line.payer or self.item.payer

    @property
    def transfer(self) -> bool:
        return self.item.transfer if self.line.transfer is None else self.line.transfer


def list_price(item: PriceItem, assumptions: Assumptions, year: int) -> Decimal:
    """The price list's price in this run: an override wins; then the factor, and the index for a list price.

    An override is a price of the run's price year; the list's prices are of the item's year.
    """
    factor = assumptions.factors.get(item.id, ONE)
    if item.id in assumptions.overrides:
        return assumptions.overrides[item.id] * factor
    return item.price(assumptions.prices) * factor * assumptions.indexation(year)


def unit_price(line: Line, item: PriceItem, assumptions: Assumptions, year: int) -> Decimal:
    """The table's own price where it has one (unless overridden), else the price list's."""
    if line.unit_price is not None and line.item not in assumptions.overrides:
        return line.unit_price * assumptions.factors.get(line.item, ONE) * assumptions.indexation(year)
    return list_price(item, assumptions, year)


def price_line(line: Line, pricelist: Pricelist, items: Mapping[str, PriceItem], assumptions: Assumptions) -> PricedLine:
    item = items[line.item]
    price = unit_price(line, item, assumptions, pricelist.year_of(item))
    return PricedLine(line, item, price, line.units, price * line.units, line.item in assumptions.overrides)


@record
class PersonaResult:
    persona: Persona
    costs: tuple[PricedLine, ...]
    benefits: tuple[PricedLine, ...]
    transfers: str = "count"  # the run's choice for transfers the approach does not cause

    def lines(self, section: str) -> tuple[PricedLine, ...]:
        return self.costs if section == "costs" else self.benefits

    def line(self, line_id: str) -> PricedLine:
        for priced in self.costs + self.benefits:
            if priced.line.id == line_id:
                return priced
        raise KeyError(line_id)

    def select(self, section: str, perspective: str, law: str | None = None, link: str | None = None) -> list[PricedLine]:
        """The lines of one of the persona's tables: societal, or municipal (optionally one law)."""
        name = account(perspective, law)
        return [p for p in self.lines(section) if name in dict(accounts(p, self.transfers)) and (link is None or p.link == link)]

    def total(self, section: str, perspective: str, law: str | None = None, link: str | None = None) -> Decimal:
        """The lines' sum in one account, each with its sign there (a transfer its receiver loses counts minus)."""
        name = account(perspective, law)
        return sum((p.amount * dict(accounts(p, self.transfers))[name] for p in self.select(section, perspective, law, link)), ZERO)

    def laws(self, section: str) -> list[str]:
        """The laws of the persona's municipal table, in the canonical order (Wmo, Participatiewet, Wlz, Overig)."""
        present = {p.law for p in self.lines(section) if p.law}
        return [law for law in LAWS if law in present]


SOCIETAL, MUNICIPAL = "societal", "municipal"


def accounts(priced: PricedLine, transfers: str = "count") -> tuple[tuple[str, int], ...]:
    """The accounts a priced line counts in, with their signs (core/perspectives.py decides)."""
    line = priced.line
    return line_accounts(line.societal, priced.law, priced.payer, priced.transfer, line.caused, transfers)


def account(perspective: str, law: str | None = None) -> str:
    return f"{perspective}/{law}" if law else perspective


@record
class Parts:
    """An account's benefits in the rule's two parts, before the effects (deadweight, drop-out, R0)."""

    approach: Decimal = ZERO
    recidivism: Decimal = ZERO

    def __add__(self, other: Parts) -> Parts:
        return Parts(self.approach + other.approach, self.recidivism + other.recidivism)

    def times(self, count: int | Decimal) -> Parts:
        return Parts(self.approach * count, self.recidivism * count)

    def __neg__(self) -> Parts:
        return Parts(-self.approach, -self.recidivism)


def line_parts(priced: PricedLine) -> Parts:
    return Parts(priced.amount, ZERO) if priced.link == "approach" else Parts(ZERO, priced.amount)


def coefficients(result: PersonaResult, names: Iterable[str] | None = None) -> dict[str, Parts]:
    """Account -> the persona's benefits in the rule's two parts (every account present, empty or not; with `names`,
    those accounts only: the sensitivity needs a perspective's two)."""
    out = dict.fromkeys(all_accounts() if names is None else names, Parts())
    for priced in result.benefits:
        parts = line_parts(priced)
        for name, sign in accounts(priced, result.transfers):
            if name in out:
                out[name] += parts if sign > 0 else -parts
    return out


def evaluate_persona(persona: Persona, pricelist: Pricelist, assumptions: Assumptions = STUDY, *,
                     items: Mapping[str, PriceItem] | None = None, costs: bool = True) -> PersonaResult:
    """Every line priced; `items` (the price list by id) when the caller has it already, `costs=False` when only the
    benefits matter (a net result: the costs are made anyway)."""
    items = pricelist.by_id() if items is None else items
    return PersonaResult(
        persona,
        tuple(price_line(line, pricelist, items, assumptions) for line in persona.costs) if costs else (),
        tuple(price_line(line, pricelist, items, assumptions) for line in persona.benefits),
        assumptions.transfers,
    )
