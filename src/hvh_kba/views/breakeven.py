"""`hvh-kba breakeven`: municipal net result by occupancy and recidivism, and break-even per level."""

from __future__ import annotations

from decimal import Decimal

from ..core.scenario import ScenarioResult
from ..render import fmt
from ..render.i18n import t
from ..render.view import Column, View
from .scenario import break_even_rate, level_label

THOUSAND = Decimal(1000)


def breakeven_view(
    result: ScenarioResult,
    grid: list[list[Decimal]],
    rates: list[Decimal],
    level: str,
    min_at_zero: dict[str, int | None],
    *,
    lang: str,
    context: list[str],
) -> View:
    scenario = result.scenario
    investment = result.investments[level]
    data = {
        "scenario": scenario.id,
        "capacity": scenario.capacity,
        "grid": {
            "investment": {"label": level, "amount": investment},
            "recidivism": rates,
            "rows": [{"participants": n, "net": row} for n, row in enumerate(grid)],
        },
        "break_even": [
            {
                "label": e.level,
                "investment": e.investment,
                "min_participants_at_0": min_at_zero[e.level],
                "min_participants": e.min_participants,
                "max_recidivism": e.max_recidivism,
                "at_any_recidivism": e.at_any_recidivism,
            }
            for e in result.break_even
        ],
    }
    view = View(f"{t('breakeven_title', lang)} ({scenario.name.in_(lang)})", data)
    view.lines += context
    label = level_label(level, lang, investment)
    columns = [Column("participants", t("occupancy", lang), align="right")] + [
        Column(f"r{i}", fmt.rate(rate, lang), align="right") for i, rate in enumerate(rates)
    ]
    table = view.table(t("grid_title", lang, level=label, amount=fmt.eur(investment, lang)), columns)
    for n, row in enumerate(grid):
        cells = {f"r{i}": _thousands(value, lang) for i, value in enumerate(row)}
        table.add({"participants": str(n), **cells}, strong=n == result.participants)
    levels = view.table(
        t("breakeven_levels", lang),
        [
            Column("level", t("level", lang)),
            Column("investment", t("investment", lang), "eur"),
            Column("min_0", t("min_occ_0", lang), align="right"),
            Column("min_100", t("min_occ_100", lang), align="right"),
            Column("max_rate", t("max_rate_at", lang, n=result.participants), align="right"),
        ],
    )
    for entry in result.break_even:
        levels.add(
            {
                "level": level_label(entry.level, lang, entry.investment),
                "investment": entry.investment,
                "min_0": _count(min_at_zero[entry.level], lang),
                "min_100": _count(entry.min_participants, lang),
                "max_rate": break_even_rate(entry, lang),
            }
        )
    return view


def _thousands(value: Decimal, lang: str) -> str:
    text = fmt.number(value / THOUSAND, lang)
    return f"+{text}" if value >= 0 and not text.startswith("-") else text


def _count(value: int | None, lang: str) -> str:
    return t("none", lang) if value is None else str(value)
