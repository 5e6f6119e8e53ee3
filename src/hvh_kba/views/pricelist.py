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


def diff_view(a: Pricelist, b: Pricelist, items: list, scenarios: list, *, lang: str) -> View:
    def describe(item: PriceItem | None) -> str:
        return "" if item is None else f"{price_text(item, lang)} / {item.unit}"

    data = {
        "a": a.meta.id,
        "b": b.meta.id,
        "items": [
            {"id": c.id, "before": _price_data(c.before), "after": _price_data(c.after)} for c in items
        ],
        "scenarios": [
            {
                "scenario": s.scenario.id,
                "recidivism": s.rate,
                "before": {"municipal_minimum": s.before.minimum, "municipal": s.before.municipal, "societal": s.before.societal},
                "after": {"municipal_minimum": s.after.minimum, "municipal": s.after.municipal, "societal": s.after.societal},
            }
            for s in scenarios
        ],
    }
    view = View(t("diff_title", lang, a=a.meta.id, b=b.meta.id), data)
    table = view.table(t("diff_items", lang), [Column("id", t("item", lang)), Column("a", a.meta.id), Column("b", b.meta.id)])
    for change in items:
        table.add({"id": change.id, "a": describe(change.before) or t("absent", lang), "b": describe(change.after) or t("absent", lang)})
    if not items:
        view.notes.append(t("no_differences", lang))
    effects = view.table(
        t("diff_effects", lang),
        [
            Column("scenario", t("scenario", lang)),
            Column("rate", t("recidivism", lang), "rate"),
            Column("minimum_a", f"{t('minimum_short', lang)} A", "eur"),
            Column("minimum_b", f"{t('minimum_short', lang)} B", "eur"),
            Column("minimum_delta", f"Δ {t('minimum_short', lang).lower()}", "eur"),
            Column("municipal_delta", f"Δ {t('municipal', lang).lower()}", "eur"),
            Column("societal_delta", f"Δ {t('societal', lang).lower()}", "eur"),
        ],
    )
    for s in scenarios:
        effects.add(
            {
                "scenario": s.scenario.name.in_(lang), "rate": s.rate,
                "minimum_a": s.before.minimum, "minimum_b": s.after.minimum, "minimum_delta": s.delta.minimum,
                "municipal_delta": s.delta.municipal, "societal_delta": s.delta.societal,
            }
        )
    view.csv_table = 0
    return view


def _price_data(item: PriceItem | None) -> dict | None:
    if item is None:
        return None
    return {"amount": item.amount, "low": item.low, "high": item.high, "unit": item.unit, "price_year": item.price_year}
