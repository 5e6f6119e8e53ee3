"""`hvh-kba persona` and `hvh-kba personas`: the study's tables 3-14, computed from the data."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..api._persona import PersonaReport, PersonasReport
from ..core.persona import PersonaResult, PricedLine
from ..core.verify import Check
from ..i18n import t
from ..loader.cache import to_plain
from .common import budget_is_welfare, budget_label, context_lines, whole_label
from .scenario import distribution_data, distribution_table
from .marks import Marks
from .model import Column, Count, Money, Quantity, Rate, Text, View, line, phrase


def _published(checks: tuple[Check, ...], persona: str) -> dict[tuple, Check]:
    """Published figures of a persona's tables: by (line, perspective) and ('total', section, perspective)."""
    out: dict[tuple, Check] = {}
    for check in checks:
        of = check.figure.of
        if of.persona != persona or of.law or of.link:
            continue
        if of.measure == "persona-line":
            out.setdefault((of.line, of.perspective), check)
        elif of.measure == "persona-total":
            out.setdefault(("total", of.section, of.perspective), check)
    return out


def _label(priced: PricedLine, lang: str, municipal: bool = False) -> str:
    line_ = priced.line
    if municipal and line_.municipal and line_.municipal.label:
        return line_.municipal.label.in_(lang)
    return line_.label.in_(lang)


def _line_data(priced: PricedLine) -> dict[str, Any]:
    item = priced.line
    return {
        "id": item.id,
        "label": item.label.nl,
        "item": item.item,
        "unit_price": priced.unit_price,
        "list_price": priced.item.price(),
        "deviates": priced.deviates,
        "quantity": priced.units,
        "basis": item.basis,
        "amount": priced.amount,
        "link": priced.link,
        "societal": item.societal,
        "municipal_law": priced.law,
        "payer": priced.payer,
        "transfer": priced.transfer,
        "caused": item.caused,
        "source": f"{item.source.where}, r. {item.source.line}",
        "note": item.note,
    }


def persona_data(result: PersonaResult) -> dict[str, Any]:
    persona = result.persona
    laws_costs = {law: result.total("costs", "municipal", law) for law in result.laws("costs")}
    laws_benefits = {law: result.total("benefits", "municipal", law) for law in result.laws("benefits")}
    return {
        "persona": persona.id,
        "name": persona.name,
        "profile": {k: v for k, v in to_plain(persona.profile).items() if k != "sources"},
        "costs": [_line_data(p) for p in result.costs],
        "benefits": [_line_data(p) for p in result.benefits],
        "totals": {
            "costs": {"societal": result.total("costs", "societal"), "municipal": result.total("costs", "municipal"), "by_law": laws_costs},
            "benefits": {
                "societal": result.total("benefits", "societal"),
                "municipal": result.total("benefits", "municipal"),
                "by_law": laws_benefits,
                "recidivism": result.total("benefits", "societal", link="recidivism"),
                "approach": result.total("benefits", "societal", link="approach"),
                "municipal_minimum": result.total("benefits", "municipal", link="approach"),
            },
        },
    }


def persona_view(report: PersonaReport, lang: str, *, with_context: bool = True) -> View:
    result = report.result
    persona, profile = result.persona, result.persona.profile
    view = View(line(f"Persona {persona.number}: {persona.name}"), persona_data(result))
    view.text(profile.summary.strip())
    view.text((f"{t('age', lang)}: ", Count(profile.age), f". {t('characteristics', lang)}: {'; '.join(profile.characteristics[1:])}."))
    view.text(f"{t('offences', lang)}: {'; '.join(profile.offences)}.")
    view.text(f"{t('risk_factors', lang)}: {'; '.join(profile.risk_factors)}.")
    view.text(f"{t('goals', lang)}: {'; '.join(profile.goals)}.")
    if with_context:
        view.lines += context_lines(report.context, lang)
    published = _published(report.checks, persona.id)
    marks = Marks(lang, report.default_run)

    for section in ("costs", "benefits"):
        _societal_tables(view, result, section, published, marks, lang)
        _municipal_table(view, result, section, published, marks, lang)

    view.data["distribution"] = distribution_data(report.distribution)
    if report.context.perspective != "study":
        distribution_table(view, report.distribution, lang)
    for priced in (p for p in result.costs + result.benefits if p.deviates):
        item = priced.item
        listed = (Money(item.low), " - ", Money(item.high)) if item.is_range else (Money(item.amount),)
        view.note(phrase(t("deviates", lang), listed=listed) + (f": {_label(priced, lang)} ({item.id})",))
    view.notes += marks.notes()
    return view


