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

NumPy is imported here only, and only when this module is: the other commands never load it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from ..schema.persona import Persona
from ..schema.pricelist import Pricelist
from . import rule
from .assumptions import Assumptions
from .perspectives import PERSPECTIVES as VIEWS
from .perspectives import Perspective
from .persona import MUNICIPAL, SOCIETAL, accounts, evaluate_persona

CHUNK = 1 << 16
BINS = 1 << 16
PERSPECTIVES = (MUNICIPAL, SOCIETAL)  # the outcome's two: the budget set against the investment, and the whole
LINKS = ("approach", "recidivism")


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Summary:
    mean: float
    p5: float
    p50: float
    p95: float


@dataclass(frozen=True)
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
        assumptions.weights.convert(float),
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
    rng = np.random.default_rng(seed)
    bounds = _bounds(model)
    edges = {k: np.linspace(lo, hi, BINS + 1) for k, (lo, hi) in bounds.items()}
    counts = {k: np.zeros(BINS, dtype=np.int64) for k in PERSPECTIVES}
    sums = dict.fromkeys(PERSPECTIVES, 0.0)
    reached = dict.fromkeys(investments, 0)
    investment = investments[level]
    done = 0
    while done < draws:
        size = min(CHUNK, draws - done)
        inputs, rates, weights = generate(model, rng, size, recidivism_mean, recidivism_concentration, mix_concentration)
        benefits = evaluate(model, inputs, rates, weights)
        for k, values in benefits.items():
            sums[k] += float(values.sum())
            counts[k] += np.histogram(values, bins=edges[k])[0]
        for name, amount in investments.items():
            reached[name] += int(np.count_nonzero(benefits[MUNICIPAL] >= amount))
        done += size
        if progress:
            progress(done)
    summaries = {k: _summary(sums[k] / draws - investment, counts[k], edges[k], investment) for k in PERSPECTIVES}
    return Outcome(draws, seed, investment, summaries[MUNICIPAL], summaries[SOCIETAL], {n: c / draws for n, c in reached.items()})


def generate(model: Model, rng: np.random.Generator, size: int, mean: float, concentration: float, mix_concentration: float):
    """The random inputs of `size` draws: input values, recidivism rates, persona weights."""
    inputs = rng.uniform(model.low, model.high, size=(size, len(model.items)))
    rates = rng.beta(mean * concentration, (1 - mean) * concentration, size=size)
    weights = rng.dirichlet(model.mix * mix_concentration, size=size)
    return inputs, rates, weights


def evaluate(model: Model, inputs: np.ndarray, rates: np.ndarray, weights: np.ndarray) -> dict[str, np.ndarray]:
    """Benefits per perspective for given draws: (draws, items) inputs, (draws,) rates, (draws, personas) mix."""
    seats = allocate(model.participants, weights)  # (draws, personas)
    parts = np.einsum("si,pkli->spkl", inputs, model.coefficients)  # (draws, personas, perspectives, links)
    per_persona = rule.benefit(parts[..., 0], parts[..., 1], rates[:, None, None], model.weights)
    totals = np.einsum("sp,spk->sk", seats, per_persona)
    return {name: totals[:, k] for k, name in enumerate(PERSPECTIVES)}


def allocate(participants: int, weights: np.ndarray) -> np.ndarray:
    """Largest remainder for every row of `weights` at once, with core.allocation's tie-break.

    Ties on the remainder go to the larger share, then to the earlier persona.
    """
    quotas = participants * weights
    seats = np.floor(quotas)
    left = participants - seats.sum(axis=1)
    remainders = quotas - seats
    column = np.broadcast_to(np.arange(weights.shape[1]), weights.shape)
    order = np.lexsort((column, -weights, -remainders), axis=1)  # the last key sorts first
    ranks = np.argsort(order, axis=1, kind="stable")
    return seats + (ranks < left[:, None])


def _bounds(model: Model) -> dict[str, tuple[float, float]]:
    """Benefits can be no lower and no higher than these: every input at its extreme, all seats on one persona."""
    w = model.weights
    out = {}
    for k, name in enumerate(PERSPECTIVES):
        per_persona_lo, per_persona_hi = [], []
        for p in range(len(model.personas)):
            approach = [rule.approach_part(model.coefficients[p, k, 0] @ end, w) for end in (model.low, model.high)]
            recidivism = [
                rule.recidivism_part(model.coefficients[p, k, 1] @ end, rate, w) for end in (model.low, model.high) for rate in (0.0, 1.0)
            ]
            per_persona_lo.append(min(approach) + min(recidivism))
            per_persona_hi.append(max(approach) + max(recidivism))
        lo = model.participants * min(0.0, min(per_persona_lo))
        hi = model.participants * max(per_persona_hi)
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
