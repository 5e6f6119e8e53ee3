"""Numbers as Dutch (default) or English readers expect them: € 444.410 / €444,410, 36%."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

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


def eur(value: Decimal | int | None, lang: str = "nl") -> str:
    """Whole euros, as the study shows them: € 444.410 (nl), €444,410 (en)."""
    if value is None:
        return ""
    text = number(value, lang)
    sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
    return f"{sign}€ {digits}" if lang == "nl" else f"{sign}€{digits}"


def pct(value: Decimal | None, lang: str = "nl", decimals: int = 0) -> str:
    """A percentage given in percent: 36%, 0,9% (nl) / 0.9% (en)."""
    if value is None:
        return ""
    return f"{number(value, lang, decimals)}%"


def rate(fraction: Decimal | None, lang: str = "nl") -> str:
    """A rate given as a fraction, in percent with decimals only where they matter (2.25%, 32.9%, 0.9%)."""
    if fraction is None:
        return ""
    percent = Decimal(fraction) * 100
    for decimals in (0, 1):
        if percent == percent.quantize(Decimal(1).scaleb(-decimals)):
            return pct(percent, lang, decimals)
    return pct(percent, lang, 2 if percent == percent.quantize(Decimal("0.01")) else 1)
