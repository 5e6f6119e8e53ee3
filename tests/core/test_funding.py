from __future__ import annotations

from decimal import Decimal

import pytest

from hvh_kba.core.funding import (
    budget_flows,
    contributions,
    key_shares,
    key_weights,
    participants_key,
    positions,
    savings_by_destination,
    total,
)


@pytest.fixture()
def twente(dataset):
    return dataset.twente()


def test_every_key_sums_to_one(twente):
    for key in twente.keys:
        assert sum(key_shares(twente, key).values()) == 1


def test_the_regional_keys_stay_in_their_region(twente):
    regions = {m.id: m.region for m in twente.municipalities}
    for key in twente.keys:
        if key.derived_from.region:
            assert {regions[m] for m in key_shares(twente, key)} == {key.derived_from.region}


@pytest.mark.parametrize("funding", ["1", "2", "3", "besloten"])
def test_contributions_add_up_to_the_funding(twente, funding):
    paid = contributions(twente, funding)
    assert sum(sum(b.values()) for b in paid.values()) == pytest.approx(total(twente, funding), abs=Decimal("1e-20"))


def test_scenario_1_and_2_come_back_from_their_keys(twente):
    one, two = contributions(twente, "1"), contributions(twente, "2")
    funding = {f.id: f for f in twente.funding}
    for m, published in funding["1"].published.items():
        assert sum(one[m].values()) == published.amount
    for m, published in funding["2"].published.items():
        assert abs(sum(two[m].values()) - published.amount) < 1


def test_the_adopted_funding_is_half_and_half(twente):
    paid = contributions(twente, "besloten")
    by_budget = {}
    for budgets in paid.values():
        for budget, amount in budgets.items():
            by_budget[budget] = by_budget.get(budget, 0) + amount
    assert by_budget["arbeidsmarkt"] == pytest.approx(Decimal(178480))
    assert by_budget["bw-mo-almelo"] + by_budget["bw-mo-enschede"] == pytest.approx(Decimal(178480))


def test_savings_reconcile_with_the_scenario(twente, evaluation):
    result = evaluation.scenario("realistic")
    personas = evaluation.personas()
    savings = savings_by_destination(personas, result.allocation, twente, Decimal(1))
    assert sum(sum(laws.values()) for laws in savings.values()) == result.minimum
    assert savings["bw-mo"] == {"Wmo": Decimal(255500)}  # the shelter of 7 Soufianes
    shares = key_weights(twente, next(k for k in twente.keys if k.id == "inhabitants"))
    mine = positions(twente, "besloten", savings, shares)
    assert sum(p.saved for p in mine) == pytest.approx(result.minimum)
    flows = {f.budget: f for f in budget_flows(twente, mine)}
    assert flows["bw-mo-almelo"].saved + flows["bw-mo-enschede"].saved == pytest.approx(Decimal(255500))
    assert flows["participatiewet"].paid == 0 and flows["arbeidsmarkt"].saved == 0


def test_savings_at_a_rate_add_the_recidivism_lines(twente, evaluation):
    result = evaluation.scenario("realistic")
    savings = savings_by_destination(evaluation.personas(), result.allocation, twente, Decimal(0))
    assert sum(sum(laws.values()) for laws in savings.values()) == result.municipal.at(Decimal(0))
    assert sum(savings["overig"].values()) == 10 * 800 + 3 * 1480


def test_participants_key():
    assert participants_key({"almelo": 3, "enschede": 1}) == {"almelo": Decimal(3), "enschede": Decimal(1)}
