"""The `hvh-kba` command: registers the commands and turns every failure into one clear line.

Commands live one per module and import the heavy parts (pydantic, yaml) only when they run,
so `--help` and `--version` stay fast.
"""

from __future__ import annotations

import sys

import typer
from typer.core import TyperGroup

from .. import __version__
from . import breakeven, flows, init, measure, monitor, municipalities, persona, personas, pricelist, report, scenario, scenarios, sensitivity, uncertainty, verify


class Program(TyperGroup):
    """The one place that decides how failures look: a line per problem, exit 2 for bad input."""

    def main(self, args=None, *pos, **kwargs):
        self.args = list(sys.argv[1:] if args is None else args)
        return super().main(args, *pos, **kwargs)

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            import click

            if isinstance(exc, click.ClickException) or ctx.params.get("debug"):
                raise
            ctx.exit(_report(exc, self._prefix()))

    def _prefix(self) -> str:
        args = getattr(self, "args", [])
        english = "--lang=en" in args or any(a == "--lang" and b == "en" for a, b in zip(args, args[1:]))
        return "error" if english else "fout"


MODULES = (scenario, scenarios, persona, personas, pricelist, breakeven, municipalities, sensitivity, uncertainty, measure, flows, monitor, report, verify, init)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"hvh-kba {__version__}")
        raise typer.Exit()


def root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback when something fails."),
) -> None:
    """Cost-benefit analysis of Huis van Herstel Twente: reproduce, check and change the impact study (2024)."""


def make_app(only: str | None = None) -> typer.Typer:
    """The command line; with `only`, just that command (typer builds every registered command on each run)."""
    program = typer.Typer(
        name="hvh-kba",
        cls=Program,
        help=root.__doc__,
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,  # plain help: rich.markdown alone would double the start-up of --help
    )
    program.callback()(root)
    for module in MODULES:
        if only not in (None, module.NAME):
            continue
        if hasattr(module, "app"):  # a command with subcommands of its own
            program.add_typer(module.app, name=module.NAME)
        else:
            program.command(module.NAME, help=module.command.__doc__)(module.command)
    return program


app = make_app()


def _report(exc: Exception, prefix: str) -> int:
    from ..errors import DataError, InputError
    from .options import option_message

    if isinstance(exc, DataError):
        for problem in exc.problems:
            typer.echo(f"{prefix}: {problem}", err=True)
        return 2
    if isinstance(exc, InputError):
        typer.echo(f"{prefix}: {option_message(exc)}", err=True)
        return 2
    if isinstance(exc, OSError):
        typer.echo(f"{prefix}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), err=True)
        return 2
    typer.echo(f"{prefix}: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
    return 1


def main() -> None:
    args = sys.argv[1:]
    name = next((arg for arg in args if not arg.startswith("-")), None)
    known = {module.NAME for module in MODULES}
    (make_app(name) if name in known else app)(prog_name="hvh-kba")
