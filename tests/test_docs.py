"""Docs that cannot drift: every command has help and a README section, and the README's examples
show what the program prints now."""

from __future__ import annotations

import pytest

from hvh_kba.cli.app import app

from .cli.helpers import run, run_en
from .readme_examples import README, examples
from .readme_examples import run as run_example

COMMANDS = [command.name for command in app.registered_commands] + [group.name for group in app.registered_groups]
TEXT = README.read_text(encoding="utf-8")


def test_the_commands_are_all_there():
    assert sorted(COMMANDS) == sorted(
        ["scenario", "scenarios", "persona", "personas", "pricelist", "breakeven", "municipalities", "sensitivity", "uncertainty",
         "measure", "flows", "monitor", "report", "verify", "init"]
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = run_en(command, "--help")
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


def test_the_conclusion_in_the_readme_is_computed():
    """Every figure the README's 'what the conclusion rests on' states comes out of the library as it is written."""
    import re
    from decimal import Decimal

    from hvh_kba import api

    block = TEXT.split("<!-- test:conclusion -->", 1)[1].split("\n\n", 1)[0]

    def eur(value) -> str:
        return f"EUR {int(Decimal(value).quantize(Decimal(1))):,}"

    analysis = api.load()
    realistic = api.scenario(analysis, "realistic")
    readings = {r.id: r for r in realistic.comparison}
    caused, counted, study = readings["municipal-caused"], readings["municipal"], readings["study"]
    decided = realistic.result.investments["decided"]
    assert caused.minimum < decided  # the claim: less than the decided contribution
    stated = [eur(caused.minimum), eur(study.minimum), eur(decided), eur(counted.minimum),
              f"from {caused.break_even[0].min_participants} participants"]
    assert caused.break_even[2].min_participants is None  # 'the maximum investment ... at no occupancy'
    text = api.scenario(analysis.assuming(price_set="tekst"), "realistic")
    stated.append(eur(text.result.minimum))
    assert text.result.break_even[0].min_participants is None  # 'no occupancy up to the 29 places'
    shares = {s.actor: s for s in realistic.distribution.shares}
    stated += [eur(realistic.distribution.welfare_at_zero), eur(shares["justice"].at_zero)]
    justice = api.scenario(analysis.assuming(perspective="justice"), "realistic").result.break_even[0]
    stated.append(f"{(justice.max_recidivism * 100).quantize(Decimal('0.1'))} %")
    missing = [figure for figure in stated if figure not in re.sub(r"\s+", " ", block)]
    assert missing == [], "the README states other figures than the program computes"


def test_what_2027_should_look_at_is_computed():
    """Every figure of the README's block on the 2027 evaluation comes out of the library as written."""
    import re
    from decimal import Decimal

    from hvh_kba import api

    block = re.sub(r"\s+", " ", TEXT.split("<!-- test:2027 -->", 1)[1].split("\n\n", 1)[0])

    def eur(value) -> str:
        return f"EUR {int(Decimal(value).quantize(Decimal(1))):,}"

    analysis = api.load()
    path = api.scenario(analysis, "realistic", curve="herveroordeling").time_path
    stated = [eur(path.societal), eur(path.study_societal), eur(path.municipal), eur(path.study_municipal)]
    flows = api.flows(analysis)
    q2 = next(v for v in flows.at_observed if v.id == "2024-q2")
    assert q2.places == 14 and round(q2.leaving) == 20 and q2.closest == "worst-case"
    stated += [f"{q2.stay_months:.1f} months", f"{flows.total.sent_back} of the {flows.total.left}", eur(q2.minimum),
               f"{q2.dropout * 100:.0f} %", eur(flows.investment)]
    measure = api.measure(analysis, "realistic")
    groups = {g.group.id: g.value for g in measure.groups}
    stated += [f"{measure.continue_share * 100:.0f} %", eur(measure.evpi), eur(groups["occupancy"]), eur(groups["shelter"])]
    assert groups["recidivism"] == 0 and [g.group.id for g in measure.groups[:2]] == ["shelter", "occupancy"]
    assert measure.investment < q2.minimum  # just above the decided amount
    missing = [figure for figure in stated if figure not in block]
    assert missing == [], "the README states other figures than the program computes"
