from decimal import Decimal

import pytest

from hvh_kba.core.arith import evaluate


@pytest.mark.parametrize(
    ("expression", "value"),
    [("500 - 12 * 42", Decimal(-4)), ("0.2 * 7 * 15696", Decimal("21974.4")), ("3 * 3630 * (1 - 0.8)", Decimal("2178.0")),
     ("-4 * 650", Decimal(-2600)), ("40 - 0", Decimal(40)),
     ("9518.92 // 1", Decimal(9518)), ("-0.5 // 1", Decimal(-1)), ("0.4715 // 0.2 * 0.2", Decimal("0.4"))],
)
def test_exact_arithmetic(expression, value):
    assert evaluate(expression) == value


@pytest.mark.parametrize("expression", ["__import__('os')", "abs(-1)", "x + 1", "2 ** 8", "1 +", "'a'"])
def test_only_numbers_and_the_operations_of_arithmetic(expression):
    with pytest.raises(ValueError):
        evaluate(expression)
