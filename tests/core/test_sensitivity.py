from __future__ import annotations

from decimal import Decimal

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
