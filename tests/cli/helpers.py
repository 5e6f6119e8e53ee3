from __future__ import annotations

from typer.testing import CliRunner

from hvh_kba.cli.app import app

RUNNER = CliRunner()


def run(*args: str, env: dict | None = None):
    """Run the command line in-process; the result has exit_code, stdout, stderr and exception."""
    return RUNNER.invoke(app, list(args), prog_name="hvh-kba", env=env)


def run_en(*args: str, env: dict | None = None):
    """The same in English ($HVH_KBA_LANG=en): for the tests that check what a message says (test_language.py checks
    that every one is said in Dutch too)."""
    return run(*args, env={"HVH_KBA_LANG": "en", **(env or {})})
