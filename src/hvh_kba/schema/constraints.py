"""Constraints on schema fields, checked by pydantic when a file is validated.

They are plain objects in `Annotated[...]` that tell pydantic how to check a value
(`__get_pydantic_core_schema__`); pydantic and pydantic_core are only imported when a
file is actually validated, not when the schema classes are merely defined or read back
from the cache.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


class Constraint:
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


def at_least(bound: int) -> Constraint:
    return Constraint(lambda v: v >= bound, f"{{value}} is below {bound}; it must be {bound} or more")


def at_most(bound: int) -> Constraint:
    return Constraint(lambda v: v <= bound, f"{{value}} is above {bound}; it must be {bound} or less")


def matching(pattern: str, what: str) -> Constraint:
    compiled = re.compile(pattern)
    return Constraint(lambda v: compiled.fullmatch(v) is not None, f"'{{value}}' is not a valid id: use {what}")


NON_EMPTY = Constraint(lambda v: len(v) > 0, "must not be empty")
