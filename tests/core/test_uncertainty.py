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
    draws = generate(m, rng, 1000, 0.33, 20, 30)
    inputs, rates, weights = draws.inputs, draws.rates, draws.weights
    for s in range(0, 1000, 3):
        first = rng.integers(0, 17)
        second = rng.integers(0, 17 - first)
        weights[s] = np.array([first, second, 16 - first - second]) / 16
    seats = allocate(20, weights)
    values = evaluate(m, draws)
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
    values = evaluate(m, generate(m, np.random.default_rng(3), 20000, 0.4, 5, 5))
    for name, (low, high) in bounds.items():
        assert low <= values[name].min() and values[name].max() <= high


def occupancy_model(dataset, correlated=()):
    from hvh_kba.core.uncertainty import Occupancy

    scenario = dataset.scenarios["realistic"]
    base = Assumptions(baseline=Decimal("0.8"), deadweight=Decimal("0.1"))
    return base, build_model(dataset.personas, scenario.mix, 20, dataset.pricelists["impactstudie-2024"], base, Decimal("0.25"),
                             occupancy=Occupancy((14, 20, 29), (8.0, 12.0), (0.0, 0.2)), correlated=correlated)


def test_the_occupancy_draws_are_the_decimal_core(dataset):
    """Places, stay and drop-out drawn too: each draw serves places x 12 / stay persons (half up), at its drop-out;
    recomputed by the Decimal core (core/flows.py's whole persons, the scenario at that drop-out) to the cent."""
    from hvh_kba.core.flows import Occupancy as Reading

    pricelist = dataset.pricelists["impactstudie-2024"]
    scenario = dataset.scenarios["realistic"]
    base, m = occupancy_model(dataset)
    draws = generate(m, np.random.default_rng(11), 300, 0.33, 20, 30)
    values = evaluate(m, draws)
    assert set(np.unique(draws.places)) <= set(range(14, 30)) and draws.stay.min() >= 8 and draws.dropout.max() <= 0.2
    for s in range(300):
        drawn = {item: Decimal(float(draws.inputs[s, i])) for i, item in enumerate(m.items)}
        assumptions = Assumptions(
            overrides={item: v for item, v, ranged in zip(m.items, drawn.values(), m.ranged) if ranged},
            factors={item: v for item, v, ranged in zip(m.items, drawn.values(), m.ranged) if not ranged},
            baseline=base.baseline, deadweight=base.deadweight, dropout=Decimal(float(draws.dropout[s])),
        )
        persons = Reading(Decimal(int(draws.places[s])), Decimal(float(draws.stay[s])), Decimal(0)).persons
        personas = {pid: evaluate_persona(dataset.personas[pid], pricelist, assumptions) for pid in m.personas}
        mix = {pid: Decimal(float(draws.weights[s, p])) for p, pid in enumerate(m.personas)}
        result = evaluate_scenario(scenario, personas, participants=persons, rates=[Decimal(float(draws.rates[s]))], mix=mix,
                                   assumptions=assumptions)
        assert abs(result.rows[0].municipal - Decimal(float(values["municipal"][s]))) < Decimal("0.005"), s
    bounds = _bounds(m)
    many = evaluate(m, generate(m, np.random.default_rng(4), 20000, 0.4, 5, 5))
    for name, (low, high) in bounds.items():
        assert low <= many[name].min() and many[name].max() <= high


def test_the_normal_distribution_function():
    import math

    from hvh_kba.core.uncertainty import normal_cdf

    z = np.linspace(-6, 6, 2001)
    exact = np.array([0.5 * (1 + math.erf(v / math.sqrt(2))) for v in z])
    assert np.abs(normal_cdf(z) - exact).max() < 2e-7


def test_correlated_inputs_move_together(dataset):
    """A Gaussian copula with correlation 0.5 gives a rank correlation of (6 / pi) asin(0.25) = 0.4826 (Pearson's
    formula for normal scores); the ends of each input stay as they were."""
    import math

    _, m = occupancy_model(dataset, correlated=(("places", "stay", 0.5), ("detentie", "huis-van-bewaring", 0.8)))
    draws = generate(m, np.random.default_rng(5), 100_000, 0.33, 20, 30)

    def ranks(v):
        """Ranks, ties sharing their mean rank (whole places tie)."""
        values, inverse, counts = np.unique(v, return_inverse=True, return_counts=True)
        ends = np.cumsum(counts)
        return ((ends - counts + ends - 1) / 2)[inverse]

    spearman = np.corrcoef(ranks(draws.places), ranks(draws.stay))[0, 1]
    # 0.4826 for the continuous draw the places are the whole part of; sixteen values lower it a little
    assert spearman == pytest.approx(6 / math.pi * math.asin(0.25), abs=0.01)
    d, h = m.items.index("detentie"), m.items.index("huis-van-bewaring")
    prices = np.corrcoef(ranks(draws.inputs[:, d]), ranks(draws.inputs[:, h]))[0, 1]
    assert prices == pytest.approx(6 / math.pi * math.asin(0.4), abs=0.01)
    assert draws.inputs[:, d].min() >= m.low[d] and draws.inputs[:, d].max() <= m.high[d]  # a factor 0.75-1.25 here
    assert set(np.unique(draws.places)) == set(range(14, 30))
