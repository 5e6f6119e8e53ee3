"""Views of the research commands: `sensitivity` (a tornado) and `uncertainty` (Monte Carlo)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from ..api._research import SensitivityReport, UncertaintyReport
from ..core.sensitivity import Swing
from ..i18n import t
from ..schema.common import Text as Words
from .common import budget_is_welfare, budget_label, context_lines, level_label, share, whole_label
from .model import Cell, Column, Count, Money, Number, Rate, Text, View, line, phrase


def swing_label(swing: Swing, lang: str, labels: Mapping[str, Words] | None = None) -> str:
    """A price by its item's name (its id where the price list gives none), a parameter by its name."""
    if swing.kind in ("range", "spread"):
        return labels[swing.name].in_(lang) if labels and swing.name in labels else swing.name
    return t(f"parameter.{swing.name}", lang)


def _value(swing: Swing, value: Decimal) -> Cell:
    if swing.kind == "range":
        return Money(value)
    if swing.kind == "spread":
        return Rate(value - 1, 0, signed=True)  # the factor on the price, as a change: -25%, +25%
    if swing.kind == "rate":
        return Rate(value)
    return Count(int(value))


def sensitivity_view(report: SensitivityReport, lang: str, *, top: int | None = None, with_context: bool = True) -> View:
    tornado = report.tornado
    data = {
        "base": {"recidivism": tornado.rate, "investment": tornado.investment, "municipal": tornado.base.municipal,
                 "societal": tornado.base.societal},
        "swings": [
            {"input": s.name, "kind": s.kind, "low": s.low, "high": s.high,
             "municipal_low": s.at_low.municipal, "municipal_high": s.at_high.municipal,
             "societal_low": s.at_low.societal, "societal_high": s.at_high.societal,
             "municipal_swing": s.municipal, "societal_swing": s.societal}
            for s in tornado.swings
        ],
    }
    view = View(line(t("sensitivity_title", lang, scenario=report.scenario.name.in_(lang))), data)
    if with_context:
        view.lines += context_lines(report.context, lang)
    perspective = report.context.perspective
    study, once = perspective == "study", budget_is_welfare(perspective)
    short = "" if study else ".welfare" if once else ".budget"  # the study's columns, a budget's and the welfare's, or the welfare's
    view.text(phrase(
        t(f"sensitivity_base{short}", lang), rate=Rate(tornado.rate), budget=budget_label(perspective, lang), level=level_label(report.scenario, report.level, lang, tornado.investment),
        amount=Money(tornado.investment), municipal=Money(tornado.base.municipal), societal=Money(tornado.base.societal),
    ))
    table = view.table(
        "tornado",
        t("tornado", lang),
        [
            Column("input", t("input", lang)),
            Column("low", t("low", lang)),
            Column("high", t("high", lang)),
            Column("municipal_low", t(f"municipal_at_low{short}", lang)),
            Column("municipal_high", t(f"municipal_at_high{short}", lang)),
            Column("municipal_swing", t(f"swing{short}", lang)),
            *([] if once else [Column("societal_swing", t(f"societal_swing{short}", lang))]),
        ],
    )
    for swing in tornado.swings[:top] if top else tornado.swings:
        table.add(
            swing.name,
            {
                "input": Text(swing_label(swing, lang, report.labels)),
                "low": _value(swing, swing.low),
                "high": _value(swing, swing.high),
                "municipal_low": Money(swing.at_low.municipal),
                "municipal_high": Money(swing.at_high.municipal),
                "municipal_swing": Money(swing.municipal),
                "societal_swing": Money(swing.societal),
            },
        )
    view.note(t("sensitivity_note", lang) if study else t("sensitivity_note.budget", lang, budget=budget_label(perspective, lang)))
    return view


def occupancy_line(scenario, lang: str):
    """How the Monte Carlo draws the participants when it draws them as flows."""
    ranges = scenario.research.ranges
    low, high = ranges.participants.low, ranges.participants.high
    return phrase(t("uncertainty_occupancy", lang), low=Count(low), high=Count(high), mode=Count(min(max(scenario.participants, low), high)),
                  stay_low=Number(ranges.stay.low, 0), stay_high=Number(ranges.stay.high, 0),
                  dropout_low=Rate(ranges.dropout.low, 0), dropout_high=Rate(ranges.dropout.high, 0))


def uncertainty_view(report: UncertaintyReport, lang: str) -> View:
    outcome = report.outcome
    summaries = {"municipal": outcome.municipal, "societal": outcome.societal}
    investment = _d(outcome.investment)
    data = {
        "draws": outcome.draws,
        "seed": outcome.seed,
        "investment": {"label": report.level, "amount": investment},
        "recidivism_mean": report.recidivism_mean,
        "net": {k: {"mean": s.mean, "p5": s.p5, "p50": s.p50, "p95": s.p95} for k, s in summaries.items()},
        "probability_reach": outcome.reach,
    }
    view = View(line(t("uncertainty_title", lang, scenario=report.scenario.name.in_(lang))), data)
    view.lines += context_lines(report.context, lang)
    view.text(phrase(t("uncertainty_setup", lang), draws=Count(outcome.draws), seed=str(outcome.seed), rate=Rate(report.recidivism_mean)))
    if report.occupancy:
        view.text(occupancy_line(report.scenario, lang))
    table = view.table(
        "net",
        phrase(t("net_title", lang), level=level_label(report.scenario, report.level, lang, investment), amount=Money(investment)),
        [
            Column("perspective", t("perspective", lang)),
            Column("mean", t("mean", lang)),
            Column("p5", "P5"),
            Column("p50", "P50"),
            Column("p95", "P95"),
        ],
    )
    perspective = report.context.perspective
    labels = {"municipal": budget_label(perspective, lang), "societal": whole_label(perspective, lang)}
    for key, summary in summaries.items():
        if key == "societal" and budget_is_welfare(perspective):
            continue  # the same draws as the row above
        table.add(key, {"perspective": Text(labels[key]), "mean": Money(_d(summary.mean)), "p5": Money(_d(summary.p5)),
                        "p50": Money(_d(summary.p50)), "p95": Money(_d(summary.p95))})
    title = t("reach_title", lang) if perspective == "study" else t("reach_title.budget", lang, budget=labels["municipal"])
    reach = view.table("reach", title, [Column("level", t("level", lang)), Column("probability", t("probability", lang))])
    labels = report.scenario.investment.labels()
    for name, chance in outcome.reach.items():
        label = labels[name].in_(lang) if name in labels else t("level.custom", lang)
        reach.add(name, {"level": Text(label), "probability": share(_d(chance))})
    view.note(t("uncertainty_note", lang))
    return view


def _d(value: float) -> Decimal:
    return Decimal(repr(value))
