"""The price list, filtered; or two price lists compared, with what the difference does to each scenario."""

from __future__ import annotations

from pathlib import Path

from ..core.pricediff import ItemChange, ScenarioChange, item_changes, scenario_changes
from ..errors import DataError, InputError, say
from ..record import record
from ..schema.pricelist import PriceItem, Pricelist
from ._analysis import Analysis


@record
class PricelistReport:
    pricelist: Pricelist
    items: tuple[PriceItem, ...]  # those the filter kept


@record
class PriceDiff:
    a: Pricelist
    b: Pricelist
    items: tuple[ItemChange, ...]
    scenarios: tuple[ScenarioChange, ...]


def pricelist(analysis: Analysis, *, law: str | None = None, search: str | None = None) -> PricelistReport:
    """The run's price list; `law`: only items paid under this law or by this payer; `search`: text in id, label, law or note."""
    chosen = analysis.pricelist()
    return PricelistReport(chosen, tuple(item for item in chosen.items if matches(item, law, search)))


def matches(item: PriceItem, law: str | None, search: str | None) -> bool:
    if law and law.lower() not in (item.payer.lower(), item.law.lower()):
        return False
    if search:
        needle = search.lower()
        texts = (item.id, item.label.nl, item.label.en or "", item.law, item.note or "")
        return any(needle in text.lower() for text in texts)
    return True


def pricelist_diff(analysis: Analysis, a: str | Path, b: str | Path) -> PriceDiff:
    """Which items differ between price lists A and B (ids in the data folder, or files), and what B does to each scenario."""
    first, second = (_pricelist(analysis, name) for name in (a, b))
    rates = {
        s.id: s.research.recidivism.expected() if s.research else s.recidivism_rates[0] for s in analysis.dataset.scenarios.values()
    }
    changes = scenario_changes(analysis.dataset.scenarios, analysis.dataset.personas, first, second, rates, analysis.assumptions)
    return PriceDiff(first, second, tuple(item_changes(first, second)), tuple(changes))


def _pricelist(analysis: Analysis, name: str | Path) -> Pricelist:
    from ..loader.dataset import load_record

    if str(name) in analysis.dataset.pricelists:
        found = analysis.dataset.pricelists[str(name)]
    else:
        path = Path(name)
        if not path.is_file():
            raise InputError(say("lib.pricelist_not_found", name=str(name), known=sorted(analysis.dataset.pricelists)))
        found, _, problems = load_record(path, str(name), Pricelist)
        if problems:
            raise DataError(problems)
    missing = sorted({line.item for p in analysis.dataset.personas.values() for line in p.costs + p.benefits} - set(found.by_id()))
    if missing:
        raise InputError(say("lib.pricelist_lacks_items", name=str(name), missing=missing))
    return found
