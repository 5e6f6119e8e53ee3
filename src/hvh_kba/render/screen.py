"""A view as plain text for a terminal of a given width, where no number is ever cut.

A number (with its mark) is one unbreakable piece; words wrap. A table that is too wide gets
narrower text columns first; if its numbers still do not fit, it is folded: the columns are
split over several parts, each repeating the row labels; if not even one number column fits
beside the labels, each row is stacked as "header: value" lines. If a single value is wider
than the terminal, the table says so instead of showing a cut number.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..i18n import t
from ..views.model import NUMERIC, Table, View
from . import fmt

GAP = 3  # spaces between columns
RULE = "─"
GLUE = "\u00a0"  # keeps "€" with its amount, and a number with its " %", when text wraps
GLUED = re.compile(r"(?<=€) (?=[-\d])|(?<=\d) (?=%)")
MAX_WORD = 24  # a longer word in a text cell may be broken to let the numbers fit


@lru_cache(maxsize=4096)
def width(text: str) -> int:
    """Terminal cells the text takes: wide characters two, combining marks none."""
    if text.isascii():
        return len(text)
    total = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def render(view: View, lang: str, columns: int) -> str:
    out: list[str] = []
    out += wrap(fmt.line(view.title, lang), columns)
    for line in view.lines:
        out += wrap(fmt.line(line, lang), columns)
    for table in view.tables:
        out.append("")
        if table.title:
            out += wrap(fmt.line(table.title, lang), columns)
        out += layout(table, lang, columns)
    if view.notes:
        out.append("")
    for note in view.notes:
        out += wrap(fmt.line(note, lang), columns)
    return "\n".join(line.rstrip() for line in out) + "\n"


def wrap(text: str, columns: int, hard: bool = True) -> list[str]:
    """Words to lines of at most `columns` cells; an amount stays with its euro sign."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        indent = paragraph[: len(paragraph) - len(paragraph.lstrip(" "))]  # a label's indent shows its place under another
        if indent and width(indent) < columns // 2:
            lines += [indent + line for line in wrap(paragraph[len(indent):], columns - width(indent), hard)]
            continue
        words = _words(paragraph)
        current = ""
        for word in words:
            word = word.replace(GLUE, " ")
            while hard and width(word) > columns:  # only words, never numbers, come here this long
                if current:
                    lines.append(current)
                    current = ""
                cut = _cut(word, columns)
                lines.append(word[:cut])
                word = word[cut:]
            if not current:
                current = word
            elif width(current) + 1 + width(word) <= columns:
                current += " " + word
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines


def _words(text: str) -> list[str]:
    """The pieces text may wrap between: at spaces, but not inside an amount or a percentage."""
    return [w for w in GLUED.sub(GLUE, text).split(" ") if w]


def _cut(word: str, columns: int) -> int:
    used = 0
    for i, char in enumerate(word):
        used += width(char)
        if used > columns:
            return max(i, 1)
    return len(word)


class _Grid:
    """A table's text: every cell as it will show, and what may and may not be broken."""

    def __init__(self, table: Table, lang: str):
        self.table = table
        self.headers = [fmt.line(column.header, lang) for column in table.columns]
        self.right = [table.right(column) for column in table.columns]
        self.texts: list[list[str]] = []
        self.atomic: list[list[bool]] = []
        for row in table.rows:
            texts, atomic = [], []
            for column in table.columns:
                value = row.cells.get(column.id)
                text = fmt.cell(value, lang)
                mark = row.marks.get(column.id)
                texts.append(f"{text} {mark}" if mark and text else mark or text)
                atomic.append(isinstance(value, NUMERIC))
            self.texts.append(texts)
            self.atomic.append(atomic)

    def natural(self, c: int) -> int:
        return max([width(self.headers[c])] + [width(texts[c]) for texts in self.texts])

    def minimum(self, c: int) -> int:
        """The narrowest the column may be: its widest number, its longest word (up to MAX_WORD)."""
        pieces = [min(width(w), MAX_WORD) for w in _words(self.headers[c])] or [0]
        for texts, atomic in zip(self.texts, self.atomic):
            if atomic[c]:
                pieces.append(width(texts[c]))
            else:
                pieces += [min(width(w), MAX_WORD) for w in _words(texts[c])]
        return max(pieces)

    def widest_value(self) -> int:
        return max((width(texts[c]) for texts, atomic in zip(self.texts, self.atomic) for c, a in enumerate(atomic) if a), default=0)


