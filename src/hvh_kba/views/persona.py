"""`hvh-kba persona` and `hvh-kba personas`: the study's tables 3-14, computed from the data."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..core.persona import PersonaResult, PricedLine
from ..loader.cache import to_plain
from ..core.verify import Check
from ..render import fmt
from ..render.i18n import t
from ..render.view import Column, View
from .marks import Marks


def _published(checks: list[Check], persona: str) -> dict[tuple, Check]:
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
    line = priced.line
    if municipal and line.municipal and line.municipal.label:
        return line.municipal.label
    return (line.label_en or line.label) if lang == "en" else line.label


def _line_data(priced: PricedLine) -> dict[str, Any]:
    line = priced.line
    return {
        "id": line.id,
        "label": line.label,
        "item": line.item,
        "unit_price": priced.unit_price,
        "list_price": priced.item.price(),
        "deviates": priced.deviates,
        "quantity": priced.units,
        "basis": line.basis,
        "amount": priced.amount,
        "link": priced.link,
        "societal": line.societal,
        "municipal_law": priced.law,
        "source": f"{line.source.where}, r. {line.source.line}",
        "note": line.note,
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


def persona_view(result: PersonaResult, checks: list[Check], *, lang: str, default_run: bool, context: list[str]) -> View:
    persona, profile = result.persona, result.persona.profile
    view = View(f"Persona {persona.number}: {persona.name}", persona_data(result))
    view.lines += [
        profile.summary.strip(),
        f"{t('age', lang)}: {profile.age}. {t('characteristics', lang)}: {'; '.join(profile.characteristics[1:])}.",
        f"{t('offences', lang)}: {'; '.join(profile.offences)}.",
        f"{t('risk_factors', lang)}: {'; '.join(profile.risk_factors)}.",
        f"{t('goals', lang)}: {'; '.join(profile.goals)}.",
        *context,
    ]
    published = _published(checks, persona.id)
    marks = Marks(lang, default_run)
    deviating: list[PricedLine] = []

    for section in ("costs", "benefits"):
        _societal_table(view, result, section, published, marks, lang)
        _municipal_table(view, result, section, published, marks, lang)

    deviating = [p for p in result.costs + result.benefits if p.deviates]
    for priced in deviating:
        item = priced.item
        listed = f"{fmt.eur(item.low, lang)} - {fmt.eur(item.high, lang)}" if item.is_range else fmt.eur(item.amount, lang)
        view.notes.append(f"{t('deviates', lang, listed=listed)}: {_label(priced, lang)} ({priced.item.id})")
    view.notes += marks.notes()
    return view


def _quantity(priced: PricedLine) -> str:
    """The quantity as its factors (6 x 52), so the arithmetic shows."""
    factors = priced.line.quantity
    return " × ".join(f"{f.value.normalize():f}" for f in factors) if len(factors) > 1 else f"{priced.units.normalize():f}"


def _societal_table(view, result, section, published, marks, lang) -> None:
    groups = [(None, t("costs_title", lang))] if section == "costs" else [
        ("recidivism", t("benefits_recidivism_title", lang)),
        ("approach", t("benefits_approach_title", lang)),
    ]
    for link, title in groups:
        table = view.table(
            title,
            [
                Column("item", t("item", lang)),
                Column("unit_price", t("unit_price", lang), "eur"),
                Column("quantity", t("quantity", lang), align="right"),
                Column("amount", t("amount", lang), "eur"),
                Column("published", t("published", lang), "eur"),
            ],
        )
        for priced in result.select(section, "societal", link=link):
            check = published.get((priced.line.id, "societal"))
            row = {"item": _label(priced, lang), "unit_price": priced.unit_price, "quantity": _quantity(priced)}
            row.update(amount=priced.amount, published=check.figure.published if check else None)
            table.add(row, {"unit_price": "*" if priced.deviates else "", "published": marks.mark(check)})
        if link is not None:
            table.add({"item": t(f"subtotal.{link}", lang), "amount": result.total(section, "societal", link=link)}, strong=True)
    total = published.get(("total", section, "societal"))
    row = {"item": t("total", lang), "amount": result.total(section, "societal")}
    row["published"] = total.figure.published if total else None
    table.add(row, {"published": marks.mark(total)}, strong=True)


def _municipal_table(view, result, section, published, marks, lang) -> None:
    table = view.table(
        t(f"municipal_{section}_title", lang),
        [
            Column("law", t("law", lang)),
            Column("item", t("item", lang)),
            Column("amount", t("amount", lang), "eur"),
            Column("published", t("published", lang), "eur"),
        ],
    )
    for law in result.laws(section):
        for priced in result.select(section, "municipal", law):
            check = published.get((priced.line.id, "municipal"))
            only = "" if priced.line.societal else f" {t('municipal_only', lang)}"
            row = {"law": law, "item": _label(priced, lang, municipal=True) + only, "amount": priced.amount}
            row["published"] = check.figure.published if check else None
            table.add(row, {"published": marks.mark(check)})
    total = published.get(("total", section, "municipal"))
    table.add(
        {"law": t("total", lang), "amount": result.total(section, "municipal"), "published": total.figure.published if total else None},
        {"published": marks.mark(total)},
        strong=True,
    )


def personas_view(results: list[PersonaResult], mix: dict[str, Decimal], *, lang: str, context: list[str]) -> View:
    view = View(t("personas_title", lang), {"personas": [persona_data(r) for r in results]})
    view.lines += context
    table = view.table(
        "",
        [
            Column("persona", t("persona", lang)),
            Column("share", t("mix_share", lang), "pct"),
            Column("costs", t("costs", lang), "eur"),
            Column("costs_municipal", t("costs_municipal", lang), "eur"),
            Column("benefits", t("benefits", lang), "eur"),
            Column("benefits_municipal", t("benefits_municipal", lang), "eur"),
            Column("municipal_minimum", t("approach_municipal", lang), "eur"),
        ],
    )
    for result in results:
        table.add(
            {
                "persona": result.persona.name,
                "share": mix.get(result.persona.id, Decimal(0)) * 100,
                "costs": result.total("costs", "societal"),
                "costs_municipal": result.total("costs", "municipal"),
                "benefits": result.total("benefits", "societal"),
                "benefits_municipal": result.total("benefits", "municipal"),
                "municipal_minimum": result.total("benefits", "municipal", link="approach"),
            }
        )
    return view
