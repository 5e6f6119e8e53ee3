"""Everything a dataset yields under one set of assumptions: persona and scenario results."""

from __future__ import annotations

from collections import Counter
from dataclasses import field

from ..record import record
from ..schema.pricelist import Pricelist
from .dataset import Dataset
from .assumptions import Assumptions
from .perspectives import Perspective
from .persona import PersonaResult, evaluate_persona
from .scenario import STUDY_VIEW, ScenarioResult, evaluate_scenario


@record(frozen=False)
class Evaluation:
    dataset: Dataset
    assumptions: Assumptions = field(default_factory=Assumptions)
    _personas: dict[str, dict[str, PersonaResult]] = field(default_factory=dict, repr=False)
    _scenarios: dict[tuple[str, str], ScenarioResult] = field(default_factory=dict, repr=False)

    def default_pricelist(self) -> Pricelist:
        """--pricelist if given, else the price list most scenarios name, else the first one."""
        data = self.dataset
        if data.pricelist_override:
            return data.pricelists[data.pricelist_override]
        named = Counter(s.pricelist for s in data.scenarios.values() if s.pricelist in data.pricelists)
        return data.pricelists[named.most_common(1)[0][0] if named else sorted(data.pricelists)[0]]

    def personas(self, pricelist: Pricelist | None = None) -> dict[str, PersonaResult]:
        pricelist = pricelist or self.default_pricelist()
        key = pricelist.meta.id
        if key not in self._personas:  # a memo of pure results, not state that changes answers
            self._personas[key] = {
                pid: evaluate_persona(p, pricelist, self.assumptions) for pid, p in self.dataset.personas.items()
            }
        return self._personas[key]

    def persona(self, persona_id: str) -> PersonaResult:
        return self.personas()[persona_id]

    def scenario(self, scenario_id: str, perspective: Perspective = STUDY_VIEW) -> ScenarioResult:
        """A scenario under a perspective (the study's by default: what the published figures are compared with)."""
        key = (scenario_id, perspective.id)
        if key not in self._scenarios:
            scenario = self.dataset.scenarios[scenario_id]
            personas = self.personas(self.dataset.pricelist_for(scenario))
            self._scenarios[key] = evaluate_scenario(scenario, personas, assumptions=self.assumptions, perspective=perspective)
        return self._scenarios[key]
