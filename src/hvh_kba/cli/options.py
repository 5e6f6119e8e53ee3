"""Options shared by the commands, declared once, and the parsers of their values.

A command asks for groups of shared options with `@shared("data", "output", ...)`; it then
receives them parsed into one `Options` object. Imports stay light (no pydantic, no yaml):
`--help` and `--version` load this module.
"""

from __future__ import annotations

import functools
import inspect
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ..errors import InputError, Said, say, shown
from ..record import record


class CliError(InputError):
    """A bad option value: shown as one line, exit code 2 (the library's InputError, said in options)."""


class Output(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    csv_excel = "csv-excel"
    markdown = "markdown"


class Lang(str, Enum):
    nl = "nl"
    en = "en"


class PriceEnd(str, Enum):
    low = "low"
    mid = "mid"
    high = "high"


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
Format = Annotated[
    Output,
    typer.Option("--format", "-f", help="Output format: a table, JSON, CSV for scripts, CSV for Excel (in the --lang's conventions), Markdown."),
]
TableId = Annotated[
    Optional[str], typer.Option("--table", metavar="ID", help="Only the table with this id (the ids are in the JSON and CSV output).")
]
Language = Annotated[
    Lang, typer.Option("--lang", envvar="HVH_KBA_LANG", help="Language of the output (Dutch number formats in nl); default $HVH_KBA_LANG, else nl.")
]
Investments = Annotated[
    Optional[list[str]],
    typer.Option("--investment", metavar="decided|min|max|EUROS", help="Investment level(s) to compare with (repeatable; default: all three)."),
]
Decision = Annotated[
    Optional[str], typer.Option("--investment", metavar="decided|min|max|EUROS", help="The investment to decide on (default: decided).")
]
# The Monte Carlo's own options (uncertainty and measure)
Draws = Annotated[int, typer.Option("--draws", metavar="N", help="Number of draws (1 to 10,000,000).")]
Seed = Annotated[int, typer.Option("--seed", metavar="S", help="Seed of the random numbers: the same seed gives the same numbers.")]
MeanRecidivism = Annotated[
    Optional[str], typer.Option("--recidivism", metavar="R", help="Mean recidivism rate (default: the study's pointer, 47% x 0.7).")
]
Prices = Annotated[
    PriceEnd, typer.Option("--prices", help="Which end of each price range: low (the study's choice), the midpoint, or high.")
]
PriceYear = Annotated[
    Optional[int], typer.Option("--price-year", metavar="YEAR", help="Index every price to this year (CPI series); default: no indexation.")
]
Baseline = Annotated[
    Optional[str],
    typer.Option("--baseline-recidivism", metavar="R0", help="Recidivism without Huis van Herstel (the null alternative); the study assumes 1 (100%)."),
]
Deadweight = Annotated[
    Optional[str], typer.Option("--deadweight", metavar="F", help="Share of the approach's benefits that would have come anyway (default 0).")
]
Dropout = Annotated[
    Optional[str], typer.Option("--dropout", metavar="F", help="Share of participants sent back to prison, who bring no benefits (default 0).")
]
PerspectiveOption = Annotated[
    str,
    typer.Option(
        "--perspective", metavar="VIEW",
        help="Whose money: study (the study's tables, default), societal (the guideline's welfare balance, transfers out), "
        "municipal, justice, care, income, housing, other or participant (that budget, by payer).",
    ),
]
Transfers = Annotated[
    str,
    typer.Option(
        "--transfers", metavar="count|caused",
        help="Transfer savings the approach does not cause (Joris' bijstand): count them in the budgets (the study, default) or not.",
    ),
]
PriceSetOption = Annotated[
    Optional[str], typer.Option("--price-set", metavar="ID", help="An alternative price set of the price list: tekst, the prices the sources' text states.")
]

# name, annotation, default: the shared options by group, in the order --help lists them
GROUPS: dict[str, list[tuple[str, Any, Any]]] = {
    "research": [
        ("perspective", PerspectiveOption, "study"),
        ("transfers", Transfers, "count"),
        ("price_set", PriceSetOption, None),
        ("prices", Prices, PriceEnd.low),
        ("price_year", PriceYear, None),
        ("baseline", Baseline, None),
        ("deadweight", Deadweight, None),
        ("dropout", Dropout, None),
    ],
    "data": [("set_", SetPrice, None), ("pricelist", PricelistFile, None), ("data_dir", DataDir, None)],
    "output": [("output", Format, Output.table), ("lang", Language, Lang.nl), ("table", TableId, None)],
}


@record
class Options:
    """The shared options of one run, as given (values are parsed where they are used)."""

    data_dir: Path | None = None
    pricelist: Path | None = None
    set_: tuple[str, ...] = ()
    output: str = "table"
    lang: str = "nl"
    table: str | None = None
    perspective: str = "study"
    transfers: str = "count"
    price_set: str | None = None
    prices: str = "low"
    price_year: int | None = None
    baseline: str | None = None
    deadweight: str | None = None
    dropout: str | None = None


def shared(*groups: str):
    """Give a command the shared options of `groups`; it receives them as `opts: Options`."""
    chosen = [option for group in groups for option in GROUPS[group]]

    def decorate(func):
        signature = inspect.signature(func, eval_str=True)
        own = [p for p in signature.parameters.values() if p.name != "opts"]
        extra = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=a, default=d) for name, a, d in chosen]

        @functools.wraps(func)
        def command(*args, **kwargs):
            given = {name: kwargs.pop(name) for name, _, _ in chosen}
            values = {k: (v.value if isinstance(v, Enum) else v) for k, v in given.items()}
            if "set_" in values:
                values["set_"] = tuple(values["set_"] or ())
            return func(*args, opts=Options(**values), **kwargs)

        command.__signature__ = signature.replace(parameters=own + extra)
        return command

    return decorate


