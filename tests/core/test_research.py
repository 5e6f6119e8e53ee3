"""The research parameters, each checked against a hand computation on the realistic scenario.

By hand from the study's tables, at 20 participants (7 Soufiane, 3 Patrick, 10 Joris):
municipal approach A = 444,410, municipal recidivism part R = 10 x 800 + 3 x (680 + 800) = 12,440;
societal approach 7 x 38,000 + 3 x 11,050 + 10 x 1,500 = 314,150, societal recidivism part
7 x 85,213 + 3 x 77,763 + 10 x 82,643 = 1,656,210.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from hvh_kba.core.assumptions import Assumptions
from hvh_kba.core.evaluation import Evaluation
from hvh_kba.core.horizon import annuity_factor, horizon
from hvh_kba.core.index import chain

D = Decimal


def realistic(dataset, **assumptions):
    return Evaluation(dataset, Assumptions(**assumptions)).scenario("realistic")


def test_the_null_alternative(dataset):
    result = realistic(dataset, baseline=D("0.47"))
    assert result.municipal.at(D("0.2")) == 444410 + 12440 * D("0.27")
    assert result.societal.at(D("0.2")) == 314150 + 1656210 * D("0.27")
    assert result.minimum == 444410  # the approach's benefits do not depend on the null alternative


def test_deadweight_takes_a_share_of_the_approach(dataset):
    result = realistic(dataset, deadweight=D("0.1"))
    assert result.municipal.at(D("0.2")) == 444410 * D("0.9") + 12440 * D("0.8")


def test_dropout_takes_a_share_of_everything(dataset):
    result = realistic(dataset, dropout=D("0.2"))
    assert result.municipal.at(D("0.2")) == (444410 + 12440 * D("0.8")) * D("0.8")


def test_the_defaults_are_the_study(dataset):
    assert realistic(dataset).municipal.at(D("0.2")) == 444410 + 12440 * D("0.8")


def test_price_range_ends(dataset):
    # the only ranged item among the benefits: Patrick's 'ontruiming' EUR 600 - 1,500, 3 Patricks, societal only
    low, mid, high = (realistic(dataset, prices=p).societal.parts.approach for p in ("low", "mid", "high"))
    assert (mid - low, high - low) == (3 * 450, 3 * 900)


def test_indexation_with_the_cpi_series(dataset):
    index = chain(dataset.indices["cpi-cbs"])
    assert index[2025] / index[2024] == D("1.033")  # CBS: 3.3 % in 2025
    result = realistic(dataset, price_year=2025, index=index)
    assert result.minimum == 444410 * D("1.033")


def test_the_chained_index_agrees_with_the_levels_cbs_published(dataset):
    series = dataset.indices["cpi-cbs"]
    index = chain(series)
    for year, check in series.checks.items():
        assert abs(index[year] * 100 / check.value - 1) < D("0.001"), year


def test_npv_is_the_yearly_net_times_a_hand_computed_annuity():
    v = 1 / D("1.0225")
    annuity = 1 + v + v**2 + v**3 + v**4
    assert abs(annuity_factor(5, D("0.0225")) - annuity) < D("1e-20")
    flows = horizon(D(444410), D(356960), 5, D("0.0225"))
    assert abs(flows.npv - (444410 - 356960) * annuity) < D("1e-15")
    assert flows.payback_year == 1


def test_a_lag_moves_payback():
    flows = horizon(D(100), D(60), 6, D(0), lag=1)
    # year 1: -60; then +40 a year: cumulative -20, +20 -> paid back in year 3
    assert flows.payback_year == 3 and flows.npv == -60 + 5 * 40
    assert horizon(D(50), D(60), 5, D(0)).payback_year is None


@pytest.mark.parametrize("bad", [dict(years=0), dict(years=3, lag=-1), dict(discount_rate=D(-1))])
def test_horizon_refuses_nonsense(bad):
    args = dict(benefits=D(1), investment=D(1), years=3, discount_rate=D("0.02"), lag=0) | bad
    with pytest.raises(ValueError):
        horizon(**args)
