"""Monte Carlo over the uncertain inputs, vectorised with NumPy, in chunks.

Per draw: every price item used by a benefit line (a price with a range uniform between its
ends, for every line using it; a price without one times a factor uniform in 1 +/- spread),
the recidivism rate (Beta around a mean), and the persona mix (Dirichlet around the
scenario's mix, then whole participants by largest remainder). The null alternative,
deadweight and drop-out are the run's assumptions.

Nothing of the model is written again here: the lines' accounts and parts come from
core/persona.py, the benefit from core/rule.py (the same functions, on arrays), and the
allocation follows core/allocation.py's tie-break. Benefits are linear in the prices, so each
draw is a few matrix products: the prices times each persona's coefficients (taken of the
prices' uniforms, with the coefficients times each range's width, plus the coefficients times the
lows), summed over the personas' participants into the population's two parts, and the rule
applied to those (as core/scenario.py applies it to a population's parts). Where each persona uses
few of many items, the products take only the items the persona uses. Memory stays bounded at any
size of the data: draws come in chunks whose arrays stay within BUDGET bytes (at most CHUNK draws;
fewer as items and personas grow), and the net results go into fine histograms between bounds known
in advance (for the percentiles) and running sums (for the means). The same seed gives the same
numbers.

With an occupancy reading (`Occupancy`), the places filled, the average stay and the drop-out are
drawn too, and each draw serves places x 12 / stay persons (whole, half up: core/flows.py), of whom a
share drop-out is sent back. Inputs drawn uniformly may be correlated (`correlated`): a Gaussian
copula, standard normals with the correlations turned into uniforms by the normal distribution.

NumPy is imported here only, and only when this module is: the other commands never load it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import NamedTuple

import numpy as np

from ..record import record
from ..schema.persona import Persona
from ..schema.pricelist import Pricelist
from . import rule
from .flows import MONTHS
from .assumptions import Assumptions
from .perspectives import PERSPECTIVES as VIEWS
from .perspectives import Perspective
from .persona import MUNICIPAL, SOCIETAL, accounts, evaluate_persona

CHUNK = 1 << 16  # the most draws in a chunk (the shipped data's chunk)
BUDGET = 48 << 20  # bytes the arrays of one chunk may take, about: fewer draws in a chunk as items and personas grow
BINS = 1 << 16
PAIRWISE = 8  # up to this many personas the allocation ranks by comparing them pairwise, beyond it by sorting
PERSPECTIVES = (MUNICIPAL, SOCIETAL)  # the outcome's two: the budget set against the investment, and the whole
LINKS = ("approach", "recidivism")


@record
class Model:
    """The scenario as matrices: the rule's parts (persona x perspective x link) are coefficients x inputs."""

    personas: list[str]
    items: list[str]
    ranged: np.ndarray  # (items,) bool: drawn as a price, not as a factor
    low: np.ndarray  # (items,) low end of the price or of the factor
    high: np.ndarray
    coefficients: np.ndarray  # (personas, perspectives, links, items): euros per unit of input
    mix: np.ndarray  # (personas,) fractions
    participants: int
    weights: rule.Weights  # the effects, as floats
    deadweight: float = 0.0  # the run's, for the weights of a drawn drop-out
    occupancy: Occupancy | None = None  # drawn places, stay and drop-out instead of fixed participants
    correlated: tuple[tuple[str, str, float], ...] = ()  # (input, input, correlation): items, places, stay or dropout


@record
class Occupancy:
    """Ranges to draw the study's 'participants' from as flows: places filled (whole, most often the scenario's),
    the stay in months and the drop-out (uniform)."""

    places: tuple[int, int, int]  # low, the scenario's, high
    stay: tuple[float, float]
    dropout: tuple[float, float]


class Draws(NamedTuple):
    """The random inputs of a chunk of draws."""

    uniforms: np.ndarray  # (draws, items): each input's place between its low and high (`values` gives the inputs)
    rates: np.ndarray  # (draws,) recidivism
    weights: np.ndarray  # (draws, personas) the mix
    places: np.ndarray | None = None  # (draws,) with an occupancy reading
    stay: np.ndarray | None = None
    dropout: np.ndarray | None = None


