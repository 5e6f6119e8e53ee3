"""`hvh-kba scenarios`: the scenarios side by side, in the shape of the study's conclusion."""

from __future__ import annotations

from ..api._scenario import ScenariosReport
from ..i18n import t
from .common import break_even_cell, budget_is_welfare, budget_label, context_lines, count_or_none, level_label, part_label, whole_label
from .model import Cell, Column, Count, Label, Money, Rate, Text, View, phrase
from .scenario import rate_id, readings_data, scenario_data


def scenarios_view(report: ScenariosReport, lang: str) -> View:
    results = report.results
    data = [{**scenario_data(r, None, lang), "comparison": readings_data(c)} for r, c in zip(results, report.comparisons)]
    view = View(t("scenarios_title", lang), {"scenarios": data})
    perspective = report.context.perspective
    view.lines += context_lines(report.context, lang)
    columns = [Column("measure", t("measure", lang))] + [Column(r.scenario.id, r.scenario.name.in_(lang), align="right") for r in results]
    table = view.table("scenarios", "", columns)

    def add(row_id: str, label, values: list[Cell | None], strong: bool = False) -> None:
        cells = {"measure": Text(label) if isinstance(label, str) else Label(label)}
        table.add(row_id, {**cells, **{r.scenario.id: v for r, v in zip(results, values)}}, strong=strong)

    add("participants", t("participants", lang).capitalize(), [Count(r.participants) for r in results], strong=True)
    for pid, name in report.persona_names.items():
        add(f"allocation-{pid}", f"  {name}", [Count(r.allocation.get(pid, 0)) for r in results])
    rates = sorted({row.rate for r in results for row in r.rows})
    for column in ("societal",) if budget_is_welfare(perspective) else ("societal", "municipal"):
        for rate in (rates[0], rates[-1]) if len(rates) > 1 else rates:
            values = [next((Money(getattr(row, column)) for row in r.rows if row.rate == rate), None) for r in results]
            if perspective == "study":
                label = phrase(t(f"{column}_at", lang), rate=Rate(rate))
            else:
                who = whole_label(perspective, lang) if column == "societal" else budget_label(perspective, lang)
                label = phrase(t("benefits_of_at", lang), who=who, rate=Rate(rate))
            add(f"{column}-{rate_id(rate)}", label, values)
    minimum = t("minimum", lang) if perspective == "study" else t("minimum_of", lang, who=budget_label(perspective, lang))
    add("minimum", minimum, [Money(r.minimum) for r in results], strong=True)
    laws = list(dict.fromkeys(law for r in results for law in r.minimum_by_law))
    for law in laws:
        add(f"minimum-share-{law}", t("minimum_share", lang, law=part_label(law, lang)), [Rate(r.minimum_share(law), 0) for r in results])
    first = results[0] if results else None
    for i, entry in enumerate(first.break_even if first else ()):
        level = level_label(first.scenario, entry.level, lang, entry.investment)
        label = phrase(t("ratio_to", lang), level=level + (" (", Money(entry.investment), ")"))
        add(f"ratio-{entry.level}", label, [Rate(r.break_even[i].ratio, 0) if r.break_even[i].ratio is not None else None for r in results])
    for i, entry in enumerate(first.break_even if first else ()):
        label = phrase(t("break_even_to", lang), level=level_label(first.scenario, entry.level, lang, entry.investment))
        add(f"break-even-{entry.level}", label, [break_even_cell(r.break_even[i], lang) for r in results])
    # what the conclusion rests on: the guideline's readings of the municipal result (the study's is above)
    for reading in ("municipal", "municipal-caused"):
        readings = [next(x for x in c if x.id == reading) for c in report.comparisons]
        name = t(f"reading.{reading}", lang)
        add(f"{reading}-minimum", f"{t('comparison.minimum', lang)}, {name.lower()}", [Money(x.minimum) for x in readings], strong=True)
        for i, entry in enumerate(first.break_even if first else ()):
            level = level_label(first.scenario, entry.level, lang, entry.investment)
            add(f"{reading}-participants-{entry.level}", phrase(t("comparison.participants", lang), level=level),
                [count_or_none(x.break_even[i].min_participants, lang) for x in readings])
    return view
