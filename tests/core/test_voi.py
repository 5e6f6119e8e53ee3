from __future__ import annotations

import math
import weakref

import numpy as np
import pytest

from hvh_kba.core.voi import Basis, accumulate, value_of_information

CHUNK = 1 << 16


def positive_part(a: float, s: float) -> float:
    """E[max(a + sZ, 0)] - max(a, 0) for Z ~ Normal(0, 1), s > 0: the EVPI of a normal net benefit.

    E[max(a + sZ, 0)] = ∫_{z > -a/s} (a + sz) φ(z) dz = a Φ(a/s) + s φ(a/s), as ∫_{-a/s}^∞ z φ(z) dz = φ(a/s).
    """
    z = a / s
    cdf = 0.5 * (1 + math.erf(z / math.sqrt(2)))
    pdf = math.exp(-z * z / 2) / math.sqrt(2 * math.pi)
    return a * cdf + s * pdf - max(a, 0.0)


def factory(draws, make, seed=1, size=CHUNK):
    """Chunks of `make(rng, n)`, the same ones on every call (a fresh generator with the same seed)."""

    def chunks():
        rng = np.random.default_rng(seed)
        for start in range(0, draws, size):
            yield make(rng, min(size, draws - start))

    return chunks


def sliced(nb, inputs, sizes):
    """Fixed draws cut into chunks of the given sizes (the last repeated to the end)."""

    def chunks():
        start, k = 0, 0
        while start < nb.size:
            end = start + sizes[min(k, len(sizes) - 1)]
            yield nb[start:end], {name: values[start:end] for name, values in inputs.items()}
            start, k = end, k + 1

    return chunks


def test_a_linear_net_benefit_in_one_normal_input():
    # NB = a + bX, X ~ N(0, 1): g(X) = E[NB | X] = NB, so EVPPI(X) = EVPI = E[max(a + bX, 0)] - max(a, 0)
    # = a Φ(a/|b|) + |b| φ(a/|b|) - max(a, 0); a = 1, b = -2: Φ(0.5) + 2 φ(0.5) - 1 = 0.6915 + 0.7041 - 1 = 0.3956
    def make(rng, n):
        x = rng.standard_normal(n)
        return 1 - 2 * x, {"x": x}

    result = value_of_information(factory(1_000_000, make))
    assert result.draws == 1_000_000
    # the draws' own noise: as E[NB] > 0, EVPI is the mean of max(2X - 1, 0), sd 0.83, so 0.83 / 1000: 0.2 %
    assert result.evpi == pytest.approx(positive_part(1, 2), rel=0.01)
    assert result.evppi["x"] == pytest.approx(positive_part(1, 2), rel=0.01)
    # the spline holds the straight line exactly, so on the same draws the two agree to rounding
    assert result.evppi["x"] == pytest.approx(result.evpi, rel=1e-9)
    assert result.r_squared["x"] == pytest.approx(1.0, abs=1e-12)
    assert all(type(v) is float for v in (result.mean_net, result.evpi, result.evppi["x"], result.r_squared["x"]))


def test_two_independent_inputs():
    # NB = a + bX + cY, X, Y ~ N(0, 1) independent: g(X) = a + bX (E[cY | X] = 0), so EVPPI(X) is the above with |b|,
    # EVPPI(Y) with |c|; NB itself is N(a, b² + c²), so EVPI is it with sqrt(b² + c²).
    # a = 0.5, b = 1.5, c = 1: EVPPI(X) = 0.3814, EVPPI(Y) = 0.1978, EVPI = 0.4967; both together, {X, Y}: EVPI
    def make(rng, n):
        x, y = rng.standard_normal(n), rng.standard_normal(n)
        return 0.5 + 1.5 * x + y, {"x": x, "y": y, "both": np.column_stack([x, y])}

    result = value_of_information(factory(400_000, make))
    assert list(result.evppi) == ["x", "y", "both"]
    assert result.evppi["x"] == pytest.approx(positive_part(0.5, 1.5), rel=0.015)
    assert result.evppi["y"] == pytest.approx(positive_part(0.5, 1.0), rel=0.015)
    assert result.evpi == pytest.approx(positive_part(0.5, math.hypot(1.5, 1.0)), rel=0.01)
    assert result.evppi["both"] == pytest.approx(result.evpi, rel=1e-9)
    # R²: Var(bX) / Var(NB) = 2.25 / 3.25
    assert result.r_squared["x"] == pytest.approx(2.25 / 3.25, abs=0.005)


