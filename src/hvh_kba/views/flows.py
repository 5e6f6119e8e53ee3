"""`hvh-kba flows`: the published flows, what they imply, and the benefits at those numbers beside the study's scenarios."""

from __future__ import annotations

from typing import Any

from ..api._flows import FlowsReport, Valuation
from ..core.flows import Observed
from ..i18n import t
from ..schema.flows import Releases
from .common import benefits_words, budget_is_welfare, budget_label, context_lines, decimals_needed, whole_label
from .model import Column, Count, Money, Number, Rate, Text, View, Word, phrase


def observed_data(o: Observed) -> dict[str, Any]:
    return {"period": o.period, "days": o.days, "entered": o.entered, "released": o.released, "sent_back": o.sent_back,
            "left": o.left, "dropout": o.dropout, "occupancy": o.occupancy, "stay_months": o.stay_months,
            "leaving_per_year": o.leaving_per_year}


def valuation_data(v: Valuation) -> dict[str, Any]:
    return {"id": v.id, "places": v.places, "stay_months": v.stay_months, "leaving_per_year": v.leaving, "persons": v.persons,
            "dropout": v.dropout, "minimum": v.minimum, "at_rate": v.at_rate, "societal_at_rate": v.whole_at_rate,
            "closest_scenario": v.closest, "relation": v.relation}


def flows_view(report: FlowsReport, lang: str) -> View:
    flows = report.flows
    data = {
        "source": flows.id, "invented": flows.invented, "scenario": report.scenario.id, "recidivism": report.rate,
        "investment": {"label": report.level, "amount": report.investment},
        "stay_months": report.occupancy.stay_months, "dropout": report.occupancy.dropout,
        "periods": [observed_data(o) for o in report.observed], "total": observed_data(report.total),
        "scenarios": [valuation_data(v) for v in report.scenarios],
        "observed": [valuation_data(v) for v in report.at_observed],
    }
    view = View(phrase(t("flows.title", lang), title=flows.title.in_(lang)), data)
    if flows.invented:
        invented(view, lang)
    view.lines += context_lines(report.context, lang)
    _observed(view, report, lang)
    perspective = report.context.perspective
    names = {sid: name.in_(lang) for sid, name in report.names.items()}
    value_columns = [
        Column("dropout", t("flows.dropout", lang)),
        Column("minimum", t("flows.minimum", lang, budget=budget_label(perspective, lang))),
        Column("at_rate", phrase(t("flows.at_rate", lang), budget=budget_label(perspective, lang), rate=Rate(report.rate))),
        *([] if budget_is_welfare(perspective) else
          [Column("whole_at_rate", phrase(t("flows.at_rate", lang), budget=whole_label(perspective, lang), rate=Rate(report.rate)))]),
    ]
    at_observed = view.table("observed_benefits", phrase(t("flows.observed_title", lang), benefits=benefits_words(perspective, lang)), [
        Column("period", t("flows.period", lang)), Column("leaving", t("flows.leaving", lang)), *value_columns,
        Column("closest", t("flows.closest", lang), align="left"),
    ])
    for v in report.at_observed:
        closest = Word(f"{v.relation}:{v.closest}", t(f"flows.relation.{v.relation}", lang, scenario=names[v.closest])) if v.closest else None
        at_observed.add(v.id, {"period": Text(v.id), "leaving": Number(v.leaving, 1), **_values(v), "closest": closest})
    reading = report.occupancy
    study = view.table("scenarios", phrase(t("flows.scenarios_title", lang), stay=Number(reading.stay_months, decimals_needed(reading.stay_months)),
                                           dropout=Rate(reading.dropout)), [
        Column("scenario", t("scenario", lang)), Column("places", t("flows.places", lang)),
        Column("leaving", t("flows.leaving", lang)), Column("persons", t("flows.persons", lang)), *value_columns,
    ])
    for v in report.scenarios:
        study.add(v.id, {"scenario": Text(names[v.id]), "places": Number(v.places, 0), "leaving": Number(v.leaving, 1), **_values(v)})
    view.note(phrase(t("flows.note", lang), rate=Rate(report.rate), scenario=names[report.scenario.id]))
    for period in flows.periods:
        if period.note:
            view.note(f"{period.id}: {period.note.in_(lang)}")
    return view


def invented(view: View, lang: str) -> None:
    """An invented sample says so in every format: a table of its own, the first, so the CSV's first row says it too."""
    notice = view.table("notice", "", [Column("notice", t("flows.notice", lang), align="left")])
    notice.add("invented", {"notice": Text(t("flows.invented", lang))}, strong=True)


def _values(v: Valuation) -> dict[str, Any]:
    return {"persons": Count(v.persons) if v.persons is not None else None, "dropout": Rate(v.dropout, 0), "minimum": Money(v.minimum), "at_rate": Money(v.at_rate),
            "whole_at_rate": Money(v.whole_at_rate)}


def _observed(view: View, report: FlowsReport, lang: str) -> None:
    table = view.table("periods", t("flows.periods_title", lang), [
        Column("period", t("flows.period", lang)), Column("days", t("flows.days", lang)),
        Column("entered", t("flows.entered", lang)), Column("released", t("flows.released", lang)),
        Column("pp", t("flows.pp", lang)), Column("sent_back", t("flows.sent_back", lang)),
        Column("dropout", t("flows.dropout", lang)), Column("occupancy", t("flows.occupancy", lang)),
        Column("stay", t("flows.stay", lang)),
    ])
    periods = {p.id: p for p in report.flows.periods}
    for o in (*report.observed, report.total):
        period = periods.get(o.period)
        pp = period.released.penitentiary_programme if period is not None and isinstance(period.released, Releases) else None
        table.add(o.period, {
            "period": Text(o.period) if period is not None else Text(t("total", lang)),
            "days": Count(o.days), "entered": _count(o.entered), "released": _count(o.released), "pp": _count(pp),
            "sent_back": _count(o.sent_back), "dropout": Rate(o.dropout, 0) if o.dropout is not None else None,
            "occupancy": Number(o.occupancy, 1) if o.occupancy is not None else None,
            "stay": Number(o.stay_months, 1) if o.stay_months is not None else None,
        }, strong=period is None)


def _count(value: int | None) -> Count | None:
    return None if value is None else Count(value)

