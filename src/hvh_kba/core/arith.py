"""Exact arithmetic on the numbers an erratum quotes, e.g. "0.2 * 7 * 15696".

Errata state their expected difference as arithmetic on the source's own figures,
so the derivation stays readable in the data. Only numbers, + - * /, // (division rounded down:
what a source that truncates or tabulates in steps does) and brackets.
A ValueError's argument is a Message (errors.py): str() is English, the data's checks may say it in the run's language.
"""

from __future__ import annotations

import ast
from decimal import ROUND_FLOOR, Decimal

from ..errors import say

_OPS = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
    ast.FloorDiv: lambda a, b: (a / b).to_integral_value(rounding=ROUND_FLOOR),
}


def evaluate(expression: str) -> Decimal:
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise ValueError(say("lib.not_arithmetic", expression=repr(expression))) from exc
    return _eval(tree.body, expression)


def _eval(node: ast.AST, text: str) -> Decimal:
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        # from the source text, not the float, so 0.2 stays exactly 0.2
        return Decimal(ast.get_source_segment(text, node) or str(node.value))
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval(node.left, text), _eval(node.right, text))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _eval(node.operand, text)
        return -value if isinstance(node.op, ast.USub) else value
    raise ValueError(say("lib.only_arithmetic", expression=repr(text)))
