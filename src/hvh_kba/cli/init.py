from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import say
from .language import chosen
from .options import CliError

NAME = "init"
FOLDERS = ("pricelists", "personas", "scenarios", "indices", "municipalities", "recidivism", "flows", "monitoring")


def command(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="The folder to create (it must not exist, or be empty).")],
) -> None:
    """Copy the shipped data into DIR for editing; then point any command at it with --data-dir DIR."""
    import os
    import shutil
    import tempfile

    from ..paths import shipped_data_dir
    from .writes import signals_raise

    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise CliError(say("cli.init_exists", folder=str(directory)))
    parent = directory.resolve().parent
    if not parent.is_dir():
        raise CliError(say("cli.init_parent_missing", folder=str(directory), parent=str(parent)))
    source = shipped_data_dir()
    # build it beside the target, then rename: an interrupted init leaves nothing half-written
    staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}-", dir=parent))
    try:
        with signals_raise():  # a SIGTERM too leaves no staging folder behind
            for folder in FOLDERS:
                shutil.copytree(source / folder, staging / folder, ignore=shutil.ignore_patterns("__pycache__"))
            if directory.exists():
                directory.rmdir()
            os.replace(staging, directory)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    files = sorted(p.relative_to(directory) for p in directory.rglob("*.yaml"))
    lang = chosen(sys.argv[1:])
    typer.echo(say("cli.init_files", count=len(files), folder=str(directory)).text(lang))
    for path in files:
        typer.echo(f"  {path}")
    typer.echo(say("cli.init_hint", folder=str(directory)).text(lang))
