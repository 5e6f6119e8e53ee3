"""The `hvh-kba` command: registers the commands and turns every failure into one clear line.

Commands live one per module and import the heavy parts (pydantic, yaml) only when they run,
so `--help` and `--version` stay fast.
"""

from __future__ import annotations

import sys

import typer

from .. import __version__
from . import breakeven, persona, personas, pricelist, scenario, scenarios, verify
from .options import CliError

app = typer.Typer(
    name="hvh-kba",
    help="Cost-benefit analysis of Huis van Herstel Twente: reproduce, check and change the impact study (2024).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich.markdown alone would double the start-up of --help
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"hvh-kba {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback when something fails."),
) -> None:
    """Cost-benefit analysis of Huis van Herstel Twente: reproduce, check and change the impact study (2024)."""


for module in (scenario, scenarios, persona, personas, pricelist, breakeven, verify):
    app.command(module.NAME, help=module.command.__doc__)(module.command)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    english = "--lang=en" in args or any(a == "--lang" and b == "en" for a, b in zip(args, args[1:]))
    prefix = "error" if english else "fout"
    try:
        code = app(args=args, standalone_mode=False, prog_name="hvh-kba")
    except Exception as exc:  # one place decides how failures look
        if debug:
            raise
        code = _report(exc, prefix)
    sys.exit(code if isinstance(code, int) else 0)


def _report(exc: Exception, prefix: str) -> int:
    import click

    from ..loader.errors import DataError

    if isinstance(exc, DataError):
        for problem in exc.problems:
            typer.echo(f"{prefix}: {problem}", err=True)
        return 2
    if isinstance(exc, CliError):
        typer.echo(f"{prefix}: {exc}", err=True)
        return 2
    if isinstance(exc, click.exceptions.Exit):
        return exc.exit_code
    if isinstance(exc, click.exceptions.Abort):
        typer.echo("aborted", err=True)
        return 130
    if isinstance(exc, click.ClickException):
        exc.show()
        return exc.exit_code
    if isinstance(exc, OSError):
        typer.echo(f"{prefix}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), err=True)
        return 2
    typer.echo(f"{prefix}: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
    return 1
