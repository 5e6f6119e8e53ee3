"""Building blocks shared by every data file: strict records, money, fractions, texts, references.

The schemas are frozen dataclasses with constraints in their annotations. pydantic
validates YAML into them (loader/validate.py, unknown keys forbidden); because they are
plain dataclasses, validated data can also be read back from the cache without
importing pydantic at all, which keeps the commands fast.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from ..errors import say
from ..record import record as _record
from .constraints import AS_FRACTION, NON_EMPTY, PLAIN_TEXT, at_least, at_most, matching

# Every schema class: frozen, keyword-only, and strict about unknown keys when pydantic validates it.
record = _record(kw_only=True)
STRICT = {"extra": "forbid"}

# Limits far beyond any real value, so that no input can make a calculation overflow or run long
# (documented in the README, "The data"): euros, counts, and the capacity of a facility.
MAX_EUROS = 10**12
MAX_COUNT = 10**6
MAX_CAPACITY = 1000

Euro = Annotated[Decimal, at_least(0), at_most(MAX_EUROS)]
# A percentage in the file (0-100), a fraction in the record (0-1): the one conversion.
Percent = Annotated[Decimal, at_least(0), at_most(100), AS_FRACTION]
Count = Annotated[int, at_least(0), at_most(MAX_COUNT)]
Line = Annotated[int, at_least(1)]
Year = Annotated[int, at_least(1990), at_most(2100)]
NonEmpty = NON_EMPTY
# Ids are stable names used on the command line and in references between files.
Id = Annotated[str, matching(r"[a-z0-9][a-z0-9-]*", say("data.id.lowercase"))]


# The source documents a reference may point at; their titles live in published/documents.yaml.
Document = Literal["impactonderzoek-2024", "besluit-almelo-2025", "raadsbrief-2025", "voortgangsrapportage-2023", "planevaluatie-2021"]


@record
class Ref:
    """Where a number comes from: a document, the place in it, and the line of the seed text."""

    __pydantic_config__ = STRICT
    doc: Document = "impactonderzoek-2024"
    where: str
    line: Line | None = None
    title: str | None = None
    href: str | None = None


@record
class Text:
    """A text in Dutch and English: the one way data carries words in two languages.

    In a file: `{nl: ..., en: ...}`, or plain text when there is no English rendering (then the
    Dutch stands for both).
    """

    __pydantic_config__ = STRICT
    nl: str
    en: str | None = None

    def in_(self, lang: str) -> str:
        return self.en if lang == "en" and self.en is not None else self.nl


Words = Annotated[Text, PLAIN_TEXT]
