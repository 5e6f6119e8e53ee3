"""Monte Carlo over the uncertain inputs, vectorised with NumPy, in chunks of fixed size.

Per draw: every price item used by a benefit line (a price with a range uniform between its
ends, for every line using it; a price without one times a factor uniform in 1 +/- spread),
the recidivism rate (Beta around a mean), and the persona mix (Dirichlet around the
scenario's mix, then whole participants by largest remainder). The null alternative,
deadweight and drop-out are the run's assumptions.

Nothing of the model is written again here: the lines' accounts and parts come from
core/persona.py, the benefit from core/rule.py (the same functions, on arrays), and the
allocation follows core/allocation.py's tie-break. Benefits are linear in the prices, so each
draw is a few matrix products. Memory stays bounded: draws come in chunks of CHUNK, and the
net results go into fine histograms between bounds known in advance (for the percentiles) and
running sums (for the means). The same seed gives the same numbers.

With an occupancy reading (`Occupancy`), the places filled, the average stay and the drop-out are
drawn too, and each draw serves places x 12 / stay persons (whole, half up: core/flows.py), of whom a
share drop-out is sent back. Inputs drawn uniformly may be correlated (`correlated`): a Gaussian
copula, standard normals with the correlations turned into uniforms by the normal distribution.

NumPy is imported here only, and only when this module is: the other commands never load it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from ..record import record
from decimal import Decimal
from typing import NamedTuple

import numpy as np

from ..schema.persona import Persona
from ..schema.pricelist import Pricelist
from . import rule
from .flows import MONTHS
from .assumptions import Assumptions
from .perspectives import PERSPECTIVES as VIEWS
from .perspectives import Perspective
from .persona import MUNICIPAL, SOCIETAL, accounts, evaluate_persona

CHUNK = 1 << 16
BINS = 1 << 16
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

    inputs: np.ndarray  # (draws, items): a price, or a factor on the price used
    rates: np.ndarray  # (draws,) recidivism
    weights: np.ndarray  # (draws, personas) the mix
    places: np.ndarray | None = None  # (draws,) with an occupancy reading
    stay: np.ndarray | None = None
    dropout: np.ndarray | None = None


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
    for _, benefits in stream(model, draws, seed, recidivism_mean, recidivism_concentration, mix_concentration):
        tally.add(benefits)
        if progress:
            progress(tally.draws)
    return tally.outcome(seed)


class Tally:
    """The Monte Carlo's summary, chunk by chunk: histograms for the percentiles, sums for the means, counts for the chances."""

    def __init__(self, model: Model, investments: Mapping[str, float], level: str):
        bounds = _bounds(model)
        self.edges = {k: np.linspace(lo, hi, BINS + 1) for k, (lo, hi) in bounds.items()}
        self.counts = {k: np.zeros(BINS, dtype=np.int64) for k in PERSPECTIVES}
        self.sums = dict.fromkeys(PERSPECTIVES, 0.0)
        self.investments = dict(investments)
        self.reached = dict.fromkeys(investments, 0)
        self.investment = investments[level]
        self.draws = 0

    def add(self, benefits: Mapping[str, np.ndarray]) -> None:
        for k, values in benefits.items():
            self.sums[k] += float(values.sum())
            self.counts[k] += np.histogram(values, bins=self.edges[k])[0]
        for name, amount in self.investments.items():
            self.reached[name] += int(np.count_nonzero(benefits[MUNICIPAL] >= amount))
        self.draws += len(benefits[MUNICIPAL])

    def outcome(self, seed: int) -> Outcome:
        n, investment = self.draws, self.investment
        summaries = {k: _summary(self.sums[k] / n - investment, self.counts[k], self.edges[k], investment) for k in PERSPECTIVES}
        return Outcome(n, seed, investment, summaries[MUNICIPAL], summaries[SOCIETAL], {k: c / n for k, c in self.reached.items()})


