"""Load a data folder (pricelists/, personas/, scenarios/) into a validated Dataset.

Every file is checked, and every problem of every file is reported at once. A load reads its
files through a Reader, which remembers each file and folder it read: that manifest is what the
cache checks before it serves a load again (loader/cache.py).
"""

from __future__ import annotations

import json
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from decimal import Decimal, DivisionByZero, DivisionUndefined
from typing import TypeVar

from ..core.arith import evaluate
from ..core.dataset import OPTIONAL, Dataset
from ..errors import DataError, Message, Problem, Said, os_reason, say
from ..paths import shipped_data_dir
from ..schema.common import MAX_EUROS
from ..schema.persona import LAWS, Persona
from ..schema.pricelist import Pricelist
from ..schema.scenario import Scenario
from .cache import Cache, Manifest, digest, listing
from .flows import flow_problems
from .validate import validate
from .yamlnodes import Document, dotted, merge, parse

M = TypeVar("M")
FOLDERS = ("pricelists", "personas", "scenarios")
MAX_FILE = 4 << 20  # bytes: a data file is a few dozen kilobytes; anything this large is a mistake


class Reader:
    """Reads the files of one load, and remembers what it read: the manifest the cache checks.

    With a cache it also keeps each file's validated record, under the file's path and content
    (and, for a scenario, the bases it extends): after one file changes, only that file is parsed
    and validated again. A record that is right (from the cache, or just validated) comes with a
    Deferred document: the file's lines are read again only if a check of the whole load has a
    problem to locate in it, so a large load does not keep a table of every value's line.
    """

    def __init__(self, cache: Cache | None = None) -> None:
        self.files: dict[str, str] = {}
        self.folders: dict[str, list[str] | None] = {}
        self.cache = cache or Cache(None)

    def list(self, folder: Path) -> list[Path] | None:
        names = listing(folder)
        self.folders[str(folder.resolve())] = names
        return None if names is None else [folder / name for name in names]

    def read(self, path: Path, shown: str) -> tuple[bytes | None, list[Problem]]:
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):
                return None, [Problem(shown, None, "", say("data.not_a_file"))]
            if info.st_size > MAX_FILE:
                return None, [Problem(shown, None, "", say("data.too_large", size=str(info.st_size), limit=str(MAX_FILE)))]
            content = path.read_bytes()
        except FileNotFoundError:
            return None, [Problem(shown, None, "", say("data.file_not_found"))]
        except OSError as exc:
            return None, [Problem(shown, None, "", say("data.cannot_read", reason=os_reason(exc)))]
        self.files[str(path.resolve())] = digest(content)
        return content, []

    def document(self, path: Path, shown: str) -> tuple[Document | None, list[Problem]]:
        content, problems = self.read(path, shown)
        return (None, problems) if content is None else _parsed(content, shown)

    def record(self, path: Path, shown: str, schema: type[M]) -> tuple[M | None, Located | None, list[Problem]]:
        content, problems = self.read(path, shown)
        if content is None:
            return None, None, problems
        key = self.key(schema, path)
        hit = self.cache.get(*key)
        again = Deferred(lambda: _parsed(content, shown)[0], shown)
        if isinstance(hit, schema):
            return hit, again, []
        doc, problems = _parsed(content, shown)
        if doc is None or problems:
            return None, doc, problems
        loaded, problems = validated(schema, doc, shown)
        if loaded is not None and not problems:
            self.cache.put(key[0], NOTHING_ELSE, loaded, slot=key[1])
            return loaded, again, []  # the lines of every value are not kept for a file that is right
        return loaded, doc, problems

    def key(self, schema: type, path: Path, *more: object) -> tuple[str, str]:
        """A record's cache key (its schema, the file's path and the digest of what was just read of it) and its
        slot (the same without the digest): a file's new record replaces its old one, the cache does not grow."""
        resolved = str(path.resolve())
        return (json.dumps(["record", schema.__qualname__, resolved, self.files[resolved], *more]),
                json.dumps(["record", schema.__qualname__, resolved, *more]))

    def manifest(self) -> Manifest:
        return {"files": self.files, "folders": self.folders}


