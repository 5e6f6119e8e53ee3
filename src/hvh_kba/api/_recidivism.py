"""Recidivism as a time path (core/recidivism.py) for one scenario: a cohort's benefits over the years after release."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from ..core.horizon import discount_factor
from ..core.persona import coefficients
from ..core.recidivism import TimePath, break_even_effect, cohort, cumulative, present_value, relative
from ..core.scenario import ScenarioResult, Split
from ..errors import InputError, say, unknown
from ..record import record
from ..schema.recidivism import Curve
from ._analysis import Analysis, fraction

ZERO = Decimal(0)


@record
class PathYear:
    year: int  # after release
    null: Decimal  # cumulative share reoffended without Huis van Herstel
    hvh: Decimal  # with it
    avoided: Decimal  # share of the cohort whose reoffending in this year Huis van Herstel avoids
    municipal: Decimal  # the cohort's benefits in this year: the perspective's budget (year 1: with the approach's)
    societal: Decimal  # the perspective's whole
    factor: Decimal  # the discount factor of this year


@record
class EffectBreakEven:
    level: str
    investment: Decimal
    effect: Decimal | None  # the smallest reduction on the null curve whose present value reaches the investment
    without_effect: bool  # the approach's own benefits reach it: no reduction is needed


@record
class Reoffence:
    """What one avoided reoffence saves, per person of a persona (the recidivism-linked lines, once)."""

    persona: str
    municipal: Decimal
    societal: Decimal
    detention_days: Decimal | None  # the detention days a reoffence costs in the persona's table
    detention_price: Decimal | None


@record
class TimePathResult:
    curve: Curve  # without Huis van Herstel
    hvh_curve: Curve | None  # with it, when it has a curve of its own
    effect: Decimal | None  # otherwise: the relative reduction on the null curve
    discount_rate: Decimal
    years: tuple[PathYear, ...]
    municipal: Decimal  # one cohort's benefits over the years, discounted to its year of release
    societal: Decimal
    study_rate: Decimal  # the study's reading of the same pointer: one year, everyone reoffends without HvH
    study_municipal: Decimal
    study_societal: Decimal
    break_even: tuple[EffectBreakEven, ...]  # per investment level, with a relative effect only
    reoffences: tuple[Reoffence, ...]
    perspective: str

    @property
    def null_total(self) -> Decimal:
        """The share reoffended by the end of the path, without Huis van Herstel."""
        return self.years[-1].null

    @property
    def hvh_total(self) -> Decimal:
        return self.years[-1].hvh

    @property
    def flows(self) -> dict[str, tuple[Decimal, ...]]:
        """One cohort's yearly benefits per account, for a horizon of several cohorts."""
        return {"municipal": tuple(y.municipal for y in self.years), "societal": tuple(y.societal for y in self.years)}


def time_path(
    analysis: Analysis, result: ScenarioResult, curve: str, *, effect: Decimal | float | str | None = None,
    hvh_curve: str | None = None, discount_rate: Decimal | None = None,
) -> TimePathResult:
    """One cohort of the scenario's participants over the years after release, under a recidivism curve.

    curve: the null alternative's curve (an id of recidivism/); effect: Huis van Herstel's relative
    reduction on it (default: the scenario's research pointer, 30 % below the national rate);
    hvh_curve: a curve of Huis van Herstel's own instead of an effect; discount_rate: a fraction
    (default: the scenario's, the guideline's 2.25 %).
    """
    chosen = result.scenario
    research = chosen.research
    if research is None:
        raise InputError(say("lib.no_research_for_path", scenario=chosen.id), "curve")
    if analysis.assumptions.baseline != 1:
        raise InputError(say("lib.baseline_and_curve"), "curve")
    curves = analysis.dataset.curves
    if curves is None:
        raise InputError(say("lib.no_curves"), "curve")
    null = _curve(curves, curve, "curve")
    years = max(p.year for p in null.points)
    other = None
    if hvh_curve is not None:
        if effect is not None:
            raise InputError(say("lib.effect_and_curve"), "effect")
        other = _curve(curves, hvh_curve, "hvh_curve")
        if other.counts != null.counts:
            raise InputError(say("lib.curves_count_differently", other=other.id, other_counts=_counts(other), null=null.id,
                                 null_counts=_counts(null)), "hvh_curve")
        years = max(years, *(p.year for p in other.points))
        path = TimePath(_yearly(null, years), _yearly(other, years))
        reduction = None
    else:
        reduction = fraction(effect, "effect") if effect is not None else research.recidivism.below_national
        path = relative(_yearly(null, years), reduction)
    rate_d = research.discount_rate if discount_rate is None else discount_rate
    splits = {"municipal": result.municipal, "societal": result.societal}
    flows = {name: cohort(s.parts.approach, s.parts.recidivism, s.weights, path) for name, s in splits.items()}
    rows = tuple(
        PathYear(k + 1, path.null[k], path.hvh[k], path.avoided[k], flows["municipal"][k], flows["societal"][k],
                 discount_factor(k + 1, rate_d))
        for k in range(years)
    )
    study_rate = research.recidivism.expected()
    return TimePathResult(
        null, other, reduction, rate_d, rows,
        present_value(flows["municipal"], rate_d), present_value(flows["societal"], rate_d),
        study_rate, result.municipal.at(study_rate), result.societal.at(study_rate),
        _break_even(result.municipal, path, rate_d, result.investments) if reduction is not None else (),
        _reoffences(analysis, result), result.perspective.id,
    )


def _curve(curves: Mapping[str, Curve], name: str, field: str) -> Curve:
    if name not in curves:
        raise unknown("recidivism curve", name, curves, field)
    return curves[name]


def _counts(curve: Curve):
    """What a curve counts as reoffending, in words ('a new conviction')."""
    words = {"conviction": say("lib.counts.conviction"), "prison-term": say("lib.counts.prison_term")}
    return words.get(curve.counts, curve.counts.replace("-", " "))


def _yearly(curve: Curve, years: int) -> tuple[Decimal, ...]:
    return cumulative([(p.year, p.share) for p in curve.points], years, curve.interpolation)


def _break_even(split: Split, path: TimePath, rate_d: Decimal, investments: Mapping[str, Decimal]) -> tuple[EffectBreakEven, ...]:
    """Per level: the relative effect at which one cohort's discounted budget benefits reach a year's investment."""
    ends = [present_value(cohort(split.parts.approach, split.parts.recidivism, split.weights, relative(path.null, e)), rate_d)
            for e in (ZERO, Decimal(1))]
    out = []
    for level, amount in investments.items():
        effect, none_needed = break_even_effect(ends[0], ends[1], amount)
        out.append(EffectBreakEven(level, amount, effect, none_needed))
    return tuple(out)


def _reoffences(analysis: Analysis, result: ScenarioResult) -> tuple[Reoffence, ...]:
    """Per persona of the scenario: the recidivism-linked benefits of one person, in the perspective's two accounts."""
    view = result.perspective
    personas = analysis.evaluation.personas(analysis.pricelist(result.scenario))
    item = result.scenario.research.detention_item if result.scenario.research else None
    out = []
    for pid in result.mix:
        persona = personas[pid]
        parts = coefficients(persona)
        detention = [p for p in persona.benefits if p.line.item == item and p.link == "recidivism"]
        days = sum((p.units for p in detention), ZERO) if detention else None
        price = detention[0].unit_price if detention else None
        out.append(Reoffence(pid, parts[view.budget].recidivism, parts[view.whole].recidivism, days, price))
    return tuple(out)
