"""The time path of a scenario: one cohort over the years after release, beside the study's one-year reading."""

from __future__ import annotations

from typing import Any

from ..api._recidivism import TimePathResult
from ..i18n import t
from .common import benefits_words, decimals_needed, budget_is_welfare, budget_label, level_cell, whole_label
from .model import Column, Count, Money, Number, Rate, Text, View, Word, phrase


def time_path_data(path: TimePathResult) -> dict[str, Any]:
    return {
        "curve": path.curve.id,
        "hvh_curve": path.hvh_curve.id if path.hvh_curve else None,
        "effect": path.effect,
        "discount_rate": path.discount_rate,
        "years": [
            {"year": y.year, "null": y.null, "hvh": y.hvh, "avoided": y.avoided, "municipal_benefits": y.municipal,
             "societal_benefits": y.societal, "discount_factor": y.factor}
            for y in path.years
        ],
        "present_value": {"municipal": path.municipal, "societal": path.societal},
        "study": {"recidivism": path.study_rate, "municipal": path.study_municipal, "societal": path.study_societal},
        "break_even_effect": [
            {"level": b.level, "investment": b.investment, "effect": b.effect, "without_effect": b.without_effect}
            for b in path.break_even
        ],
        "reoffence": [
            {"persona": r.persona, "municipal": r.municipal, "societal": r.societal, "detention_days": r.detention_days,
             "detention_price": r.detention_price}
            for r in path.reoffences
        ],
    }


def time_path_section(view: View, path: TimePathResult, scenario, names: dict[str, str], participants: int, lang: str) -> None:
    view.data["time_path"] = time_path_data(path)
    once = budget_is_welfare(path.perspective)
    budget, whole = budget_label(path.perspective, lang), whole_label(path.perspective, lang)
    effect = (phrase(t("path.effect", lang), effect=Rate(path.effect)) if path.effect is not None
              else phrase(t("path.own_curve", lang), curve=path.hvh_curve.label.in_(lang)))
    table = view.table(
        "time_path",
        phrase(t("path.title", lang), n=Count(participants), curve=path.curve.label.in_(lang), effect=effect,
               rate=Rate(path.discount_rate)),
        [
            Column("year", t("path.year", lang), align="left"),
            Column("null", t("path.null", lang)),
            Column("hvh", t("path.hvh", lang)),
            Column("avoided", t("path.avoided", lang)),
            Column("municipal", budget_label(path.perspective, lang)),
            *([] if once else [Column("societal", whole)]),
            Column("factor", t("discount_factor", lang)),
        ],
    )
    for y in path.years:
        table.add(f"y{y.year}", {"year": Count(y.year, grouped=False), "null": Rate(y.null, 1), "hvh": Rate(y.hvh, 1),
                                 "avoided": Rate(y.avoided, 1), "municipal": Money(y.municipal), "societal": Money(y.societal),
                                 "factor": Number(y.factor, 4)})
    totals = view.table("time_path_total", t("path.total_title", lang), [
        Column("reading", t("path.reading", lang)), Column("null", t("path.null", lang)), Column("hvh", t("path.hvh", lang)),
        Column("avoided", t("path.avoided_total", lang)), Column("municipal", budget),
        *([] if once else [Column("societal", whole)]),
    ])
    totals.add("present_value", {"reading": Text(t("path.present_value", lang)), "null": Rate(path.null_total, 1),
                                 "hvh": Rate(path.hvh_total, 1), "avoided": Rate(path.null_total - path.hvh_total, 1),
                                 "municipal": Money(path.municipal), "societal": Money(path.societal)}, strong=True)
    totals.add("study", {"reading": Text(t("path.study", lang)), "null": Rate(1, 0), "hvh": Rate(path.study_rate, 1),
                         "avoided": Rate(1 - path.study_rate, 1), "municipal": Money(path.study_municipal),
                         "societal": Money(path.study_societal)})
    if path.break_even:
        levels = view.table("effect_break_even", t("path.break_even_title", lang, benefits=benefits_words(path.perspective, lang)), [
            Column("level", t("level", lang)), Column("investment", t("investment", lang)),
            Column("effect", t("path.needed_effect", lang), align="left"),
        ])
        for b in path.break_even:
            cell = (Word("none-needed", t("path.none_needed", lang)) if b.without_effect
                    else Word("unreachable", t("path.unreachable", lang)) if b.effect is None else Rate(b.effect, 1))
            levels.add(b.level, {"level": level_cell(scenario, b.level, lang), "investment": Money(b.investment), "effect": cell})
    events = view.table("reoffence", t("path.reoffence_title", lang), [
        Column("persona", t("persona", lang)), Column("municipal", budget),
        *([] if once else [Column("societal", whole)]),
        Column("detention_days", t("path.detention_days", lang)), Column("detention_price", t("path.detention_price", lang)),
    ])
    for r in path.reoffences:
        days = Number(r.detention_days, decimals_needed(r.detention_days)) if r.detention_days is not None else None
        price = Money(r.detention_price, decimals=decimals_needed(r.detention_price)) if r.detention_price is not None else None
        events.add(r.persona, {"persona": Text(names.get(r.persona, r.persona)), "municipal": Money(r.municipal),
                               "societal": Money(r.societal), "detention_days": days, "detention_price": price})
    view.note(phrase(t("path.note", lang), curve=path.curve.label.in_(lang), measure=path.curve.measure.in_(lang),
                     title=path.curve.title.in_(lang), assumption=path.curve.assumption.in_(lang)))

