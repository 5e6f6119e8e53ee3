"""`hvh-kba monitor FILE`: what a monitoring file realised, against what was paid."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..api._monitor import Benefits, MonitorReport
from ..i18n import t
from .common import benefits_words, budget_is_welfare, budget_label, context_lines, whole_label
from .flows import invented, observed_data
from .model import Column, Count, Money, Number, Rate, Text, View, phrase


def benefits_data(b: Benefits | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {"released": b.released, "minimum": b.minimum, "at_rate": b.at_rate, "at_recorded": b.at_recorded,
            "societal_at_rate": b.whole_at_rate, "paid": b.paid, "paid_recorded": b.paid_recorded, "net": b.net}


def monitor_view(report: MonitorReport, lang: str) -> View:
    flows = report.flows
    outcomes = report.outcomes
    data = {
        "file": report.file, "id": flows.id, "invented": flows.invented, "scenario": report.scenario, "recidivism": report.rate,
        "recorded_reconviction": outcomes.reconviction if outcomes else None, "perspective": report.perspective,
        "periods": [{**observed_data(p.observed), "participant_years": p.participant_years, "benefits": benefits_data(p.benefits)}
                    for p in report.periods],
        "total": {**observed_data(report.total), "participant_years": report.participant_years,
                  "benefits": benefits_data(report.benefits)},
        "outcomes": None if outcomes is None else {
            "records": outcomes.records, "released": outcomes.released, "housing": list(outcomes.housing),
            "income": list(outcomes.income), "reconvicted": list(outcomes.reconvicted)},
        "municipalities": [{"municipality": p.municipality, "released": p.released, "benefits": p.benefits, "paid": p.paid,
                            "net": p.benefits - p.paid} for p in report.municipalities],
        "unknown_origin": report.unknown_origin,
    }
    view = View(phrase(t("monitor.title", lang), title=flows.title.in_(lang)), data)
    if flows.invented:
        invented(view, lang)
    view.lines += context_lines(report.context, lang)
    _periods(view, report, lang)
    _benefits(view, report, lang)
    if outcomes is not None:
        title = t("monitor.outcomes_title.one", lang) if outcomes.released == 1 else phrase(t("monitor.outcomes_title", lang), n=Count(outcomes.released))
        table = view.table("outcomes", title, [
            Column("outcome", t("monitor.outcome", lang)), Column("yes", t("monitor.yes", lang)),
            Column("known", t("monitor.known", lang)), Column("share", t("share", lang)),
        ])
        for name, (yes, known) in (("housing", outcomes.housing), ("income", outcomes.income), ("reconvicted", outcomes.reconvicted)):
            table.add(name, {"outcome": Text(t(f"monitor.{name}", lang)), "yes": Count(yes), "known": Count(known),
                             "share": Rate(Decimal(yes) / known, 1) if known else None})
    if report.municipalities:
        budget = budget_label(report.perspective, lang)
        table = view.table("municipalities", t("monitor.municipalities_title", lang, funding=report.funding_title.in_(lang)), [
            Column("municipality", t("municipality", lang)), Column("released", t("flows.released", lang)),
            Column("benefits", phrase(t("flows.at_rate", lang), budget=budget, rate=Rate(report.rate))),
            Column("paid", t("monitor.paid", lang)), Column("net", t("monitor.net", lang)),
        ])
        for p in report.municipalities:
            table.add(p.municipality, {"municipality": Text(p.name), "released": Count(p.released), "benefits": Money(p.benefits),
                                       "paid": Money(p.paid), "net": Money(p.benefits - p.paid)})
        if report.unknown_origin == 1:
            view.note(t("monitor.unknown_origin.one", lang))
        elif report.unknown_origin:
            view.note(phrase(t("monitor.unknown_origin", lang), n=Count(report.unknown_origin)))
    elif outcomes is not None and report.unknown_origin and report.unknown_origin == outcomes.released:
        view.note(t("monitor.no_origin", lang))  # records, but none with a municipality: nothing to divide by
    view.note(phrase(t("monitor.note", lang), rate=Rate(report.rate), benefits=benefits_words(report.perspective, lang)))
    if report.benefits is not None and not report.benefits.paid_recorded:
        view.note(t("monitor.paid_assumed", lang))
    return view


def _periods(view: View, report: MonitorReport, lang: str) -> None:
    table = view.table("periods", t("monitor.periods_title", lang), [
        Column("period", t("flows.period", lang)), Column("days", t("flows.days", lang)),
        Column("entered", t("flows.entered", lang)), Column("released", t("flows.released", lang)),
        Column("sent_back", t("flows.sent_back", lang)), Column("dropout", t("flows.dropout", lang)),
        Column("occupancy", t("flows.occupancy", lang)), Column("years", t("monitor.participant_years", lang)),
    ])
    rows = [(p.observed, p.participant_years, False) for p in report.periods]
    if report.total.left is not None:  # a total once some period says who left
        rows.append((report.total, report.participant_years, True))
    for o, years, strong in rows:
        table.add(o.period if not strong else "total", {
            "period": Text(t("total", lang) if strong else o.period), "days": Count(o.days), "entered": _count(o.entered),
            "released": _count(o.released), "sent_back": _count(o.sent_back),
            "dropout": Rate(o.dropout, 0) if o.dropout is not None else None,
            "occupancy": Number(o.occupancy, 1) if o.occupancy is not None else None,
            "years": Number(years, 2) if years is not None else None,
        }, strong=strong)


def _benefits(view: View, report: MonitorReport, lang: str) -> None:
    perspective = report.perspective
    budget, whole = budget_label(perspective, lang), whole_label(perspective, lang)
    recorded = report.outcomes.reconviction if report.outcomes else None
    table = view.table("benefits", phrase(t("monitor.benefits_title", lang), benefits=benefits_words(perspective, lang)), [
        Column("period", t("flows.period", lang)), Column("released", t("flows.released", lang)),
        Column("minimum", t("flows.minimum", lang, budget=budget)),
        Column("at_rate", phrase(t("flows.at_rate", lang), budget=budget, rate=Rate(report.rate))),
        *([Column("at_recorded", phrase(t("monitor.at_recorded", lang), budget=budget, rate=Rate(recorded, 1)))]
          if recorded is not None else []),
        *([] if budget_is_welfare(perspective) else
          [Column("whole_at_rate", phrase(t("flows.at_rate", lang), budget=whole, rate=Rate(report.rate)))]),
        Column("paid", t("monitor.paid", lang)), Column("net", t("monitor.net", lang)),
    ])
    rows = [(p.observed.period, p.benefits, False) for p in report.periods if p.benefits is not None]
    if report.benefits is not None:
        rows.append(("total", report.benefits, True))
    for name, b, strong in rows:
        table.add(name, {
            "period": Text(t("total", lang) if strong else name), "released": Count(b.released), "minimum": Money(b.minimum),
            "at_rate": Money(b.at_rate), "at_recorded": Money(b.at_recorded) if b.at_recorded is not None else None,
            "whole_at_rate": Money(b.whole_at_rate), "paid": Money(b.paid), "net": Money(b.net),
        }, strong=strong)


def _count(value: int | None) -> Count | None:
    return None if value is None else Count(value)
