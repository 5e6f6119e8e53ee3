"""One-at-a-time sensitivity: each price and each parameter from low to high, everything else fixed.

The result is a tornado: the effect of every input on the municipal and the societal net
result (benefits at the base recidivism rate minus the investment), largest first. A price with
a range goes from its low to its high end (every line that uses the item, the tables' own
prices included); a price without a range goes `spread` down and up from the price used.

The personas are priced once (their benefit lines, by core/persona.py's `evaluate_persona`; the
costs do not enter a net result), and summed into the perspective's two accounts by `coefficients`
(core/persona.py, asked for those two accounts only). The net result is
linear in every price: a line's amount is a unit price times units, an account's parts are its
lines' amounts with their signs, a population's parts are the personas' times their participants.
So a price's swing is the base plus what its own lines change: at either end only the item's lines
are priced again (`price_line`), and each line's change of amount goes into the base population's
parts with the line's sign, part and participants, exactly, rounding once at the net result. Every
price together is one pass over the benefit lines, where re-pricing every line for every price
was items x lines. Wherever the re-pricing computes exactly the two give the same Decimals; where an
input has 28 digits (a range's end such as 12000 / 365, indexed prices) the re-pricing rounds each
partial sum and this rounds once, so they may part in the last digit. The parameters (recidivism,
the null alternative, deadweight, drop-out, participants) do not act on the prices: each of their
ends evaluates the population again from the personas' parts, as `evaluate_scenario` does
(core/scenario.py's `population` and `Split`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, getcontext, localcontext
from typing import NamedTuple

from ..record import record
from ..schema.persona import Persona
from ..schema.pricelist import PriceItem, Pricelist
from ..schema.scenario import Scenario
from . import rule
from .allocation import allocate
from .assumptions import ONE, Assumptions
from .perspectives import Perspective
from .persona import PersonaResult, PricedLine, accounts, coefficients, evaluate_persona, line_parts, price_line
from .scenario import STUDY_VIEW, Split, population

PARAMETERS = ("recidivism", "baseline", "deadweight", "dropout", "participants")
# sums and products of Decimals without rounding: a price's swing is exact, rounded once to the caller's precision
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)


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
    items = pricelist.by_id()
    # the benefit lines priced once (the costs are made anyway: they do not enter a net result)
    results = {pid: evaluate_persona(personas[pid], pricelist, base, items=items, costs=False) for pid in scenario.mix}
    parts = Population(scenario, results, start, investment)
    known = dict(price_ranges or {})
    swings = parts.swings([_item_ends(items[item], lines, parts, pricelist, items, spread, known.get(item))
                           for item, lines in parts.lines_by_item().items()])
    for name in PARAMETERS:
        if name in ranges:
            low, high = ranges[name]
            at_low, at_high = (parts.net(_parameter_case(start, name, value)) for value in (low, high))
            swings.append(Swing(name, "count" if name == "participants" else "rate", low, high, at_low, at_high))
    ordered = sorted(swings, key=lambda s: (-s.municipal, -s.societal, s.name))
    return Tornado(parts.net(start), rate, investment, tuple(ordered))


class Population:
    """The scenario's personas, priced once, as the parts of the perspective's two accounts: the net result of a case
    (other parameters, the same prices), and of the base with some lines priced otherwise."""

    def __init__(self, scenario: Scenario, results: Mapping[str, PersonaResult], start: Case, investment: Decimal):
        self.mix = scenario.mix
        self.results = results
        self.start = start
        self.investment = investment
        self.names = (start.perspective.budget, start.perspective.whole)  # municipal, societal
        self.per_persona = {pid: coefficients(result, self.names) for pid, result in results.items()}
        self.seats = allocate(start.participants, self.mix)
        self.base = [population(self.per_persona, self.seats, name) for name in self.names]
        self.weights = start.assumptions.weights

    def net(self, case: Case) -> Net:
        """The net result of a case whose prices are the base's: what `evaluate_scenario` gives, the same arithmetic."""
        seats = self.seats if case.participants == self.start.participants else allocate(case.participants, self.mix)
        weights = case.assumptions.weights
        municipal, societal = (Split(population(self.per_persona, seats, name), weights).at(case.rate) for name in self.names)
        return Net(municipal - self.investment, societal - self.investment)

    def lines_by_item(self) -> dict[str, list[Changed]]:
        """Item -> the benefit lines that use it, items in the order they first appear. Only the lines of personas
        with participants can change the net result; an item only they use still has its (nil) swing."""
        out: dict[str, list[Changed]] = {}
        for pid in self.mix:
            count = self.seats[pid]
            transfers = self.results[pid].transfers
            for priced in self.results[pid].benefits:
                lines = out.setdefault(priced.line.item, [])
                if count:
                    signs = dict(accounts(priced, transfers))  # the accounts `coefficients` sums the line into
                    per_euro = _per_euro(priced)
                    terms = tuple((k, part, share * signs[name] * count) for k, name in enumerate(self.names) if name in signs
                                  for part, share in enumerate(per_euro) if share)
                    lines.append(Changed(priced, terms))
        return out

    def swings(self, items: list[Ends]) -> list[Swing]:
        """Every item's swing: the base population's parts plus, at either end, each line's change of amount times
        its terms (its part of the rule, its sign in an account, its persona's participants). Exact; each net result
        rounded once, to the caller's precision."""
        context = getcontext()
        rate, weights, investment = self.start.rate, self.weights, self.investment
        nets = []
        with localcontext(EXACT):
            for ends in items:
                for prices in ends.prices:
                    parts = [[p.approach, p.recidivism] for p in self.base]
                    for line, priced in zip(ends.lines, prices):
                        change = priced.amount - line.priced.amount
                        if change:
                            for k, part, factor in line.terms:
                                parts[k][part] += factor * change
                    nets.append([rule.benefit(a, r, rate, weights) - investment for a, r in parts])
        nets = iter(Net(context.plus(m), context.plus(s)) for m, s in nets)
        return [Swing(ends.item, ends.kind, ends.low, ends.high, next(nets), next(nets)) for ends in items]


