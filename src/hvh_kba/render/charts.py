"""The report's charts as inline SVG, written by hand: lines, rectangles and text are all three charts need.

No plotting library: matplotlib took about 300 ms to import and 200 more to draw, and made the HTML report 3.5 times
as slow as the Markdown one; these charts take a few milliseconds.

Text stays SVG text (a reader can select it, the browser test finds the numbers), every text from the data is
escaped, and the same input gives the same bytes. Amounts stay Decimal up to their tick labels, formatted by
fmt like every other amount; only coordinates are floats.

Coordinates are in a viewBox 720 units wide, about a CSS pixel of the A4 page's 190 mm; the SVG is 100% wide, so it
scales to screen and print alike. There are no font metrics here: text widths are estimated on the generous side,
so that a label gets room rather than runs into another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from ..i18n import t
from . import fmt
from ..record import record

COLOURS = ["#1f4e79", "#2e75b6", "#9dc3e6", "#c55a11", "#f4b183", "#548235", "#a9d18e", "#7f6000"]
WIDTH = 720
PAD = 8
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"  # the page's fonts, also for an SVG opened on its own
INK, MUTED, AXIS, GRID = "#1a1a1a", "#595959", "#808080", "#e4e4e4"
TITLE, LABEL, TICK, SMALL = 13, 11.5, 11, 10  # font sizes in viewBox units
HALO = ' stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"'  # text stays legible over a line


@record
class Line:
    label: str
    xs: Sequence[int]
    ys: Sequence[Decimal]


@record
class Level:
    label: str
    amount: Decimal


# --- text

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    """Text from the data as SVG text or attribute: never markup, and always well-formed XML (no control characters)."""
    text = _NOT_XML.sub("", str(text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;")


def _width(text: str, size: float) -> float:
    """An estimate after DejaVu Sans, the widest of the page's fonts: digits and most letters about 0.62 em,
    stops, spaces and thin letters a third, capitals and m/w more."""
    return size * sum(0.34 if c in " .,:;'!|()[]-ijlft" else 0.92 if c in "mwMW%@" else 0.72 if c.isupper() else 0.62
                      for c in text)


def _wrap(text: str, width: float, size: float) -> list[str]:
    """A title or label on as many lines as it needs to fit `width`; an amount never splits from its euro sign."""
    text = re.sub(r"[ \t\r\n\f\v]+", " ", str(text)).strip().replace("€ ", "€\u00a0")
    lines: list[str] = []
    for word in text.split(" "):  # greedy, by estimated width rather than characters
        if lines and _width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [text]


def _n(value: float) -> str:
    return f"{value:.1f}"


def _text(x: float, y: float, text: str, size: float = TICK, anchor: str = "start", fill: str = INK,
          extra: str = "") -> str:
    middle = "" if anchor == "start" else f' text-anchor="{anchor}"'
    colour = "" if fill == INK else f' fill="{fill}"'  # INK is the whole chart's
    return f'<text x="{_n(x)}" y="{_n(y)}" font-size="{size}"{middle}{colour}{extra}>{escape(text)}</text>'


def _line(x1: float, y1: float, x2: float, y2: float, colour: str, extra: str = "") -> str:
    return f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" stroke="{colour}"{extra}/>'


def _rect(x: float, y: float, width: float, height: float, colour: str) -> str:
    if width <= 0 or height <= 0:
        return ""  # a bar of nothing
    return f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(width)}" height="{_n(height)}" fill="{colour}"/>'


# --- axes


def ticks(low: Decimal | int, high: Decimal | int, count: int) -> list[Decimal]:
    """About `count` steps of 1, 2, 2.5 or 5 times a power of ten, from at or below `low` to at or above `high`.

    Steps are whole numbers: amounts are shown in whole euros and occupancy in whole people, so a step of 0.5 would
    print the same label twice. One value gets room either side, so that it sits on the axis and not at its edge."""
    low, high = sorted((Decimal(low), Decimal(high)))
    if low == high:
        pad = max(abs(low) / 10, Decimal(1))
        low, high = low - pad, high + pad
    raw = max((high - low) / max(count, 1), Decimal(1))
    unit = Decimal(1).scaleb(raw.adjusted())  # the power of ten at or below raw
    step = next(s for s in (unit, 2 * unit, Decimal("2.5") * unit, 5 * unit, 10 * unit)
                if s >= raw and s == s.to_integral_value())
    first = (low / step).to_integral_value(ROUND_FLOOR)
    last = (high / step).to_integral_value(ROUND_CEILING)
    return [((first + i) * step).quantize(Decimal(1)) for i in range(int(last - first) + 1)]


def _scale(domain: list[Decimal], start: float, end: float):
    """Value to coordinate, from the first tick at `start` to the last at `end`."""
    low, span = domain[0], float(domain[-1] - domain[0])
    return lambda value: start + (end - start) * float(Decimal(value) - low) / span


def _money_y(values: list[Decimal], top: float, bottom: float, lang: str) -> tuple[list[Decimal], list[str]]:
    """The value axis of a chart upright: its ticks (a label about every 30 units, so values can be read off) and
    their labels."""
    domain = ticks(min(values), max(values), max(2, int((bottom - top) / 30)))
    return domain, [fmt.eur(v, lang) for v in domain]


def _across(values: list, left: float, right: float, label) -> list[Decimal]:
    """The ticks of an axis across: as many as leave each label its width and a gap (euro labels are wide)."""
    for count in range(max(2, int((right - left) / 50)), 1, -1):
        domain = ticks(min(values), max(values), count)
        if (right - left) / max(len(domain) - 1, 1) >= max(_width(label(v), TICK) for v in domain) + 12:
            break
    return domain


def _ylabel(text: str, top: float, bottom: float) -> tuple[list[str], float]:
    """The value axis's name, turned upright at the left edge; returns the parts and the width it takes."""
    lines = _wrap(text, bottom - top, LABEL)
    middle = (top + bottom) / 2
    parts = [_text(PAD + LABEL + i * (LABEL + 3), middle, line, LABEL, "middle",
                   extra=f' transform="rotate(-90 {_n(PAD + LABEL + i * (LABEL + 3))} {_n(middle)})"')
             for i, line in enumerate(lines)]
    return parts, PAD + len(lines) * (LABEL + 3) + 4


