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
    overrides = evaluation.assumptions.overrides
    if overrides:
        changed = ", ".join(f"{item} = {fmt.eur(amount, lang)}" for item, amount in overrides.items())
        lines.append(f"{t('overrides', lang)}: {changed}")
    if not session.default_run:
        lines.append(t("changed_run", lang))
    return lines
