"""An analysis: the validated data and the assumptions of a run, and what every question shares.

`load()` reads a data folder (the shipped data by default) through the cache and checks every
assumption; the result is immutable. Its methods resolve names (a scenario, a persona), give the
published figures and their checks, and describe the run (which price list, which changes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..core.assumptions import Assumptions
from ..core.dataset import OPTIONAL, Dataset

# an optional folder -> the dataset's field that holds it
OPTIONAL_FIELDS = {"indices": "indices", "municipalities": "regions", "recidivism": "curves", "flows": "flows"}
from ..core.evaluation import Evaluation
from ..core.perspectives import PERSPECTIVES, TRANSFER_CHOICES, Perspective
from ..errors import InputError, Message, Said, say, shown, unknown
from ..record import record
from ..schema.common import MAX_EUROS, Text
from ..schema.pricelist import Pricelist
from ..schema.scenario import Scenario

if TYPE_CHECKING:  # only in annotations: loaded when a question needs them
    from ..core.verify import Check
    from ..loader.cache import Cache
    from ..loader.published import Study
    from ..schema.municipality import Twente

PRICE_CHOICES = ("low", "mid", "high")
ONE = Decimal(1)


@record
class RunContext:
    """What a computed result rests on, for its header: the price list, the choices, what was changed."""

    pricelist: str
    prices: str  # low, mid or high end of each range
    range_choice: Text | None  # the source's own words for its choice, when the run makes the same one
    price_set: Text | None  # the title of the alternative price set the run uses
    overrides: Mapping[str, Decimal]  # the prices the run changes by hand (--set)
    price_year: int | None
    index: str | None
    effects: Mapping[str, Decimal] | None  # baseline, deadweight, dropout, when they are not the study's
    changed: bool  # the run departs from the study's assumptions, price list or data
    perspective: str  # study, societal, municipal, justice, ... (core/perspectives.py)
    transfers: str  # count (the study) or caused
    changed_data: tuple[str, ...] = ()  # the data files that differ from the shipped ones (kind and id)


@record(eq=False)
class Analysis:
    """The data and the assumptions of one run. Build it with `load()`; change it with `assuming()`."""

    dataset: Dataset
    assumptions: Assumptions
    root: Path
    cache: Cache
    perspective: Perspective = PERSPECTIVES["study"]
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)  # pure results, computed once

    # -- what the run is -----------------------------------------------------------------------
    @property
    def evaluation(self) -> Evaluation:
        return self._once("evaluation", lambda: Evaluation(self.dataset, self.assumptions))

    @property
    def default_run(self) -> bool:
        """True when the run makes the study's own assumptions, so a difference with a published figure is the study's.

        The transfers choice changes the guideline's budgets only, never the study's tables.
        """
        study = replace(self.assumptions, transfers="count")
        return study == Assumptions() and self.dataset.pricelist_override is None and not self.changed_data

    @property
    def changed_data(self) -> tuple[str, ...]:
        """The records of this run's data that differ from the shipped data, as 'kind id' (an edited `init` folder,
        an added scenario file, another price list): what a difference with a published figure may come from."""
        return self._once("changed_data", self._changed_data)

    def _changed_data(self) -> tuple[str, ...]:
        from ..loader.dataset import load_dataset
        from ..paths import shipped_data_dir

        shipped = shipped_data_dir()
        data = self.dataset
        if self.root.resolve() == shipped.resolve() and data.pricelist_override is None and data.added_scenario is None:
            return ()
        loaded = tuple(name for name, attribute in OPTIONAL_FIELDS.items() if getattr(data, attribute) is not None)
        study = load_dataset(shipped, display="", cache=self.cache, extras=loaded)
        kinds = [("pricelist", "pricelists"), ("persona", "personas"), ("scenario", "scenarios"),
                 *((folder, OPTIONAL_FIELDS[folder]) for folder in loaded)]
        out = []
        for kind, attribute in kinds:
            mine, theirs = getattr(data, attribute) or {}, getattr(study, attribute) or {}
            for key in sorted(set(mine) | set(theirs)):
                if mine.get(key) != theirs.get(key):
                    out.append(f"{kind} {key}")
        return tuple(out)

    def assuming(self, **changes: Any) -> Analysis:
        """The same data under other assumptions or another perspective (the keywords of `load()`)."""
        current = self.assumptions
        hand = {k: v for k, v in current.overrides.items() if k not in self._set_prices()}
        given = {
            "prices": current.prices, "price_set": current.price_set, "overrides": hand, "price_year": current.price_year,
            "baseline": current.baseline, "deadweight": current.deadweight, "dropout": current.dropout,
            "transfers": current.transfers, "perspective": self.perspective.id,
        }
        unknown_keys = set(changes) - set(given)
        if unknown_keys:
            raise InputError(say("lib.not_an_assumption", names=sorted(unknown_keys), accepted=list(given)))
        given.update(changes)
        chosen = perspective_of(given.pop("perspective"))
        return Analysis(self.dataset, _assumptions(self.dataset, **given), self.root, self.cache, chosen)

    def pricelist(self, scenario: Scenario | None = None) -> Pricelist:
        return self.dataset.pricelist_for(scenario) if scenario is not None else self.evaluation.default_pricelist()

    def context(self, scenario: Scenario | None = None) -> RunContext:
        pricelist = self.pricelist(scenario)
        a = self.assumptions
        choice = pricelist.meta.range_choice
        return RunContext(
            pricelist=pricelist.meta.id,
            prices=a.prices,
            range_choice=choice.label if choice is not None and choice.end == a.prices else None,
            price_set=next((ps.title for ps in pricelist.alternatives if ps.id == a.price_set), None),
            overrides=MappingProxyType({k: v for k, v in a.overrides.items() if k not in self._set_prices()}),
            price_year=a.price_year,
            index=pricelist.meta.index,
            effects=None if a.effects_are_the_studys else MappingProxyType(
                {"baseline": a.baseline, "deadweight": a.deadweight, "dropout": a.dropout}
            ),
            changed=not self.default_run,
            changed_data=self.changed_data,
            perspective=self.perspective.id,
            transfers=a.transfers,
        )

    # -- names ---------------------------------------------------------------------------------
    def scenario(self, name: str | Path) -> Scenario:
        """A scenario by id, or the scenario file given to `load(scenario=...)` by its path."""
        added = self.dataset.added_scenario
        if added and (isinstance(name, Path) or is_path(name)):
            return self.dataset.scenarios[added]
        if name in self.dataset.scenarios:
            return self.dataset.scenarios[name]
        raise unknown("scenario", str(name), self.dataset.scenarios)

    def persona_id(self, name: str) -> str:
        key = name.lower()
        if key in self.dataset.personas:
            return key
        raise unknown("persona", name, self.dataset.personas)

    def persona_names(self) -> dict[str, str]:
        """Persona ids to names, in the study's order (persona 1, 2, 3)."""
        ordered = sorted(self.dataset.personas.values(), key=lambda p: (p.number, p.id))
        return {p.id: p.name for p in ordered}

    def ordered_scenarios(self) -> list[Scenario]:
        return sorted(self.dataset.scenarios.values(), key=lambda s: (s.participants, s.id))

    def twente(self) -> Twente:
        twente = self.dataset.twente()
        if twente is None:
            raise InputError(say("lib.no_municipalities"))
        return twente

    # -- the published figures -----------------------------------------------------------------
    def study(self) -> Study:
        from ..loader.published import load_study

        return self._once("study", lambda: load_study(cache=self.cache))

    def checks(self, only: Callable[[Any], bool] | None = None) -> list[Check]:
        """The published figures beside the model (those `only` selects, by figure)."""
        from ..core.verify import verify

        study = self.study()
        return verify(study.published, study.errata, self.evaluation, only=only, changed=not self.default_run)

    # -- investment levels ---------------------------------------------------------------------
    def investments(self, scenario: Scenario, chosen: Iterable[str | Decimal | int] | None = None) -> dict[str, Decimal]:
        """Level id -> amount: the scenario's levels, or those chosen (a level id or an amount in euros)."""
        levels = scenario.investment.levels()
        if chosen is None:
            return levels
        out: dict[str, Decimal] = {}
        for value in chosen:
            if isinstance(value, str) and value.strip().lower() in levels:
                key = value.strip().lower()
                out[key] = levels[key]
                continue
            accepted = say("lib.accepted.investment", levels=list(levels))
            try:
                amount = _euros(value, "investments", accepted)
            except InputError as error:
                if isinstance(value, str) and isinstance(error.message, Message) and error.message.key == "lib.not_a_number":
                    raise InputError(say("lib.not_a_level", value=shown(value), accepted=accepted), "investments") from None
                raise
            out[f"custom-{amount.normalize():f}"] = amount
        if not out:
            raise InputError(say("lib.no_investment_level"), "investments")
        return out

    def _set_prices(self) -> dict[str, Decimal]:
        """The prices of the run's price set that the run did not change by hand."""
        chosen = self.assumptions.price_set
        prices = price_set_prices(self.pricelist(), chosen) if chosen else {}
        return {item: v for item, v in prices.items() if self.assumptions.overrides.get(item) == v}

    def _once(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._memo:  # a memo of pure results: it never changes an answer
            self._memo[key] = make()
        return self._memo[key]


def load(
    data_dir: str | Path | None = None,
    *,
    pricelist: str | Path | None = None,
    scenario: str | Path | None = None,
    prices: str = "low",
    price_set: str | None = None,
    overrides: Mapping[str, Decimal | int | str] | None = None,
    price_year: int | None = None,
    baseline: Decimal | int | str | None = None,
    deadweight: Decimal | int | str | None = None,
    dropout: Decimal | int | str | None = None,
    transfers: str = "count",
    perspective: str = "study",
    optional: Iterable[str] = OPTIONAL,
    cache: bool | str | Path = True,
) -> Analysis:
    """Load and validate a data folder (default: the shipped data) under the given assumptions.

    pricelist: a price list file that replaces the one the scenarios name; scenario: a scenario file
    to add; prices: which end of each price range; price_set: an alternative price set of the price
    list (`tekst`: the prices the sources' text states); overrides: price item -> unit price in euros;
    price_year: index every price to this year; baseline, deadweight, dropout: the effects, as
    fractions (the study: 1, 0, 0); transfers: `count` every transfer saving in the budgets (the
    study) or only those the approach `caused`; perspective: whose money the results show (`study`,
    `societal`, `municipal`, `justice`, `care`, `income`, `housing`, `other`, `participant`);
    optional: the optional folders to load (indices, municipalities, recidivism); cache: True (the user's
    cache), False, or a folder.
    Raises DataError (bad data files) or InputError (a bad argument).
    """
    from ..loader.cache import Cache
    from ..loader.dataset import load_dataset
    from ..paths import shipped_data_dir

    wanted = set(optional) | ({"indices"} if price_year is not None else set())
    if wanted - set(OPTIONAL):
        raise InputError(say("lib.unknown_optional", names=sorted(wanted - set(OPTIONAL)), accepted=list(OPTIONAL)), "optional")
    root = Path(data_dir) if data_dir is not None else shipped_data_dir()
    store = Cache.default() if cache is True else Cache(None) if cache is False else Cache(Path(cache))
    dataset = load_dataset(
        root,
        display=str(data_dir) if data_dir is not None else "",
        pricelist_file=Path(pricelist) if pricelist is not None else None,
        scenario_file=Path(scenario) if scenario is not None else None,
        cache=store,
        extras=tuple(sorted(wanted)),
    )
    chosen = perspective_of(perspective)
    assumptions = _assumptions(
        dataset, prices=prices, price_set=price_set, overrides=dict(overrides or {}), price_year=price_year,
        baseline=ONE if baseline is None else baseline, deadweight=deadweight or 0, dropout=dropout or 0, transfers=transfers,
    )
    return Analysis(dataset, assumptions, root, store, chosen)


def perspective_of(name: str) -> Perspective:
    if name not in PERSPECTIVES:
        raise unknown("perspective", name, PERSPECTIVES, "perspective")
    return PERSPECTIVES[name]


def price_set_prices(pricelist: Pricelist, set_id: str) -> dict[str, Decimal]:
    """Item -> unit price of one of the price list's alternative sets."""
    from ..core.arith import evaluate

    chosen = next((ps for ps in pricelist.alternatives if ps.id == set_id), None)
    if chosen is None:
        raise unknown("price set", set_id, [ps.id for ps in pricelist.alternatives], "price_set")
    return {p.item: evaluate(p.amount) if isinstance(p.amount, str) else p.amount for p in chosen.prices}


def _assumptions(dataset: Dataset, *, prices, price_set, overrides, price_year, baseline, deadweight, dropout, transfers) -> Assumptions:
    """Every assumption checked; the price list's items for the overrides, its index for the price year."""
    if prices not in PRICE_CHOICES:
        raise InputError(say("lib.not_a_price_choice", value=str(prices), accepted=list(PRICE_CHOICES)), "prices")
    if transfers not in TRANSFER_CHOICES:
        raise InputError(say("lib.not_a_choice", value=str(transfers), accepted=list(TRANSFER_CHOICES)), "transfers")
    pricelist = Evaluation(dataset).default_pricelist()
    items = pricelist.by_id()
    checked = {}
    for item, amount in overrides.items():
        if item not in items:
            raise unknown("price item", item, items, "overrides")
        checked[item] = _euros(amount, "overrides", say("lib.accepted.euros"), item)
    index = _index(dataset, pricelist, price_year) if price_year is not None else {}
    alternative = price_set_prices(pricelist, price_set) if price_set is not None else {}
    return Assumptions(
        prices=prices,
        price_set=price_set,
        overrides=MappingProxyType({**alternative, **checked}),  # a price changed by hand wins over the set's
        price_year=price_year,
        index=MappingProxyType(index),
        baseline=fraction(baseline, "baseline"),
        deadweight=fraction(deadweight, "deadweight"),
        dropout=fraction(dropout, "dropout"),
        transfers=transfers,
    )


def _index(dataset: Dataset, pricelist: Pricelist, year: int) -> dict[int, Decimal]:
    from ..core.index import chain

    series_id = pricelist.meta.index
    series = (dataset.indices or {}).get(series_id) if series_id else None
    if series is None:
        raise InputError(say("lib.no_index_series", pricelist=pricelist.meta.id), "price_year")
    index = chain(series)
    needed = {year} | {pricelist.year_of(item) for item in pricelist.items}
    outside = sorted(y for y in needed if y not in index)
    if outside:
        # years as written, never grouped as a number (2025, not 2.025)
        raise InputError(say("lib.outside_index", years=[str(y) for y in outside], series=series.id, first=str(min(index)),
                             last=str(max(index))), "price_year")
    return index


def number(value: Decimal | int | float | str, field: str, accepted: Said, name: str | None = None) -> Decimal:
    """A finite number from a Decimal, an int, a float or text; floats by their shortest text (0.3 is 0.3)."""
    what = f"{field} {name}" if name else field
    try:
        result = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip().replace("_", ""))
    except (InvalidOperation, ValueError):
        raise InputError(say("lib.not_a_number", value=shown(value), accepted=accepted), what) from None
    if not result.is_finite():
        raise InputError(say("lib.not_finite", value=shown(value), accepted=accepted), what)
    return result


def fraction(value: Decimal | int | float | str, field: str) -> Decimal:
    """A rate as a fraction from 0 to 1."""
    accepted = say("lib.accepted.fraction")
    result = number(value, field, accepted)
    if not 0 <= result <= 1:
        raise InputError(say("lib.outside", value=shown(result), low=0, high=1, accepted=accepted), field)
    return result


def _euros(value: Decimal | int | float | str, field: str, accepted: Said, name: str | None = None) -> Decimal:
    result = number(value, field, accepted, name)
    if result < 0:
        raise InputError(say("lib.negative", value=shown(value), accepted=accepted), f"{field} {name}" if name else field)
    if result > MAX_EUROS:
        raise InputError(say("lib.above_limit", value=shown(value), limit=MAX_EUROS, accepted=accepted),
                         f"{field} {name}" if name else field)
    return result


def is_path(name: str) -> bool:
    """A scenario argument is a file when it looks like one; otherwise it is a scenario name."""
    return name.endswith((".yaml", ".yml")) or "/" in name