def _societal_tables(view, result, section, published, marks, lang) -> None:
    groups = [(None, "costs", t("costs_title", lang))] if section == "costs" else [
        ("recidivism", "benefits-recidivism", t("benefits_recidivism_title", lang)),
        ("approach", "benefits-approach", t("benefits_approach_title", lang)),
    ]
    for link, table_id, title in groups:
        table = view.table(
            table_id,
            title,
            [
                Column("item", t("item", lang)),
                Column("unit_price", t("unit_price", lang)),
                Column("quantity", t("quantity", lang)),
                Column("amount", t("amount", lang)),
                Column("published", t("published", lang)),
            ],
        )
        for priced in result.select(section, "societal", link=link):
            check = published.get((priced.line.id, "societal"))
            table.add(
                priced.line.id,
                {"item": Text(_label(priced, lang)), "unit_price": Money(priced.unit_price),
                 "quantity": Quantity(tuple(f.value for f in priced.line.quantity)), "amount": Money(priced.amount),
                 "published": Money(check.figure.published) if check else None},
                {"unit_price": "*" if priced.deviates else "", "published": marks.mark(check)},
            )
        if link is not None:
            table.add(f"subtotal-{link}", {"item": Text(t(f"subtotal.{link}", lang)), "amount": Money(result.total(section, "societal", link=link))},
                      strong=True)
    total = published.get(("total", section, "societal"))
    table.add(
        "total",
        {"item": Text(t("total", lang)), "amount": Money(result.total(section, "societal")),
         "published": Money(total.figure.published) if total else None},
        {"published": marks.mark(total)},
        strong=True,
    )


def _municipal_table(view, result, section, published, marks, lang) -> None:
    table = view.table(
        f"municipal-{section}",
        t(f"municipal_{section}_title", lang),
        [
            Column("law", t("law", lang)),
            Column("item", t("item", lang)),
            Column("amount", t("amount", lang)),
            Column("published", t("published", lang)),
        ],
    )
    for law in result.laws(section):
        for priced in result.select(section, "municipal", law):
            check = published.get((priced.line.id, "municipal"))
            only = "" if priced.line.societal else f" {t('municipal_only', lang)}"
            table.add(
                priced.line.id,
                {"law": Text(law), "item": Text(_label(priced, lang, municipal=True) + only), "amount": Money(priced.amount),
                 "published": Money(check.figure.published) if check else None},
                {"published": marks.mark(check)},
            )
    total = published.get(("total", section, "municipal"))
    table.add(
        "total",
        {"law": Text(t("total", lang)), "amount": Money(result.total(section, "municipal")),
         "published": Money(total.figure.published) if total else None},
        {"published": marks.mark(total)},
        strong=True,
    )


def personas_view(report: PersonasReport, lang: str) -> View:
    view = View(t("personas_title", lang), {"personas": [persona_data(r) for r in report.results]})
    view.lines += context_lines(report.context, lang)
    perspective = report.context.perspective
    study = perspective == "study"
    table = view.table(
        "personas",
        "",
        [
            Column("persona", t("persona", lang)),
            Column("share", t("mix_share", lang)),
            Column("costs", t("costs", lang)),
            Column("costs_municipal", t("costs_municipal", lang)),
            Column("benefits", t("benefits", lang) if study else whole_label(perspective, lang)),
            *([] if budget_is_welfare(perspective) else
              [Column("benefits_municipal", t("benefits_municipal", lang) if study else budget_label(perspective, lang))]),
            Column("municipal_minimum", t("approach_municipal", lang) if study else t("minimum_of", lang, who=budget_label(perspective, lang))),
        ],
    )
    zero = Decimal(0)
    for result, accounts in zip(report.results, report.accounts):
        pid = result.persona.id
        whole, budget = accounts[report.whole], accounts[report.budget]  # under `study`: the persona's own tables
        table.add(
            pid,
            {
                "persona": Text(result.persona.name),
                "share": Rate(report.mix[pid], 0) if pid in report.mix else None,
                "costs": Money(result.total("costs", "societal")),
                "costs_municipal": Money(result.total("costs", "municipal")),
                "benefits": Money(whole.at(zero)),
                "benefits_municipal": Money(budget.at(zero)),
                "municipal_minimum": Money(budget.minimum),
            },
        )
    return view
