"""Value of information from Monte Carlo draws: EVPI, and EVPPI per group of inputs, in two streamed passes.

The decision has two options: continue, with net benefit NB per draw, or stop, with 0. Knowing
everything before deciding would let every draw take its better option, so

    EVPI = E[max(NB, 0)] - max(E[NB], 0).

Knowing only a group of inputs θ lets the decision follow g(θ) = E[NB | θ], so

    EVPPI(θ) = E[max(g(θ), 0)] - max(E[g(θ)], 0).

g is estimated by regressing NB on θ over the draws: the nonparametric regression method of Strong,
Oakley & Brennan (2014), "Estimating multiparameter partial expected value of perfect information
from a probabilistic sensitivity analysis sample: a nonparametric regression approach", Medical
Decision Making 34(3):311-326. They fit a GAM; this is the regression-spline form of that estimator:
least squares on a basis fixed in advance, whose normal equations add up chunk by chunk.

The basis of a group (`Basis`): an intercept and, per input, a natural cubic regression spline
(restricted cubic spline: cubic between the knots, linear beyond the outer two) with its knots spread
evenly through the first chunk's values, from the least to the greatest, or at its distinct values
when it has no more of them than knots: the space of mgcv's cubic regression spline s(x, bs = "cr",
k = knots), without its penalty. Outer knots at the 5 % and 95 % quantiles instead (Harrell's default)
make the tails straight lines, and overstate EVPPI by several per cent for a net benefit that bends
there, as x² of a normal x does. A group of two or more inputs adds up its inputs' splines and the
pairwise products of their standardised values: additive curves plus linear-by-linear interactions,
which catch products of inputs (a price times a quantity) without the many columns of a
tensor-product spline. Interactions of other shapes are missed, and EVPPI then tends to come out low.

Memory stays bounded by one chunk, whatever the number of draws. Pass 1 sums per group XᵀX and Xᵀy
(X the basis, y = NB; a float64 product per chunk) and the sums for EVPI; each group's least squares
is solved once; pass 2 takes the same chunks again and sums the fitted g and max(g, 0). The inputs are
standardised with the first chunk's means and spreads and the normal equations equilibrated before
the solve, which takes the minimum-norm solution: a rank-deficient basis (a constant input; a
discrete one with few values) gets a fit rather than an error.

EVPPI can exceed EVPI only through estimation noise (the regression's, as g is fitted to the same
draws): such a value is reported as it is, not clipped. It is never negative, by Jensen's inequality
on the draws' own means.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

import numpy as np

from ..record import record

Chunk = tuple[np.ndarray, Mapping[str, np.ndarray]]  # NB (n,), and group -> its inputs, (n, k) or (n,)

KNOTS = 6
BLOCK = 1 << 14  # draws at a time for the spline terms: their temporaries stay in the processor's cache
RCOND = 1e-12  # singular values of the equilibrated XᵀX below this share of the largest count as 0: collinear columns


@record
class ValueOfInformation:
    draws: int
    mean_net: float  # E[NB]
    evpi: float
    evppi: dict[str, float]  # group -> EVPPI, in the groups' order
    r_squared: dict[str, float]  # group -> share of NB's variance its regression explains (0 when NB is constant)


@record(eq=False)
class Basis:
    """The regression basis of one group, fixed by the first chunk.

    `basis(inputs)` gives X transposed, (columns, n): a row per basis function, so that NumPy's loops
    run along the draws rather than across a handful of columns.
    """

    centre: np.ndarray  # (k,) the inputs' means
    scale: np.ndarray  # (k,) and standard deviations (1 where constant)
    knots: tuple[np.ndarray, ...]  # per input, in standardised units: fewer than 3 is a straight line
    maps: tuple[np.ndarray, ...]  # per input, (knots - 2, knots): truncated cubes -> spline terms

    @classmethod
    def fit(cls, inputs: np.ndarray, knots: int = KNOTS) -> Basis:
        """The basis for (n, k) `inputs` of the first chunk."""
        centre = inputs.mean(axis=0)
        scale = _nonzero(inputs.std(axis=0))
        chosen = tuple(_knots((inputs[:, i] - centre[i]) / scale[i], knots) for i in range(inputs.shape[1]))
        return cls(centre, scale, chosen, tuple(_spline_map(t) for t in chosen))

    @property
    def columns(self) -> int:
        k = self.centre.size
        return 1 + k + sum(m.shape[0] for m in self.maps) + k * (k - 1) // 2

    def __call__(self, inputs: np.ndarray) -> np.ndarray:
        """Rows: 1, the standardised inputs z, every input's spline terms, z_i z_j for i < j."""
        k = self.centre.size
        if inputs.shape[1] != k:
            raise ValueError(f"a group has {inputs.shape[1]} inputs in one chunk and {k} in the first")
        x = np.empty((self.columns, inputs.shape[0]))
        x[0] = 1.0
        z = x[1 : 1 + k]
        np.subtract(inputs.T, self.centre[:, None], out=z)
        z /= self.scale[:, None]
        row = 1 + k
        for zi, t, m in zip(z, self.knots, self.maps):
            if not m.shape[0]:
                continue  # two knots or fewer: the straight line is all
            terms = x[row : row + m.shape[0]]
            for start in range(0, zi.size, BLOCK):
                d = zi[start : start + BLOCK] - t[:, None]  # (knots, block)
                np.maximum(d, 0.0, out=d)
                cube = d * d
                cube *= d
                np.matmul(m, cube, out=terms[:, start : start + BLOCK])
            row += m.shape[0]
        for i, j in zip(*np.triu_indices(k, 1)):
            np.multiply(z[i], z[j], out=x[row])
            row += 1
        return x


