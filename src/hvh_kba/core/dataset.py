"""The validated inputs of one run: price lists, personas and scenarios."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..record import record
from ..schema.persona import Persona
from ..schema.pricelist import Pricelist
from ..schema.scenario import Scenario

if TYPE_CHECKING:  # only in annotations: commands that load neither never import them
    from ..schema.index import IndexSeries
    from ..schema.municipality import Twente
    from ..schema.flows import Flows
    from ..schema.recidivism import Curve


# The folders a data folder may leave out (the shipped ones stand in), loaded only when asked for.
OPTIONAL = ("indices", "municipalities", "recidivism", "flows")


@record
class Dataset:
    pricelists: dict[str, Pricelist]
    personas: dict[str, Persona]
    scenarios: dict[str, Scenario]
    # set by --pricelist: this price list replaces the one each scenario names
    pricelist_override: str | None = None
    # set when a scenario was given as a file path: the id it carries
    added_scenario: str | None = None
    indices: dict[str, IndexSeries] | None = None  # price index series, for indexation to a price year
    regions: dict[str, Twente] | None = None  # municipalities, budgets and funding scenarios
    curves: dict[str, Curve] | None = None  # recidivism curves over the years after release
    flows: dict[str, Flows] | None = None  # participants as the sources publish their coming and going

    def twente(self) -> Twente | None:
        return next(iter(self.regions.values()), None) if self.regions else None

    def pricelist_for(self, scenario: Scenario) -> Pricelist:
        return self.pricelists[self.pricelist_override or scenario.pricelist]
