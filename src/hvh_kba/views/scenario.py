"""`hvh-kba scenario`: one scenario as the study's section 3.4.4 shows it, computed from the data."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..api._recidivism import TimePathResult
from ..api._scenario import Distribution, HorizonResult, Reading, ScenarioReport
from ..core.scenario import ScenarioResult
from ..i18n import t
from .common import break_even_cell, budget_is_welfare, budget_label, context_lines, count_or_none, level_cell, level_label, part_label, whole_label
from .marks import Marks
from .model import Column, Count, Label, Money, Number, Rate, Text, View, line, phrase
from .recidivism import time_path_section


def rate_id(rate) -> str:
    """A row id for a recidivism rate that no spreadsheet reads as a number or a date: r0, r20, r32.9."""
    return f"r{(rate * 100).normalize():f}"


def scenario_data(result: ScenarioResult, report: ScenarioReport | None, lang: str) -> dict[str, Any]:
    """The JSON contract of `hvh-kba scenario --format json`: under a perspective other than `study`, `societal` is
    the guideline's welfare and `municipal` the perspective's budget (`perspective` says which)."""

    def pub(perspective: str, rate) -> Any:
        check = report.published.get((perspective, rate)) if report else None
        return check.figure.published if check else None

    return {
        "scenario": result.scenario.id,
        "perspective": result.perspective.id,
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


def readings_data(readings: tuple[Reading, ...]) -> list[dict[str, Any]]:
    return [
        {"reading": r.id, "minimum": r.minimum, "by_part": dict(r.by_part),
         "break_even": [{"label": b.level, "investment": b.investment, "max_recidivism": b.max_recidivism,
                         "at_any_recidivism": b.at_any_recidivism, "min_participants": b.min_participants} for b in r.break_even]}
        for r in readings
    ]


def distribution_data(distribution: Distribution) -> dict[str, Any]:
    return {
        "shares": [{"actor": s.actor, "at_zero": s.at_zero, "minimum": s.minimum, "transfers": s.transfers} for s in distribution.shares],
        "welfare": {"at_zero": distribution.welfare_at_zero, "minimum": distribution.welfare_minimum},
        "investment": {"label": distribution.level, "amount": distribution.investment},
    }


def scenario_view(report: ScenarioReport, lang: str, *, with_context: bool = True) -> View:
    result = report.result
    scenario = result.scenario
    perspective = result.perspective.id
    data = {**scenario_data(result, report, lang), "comparison": readings_data(report.comparison),
            "distribution": distribution_data(report.distribution)}
    view = View(
        phrase(t("scenario_heading", lang), name=scenario.name.in_(lang), participants=Count(result.participants),
               capacity=Count(scenario.capacity)),
        data,
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

    study = result.perspective.is_study
    published_columns = lambda key: [Column(key, t("published", lang))] if study else []  # noqa: E731
    rows = view.table(
        "benefits",
        t("benefits_by_rate", lang),
        [
            Column("recidivism", t("recidivism", lang)),
            Column("societal", whole_label(perspective, lang)),
            *published_columns("published_societal"),
            *([] if budget_is_welfare(perspective) else [Column("municipal", budget_label(perspective, lang))]),
            *published_columns("published_municipal"),
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
        t("minimum_title", lang) if study else t("minimum_title_p", lang, budget=budget_label(perspective, lang)),
        [Column("law", t("law", lang)), Column("amount", t("amount", lang)), Column("share", t("share", lang))],
    )
    for law, amount in result.minimum_by_law.items():
        minimum.add(law, {"law": Text(part_label(law, lang)), "amount": Money(amount), "share": Rate(result.minimum_share(law), 0)})
    minimum.add(
        "total", {"law": Text(t("total", lang)), "amount": Money(result.minimum), "share": Rate(1, 0) if result.minimum else None},
        strong=True,
    )

    levels = view.table(
        "break_even",
        t("investment_title", lang) if study else t("investment_title_p", lang, budget=budget_label(perspective, lang)),
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
    comparison_table(view, report.comparison, scenario, lang)
    if not study:
        distribution_table(view, report.distribution, lang)
    if report.time_path is not None:
        time_path_section(view, report.time_path, scenario, dict(report.persona_names), result.participants, lang)
    if report.horizon is not None:
        _horizon_section(view, report.horizon, scenario, lang, report.time_path)
    if study and not report.published:
        view.note(t("no_published", lang))
    view.notes += marks.notes()
    return view


def comparison_table(view: View, readings: tuple[Reading, ...], scenario, lang: str, table_id: str = "comparison") -> None:
    """The municipal minimum and the break-even as the study reads them and as the guideline does, side by side."""
    table = view.table(table_id, t("comparison_title", lang),
                       [Column("measure", t("measure", lang))] + [Column(r.id, t(f"reading.{r.id}", lang), align="right") for r in readings])

    def add(row_id: str, label, cells, strong: bool = False) -> None:
        table.add(row_id, {"measure": label, **{r.id: c for r, c in zip(readings, cells)}}, strong=strong)

    add("minimum", Text(t("comparison.minimum", lang)), [Money(r.minimum) for r in readings], strong=True)
    parts = list(dict.fromkeys(part for r in readings for part in r.by_part))
    for part in parts:
        add(f"minimum-{part}", Text(t("comparison.part", lang, part=part_label(part, lang))),
            [Money(r.by_part.get(part, Decimal(0))) for r in readings])
    for i, entry in enumerate(readings[0].break_even):
        level = level_label(scenario, entry.level, lang, entry.investment)
        add(f"break-even-{entry.level}", Label(phrase(t("comparison.rate", lang), level=level)),
            [break_even_cell(r.break_even[i], lang) for r in readings])
    for i, entry in enumerate(readings[0].break_even):
        level = level_label(scenario, entry.level, lang, entry.investment)
        add(f"participants-{entry.level}", Label(phrase(t("comparison.participants", lang), level=level)),
            [count_or_none(r.break_even[i].min_participants, lang) for r in readings])
    view.note(t("comparison_note", lang))


def distribution_table(view: View, distribution: Distribution, lang: str) -> None:
    """Per payer what it gains and loses; the sum is the welfare balance, the transfers cancelling out."""
    pays_column = [Column("pays", t("pays", lang))] if distribution.level else []  # one persona pays nothing
    table = view.table(
        "distribution", t("distribution_title", lang),
        [Column("actor", t("actor", lang)), Column("at_zero", t("at_zero", lang)), Column("minimum", t("at_any", lang)),
         Column("transfers", t("of_which_transfers", lang)), *pays_column],
    )
    for share in distribution.shares:
        pays = Money(distribution.investment) if share.actor == "municipalities" and distribution.level else None
        table.add(share.actor, {"actor": Text(t(f"budget.{'municipal' if share.actor == 'municipalities' else share.actor}", lang)),
                                "at_zero": Money(share.at_zero), "minimum": Money(share.minimum),
                                "transfers": Money(share.transfers), "pays": pays})
    table.add("welfare", {"actor": Text(t("welfare_total", lang)), "at_zero": Money(distribution.welfare_at_zero),
                          "minimum": Money(distribution.welfare_minimum),
                          "transfers": Money(sum((s.transfers for s in distribution.shares), Decimal(0))),
                          "pays": Money(distribution.investment) if distribution.level else None}, strong=True)
    view.note(t("distribution_note", lang))


def _horizon_section(view: View, flows: HorizonResult, scenario, lang: str, path: TimePathResult | None) -> None:
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
        t("horizon_title", lang), years=Count(flows.years), rate=Rate(flows.discount_rate),
        recidivism=Rate(flows.recidivism) if path is None else t("horizon.by_curve", lang, curve=path.curve.label.in_(lang)),
        level=level_label(scenario, flows.level, lang, flows.investment),
    )
    once = budget_is_welfare(flows.perspective)
    table = view.table(
        "horizon",
        title,
        [
            Column("year", t("year", lang)),
            Column("investment", t("investment", lang)),
            Column("municipal", budget_label(flows.perspective, lang)),
            *([] if once else [Column("societal", whole_label(flows.perspective, lang))]),
            Column("factor", t("discount_factor", lang)),
            Column("municipal_present", t("municipal_net_present", lang)),
            *([] if once else [Column("societal_present", t("societal_net_present", lang))]),
        ],
    )
    for m, s in zip(municipal.years, societal.years):
        table.add(
            f"y{m.year}",
            {"year": Count(m.year), "investment": Money(m.costs), "municipal": Money(m.benefits), "societal": Money(s.benefits),
             "factor": Number(m.factor, 4), "municipal_present": Money(m.present), "societal_present": Money(s.present)},
        )
    table.add("npv", {"year": Text(t("npv", lang)), "municipal_present": Money(municipal.npv), "societal_present": Money(societal.npv)}, strong=True)
    paybacks = ((budget_label(flows.perspective, lang), municipal),) + (() if once else ((whole_label(flows.perspective, lang), societal),))
    for label, result in paybacks:
        payback = phrase(t("year_n", lang), year=Count(result.payback_year)) if result.payback_year else line(t("never", lang))
        view.note(phrase(t("payback", lang), perspective=label.lower(), year=payback))
