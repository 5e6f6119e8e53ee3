"""`hvh-kba pricelist`: the price list with units, ranges, payers, transfers and sources; `pricelist diff`."""

from __future__ import annotations

from dataclasses import fields

from ..api._pricelist import PriceDiff, PricelistReport
from ..i18n import t
from ..loader.cache import to_plain
from ..schema.pricelist import PriceItem
from .model import Column, Label, Money, Rate, Text, View, line


def price_cells(item: PriceItem | None, prefix: str = "") -> dict:
    """A price as typed cells: an amount, or a range's low and high."""
    if item is None:
        return {}
    if item.is_range:
        return {f"{prefix}low": Money(item.low), f"{prefix}high": Money(item.high)}
    return {f"{prefix}amount": Money(item.amount)}


def sources_text(item: PriceItem) -> str:
    """The first source, where the price is from (JSON has them all)."""
    ref = item.sources[0]
    return f"{ref.where} r.{ref.line}" if ref.line else ref.where


def pricelist_view(report: PricelistReport, lang: str) -> View:
    pricelist = report.pricelist
    data = {
        "pricelist": pricelist.meta.id,
        "title": pricelist.meta.title,
        "price_year": pricelist.meta.price_year,
        "items": [
            {
                **{f.name: getattr(item, f.name) for f in fields(item) if f.name not in ("sources", "price_year", "label")},
                "label": item.label.nl,
                "price_year": pricelist.year_of(item),
                "sources": [{k: v for k, v in to_plain(ref).items() if v is not None} for ref in item.sources],
            }
            for item in report.items
        ],
    }
    view = View(t("pricelist_title", lang, id=pricelist.meta.id), data)
    view.text(pricelist.meta.title)
    table = view.table(
        "items",
        "",
        [
            Column("id", t("item", lang)),
            Column("amount", t("price", lang)),
            Column("low", t("low", lang)),
            Column("high", t("high", lang)),
            Column("unit", t("unit", lang)),
            Column("payer", t("payer", lang)),
            Column("source", t("source", lang)),
        ],
    )
    for item in report.items:
        mark = "†" if item.transfer else ""
        cells = {"id": Text(item.id), **price_cells(item), "unit": Text(item.unit), "payer": Text(item.payer), "source": Text(sources_text(item))}
        table.add(item.id, cells, {"low" if item.is_range else "amount": mark})
    if any(item.transfer for item in report.items):
        view.note(t("transfer_note", lang))
    if not report.items:
        view.note(t("no_items", lang))
    return view


def diff_view(diff: PriceDiff, lang: str) -> View:
    a, b = diff.a, diff.b
    data = {
        "a": a.meta.id,
        "b": b.meta.id,
        "items": [{"id": c.id, "before": _price_data(c.before), "after": _price_data(c.after)} for c in diff.items],
        "scenarios": [
            {
                "scenario": s.scenario.id,
                "recidivism": s.rate,
                "before": {"municipal_minimum": s.before.minimum, "municipal": s.before.municipal, "societal": s.before.societal},
                "after": {"municipal_minimum": s.after.minimum, "municipal": s.after.municipal, "societal": s.after.societal},
            }
            for s in diff.scenarios
        ],
    }
    view = View(t("diff_title", lang, a=a.meta.id, b=b.meta.id), data)
    table = view.table(
        "items",
        t("diff_items", lang),
        [Column("id", t("item", lang)), Column("a", a.meta.id, align="right"), Column("b", b.meta.id, align="right")],
    )
    for change in diff.items:
        table.add(change.id, {"id": Text(change.id), "a": _describe(change.before, lang), "b": _describe(change.after, lang)})
    if not diff.items:
        view.note(t("no_differences", lang))
    effects = view.table(
        "effects",
        t("diff_effects", lang),
        [
            Column("scenario", t("scenario", lang)),
            Column("rate", t("recidivism", lang)),
            Column("minimum_a", f"{t('minimum_short', lang)} A"),
            Column("minimum_b", f"{t('minimum_short', lang)} B"),
            Column("minimum_delta", f"Δ {t('minimum_short', lang).lower()}"),
            Column("municipal_delta", f"Δ {t('municipal', lang).lower()}"),
            Column("societal_delta", f"Δ {t('societal', lang).lower()}"),
        ],
    )
    for s in diff.scenarios:
        effects.add(
            s.scenario.id,
            {
                "scenario": Text(s.scenario.name.in_(lang)), "rate": Rate(s.rate),
                "minimum_a": Money(s.before.minimum), "minimum_b": Money(s.after.minimum), "minimum_delta": Money(s.delta.minimum),
                "municipal_delta": Money(s.delta.municipal), "societal_delta": Money(s.delta.societal),
            },
        )
    return view


def _describe(item: PriceItem | None, lang: str):
    """A price and its unit in one cell: € 100 / dag, € 45 - € 65 / dagdeel."""
    if item is None:
        return Text(t("absent", lang))
    price = (Money(item.low), " - ", Money(item.high)) if item.is_range else (Money(item.amount),)
    return Label(line(*price, f" / {item.unit}"))


def _price_data(item: PriceItem | None) -> dict | None:
    if item is None:
        return None
    return {"amount": item.amount, "low": item.low, "high": item.high, "unit": item.unit, "price_year": item.price_year}
