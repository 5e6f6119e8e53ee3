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
    """The one place that decides how failures look: a line per problem, exit 2 for bad input, in the run's language."""

    def main(self, args=None, *pos, **kwargs):
        from .language import chosen, speak, translate_help

        self.args = list(sys.argv[1:] if args is None else args)
        self.lang = chosen(self.args)
        speak(self.lang)  # Click's own words (usage, errors) in the run's language
        translate_help(self, self.lang)
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
            ctx.exit(_report(exc, getattr(self, "lang", "nl")))


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


def _report(exc: Exception, lang: str) -> int:
    from ..errors import DataError, InputError, ToolError, os_reason, said, say
    from .options import option_message

    def line(text) -> None:
        typer.echo(f"{say('cli.prefix').text(lang)}: {text}", err=True)

    if isinstance(exc, DataError):
        for problem in exc.problems:
            _must_be_said(problem.message)
            line(problem.text(lang))
        return 2
    if isinstance(exc, InputError):
        _must_be_said(exc.message)
        line(option_message(exc, lang))
        return 2
    if isinstance(exc, ToolError):
        line(exc.text(lang))
        return 2
    if isinstance(exc, OSError):
        line(f"{said(os_reason(exc), lang)}: {exc.filename or ''}".rstrip(": "))
        return 2
    line(say("cli.internal", kind=type(exc).__name__, detail=str(exc)).text(lang))
    return 1


def _must_be_said(message) -> None:
    """With HVH_KBA_STRICT_MESSAGES=1 (the tests), an error told as plain text, not a message, is a bug: it could not
    be said in the run's language."""
    import os

    from ..errors import Message

    if os.environ.get("HVH_KBA_STRICT_MESSAGES") == "1" and not isinstance(message, Message):
        raise AssertionError(f"an error without a message key: {message!r}")


def main() -> None:
    args = sys.argv[1:]
    name = next((arg for arg in args if not arg.startswith("-")), None)
    known = {module.NAME for module in MODULES}
    (make_app(name) if name in known else app)(prog_name="hvh-kba")