def stream(model: Model, draws: int, seed: int, mean: float, concentration: float, mix_concentration: float):
    """The draws in chunks of CHUNK, each with its benefits per perspective: the same seed, the same chunks."""
    rng = np.random.default_rng(seed)
    done = 0
    while done < draws:
        size = min(CHUNK, draws - done)
        chunk = generate(model, rng, size, mean, concentration, mix_concentration)
        yield chunk, evaluate(model, chunk)
        done += size


def generate(model: Model, rng: np.random.Generator, size: int, mean: float, concentration: float, mix_concentration: float) -> Draws:
    """The random inputs of `size` draws: input values, recidivism rates, persona weights (and the occupancy)."""
    inputs = rng.uniform(model.low, model.high, size=(size, len(model.items)))
    rates = rng.beta(mean * concentration, (1 - mean) * concentration, size=size)
    weights = rng.dirichlet(model.mix * mix_concentration, size=size)
    places = stay = dropout = None
    if model.occupancy is not None:
        o = model.occupancy
        places = _places(o, rng.uniform(size=size))
        stay = rng.uniform(*o.stay, size=size)
        dropout = rng.uniform(*o.dropout, size=size)
    draws = Draws(inputs, rates, weights, places, stay, dropout)
    return _correlate(model, rng, draws) if model.correlated else draws


def evaluate(model: Model, draws: Draws) -> dict[str, np.ndarray]:
    """Benefits per perspective for given draws: per draw the participants, their mix, the prices, the rate."""
    participants = persons(model, draws)
    seats = allocate(participants, draws.weights)  # (draws, personas)
    parts = np.einsum("si,pkli->spkl", draws.inputs, model.coefficients)  # (draws, personas, perspectives, links)
    weights = model.weights
    if draws.dropout is not None:  # drawn drop-out: the effects' weights per draw, by the one rule
        w = rule.weights(model.weights.baseline, model.deadweight, draws.dropout, one=1.0)
        weights = rule.Weights(w.approach[:, None, None], w.kept[:, None, None], w.baseline)
    per_persona = rule.benefit(parts[..., 0], parts[..., 1], draws.rates[:, None, None], weights)
    totals = np.einsum("sp,spk->sk", seats, per_persona)
    return {name: totals[:, k] for k, name in enumerate(PERSPECTIVES)}


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
    total = np.asarray(participants, dtype=float)
    quotas = (total[:, None] if total.ndim else total) * weights
    seats = np.floor(quotas)
    left = total - seats.sum(axis=1)
    remainders = quotas - seats
    column = np.broadcast_to(np.arange(weights.shape[1]), weights.shape)
    order = np.lexsort((column, -weights, -remainders), axis=1)  # the last key sorts first
    ranks = np.argsort(order, axis=1, kind="stable")
    return seats + (ranks < left[:, None])


def _places(o: Occupancy, u: np.ndarray) -> np.ndarray:
    """Whole places from uniforms: a triangular distribution over low .. high + 1 peaking at the scenario's places
    (its inverse distribution function), each draw's whole part: the scenario's places most likely, the ends least."""
    a, c, b = float(o.places[0]), float(o.places[1]) + 0.5, float(o.places[2]) + 1
    below = (c - a) / (b - a)
    values = np.where(u < below, a + np.sqrt(u * (b - a) * (c - a)), b - np.sqrt((1 - u) * (b - a) * (b - c)))
    return np.minimum(np.floor(values), o.places[2])


def drawn_inputs(model: Model) -> dict[str, object]:
    """The inputs a correlation may join, by name: each with the function that turns uniforms into its values."""
    out: dict[str, object] = {item: (lambda u, lo=float(lo), hi=float(hi): lo + u * (hi - lo))
                              for item, lo, hi in zip(model.items, model.low, model.high)}
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
    quantile = drawn_inputs(model)
    inputs = draws.inputs.copy()
    occupancy = {"places": draws.places, "stay": draws.stay, "dropout": draws.dropout}
    for k, name in enumerate(names):
        values = quantile[name](uniforms[:, k])
        if name in occupancy:
            occupancy[name] = values
        else:
            inputs[:, model.items.index(name)] = values
    return draws._replace(inputs=inputs, **occupancy)


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
