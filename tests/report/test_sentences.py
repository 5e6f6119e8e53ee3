"""The report's summary reads as correct Dutch and English for every scenario and at the extremes: a contribution
the minimum meets exactly, one no occupancy reaches, none at all; never 'from 0 participants' or 'a recidivism of none'."""

from __future__ import annotations

import pytest

from hvh_kba import api
from hvh_kba.render import fmt
from hvh_kba.views.report import build

WRONG = ["van geen", "of none", "van elk percentage", "of any rate", " 1 deelnemers", " 1 participants", "Vanaf 0 ", "From 0 ",
         "  ", "None", "nan", "€ -", " -)"]
FOREIGN = {"nl": [" the ", " and ", " of the "], "en": [" de ", " het ", " en ", " van "]}


def summary(analysis, lang: str, names=None) -> list[str]:
    report = build(api.report(analysis, names), lang)
    return [fmt.line(line, lang) for block in report.blocks if block.kind == "paragraphs" for line in block.lines]


def check(lines: list[str], lang: str) -> None:
    for text in lines:
        wrong = [w for w in WRONG if w in text] + [w for w in FOREIGN[lang] if w in f" {text} "]
        assert not wrong, (wrong, text)
        assert text.endswith(".") and text[0].isupper(), text


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("view", [{}, {"perspective": "municipal", "transfers": "caused"}, {"perspective": "justice"},
                                  {"perspective": "participant"}], ids=["study", "guideline-caused", "justice", "participant"])
def test_every_scenario_in_both_languages(lang, view):
    analysis = api.load(**view)
    lines = summary(analysis, lang, [s.id for s in analysis.ordered_scenarios()])
    check(lines, lang)
    assert len(lines) == 3 * 4 + 1  # four sentences per scenario, the check once


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("decided", "expected"), [
    # the realistic minimum is EUR 444,410 (annex 6): exactly that contribution, and one no occupancy up to 29 reaches
    ("444410", {"nl": "Dat is precies de besloten bijdrage van € 444.410.", "en": "That is exactly the decided contribution of €444,410."}),
    ("900000", {"nl": "Bij geen bezetting tot de 29 plaatsen", "en": "At no occupancy up to the 29 places"}),
    ("0", {"nl": "besloten bijdrage", "en": "decided contribution"}),
])
def test_the_extremes(data_copy, lang, decided, expected):
    base = data_copy / "scenarios" / "_impactstudie-2024.yaml"
    base.write_text(base.read_text(encoding="utf-8").replace("    amount: 356960\n", f"    amount: {decided}\n", 1), encoding="utf-8")
    analysis = api.load(data_copy, cache=False)
    lines = summary(analysis, lang, ["realistic"])
    check([line for line in lines if "356" not in line], lang)
    text = " ".join(lines)
    if decided == "0":  # nothing decided: no sentence measures the benefits against it (no percentage of nothing)
        assert expected[lang] not in text, text
    else:
        assert expected[lang] in text, text
