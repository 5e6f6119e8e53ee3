"""Constraints and conversions on schema fields, applied by pydantic when a file is validated.

They are plain objects in `Annotated[...]` that tell pydantic how to check or convert a value
(`__get_pydantic_core_schema__`); pydantic and pydantic_core are only imported when a file is
actually validated, not when the schema classes are merely defined or read back from the cache.
A conversion happens here and nowhere else: records hold the converted value (percentages as
fractions), and a record read back from the cache is never converted again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


class Constraint:
    """A check after the type's own validation: `check(value)` must hold."""

    def __init__(self, check: Callable[[Any], bool], message: str):
        self.check = check
        self.message = message

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        def validate(value: Any) -> Any:
            if not self.check(value):
                raise ValueError(self.message.format(value=value))
            return value

        return core_schema.no_info_after_validator_function(validate, handler(source))

    def __repr__(self) -> str:
        return f"Constraint({self.message!r})"


class Convert:
    """A conversion after the type's validation (and after the constraints listed before it)."""

    def __init__(self, convert: Callable[[Any], Any], before: bool = False):
        self.convert = convert
        self.before = before

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        wrap = core_schema.no_info_before_validator_function if self.before else core_schema.no_info_after_validator_function
        return wrap(self.convert, handler(source))


def at_least(bound: int) -> Constraint:
    return Constraint(lambda v: v >= bound, f"{{value}} is below {bound}; it must be {bound} or more")


def at_most(bound: int) -> Constraint:
    return Constraint(lambda v: v <= bound, f"{{value}} is above {bound}; it must be {bound} or less")


def matching(pattern: str, what: str) -> Constraint:
    compiled = re.compile(pattern)
    return Constraint(lambda v: compiled.fullmatch(v) is not None, f"'{{value}}' is not a valid id: use {what}")


def at_most_items(bound: int) -> Constraint:
    return Constraint(lambda v: len(v) <= bound, f"{{value}} has more than {bound} entries; at most {bound}")


def at_least_items(bound: int) -> Constraint:
    return Constraint(lambda v: len(v) >= bound, f"{{value}} has fewer than {bound} entries; at least {bound}")


NON_EMPTY = Constraint(lambda v: len(v) > 0, "must not be empty")
# The data files write percentages as the sources print them (36 for 36 %); records hold fractions.
AS_FRACTION = Convert(lambda value: value / 100)
# A text in Dutch only may be written plainly; it then stands for both languages.
PLAIN_TEXT = Convert(lambda value: {"nl": value} if isinstance(value, str) else value, before=True)