def test_an_input_that_does_not_matter_is_worth_nothing():
    # NB = bX, Z independent of it: g(Z) = E[NB] = 0, EVPPI(Z) = 0; the fitted g only wobbles by the regression's
    # noise, about sd(NB) sqrt(columns / draws) = 2 sqrt(6 / 200,000) = 0.011, against EVPI = |b| φ(0) = 0.80.
    # a = 0 on purpose: g then crosses zero, the worst case; EVPPI(Z) is then about E[max(noise, 0)] = 0.4 x 0.011.
    def make(rng, n):
        x, z = rng.standard_normal(n), rng.standard_normal(n)
        return 2 * x, {"z": z}

    result = value_of_information(factory(200_000, make))
    assert result.evpi == pytest.approx(positive_part(0, 2), rel=0.01)
    assert 0 <= result.evppi["z"] < 0.02 * result.evpi
    assert result.r_squared["z"] < 1e-3


def test_a_curved_net_benefit():
    # NB = X² - 1, X ~ U(-2, 2) (density 1/4): g = NB. E[X²] = ∫_{-2}^{2} x²/4 dx = 4/3, so E[NB] = 1/3.
    # E[max(X² - 1, 0)] = 2 · (1/4) ∫_1^2 (x² - 1) dx = (1/2)(7/3 - 1) = 2/3. EVPPI = EVPI = 2/3 - 1/3 = 1/3.
    # X is stratified (one draw in each of n equal slices of (-2, 2), per chunk) so that the draws' own noise is
    # small and what is left is the spline's: x² is no natural spline (its second derivative is 2, not 0, at ±2).
    def make(rng, n):
        x = -2 + 4 * (rng.permutation(n) + rng.uniform(size=n)) / n
        return x * x - 1, {"x": x}

    result = value_of_information(factory(300_000, make))
    assert result.mean_net == pytest.approx(1 / 3, rel=1e-3)
    assert result.evpi == pytest.approx(1 / 3, rel=1e-3)
    assert result.evppi["x"] == pytest.approx(1 / 3, rel=0.01)
    assert result.r_squared["x"] > 0.999


def test_an_interaction_is_caught():
    # NB = XY, X, Y ~ N(1, 1): the pair's basis has the product of the two linear terms, so g(X, Y) = NB exactly
    # and EVPPI({X, Y}) = EVPI on the same draws. Alone, g(X) = X E[Y] = X: EVPPI(X) = E[max(X, 0)] - 1 = φ(1) - Φ(-1).
    def make(rng, n):
        x, y = 1 + rng.standard_normal(n), 1 + rng.standard_normal(n)
        return x * y, {"x": x, "pair": np.column_stack([x, y])}

    result = value_of_information(factory(200_000, make))
    assert result.r_squared["pair"] == pytest.approx(1.0, abs=1e-12)
    assert result.evppi["pair"] == pytest.approx(result.evpi, rel=1e-9)
    assert result.evppi["x"] == pytest.approx(positive_part(1, 1), rel=0.03)


def test_the_same_draws_give_the_same_numbers():
    # The sums are the same whatever the chunks, up to the order of float additions (relative 1e-16 per term),
    # once the bases are: they come from the first chunk, so it is kept and the rest is cut otherwise.
    rng = np.random.default_rng(5)
    x, y = rng.uniform(-2, 2, 200_000), rng.standard_normal(200_000)
    nb = x * x - 1 + y
    inputs = {"x": x, "y": y, "both": np.column_stack([x, y])}
    first = value_of_information(sliced(nb, inputs, [CHUNK]))
    assert value_of_information(sliced(nb, inputs, [CHUNK])) == first
    recut = value_of_information(sliced(nb, inputs, [CHUNK, 10_000]))
    assert recut.draws == first.draws
    assert recut.evpi == pytest.approx(first.evpi, rel=1e-12)
    for name in inputs:
        assert recut.evppi[name] == pytest.approx(first.evppi[name], rel=1e-9)
    # another first chunk moves the knots, and so the fit, within the regression's noise
    small = value_of_information(sliced(nb, inputs, [10_000]))
    for name in inputs:
        assert small.evppi[name] == pytest.approx(first.evppi[name], rel=0.005)


