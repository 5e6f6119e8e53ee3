"""`hvh-kba scenarios`: the scenarios side by side, in the shape of the study's conclusion."""

from __future__ import annotations

from ..core.scenario import ScenarioResult
from ..render import fmt
from ..render.i18n import t
from ..render.view import Column, View
from .scenario import break_even_rate, level_label, scenario_data


def scenarios_view(results: list[ScenarioResult], personas: dict[str, str], *, lang: str, context: list[str]) -> View:
    view = View(t("scenarios_title", lang), {"scenarios": [scenario_data(r, {}, lang) for r in results]})
    view.lines += context
    columns = [Column("measure", t("measure", lang))] + [
        Column(r.scenario.id, r.scenario.name.in_(lang), align="right") for r in results
    ]
    table = view.table("", columns)

    def add(label: str, values: list[str], strong: bool = False) -> None:
        table.add({"measure": label, **{r.scenario.id: v for r, v in zip(results, values)}}, strong=strong)

    add(t("participants", lang).capitalize(), [str(r.participants) for r in results], strong=True)
    for pid, name in personas.items():
        add(f"  {name}", [str(r.allocation.get(pid, 0)) for r in results])
    rates = sorted({row.rate for r in results for row in r.rows})
    for perspective in ("societal", "municipal"):
        for rate in (rates[0], rates[-1]) if len(rates) > 1 else rates:
            label = t(f"{perspective}_at", lang, rate=fmt.rate(rate, lang))
            values = [fmt.eur(next((getattr(row, perspective) for row in r.rows if row.rate == rate), None), lang) for r in results]
            add(label, values)
    add(t("minimum", lang), [fmt.eur(r.minimum, lang) for r in results], strong=True)
    laws = list(dict.fromkeys(law for r in results for law in r.minimum_by_law))
    for law in laws:
        add(t("minimum_share", lang, law=law), [fmt.pct(r.minimum_share(law), lang) for r in results])
    for i, entry in enumerate(results[0].break_even if results else []):
        level = level_label(entry.level, lang, entry.investment)
        add(
            t("ratio_to", lang, level=f"{level} ({fmt.eur(entry.investment, lang)})"),
            [fmt.pct(r.break_even[i].ratio * 100, lang) for r in results],
        )
    for i, entry in enumerate(results[0].break_even if results else []):
        level = level_label(entry.level, lang, entry.investment)
        add(t("break_even_to", lang, level=level), [break_even_rate(r.break_even[i], lang) for r in results])
    return view
