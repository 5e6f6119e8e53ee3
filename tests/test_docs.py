"""Docs that cannot drift: every command has help and a README section, and the README's examples
show what the program prints now."""

from __future__ import annotations

import pytest

from hvh_kba.cli.app import app

from .cli.helpers import run
from .readme_examples import README, examples
from .readme_examples import run as run_example

COMMANDS = [command.name for command in app.registered_commands] + [group.name for group in app.registered_groups]
TEXT = README.read_text(encoding="utf-8")


def test_the_commands_are_all_there():
    assert sorted(COMMANDS) == sorted(
        ["scenario", "scenarios", "persona", "personas", "pricelist", "breakeven", "municipalities", "sensitivity", "uncertainty",
         "report", "verify", "init"]
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"Usage: hvh-kba {command}" in result.stdout
    assert len(result.stdout.splitlines()) > 5


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_with_an_example(command):
    assert f"### `hvh-kba {command}" in TEXT
    assert any(cmd.split()[1] == command for cmd, _ in examples(TEXT))


@pytest.mark.parametrize(("command", "shown"), examples(TEXT), ids=[cmd for cmd, _ in examples(TEXT)])
def test_readme_examples_show_real_output(command, shown):
    assert run_example(command) == shown, "run `python tests/readme_examples.py` to update the README"


def test_the_two_setup_commands():
    assert "pip install . && hvh-kba scenario realistic" in TEXT
    assert "<!-- ci:test -->\n```sh\npython3 -m venv .venv && . .venv/bin/activate && pip install '.[test]' && pytest\n```" in TEXT


def test_the_library_example_runs():
    """The README's notebook example, run as a doctest: every value it shows is what the library returns."""
    import doctest
    import re

    block = re.search(r"<!-- test:library -->\n```pycon\n(.*?)```", TEXT, re.DOTALL)
    assert block, "the README has no <!-- test:library --> example"
    test = doctest.DocTestParser().get_doctest(block.group(1), {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
