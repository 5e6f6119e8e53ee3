"""`hvh-kba scenario`: one scenario as the study's section 3.4.4 shows it, computed from the data."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..core.scenario import BreakEven, ScenarioResult
from ..core.verify import Check
from ..render import fmt
from ..render.i18n import t
from ..render.view import Column, View
from .marks import Marks


def published_rows(checks: list[Check], scenario_id: str) -> dict[tuple[str, Decimal], Check]:
    """The first published figure (the table's) per perspective and rate of a scenario."""
    out: dict[tuple[str, Decimal], Check] = {}
    for check in checks:
        of = check.figure.of
        if of.measure == "scenario-benefits" and of.scenario == scenario_id:
            out.setdefault((of.perspective, of.recidivism / 100), check)
    return out


def level_label(level: str, lang: str, investment: Decimal) -> str:
    if level in ("decided", "min", "max"):
        return t(f"level.{level}", lang)
    return f"{t('level.custom', lang)} {fmt.eur(investment, lang)}"


def break_even_rate(entry: BreakEven, lang: str) -> str:
    if entry.at_any_recidivism:
        return t("any_rate", lang)
    if entry.max_recidivism is None:
        return t("no_rate", lang)
    return fmt.rate(entry.max_recidivism, lang)


def scenario_data(result: ScenarioResult, published: dict[tuple[str, Decimal], Check], lang: str) -> dict[str, Any]:
    """The JSON contract of `hvh-kba scenario --format json`."""

    def pub(perspective: str, rate: Decimal) -> Decimal | None:
        check = published.get((perspective, rate))
        return check.figure.published if check else None

    return {
        "scenario": result.scenario.id,
        "name": result.scenario.name.in_(lang),
        "participants": result.participants,
        "capacity": result.scenario.capacity,
        "allocation": result.allocation,
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


def scenario_view(
    result: ScenarioResult,
    checks: list[Check],
    *,
    lang: str,
    default_run: bool,
    show_published: bool,
    context: list[str],
    personas: dict[str, str],
    horizon: dict | None = None,
) -> View:
    scenario = result.scenario
    published = published_rows(checks, scenario.id) if show_published else {}
    view = View(
        f"{scenario.name.in_(lang)}: {result.participants} {t('participants', lang)} "
        f"({t('capacity', lang)} {scenario.capacity})",
        scenario_data(result, published, lang),
    )
    if scenario.description and result.participants == scenario.participants:
        view.lines.append(scenario.description.in_(lang))
    order = [p for p in personas if p in result.allocation] + [p for p in result.allocation if p not in personas]
    shares = ", ".join(
        f"{personas.get(name, name)} {result.allocation[name]} ({fmt.pct(result.mix[name] * 100, lang)})" for name in order
    )
    view.lines.append(f"{t('allocation', lang)}: {shares}")
    view.lines += context
    marks = Marks(lang, default_run)

    rows = view.table(
        t("benefits_by_rate", lang),
        [
            Column("recidivism", t("recidivism", lang), "rate"),
            Column("societal", t("societal", lang), "eur"),
            Column("published_societal", t("published", lang), "eur"),
            Column("municipal", t("municipal", lang), "eur"),
            Column("published_municipal", t("published", lang), "eur"),
        ],
    )
    for row in result.rows:
        soc, mun = published.get(("societal", row.rate)), published.get(("municipal", row.rate))
        rows.add(
            {
                "recidivism": row.rate,
                "societal": row.societal,
                "published_societal": soc.figure.published if soc else None,
                "municipal": row.municipal,
                "published_municipal": mun.figure.published if mun else None,
            },
            {"published_societal": marks.mark(soc), "published_municipal": marks.mark(mun)},
        )

    minimum = view.table(
        t("minimum_title", lang),
        [Column("law", t("law", lang)), Column("amount", t("amount", lang), "eur"), Column("share", t("share", lang), "pct")],
    )
    for law, amount in result.minimum_by_law.items():
        minimum.add({"law": law, "amount": amount, "share": result.minimum_share(law)})
    minimum.add({"law": t("total", lang), "amount": result.minimum, "share": Decimal(100) if result.minimum else None}, strong=True)

    levels = view.table(
        t("investment_title", lang),
        [
            Column("level", t("level", lang)),
            Column("investment", t("investment", lang), "eur"),
            Column("ratio", t("ratio", lang), "pct"),
            Column("surplus", t("surplus", lang), "eur"),
            Column("break_even", t("break_even_rate", lang), "text"),
            Column("min_participants", t("min_participants", lang), "text"),
        ],
    )
    for entry in result.break_even:
        levels.add(
            {
                "level": level_label(entry.level, lang, entry.investment),
                "investment": entry.investment,
                "ratio": entry.ratio * 100 if entry.ratio is not None else None,
                "surplus": entry.surplus,
                "break_even": break_even_rate(entry, lang),
                "min_participants": t("none", lang) if entry.min_participants is None else str(entry.min_participants),
            }
        )
    if horizon is not None:
        _horizon_section(view, horizon, lang)
    if show_published is False:
        view.notes.append(t("no_published", lang))
    view.notes += marks.notes()
    return view


def _horizon_section(view: View, flows: dict, lang: str) -> None:
    municipal, societal = flows["municipal"], flows["societal"]
    view.data["horizon"] = {
        "years": flows["years"], "discount_rate": flows["discount_rate"], "lag": flows["lag"],
        "recidivism": flows["recidivism"], "investment": {"label": flows["level"], "amount": flows["investment"]},
        "flows": [
            {"year": m.year, "investment": m.costs, "municipal_benefits": m.benefits, "societal_benefits": s.benefits,
             "discount_factor": m.factor}
            for m, s in zip(municipal.years, societal.years)
        ],
        "npv": {"municipal": municipal.npv, "societal": societal.npv},
        "payback_year": {"municipal": municipal.payback_year, "societal": societal.payback_year},
    }
    table = view.table(
        t("horizon_title", lang, years=flows["years"], rate=fmt.rate(flows["discount_rate"], lang),
          recidivism=fmt.rate(flows["recidivism"], lang), level=level_label(flows["level"], lang, flows["investment"])),
        [
            Column("year", t("year", lang), align="right"),
            Column("investment", t("investment", lang), "eur"),
            Column("municipal", t("municipal", lang), "eur"),
            Column("societal", t("societal", lang), "eur"),
            Column("factor", t("discount_factor", lang), align="right"),
            Column("municipal_present", t("municipal_net_present", lang), "eur"),
            Column("societal_present", t("societal_net_present", lang), "eur"),
        ],
    )
    for m, s in zip(municipal.years, societal.years):
        table.add({"year": str(m.year), "investment": m.costs, "municipal": m.benefits, "societal": s.benefits,
                   "factor": fmt.number(m.factor, lang, 4), "municipal_present": m.present, "societal_present": s.present})
    table.add({"year": t("npv", lang), "municipal_present": municipal.npv, "societal_present": societal.npv}, strong=True)
    for key, result in (("municipal", municipal), ("societal", societal)):
        payback = t("year_n", lang, year=result.payback_year) if result.payback_year else t("never", lang)
        view.notes.append(t("payback", lang, perspective=t(key, lang).lower(), year=payback))
