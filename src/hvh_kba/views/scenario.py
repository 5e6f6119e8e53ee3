"""`hvh-kba scenario`: one scenario as the study's section 3.4.4 shows it, computed from the data."""

from __future__ import annotations

from typing import Any

from ..api._scenario import HorizonResult, ScenarioReport
from ..core.scenario import ScenarioResult
from ..i18n import t
from .common import break_even_cell, context_lines, count_or_none, level_cell, level_label
from .marks import Marks
from .model import Column, Count, Money, Number, Rate, Text, View, line, phrase


def rate_id(rate) -> str:
    """A row id for a recidivism rate that no spreadsheet reads as a number or a date: r0, r20, r32.9."""
    return f"r{(rate * 100).normalize():f}"


def scenario_data(result: ScenarioResult, report: ScenarioReport | None, lang: str) -> dict[str, Any]:
    """The JSON contract of `hvh-kba scenario --format json`."""

    def pub(perspective: str, rate) -> Any:
        check = report.published.get((perspective, rate)) if report else None
        return check.figure.published if check else None

    return {
        "scenario": result.scenario.id,
        "name": result.scenario.name.in_(lang),
        "participants": result.participants,
        "capacity": result.scenario.capacity,
        "allocation": dict(result.allocation),
        "rows": [
            {
                "recidivism": row.rate,
                "societal": row.societal,
                "municipal": row.municipal,
                "published_societal": pub("societal", row.rate),
                "published_municipal": pub("municipal", row.rate),
            }
            for row in result.rows
        ],
        "municipal_minimum": {"total": result.minimum, "by_law": result.minimum_by_law},
        "investment": result.scenario.investment.levels(),
        "break_even": [
            {
                "label": entry.level,
                "investment": entry.investment,
                "max_recidivism": entry.max_recidivism,
                "at_any_recidivism": entry.at_any_recidivism,
                "min_participants": entry.min_participants,
                "ratio": entry.ratio,
                "surplus": entry.surplus,
            }
            for entry in result.break_even
        ],
    }


def scenario_view(report: ScenarioReport, lang: str, *, with_context: bool = True) -> View:
    result = report.result
    scenario = result.scenario
    view = View(
        phrase(t("scenario_heading", lang), name=scenario.name.in_(lang), participants=Count(result.participants),
               capacity=Count(scenario.capacity)),
        scenario_data(result, report, lang),
    )
    if scenario.description and result.participants == scenario.participants:
        view.text(scenario.description.in_(lang))
    names = report.persona_names
    order = [p for p in names if p in result.allocation] + [p for p in result.allocation if p not in names]
    shares: list = [f"{t('allocation', lang)}: "]
    for i, pid in enumerate(order):
        shares += ([", "] if i else []) + [f"{names.get(pid, pid)} ", Count(result.allocation[pid]), " (", Rate(result.mix[pid], 0), ")"]
    view.text(tuple(shares))
    if with_context:
        view.lines += context_lines(report.context, lang)
    marks = Marks(lang, report.default_run)

    rows = view.table(
        "benefits",
        t("benefits_by_rate", lang),
        [
            Column("recidivism", t("recidivism", lang)),
            Column("societal", t("societal", lang)),
            Column("published_societal", t("published", lang)),
            Column("municipal", t("municipal", lang)),
            Column("published_municipal", t("published", lang)),
        ],
    )
    for row in result.rows:
        soc, mun = report.published.get(("societal", row.rate)), report.published.get(("municipal", row.rate))
        rows.add(
            rate_id(row.rate),
            {
                "recidivism": Rate(row.rate),
                "societal": Money(row.societal),
                "published_societal": Money(soc.figure.published) if soc else None,
                "municipal": Money(row.municipal),
                "published_municipal": Money(mun.figure.published) if mun else None,
            },
            {"published_societal": marks.mark(soc), "published_municipal": marks.mark(mun)},
        )

    minimum = view.table(
        "minimum",
        t("minimum_title", lang),
        [Column("law", t("law", lang)), Column("amount", t("amount", lang)), Column("share", t("share", lang))],
    )
    for law, amount in result.minimum_by_law.items():
        minimum.add(law, {"law": Text(law), "amount": Money(amount), "share": Rate(result.minimum_share(law), 0)})
    minimum.add(
        "total", {"law": Text(t("total", lang)), "amount": Money(result.minimum), "share": Rate(1, 0) if result.minimum else None},
        strong=True,
    )

    levels = view.table(
        "break_even",
        t("investment_title", lang),
        [
            Column("level", t("level", lang)),
            Column("investment", t("investment", lang)),
            Column("ratio", t("ratio", lang)),
            Column("surplus", t("surplus", lang)),
            Column("break_even", t("break_even_rate", lang), align="left"),
            Column("min_participants", t("min_participants", lang), align="left"),
        ],
    )
    for entry in result.break_even:
        levels.add(
            entry.level,
            {
                "level": level_cell(scenario, entry.level, lang),
                "investment": Money(entry.investment),
                "ratio": Rate(entry.ratio, 0) if entry.ratio is not None else None,
                "surplus": Money(entry.surplus),
                "break_even": break_even_cell(entry, lang),
                "min_participants": count_or_none(entry.min_participants, lang),
            },
        )
    if report.horizon is not None:
        _horizon_section(view, report.horizon, scenario, lang)
    if not report.published:
        view.note(t("no_published", lang))
    view.notes += marks.notes()
    return view


def _horizon_section(view: View, flows: HorizonResult, scenario, lang: str) -> None:
    municipal, societal = flows.municipal, flows.societal
    view.data["horizon"] = {
        "years": flows.years, "discount_rate": flows.discount_rate, "lag": flows.lag,
        "recidivism": flows.recidivism, "investment": {"label": flows.level, "amount": flows.investment},
        "flows": [
            {"year": m.year, "investment": m.costs, "municipal_benefits": m.benefits, "societal_benefits": s.benefits,
             "discount_factor": m.factor}
            for m, s in zip(municipal.years, societal.years)
        ],
        "npv": {"municipal": municipal.npv, "societal": societal.npv},
        "payback_year": {"municipal": municipal.payback_year, "societal": societal.payback_year},
    }
    title = phrase(
        t("horizon_title", lang), years=Count(flows.years), rate=Rate(flows.discount_rate), recidivism=Rate(flows.recidivism),
        level=level_label(scenario, flows.level, lang, flows.investment),
    )
    table = view.table(
        "horizon",
        title,
        [
            Column("year", t("year", lang)),
            Column("investment", t("investment", lang)),
            Column("municipal", t("municipal", lang)),
            Column("societal", t("societal", lang)),
            Column("factor", t("discount_factor", lang)),
            Column("municipal_present", t("municipal_net_present", lang)),
            Column("societal_present", t("societal_net_present", lang)),
        ],
    )
    for m, s in zip(municipal.years, societal.years):
        table.add(
            f"y{m.year}",
            {"year": Count(m.year), "investment": Money(m.costs), "municipal": Money(m.benefits), "societal": Money(s.benefits),
             "factor": Number(m.factor, 4), "municipal_present": Money(m.present), "societal_present": Money(s.present)},
        )
    table.add("npv", {"year": Text(t("npv", lang)), "municipal_present": Money(municipal.npv), "societal_present": Money(societal.npv)}, strong=True)
    for key, result in (("municipal", municipal), ("societal", societal)):
        payback = phrase(t("year_n", lang), year=Count(result.payback_year)) if result.payback_year else line(t("never", lang))
        view.note(phrase(t("payback", lang), perspective=t(key, lang).lower(), year=payback))