class Changed(NamedTuple):
    """A benefit line a price swing prices again: its base pricing, and its terms: for each of the perspective's two
    accounts it counts in (k: 0 the budget, 1 the whole), the rule's part a euro of its amount is (part: 0 approach,
    1 recidivism) and that euro's weight there (its sign in the account times its persona's participants)."""

    priced: PricedLine
    terms: tuple[tuple[int, int, Decimal], ...]


class Ends(NamedTuple):
    """An item's swing before it is computed: its low and high, and its lines priced at either end."""

    item: str
    kind: str
    low: Decimal
    high: Decimal
    lines: list[Changed]
    prices: tuple[list[PricedLine], list[PricedLine]]


def _per_euro(priced: PricedLine) -> tuple[Decimal, Decimal]:
    """The rule's parts (approach, recidivism) of a euro of the line's amount, by core/persona.py's `line_parts`."""
    if priced.amount:
        parts = line_parts(priced)
        return parts.approach / priced.amount, parts.recidivism / priced.amount  # 1 and 0: exact
    parts = line_parts(replace(priced, amount=ONE))
    return parts.approach, parts.recidivism


def _item_ends(item: PriceItem, lines: list[Changed], parts: Population, pricelist: Pricelist,
               items: Mapping[str, PriceItem], spread: Decimal, span: tuple[Decimal, Decimal] | None = None) -> Ends:
    """An item from low to high: its lines priced at either end (core/persona.py's `price_line`), all else the base."""
    base = parts.start.assumptions
    if span is not None or (item.is_range and item.id not in base.overrides):
        kind, ends = "range", span or (item.low, item.high)
        cases = [replace(base, overrides={**base.overrides, item.id: end}) for end in ends]
    else:  # every line's price (the tables' own included) times the same factor
        kind, ends = "spread", (ONE - spread, ONE + spread)
        cases = [replace(base, factors={**base.factors, item.id: f}) for f in ends]
    prices = tuple([price_line(line.priced.line, pricelist, items, case) for line in lines] for case in cases)
    return Ends(item.id, kind, ends[0], ends[1], lines, prices)


def _parameter_case(start: Case, name: str, value: Decimal) -> Case:
    if name == "recidivism":
        return replace(start, rate=value)
    if name == "participants":
        return replace(start, participants=int(value))
    return replace(start, assumptions=replace(start.assumptions, **{name: value}))
