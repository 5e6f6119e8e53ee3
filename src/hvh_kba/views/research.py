"""Views of the research commands: `sensitivity` (a tornado) and `uncertainty` (Monte Carlo)."""

from __future__ import annotations

from decimal import Decimal

from ..core.sensitivity import Swing, Tornado
from ..render import fmt
from ..render.i18n import t
from ..render.view import Column, View
from .scenario import level_label


def _value(swing: Swing, value: Decimal, lang: str) -> str:
    if swing.kind == "range":
        return fmt.eur(value, lang)
    if swing.kind == "spread":
        return fmt.pct((value - 1) * 100, lang) if value < 1 else "+" + fmt.pct((value - 1) * 100, lang)
    if swing.kind == "rate":
        return fmt.rate(value, lang)
    return str(int(value))


def sensitivity_view(tornado: Tornado, scenario_name: str, level: str, *, lang: str, context: list[str], top: int | None) -> View:
    data = {
        "base": {"recidivism": tornado.rate, "investment": tornado.investment, "municipal": tornado.base.municipal,
                 "societal": tornado.base.societal},
        "swings": [
            {"input": s.name, "kind": s.kind, "low": s.low, "high": s.high,
             "municipal_low": s.at_low.municipal, "municipal_high": s.at_high.municipal,
             "societal_low": s.at_low.societal, "societal_high": s.at_high.societal,
             "municipal_swing": s.municipal, "societal_swing": s.societal}
            for s in tornado.swings
        ],
    }
    view = View(t("sensitivity_title", lang, scenario=scenario_name), data)
    view.lines += context
    view.lines.append(
        t("sensitivity_base", lang, rate=fmt.rate(tornado.rate, lang), level=level_label(level, lang, tornado.investment),
          amount=fmt.eur(tornado.investment, lang), municipal=fmt.eur(tornado.base.municipal, lang),
          societal=fmt.eur(tornado.base.societal, lang))
    )
    table = view.table(
        t("tornado", lang),
        [
            Column("input", t("input", lang)),
            Column("low", t("low", lang), align="right"),
            Column("high", t("high", lang), align="right"),
            Column("municipal_low", t("municipal_at_low", lang), "eur"),
            Column("municipal_high", t("municipal_at_high", lang), "eur"),
            Column("municipal_swing", t("swing", lang), "eur"),
            Column("societal_swing", t("societal_swing", lang), "eur"),
        ],
    )
    for swing in tornado.swings[:top] if top else tornado.swings:
        table.add(
            {
                "input": swing.name if swing.kind in ("range", "spread") else t(f"parameter.{swing.name}", lang),
                "low": _value(swing, swing.low, lang),
                "high": _value(swing, swing.high, lang),
                "municipal_low": swing.at_low.municipal,
                "municipal_high": swing.at_high.municipal,
                "municipal_swing": swing.municipal,
                "societal_swing": swing.societal,
            }
        )
    view.notes.append(t("sensitivity_note", lang))
    return view


def uncertainty_view(outcome, scenario_name: str, level: str, mean: Decimal, *, lang: str, context: list[str]) -> View:
    summaries = {"municipal": outcome.municipal, "societal": outcome.societal}
    data = {
        "draws": outcome.draws,
        "seed": outcome.seed,
        "investment": {"label": level, "amount": outcome.investment},
        "recidivism_mean": mean,
        "net": {k: {"mean": s.mean, "p5": s.p5, "p50": s.p50, "p95": s.p95} for k, s in summaries.items()},
        "probability_reach": outcome.reach,
    }
    view = View(t("uncertainty_title", lang, scenario=scenario_name), data)
    view.lines += context
    view.lines.append(t("uncertainty_setup", lang, draws=fmt.number(outcome.draws, lang), seed=outcome.seed,
                        rate=fmt.rate(mean, lang)))
    table = view.table(
        t("net_title", lang, level=level_label(level, lang, Decimal(str(outcome.investment))), amount=fmt.eur(Decimal(str(outcome.investment)), lang)),
        [
            Column("perspective", t("perspective", lang)),
            Column("mean", t("mean", lang), "eur"),
            Column("p5", "P5", "eur"),
            Column("p50", "P50", "eur"),
            Column("p95", "P95", "eur"),
        ],
    )
    for key, summary in summaries.items():
        table.add({"perspective": t(key, lang), "mean": _d(summary.mean), "p5": _d(summary.p5), "p50": _d(summary.p50), "p95": _d(summary.p95)})
    reach = view.table(t("reach_title", lang), [Column("level", t("level", lang)), Column("probability", t("probability", lang), "pct")])
    for name, share in outcome.reach.items():
        reach.add({"level": level_label(name, lang, Decimal(0)) if name in ("decided", "min", "max") else name, "probability": _d(share * 100)})
    view.notes.append(t("uncertainty_note", lang))
    return view


def _d(value: float) -> Decimal:
    return Decimal(repr(value))
