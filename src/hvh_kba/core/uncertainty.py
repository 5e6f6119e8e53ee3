"""Monte Carlo over the uncertain inputs, vectorised with NumPy, in chunks of fixed size.

Per draw: every price item used by a benefit line (a price with a range uniform between its
ends, for every line using it; a price without one times a factor uniform in 1 +/- spread),
the recidivism rate (Beta around a mean), and the persona mix (Dirichlet around the
scenario's mix, then whole participants by largest remainder). The null alternative,
deadweight and drop-out are the run's assumptions. Benefits are linear in the prices, so each
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
from .assumptions import Assumptions
from .persona import evaluate_persona

CHUNK = 1 << 16
BINS = 1 << 16
PERSPECTIVES = ("municipal", "societal")
LINKS = ("approach", "recidivism")


@dataclass(frozen=True)
class Model:
    """The scenario as matrices: benefit groups (persona x perspective x link) are coefficients x inputs."""

    personas: list[str]
    items: list[str]
    ranged: np.ndarray  # (items,) bool: drawn as a price, not as a factor
    low: np.ndarray  # (items,) low end of the price or of the factor
    high: np.ndarray
    coefficients: np.ndarray  # (personas, perspectives, links, items): euros per unit of input
    mix: np.ndarray  # (personas,) fractions
    participants: int
    deadweight: float
    dropout: float
    baseline: float


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
) -> Model:
    """`ranges=False` and `spread=0` fix every price at the run's (the deterministic model)."""
    names = list(mix)
    results = {pid: evaluate_persona(personas[pid], pricelist, assumptions) for pid in names}
    items_by_id = pricelist.by_id()
    items: list[str] = []
    for pid in names:
        for priced in results[pid].benefits:
            if priced.line.item not in items:
                items.append(priced.line.item)
    ranged = np.array([ranges and items_by_id[i].is_range and i not in assumptions.overrides for i in items], dtype=bool)
    low = np.array([float(items_by_id[i].low) if r else 1 - float(spread) for i, r in zip(items, ranged)])
    high = np.array([float(items_by_id[i].high) if r else 1 + float(spread) for i, r in zip(items, ranged)])
    coefficients = np.zeros((len(names), 2, 2, len(items)))
    for p, pid in enumerate(names):
        for priced in results[pid].benefits:
            i = items.index(priced.line.item)
            link = LINKS.index(priced.link)
            perspectives = [k for k, name in enumerate(PERSPECTIVES) if _counts(priced, name)]
            for k in perspectives:
                # a ranged item: units x drawn price; otherwise: (units x price used) x drawn factor
                coefficients[p, k, link, i] += float(priced.units if ranged[i] else priced.amount)
    return Model(
        names, items, ranged, low, high, coefficients, np.array([float(mix[n]) for n in names]),
        participants, float(assumptions.deadweight), float(assumptions.dropout), float(assumptions.baseline),
    )


def _counts(priced, perspective: str) -> bool:
    return priced.line.societal if perspective == "societal" else priced.law is not None


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
        benefits = _chunk(model, rng, size, recidivism_mean, recidivism_concentration, mix_concentration)
        for k, values in benefits.items():
            sums[k] += float(values.sum())
            counts[k] += np.histogram(values, bins=edges[k])[0]
        for name, amount in investments.items():
            reached[name] += int(np.count_nonzero(benefits["municipal"] >= amount))
        done += size
        if progress:
            progress(done)
    summaries = {k: _summary(sums[k] / draws - investment, counts[k], edges[k], investment) for k in PERSPECTIVES}
    return Outcome(draws, seed, investment, summaries["municipal"], summaries["societal"], {n: c / draws for n, c in reached.items()})


def generate(model: Model, rng: np.random.Generator, size: int, mean: float, concentration: float, mix_concentration: float):
    """The random inputs of `size` draws: input values, recidivism rates, persona weights."""
    inputs = rng.uniform(model.low, model.high, size=(size, len(model.items)))
    rates = rng.beta(mean * concentration, (1 - mean) * concentration, size=size)
    weights = rng.dirichlet(model.mix * mix_concentration, size=size)
    return inputs, rates, weights


def _chunk(model: Model, rng, size: int, mean: float, concentration: float, mix_concentration: float) -> dict[str, np.ndarray]:
    inputs, rates, weights = generate(model, rng, size, mean, concentration, mix_concentration)
    seats = allocate(model.participants, weights)  # (size, personas)
    # groups: (size, personas, perspectives, links)
    groups = np.einsum("si,pkli->spkl", inputs, model.coefficients)
    kept = 1 - model.dropout
    approach = groups[..., 0] * (1 - model.deadweight) * kept
    recidivism = groups[..., 1] * kept * (model.baseline - rates)[:, None, None]
    per_persona = approach + recidivism  # (size, personas, perspectives)
    totals = np.einsum("sp,spk->sk", seats, per_persona)
    return {name: totals[:, k] for k, name in enumerate(PERSPECTIVES)}


def allocate(participants: int, weights: np.ndarray) -> np.ndarray:
    """Largest remainder for every row of `weights` at once (as core.allocation, ties by column order)."""
    quotas = participants * weights
    seats = np.floor(quotas)
    left = participants - seats.sum(axis=1)
    remainders = quotas - seats
    order = np.argsort(-remainders, axis=1, kind="stable")
    ranks = np.argsort(order, axis=1, kind="stable")
    return seats + (ranks < left[:, None])


def _bounds(model: Model) -> dict[str, tuple[float, float]]:
    """Benefits can be no lower and no higher than these: every input at its extreme, all seats on one persona."""
    lo_in, hi_in = model.low, model.high
    kept = 1 - model.dropout
    out = {}
    for k, name in enumerate(PERSPECTIVES):
        per_persona_lo, per_persona_hi = [], []
        for p in range(len(model.personas)):
            a_lo = model.coefficients[p, k, 0] @ lo_in * (1 - model.deadweight) * kept
            a_hi = model.coefficients[p, k, 0] @ hi_in * (1 - model.deadweight) * kept
            r_lo = model.coefficients[p, k, 1] @ lo_in * kept
            r_hi = model.coefficients[p, k, 1] @ hi_in * kept
            factors = (model.baseline - 1.0, model.baseline)  # (R0 - r) for r in [0, 1]
            recid = [r * f for r in (r_lo, r_hi) for f in factors]
            per_persona_lo.append(a_lo + min(recid))
            per_persona_hi.append(a_hi + max(recid))
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
