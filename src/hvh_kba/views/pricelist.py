"""`hvh-kba pricelist`: the price list with units, ranges, payers, transfers and sources."""

from __future__ import annotations

from dataclasses import fields

from ..loader.cache import to_plain
from ..render import fmt
from ..render.i18n import t
from ..render.view import Column, View
from ..schema.pricelist import PriceItem, Pricelist


def price_text(item: PriceItem, lang: str) -> str:
    if item.is_range:
        return f"{fmt.eur(item.low, lang)} - {fmt.eur(item.high, lang)}"
    return fmt.eur(item.amount, lang)


def sources_text(item: PriceItem) -> str:
    """The first source, where the price is from (JSON has them all)."""
    ref = item.sources[0]
    return f"{ref.where} r.{ref.line}" if ref.line else ref.where


def matches(item: PriceItem, law: str | None, search: str | None) -> bool:
    if law and law.lower() not in (item.payer.lower(), item.law.lower()):
        return False
    if search:
        needle = search.lower()
        return any(needle in text.lower() for text in (item.id, item.label, item.law, item.note or ""))
    return True


def pricelist_view(pricelist: Pricelist, items: list[PriceItem], *, lang: str, context: list[str]) -> View:
    data = {
        "pricelist": pricelist.meta.id,
        "title": pricelist.meta.title,
        "price_year": pricelist.meta.price_year,
        "items": [
            {
                **{f.name: getattr(item, f.name) for f in fields(item) if f.name not in ("sources", "price_year")},
                "price_year": pricelist.year_of(item),
                "sources": [{k: v for k, v in to_plain(ref).items() if v is not None} for ref in item.sources],
            }
            for item in items
        ],
    }
    view = View(t("pricelist_title", lang, id=pricelist.meta.id), data)
    view.lines.append(pricelist.meta.title)
    view.lines += context
    table = view.table(
        "",
        [
            Column("id", t("item", lang)),
            Column("price", t("price", lang), align="right"),
            Column("unit", t("unit", lang)),
            Column("payer", t("payer", lang)),
            Column("source", t("source", lang)),
        ],
    )
    for item in items:
        table.add(
            {
                "id": item.id,
                "price": price_text(item, lang),
                "unit": item.unit,
                "payer": item.payer,
                "source": sources_text(item),
            },
            {"price": "†" if item.transfer else ""},
        )
    if any(item.transfer for item in items):
        view.notes.append(t("transfer_note", lang))
    if not items:
        view.notes.append(t("no_items", lang))
    return view
