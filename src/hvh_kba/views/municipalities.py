"""`hvh-kba municipalities`: what each municipality pays, what it saves, and who pays and who saves by budget."""

from __future__ import annotations

from decimal import Decimal

from ..api._municipalities import Settlement
from ..i18n import t
from ..schema.persona import LAWS
from .common import context_lines
from .marks import Marks
from .model import Column, Money, Rate, Text, View, line, phrase

ZERO = Decimal(0)


def municipalities_view(report: Settlement, lang: str, *, with_context: bool = True, titled: bool = False) -> View:
    """`titled`: the scenario's name in the title, where a report shows several."""
    twente, funding, positions, flows = report.twente, report.funding, report.positions, report.flows
    laws = [law for law in LAWS if any(p.saves_by_law.get(law) for p in positions)]
    names = {m.id: m.name for m in twente.municipalities}
    regions = {r.id: r.name for r in twente.regions}
    budgets = {b.id: b.label.in_(lang) for b in twente.budgets}
    published = {c.figure.of.municipality: c for c in report.checks if c.figure.of.measure == "funding-contribution"}
    basis = (line(t("basis.minimum", lang)) if report.rate is None else phrase(t("basis.rate", lang), rate=Rate(report.rate)))
    key_label = t("key.inhabitants", lang) if report.key is None else t("key.file", lang, file=report.key)
    scenario_name = report.scenario.name.in_(lang).lower()
    data = {
        "funding": funding.id,
        "scenario": report.scenario.id,
        "recidivism": report.rate,  # None: the municipal minimum
        "benefit_key": report.key or "inhabitants",
        "municipalities": [
            {"municipality": p.municipality, "region": p.region, "pays": p.paid, "pays_by_budget": p.pays,
             "published": p.published, "saves": p.saved, "saves_by_law": p.saves_by_law, "saves_by_budget": p.saves, "net": p.net}
            for p in positions
        ],
        "budgets": [{"budget": f.budget, "pays": f.paid, "saves": f.saved, "net": f.net} for f in flows],
        "totals": {"pays": sum((p.paid for p in positions), ZERO), "saves": sum((p.saved for p in positions), ZERO)},
    }
    title = t("municipalities_title", lang, funding=funding.title.in_(lang))
    view = View(line(f"{title} ({report.scenario.name.in_(lang)})" if titled else title), data)
    view.text(funding.rule.in_(lang))
    if funding.assumption:
        view.text(f"{t('assumption', lang)}: {funding.assumption.in_(lang)}")
    view.text(phrase(t("savings_basis", lang), scenario=scenario_name, basis=basis, by=key_label))
    if with_context:
        view.lines += context_lines(report.context, lang)
    marks = Marks(lang, report.default_run)

    columns = [
        Column("municipality", t("municipality", lang)),
        Column("region", t("region", lang)),
        Column("pays", t("pays", lang)),
        *([Column("published", t("published", lang))] if funding.published else []),
        Column("saves", t("saves", lang)),
    ]
    columns += [Column(f"law-{law}", law, align="right") for law in laws]
    columns.append(Column("net", t("net", lang)))
    table = view.table("municipalities", t("per_municipality", lang), columns)
    for p in positions:
        check = published.get(p.municipality)
        cells = {"municipality": Text(names[p.municipality]), "region": Text(regions[p.region].removeprefix("Regio ")),
                 "pays": Money(p.paid), "published": Money(p.published) if p.published is not None else None,
                 "saves": Money(p.saved), "net": Money(p.net)}
        cells.update({f"law-{law}": Money(p.saves_by_law.get(law, ZERO)) for law in laws})
        table.add(p.municipality, cells, {"published": marks.mark(check)})
    totals = {"municipality": Text(t("total", lang)), "pays": Money(data["totals"]["pays"]), "saves": Money(data["totals"]["saves"]),
              "net": Money(data["totals"]["saves"] - data["totals"]["pays"]),
              "published": Money(sum((p.published for p in positions if p.published is not None), ZERO)) if funding.published else None}
    totals.update({f"law-{law}": Money(sum((p.saves_by_law.get(law, ZERO) for p in positions), ZERO)) for law in laws})
    table.add("total", totals, strong=True)

    flow_table = view.table(
        "budgets",
        t("per_budget", lang),
        [Column("budget", t("budget", lang)), Column("pays", t("pays", lang)), Column("saves", t("saves_in", lang)),
         Column("net", t("net", lang))],
    )
    for f in flows:
        if f.paid or f.saved:
            flow_table.add(f.budget, {"budget": Text(budgets[f.budget]), "pays": Money(f.paid), "saves": Money(f.saved), "net": Money(f.net)})
    view.note(t("budget_note", lang))
    view.notes += marks.notes()
    return view