@record(eq=False)
class Sums:
    """Pass 1's state: its size is fixed by the groups and the basis, not by the number of draws."""

    draws: int
    net: float  # sum of NB
    positive: float  # sum of max(NB, 0)
    bases: dict[str, Basis]
    xtx: dict[str, np.ndarray]  # group -> XᵀX, (columns, columns)
    xty: dict[str, np.ndarray]  # group -> Xᵀy, (columns,)


def value_of_information(chunks: Callable[[], Iterable[Chunk]], knots: int = KNOTS) -> ValueOfInformation:
    """EVPI, and EVPPI per group, from the draws `chunks()` yields.

    `chunks()` must yield the same chunks, in the same order, every time it is called: it is called
    twice, once per pass. `knots`: per input (fewer than 3: a straight line).
    """
    sums = accumulate(chunks(), knots)
    if not sums.draws:
        raise ValueError("no draws")
    coefficients = {name: solve(sums.xtx[name], sums.xty[name]) for name in sums.bases}
    mean = sums.net / sums.draws
    again = predict(chunks(), sums.bases, coefficients, mean)
    # the same draws once more, up to the order of float sums (a caller's BLAS may change it); sum |NB| is
    # 2 sum max(NB, 0) - sum NB
    if again.draws != sums.draws or abs(again.net - sums.net) > 1e-9 * max(1.0, 2 * sums.positive - sums.net):
        raise ValueError("chunks() yielded other draws the second time")
    n = sums.draws
    evppi = {
        # on the same draws mean(max(g, 0)) >= max(mean(g), 0) exactly (Jensen); the clip takes off rounding only
        name: max(0.0, float(positive) / n - max(float(fitted) / n, 0.0))
        for name, (fitted, positive, _) in zip(sums.bases, again.groups)
    }
    r_squared = {
        name: 1.0 - float(residual) / again.spread if again.spread > 0 else 0.0
        for name, (_, _, residual) in zip(sums.bases, again.groups)
    }
    return ValueOfInformation(n, mean, sums.positive / n - max(mean, 0.0), evppi, r_squared)


def accumulate(chunks: Iterable[Chunk], knots: int = KNOTS) -> Sums:
    """Pass 1: the sums for EVPI, and every group's normal equations; the bases come from the first chunk."""
    draws, net, positive = 0, 0.0, 0.0
    bases: dict[str, Basis] | None = None
    xtx: dict[str, np.ndarray] = {}
    xty: dict[str, np.ndarray] = {}
    for nb, groups in _chunks(chunks):
        if bases is None:
            bases = {name: Basis.fit(_inputs(values, nb.size), knots) for name, values in groups.items()}
            xtx = {name: np.zeros((b.columns, b.columns)) for name, b in bases.items()}
            xty = {name: np.zeros(b.columns) for name, b in bases.items()}
        for name, basis in bases.items():
            xt = basis(_inputs(groups[name], nb.size))  # Xᵀ
            xtx[name] += xt @ xt.T
            xty[name] += xt @ nb
        draws += nb.size
        net += float(nb.sum())
        positive += float(np.maximum(nb, 0.0).sum())
    return Sums(draws, net, positive, bases or {}, xtx, xty)


