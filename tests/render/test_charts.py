"""The report's charts, written as SVG by hand: nice ticks that cover the data, text that stays text and is never
markup, amounts in the reader's language, the same bytes for the same input, and XML a parser accepts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hvh_kba.render import charts
from hvh_kba.render.charts import Level, Line, ticks

SVG = "{http://www.w3.org/2000/svg}"
D = Decimal


def nice(step: Decimal) -> bool:
    """1, 2, 2.5 or 5 times a power of ten, and whole."""
    digits = step.normalize().as_tuple().digits
    return step == step.to_integral_value() and step > 0 and digits in {(1,), (2,), (2, 5), (5,)}


def assert_ticks(found: list[Decimal], low, high, count: int) -> None:
    steps = {b - a for a, b in zip(found, found[1:])}
    assert len(steps) == 1 and nice(steps.pop()), found  # evenly spaced, by a nice step
    assert found[0] <= min(low, high) and found[-1] >= max(low, high), found  # they cover the data
    assert 2 <= len(found) <= count + 2, found  # about as many as asked: one more step at most, rounding outwards


@pytest.mark.parametrize(("low", "high", "count", "expected"), [
    (0, 657_000, 8, [D(v) for v in range(0, 700_001, 100_000)]),
    (0, 29, 10, [D(v) for v in range(0, 31, 5)]),
    (-83_000, 301_604, 5, [D(v) for v in range(-100_000, 400_001, 100_000)]),
    (-36_544, 95_797, 6, [D(v) for v in range(-50_000, 100_001, 25_000)]),
])
def test_ticks_are_round_numbers(low, high, count, expected):
    assert ticks(D(low), D(high), count) == expected


@pytest.mark.parametrize(("low", "high"), [
    (D(-900_000), D(-120_000)),  # all negative
    (D(0), D(0)),  # all zero
    (D(444_410), D(444_410)),  # one value
    (D(-7), D(-7)),
    (D("0.4"), D("0.6")),  # less than a euro apart: still whole steps
    (D(3), D(1)),  # either order
])
def test_ticks_cover_any_data(low, high):
    found = ticks(low, high, 6)
    assert_ticks(found, low, high, 6)
    if low == high:
        assert found[0] < low < found[-1]  # one value stands on the axis, not at its edge


@given(st.decimals(-10**9, 10**9, places=2), st.decimals(-10**9, 10**9, places=2), st.integers(1, 12))
def test_ticks_always_cover_and_are_nice(low, high, count):
    assert_ticks(ticks(low, high, count), low, high, count)


def texts(svg: str) -> list[str]:
    return [element.text for element in ET.fromstring(svg).iter(f"{SVG}text")]


def every_chart(lang: str = "nl", label: str = "Realistisch scenario") -> list[str]:
    """One of each chart, with `label` wherever the data names something."""
    lines = [Line("0%", [0, 1, 2], [D(0), D("120000.4"), D(250000)]), Line(label, [0, 1, 2], [D(0), D(90000), D(200000)])]
    levels = [Level(label, D(150000)), Level("besloten", D(100000))]
    return [
        charts.break_even(lines, levels, lang, f"Break-even ({label})", label, [(label, 1)]),
        charts.by_law([label, "Ideaal"], ("Maatschappelijk", [D(1_400_000), D(-20_000)]), {label: [D(200_000), D(-5_000)],
                      "Wmo": [D(100_000), D(30_000)]}, lang, label),
        charts.tornado([label, "detentie"], [D(-40_000), D(90_000)], [D(300_000), D(100_000)], D(95_797), lang, label, label),
    ]


@pytest.mark.parametrize("label", ["<script>alert(1)</script>", "=1+1", "Pat'rick & \"zonen\" <b>", "$\\frac{$ [a]",
                                   "tab\tand\x01control\x1fcharacters"])
def test_a_label_from_the_data_is_text_never_markup(label):
    for svg in every_chart(label=label):
        root = ET.fromstring(svg)  # well-formed, whatever the label
        assert root.tag == f"{SVG}svg" and not any(e.tag.endswith(("script", "b", "foreignObject")) for e in root.iter())
        assert "<script" not in svg and "<b>" not in svg
        shown = " ".join(texts(svg)) + root.find(f"{SVG}title").text
        words = label.replace("\t", " ").replace("\x01", "").replace("\x1f", "")
        assert all(word in shown for word in words.split()), (words, shown)


def test_amounts_in_the_readers_language():
    dutch, english = every_chart("nl"), every_chart("en")
    assert "€ 200.000" in texts(dutch[0]) and "€200,000" in texts(english[0])  # the break-even chart's value axis
    assert "€ 1.400.000" in texts(dutch[1]) and "€1,400,000" in texts(english[1])
    assert "-€ 200.000" in texts(dutch[1]) and "-€200,000" in texts(english[1])  # a negative bar: the axis goes below 0
    assert "-€ 50.000" in texts(dutch[2]) and "-€50,000" in texts(english[2])
    assert "€ 95.797" in texts(dutch[2]) and "€95,797" in texts(english[2])  # the tornado's base, over its line


def test_the_same_input_gives_the_same_bytes():
    assert every_chart() == every_chart()


def test_each_chart_scales_and_says_what_it_shows():
    for svg in every_chart():
        root = ET.fromstring(svg)
        assert root.get("width") == "100%" and root.get("height") is None
        x, y, width, height = (float(v) for v in root.get("viewBox").split())
        assert (x, y) == (0, 0) and width > 0 and height > 0
        assert root[0].tag == f"{SVG}title" and root[0].text and root.get("role") == "img"
        for element in root.iter():  # everything drawn lies inside the viewBox
            for name in ("x", "x1", "x2", "cx"):
                if element.get(name) is not None and element.get("transform") is None:
                    assert -1 <= float(element.get(name)) <= width + 1, (element.tag, element.attrib)
            for name in ("y", "y1", "y2", "cy"):
                if element.get(name) is not None:
                    assert -1 <= float(element.get(name)) <= height + 1, (element.tag, element.attrib)


def test_what_the_charts_show():
    """Every series, level, marker, bar and name is there, titles and axes named, tick labels on the axes."""
    break_even, by_law, tornado = (ET.fromstring(svg) for svg in every_chart(label="Realistisch scenario"))
    shown = [e.text for e in break_even.iter(f"{SVG}text")]
    assert {"Recidive", "0%", "Realistisch scenario", "besloten", "Bezetting (deelnemers)", "0", "2"} <= set(shown)
    assert len(list(break_even.iter(f"{SVG}polyline"))) == 2 and len(list(break_even.iter(f"{SVG}circle"))) == 6
    dashed = [e for e in break_even.iter(f"{SVG}line") if e.get("stroke-dasharray")]
    assert len(dashed) == 3  # two investment levels and one scenario's occupancy
    assert {"Maatschappelijk", "Realistisch scenario", "Wmo", "Ideaal", "Baten per jaar"} <= {e.text for e in by_law.iter(f"{SVG}text")}
    assert len([r for r in by_law.iter(f"{SVG}rect") if float(r.get("width")) > 12]) == 2 + 4  # two wholes, four parts
    names = [e.text for e in tornado.iter(f"{SVG}text")]
    assert "detentie" in names and "Realistisch scenario" in names
    assert len(list(tornado.iter(f"{SVG}rect"))) == 4  # a low and a high bar per input


def test_no_data_still_draws():
    """An empty chart is an empty frame, never an error."""
    for svg in (charts.break_even([], [], "nl", "t", "y"), charts.by_law([], None, {}, "nl", "t"),
                charts.tornado([], [], [], D(0), "en", "t", "x")):
        ET.fromstring(svg)


def test_a_long_title_wraps():
    title = "Gevoeligheid van het gemeentelijk saldo voor een heel lange naam van een scenario dat niet op één regel past"
    root = ET.fromstring(charts.tornado(["a"], [D(0)], [D(1)], D(0), "nl", title, "x"))
    lines = [e.text for e in root.iter(f"{SVG}text") if e.get("font-size") == str(charts.TITLE)]
    assert len(lines) >= 2 and " ".join(lines) == title
