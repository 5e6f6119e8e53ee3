from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hvh_kba.core.allocation import allocate as allocate_one
from hvh_kba.core.assumptions import Assumptions
from hvh_kba.core.uncertainty import _bounds, _chunk, allocate, build_model, simulate

LEVELS = {"decided": 356960.0, "min": 389055.0, "max": 456739.0}


def model(dataset, spread=Decimal("0.25"), ranges=True, **assumptions):
    scenario = dataset.scenarios["realistic"]
    return build_model(dataset.personas, scenario.mix_fractions(), 20, dataset.pricelists["impactstudie-2024"],
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
    assert outcome.municipal.p5 == pytest.approx(outcome.municipal.mean, abs=50)  # a histogram bin or so


def test_the_null_alternative_reaches_the_simulation(dataset, evaluation):
    m = model(dataset, spread=Decimal(0), ranges=False, baseline=Decimal("0.47"))
    outcome = simulate(m, 2000, 1, 0.2, 1e12, 1e12, LEVELS, "decided")
    assert outcome.municipal.mean == pytest.approx(444410 + 12440 * 0.27 - 356960, abs=0.01)


@settings(max_examples=50)
@given(st.lists(st.integers(min_value=1, max_value=100), min_size=3, max_size=3), st.integers(min_value=0, max_value=40))
def test_vectorised_allocation_matches_the_core(weights, participants):
    total = sum(weights)
    fractions = np.array([[w / total for w in weights]])
    seats = allocate(participants, fractions)[0]
    expected = allocate_one(participants, {str(i): Decimal(w) / total for i, w in enumerate(weights)})
    assert seats.sum() == participants
    # ties may fall differently (floats against Decimals); the counts stay within one of each other
    assert all(abs(seats[i] - expected[str(i)]) <= 1 for i in range(3))


def test_bounds_hold_every_draw(dataset):
    m = model(dataset, baseline=Decimal("0.6"), deadweight=Decimal("0.1"))
    bounds = _bounds(m)
    values = _chunk(m, np.random.default_rng(3), 20000, 0.4, 5, 5)
    for name, (low, high) in bounds.items():
        assert low <= values[name].min() and values[name].max() <= high
