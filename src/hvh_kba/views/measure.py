"""`hvh-kba measure`: which measurement would most change the decision, in euros a year."""

from __future__ import annotations

from decimal import Decimal

from ..api._measure import MeasureReport
from ..i18n import t
from .common import benefits_words, context_lines, level_label, share
from .research import occupancy_line
from .model import Column, Count, Money, Number, Rate, Text, View, phrase


def _d(value: float) -> Decimal:
    return Decimal(repr(value))


def measure_view(report: MeasureReport, lang: str) -> View:
    scenario = report.scenario
    research = scenario.research
    data = {
        "scenario": scenario.id, "draws": report.outcome.draws, "seed": report.outcome.seed,
        "decision": {"level": report.level, "investment": report.investment},
        "mean_net": report.mean_net, "continue_share": report.continue_share, "evpi": report.evpi,
        "groups": [{"id": g.group.id, "evppi": g.value, "r_squared": g.r_squared, "inputs": list(g.group.inputs)} for g in report.groups],
    }
    view = View(phrase(t("measure.title", lang), scenario=scenario.name.in_(lang)), data)
    view.lines += context_lines(report.context, lang)
    view.text(phrase(t("uncertainty_setup", lang), draws=Count(report.outcome.draws), seed=str(report.outcome.seed),
                     rate=Rate(report.recidivism_mean)))
    view.text(occupancy_line(scenario, lang))
    level = level_label(scenario, report.level, lang, report.investment)
    benefits = benefits_words(report.context.perspective, lang)
    view.text(phrase(t("measure.decision", lang), level=level, amount=Money(report.investment), benefits=benefits,
                     net=Money(_d(report.mean_net)), share=share(_d(report.continue_share))))
    view.text(phrase(t("measure.evpi", lang), evpi=Money(_d(report.evpi))))
    table = view.table("information", t("measure.table", lang), [
        Column("rank", "#"), Column("group", t("measure.group", lang)), Column("evppi", t("measure.value", lang)),
        Column("share", t("measure.share", lang)), Column("r_squared", "R²"), Column("how", t("measure.how", lang)),
    ])
    evpi = _d(report.evpi)
    for rank, info in enumerate(report.groups, start=1):
        value = _d(info.value)
        table.add(info.group.id, {
            "rank": Count(rank), "group": Text(info.group.label.in_(lang)), "evppi": Money(value),
            "share": Rate(value / evpi, 0) if evpi > 0 else None, "r_squared": Number(_d(info.r_squared), 2),
            "how": Text(info.group.measure.in_(lang)),
        })
    top = report.groups[0] if report.groups else None
    if top is not None and top.value > 0:
        view.note(phrase(t("measure.reading", lang), group=top.group.label.in_(lang).lower(), value=Money(_d(top.value)),
                         share=Rate(_d(top.value) / evpi, 0), how=top.group.measure.in_(lang)))
    elif evpi == 0:
        view.note(t("measure.no_value", lang))
    view.note(t("measure.method", lang))
    for correlation in research.correlations:
        a, b = correlation.between
        view.note(phrase(t("measure.correlation", lang), a=_input(a, report, lang), b=_input(b, report, lang), rho=Number(correlation.rho, 1),
                         note=correlation.note.in_(lang)))
    return view


def _input(name: str, report: MeasureReport, lang: str) -> str:
    """An input of the Monte Carlo in words: the occupancy's from the word list, a price item by its name."""
    if name in ("places", "stay", "dropout"):
        return t(f"input.{name}", lang)
    return report.labels[name].in_(lang) if name in report.labels else name