def values(model: Model, draws: Draws, items: int | slice | np.ndarray = slice(None)) -> np.ndarray:
    """The inputs' values (a price, or a factor on the price used) of the given item columns: low + (high - low) x
    the uniform, as `rng.uniform(low, high)` computes them from the same random numbers."""
    return model.low[items] + (model.high - model.low)[items] * draws.uniforms[:, items]


@record
class Summary:
    mean: float
    p5: float
    p50: float
    p95: float


@record
class Outcome:
    draws: int
    seed: int
    investment: float
    municipal: Summary  # net: municipal benefits minus the investment
    societal: Summary
    reach: dict[str, float]  # investment level -> share of draws whose municipal benefits reach it


def build_model(
    personas: Mapping[str, Persona],
    mix: Mapping[str, Decimal],
    participants: int,
    pricelist: Pricelist,
    assumptions: Assumptions,
    spread: Decimal,
    ranges: bool = True,
    perspective: Perspective = VIEWS["study"],
    price_ranges: Mapping[str, tuple[Decimal, Decimal]] | None = None,
    occupancy: Occupancy | None = None,
    correlated: tuple[tuple[str, str, float], ...] = (),
) -> Model:
    """`ranges=False` and `spread=0` fix every price at the run's (the deterministic model).

    The two accounts drawn are the perspective's budget (as `municipal`) and its whole (as `societal`).
    `price_ranges`: item -> the low and high unit price the sources give, drawn between (these win
    over the list's own ranges).
    """
    names = list(mix)
    results = {pid: evaluate_persona(personas[pid], pricelist, assumptions) for pid in names}
    items_by_id = pricelist.by_id()
    index: dict[str, int] = {}
    for pid in names:
        for priced in results[pid].benefits:
            index.setdefault(priced.line.item, len(index))
    items = list(index)
    spans = {i: (items_by_id[i].low, items_by_id[i].high) for i in items if items_by_id[i].is_range and i not in assumptions.overrides}
    spans.update({i: span for i, span in (price_ranges or {}).items() if i in index})
    ranged = np.array([ranges and i in spans for i in items], dtype=bool)
    low = np.array([float(spans[i][0]) if r else 1 - float(spread) for i, r in zip(items, ranged)])
    high = np.array([float(spans[i][1]) if r else 1 + float(spread) for i, r in zip(items, ranged)])
    coefficients = np.zeros((len(names), len(PERSPECTIVES), len(LINKS), len(items)))
    for p, pid in enumerate(names):
        for priced in results[pid].benefits:
            i = index[priced.line.item]
            link = LINKS.index(priced.link)
            # a ranged item: units x drawn price; otherwise: (units x price used) x drawn factor
            per_unit = priced.units if ranged[i] else priced.amount
            signs = dict(accounts(priced, assumptions.transfers))
            for k, name in enumerate((perspective.budget, perspective.whole)):
                if name in signs:
                    coefficients[p, k, link, i] += signs[name] * float(per_unit)
    return Model(
        names, items, ranged, low, high, coefficients, np.array([float(mix[n]) for n in names]), participants,
        assumptions.weights.convert(float), float(assumptions.deadweight), occupancy, tuple(correlated),
    )


def simulate(
    model: Model,
    draws: int,
    seed: int,
    recidivism_mean: float,
    recidivism_concentration: float,
    mix_concentration: float,
    investments: Mapping[str, float],
    level: str,
    progress: Callable[[int], None] | None = None,
) -> Outcome:
    """Run `draws` draws; `progress(done)` is called after every chunk."""
    tally = Tally(model, investments, level)
    for chunk, benefits in stream(model, draws, seed, recidivism_mean, recidivism_concentration, mix_concentration):
        del chunk  # one chunk's draws in memory at a time: the next is drawn after this one is let go
        tally.add(benefits)
        if progress:
            progress(tally.draws)
    return tally.outcome(seed)


