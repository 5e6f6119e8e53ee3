"""Numbers as Dutch (default) or English readers expect them: € 444.410 / €444,410, 36%, 0,9%.

The one place a typed value (views/model.py) becomes text for a reader; JSON and CSV write the
exact value instead.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..views.model import Cell, Count, Label, Line, Money, Number, Quantity, Rate, Text, Word

SEPARATORS = {"nl": (".", ","), "en": (",", ".")}  # thousands, decimal


def whole(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1), ROUND_HALF_UP)


def number(value: Decimal | int, lang: str = "nl", decimals: int = 0) -> str:
    thousands, point = SEPARATORS[lang]
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(value).quantize(quantum, ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    text = f"{abs(rounded):,.{decimals}f}"  # Python writes 1,234.5
    text = text.replace(",", "\0").replace(".", point).replace("\0", thousands)
    return sign + text


def eur(value: Decimal | int | None, lang: str = "nl", decimals: int = 0) -> str:
    """Euros, as the study shows them: € 444.410 (nl), €444,410 (en)."""
    if value is None:
        return ""
    text = number(value, lang, decimals)
    sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
    return f"{sign}€ {digits}" if lang == "nl" else f"{sign}€{digits}"


def pct(value: Decimal | None, lang: str = "nl", decimals: int = 0) -> str:
    """A percentage given in percent: 36%, 0,9% (nl) / 0.9% (en)."""
    if value is None:
        return ""
    return f"{number(value, lang, decimals)}%"


def rate(fraction: Decimal | None, lang: str = "nl", decimals: int | None = None) -> str:
    """A rate given as a fraction, in percent: fixed decimals, or decimals only where they matter (2.25%, 32.9%, 0.9%)."""
    if fraction is None:
        return ""
    percent = Decimal(fraction) * 100
    if decimals is not None:
        return pct(percent, lang, decimals)
    for places in (0, 1):
        if percent == percent.quantize(Decimal(1).scaleb(-places)):
            return pct(percent, lang, places)
    return pct(percent, lang, 2 if percent == percent.quantize(Decimal("0.01")) else 1)


def cell(value: Cell | None, lang: str) -> str:
    """A typed value as a reader sees it."""
    if value is None:
        return ""
    if isinstance(value, Money):
        text = eur(value.value / value.scale, lang, value.decimals) if value.scale == 1 else number(value.value / value.scale, lang, value.decimals)
        return f"+{text}" if value.signed and not text.startswith("-") and value.value >= 0 else text
    if isinstance(value, Rate):
        text = rate(value.value, lang, value.decimals)
        return f"+{text}" if value.signed and not text.startswith("-") and value.value >= 0 else text
    if isinstance(value, Count):
        return number(value.value, lang) if value.grouped else str(value.value)
    if isinstance(value, Number):
        return number(value.value, lang, value.decimals)
    if isinstance(value, Quantity):
        if len(value.factors) > 1:
            return " × ".join(number_plain(f, lang) for f in value.factors)
        return number_plain(value.value, lang)
    if isinstance(value, Word):
        return value.text
    if isinstance(value, Text):
        return value.value
    if isinstance(value, Label):
        return line(value.segments, lang)
    raise TypeError(f"not a cell: {value!r}")


def number_plain(value: Decimal, lang: str) -> str:
    """A number with the decimals it has (12, 0,5), no thousands separator: a quantity's factor."""
    text = f"{Decimal(value).normalize():f}"
    return text.replace(".", SEPARATORS[lang][1])


def line(segments: str | Line, lang: str) -> str:
    """A line of words and typed values (a title, a header, a note) as text."""
    if isinstance(segments, str):
        return segments
    return "".join(s if isinstance(s, str) else cell(s, lang) for s in segments)
