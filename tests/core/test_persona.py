from decimal import Decimal

from hvh_kba.core.assumptions import Assumptions
from hvh_kba.core.persona import evaluate_persona

from .builders import item, line, persona, pricelist

PRICES = pricelist(item("a", 70), item("b", low=140, high=255), item("c", 100))


def test_amount_is_price_times_quantity():
    result = evaluate_persona(persona("p", costs=[line("x", "a", qty=312)]), PRICES)
    assert result.costs[0].amount == Decimal(21840)


def test_a_range_takes_the_low_end_unless_asked():
    p = persona("p", costs=[line("x", "b", qty=365)])
    assert evaluate_persona(p, PRICES).costs[0].amount == 140 * 365
    assert evaluate_persona(p, PRICES, Assumptions(prices="mid")).costs[0].amount == Decimal("197.5") * 365
    assert evaluate_persona(p, PRICES, Assumptions(prices="high")).costs[0].amount == 255 * 365


def test_the_tables_own_price_wins_over_the_list_and_is_marked():
    priced = evaluate_persona(persona("p", costs=[line("x", "c", unit_price=187)]), PRICES).costs[0]
    assert priced.unit_price == 187 and priced.deviates


def test_an_override_wins_over_the_tables_price():
    p = persona("p", costs=[line("x", "c", unit_price=187)])
    priced = evaluate_persona(p, PRICES, Assumptions(overrides={"c": Decimal(230)})).costs[0]
    assert priced.unit_price == 230 and not priced.deviates


def test_totals_by_perspective_law_and_link():
    p = persona(
        "p",
        benefits=[
            line("r", "c", link="recidivism"),
            line("w", "a", link="approach", law="Wmo"),
            line("m", "c", link="approach", law="Participatiewet", societal=False),
        ],
    )
    result = evaluate_persona(p, PRICES)
    assert result.total("benefits", "societal") == 170  # r + w; m stands only in the municipal table
    assert result.total("benefits", "municipal") == 170  # w + m
    assert result.total("benefits", "municipal", law="Wmo") == 70
    assert result.total("benefits", "societal", link="recidivism") == 100
    assert result.laws("benefits") == ["Wmo", "Participatiewet"]
