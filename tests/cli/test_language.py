"""One language at a time: every error path of the command line, Click's own included, and the help, in Dutch and in
English, never a mix; $HVH_KBA_LANG sets the default."""

from __future__ import annotations

import re
import shutil

import pytest
import typer

from hvh_kba.cli.app import make_app
from hvh_kba.messages.cli import HELP

from .helpers import run

STRICT = {"HVH_KBA_STRICT_MESSAGES": "1"}  # an error told as plain text instead of a message is a failure
# words that give a language away in a one-line message
ENGLISH = re.compile(r"\b(is not|unknown|accepted|outside|must|expected|exists|does not|the|Usage|Error|Try|Missing|No such|"
                     r"Invalid|should|folder|valid)\b")
DUTCH = re.compile(r"\b(onbekend|onbekende|toegestaan|ligt|buiten|moet|bestaat|niet|geen|de|het|een|Gebruik|Fout|Zie|"
                   r"Ontbrekend|Ongeldige|map|geldig)\b")

# every kind of bad input, as a user gives it: the library's, the command line's own, Click's, the data's
PATHS = [
    ["scenario", "realistik"],
    ["scenario", "realistic", "--recidivism", "130%"],
    ["scenario", "realistic", "--recidivism", "abc"],
    ["scenario", "realistic", "--participants", "99"],
    ["scenario", "realistic", "--mix", "soufiane=36,patrick=13"],
    ["scenario", "realistic", "--mix", "soufiane"],
    ["scenario", "realistic", "--set", "detentiee=230"],
    ["scenario", "realistic", "--set", "detentie=-5"],
    ["scenario", "realistic", "--investment", "minimal"],
    ["scenario", "realistic", "--years", "0"],
    ["scenario", "realistic", "--perspective", "gemeente"],
    ["scenario", "realistic", "--transfers", "some"],
    ["scenario", "realistic", "--price-set", "text"],
    ["scenario", "realistic", "--price-year", "1800"],
    ["scenario", "realistic", "--curve", "herveroordelin"],
    ["scenario", "realistic", "--effect", "30"],
    ["scenario", "realistic", "--curve", "herveroordeling", "--hvh-curve", "heropsluiting"],
    ["scenario", "realistic", "--data-dir", "/nonexistent"],
    ["scenario", "realistic", "--pricelist", "/nonexistent.yaml"],
    ["scenario", "realistic", "--table", "nope"],
    ["scenario", "realistic", "--baseline-recidivism", "300"],
    ["persona", "sofiane"],
    ["municipalities", "--funding", "4"],
    ["municipalities", "--perspective", "justice"],
    ["sensitivity", "realistic", "--top", "0"],
    ["uncertainty", "realistic", "--draws", "0"],
    ["measure", "--recidivism", "0"],
    ["flows", "--stay", "20"],
    ["flows", "--source", "elders"],
    ["monitor", "/nonexistent.yaml"],
    ["verify", "--status", "fout"],
    ["report", "--out", "rapport.docx"],
    ["report", "--out", "/nonexistent/x.md"],
    ["report", "--out", "x.md", "--all", "--scenario", "ideal"],
    ["init", "/nonexistent/folder/x"],
    # Click's own
    ["scenario"],
    ["scenario", "realistic", "--foo"],
    ["scenario", "realistic", "--participants", "x"],
    ["scenario", "realistic", "--format", "pdf"],
    ["nocommand"],
]


def one_line(output: str) -> str:
    """The message of an error: our one line, or Click's 'Error:' line after its usage."""
    lines = [line for line in output.strip().splitlines() if line.strip()]
    return lines[-1]


@pytest.mark.parametrize("args", PATHS, ids=[" ".join(a) for a in PATHS])
def test_every_error_in_dutch_and_in_english(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    dutch = run(*args, env={**STRICT, "HVH_KBA_LANG": "nl"})
    english = run(*args, env={**STRICT, "HVH_KBA_LANG": "en"})
    assert dutch.exit_code == 2 and english.exit_code == 2, (dutch.output, english.output)
    nl, en = one_line(dutch.stderr or dutch.output), one_line(english.stderr or english.output)
    # ids, options and values stay as given; the words around them are one language
    words_nl = re.sub(r"'[^']*'|\S*[/-]\S*|\S+=\S*", "", nl)
    words_en = re.sub(r"'[^']*'|\S*[/-]\S*|\S+=\S*", "", en)
    assert not ENGLISH.search(words_nl), nl
    assert not DUTCH.search(words_en), en
    assert nl != en


def test_hvh_kba_lang_sets_the_default_and_lang_overrides_it():
    english = run("scenario", "realistic", env={"HVH_KBA_LANG": "en"})
    assert english.exit_code == 0 and "Realistic scenario: 20 participants" in english.stdout
    dutch = run("scenario", "realistic", "--lang", "nl", env={"HVH_KBA_LANG": "en"})
    assert "Realistisch scenario: 20 deelnemers" in dutch.stdout
    assert "Realistisch scenario" in run("scenario", "realistic", env={"HVH_KBA_LANG": ""}).stdout  # unset: Dutch


def test_a_bad_hvh_kba_lang_is_one_clear_line():
    result = run("scenario", "realistic", env={"HVH_KBA_LANG": "fr"})
    assert result.exit_code == 2 and "HVH_KBA_LANG" in result.output and "'fr'" in result.output


def commands():
    return typer.main.get_command(make_app())


def helps(command) -> list[str]:
    out = [command.help] + [p.help for p in command.params if getattr(p, "help", None)]
    for sub in getattr(command, "commands", {}).values():
        out += helps(sub)
    return [" ".join(text.split()) for text in out if text]


def test_every_help_text_has_its_dutch():
    missing = [text for text in helps(commands()) if text not in HELP]
    assert missing == []


@pytest.mark.parametrize("name", sorted(commands().commands))
def test_help_in_dutch_by_default_and_in_english_with_lang(name):
    dutch = run(name, "--help").stdout
    english = run(name, "--help", env={"HVH_KBA_LANG": "en"}).stdout
    assert dutch.startswith("Gebruik: hvh-kba") and "Opties" in dutch and "Options" not in dutch, dutch
    assert english.startswith("Usage: hvh-kba") and "Options" in english and "Opties" not in english, english


def test_init_speaks_the_language(tmp_path):
    result = run("init", str(tmp_path / "mine"), env={"HVH_KBA_LANG": "en"})
    assert "files in" in result.stdout and "Edit them" in result.stdout
    result = run("init", str(tmp_path / "mijn"))
    assert "bestanden in" in result.stdout and "Pas ze aan" in result.stdout
    shutil.rmtree(tmp_path / "mine")