def _grid_y(domain, labels, y, left: float, right: float) -> list[str]:
    return [_line(left, y(v), right, y(v), GRID) + _text(left - 6, y(v) + TICK * 0.35, label, anchor="end")
            for v, label in zip(domain, labels)]


def _title(text: str, top: float = PAD) -> tuple[list[str], float]:
    """The title over the whole width, centred, on as many lines as it needs."""
    lines = _wrap(text, WIDTH - 2 * PAD, TITLE)
    parts = [_text(WIDTH / 2, top + (i + 1) * (TITLE + 4), line, TITLE, "middle") for i, line in enumerate(lines)]
    return parts, top + len(lines) * (TITLE + 4) + 8


def _legend(entries: list[tuple[str, str, str]], left: float, top: float, right: float, title: str = "") -> tuple[list[str], float]:
    """(label, colour, 'line' or 'box') in rows under the title: outside the plot, a legend never hides a line or bar."""
    parts, x, y, row = [], left, top, SMALL + 6
    if title:
        parts.append(_text(x, y + SMALL, title, SMALL, extra=' font-weight="bold"'))
        x += _width(title, SMALL) + 10
    for label, colour, kind in entries:
        width = 22 + _width(label, SMALL) + 14
        if x + width > right and x > left:
            x, y = left, y + row
        if kind == "line":
            parts.append(_line(x, y + SMALL * 0.65, x + 16, y + SMALL * 0.65, colour, ' stroke-width="2"'))
        else:
            parts.append(_rect(x + 3, y + 1, 10, 10, colour))
        parts.append(_text(x + 22, y + SMALL, label, SMALL))
        x += width
    return parts, (y + row + 4) if entries or title else top


