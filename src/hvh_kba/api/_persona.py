"""One persona's tables, or all personas in a line each."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..core.persona import PersonaResult, coefficients
from ..core.scenario import Split
from ..record import record
from ._analysis import Analysis, RunContext
from ._scenario import Distribution, distribution

if TYPE_CHECKING:
    from ..core.verify import Check


@record
class PersonaReport:
    result: PersonaResult
    checks: tuple[Check, ...]  # the published figures of the persona's tables
    context: RunContext
    default_run: bool
    distribution: Distribution  # one participant like this persona, per payer (the guideline)


@record
class PersonasReport:
    results: tuple[PersonaResult, ...]  # in the study's order
    mix: Mapping[str, Decimal]  # each persona's share of the participants (the scenarios' mix)
    context: RunContext
    accounts: tuple[Mapping[str, Split], ...]  # per persona, every account (core/perspectives.py)
    whole: str  # the perspective's accounts: society as a whole, and the budget
    budget: str


def persona(analysis: Analysis, name: str) -> PersonaReport:
    """A persona's profile, costs after release and benefits, societal and municipal by law (tables 3-14)."""
    pid = analysis.persona_id(name)
    checks = tuple(analysis.checks(only=lambda f: f.of.persona == pid and f.of.measure.startswith("persona-")))
    result = analysis.evaluation.persona(pid)
    return PersonaReport(result, checks, analysis.context(), analysis.default_run, distribution(_accounts(analysis, result)))


def personas(analysis: Analysis) -> PersonasReport:
    """Every persona: its share of the participants, costs and benefits per year."""
    results = tuple(analysis.evaluation.persona(pid) for pid in analysis.persona_names())
    scenarios = analysis.ordered_scenarios()
    mix = dict(scenarios[len(scenarios) // 2].mix) if scenarios else {}  # the scenarios share one mix; the middle one's
    return PersonasReport(
        results, MappingProxyType(mix), analysis.context(), tuple(_accounts(analysis, r) for r in results),
        analysis.perspective.whole, analysis.perspective.budget,
    )


def _accounts(analysis: Analysis, result: PersonaResult) -> Mapping[str, Split]:
    weights = analysis.assumptions.weights
    return MappingProxyType({name: Split(parts, weights) for name, parts in coefficients(result).items()})
