"""The two kinds of bad input, shared by every layer: problems in data files, and a bad argument.

Both end as one clear line per problem and exit code 2 on the command line; in a notebook they are
ordinary exceptions with the same text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class DataError(Exception):
    """Invalid input data; every problem found, not only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class InputError(ValueError):
    """A bad argument to the library (an unknown name, a value out of range).

    `field` is the library's name of the argument; the command line shows its own option instead.
    """

    def __init__(self, message: str, field: str | None = None):
        self.message = message
        self.field = field
        super().__init__(f"{field}: {message}" if field else message)


def unknown(what: str, name: str, known, field: str | None = None) -> InputError:
    """'unknown scenario 'realistik' (did you mean 'realistic'?); valid: ...'"""
    import difflib

    known = sorted(known)
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return InputError(f"unknown {what} '{name}'{hint}; valid: {', '.join(known)}", field)


def shown(value: object, limit: int = 40) -> str:
    """A value quoted back in a message, shortened if long (a 5,000-digit number is not worth repeating)."""
    text = str(value)
    return text if len(text) <= limit else f"{text[: limit - 12]}...{text[-9:]} ({len(text)} characters)"
