from __future__ import annotations

from dataclasses import replace
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
from hvh_kba.core.uncertainty import values as input_values

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
    inputs, rates, weights = input_values(m, draws), draws.rates, draws.weights
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
        drawn = {item: Decimal(float(input_values(m, draws)[s, i])) for i, item in enumerate(m.items)}
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
    prices = np.corrcoef(ranks(input_values(m, draws)[:, d]), ranks(input_values(m, draws)[:, h]))[0, 1]
    assert prices == pytest.approx(6 / math.pi * math.asin(0.4), abs=0.01)
    assert input_values(m, draws)[:, d].min() >= m.low[d] and input_values(m, draws)[:, d].max() <= m.high[d]  # a factor 0.75-1.25 here
    assert set(np.unique(draws.places)) == set(range(14, 30))


# --- at scale: chunks, the products over many items and personas, the histogram -----------------------------------

def test_the_histogram_is_numpys_search_among_the_edges():
    """Each value's bin computed, then set right against the edges: the same counts as np.histogram's search, values
    on an edge, at either bound and outside the bounds included."""
    from hvh_kba.core.uncertainty import BINS, histogram

    rng = np.random.default_rng(9)
    lo, hi = -123456.789, 987654.321
    edges = np.linspace(lo, hi, BINS + 1)
    values = np.concatenate([rng.uniform(lo, hi, 200_000), edges[rng.integers(0, BINS + 1, 5000)], [lo, hi, lo - 1, hi + 1],
                             np.nextafter(edges[1:-1], -np.inf)[:3000], np.nextafter(edges[1:-1], np.inf)[-3000:]])
    assert np.array_equal(histogram(values, (lo, hi), edges), np.histogram(values, bins=edges)[0])


def test_the_chances_count_every_draw_at_or_above_each_level(dataset):
    """The draws that reach each level, counted for all levels in one pass: as many as compare at or above each,
    levels in any order, two at the same amount, draws exactly at a level included."""
    from hvh_kba.core.uncertainty import MUNICIPAL, SOCIETAL, Tally

    levels = {"high": 3.0, "low": 1.0, "same": 3.0, "middle": 2.0, "none": 99.0}
    tally = Tally(model(dataset), levels, "low")
    values = np.array([0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.0, 4.0, -7.0])
    tally.add({MUNICIPAL: values, SOCIETAL: values})
    tally.add({MUNICIPAL: values[:4], SOCIETAL: values[:4]})
    both = np.concatenate([values, values[:4]])
    assert tally.reached == {name: int(np.count_nonzero(both >= amount)) for name, amount in levels.items()}


@pytest.mark.parametrize("personas", [2, 3, 8, 9, 40])
def test_the_vectorised_allocation_is_the_cores_for_many_personas(personas):
    """Shares in 64ths, so that remainders tie often, for a few personas (compared pairwise) and many (sorted)."""
    rng = np.random.default_rng(personas)
    rows, expected = [], []
    for _ in range(150):
        cuts = np.sort(rng.integers(0, 65, personas - 1))
        parts = np.diff(np.concatenate([[0], cuts, [64]]))
        shares = [Decimal(int(k)) / 64 for k in parts]
        rows.append([float(s) for s in shares])
        participants = int(rng.integers(0, 70))
        expected.append((participants, allocate_one(participants, {str(i): s for i, s in enumerate(shares)})))
    for (participants, seats), row in zip(expected, rows):
        got = allocate(participants, np.array([row]))[0]
        assert [int(v) for v in got] == [seats[str(i)] for i in range(personas)]
    # every row at once, each with its own participants
    counts = np.array([float(n) for n, _ in expected])
    together = allocate(counts, np.array(rows))
    assert [[int(v) for v in row] for row in together] == [[s[str(i)] for i in range(personas)] for _, s in expected]