NOTHING_ELSE: Manifest = {"files": {}, "folders": {}}  # a record's entry is keyed by its content: nothing more to check


class Deferred:
    """The document of a record that is right: parsed again when a problem has to be located in it."""

    def __init__(self, parse: Callable[[], Document | None], shown: str) -> None:
        self._parse = parse
        self._shown = shown
        self._doc: Document | None = None

    def locate(self, path: tuple) -> tuple[str, int | None]:
        if self._doc is None:
            self._doc = self._parse()
        return self._doc.locate(path) if self._doc is not None else (self._shown, None)


Located = Document | Deferred  # what a problem is located in


def _parsed(content: bytes, shown: str) -> tuple[Document | None, list[Problem]]:
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        reason = UTF8_REASONS.get(exc.reason, exc.reason)
        return None, [Problem(shown, None, "", say("data.not_utf8", reason=reason, start=str(exc.start)))]
    return parse(text, shown)


def validated(schema: type[M], doc: Document, shown: str) -> tuple[M | None, list[Problem]]:
    """Validation that, whatever the input, ends in a record or in problems naming the file."""
    try:
        return validate(schema, doc)
    except (RecursionError, MemoryError, ArithmeticError) as exc:
        return None, [Problem(shown, None, "", say("data.cannot_validate", kind=type(exc).__name__))]


def load_dataset(
    data_dir: Path,
    *,
    display: str | None = None,
    pricelist_file: Path | None = None,
    scenario_file: Path | None = None,
    cache: Cache | None = None,
    extras: tuple[str, ...] = OPTIONAL,
) -> Dataset:
    """Load and cross-check everything; raise DataError listing every problem found.

    `extras`: the optional folders to load too (a command that needs neither saves their time).
    """
    cache = cache or Cache(None)
    key = json.dumps(["dataset", *(str(p.resolve()) if p else None for p in (data_dir, pricelist_file, scenario_file)), sorted(extras)])
    hit = cache.get(key)
    if isinstance(hit, dict) and set(hit) == set(Dataset.__dataclass_fields__):
        return Dataset(**hit)
    reader = Reader(cache)
    dataset = _load(data_dir, display, pricelist_file, scenario_file, reader, extras)
    cache.put(key, reader.manifest(), {name: getattr(dataset, name) for name in Dataset.__dataclass_fields__})
    return dataset


def load_record(path: Path, shown: str, schema: type[M]) -> tuple[M | None, Document | None, list[Problem]]:
    """One file as a validated record (a benefit key, a price list to compare): never cached."""
    return Reader().record(path, shown, schema)


def _load(
    data_dir: Path, display: str | None, pricelist_file: Path | None, scenario_file: Path | None, reader: Reader,
    extras: tuple[str, ...],
) -> Dataset:
    loader = _Loader(data_dir, display, reader)
    if not data_dir.is_dir():
        raise DataError([Problem(loader.show(data_dir), None, "", say("data.no_data_folder"))])
    pricelists = loader.load_folder("pricelists", Pricelist, lambda p: p.meta.id)
    personas = loader.load_folder("personas", Persona, lambda p: p.id)
    scenarios = loader.load_scenarios()
    override = None
    if pricelist_file is not None:
        loaded = loader.load_file(pricelist_file, str(pricelist_file), Pricelist)
        if loaded is not None:
            override = loaded.meta.id
            pricelists[override] = loaded
            loader.docs[("pricelists", override)] = loader.last_doc
    added = None
    if scenario_file is not None:
        loaded = loader.load_scenario_file(scenario_file, str(scenario_file))
        if loaded is not None:
            scenarios[loaded.id] = added = loaded
    indices = _optional(loader, data_dir, display, "indices", _schema("index", "IndexSeries")) if "indices" in extras else None
    regions = _optional(loader, data_dir, display, "municipalities", _schema("municipality", "Twente")) if "municipalities" in extras else None
    curves = _optional(loader, data_dir, display, "recidivism", _schema("recidivism", "Curve")) if "recidivism" in extras else None
    flows = _optional(loader, data_dir, display, "flows", _schema("flows", "Flows")) if "flows" in extras else None
    dataset = Dataset(pricelists, personas, scenarios, override, added.id if added else None, indices, regions, curves, flows)
    loader.cross_check(dataset)
    if loader.problems:
        raise DataError(list(dict.fromkeys(loader.problems)))  # a base's problem once, not once per scenario
    return dataset


