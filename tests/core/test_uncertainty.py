from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hvh_kba.core.allocation import allocate as allocate_one
from hvh_kba.core.assumptions import Assumptions
from hvh_kba.core.persona import evaluate_persona
from hvh_kba.core.scenario import evaluate_scenario
from hvh_kba.core.uncertainty import _bounds, allocate, build_model, evaluate, generate, simulate

LEVELS = {"decided": 356960.0, "min": 389055.0, "max": 456739.0}


def model(dataset, spread=Decimal("0.25"), ranges=True, participants=20, **assumptions):
    scenario = dataset.scenarios["realistic"]
    return build_model(dataset.personas, scenario.mix, participants, dataset.pricelists["impactstudie-2024"],
                       Assumptions(**assumptions), spread, ranges)


def test_the_same_seed_gives_the_same_numbers(dataset):
    m = model(dataset)
    first = simulate(m, 20000, 7, 0.33, 20, 100, LEVELS, "decided")
    again = simulate(m, 20000, 7, 0.33, 20, 100, LEVELS, "decided")
    other = simulate(m, 20000, 8, 0.33, 20, 100, LEVELS, "decided")
    assert first == again and first != other


def test_collapsed_ranges_give_the_deterministic_result(dataset, evaluation):
    """No spread, no ranges, a recidivism rate and a mix that hardly vary: the mean is the model's."""
    m = model(dataset, spread=Decimal(0), ranges=False)
    outcome = simulate(m, 5000, 1, 0.33, 1e12, 1e12, LEVELS, "decided")
    result = evaluation.scenario("realistic")
    assert outcome.municipal.mean == pytest.approx(float(result.municipal.at(Decimal("0.33")) - 356960), abs=0.01)
    assert outcome.societal.mean == pytest.approx(float(result.societal.at(Decimal("0.33")) - 356960), abs=0.01)
    # every draw is the same number, so the percentiles are it too, up to a histogram bin (the bounds' span / 65,536)
    assert outcome.municipal.p5 == pytest.approx(outcome.municipal.mean, abs=50)


def test_the_null_alternative_reaches_the_simulation(dataset, evaluation):
    m = model(dataset, spread=Decimal(0), ranges=False, baseline=Decimal("0.47"))
    outcome = simulate(m, 2000, 1, 0.2, 1e12, 1e12, LEVELS, "decided")
    # annex 6: the municipal minimum 444,410; table 16 less the double count: 456,850 - 444,410 = 12,440 linked to
    # recidivism; with R0 = 0.47 and r = 0.2 that part counts (0.47 - 0.2) times
    assert outcome.municipal.mean == pytest.approx(444410 + 12440 * 0.27 - 356960, abs=0.01)


@settings(max_examples=200)
@given(st.lists(st.integers(min_value=0, max_value=64), min_size=3, max_size=3).filter(lambda ks: sum(ks) > 0),
       st.integers(min_value=0, max_value=40))
def test_vectorised_allocation_is_the_cores(parts, participants):
    """Shares in 64ths are exact in floats and Decimals alike, so ties are ties in both, and must fall the same way."""
    total = sum(parts)
    scaled = [Decimal(k) * 64 / total for k in parts]
    whole = [int(s) for s in scaled]
    whole[0] += 64 - sum(whole)  # shares of 1/64 each, summing to exactly 1
    shares = [Decimal(w) / 64 for w in whole]
    seats = allocate(participants, np.array([[float(s) for s in shares]]))[0]
    expected = allocate_one(participants, {str(i): s for i, s in enumerate(shares)})
    assert [int(v) for v in seats] == [expected[str(i)] for i in range(3)]


def test_the_monte_carlo_is_the_decimal_core_on_1000_draws(dataset):
    """Prices, recidivism and mix drawn at random; each draw recomputed by the Decimal core must give the same
    euros to the cent, and the same whole participants. A third of the draws get a mix in 16ths, so that
    remainders tie and the tie-break is tested too."""
    pricelist = dataset.pricelists["impactstudie-2024"]
    scenario = dataset.scenarios["realistic"]
    base = Assumptions(baseline=Decimal("0.8"), deadweight=Decimal("0.1"), dropout=Decimal("0.05"))
    m = build_model(dataset.personas, scenario.mix, 20, pricelist, base, Decimal("0.25"))
    rng = np.random.default_rng(2027)
    inputs, rates, weights = generate(m, rng, 1000, 0.33, 20, 30)
    for s in range(0, 1000, 3):
        first = rng.integers(0, 17)
        second = rng.integers(0, 17 - first)
        weights[s] = np.array([first, second, 16 - first - second]) / 16
    seats = allocate(20, weights)
    values = evaluate(m, inputs, rates, weights)
    for s in range(1000):
        drawn = {item: Decimal(float(inputs[s, i])) for i, item in enumerate(m.items)}
        assumptions = Assumptions(
            overrides={item: v for item, v, ranged in zip(m.items, drawn.values(), m.ranged) if ranged},
            factors={item: v for item, v, ranged in zip(m.items, drawn.values(), m.ranged) if not ranged},
            baseline=base.baseline, deadweight=base.deadweight, dropout=base.dropout,
        )
        personas = {pid: evaluate_persona(dataset.personas[pid], pricelist, assumptions) for pid in m.personas}
        mix = {pid: Decimal(float(weights[s, p])) for p, pid in enumerate(m.personas)}
        result = evaluate_scenario(scenario, personas, participants=20, rates=[Decimal(float(rates[s]))], mix=mix,
                                   assumptions=assumptions)
        assert [result.allocation[pid] for pid in m.personas] == [int(v) for v in seats[s]], s
        assert abs(result.rows[0].municipal - Decimal(float(values["municipal"][s]))) < Decimal("0.005"), s
        assert abs(result.rows[0].societal - Decimal(float(values["societal"][s]))) < Decimal("0.005"), s


def test_bounds_hold_every_draw(dataset):
    m = model(dataset, baseline=Decimal("0.6"), deadweight=Decimal("0.1"))
    bounds = _bounds(m)
    values = evaluate(m, *generate(m, np.random.default_rng(3), 20000, 0.4, 5, 5))
    for name, (low, high) in bounds.items():
        assert low <= values[name].min() and values[name].max() <= high
