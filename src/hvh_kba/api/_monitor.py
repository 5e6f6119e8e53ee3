"""Monitoring 2026-2027: a file of what was recorded, turned into realised participants, drop-out and benefits against what was paid."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from ..core.flows import YEAR_DAYS, Observed, observe, pooled
from ..core.funding import contributions, divide, total
from ..errors import DataError, Problem, say, unknown
from ..record import record
from ..schema.common import Text
from ..schema.flows import Flows
from ._analysis import Analysis, RunContext
from ._flows import average_splits
from ._municipalities import SETTLED

ZERO = Decimal(0)
HOME = ("released", "penitentiary-programme")  # the outcomes of who left to go home


@record
class Benefits:
    """The benefits of the participants released in a stretch of time (each brings the study's year of benefits)."""

    released: int
    minimum: Decimal  # the perspective's budget at any recidivism
    at_rate: Decimal  # the budget at the scenario's recidivism pointer
    at_recorded: Decimal | None  # the budget at the reconviction the participant records show
    whole_at_rate: Decimal  # the perspective's whole at the pointer
    paid: Decimal
    paid_recorded: bool  # False: the decided contribution pro rata, the file gives no payments

    @property
    def net(self) -> Decimal:
        """The budget at the pointer, minus what was paid."""
        return self.at_rate - self.paid


@record
class Period:
    observed: Observed
    participant_years: Decimal | None  # days spent by participants / 365
    benefits: Benefits | None  # None when the period does not say how many were released


@record
class Outcomes:
    """What the participant records say of those who left to go home."""

    records: int
    released: int
    housing: tuple[int, int]  # (yes, known)
    income: tuple[int, int]
    reconvicted: tuple[int, int]  # (reconvicted, followed)

    @property
    def reconviction(self) -> Decimal | None:
        convicted, followed = self.reconvicted
        return Decimal(convicted) / followed if followed else None


@record
class Place:
    """One municipality: its released participants, its share of the benefits and of the payments."""

    municipality: str
    name: str
    released: int
    benefits: Decimal  # its share of the budget at the pointer, by where the released participants come from
    paid: Decimal  # its share of what was paid, by the funding scenario


@record
class MonitorReport:
    flows: Flows
    file: str
    periods: tuple[Period, ...]
    total: Observed
    participant_years: Decimal | None
    benefits: Benefits | None
    outcomes: Outcomes | None
    municipalities: tuple[Place, ...]  # empty without records of origin or under a non-municipal perspective
    unknown_origin: int  # released participants whose municipality is not recorded
    scenario: str
    rate: Decimal
    funding: str
    funding_title: Text | None
    perspective: str
    context: RunContext


def monitor(analysis: Analysis, path: str | Path, *, scenario: str = "realistic", funding: str = "besloten") -> MonitorReport:
    """Read a monitoring file (schema/flows.py) and say what it realised, against what was paid.

    scenario: whose persona mix, recidivism pointer and decided contribution to use; funding: how the
    payments divide over the municipalities (a funding scenario of municipalities/).
    """
    from ..loader.dataset import load_record
    from ..loader.flows import flow_problems

    shown = str(path)
    flows, doc, problems = load_record(Path(path), shown, Flows)
    twente = analysis.dataset.twente()
    if flows is not None and doc is not None:
        problems += flow_problems(flows, doc, twente.by_id() if twente else None)
    if problems or flows is None:
        raise DataError(problems or [Problem(shown, None, "", say("lib.not_a_flows_file"))])
    chosen = analysis.scenario(scenario)
    rate = chosen.research.recidivism.expected() if chosen.research else ZERO
    decided = chosen.investment.decided.amount
    outcomes = _outcomes(flows)
    recorded_rate = outcomes.reconviction if outcomes else None

    def benefits(released: int | None, days: int, paid: Decimal | None) -> Benefits | None:
        """Each released participant as the study's average one (its mix): nobody records personas."""
        if released is None:
            return None
        budget, whole = average_splits(analysis, chosen, released)  # the released are not dropped out
        at_recorded = budget.at(recorded_rate) if recorded_rate is not None else None
        cost = paid if paid is not None else decided * days / YEAR_DAYS
        return Benefits(released, budget.minimum, budget.at(rate), at_recorded, whole.at(rate), cost, paid is not None)

    periods = []
    for p in flows.periods:
        o = observe(p)
        years = o.occupancy * p.days / YEAR_DAYS if o.occupancy is not None else None
        periods.append(Period(o, years, benefits(o.released, p.days, p.paid)))
    counted = [p.benefits for p in periods if p.benefits is not None]
    overall = None
    if counted:
        # the periods' sum: their releases, and what was paid as each row shows it (recorded, or the decided amount pro rata)
        total = benefits(sum(b.released for b in counted), 0, sum((b.paid for b in counted), ZERO))
        overall = replace(total, paid_recorded=all(b.paid_recorded for b in counted))
    years = [p.participant_years for p in periods]
    places, unknown_origin = (), 0
    if twente is not None and overall is not None and analysis.perspective.id in SETTLED and flows.participants:
        places, unknown_origin = _places(analysis, flows, overall, funding)
    title = next((f.title for f in twente.funding if f.id == funding), None) if twente else None
    return MonitorReport(
        flows, shown, tuple(periods), pooled(flows.periods), sum(years, ZERO) if None not in years else None, overall, outcomes,
        places, unknown_origin, chosen.id, rate, funding, title, analysis.perspective.id, analysis.context(chosen),
    )


def _outcomes(flows: Flows) -> Outcomes | None:
    if not flows.participants:
        return None
    home = [p for p in flows.participants if p.outcome in HOME]

    def tally(name: str) -> tuple[int, int]:
        known = [getattr(p, name) for p in home if getattr(p, name) is not None]
        return sum(known), len(known)

    return Outcomes(len(flows.participants), len(home), tally("housing"), tally("income"), tally("reconvicted"))


def _places(analysis: Analysis, flows: Flows, overall: Benefits, funding: str) -> tuple[tuple[Place, ...], int]:
    """Per municipality: the benefits by where the released participants come from, the payments by the funding scenario."""
    twente = analysis.twente()
    if funding not in {f.id for f in twente.funding}:
        raise unknown("funding scenario", funding, [f.id for f in twente.funding], "funding")
    home = [p for p in flows.participants if p.outcome in HOME]
    counts: dict[str, int] = {}
    for person in home:
        if person.municipality is not None:
            counts[person.municipality] = counts.get(person.municipality, 0) + 1
    known = sum(counts.values())
    if not known:
        return (), len(home)
    # the recorded released with a known origin stand for all released: their benefits in that proportion
    benefits = divide(overall.at_rate, {m: Decimal(c) for m, c in counts.items()})
    shares = {m: sum(budgets.values(), ZERO) for m, budgets in contributions(twente, funding).items()}
    paid = divide(overall.paid, shares) if total(twente, funding) else dict.fromkeys(shares, ZERO)
    names = {m.id: m.name for m in twente.municipalities}
    rows = tuple(Place(m, names[m], counts.get(m, 0), benefits.get(m, ZERO), paid[m]) for m in names)
    return rows, len(home) - known