class _Loader:
    def __init__(self, root: Path, display: str | None, reader: Reader):
        self.root = root
        self.display = display
        self.reader = reader
        self.problems: list[Problem] = []
        self.docs: dict[tuple[str, str], Located] = {}
        self.last_doc: Located | None = None
        # files that did not load: references to them are not reported again
        self.broken: dict[str, set[str]] = {folder: set() for folder in FOLDERS + OPTIONAL}

    def show(self, path: Path) -> str:
        if self.display is None:
            return str(path)
        try:
            rel = path.relative_to(self.root)
        except ValueError:
            return str(path)
        return str(Path(self.display) / rel) if self.display else str(rel)

    def files(self, folder: str) -> list[Path]:
        directory = self.root / folder
        found = self.reader.list(directory)
        if found is None:
            self.problems.append(Problem(self.show(directory), None, "", say("data.folder_missing", folders=FOLDERS)))
            return []
        return found

    def load_file(self, path: Path, shown: str, schema: type[M]) -> M | None:
        loaded, doc, problems = self.reader.record(path, shown, schema)
        self.problems += problems
        self.last_doc = doc
        return loaded

    def load_folder(self, folder: str, model: type[M], key) -> dict[str, M]:
        out: dict[str, M] = {}
        for path in self.files(folder):
            loaded = self.load_file(path, self.show(path), model)
            if loaded is None:
                self.broken[folder].add(path.stem)
                continue
            self._check_name(path, key(loaded), self.last_doc, ("meta", "id") if folder == "pricelists" else ("id",))
            if key(loaded) in out:
                self._add(self.last_doc, ("id",), say("data.duplicate_id", id=key(loaded)))
            out[key(loaded)] = loaded
            self.docs[(folder, key(loaded))] = self.last_doc
        return out

    def load_scenarios(self) -> dict[str, Scenario]:
        out: dict[str, Scenario] = {}
        for path in self.files("scenarios"):
            if path.name.startswith("_"):
                continue  # a base that scenarios extend, not a scenario itself
            loaded = self.load_scenario_file(path, self.show(path))
            if loaded is not None:
                self._check_name(path, loaded.id, self.last_doc, ("id",))
                out[loaded.id] = loaded
        return out

    def load_scenario_file(self, path: Path, shown: str) -> Scenario | None:
        again = Deferred(lambda: self._with_bases(path, shown, 0), shown)  # the merged lines, read again if needed
        cached = self._cached_scenario(path, shown)
        if cached is not None:
            self.last_doc = self.docs[("scenarios", cached.id)] = again
            return cached
        chain: list[list[str]] = []
        doc = self._with_bases(path, shown, 0, chain)
        if doc is None:
            return None
        self.last_doc = doc
        loaded, problems = validated(Scenario, doc, shown)
        self.problems += problems
        if loaded is not None:
            self.docs[("scenarios", loaded.id)] = doc if problems else again
            if not problems:
                chain = [[name, base, self.reader.files[base]] for name, base in chain]
                key, slot = self._scenario_key(path)
                self.reader.cache.put(key, NOTHING_ELSE, {"chain": chain, "scenario": loaded}, slot=slot)
        return loaded

    def _scenario_key(self, path: Path) -> tuple[str, str]:
        return self.reader.key(Scenario, path, str(self.root.resolve()))  # the root: where a base is looked for

    def _cached_scenario(self, path: Path, shown: str) -> Scenario | None:
        """The scenario as validated before, if the file and every base it extends are as they were then."""
        content, _ = self.reader.read(path, shown)
        if content is None:
            return None
        hit = self.reader.cache.get(*self._scenario_key(path))
        if not isinstance(hit, dict) or not isinstance(hit.get("scenario"), Scenario) or not isinstance(hit.get("chain"), list):
            return None
        current = path
        for name, resolved, expected in hit["chain"]:
            base = _base_file(current, self.root, name)
            if base is None or str(base.resolve()) != resolved:
                return None
            if self.reader.read(base, self.show(base))[0] is None or self.reader.files[resolved] != expected:
                return None
            current = base
        return hit["scenario"]

    def _with_bases(self, path: Path, shown: str, depth: int, chain: list | None = None) -> Document | None:
        """The file merged onto the bases it extends; `chain` collects each base's name and resolved path."""
        doc, problems = self.reader.document(path, shown)
        self.problems += problems
        if doc is None or problems:
            return None
        base_name = doc.data.pop("extends", None) if isinstance(doc.data, dict) else None
        if base_name is None:
            return doc
        self.reader.list(path.parent)  # a base is looked for here first: a new file here is a change of the load
        base_path = _base_file(path, self.root, base_name) if isinstance(base_name, str) else None
        if base_path is None or depth > 5:
            self._add(doc, ("extends",), say("data.cannot_extend", base=str(base_name)))
            return None
        if chain is not None:
            chain.append([base_name, str(base_path.resolve())])
        base = self._with_bases(base_path, self.show(base_path), depth + 1, chain)
        return None if base is None else merge(base, doc)

    def _check_name(self, path: Path, id_: str, doc: Located | None, at: tuple) -> None:
        if id_ != path.stem:
            self._add(doc, at, say("data.id_not_file_name", id=id_, name=path.stem), path)

    def _add(self, doc: Located | None, path: tuple, message: Said, file: Path | None = None) -> None:
        shown, line = doc.locate(path) if doc else (self.show(file) if file else "?", None)
        self.problems.append(Problem(shown, line, dotted(path), message))

    # -- references between files ------------------------------------------------------------
    def cross_check(self, data: Dataset) -> None:
        for pricelist in data.pricelists.values():
            doc = self.docs.get(("pricelists", pricelist.meta.id))
            self._unique(doc, ("items",), [item.id for item in pricelist.items])
            self._unique(doc, ("alternatives",), [price_set.id for price_set in pricelist.alternatives])
            items = pricelist.by_id()
            for i, price_set in enumerate(pricelist.alternatives):
                for j, price in enumerate(price_set.prices):
                    at = ("alternatives", i, "prices", j)
                    if price.item not in items:
                        self._unknown(doc, at + ("item",), "price item", price.item, items)
                    self._amount(doc, at + ("amount",), price.amount)
        for persona in data.personas.values():
            doc = self.docs.get(("personas", persona.id))
            ids = [line.id for line in persona.costs] + [line.id for line in persona.benefits]
            paths = [("costs", i, "id") for i in range(len(persona.costs))] + [
                ("benefits", i, "id") for i in range(len(persona.benefits))
            ]
            self._unique_at(doc, paths, ids, lambda id_: say("data.duplicate_line_id", id=id_))
        used = {data.pricelist_override} if data.pricelist_override else set()
        for scenario in data.scenarios.values():
            doc = self.docs.get(("scenarios", scenario.id))
            self._unique(doc, ("investment", "lines"), [line.id for line in scenario.investment.lines])
            self._price_ranges(doc, scenario, data)
            if data.pricelist_override is None:
                if scenario.pricelist in data.pricelists:
                    used.add(scenario.pricelist)
                elif scenario.pricelist not in self.broken["pricelists"]:
                    self._unknown(doc, ("pricelist",), "price list", scenario.pricelist, data.pricelists)
            for persona_id in scenario.mix:
                if persona_id not in data.personas and persona_id not in self.broken["personas"]:
                    self._unknown(doc, ("mix", persona_id), "persona", persona_id, data.personas)
        for twente in (data.regions or {}).values():
            self._check_twente(twente, self.docs.get(("municipalities", twente.id)), data)
        for curve in (data.curves or {}).values():
            self._check_curve(curve, self.docs.get(("recidivism", curve.id)))
        twente = data.twente()
        for flows in (data.flows or {}).values():
            doc = self.docs.get(("flows", flows.id))
            if doc is not None:
                self.problems += flow_problems(flows, doc, twente.by_id() if twente else None)
        if self.broken["pricelists"] and not used:
            return  # the price list did not load: item references cannot be checked
        for pricelist_id in sorted(used or data.pricelists):
            items = data.pricelists[pricelist_id].by_id()
            for persona in data.personas.values():
                doc = self.docs.get(("personas", persona.id))
                for section in ("costs", "benefits"):
                    for i, line in enumerate(persona.lines(section)):
                        if line.item not in items:
                            self._unknown(doc, (section, i, "item"), "price item", line.item, items,
                                          say("data.in_price_list", id=pricelist_id))
                        elif not line.caused and not (items[line.item].transfer if line.transfer is None else line.transfer):
                            self._add(doc, (section, i, "caused"), say("data.not_a_transfer", item=line.item))

    def _price_ranges(self, doc: Located | None, scenario: Scenario, data: Dataset) -> None:
        """The research ranges of prices: items of the scenario's price list, low not above high."""
        if scenario.research is None:
            return
        pricelist = data.pricelists.get(data.pricelist_override or scenario.pricelist)
        items = pricelist.by_id() if pricelist else {}
        for name in ("recidivism", "baseline", "deadweight", "dropout", "participants", "stay"):
            span = getattr(scenario.research.ranges, name)
            if span is not None and span.low > span.high:
                shown_low, shown_high = (v * 100 if name in ("recidivism", "baseline", "deadweight", "dropout") else v
                                         for v in (span.low, span.high))
                self._add(doc, ("research", "ranges", name),
                          say("data.low_above_high", low=Decimal(shown_low), high=Decimal(shown_high)))
        detention = scenario.research.detention_item
        if items and detention is not None and detention not in items:
            self._unknown(doc, ("research", "detention_item"), "price item", detention, items)
        self._research_inputs(doc, scenario.research, items)
        for item, span in scenario.research.price_ranges.items():
            at = ("research", "price_ranges", item)
            if items and item not in items:
                self._unknown(doc, at, "price item", item, items)
            low, high = self._amount(doc, at + ("low",), span.low), self._amount(doc, at + ("high",), span.high)
            if low is not None and high is not None and low > high:
                self._add(doc, at, say("data.low_above_high", low=low, high=high))

    def _research_inputs(self, doc: Located | None, research, items: dict) -> None:
        """What correlations and information groups name: price items, or the Monte Carlo's other inputs."""
        from ..schema.scenario import DRAWN

        uniform = [name for name in DRAWN if name in ("places", "stay", "dropout")]
        for i, correlation in enumerate(research.correlations):
            a, b = correlation.between
            for j, name in enumerate((a, b)):
                if name in DRAWN and name not in uniform:
                    self._add(doc, ("research", "correlations", i, "between", j),
                              say("data.not_drawn_uniformly", name=name, uniform=uniform))
                elif name not in DRAWN and items and name not in items:
                    self._unknown(doc, ("research", "correlations", i, "between", j), "price item", name, items)
            if a == b:
                self._add(doc, ("research", "correlations", i, "between"), say("data.correlation_twice", name=a))
            if abs(correlation.rho) == 1:
                self._add(doc, ("research", "correlations", i, "rho"), say("data.correlation_of_one"))
        self._unique(doc, ("research", "information"), [group.id for group in research.information])
        for i, group in enumerate(research.information):
            for j, name in enumerate(group.inputs):
                if name not in DRAWN and items and name not in items:
                    self._unknown(doc, ("research", "information", i, "inputs", j), "input", name, [*DRAWN, *items])

    def _amount(self, doc: Located | None, at: tuple, amount) -> Decimal | None:
        """An amount in euros, or arithmetic on the source's numbers that gives one within the limits."""
        try:
            value = evaluate(amount) if isinstance(amount, str) else amount
        except (ValueError, ArithmeticError) as exc:
            self._add(doc, at, arithmetic_problem(exc, amount))
            return None
        if not 0 <= value <= MAX_EUROS:
            self._add(doc, at, say("data.amount_outside", amount=str(amount), value=str(value), limit=str(MAX_EUROS)))
            return None
        return value

    def _check_twente(self, twente, doc: Located | None, data: Dataset) -> None:
        """References inside the municipalities file: regions, budgets, keys, funding tables."""
        municipalities = twente.by_id()
        regions = {r.id: r for r in twente.regions}
        budgets = {b.id for b in twente.budgets}
        keys = {k.id for k in twente.keys}
        funding = {f.id: f for f in twente.funding}
        self._unique(doc, ("municipalities",), [m.id for m in twente.municipalities])
        for i, m in enumerate(twente.municipalities):
            if m.region not in regions:
                self._unknown(doc, ("municipalities", i, "region"), "region", m.region, regions)
        for i, r in enumerate(twente.regions):
            if r.centre not in municipalities:
                self._unknown(doc, ("regions", i, "centre"), "municipality", r.centre, municipalities)
            if r.budget not in budgets:
                self._unknown(doc, ("regions", i, "budget"), "budget", r.budget, budgets)
        for i, k in enumerate(twente.keys):
            source = funding.get(k.derived_from.funding)
            if source is None or not source.published:
                self._unknown(doc, ("keys", i, "derived_from", "funding"), "funding scenario with a published table", k.derived_from.funding, [f for f in funding if funding[f].published])
            if k.derived_from.region is not None and k.derived_from.region not in regions:
                self._unknown(doc, ("keys", i, "derived_from", "region"), "region", k.derived_from.region, regions)
        for i, f in enumerate(twente.funding):
            for j, part in enumerate(f.parts):
                at = ("funding", i, "parts", j)
                if part.budget not in budgets:
                    self._unknown(doc, at + ("budget",), "budget", part.budget, budgets)
                if part.key not in keys:
                    self._unknown(doc, at + ("key",), "key", part.key, keys)
                self._amount(doc, at + ("amount",), part.amount)
            for m in f.published or {}:
                if m not in municipalities:
                    self._unknown(doc, ("funding", i, "published", m), "municipality", m, municipalities)
        items = set().union(*(p.by_id() for p in data.pricelists.values())) if data.pricelists else set()
        for item, budget in twente.savings.items.items():
            if budget != "bw-mo" and budget not in budgets:
                self._unknown(doc, ("savings", "items", item), "budget", budget, budgets | {"bw-mo"})
            if items and item not in items:
                self._unknown(doc, ("savings", "items", item), "price item", item, items)
        for law, budget in twente.savings.laws.items():
            if budget not in budgets:
                self._unknown(doc, ("savings", "laws", law), "budget", budget, budgets)
        missing = [law for law in LAWS if law not in twente.savings.laws]
        if missing:
            self._add(doc, ("savings", "laws"), say("data.laws_without_budget", laws=missing))

    def _check_curve(self, curve, doc: Located | None) -> None:
        """A cumulative curve: its years in order, its share never falling."""
        for i, (before, point) in enumerate(zip(curve.points, curve.points[1:]), start=1):
            if point.year <= before.year:
                self._add(doc, ("points", i, "year"), say("data.curve.year_order", year=point.year, before=before.year))
            elif point.share < before.share:
                self._add(doc, ("points", i, "share"),
                          say("data.curve.decreases", share=point.share * 100, before=before.share * 100, year=before.year))

    def _unique(self, doc: Located | None, at: tuple, ids: list[str]) -> None:
        self._unique_at(doc, [at + (i, "id") for i in range(len(ids))], ids, lambda id_: say("data.duplicate_id", id=id_))

    def _unique_at(self, doc: Located | None, paths: list[tuple], ids: list[str], duplicate: Callable[[str], Message]) -> None:
        seen: set[str] = set()
        for path, id_ in zip(paths, ids):
            if id_ in seen:
                self._add(doc, path, duplicate(id_))
            seen.add(id_)

    def _unknown(self, doc: Located | None, at: tuple, what: str, name: str, known: Iterable[str], where: Said = "") -> None:
        """'unknown price item 'x'; did you mean 'y'?': `what` names a noun of messages/common.py ('price item')."""
        self._add(doc, at, unknown_name(what, name, known, where))