class Tally:
    """The Monte Carlo's summary, chunk by chunk: histograms for the percentiles, sums for the means, counts for the chances."""

    def __init__(self, model: Model, investments: Mapping[str, float], level: str):
        self.bounds = _bounds(model)
        self.edges = {k: np.linspace(lo, hi, BINS + 1) for k, (lo, hi) in self.bounds.items()}
        self.sides = {k: bin_sides(edges) for k, edges in self.edges.items()}
        self.counts = {k: np.zeros(BINS, dtype=np.int64) for k in PERSPECTIVES}
        self.sums = dict.fromkeys(PERSPECTIVES, 0.0)
        self.investments = dict(investments)
        self.reached = dict.fromkeys(investments, 0)
        self.investment = investments[level]
        self.draws = 0

    def add(self, benefits: Mapping[str, np.ndarray]) -> None:
        for k, values in benefits.items():
            self.sums[k] += float(values.sum())
            self.counts[k] += histogram(values, self.bounds[k], self.edges[k], self.sides[k])
        for name, amount in self.investments.items():
            self.reached[name] += int(np.count_nonzero(benefits[MUNICIPAL] >= amount))
        self.draws += len(benefits[MUNICIPAL])

    def outcome(self, seed: int) -> Outcome:
        n, investment = self.draws, self.investment
        summaries = {k: _summary(self.sums[k] / n - investment, self.counts[k], self.edges[k], investment) for k in PERSPECTIVES}
        return Outcome(n, seed, investment, summaries[MUNICIPAL], summaries[SOCIETAL], {k: c / n for k, c in self.reached.items()})


