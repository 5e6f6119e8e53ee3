"""One language at a time: which one a run speaks, and Click's and the help's words in it.

The language is `--lang` where the command line gives it, else $HVH_KBA_LANG (nl or en), else Dutch. Click
(and typer on top of it) says its own words through gettext; here those words are looked up in the message
list (messages/cli.py) for the run's language, and the help texts of the commands and options likewise.
"""

from __future__ import annotations

import os

ENV = "HVH_KBA_LANG"
LANGUAGES = ("nl", "en")
# the modules of Click and typer that say something through gettext (`_` and `ngettext` in their namespace)
SPEAKERS = ("click.core", "click.exceptions", "click.parser", "click.types", "click.decorators", "click.formatting",
            "click.termui", "click.utils", "typer.core")


def chosen(args: list[str]) -> str:
    """The run's language: --lang as given (its value checked by Click later), else the environment's, else Dutch."""
    for i, arg in enumerate(args):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else args[i + 1] if arg == "--lang" and i + 1 < len(args) else None
        if value in LANGUAGES:
            return value
    value = os.environ.get(ENV, "").strip().lower()
    return value if value in LANGUAGES else "nl"


class _Template(str):
    """A Click message in Dutch whose `.format()` also turns Click's English names of types into Dutch."""

    def format(self, *args, **values):
        from ..messages.cli import CLICK_VALUES

        return super().format(*args, **{k: CLICK_VALUES.get(v, v) if isinstance(v, str) else v for k, v in values.items()})


def speak(lang: str) -> None:
    """Make Click and typer say their words in `lang` from now on (this process: the one run, or the test's invoke)."""
    import importlib

    from ..messages.cli import CLICK

    if lang == "nl":
        def gettext(message: str) -> str:
            return _Template(CLICK.get(message, message))

        def ngettext(singular: str, plural: str, n: int) -> str:
            return gettext(singular if n == 1 else plural)
    else:
        def gettext(message: str) -> str:
            return message

        def ngettext(singular: str, plural: str, n: int) -> str:
            return singular if n == 1 else plural

    for name in SPEAKERS:
        module = importlib.import_module(name)
        if "_" in vars(module):
            module._ = gettext
        if "ngettext" in vars(module):
            module.ngettext = ngettext


def translate_help(command, lang: str) -> None:
    """The help of a command, its options and its subcommands in `lang` (the code's help texts are the English)."""
    if lang != "nl":
        return
    from ..messages.cli import HELP

    def dutch(text: str | None) -> str | None:
        return HELP.get(" ".join(text.split()), text) if text else text

    command.help = dutch(command.help)
    command.short_help = dutch(command.short_help)
    command.options_metavar = "[OPTIES]"
    if hasattr(command, "subcommand_metavar") and getattr(command, "commands", None):
        command.subcommand_metavar = "OPDRACHT [ARGUMENTEN]..."
    for param in command.params:
        if getattr(param, "help", None):
            param.help = dutch(param.help)
    for sub in getattr(command, "commands", {}).values():
        translate_help(sub, lang)
