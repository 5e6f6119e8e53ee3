"""The model quantities a published figure can be compared with.

A published figure names a measure and its arguments (see published/figures.yaml);
each measure reads one number off the evaluated model.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from ..record import record
from ..schema.published import Of
from . import rule
from .evaluation import Evaluation
from .persona import MUNICIPAL, account, coefficients


@record
class Measure:
    needs: tuple[str, ...]
    compute: Callable[[Evaluation, Of], Decimal | None]
    doc: str
    # the figure is an input of the model, so comparing it checks the typing, not the model
    restates: Callable[[Evaluation, Of], bool] = lambda ev, of: False


def _persona_line(ev: Evaluation, of: Of) -> Decimal | None:
    """A line's amount; None if the model does not put the line in the table the figure is from."""
    priced = ev.persona(of.persona).line(of.line)
    if (of.perspective == "municipal" and priced.law is None) or (of.perspective == "societal" and not priced.line.societal):
        return None
    return priced.amount


def _persona_total(ev: Evaluation, of: Of) -> Decimal:
    return ev.persona(of.persona).total(of.section, of.perspective, of.law, of.link)


def _allocation(ev: Evaluation, of: Of) -> Decimal:
    return Decimal(ev.scenario(of.scenario).allocation[of.persona])


def _scenario_benefits(ev: Evaluation, of: Of) -> Decimal:
    result = ev.scenario(of.scenario)
    split = result.societal if of.perspective == "societal" else result.municipal
    return split.at(of.recidivism)


def _municipal_minimum(ev: Evaluation, of: Of) -> Decimal:
    result = ev.scenario(of.scenario)
    if of.persona is None:
        return result.minimum_by_law.get(of.law, Decimal(0)) if of.law else result.minimum
    personas = ev.personas(ev.dataset.pricelist_for(result.scenario))
    parts = coefficients(personas[of.persona])[account(MUNICIPAL, of.law)]
    return rule.approach_part(parts.approach, ev.assumptions.weights) * result.allocation[of.persona]


def _minimum_share(ev: Evaluation, of: Of) -> Decimal:
    return ev.scenario(of.scenario).minimum_share(of.law)


def _investment(ev: Evaluation, of: Of) -> Decimal:
    investment = ev.dataset.scenarios[of.scenario].investment
    if of.line is not None:
        return next(line.amount for line in investment.lines if line.id == of.line)
    return investment.levels()[of.level]


def _ratio(ev: Evaluation, of: Of) -> Decimal:
    ratio = next(b.ratio for b in ev.scenario(of.scenario).break_even if b.level == of.level)
    return ratio - 1 if of.form == "excess" else ratio


def _break_even(ev: Evaluation, of: Of) -> Decimal | None:
    """The highest recidivism at which municipal benefits reach the investment: the same exact value every output shows."""
    return next(b.max_recidivism for b in ev.scenario(of.scenario).break_even if b.level == of.level)


def _smallest_scenario(ev: Evaluation, of: Of) -> Decimal | None:
    """The fewest participants among the named scenarios whose municipal minimum reaches an investment."""
    enough = [ev.scenario(s).participants for s in of.scenarios if ev.scenario(s).minimum >= of.investment]
    return Decimal(min(enough)) if enough else None


def _twente(ev: Evaluation):
    twente = ev.dataset.twente()
    if twente is None:
        raise LookupError("no municipalities data")
    return twente


def _investment_restated(ev: Evaluation, of: Of) -> bool:
    """A line of table 2 or the decided amount: the data's own numbers (the levels min and max are sums)."""
    return of.line is not None or of.level == "decided"


def _keys_from_own_table(ev: Evaluation, of: Of) -> bool:
    """A contribution divided by keys derived from this funding scenario's own published table."""
    twente = _twente(ev)
    keys = {key.id: key for key in twente.keys}
    from .funding import funding_of

    return all(keys[part.key].derived_from.funding == of.funding for part in funding_of(twente, of.funding).parts)


def _funding_contribution(ev: Evaluation, of: Of) -> Decimal:
    from .funding import contributions

    return sum(contributions(_twente(ev), of.funding)[of.municipality].values(), Decimal(0))


def _funding_part(ev: Evaluation, of: Of) -> Decimal:
    from .funding import funding_of, part_amount

    twente = _twente(ev)
    kinds = {b.id: b.kind for b in twente.budgets}  # a budget id, or a kind ('bw-mo': both regional budgets)
    parts = funding_of(twente, of.funding).parts
    return sum((part_amount(p) for p in parts if of.budget in (p.budget, kinds[p.budget])), Decimal(0))


def _funding_total(ev: Evaluation, of: Of) -> Decimal:
    from .funding import total

    return total(_twente(ev), of.funding)


MEASURES: dict[str, Measure] = {
    "persona-line": Measure(("persona", "line", "perspective"), _persona_line, "the amount of one line of a persona table"),
    "persona-total": Measure(
        ("persona", "section", "perspective"), _persona_total, "a persona table's total (optionally one law or link)"
    ),
    "allocation": Measure(("scenario", "persona"), _allocation, "participants like a persona in a scenario"),
    "scenario-benefits": Measure(
        ("scenario", "perspective", "recidivism"), _scenario_benefits, "benefits at a recidivism rate"
    ),
    "municipal-minimum": Measure(("scenario",), _municipal_minimum, "municipal benefits at 100 % recidivism"),
    "minimum-share": Measure(("scenario", "law"), _minimum_share, "a law's share of the municipal minimum"),
    "investment": Measure(("scenario",), _investment, "an investment level or line", _investment_restated),
    "investment-ratio": Measure(
        ("scenario", "level", "form"), _ratio, "municipal minimum / investment (share), or the share above it (excess)"
    ),
    "break-even": Measure(
        ("scenario", "level"), _break_even, "the highest recidivism at which municipal benefits reach the investment"
    ),
    "funding-contribution": Measure(
        ("funding", "municipality"), _funding_contribution, "a municipality's contribution", _keys_from_own_table
    ),
    "funding-part": Measure(
        ("funding", "budget"), _funding_part, "what one budget pays under a funding scenario", lambda ev, of: True
    ),
    "funding-total": Measure(("funding",), _funding_total, "the total a funding scenario raises"),
    "smallest-scenario": Measure(
        ("scenarios", "investment"), _smallest_scenario, "fewest participants of the named scenarios that pay back"
    ),
}


def missing_arguments(of: Of) -> list[str]:
    """What a figure's `of` lacks for its measure (checked when the figures are loaded)."""
    if of.measure not in MEASURES:
        return [f"measure (one of: {', '.join(MEASURES)})"]
    missing = [name for name in MEASURES[of.measure].needs if getattr(of, name) is None]
    if of.measure == "investment" and of.level is None and of.line is None:
        missing.append("level or line")
    return missing


def measure(ev: Evaluation, of: Of) -> Decimal | None:
    return MEASURES[of.measure].compute(ev, of)


def restates(ev: Evaluation, of: Of) -> bool:
    return MEASURES[of.measure].restates(ev, of)