def reference_evaluate(m, draws):
    """The benefits as they were computed before: every persona's parts for every draw (one product over all items),
    the rule per persona, then summed over the participants."""
    from hvh_kba.core import rule
    from hvh_kba.core.uncertainty import PERSPECTIVES, persons

    seats = allocate(persons(m, draws), draws.weights)
    parts = np.einsum("si,pkli->spkl", input_values(m, draws), m.coefficients)
    weights = m.weights
    if draws.dropout is not None:
        w = rule.weights(m.weights.baseline, m.deadweight, draws.dropout, one=1.0)
        weights = rule.Weights(w.approach[:, None, None], w.kept[:, None, None], w.baseline)
    per_persona = rule.benefit(parts[..., 0], parts[..., 1], draws.rates[:, None, None], weights)
    totals = np.einsum("sp,spk->sk", seats, per_persona)
    return {name: totals[:, k] for k, name in enumerate(PERSPECTIVES)}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """benchmarks/synthetic.py's data, small: 400 items, 24 personas (each using a few of the items)."""
    from .synthetic_data import analysis

    return analysis(tmp_path_factory.mktemp("synthetic") / "data", items=400, personas=24, seed=5)


def test_the_population_over_each_personas_own_items_is_every_items(dataset, synthetic):
    """The products taken per persona over its own items (many personas, each using few items) and over every item
    (the shipped data) give the benefits of the per-persona computation they replaced, to rounding."""
    from hvh_kba.api._research import model_of
    from hvh_kba.core.uncertainty import _Plan

    shipped = model(dataset)
    chosen = synthetic.scenario("synthetic")
    many = model_of(synthetic, chosen, chosen.research)
    with_flows = model_of(synthetic.assuming(deadweight="0.1"), chosen, chosen.research, occupancy=True)
    assert not _Plan(shipped).sparse and _Plan(many).sparse and _Plan(with_flows).sparse
    for m in (shipped, many, with_flows, occupancy_model(dataset)[1]):
        draws = generate(m, np.random.default_rng(12), 3000, 0.33, 20, 30)
        mine, theirs = evaluate(m, draws), reference_evaluate(m, draws)
        for name in mine:
            assert np.allclose(mine[name], theirs[name], rtol=1e-12, atol=1e-6)


def test_collapsed_ranges_give_the_deterministic_result_on_synthetic_data(synthetic):
    """As on the shipped data: no spread, no ranges, a rate and a mix that hardly vary, so every draw is the Decimal
    core's scenario (here 24 personas, a few hundred items, the products per persona)."""
    chosen = synthetic.scenario("synthetic")
    m = build_model(synthetic.dataset.personas, chosen.mix, chosen.participants, synthetic.pricelist(chosen),
                    Assumptions(), Decimal(0), ranges=False)
    outcome = simulate(m, 3000, 1, 0.33, 1e12, 1e12, LEVELS, "decided")
    result = synthetic.evaluation.scenario("synthetic")
    # the rate still varies by some 5e-7 (Beta with concentration 1e12): times millions of euros linked to it
    assert outcome.municipal.mean == pytest.approx(float(result.municipal.at(Decimal("0.33")) - 356960), rel=1e-8)
    assert outcome.societal.mean == pytest.approx(float(result.societal.at(Decimal("0.33")) - 356960), rel=1e-8)


def test_a_chunk_stays_within_the_budget_at_any_size(dataset, synthetic):
    """The shipped data keeps chunks of CHUNK draws (the same random numbers for the same seed as ever); more items
    and personas make the chunks smaller, so that the drawn prices of a chunk stay within BUDGET."""
    from hvh_kba.api._research import model_of
    from hvh_kba.core.uncertainty import BUDGET, CHUNK, chunk_size

    assert chunk_size(model(dataset)) == CHUNK
    chosen = synthetic.scenario("synthetic")
    many = model_of(synthetic, chosen, chosen.research)
    wide = replace(many, items=many.items * 40, ranged=np.tile(many.ranged, 40), low=np.tile(many.low, 40),
                   high=np.tile(many.high, 40), coefficients=np.tile(many.coefficients, 40))  # 16,000 items
    for m in (many, wide):
        size = chunk_size(m)
        assert 1 <= size < CHUNK and size * len(m.items) * 8 <= BUDGET
    assert chunk_size(wide) < chunk_size(many)
