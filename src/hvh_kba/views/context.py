"""The lines that say on what a computed view rests: price list, price choice, changed prices."""

from __future__ import annotations

from ..render import fmt
from ..render.i18n import t
from ..schema.scenario import Scenario


def run_context(session, scenario: Scenario | None = None) -> list[str]:
    lang = session.lang
    evaluation = session.evaluation
    pricelist = session.dataset.pricelist_for(scenario) if scenario else evaluation.default_pricelist()
    lines = [f"{t('pricelist', lang)}: {pricelist.meta.id}; {t('prices.' + evaluation.assumptions.prices, lang)}"]
    assumptions = evaluation.assumptions
    if assumptions.overrides:
        changed = ", ".join(f"{item} = {fmt.eur(amount, lang)}" for item, amount in assumptions.overrides.items())
        lines.append(f"{t('overrides', lang)}: {changed}")
    if assumptions.price_year is not None:
        lines.append(t("indexed", lang, year=assumptions.price_year, series=pricelist.meta.index))
    if not assumptions.effects_are_the_studys:
        lines.append(
            t(
                "effects",
                lang,
                baseline=fmt.rate(assumptions.baseline, lang),
                deadweight=fmt.rate(assumptions.deadweight, lang),
                dropout=fmt.rate(assumptions.dropout, lang),
            )
        )
    if not session.default_run:
        lines.append(t("changed_run", lang))
    return lines
