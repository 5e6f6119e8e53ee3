"""Options shared by the commands, declared once, and the parsers of their values.

Imports stay light (no pydantic, no yaml): `--help` and `--version` load this module.
"""

from __future__ import annotations

import difflib
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer


class CliError(Exception):
    """A bad option value or an unknown name: shown as one line, exit code 2."""


class Output(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class Lang(str, Enum):
    nl = "nl"
    en = "en"


DataDir = Annotated[
    Optional[Path],
    typer.Option("--data-dir", metavar="DIR", help="Folder with pricelists/, personas/ and scenarios/ to use instead of the shipped data."),
]
PricelistFile = Annotated[
    Optional[Path],
    typer.Option("--pricelist", metavar="FILE", help="Price list file that replaces the one the scenarios name."),
]
SetPrice = Annotated[
    Optional[list[str]],
    typer.Option("--set", metavar="ITEM=EUROS", help="Override one price list item for this run (repeatable)."),
]
Format = Annotated[Output, typer.Option("--format", "-f", help="Output format.")]
Language = Annotated[Lang, typer.Option("--lang", help="Language of the output (Dutch number formats in nl).")]
Investments = Annotated[
    Optional[list[str]],
    typer.Option("--investment", metavar="decided|min|max|EUROS", help="Investment level(s) to compare with (repeatable; default: all three)."),
]


def parse_decimal(text: str, what: str, accepted: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace("_", ""))
    except InvalidOperation:
        raise CliError(f"{what}: '{text}' is not a number; accepted: {accepted}") from None
    if not value.is_finite():
        raise CliError(f"{what}: '{text}' is not a finite number; accepted: {accepted}")
    return value


def parse_rate(text: str, what: str = "--recidivism") -> Decimal:
    """'0.3', '30' and '30%' all mean 30 %: a value above 1, or with %, is a percentage."""
    accepted = "a fraction 0-1 (0.3) or a percentage 0-100 (30 or 30%)"
    raw = text.strip()
    percent = raw.endswith("%")
    value = parse_decimal(raw.rstrip("%"), what, accepted)
    fraction = value / 100 if percent or value > 1 else value
    if not 0 <= fraction <= 1:
        raise CliError(f"{what}: '{text}' is outside 0-100 %; accepted: {accepted}")
    return fraction


def parse_euros(text: str, what: str) -> Decimal:
    value = parse_decimal(text.replace("€", ""), what, "an amount in euros, 0 or more (e.g. 400000)")
    if value < 0:
        raise CliError(f"{what}: '{text}' is negative; accepted: an amount in euros, 0 or more")
    return value


def parse_assignments(values: list[str], what: str, example: str) -> list[tuple[str, str]]:
    """'a=1,b=2' and repeated options into [(a, 1), (b, 2)]."""
    pairs = []
    for value in values:
        for part in value.split(","):
            name, sep, amount = part.partition("=")
            if not sep or not name.strip() or not amount.strip():
                raise CliError(f"{what}: '{part}' is not NAME=VALUE; accepted e.g. {example}")
            pairs.append((name.strip(), amount.strip()))
    return pairs


def unknown(what: str, name: str, known: list[str]) -> CliError:
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return CliError(f"unknown {what} '{name}'{hint}; valid: {', '.join(known)}")