def histogram(values: np.ndarray, bounds: tuple[float, float], edges: np.ndarray,
              sides: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """`np.histogram(values, bins=edges)` for BINS equal bins between `bounds`: each value's bin computed, not searched
    among 65,537 edges, then set right against the edges themselves, so every value lands where the search puts it
    (a bin holds its left edge, the last bin its right edge too; values outside the bounds are left out).
    `sides`: `bin_sides(edges)`, computed once for many calls."""
    lo, hi = bounds
    if values.min() < lo or values.max() > hi:
        values = values[(values >= lo) & (values <= hi)]
    lower, upper = sides or bin_sides(edges)
    scaled = values - lo
    scaled *= BINS / (hi - lo)
    index = scaled.astype(np.intp)  # 0 .. BINS: one off at most, next to an edge
    index -= values < lower[index]
    index += values >= upper[index]
    return np.bincount(index, minlength=BINS)


def bin_sides(edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each computed bin's left and right edge, for indices 0 .. BINS: the edges, except that the last bin has no right
    edge (a value at the upper bound is in it) and index BINS (the upper bound itself) none on the left (it moves
    down into the last bin)."""
    lower = edges.copy()
    lower[BINS] = np.inf
    upper = np.append(edges[1:], np.inf)
    upper[BINS - 1] = np.inf
    return lower, upper


def chunk_size(model: Model, plan: _Plan | None = None) -> int:
    """Draws per chunk: CHUNK, or fewer, so that a chunk's arrays (about: the inputs, the products, the
    allocation's, and a few per draw) stay within BUDGET bytes however many items and personas there are."""
    items, personas = len(model.items), len(model.personas)
    width = (plan or _Plan(model)).width
    per_draw = 8 * (items + width + 8 * personas + 32)
    return int(max(1, min(CHUNK, BUDGET // per_draw)))


def stream(model: Model, draws: int, seed: int, mean: float, concentration: float, mix_concentration: float):
    """The draws in chunks (`chunk_size`), each with its benefits per perspective: the same seed, the same chunks, the
    same benefits."""
    rng = np.random.default_rng(seed)
    plan = _Plan(model)
    size = chunk_size(model, plan)
    done = 0
    while done < draws:
        n = min(size, draws - done)
        chunk = generate(model, rng, n, mean, concentration, mix_concentration)
        benefits = evaluate(model, chunk, plan)
        yield chunk, benefits
        del chunk, benefits  # not held while the next chunk is drawn (unless the caller holds it)
        done += n


def generate(model: Model, rng: np.random.Generator, size: int, mean: float, concentration: float, mix_concentration: float) -> Draws:
    """The random inputs of `size` draws: the inputs' uniforms, recidivism rates, persona weights (and the occupancy).

    Each input is uniform between its low and high (`values`); only the uniforms on [0, 1) are kept: the benefits
    are computed from them, and a caller that needs some inputs' values forms those columns alone."""
    uniforms = rng.random((size, len(model.items)))
    rates = rng.beta(mean * concentration, (1 - mean) * concentration, size=size)
    weights = rng.dirichlet(model.mix * mix_concentration, size=size)
    places = stay = dropout = None
    if model.occupancy is not None:
        o = model.occupancy
        places = _places(o, rng.uniform(size=size))
        stay = rng.uniform(*o.stay, size=size)
        dropout = rng.uniform(*o.dropout, size=size)
    draws = Draws(uniforms, rates, weights, places, stay, dropout)
    return _correlate(model, rng, draws) if model.correlated else draws


def evaluate(model: Model, draws: Draws, plan: _Plan | None = None) -> dict[str, np.ndarray]:
    """Benefits per perspective for given draws: per draw the participants, their mix, the prices, the rate.

    The population's parts (each persona's, times its participants) first, then the one rule on them, as
    core/scenario.py computes a scenario. Arrays run persona by persona and perspective by perspective, a row
    of draws each."""
    seats = _seats(persons(model, draws), np.ascontiguousarray(draws.weights.T))  # (personas, draws)
    parts = (plan or _Plan(model)).population(draws, seats)  # (perspectives, links, draws)
    weights = model.weights
    if draws.dropout is not None:  # drawn drop-out: the effects' weights per draw, by the one rule
        weights = rule.weights(model.weights.baseline, model.deadweight, draws.dropout, one=1.0)
    totals = rule.benefit(parts[:, 0], parts[:, 1], draws.rates, weights)  # (perspectives, draws)
    return {name: totals[k] for k, name in enumerate(PERSPECTIVES)}


class _Plan:
    """How to take the products of a model's prices and coefficients: one matrix product over every item, or, where
    each persona uses few of many items, per persona over its own items only (the others' coefficients are nil).

    The benefits are linear in the prices, and a price is low + (high - low) x its uniform: so the products are
    taken of the uniforms, with each coefficient times its item's high - low, plus the coefficients times the lows
    (the prices' values need not be formed)."""

    def __init__(self, model: Model):
        personas, perspectives, links, items = model.coefficients.shape
        self.shape = (perspectives, links)
        span, low = model.high - model.low, model.low
        by_persona = model.coefficients.reshape(personas, perspectives * links, items)
        used = [np.flatnonzero(np.any(c != 0, axis=0)) for c in by_persona]
        self.sparse = personas > PAIRWISE and 3 * sum(len(u) for u in used) < personas * items
        if self.sparse:
            blocks = [(p, u, np.ascontiguousarray(by_persona[p][:, u])) for p, u in enumerate(used) if len(u)]
            self.blocks = [(p, u, c * span[u], (c @ low[u])[:, None]) for p, u, c in blocks]
            self.width = max((len(u) for u in used), default=0) + perspectives * links
        else:
            matrix = by_persona.reshape(personas * perspectives * links, items)
            self.scaled, self.offset = matrix * span, (matrix @ low)[:, None]
            self.width = personas * perspectives * links

    def population(self, draws: Draws, seats: np.ndarray) -> np.ndarray:
        """Sum over personas of participants x (the persona's coefficients @ the inputs): (perspectives, links, draws),
        from the draws' uniforms. `seats`: (personas, draws)."""
        personas, size = seats.shape
        rows = self.shape[0] * self.shape[1]
        uniforms = draws.uniforms
        if self.sparse:
            total = np.zeros((rows, size))
            for p, used, scaled, offset in self.blocks:
                products = scaled @ uniforms[:, used].T
                products += offset
                products *= seats[p]
                total += products
        else:
            products = self.scaled @ uniforms.T  # each persona's parts, a row per draw
            products += self.offset
            products = products.reshape(personas, rows, size)
            products *= seats[:, None, :]
            total = products[0]
            for p in range(1, personas):
                total += products[p]
        return total.reshape(*self.shape, size)


def persons(model: Model, draws: Draws) -> int | np.ndarray:
    """Participants a year: fixed, or places x months / stay, whole and half up as core/flows.py counts them."""
    if draws.places is None:
        return model.participants
    return np.floor(draws.places * float(MONTHS) / draws.stay + 0.5)


def allocate(participants: int | np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Largest remainder for every row of `weights` at once, with core.allocation's tie-break.

    Ties on the remainder go to the larger share, then to the earlier persona. `participants`: one
    number for every row, or one per row.
    """
    return _seats(participants, np.ascontiguousarray(weights.T)).T


def _seats(participants: int | np.ndarray, shares: np.ndarray) -> np.ndarray:
    """`allocate` with a row per persona: `shares` (personas, draws), the seats alike."""
    total = np.asarray(participants, dtype=float)
    remainders = total * shares  # the quotas, less their whole part below
    seats = np.floor(remainders)
    left = total - sum(seats)  # row by row: each draw's seats summed in the order of the personas
    remainders -= seats
    seats += _ranks(remainders, shares) < left
    return seats


def _ranks(remainders: np.ndarray, shares: np.ndarray) -> np.ndarray:
    """Each persona's place (0: first) in the order the seats left go by: the larger remainder first, then the larger
    share, then the earlier persona; a row per persona. Draws whose remainders all differ are ranked by the
    remainders alone (by comparing pairs of personas for a few, by sorting for many); draws with a tie by the
    whole key."""
    personas, size = remainders.shape
    if personas <= PAIRWISE:
        ranks = np.zeros((personas, size), dtype=np.int8)
        tied = np.zeros(size, dtype=bool)
        for q in range(personas):
            for p in range(q + 1, personas):
                above = remainders[q] > remainders[p]
                ranks[p] += above
                ranks[q] += ~above
                tied |= remainders[q] == remainders[p]
    else:
        order = np.argsort(-remainders, axis=0)
        ordered = np.take_along_axis(remainders, order, axis=0)
        tied = np.any(ordered[1:] == ordered[:-1], axis=0)
        ranks = np.empty_like(order)
        np.put_along_axis(ranks, order, np.arange(personas)[:, None], axis=0)
    if tied.any():
        columns = np.flatnonzero(tied)
        ranks[:, columns] = _ranks_by_key(remainders[:, columns].T, shares[:, columns].T).T
    return ranks


def _ranks_by_key(remainders: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The order by the whole key, a row per draw: remainder, share, persona."""
    column = np.broadcast_to(np.arange(weights.shape[1]), weights.shape)
    order = np.lexsort((column, -weights, -remainders), axis=1)  # the last key sorts first
    return np.argsort(order, axis=1, kind="stable")


def _places(o: Occupancy, u: np.ndarray) -> np.ndarray:
    """Whole places from uniforms: a triangular distribution over low .. high + 1 peaking at the scenario's places
    (its inverse distribution function), each draw's whole part: the scenario's places most likely, the ends least."""
    a, c, b = float(o.places[0]), float(o.places[1]) + 0.5, float(o.places[2]) + 1
    below = (c - a) / (b - a)
    values = np.where(u < below, a + np.sqrt(u * (b - a) * (c - a)), b - np.sqrt((1 - u) * (b - a) * (b - c)))
    return np.minimum(np.floor(values), o.places[2])


def drawn_inputs(model: Model, names: Iterable[str] | None = None) -> dict[str, object]:
    """The inputs a correlation may join, by name: each with the function that turns uniforms into its values
    (only those of `names`, where given)."""
    wanted = None if names is None else set(names)
    out: dict[str, object] = {item: (lambda u, lo=float(lo), hi=float(hi): lo + u * (hi - lo))
                              for item, lo, hi in zip(model.items, model.low, model.high) if wanted is None or item in wanted}
    if model.occupancy is not None:
        o = model.occupancy
        out["places"] = lambda u: _places(o, u)
        out["stay"] = lambda u: o.stay[0] + u * (o.stay[1] - o.stay[0])
        out["dropout"] = lambda u: o.dropout[0] + u * (o.dropout[1] - o.dropout[0])
    return out


def _correlate(model: Model, rng: np.random.Generator, draws: Draws) -> Draws:
    """Redraw the correlated inputs together: correlated standard normals, through the normal distribution to uniforms,
    through each input's own distribution to values (a Gaussian copula)."""
    names = list(dict.fromkeys(name for a, b, _ in model.correlated for name in (a, b)))
    matrix = np.eye(len(names))
    for a, b, rho in model.correlated:
        i, j = names.index(a), names.index(b)
        matrix[i, j] = matrix[j, i] = rho
    normals = rng.standard_normal((len(draws.rates), len(names))) @ np.linalg.cholesky(matrix).T
    uniforms = normal_cdf(normals)
    quantile = drawn_inputs(model, names)
    occupancy = {"places": draws.places, "stay": draws.stay, "dropout": draws.dropout}
    column = {item: i for i, item in enumerate(model.items) if item in quantile}
    for k, name in enumerate(names):
        if name in occupancy:
            occupancy[name] = quantile[name](uniforms[:, k])
        else:  # a price's uniform: its value is low + (high - low) x it, as every price's
            i = column[name]
            draws.uniforms[:, i] = uniforms[:, k]  # the chunk's own, just drawn: its columns are drawn again in place
    return draws._replace(**occupancy)


def normal_cdf(z: np.ndarray) -> np.ndarray:
    """The standard normal distribution function, to 1.5e-7 (Abramowitz & Stegun 7.1.26 for erf): NumPy has no erf."""
    x = np.abs(z) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erf = 1.0 - poly * np.exp(-x * x)
    return 0.5 * (1.0 + np.sign(z) * erf)


def _bounds(model: Model) -> dict[str, tuple[float, float]]:
    """Benefits can be no lower and no higher than these: every input at its extreme, all seats on one persona,
    the most participants, and (with a drawn drop-out) its either end."""
    variants = [model.weights]
    most = model.participants
    if model.occupancy is not None:
        o = model.occupancy
        most = int(np.floor(o.places[2] * float(MONTHS) / o.stay[0] + 0.5))
        variants = [rule.weights(model.weights.baseline, model.deadweight, d, one=1.0) for d in o.dropout]
    out = {}
    for k, name in enumerate(PERSPECTIVES):
        per_persona_lo, per_persona_hi = [], []
        for p in range(len(model.personas)):
            for w in variants:
                approach = [rule.approach_part(model.coefficients[p, k, 0] @ end, w) for end in (model.low, model.high)]
                recidivism = [
                    rule.recidivism_part(model.coefficients[p, k, 1] @ end, rate, w)
                    for end in (model.low, model.high) for rate in (0.0, 1.0)
                ]
                per_persona_lo.append(min(approach) + min(recidivism))
                per_persona_hi.append(max(approach) + max(recidivism))
        lo = most * min(0.0, min(per_persona_lo))
        hi = most * max(0.0, max(per_persona_hi))
        out[name] = (lo, hi if hi > lo else lo + 1.0)
    return out


def _summary(mean_net: float, counts: np.ndarray, edges: np.ndarray, investment: float) -> Summary:
    cumulative = np.cumsum(counts)
    total = cumulative[-1]

    def percentile(q: float) -> float:
        target = q * total
        i = int(np.searchsorted(cumulative, target))
        before = cumulative[i - 1] if i > 0 else 0
        share = (target - before) / counts[i] if counts[i] else 0.0
        return float(edges[i] + share * (edges[i + 1] - edges[i])) - investment

    return Summary(mean_net, percentile(0.05), percentile(0.5), percentile(0.95))
