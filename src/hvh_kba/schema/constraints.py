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

from ..errors import Message, say


class Invalid(ValueError):
    """A value a check refused, with its message (errors.Message) for the reader: pydantic keeps the exception in
    its error (ctx["error"]), and the loader shows the message in the run's language. `field`: a record's own check
    names the field it is about ("participants"), and the loader points at that field's line. str() is English."""

    def __init__(self, message: Message, field: str | None = None):
        self.message = message
        self.field = field
        super().__init__(f"{field}: {message}" if field else str(message))


class Constraint:
    """A check after the type's own validation: `check(value)` must hold, else `message(value)` is said (the value
    quoted back as text, as the file has it)."""

    def __init__(self, check: Callable[[Any], bool], message: Callable[[str], Message]):
        self.check = check
        self.message = message

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        def validate(value: Any) -> Any:
            if not self.check(value):
                raise Invalid(self.message(str(value)))
            return value

        return core_schema.no_info_after_validator_function(validate, handler(source))

    def __repr__(self) -> str:
        return f"Constraint({self.message('{value}').key!r})"


class Convert:
    """A conversion after the type's validation (and after the constraints listed before it)."""

    def __init__(self, convert: Callable[[Any], Any], before: bool = False):
        self.convert = convert
        self.before = before

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        wrap = core_schema.no_info_before_validator_function if self.before else core_schema.no_info_after_validator_function
        return wrap(self.convert, handler(source))


# The bounds are quoted as written (1000000000000), like the value: the numbers of the file, not a computed result.
def at_least(bound: int) -> Constraint:
    return Constraint(lambda v: v >= bound, lambda value: say("data.at_least", value=value, bound=str(bound)))


def at_most(bound: int) -> Constraint:
    return Constraint(lambda v: v <= bound, lambda value: say("data.at_most", value=value, bound=str(bound)))


def matching(pattern: str, what: Message) -> Constraint:
    """A text matching `pattern`; `what` says in words what it may hold."""
    compiled = re.compile(pattern)
    return Constraint(lambda v: compiled.fullmatch(v) is not None, lambda value: say("data.matching", value=value, what=what))


def at_most_items(bound: int) -> Constraint:
    return Constraint(lambda v: len(v) <= bound, lambda value: say("data.at_most_items", value=value, bound=str(bound)))


def at_least_items(bound: int) -> Constraint:
    return Constraint(lambda v: len(v) >= bound, lambda value: say("data.at_least_items", value=value, bound=str(bound)))


NON_EMPTY = Constraint(lambda v: len(v) > 0, lambda value: say("data.non_empty"))
# The data files write percentages as the sources print them (36 for 36 %); records hold fractions.
AS_FRACTION = Convert(lambda value: value / 100)
# A text in Dutch only may be written plainly; it then stands for both languages.
PLAIN_TEXT = Convert(lambda value: {"nl": value} if isinstance(value, str) else value, before=True)
