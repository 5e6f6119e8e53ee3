from __future__ import annotations

from typer.testing import CliRunner

from hvh_kba.cli.app import app

RUNNER = CliRunner()


def run(*args: str, env: dict | None = None):
    """Run the command line in-process; the result has exit_code, stdout, stderr and exception."""
    return RUNNER.invoke(app, list(args), prog_name="hvh-kba", env=env)