def test_one_chunk_at_a_time():
    # When chunk i is asked for, the caller may still hold chunk i - 1 (a loop variable); none before it.
    made = []  # weak references to every chunk's arrays
    calls = 0

    def chunks():
        nonlocal calls
        calls += 1
        rng = np.random.default_rng(2)
        for _ in range(20):
            assert all(ref() is None for chunk in made[:-1] for ref in chunk)
            x = rng.standard_normal(1000)
            nb = 1 + x
            made.append((weakref.ref(nb), weakref.ref(x)))
            yield nb, {"x": x}

    value_of_information(chunks)
    assert calls == 2

    def make(rng, n):
        return rng.standard_normal(n), {"pair": rng.standard_normal((n, 2))}

    def size(sums):
        arrays = [*sums.xtx.values(), *sums.xty.values()]
        for b in sums.bases.values():
            arrays += [b.centre, b.scale, *b.knots, *b.maps]
        return sum(a.nbytes for a in arrays)

    # pass 1's state: as large after 2 chunks as after 20
    short = accumulate(factory(2 * 1000, make, size=1000)())
    long = accumulate(factory(20 * 1000, make, size=1000)())
    assert (short.draws, long.draws) == (2000, 20000)
    assert size(short) == size(long) > 0


def test_a_discrete_input_with_three_values():
    # NB = a + bK + E, K uniform on {0, 1, 2}, E ~ N(0, 1) independent: g(K) = a + bK. a = -1, b = 1: g is -1, 0, 1,
    # each with 1/3, so E[max(g, 0)] = 1/3, E[g] = 0, EVPPI(K) = 1/3. The knots are K's three values: intercept,
    # line and one spline term fit the three means exactly. K plus a jitter of 1e-9 has many values, but quantiles
    # a jitter apart: they count as one knot. A constant input (its columns all zero, a singular XᵀX) and an
    # unrelated binary one B (two values, a straight line) are worth nothing: E[NB | B] = E[NB].
    def make(rng, n):
        k = rng.integers(0, 3, n).astype(float)
        inputs = {"k": k, "jittered": k + 1e-9 * rng.uniform(size=n), "constant": np.full(n, 7.0), "binary": rng.integers(0, 2, n)}
        return -1 + k + rng.standard_normal(n), inputs

    result = value_of_information(factory(300_000, make))
    assert result.evppi["k"] == pytest.approx(1 / 3, rel=0.015)
    assert result.evppi["jittered"] == pytest.approx(result.evppi["k"], rel=1e-6)
    assert result.evppi["constant"] == 0.0 and result.r_squared["constant"] == pytest.approx(0.0, abs=1e-12)
    assert result.evppi["binary"] < 0.01 * result.evpi


def test_the_spline_is_linear_beyond_its_outer_knots():
    # Knots at 0, 1/5, ..., 1 of the values' distribution: here about 0, 0.2, ..., 1. Beyond the last the
    # spline terms are straight lines (second differences 0); inside they bend.
    rng = np.random.default_rng(3)
    basis = Basis.fit(rng.uniform(0, 1, (10_000, 1)))
    assert basis.knots[0].size == 6 and basis.columns == 1 + 1 + 4
    outside = basis(np.linspace(1.5, 9, 16)[:, None])
    assert np.abs(np.diff(outside, 2, axis=1)).max() < 1e-9 * np.abs(outside).max()
    inside = basis(np.linspace(0.2, 0.8, 16)[:, None])
    assert np.abs(np.diff(inside[2:], 2, axis=1)).max() > 1e-3


def test_other_draws_the_second_time_are_refused():
    calls = []

    def chunks():
        calls.append(None)
        rng = np.random.default_rng(len(calls))
        x = rng.standard_normal(1000)
        yield x, {"x": x}

    with pytest.raises(ValueError, match="other draws"):
        value_of_information(chunks)


def test_bad_shapes_and_no_draws_are_refused():
    with pytest.raises(ValueError, match="no draws"):
        value_of_information(lambda: iter([]))
    with pytest.raises(ValueError, match="one row per net benefit"):
        value_of_information(lambda: iter([(np.zeros(10), {"x": np.zeros(9)})]))
    two_then_one = [(np.zeros(10), {"x": np.zeros((10, 2))}), (np.zeros(10), {"x": np.zeros(10)})]
    with pytest.raises(ValueError, match="2 in the first"):
        value_of_information(lambda: iter(two_then_one))