def layout(table: Table, lang: str, columns: int) -> list[str]:
    if not table.columns:
        return []
    grid = _Grid(table, lang)
    if grid.widest_value() > columns:
        return wrap(t("screen.too_narrow", lang, columns=columns), columns)
    every = list(range(len(table.columns)))
    if _total(grid.minimum, every) <= columns:
        return _draw(grid, every, columns)
    parts = _fold(grid, columns)
    if parts is None:
        return _stack(grid, columns)
    out: list[str] = []
    for i, part in enumerate(parts):
        if i:
            out.append("")
        out += _draw(grid, part, columns)
    return out


def _total(measure, chosen: list[int]) -> int:
    return sum(measure(c) for c in chosen) + GAP * (len(chosen) - 1)


def _fold(grid: _Grid, columns: int) -> list[list[int]] | None:
    """The columns after the first in as few groups as fit beside it, as even as they can be; None if one does not fit alone."""
    fewest = _greedy(grid.minimum, len(grid.headers), columns)
    if fewest is None or len(fewest) < 2:
        return fewest
    even = _even(len(grid.headers), len(fewest))
    loose = _greedy(grid.natural, len(grid.headers), columns)

    def fits(parts, measure) -> bool:
        return parts is not None and len(parts) == len(fewest) and all(_total(measure, part) <= columns for part in parts)

    # even parts with nothing wrapped; then any parts with nothing wrapped; then even parts; then as many as fit
    for parts, measure in ((even, grid.natural), (loose, grid.natural), (even, grid.minimum)):
        if fits(parts, measure):
            return parts
    return fewest


def _greedy(measure, count: int, columns: int) -> list[list[int]] | None:
    parts: list[list[int]] = []
    current = [0]
    for c in range(1, count):
        if _total(measure, current + [c]) <= columns:
            current.append(c)
        elif len(current) > 1:
            parts.append(current)
            current = [0, c]
            if _total(measure, current) > columns:
                return None
        else:
            return None
    parts.append(current)
    return parts


def _even(count: int, parts: int) -> list[list[int]]:
    rest = list(range(1, count))
    size, extra = divmod(len(rest), parts)
    out, start = [], 0
    for i in range(parts):
        end = start + size + (1 if i < extra else 0)
        out.append([0] + rest[start:end])
        start = end
    return out


def _draw(grid: _Grid, chosen: list[int], columns: int) -> list[str]:
    widths = {c: grid.natural(c) for c in chosen}
    lowest = {c: grid.minimum(c) for c in chosen}
    while sum(widths.values()) + GAP * (len(chosen) - 1) > columns:
        c = max(chosen, key=lambda k: (widths[k] - lowest[k], widths[k]))  # the most room to give first
        if widths[c] <= lowest[c]:
            break  # cannot happen: the minimums fit (checked before)
        widths[c] -= 1
    head = [wrap(grid.headers[c], widths[c]) for c in chosen]
    out = _lines(head, [grid.right[c] for c in chosen], [widths[c] for c in chosen])
    out.append(RULE * (sum(widths.values()) + GAP * (len(chosen) - 1)))
    for texts, atomic in zip(grid.texts, grid.atomic):
        cells = [[texts[c]] if atomic[c] else wrap(texts[c], widths[c]) for c in chosen]
        out += _lines(cells, [grid.right[c] for c in chosen], [widths[c] for c in chosen])
    return out


def _lines(cells: list[list[str]], right: list[bool], widths: list[int]) -> list[str]:
    height = max(len(lines) for lines in cells)
    out = []
    for i in range(height):
        parts = []
        for lines, r, w in zip(cells, right, widths):
            text = lines[i] if i < len(lines) else ""
            pad = " " * (w - width(text))
            parts.append(pad + text if r else text + pad)
        out.append((" " * GAP).join(parts))
    return out


def _stack(grid: _Grid, columns: int) -> list[str]:
    """Each row as its label, then one 'header: value' line per cell: for the narrowest terminals."""
    out: list[str] = []
    for i, (texts, atomic) in enumerate(zip(grid.texts, grid.atomic)):
        if i:
            out.append("")
        out += wrap(texts[0], columns)
        for c in range(1, len(grid.headers)):
            if not texts[c]:
                continue
            entry = f"  {grid.headers[c]}: {texts[c]}"
            if width(entry) <= columns:
                out.append(entry)
            else:
                out += ["  " + line for line in wrap(grid.headers[c] + ":", columns - 2)]
                value = texts[c] if atomic[c] else "\n".join(wrap(texts[c], columns - 4))
                out += ["    " + v if width(v) + 4 <= columns else v for v in value.split("\n")]
    return out