def unknown_name(what: str, name: str, known: Iterable[str], where: Said = "") -> Message:
    """An unknown name in a data file, with the closest known one or, if none is close, all of them."""
    import difflib

    known = sorted(known)
    close = difflib.get_close_matches(name, known, n=1)
    noun = say(f"noun.{what.replace(' ', '_')}")
    if close:
        return say("data.unknown.close", what=noun, name=name, where=where, close=close[0])
    return say("data.unknown", what=noun, name=name, where=where, known=known)


def arithmetic_problem(exc: Exception, expression: str) -> Said:
    """What is wrong with arithmetic in a data file: the message core/arith.py raised, or what the sum runs into."""
    if exc.args and isinstance(exc.args[0], Message):
        return exc.args[0]
    signals = exc.args[0] if exc.args and isinstance(exc.args[0], list) else [type(exc)]  # decimal lists its signals
    if any(isinstance(s, type) and issubclass(s, (DivisionByZero, DivisionUndefined, ZeroDivisionError)) for s in signals):
        return say("data.arith.division_by_zero", expression=repr(expression))
    if isinstance(exc, ArithmeticError):
        return say("data.arith.cannot_compute", expression=repr(expression))
    return str(exc)


# The reasons Python gives for bytes that are not UTF-8 (exc.reason), in words
UTF8_REASONS = {
    "invalid start byte": say("data.utf8.invalid_start_byte"),
    "invalid continuation byte": say("data.utf8.invalid_continuation_byte"),
    "unexpected end of data": say("data.utf8.unexpected_end"),
}


def _schema(module: str, name: str) -> type:
    """A schema class of an optional folder, imported only when that folder is loaded."""
    import importlib

    return getattr(importlib.import_module(f"hvh_kba.schema.{module}"), name)


def _optional(loader: _Loader, data_dir: Path, display: str | None, folder: str, schema: type[M]) -> dict[str, M]:
    """A folder a data folder may leave out: then the shipped one is used."""
    root = data_dir if loader.reader.list(data_dir / folder) is not None else shipped_data_dir()
    own = _Loader(root, display if root == data_dir else "", loader.reader)
    own.problems = loader.problems  # one list of problems for the whole load
    records = own.load_folder(folder, schema, lambda r: r.id)
    loader.docs.update(own.docs)
    return records


def _base_file(path: Path, root: Path, name: str) -> Path | None:
    candidates = [path.parent / f"{name}.yaml", root / "scenarios" / f"{name}.yaml"]
    return next((p for p in candidates if p.is_file()), None)
