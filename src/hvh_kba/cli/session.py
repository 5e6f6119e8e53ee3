"""Load the data a command needs from the shared options: the only place commands touch files."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..core.assumptions import Assumptions
from ..core.dataset import Dataset
from ..core.evaluation import Evaluation
from ..loader.cache import Cache, default_dir
from ..loader.dataset import load_dataset
from ..loader.published import Study, load_study
from ..paths import shipped_data_dir
from .options import CliError, Options, parse_assignments, parse_euros, parse_rate, unknown


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
        """True when the run makes the study's own assumptions, so differences mean errata."""
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


def open_session(opts: Options, scenario: str | None = None, extras: tuple[str, ...] = ()) -> Session:
    """Load and validate the data; `scenario` may be the path of a scenario file to add.

    `extras`: optional data folders the command needs (the index series come along with --price-year).
    """
    scenario_file = Path(scenario) if scenario and _is_path(scenario) else None
    root = opts.data_dir if opts.data_dir is not None else shipped_data_dir()
    display = str(opts.data_dir) if opts.data_dir is not None else ""
    cache = Cache(default_dir())
    wanted = tuple(extras) + (("indices",) if opts.price_year is not None else ())
    dataset = load_dataset(
        root, display=display, pricelist_file=opts.pricelist, scenario_file=scenario_file, cache=cache, extras=wanted
    )
    evaluation = Evaluation(dataset)
    assumptions = assumptions_from(opts, evaluation)
    if assumptions != evaluation.assumptions:
        evaluation = Evaluation(dataset, assumptions)
    return Session(dataset, evaluation, opts.lang, cache)


def assumptions_from(opts: Options, evaluation: Evaluation) -> Assumptions:
    """The run's assumptions from the options; every value checked, defaults the study's."""
    pricelist = evaluation.default_pricelist()
    index, year = {}, opts.price_year
    if year is not None:
        index = _index_for(evaluation.dataset, pricelist, year)
    return Assumptions(
        prices=opts.prices,
        overrides=_overrides(opts.set_, pricelist.by_id()),
        price_year=year,
        index=index,
        baseline=parse_rate(opts.baseline, "--baseline-recidivism") if opts.baseline is not None else Decimal(1),
        deadweight=parse_rate(opts.deadweight, "--deadweight") if opts.deadweight is not None else Decimal(0),
        dropout=parse_rate(opts.dropout, "--dropout") if opts.dropout is not None else Decimal(0),
    )


def _index_for(dataset: Dataset, pricelist, year: int) -> dict[int, Decimal]:
    series_id = pricelist.meta.index
    series = (dataset.indices or {}).get(series_id) if series_id else None
    if series is None:
        raise CliError(f"--price-year: price list {pricelist.meta.id} names no index series (meta.index) that is in indices/")
    from ..core.index import chain

    index = chain(series)
    needed = {year} | {pricelist.year_of(item) for item in pricelist.items}
    outside = sorted(y for y in needed if y not in index)
    if outside:
        raise CliError(f"--price-year: {', '.join(map(str, outside))} is outside the index series {series.id} ({min(index)}-{max(index)})")
    return index


def _overrides(sets: tuple[str, ...], items: dict) -> dict[str, Decimal]:
    overrides = {}
    for name, amount in parse_assignments(list(sets), "--set", "--set detentie=230"):
        if name not in items:
            raise unknown("price item", name, sorted(items))
        overrides[name] = parse_euros(amount, f"--set {name}")
    return overrides


def _is_path(name: str) -> bool:
    """A scenario argument is a file when it looks like one; otherwise it is a scenario name."""
    return name.endswith((".yaml", ".yml")) or "/" in name