@record(eq=False)
class Fitted:
    """Pass 2's state: the sums over the draws of the fitted g per group."""

    draws: int
    net: float  # sum of NB, to check the draws are pass 1's
    spread: float  # sum of (NB - mean)²
    groups: np.ndarray  # (groups, 3): sums of g, of max(g, 0) and of (NB - g)², in the groups' order


def predict(chunks: Iterable[Chunk], bases: Mapping[str, Basis], coefficients: Mapping[str, np.ndarray], mean: float) -> Fitted:
    """Pass 2: g = X β per group and draw, summed."""
    draws, net, spread = 0, 0.0, 0.0
    groups = np.zeros((len(bases), 3))
    for nb, inputs in _chunks(chunks):
        for row, (name, basis) in zip(groups, bases.items()):
            g = coefficients[name] @ basis(_inputs(inputs[name], nb.size))
            row += (g.sum(), np.maximum(g, 0.0).sum(), np.square(nb - g).sum())
        draws += nb.size
        net += float(nb.sum())
        spread += float(np.square(nb - mean).sum())
    return Fitted(draws, net, spread, groups)


def solve(xtx: np.ndarray, xty: np.ndarray) -> np.ndarray:
    """Least squares from its normal equations: equilibrated, then the minimum-norm solution.

    Collinear columns (a constant input, a discrete one with fewer values than columns) drop out
    instead of making the system singular; the fitted values are the same as with any solution.
    """
    d = _nonzero(np.sqrt(np.diag(xtx)))
    beta = np.linalg.lstsq(xtx / np.outer(d, d), xty / d, rcond=RCOND)[0]
    return beta / d


def _chunks(chunks: Iterable[Chunk]) -> Iterator[tuple[np.ndarray, Mapping[str, np.ndarray]]]:
    """The chunks with NB as a float vector, the empty ones skipped."""
    for nb, groups in chunks:
        nb = np.asarray(nb, dtype=float)
        if nb.ndim != 1:
            raise ValueError(f"net benefits must be one per draw, not of shape {nb.shape}")
        if nb.size:
            yield nb, groups


def _inputs(values: np.ndarray, draws: int) -> np.ndarray:
    """A group's inputs as (draws, k) floats."""
    x = np.asarray(values, dtype=float)
    if x.ndim == 1:
        x = x[:, None]
    if x.ndim != 2 or x.shape[0] != draws:
        raise ValueError(f"a group's inputs must be (draws, k) or (draws,), one row per net benefit: {x.shape} for {draws}")
    return x


def _knots(z: np.ndarray, count: int) -> np.ndarray:
    """Knots for one standardised input: its distinct values if no more than `count`, else quantiles from 0 to 1."""
    distinct = np.unique(z)
    t = distinct if distinct.size <= count else np.unique(np.quantile(z, np.linspace(0, 1, count)))
    # ties leave fewer knots; so do near-ties, which would make the spline's coefficients blow up
    return t[np.diff(t, prepend=-np.inf) > 1e-6]


def _spline_map(t: np.ndarray) -> np.ndarray:
    """(knots - 2, knots) matrix taking the truncated cubes (z - t)₊³ to a restricted cubic spline's terms.

    Term j = (z - t_j)₊³ - (z - t_{K-1})₊³ (t_K - t_j)/(t_K - t_{K-1}) + (z - t_K)₊³ (t_{K-1} - t_j)/(t_K - t_{K-1}):
    beyond t_K the cubes and squares cancel, so it is linear there (Harrell, Regression Modeling Strategies,
    2.4.5). Divided by (t_K - t_1)² to keep the terms in the input's units.
    """
    k = t.size
    if k < 3:
        return np.zeros((0, k))
    j = np.arange(k - 2)
    out = np.zeros((k - 2, k))
    out[j, j] = 1.0
    out[j, -2] = -(t[-1] - t[j]) / (t[-1] - t[-2])
    out[j, -1] = (t[-2] - t[j]) / (t[-1] - t[-2])
    return out / (t[-1] - t[0]) ** 2


def _nonzero(values: np.ndarray) -> np.ndarray:
    """Spreads to divide by: a zero (a constant) becomes 1."""
    return np.where(values > 0, values, 1.0)
