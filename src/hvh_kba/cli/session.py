"""Load the data a command needs from the shared options: the only place commands touch files."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..core.dataset import Dataset
from ..core.evaluation import Evaluation
from ..core.persona import Assumptions
from ..loader.cache import Cache, default_dir
from ..loader.dataset import load_dataset
from ..loader.published import Study, load_study
from ..paths import shipped_data_dir
from .options import CliError, parse_assignments, parse_euros, unknown


@dataclass
class Session:
    dataset: Dataset
    evaluation: Evaluation
    lang: str
    cache: Cache

    def study(self) -> Study:
        """The published figures and errata (shipped with the package)."""
        return load_study(cache=self.cache)

    @property
    def default_run(self) -> bool:
        """True when prices are the study's own, so differences from published figures mean errata."""
        return self.evaluation.assumptions == Assumptions() and self.dataset.pricelist_override is None

    def persona_names(self) -> dict[str, str]:
        """Persona ids to names, in the study's order (persona 1, 2, 3)."""
        ordered = sorted(self.dataset.personas.values(), key=lambda p: (p.number, p.id))
        return {p.id: p.name for p in ordered}

    def scenario_id(self, name: str) -> str:
        if self.dataset.added_scenario and _is_path(name):
            return self.dataset.added_scenario
        if name in self.dataset.scenarios:
            return name
        raise unknown("scenario", name, sorted(self.dataset.scenarios))

    def persona_id(self, name: str) -> str:
        key = name.lower()
        if key in self.dataset.personas:
            return key
        raise unknown("persona", name, sorted(self.dataset.personas))


def open_session(
    data_dir: Path | None,
    pricelist: Path | None,
    sets: list[str] | None,
    lang: str,
    scenario: str | None = None,
) -> Session:
    """Load and validate the data; `scenario` may be the path of a scenario file to add."""
    scenario_file = Path(scenario) if scenario and _is_path(scenario) else None
    root = data_dir if data_dir is not None else shipped_data_dir()
    display = str(data_dir) if data_dir is not None else ""
    cache = Cache(default_dir())
    dataset = load_dataset(root, display=display, pricelist_file=pricelist, scenario_file=scenario_file, cache=cache)
    evaluation = Evaluation(dataset)
    overrides = _overrides(sets or [], evaluation)
    if overrides:
        evaluation = Evaluation(dataset, Assumptions(overrides=overrides))
    return Session(dataset, evaluation, lang, cache)


def _overrides(sets: list[str], evaluation: Evaluation) -> dict[str, Decimal]:
    items = evaluation.default_pricelist().by_id()
    overrides = {}
    for name, amount in parse_assignments(sets, "--set", "--set detentie=230"):
        if name not in items:
            raise unknown("price item", name, sorted(items))
        overrides[name] = parse_euros(amount, f"--set {name}")
    return overrides


def _is_path(name: str) -> bool:
    """A scenario argument is a file when it looks like one; otherwise it is a scenario name."""
    return name.endswith((".yaml", ".yml")) or "/" in name
