"""hvh-kba as a library: load the data once, then ask it questions; every answer is a typed, immutable result.

    from hvh_kba import api
    analysis = api.load()                      # the shipped data, the study's assumptions
    result = api.scenario(analysis, "realistic")
    result.result.minimum                      # Decimal('444410')

Every command of the command line is one of these functions; the command only parses its options
and renders the result. Bad input raises DataError (a data file) or InputError (an argument).
The functions are imported when first used, so `import hvh_kba.api` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE = {
    "load": "analysis", "Analysis": "analysis", "RunContext": "analysis",
    "scenario": "scenario", "scenarios": "scenario", "ScenarioReport": "scenario", "ScenariosReport": "scenario",
    "HorizonResult": "scenario", "TimePathResult": "recidivism", "flows": "flows", "FlowsReport": "flows",
    "monitor": "monitor", "MonitorReport": "monitor", "measure": "measure", "MeasureReport": "measure",
    "persona": "persona", "personas": "persona", "PersonaReport": "persona", "PersonasReport": "persona",
    "pricelist": "pricelist", "pricelist_diff": "pricelist", "PricelistReport": "pricelist", "PriceDiff": "pricelist",
    "breakeven": "breakeven", "BreakEvenReport": "breakeven",
    "verify": "verify", "Verification": "verify",
    "sensitivity": "research", "uncertainty": "research", "SensitivityReport": "research", "UncertaintyReport": "research",
    "municipalities": "municipalities", "Settlement": "municipalities",
    "report": "report", "ReportContent": "report",
    "DataError": "errors", "InputError": "errors",
}
__all__ = sorted(_WHERE)

if TYPE_CHECKING:  # for readers and type checkers; at run time __getattr__ imports on first use
    from ..errors import DataError, InputError
    from ._analysis import Analysis, RunContext, load
    from ._breakeven import BreakEvenReport, breakeven
    from ._flows import FlowsReport, flows
    from ._measure import MeasureReport, measure
    from ._monitor import MonitorReport, monitor
    from ._municipalities import Settlement, municipalities
    from ._persona import PersonaReport, PersonasReport, persona, personas
    from ._pricelist import PriceDiff, PricelistReport, pricelist, pricelist_diff
    from ._recidivism import TimePathResult
    from ._report import ReportContent, report
    from ._research import SensitivityReport, UncertaintyReport, sensitivity, uncertainty
    from ._scenario import HorizonResult, ScenarioReport, ScenariosReport, scenario, scenarios
    from ._verify import Verification, verify


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'hvh_kba.api' has no attribute '{name}'")
    module = _WHERE[name]
    path = "hvh_kba.errors" if module == "errors" else f"{__name__}._{module}"
    value = getattr(importlib.import_module(path), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