def _svg(title: str, height: float, parts: list[str]) -> str:
    """The chart's frame: a viewBox and 100% wide (it scales), its title for screen readers, the page's fonts."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {int(height + 0.999)}" width="100%" role="img" '
            f'font-family="{FONT}" fill="{INK}"><title>{escape(title)}</title>\n' + "\n".join(p for p in parts if p) + "\n</svg>")


# --- the charts


def break_even(lines: list[Line], levels: list[Level], lang: str, title: str, ylabel: str,
               markers: list[tuple[str, int]] = ()) -> str:
    """(a) The budget's benefits against occupancy for several recidivism rates, investment levels as lines, and the
    scenarios' own occupancies marked."""
    parts, top = _title(title)
    colours = [COLOURS[i % len(COLOURS)] for i in range(len(lines))]  # beyond eight lines, colours repeat
    legend, top = _legend([(line.label, colour, "line") for colour, line in zip(colours, lines)],
                          PAD, top, WIDTH - PAD, t("recidivism", lang))
    parts += legend
    top, bottom = top + 6, top + 6 + 250
    domain, labels = _money_y([Decimal(0), *(v for line in lines for v in line.ys), *(level.amount for level in levels)],
                              top, bottom, lang)
    side, left = _ylabel(ylabel, top, bottom)
    parts += side
    left += max(_width(label, TICK) for label in labels) + 6
    right = WIDTH - PAD - 4
    y = _scale(domain, bottom, top)
    occupancy = _across([0, *(a for line in lines for a in line.xs), *(p for _, p in markers)], left, right,
                        lambda v: fmt.number(v, lang))
    x = _scale(occupancy, left, right)
    parts += _grid_y(domain, labels, y, left, right)
    parts += [_line(x(v), top, x(v), bottom, GRID) + _text(x(v), bottom + TICK + 5, fmt.number(v, lang), anchor="middle")
              for v in occupancy]
    parts.append(_line(left, bottom, right, bottom, AXIS) + _line(left, top, left, bottom, AXIS))
    parts.append(_text((left + right) / 2, bottom + 2 * TICK + 14, t("chart.occupancy", lang), LABEL, "middle"))
    for name, participants in markers:
        at = x(participants)
        beside = at - 3 if at - left > SMALL + 4 else at + SMALL + 1  # left of the line, unless there is no room
        # the name upright beside its line, reading upwards: above the curves or under them, where there is more room
        curves = [y(b) for line in lines for a, b in zip(line.xs, line.ys) if a == participants] or [bottom]
        above = min(curves) - top >= bottom - max(curves)
        start, anchor = (top + 4, "end") if above else (bottom - 4, "start")
        parts.append(_line(at, top, at, bottom, "#bfbfbf", ' stroke-dasharray="1 2"'))
        parts.append(_text(beside, start, name, SMALL - 0.5, anchor, MUTED,
                           f' transform="rotate(-90 {_n(beside)} {_n(start)})"{HALO}'))
    for colour, line in zip(colours, lines):
        points = [(x(a), y(b)) for a, b in zip(line.xs, line.ys)]
        parts.append(f'<polyline points="{" ".join(f"{_n(a)},{_n(b)}" for a, b in points)}" fill="none" '
                     f'stroke="{colour}" stroke-width="1.6" stroke-linejoin="round"/>')
        parts += [f'<circle cx="{_n(a)}" cy="{_n(b)}" r="1.8" fill="{colour}"/>' for a, b in points]
    ordered = sorted(levels, key=lambda level: level.amount)
    for i, level in enumerate(ordered):
        at, dashes = y(level.amount), ("6 3", "6 3 1 3", "1.5 2.5")[i % 3]
        parts.append(_line(left, at, right, at, "#7f7f7f", f' stroke-dasharray="{dashes}"'))
        # at the right-hand end, the lowest level's label below its line and the others above: close levels stay apart
        below = i == 0 and len(ordered) > 1
        parts.append(_text(right - 3, at + SMALL + 1 if below else at - 4, level.label, SMALL, "end", "#404040", HALO))
    return _svg(title, bottom + 2 * TICK + 14 + PAD, parts)


