from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hvh_kba.core.assumptions import STUDY
from hvh_kba.core.persona import Parts, evaluate_persona
from hvh_kba.core.scenario import Split, evaluate_scenario, min_participants, occupancies, persona_coefficients

from .builders import item, line, persona, pricelist, scenario

PRICES = pricelist(item("r", 1000), item("a", 300), item("m", 200))
PERSONAS = {
    "x": persona("x", benefits=[line("r1", "r", link="recidivism", law="Overig"), line("a1", "a", link="approach", law="Wmo")]),
    "y": persona("y", benefits=[line("r2", "r", link="recidivism"), line("m2", "m", link="approach", law="Participatiewet", societal=False)]),
}


def results(prices=PRICES):
    return {pid: evaluate_persona(p, prices) for pid, p in PERSONAS.items()}


def test_the_one_rule_recidivism_lines_shrink_approach_lines_stay():
    result = evaluate_scenario(scenario(2, {"x": 50, "y": 50}), results())
    # x: 1000 recidivism (societal + municipal), 300 approach; y: 1000 recidivism (societal), 200 approach (municipal only)
    assert [row.societal for row in result.rows] == [Decimal(2300), Decimal(1900), Decimal(1500), Decimal(1100), Decimal(700)]
    assert [row.municipal for row in result.rows] == [Decimal(1500), Decimal(1300), Decimal(1100), Decimal(900), Decimal(700)]
    assert result.minimum == 500
    assert result.minimum_by_law == {"Wmo": 300, "Participatiewet": 200}
    assert result.minimum_share("Wmo") == Decimal("0.6")


def test_investment_levels_and_break_even():
    result = evaluate_scenario(scenario(2, {"x": 50, "y": 50}, lines=((400, True), (300, False)), decided=450), results())
    assert result.investments == {"decided": 450, "min": 400, "max": 700}
    decided, minimum, maximum = result.break_even
    assert decided.at_any_recidivism and decided.max_recidivism == 1 and decided.surplus == 50
    assert not maximum.at_any_recidivism
    assert result.municipal.at(maximum.max_recidivism) == 700  # exactly at the break-even rate
    # the minimum at n participants: x brings 300, y 200; 2 -> 500, 3 -> 800 (x takes the tie) >= 700
    assert maximum.min_participants == 3 and minimum.min_participants == 2


@pytest.mark.parametrize(
    ("parts", "investment", "expected"),
    # 500 in any case, 1000 more without recidivism: 1500 at 0 %, 500 at 100 %
    [(Parts(Decimal(500), Decimal(1000)), Decimal(400), (Decimal(1), True)),
     (Parts(Decimal(500), Decimal(1000)), Decimal(1600), (None, False)),
     (Parts(Decimal(500), Decimal(1000)), Decimal(1000), (Decimal("0.5"), False)),  # 500 + 1000 x (1 - 0.5)
     (Parts(Decimal(500), Decimal(0)), Decimal(600), (None, False))],
)
def test_max_recidivism(parts, investment, expected):
    assert Split(parts, STUDY.weights).max_rate(investment) == expected


def curve(mix, capacity, prices=PRICES):
    return occupancies(persona_coefficients(results(prices)), mix, capacity, STUDY.weights)


def test_min_participants_counts_whole_people():
    mix = {"x": Decimal("0.5"), "y": Decimal("0.5")}
    # each x brings 300, each y 200 to the minimum; 2 -> 500, 3 -> 800 (x gets the tie), 4 -> 1000
    assert min_participants(curve(mix, 29), Decimal(800)) == 3
    assert min_participants(curve(mix, 2), Decimal(800)) is None
    # at 0 % recidivism: x brings 1300 (1000 + 300, municipal), y 200; 2 -> 1500
    assert min_participants(curve(mix, 29), Decimal(1500), rate=Decimal(0)) == 2


def test_occupancy_curve_is_the_municipal_benefits_of_each_occupancy():
    # x alone: 1000 linked to recidivism + 300 approach, municipal; n participants bring n x that
    values = [[split.at(Decimal(0)), split.at(Decimal(1))] for split in curve({"x": Decimal(1)}, 2)]
    assert values == [[0, 0], [1300, 300], [2600, 600]]


amounts = st.integers(min_value=0, max_value=100_000)
rates = st.integers(min_value=0, max_value=100).map(lambda r: Decimal(r) / 100)


@given(amounts, amounts, amounts, st.integers(min_value=0, max_value=29), rates, rates)
def test_benefits_are_linear_in_the_rate(r, a, m, n, r1, r2):
    prices = pricelist(item("r", r), item("a", a), item("m", m))
    result = evaluate_scenario(scenario(n, {"x": 51, "y": 49}, rates=(0, 100)), results(prices))
    for split in (result.societal, result.municipal):
        at0, at1 = split.at(Decimal(0)), split.at(Decimal(1))
        for rate in (r1, r2):
            assert split.at(rate) == at0 + (at1 - at0) * rate


@given(amounts, amounts, amounts, st.integers(min_value=0, max_value=28))
def test_benefits_do_not_fall_when_participants_rise(r, a, m, n):
    prices = pricelist(item("r", r), item("a", a), item("m", m))
    personas = results(prices)
    mix = {"x": 36, "y": 64}
    fewer = evaluate_scenario(scenario(n, mix), personas)
    more = evaluate_scenario(scenario(n + 1, mix), personas)
    for low, high in zip(fewer.rows, more.rows):
        assert high.societal >= low.societal and high.municipal >= low.municipal


@given(amounts, amounts, amounts, st.lists(st.integers(min_value=0, max_value=100), min_size=1, max_size=6))
def test_the_municipal_minimum_does_not_depend_on_the_rates_shown(r, a, m, shown):
    prices = pricelist(item("r", r), item("a", a), item("m", m))
    base = evaluate_scenario(scenario(20, {"x": 50, "y": 50}), results(prices))
    other = evaluate_scenario(scenario(20, {"x": 50, "y": 50}, rates=shown), results(prices))
    assert other.minimum == base.minimum == base.municipal.at(Decimal(1))
    assert other.minimum_by_law == base.minimum_by_law


def test_study_benefits_rise_with_every_extra_participant(evaluation):
    """Largest remainder can take a seat from one persona when the total grows (the Alabama paradox),
    so more participants need not mean more benefits for any data; for the study's it does."""
    from hvh_kba.core.allocation import allocate
    from hvh_kba.core.scenario import population

    per_persona = persona_coefficients(evaluation.personas())
    mix = evaluation.dataset.scenarios["realistic"].mix
    previous = None
    for n in range(0, 101):
        seats = allocate(n, mix)
        values = [Split(population(per_persona, seats, p), STUDY.weights).at(Decimal(r) / 10)
                  for p in ("societal", "municipal") for r in range(11)]
        if previous:
            assert all(now >= before for now, before in zip(values, previous)), n
        previous = values
