"""Recidivism over the years: curves, a cohort's benefits, present value and the effect needed, by hand."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from hvh_kba.core.horizon import horizon
from hvh_kba.core.recidivism import (
    TimePath, break_even_effect, cohort, cumulative, increments, present_value, relative, study_path,
)
from hvh_kba.core.rule import Weights, weights

STUDY = weights(D(1), D(0), D(0))  # the study's effects: approach 1, kept 1, R0 = 1


def test_a_two_year_curve_against_a_hand_discounted_sum():
    # Without HvH 40 % reoffend in year 1 and 60 % by year 2; HvH halves the curve: 20 % and 30 %.
    # Avoided: year 1 0.4 - 0.2 = 0.2, year 2 (0.6 - 0.4) - (0.3 - 0.2) = 0.1.
    # A cohort with approach part 100 and recidivism part 1,000: year 1 100 + 1,000 x 0.2 = 300,
    # year 2 1,000 x 0.1 = 100; at 10 % discount the present value is 300 + 100 / 1.1 = 390.909...
    path = relative(cumulative([(1, D("0.4")), (2, D("0.6"))], 2, "linear"), D("0.5"))
    assert path.null == (D("0.4"), D("0.6")) and path.hvh == (D("0.2"), D("0.3"))
    assert path.avoided == (D("0.2"), D("0.1"))
    flows = cohort(D(100), D(1000), STUDY, path)
    assert flows == (D(300), D(100))
    assert present_value(flows, D("0.1")) == pytest.approx(D(300) + D(100) / D("1.1"), abs=D("1e-20"))
    # The effect e needed for 350: PV(e) = 100 + 1,000 e (0.4 + 0.2 / 1.1) = 100 + 1,000 e x 0.64 / 1.1,
    # so e = 250 x 1.1 / 640 = 0.4296875.
    at = [present_value(cohort(D(100), D(1000), STUDY, relative(path.null, e)), D("0.1")) for e in (D(0), D(1))]
    effect, none_needed = break_even_effect(at[0], at[1], D(350))
    assert effect == pytest.approx(D("0.4296875"), abs=D("1e-20")) and not none_needed
    assert break_even_effect(at[0], at[1], D(90)) == (D(0), True)  # the approach alone: 100 >= 90
    assert break_even_effect(at[0], at[1], D(1000)) == (None, False)  # PV(1) = 100 + 640 / 1.1 < 1,000


def test_constant_hazard_between_the_published_points():
    # 47 % by year 2 and 70 % by year 6 (section 3.2, line 4445-4446). Not yet reconvicted: 53 % and 30 %.
    # Year 1: 1 - 0.53 ^ (1/2) = 0.27199...; year 3: 1 - 0.53 x (0.30 / 0.53) ^ (1/4) = 0.54026...;
    # after year 6 the curve stays at 70 %.
    curve = cumulative([(2, D("0.47")), (6, D("0.70"))], 8, "constant-hazard")
    assert float(curve[0]) == pytest.approx(1 - 0.53**0.5, abs=1e-12)
    assert curve[1] == D("0.47") and curve[5] == D("0.70") and curve[7] == D("0.70")
    assert float(curve[2]) == pytest.approx(1 - 0.53 * (0.30 / 0.53) ** 0.25, abs=1e-12)
    assert all(b >= a for a, b in zip(curve, curve[1:]))
    assert sum(increments(curve)) == curve[-1]


def test_linear_between_the_points():
    # 47 % at year 2 from 0 % at release: 23.5 % in year 1; 70 % at year 6: + 5.75 points a year.
    assert cumulative([(2, D("0.47")), (6, D("0.70"))], 3, "linear") == (D("0.235"), D("0.47"), D("0.5275"))


def test_a_curve_that_reaches_everyone_stays_there():
    assert cumulative([(1, D(1)), (3, D(1))], 3, "constant-hazard") == (D(1), D(1), D(1))


def test_the_studys_reading_is_the_one_rule_at_a_rate():
    """R0 in year one and r with HvH: a cohort is exactly the study's benefits at r, whatever the effects."""
    w = weights(D("0.8"), D("0.1"), D("0.2"))
    for rate in (D(0), D("0.329"), D(1)):
        (only,) = cohort(D(1234), D(5678), w, study_path(w.baseline, rate))
        assert only == D(1234) * w.approach + D(5678) * w.kept * (w.baseline - rate)


def test_a_horizon_of_cohorts():
    # Cohort flows 300, 100 (above); three years, no discounting: year 1 has the first cohort's 300,
    # year 2 the second's 300 and the first's 100, year 3 the same 400: the first cohort's path has ended.
    h = horizon((D(300), D(100)), D(350), 3, D(0))
    assert [y.benefits for y in h.years] == [D(300), D(400), D(400)]
    # with a lag of one year, the first cohort's benefits start in year 2
    assert [y.benefits for y in horizon((D(300), D(100)), D(350), 3, D(0), lag=1).years] == [D(0), D(300), D(400)]
    # one number is one year's benefits, every year: the study's horizon
    assert [y.benefits for y in horizon(D(300), D(350), 2, D(0)).years] == [D(300), D(300)]


def test_a_curve_of_its_own():
    path = TimePath((D("0.4"), D("0.6")), (D("0.1"), D("0.5")))
    assert path.avoided == (D("0.3"), D("-0.2"))  # HvH's participants reoffend later, not less: a later loss counts
    assert Weights(D(1), D(1), D(1)) == STUDY


def test_the_realistic_scenario_under_the_national_reconviction_curve():
    """Twenty participants (7 Soufiane, 3 Patrick, 10 Joris), the reconviction curve, Huis van Herstel 30 % lower.

    The parts by hand from the study: the municipal minimum is EUR 444,410 (annex 6); the municipal
    recidivism-linked benefits are Joris' EUR 800 and Patrick's EUR 1,480 a person (tables 14 and 10),
    10 x 800 + 3 x 1,480 = EUR 12,440; society's are 1,970,360 - 314,150 = EUR 1,656,210 (table 16 at
    0 %, less the approach's part). Avoided in year k: 0.3 x the curve's step (1 - 0.53^(1/2) in year
    1, 0.47 by year 2, 70 % by year 6 at a constant hazard); discounted at 2.25 %.
    """
    from hvh_kba import api

    path = api.scenario(api.load(), "realistic", curve="herveroordeling").time_path
    null = [1 - 0.53**0.5, 0.47] + [1 - 0.53 * (0.30 / 0.53) ** (k / 4) for k in (1, 2, 3, 4)]
    steps = [b - a for a, b in zip([0.0] + null, null)]
    discount = [1 / 1.0225**k for k in range(6)]
    assert float(path.years[0].municipal) == pytest.approx(444410 + 12440 * 0.3 * steps[0], abs=0.01)
    assert float(path.municipal) == pytest.approx(444410 + 12440 * 0.3 * sum(s * v for s, v in zip(steps, discount)), abs=0.01)
    assert float(path.societal) == pytest.approx(314150 + 1656210 * 0.3 * sum(s * v for s, v in zip(steps, discount)), abs=0.01)
    # the study's reading of the same pointer: 47 % x 0.7 = 32.9 % recidivism, counted once in year one
    assert path.study_rate == D("0.329") and path.study_societal == 314150 + 1656210 * (1 - D("0.329"))
    assert [b.without_effect for b in path.break_even] == [True, True, False]  # the approach's 444,410 covers 356,960 and 389,055
    assert path.break_even[2].effect is None  # 444,410 + 12,440 x 0.70 x ~0.96 < 456,739