def by_law(scenarios: list[str], whole: tuple[str, list[Decimal]] | None, parts: dict[str, list[Decimal]], lang: str,
           title: str) -> str:
    """(b) Benefits per scenario: society's (when it is another sum) beside the budget's, the budget stacked by its parts.

    `whole` and `parts` come labelled: the legend says what each bar is under the run's perspective."""
    colours = COLOURS[3:] + COLOURS[1:3]  # every part its own colour, none the whole's; beyond seven they repeat
    bars = [(label, colours[i % len(colours)], values) for i, (label, values) in enumerate(parts.items())]
    out, top = _title(title)
    legend, top = _legend(([(whole[0], COLOURS[0], "box")] if whole else []) + [(label, c, "box") for label, c, _ in bars],
                          PAD, top, WIDTH - PAD)
    out += legend
    top, bottom = top + 6, top + 6 + 250
    # the parts stack up from zero when positive and down when negative: a negative part never hides a positive one
    ups = [sum((v[i] for _, _, v in bars if v[i] > 0), Decimal(0)) for i in range(len(scenarios))]
    downs = [sum((v[i] for _, _, v in bars if v[i] < 0), Decimal(0)) for i in range(len(scenarios))]
    domain, labels = _money_y([Decimal(0), *ups, *downs, *(whole[1] if whole else [])], top, bottom, lang)
    side, left = _ylabel(t("chart.per_year", lang), top, bottom)
    out += side
    left += max(_width(label, TICK) for label in labels) + 6
    right = WIDTH - PAD - 4
    y = _scale(domain, bottom, top)
    out += _grid_y(domain, labels, y, left, right)
    group = (right - left) / max(len(scenarios), 1)
    width = group * (0.38 if whole else 0.6)
    names = 1
    for i, name in enumerate(scenarios):
        centre = left + group * (i + 0.5)
        stack = centre - width / 2 if whole is None else centre
        if whole is not None:
            value = whole[1][i]
            out.append(_rect(centre - width, min(y(value), y(0)), width, abs(y(value) - y(0)), COLOURS[0]))
        up = down = Decimal(0)
        for _, colour, values in bars:
            value = values[i]
            start = up if value > 0 else down
            out.append(_rect(stack, min(y(start), y(start + value)), width, abs(y(start + value) - y(start)), colour))
            up, down = (up + value, down) if value > 0 else (up, down + value)
        lines = _wrap(name, group - 8, TICK)
        names = max(names, len(lines))
        out += [_text(centre, bottom + (k + 1) * (TICK + 3) + 2, line, anchor="middle") for k, line in enumerate(lines)]
    out.append(_line(left, y(0), right, y(0), AXIS) + _line(left, top, left, bottom, AXIS))
    return _svg(title, bottom + names * (TICK + 3) + 6 + PAD, out)


def tornado(names: list[str], lows: list[Decimal], highs: list[Decimal], base: Decimal, lang: str, title: str, xlabel: str) -> str:
    """(c) The sensitivity tornado: the budget's net result at each input's low and high value."""
    parts, top = _title(title)
    column = min(max([_width(name, TICK) for name in names] + [0]), WIDTH * 0.42)  # the names' column, at most 42%
    wrapped = [_wrap(name, column, TICK) for name in names]
    row = 12 + (TICK + 3) * max([len(lines) for lines in wrapped] + [1])
    left, right = PAD + column + 10, WIDTH - PAD - 30  # room on the right for the last tick label's half
    domain = _across([base, *lows, *highs], left, right, lambda v: fmt.eur(v, lang))
    x = _scale(domain, left, right)
    top += SMALL + 8  # the base's amount, over its line
    bottom = top + row * len(names) + 4
    parts += [_line(x(v), top, x(v), bottom, GRID) + _text(x(v), bottom + TICK + 5, fmt.eur(v, lang), anchor="middle")
              for v in domain]
    for i, (lines, low, high) in enumerate(zip(wrapped, lows, highs)):
        middle = top + 2 + row * (i + 0.5)
        # the longer swing first: when both lie on the same side of the base, the shorter stays visible on top
        for value, colour in sorted([(low, COLOURS[3]), (high, COLOURS[1])], key=lambda pair: -abs(pair[0] - base)):
            parts.append(_rect(min(x(value), x(base)), middle - 7, abs(x(value) - x(base)), 14, colour))
        first = middle + TICK * 0.35 - (len(lines) - 1) * (TICK + 3) / 2
        parts += [_text(left - 6, first + k * (TICK + 3), line, anchor="end") for k, line in enumerate(lines)]
    parts.append(_line(left, bottom, right, bottom, AXIS))
    parts.append(_line(x(base), top - 2, x(base), bottom, "#000", ' stroke-width="1.2"'))
    parts.append(_text(min(max(x(base), left + 30), right), top - 5, fmt.eur(base, lang), SMALL, "middle"))
    below = bottom + TICK + 5
    lines = _wrap(xlabel, right - left, LABEL)
    parts += [_text((left + right) / 2, below + (k + 1) * (LABEL + 4) + 4, line, LABEL, "middle") for k, line in enumerate(lines)]
    return _svg(title, below + len(lines) * (LABEL + 4) + 8 + PAD, parts)