def parse_decimal(text: str, what: str, accepted: Said) -> Decimal:
    try:
        value = Decimal(text.strip().replace("_", ""))
    except InvalidOperation:
        raise CliError(say("cli.not_a_number", option=what, value=shown(text), accepted=accepted)) from None
    if not value.is_finite():
        raise CliError(say("cli.not_finite", option=what, value=shown(text), accepted=accepted))
    return value


def parse_rate(text: str, what: str = "--recidivism") -> Decimal:
    """'0.3', '30' and '30%' all mean 30 %: a value above 1, or with %, is a percentage."""
    accepted = say("cli.accepted.rate")
    raw = text.strip()
    percent = raw.endswith("%")
    value = parse_decimal(raw.rstrip("%"), what, accepted)
    fraction = value / 100 if percent or value > 1 else value
    if not 0 <= fraction <= 1:
        raise CliError(say("cli.rate_outside", option=what, value=shown(text), accepted=accepted))
    return fraction


def parse_assignments(values: list[str], what: str, example: str) -> list[tuple[str, str]]:
    """'a=1,b=2' and repeated options into [(a, 1), (b, 2)]."""
    pairs = []
    for value in values:
        for part in value.split(","):
            name, sep, amount = part.partition("=")
            if not sep or not name.strip() or not amount.strip():
                raise CliError(say("cli.not_assignment", option=what, value=part, example=example))
            pairs.append((name.strip(), amount.strip()))
    return pairs


# The library's name of an argument -> the option that gives it: a library error speaks in options here.
FIELD_OPTIONS = {
    "participants": "--participants", "rates": "--recidivism", "recidivism": "--recidivism", "mix": "--mix",
    "investments": "--investment", "overrides": "--set", "price_year": "--price-year", "prices": "--prices",
    "baseline": "--baseline-recidivism", "deadweight": "--deadweight", "dropout": "--dropout", "years": "--years",
    "discount_rate": "--discount-rate", "lag": "--lag", "draws": "--draws", "seed": "--seed", "funding": "--funding",
    "benefit_key": "--benefit-key", "table": "--table", "perspective": "--perspective", "transfers": "--transfers",
    "price_set": "--price-set", "stay": "--stay", "source": "--source", "curve": "--curve", "effect": "--effect", "hvh_curve": "--hvh-curve",
}


def option_message(error: InputError, lang: str = "en") -> str:
    """A library error as the command line says it: the option instead of the argument's name, in `lang`."""
    if not error.field:
        return error.text(lang)
    name, _, rest = error.field.partition(" ")
    option = FIELD_OPTIONS.get(name, name)
    return f"{option}{' ' + rest if rest else ''}: {error.text(lang)}"
