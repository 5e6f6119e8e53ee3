from __future__ import annotations

from decimal import Decimal

import pytest

from hvh_kba.core.assumptions import Assumptions
from hvh_kba.core.sensitivity import tornado

D = Decimal


def run(dataset, **kwargs):
    scenario = dataset.scenarios["realistic"]
    ranges = {"recidivism": (D(0), D("0.8")), "participants": (14, 29), "dropout": (D(0), D("0.2"))}
    return tornado(scenario, dataset.personas, dataset.pricelists["impactstudie-2024"], Assumptions(),
                   D("0.2"), D(356960), ranges, D("0.25"))


def test_base_and_largest_first(dataset):
    result = run(dataset)
    assert result.base.municipal == 444410 + 12440 * D("0.8") - 356960
    swings = [s.municipal for s in result.swings]
    assert swings == sorted(swings, reverse=True)


def test_a_price_without_range_moves_by_the_spread(dataset):
    shelter = next(s for s in run(dataset).swings if s.name == "maatschappelijke-opvang-inclusief")
    # 7 Soufianes x EUR 36,500, from 75 % to 125 %: 7 x 36,500 x 0.5
    assert shelter.kind == "spread" and shelter.municipal == 7 * 36500 * D("0.5") == shelter.societal


def test_a_price_with_a_range_goes_end_to_end(dataset):
    clearing = next(s for s in run(dataset).swings if s.name == "ontruiming-huis")
    assert (clearing.kind, clearing.low, clearing.high) == ("range", 600, 1500)
    assert clearing.societal == 3 * 900 and clearing.municipal == 0


def test_parameters(dataset):
    swings = {s.name: s for s in run(dataset).swings}
    assert swings["recidivism"].municipal == 12440 * D("0.8")
    assert swings["participants"].low == 14 and swings["participants"].at_low.municipal == 314672 + 8560 * D("0.8") - 356960


# --- the one pass is the re-pricing it replaced --------------------------------------------------------------------

def net_result(scenario, personas, pricelist, case, investment):
    """One case from scratch: every persona priced, the scenario evaluated, through the core's own functions."""
    from hvh_kba.core.persona import evaluate_persona
    from hvh_kba.core.scenario import evaluate_scenario
    from hvh_kba.core.sensitivity import Net

    results = {pid: evaluate_persona(personas[pid], pricelist, case.assumptions) for pid in scenario.mix}
    result = evaluate_scenario(
        scenario, results, participants=case.participants, rates=[case.rate], assumptions=case.assumptions, perspective=case.perspective
    )
    row = result.rows[0]
    return Net(row.municipal - investment, row.societal - investment)


def used_items(scenario, personas):
    """The price items of the scenario's benefit lines, in the order they first appear (costs do not enter a net result)."""
    seen = {}
    for pid in scenario.mix:
        for line in personas[pid].benefits:
            seen.setdefault(line.item, None)
    return list(seen)


def reference_tornado(scenario, personas, pricelist, base, rate, investment, ranges, spread, perspective, price_ranges):
    """The tornado as it was computed before the one pass: every end of every input a case of its own, every persona
    priced again and the scenario evaluated again (slow: items x lines). Kept here as the reference."""
    from dataclasses import replace

    from hvh_kba.core.assumptions import ONE
    from hvh_kba.core.sensitivity import PARAMETERS, Case, Swing, Tornado, _parameter_case

    start = Case(base, rate, scenario.participants, perspective)
    known = dict(price_ranges or {})
    swings = []
    for item_id in used_items(scenario, personas):
        item, span = pricelist.by_id()[item_id], known.get(item_id)
        if span is not None or (item.is_range and item_id not in base.overrides):
            kind, ends = "range", span or (item.low, item.high)
            cases = [replace(start, assumptions=replace(base, overrides={**base.overrides, item_id: end})) for end in ends]
        else:
            kind, ends = "spread", (ONE - spread, ONE + spread)
            cases = [replace(start, assumptions=replace(base, factors={**base.factors, item_id: f})) for f in ends]
        at_low, at_high = (net_result(scenario, personas, pricelist, case, investment) for case in cases)
        swings.append(Swing(item_id, kind, ends[0], ends[1], at_low, at_high))
    for name in PARAMETERS:
        if name in ranges:
            low, high = ranges[name]
            at_low, at_high = (net_result(scenario, personas, pricelist, _parameter_case(start, name, v), investment)
                               for v in (low, high))
            swings.append(Swing(name, "count" if name == "participants" else "rate", low, high, at_low, at_high))
    ordered = sorted(swings, key=lambda s: (-s.municipal, -s.societal, s.name))
    return Tornado(net_result(scenario, personas, pricelist, start, investment), rate, investment, tuple(ordered))


