"""`hvh-kba breakeven`: municipal net result by occupancy and recidivism, and break-even per level."""

from __future__ import annotations

from ..api._breakeven import BreakEvenReport
from ..i18n import t
from .common import break_even_cell, budget_label, context_lines, count_or_none, level_cell, level_label
from .model import Column, Count, Money, Rate, View, line, phrase
from .scenario import comparison_table, rate_id, readings_data


def breakeven_view(report: BreakEvenReport, lang: str) -> View:
    result = report.result
    scenario = result.scenario
    investment = result.investments[report.level]
    data = {
        "scenario": scenario.id,
        "capacity": scenario.capacity,
        "grid": {
            "investment": {"label": report.level, "amount": investment},
            "recidivism": list(report.rates),
            "rows": [{"participants": n, "net": list(row)} for n, row in enumerate(report.grid)],
        },
        "break_even": [
            {
                "label": e.level,
                "investment": e.investment,
                "min_participants_at_0": report.min_at_zero[e.level],
                "min_participants": e.min_participants,
                "max_recidivism": e.max_recidivism,
                "at_any_recidivism": e.at_any_recidivism,
            }
            for e in result.break_even
        ],
    }
    view = View(line(f"{t('breakeven_title', lang)} ({scenario.name.in_(lang)})"), data)
    view.lines += context_lines(report.context, lang)
    columns = [Column("participants", t("occupancy", lang))] + [
        Column(rate_id(rate), line(Rate(rate)), align="right") for rate in report.rates
    ]
    perspective = report.context.perspective
    words = t("grid_title", lang) if perspective == "study" else t("grid_title.budget", lang, budget=budget_label(perspective, lang),
                                                                     level="{level}", amount="{amount}")
    title = phrase(words, level=level_label(scenario, report.level, lang, investment), amount=Money(investment))
    table = view.table("grid", title, columns)
    for n, row in enumerate(report.grid):
        cells = {rate_id(rate): Money(value, scale=1000, signed=True) for rate, value in zip(report.rates, row)}
        table.add(f"n{n}", {"participants": Count(n), **cells}, strong=n == result.participants)
    levels = view.table(
        "break_even",
        t("breakeven_levels", lang),
        [
            Column("level", t("level", lang)),
            Column("investment", t("investment", lang)),
            Column("min_0", t("min_occ_0", lang)),
            Column("min_100", t("min_occ_100", lang)),
            Column("max_rate", phrase(t("max_rate_at", lang), n=Count(result.participants)), align="right"),
        ],
    )
    for entry in result.break_even:
        levels.add(
            entry.level,
            {
                "level": level_cell(scenario, entry.level, lang),
                "investment": Money(entry.investment),
                "min_0": count_or_none(report.min_at_zero[entry.level], lang),
                "min_100": count_or_none(entry.min_participants, lang),
                "max_rate": break_even_cell(entry, lang),
            },
        )
    comparison_table(view, report.comparison, scenario, lang)
    view.data["comparison"] = readings_data(report.comparison)
    return view
