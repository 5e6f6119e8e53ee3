"""`hvh-kba municipalities`: what each municipality pays, what it saves, and who pays and who saves by budget."""

from __future__ import annotations

from decimal import Decimal

from ..core.funding import BudgetFlow, Position
from ..core.verify import Check
from ..render.i18n import t
from ..render.view import Column, View
from ..schema.municipality import Funding, Twente
from ..schema.persona import LAWS
from .marks import Marks

ZERO = Decimal(0)


def municipalities_view(
    twente: Twente,
    funding: Funding,
    positions: list[Position],
    flows: list[BudgetFlow],
    checks: list[Check],
    *,
    scenario_name: str,
    basis: str,
    key_label: str,
    lang: str,
    default_run: bool,
    context: list[str],
) -> View:
    laws = [law for law in LAWS if any(p.saves_by_law.get(law) for p in positions)]
    names = {m.id: m.name for m in twente.municipalities}
    regions = {r.id: r.name for r in twente.regions}
    budgets = {b.id: (b.label_en or b.label) if lang == "en" else b.label for b in twente.budgets}
    published = {c.figure.of.municipality: c for c in checks if c.figure.of.measure == "funding-contribution"}
    data = {
        "funding": funding.id,
        "scenario": scenario_name,
        "basis": basis,
        "benefit_key": key_label,
        "municipalities": [
            {"municipality": p.municipality, "region": p.region, "pays": p.paid, "pays_by_budget": p.pays,
             "published": p.published, "saves": p.saved, "saves_by_law": p.saves_by_law, "saves_by_budget": p.saves, "net": p.net}
            for p in positions
        ],
        "budgets": [{"budget": f.budget, "pays": f.paid, "saves": f.saved, "net": f.net} for f in flows],
        "totals": {"pays": sum((p.paid for p in positions), ZERO), "saves": sum((p.saved for p in positions), ZERO)},
    }
    view = View(t("municipalities_title", lang, funding=funding.title_en if lang == "en" else funding.title), data)
    view.lines.append(funding.rule_en if lang == "en" else funding.rule)
    if funding.assumption:
        text = (funding.assumption_en or funding.assumption) if lang == "en" else funding.assumption
        view.lines.append(f"{t('assumption', lang)}: {text}")
    view.lines.append(t("savings_basis", lang, scenario=scenario_name, basis=basis, by=key_label))
    view.lines += context
    marks = Marks(lang, default_run)

    columns = [
        Column("municipality", t("municipality", lang)),
        Column("region", t("region", lang)),
        Column("pays", t("pays", lang), "eur"),
        *([Column("published", t("published", lang), "eur")] if funding.published else []),
        Column("saves", t("saves", lang), "eur"),
    ]
    columns += [Column(f"law:{law}", law if law != "Participatiewet" else "Particip.", "eur") for law in laws]
    columns.append(Column("net", t("net", lang), "eur"))
    table = view.table(t("per_municipality", lang), columns)
    for p in positions:
        check = published.get(p.municipality)
        row = {"municipality": names[p.municipality], "region": regions[p.region].removeprefix("Regio "), "pays": p.paid,
               "published": p.published, "saves": p.saved, "net": p.net}
        row.update({f"law:{law}": p.saves_by_law.get(law, ZERO) for law in laws})
        table.add(row, {"published": marks.mark(check)})
    totals = {"municipality": t("total", lang), "pays": data["totals"]["pays"], "saves": data["totals"]["saves"],
              "net": data["totals"]["saves"] - data["totals"]["pays"],
              "published": sum((p.published for p in positions if p.published is not None), ZERO) if funding.published else None}
    totals.update({f"law:{law}": sum((p.saves_by_law.get(law, ZERO) for p in positions), ZERO) for law in laws})
    table.add(totals, strong=True)

    flow_table = view.table(
        t("per_budget", lang),
        [Column("budget", t("budget", lang)), Column("pays", t("pays", lang), "eur"), Column("saves", t("saves_in", lang), "eur"),
         Column("net", t("net", lang), "eur")],
    )
    for f in flows:
        if f.paid or f.saved:
            flow_table.add({"budget": budgets[f.budget], "pays": f.paid, "saves": f.saved, "net": f.net})
    view.notes.append(t("budget_note", lang))
    view.notes += marks.notes()
    return view