def both(analysis, scenario_id, rate=None):
    """The tornado of a scenario under an analysis's assumptions, by the one pass and by the reference."""
    from hvh_kba.api._research import price_ranges

    scenario = analysis.dataset.scenarios[scenario_id]
    research = scenario.research
    args = (scenario, analysis.dataset.personas, analysis.pricelist(scenario), analysis.assumptions,
            rate if rate is not None else research.recidivism.expected(), scenario.investment.levels()["decided"],
            research.parameter_ranges(), research.price_spread, analysis.perspective, price_ranges(research))
    return tornado(*args), reference_tornado(*args)


VARIANTS = {
    "study": {},
    "effects": {"baseline": "0.6", "deadweight": "0.15", "dropout": "0.1"},
    "municipal budget, transfers caused": {"perspective": "municipal", "transfers": "caused"},
    "welfare": {"perspective": "societal"},
    "participant": {"perspective": "participant"},
    "prices high, an override": {"prices": "high", "overrides": {"detentie": 250, "schuldhulpverlening": "1234.56"}},
    "the text's price set": {"price_set": "tekst"},
    "mid prices": {"prices": "mid"},
}


@pytest.fixture(scope="module")
def shipped():
    from hvh_kba import api

    return api.load()


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("scenario", ["realistic", "worst-case", "ideal"])
def test_every_swing_is_the_repricing_on_the_shipped_scenarios(shipped, scenario, variant):
    """Every swing, both ends, both net results: the Decimals the re-pricing of every line gives, exactly."""
    fast, slow = both(shipped.assuming(**VARIANTS[variant]), scenario)
    assert fast == slow


def agree(fast, slow, indexed=False):
    """The one pass gives the re-pricing's Decimals. Exactly, wherever the re-pricing computes exactly; an input of
    28 digits (a price range's end such as 12000 / 365, or every price indexed: a ratio of two index values) makes
    the re-pricing round each partial sum to the context's 28 digits where the one pass rounds once, so the two may
    then part in the last digit or two: 1e-20 of a euro, no more."""
    assert fast.base == slow.base and (fast.rate, fast.investment) == (slow.rate, slow.investment)
    assert [s.name for s in fast.swings] == [s.name for s in slow.swings]
    for mine, theirs in zip(fast.swings, slow.swings):
        assert (mine.name, mine.kind, mine.low, mine.high) == (theirs.name, theirs.kind, theirs.low, theirs.high)
        exact = not indexed and all(len(end.as_tuple().digits) < 20 for end in (mine.low, mine.high))
        for a, b in ((mine.at_low, theirs.at_low), (mine.at_high, theirs.at_high)):
            if exact:
                assert a == b, mine.name
            else:
                assert abs(a.municipal - b.municipal) <= Decimal("1e-20") and abs(a.societal - b.societal) <= Decimal("1e-20")


def test_every_swing_is_the_repricing_with_indexed_prices(shipped):
    agree(*both(shipped.assuming(price_year=2020), "realistic"), indexed=True)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """A small synthetic data folder (benchmarks/synthetic.py): 160 items, 9 personas, every kind of line."""
    from .synthetic_data import analysis

    return analysis(tmp_path_factory.mktemp("synthetic") / "data", items=160, personas=9, seed=3)


@pytest.mark.parametrize("variant", ["study", "effects", "municipal budget, transfers caused", "welfare", "mid prices"])
def test_every_swing_is_the_repricing_on_synthetic_data(synthetic, variant):
    fast, slow = both(synthetic.assuming(**VARIANTS[variant]), "synthetic")
    assert len(fast.swings) > 150
    agree(fast, slow)


@pytest.mark.parametrize("variant", ["study", "municipal budget, transfers caused", "welfare", "participant", "the text's price set"])
def test_the_personas_priced_once_are_the_cores(shipped, synthetic, variant):
    """The one pass prices the benefit lines as `evaluate_persona` does (not the costs: they do not enter a net
    result), and `coefficients` asked for two accounts gives what it gives for all of them, for those two."""
    from hvh_kba.core.persona import coefficients, evaluate_persona

    for analysis in (shipped.assuming(**VARIANTS[variant]), synthetic.assuming(**VARIANTS[variant])):
        perspective, pricelist = analysis.perspective, analysis.pricelist(analysis.dataset.scenarios["realistic"])
        names = (perspective.budget, perspective.whole)
        items = pricelist.by_id()
        for persona in analysis.dataset.personas.values():
            core = evaluate_persona(persona, pricelist, analysis.assumptions)
            mine = evaluate_persona(persona, pricelist, analysis.assumptions, items=items, costs=False)  # as tornado
            assert mine.benefits == core.benefits and mine.transfers == core.transfers
            every = coefficients(core)
            assert coefficients(mine, names) == {name: every[name] for name in names}
