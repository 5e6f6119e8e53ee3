"""Marks beside published figures: rounding, an erratum (as a numbered footnote), or a change."""

from __future__ import annotations

from ..core.verify import Check
from ..i18n import t
from .model import Line, line


class Marks:
    """Hands out footnote numbers for errata and collects the notes that explain the marks."""

    def __init__(self, lang: str, default_run: bool):
        self.lang = lang
        self.default_run = default_run
        self.numbers: dict[str, int] = {}
        self.errata: list = []
        self.used: set[str] = set()

    def mark(self, check: Check | None) -> str:
        if check is None or check.status in ("match", "restated"):
            return ""
        if check.status == "rounding":
            self.used.add("rounding")
            return "≈"
        if check.status in ("erratum", "unexplained-known"):  # the erratum's note says what it does not explain
            erratum = check.erratum
            if erratum.id not in self.numbers:
                self.numbers[erratum.id] = len(self.numbers) + 1
                self.errata.append(erratum)
            return f"[{self.numbers[erratum.id]}]"
        key = "unexplained" if self.default_run else "changed"
        self.used.add(key)
        return "!" if self.default_run else "≠"

    def notes(self) -> list[Line]:
        out = [line(t(f"mark.{key}", self.lang)) for key in ("rounding", "unexplained", "changed") if key in self.used]
        for erratum in self.errata:
            out.append(line(f"[{self.numbers[erratum.id]}] {erratum.title.in_(self.lang)} (erratum {erratum.id})"))
        return out
