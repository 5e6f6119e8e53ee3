"""Charts for the reports, drawn with matplotlib as inline SVG (text stays text, so it can be found).

matplotlib is imported here only, and this module only by the report command. Figures are made
with matplotlib.figure.Figure, without pyplot's global state.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from ..record import record
from decimal import Decimal

import matplotlib

matplotlib.use("Agg")
# text.parse_math off: a name with $...$ in it is text, never TeX (which would be drawn as maths, or crash the chart)
matplotlib.rcParams.update({"svg.hashsalt": "hvh-kba", "svg.fonttype": "none", "font.size": 9, "text.parse_math": False})

from matplotlib.figure import Figure  # noqa: E402  (after the backend settings)
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

from . import fmt  # noqa: E402
from ..i18n import t  # noqa: E402

COLOURS = ["#1f4e79", "#2e75b6", "#9dc3e6", "#c55a11", "#f4b183", "#548235", "#a9d18e", "#7f6000"]


@record
class Line:
    label: str
    xs: Sequence[int]
    ys: Sequence[Decimal]


@record
class Level:
    label: str
    amount: Decimal


def _euros(lang: str):
    return FuncFormatter(lambda value, _pos: fmt.eur(Decimal(str(round(value))), lang))


def _wrapped(text: str, width: int = 64) -> str:
    """A title or axis label on as many lines as it needs: a figure crops what runs past its edge."""
    return "\n".join(textwrap.wrap(text, width)) or text


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    text = buffer.getvalue()
    return text[text.index("<svg") :]  # inline: no XML header


def break_even(lines: list[Line], levels: list[Level], lang: str, title: str, ylabel: str,
               markers: list[tuple[str, int]] = ()) -> str:
    """(a) The budget's benefits against occupancy for several recidivism rates, investment levels as lines, and the
    scenarios' own occupancies marked."""
    figure = Figure(figsize=(7.5, 4.2))
    axes = figure.add_subplot()
    for colour, line in zip(COLOURS, lines):
        axes.plot(line.xs, [float(y) for y in line.ys], marker="o", markersize=2.5, color=colour, label=line.label)
    ordered = sorted(levels, key=lambda level: level.amount)
    for i, (style, level) in enumerate(zip(("--", "-.", ":"), ordered)):
        axes.axhline(float(level.amount), color="#7f7f7f", linestyle=style, linewidth=1)
        # at the right-hand end, the lowest level's label below its line and the others above: close levels stay apart
        offset = (-3, -9) if i == 0 and len(ordered) > 1 else (-3, 3)
        axes.annotate(level.label, (1, float(level.amount)), xycoords=("axes fraction", "data"), xytext=offset,
                      textcoords="offset points", fontsize=8, color="#404040", ha="right")
    for name, participants in markers:
        axes.axvline(participants, color="#bfbfbf", linestyle=":", linewidth=1)
        axes.annotate(name, (participants, 1), xycoords=("data", "axes fraction"), xytext=(2, -10), textcoords="offset points",
                      fontsize=7, color="#595959", rotation=90, va="top")
    axes.yaxis.set_major_formatter(_euros(lang))
    axes.set(title=_wrapped(title), xlabel=t("chart.occupancy", lang), ylabel=_wrapped(ylabel, 40))
    axes.grid(alpha=0.3)
    axes.legend(title=t("recidivism", lang), fontsize=8)
    figure.tight_layout()
    return _svg(figure)


def by_law(scenarios: list[str], whole: tuple[str, list[Decimal]] | None, parts: dict[str, list[Decimal]], lang: str,
           title: str) -> str:
    """(b) Benefits per scenario: society's (when it is another sum) beside the budget's, the budget stacked by its parts.

    `whole` and `parts` come labelled: the legend says what each bar is under the run's perspective."""
    figure = Figure(figsize=(7.5, 4.2))
    axes = figure.add_subplot()
    positions = range(len(scenarios))
    width = 0.38 if whole is not None else 0.6
    offset = width / 2 if whole is not None else 0.0
    if whole is not None:
        label, values = whole
        axes.bar([p - offset for p in positions], [float(v) for v in values], width, color=COLOURS[0], label=label)
    bottom = [0.0] * len(scenarios)
    for colour, (label, values) in zip(COLOURS[3:], parts.items()):
        heights = [float(v) for v in values]
        axes.bar([p + offset for p in positions], heights, width, bottom=bottom, color=colour, label=label)
        bottom = [b + h for b, h in zip(bottom, heights)]
    axes.set_xticks(list(positions), scenarios)
    axes.yaxis.set_major_formatter(_euros(lang))
    axes.set(title=_wrapped(title), ylabel=t("chart.per_year", lang))
    axes.grid(axis="y", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    return _svg(figure)


def tornado(names: list[str], lows: list[Decimal], highs: list[Decimal], base: Decimal, lang: str, title: str, xlabel: str) -> str:
    """(c) The sensitivity tornado: the budget's net result at each input's low and high value."""
    figure = Figure(figsize=(7.5, 0.35 * len(names) + 1.4))
    axes = figure.add_subplot()
    rows = list(range(len(names)))[::-1]
    for row, low, high in zip(rows, lows, highs):
        axes.barh(row, float(low) - float(base), left=float(base), color=COLOURS[3], height=0.6)
        axes.barh(row, float(high) - float(base), left=float(base), color=COLOURS[1], height=0.6)
    axes.axvline(float(base), color="black", linewidth=0.8)
    axes.set_yticks(rows, names)
    axes.xaxis.set_major_locator(MaxNLocator(5))  # euro labels are wide: few ticks, no overlap
    axes.xaxis.set_major_formatter(_euros(lang))
    axes.set(title=_wrapped(title), xlabel=_wrapped(xlabel))
    axes.grid(axis="x", alpha=0.3)
    figure.tight_layout()
    return _svg(figure)

