"""Building blocks shared by every data file: strict records, money, references.

The schemas are frozen dataclasses with constraints in their annotations. pydantic
validates YAML into them (loader/validate.py, unknown keys forbidden); because they are
plain dataclasses, validated data can also be read back from the cache without
importing pydantic at all, which keeps the commands fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Literal

from .constraints import NON_EMPTY, at_least, at_most, matching

# Every schema class: frozen, keyword-only, and strict about unknown keys when pydantic validates it.
record = dataclass(frozen=True, kw_only=True)
STRICT = {"extra": "forbid"}

Euro = Annotated[Decimal, at_least(0)]
Percent = Annotated[Decimal, at_least(0), at_most(100)]
Count = Annotated[int, at_least(0)]
Line = Annotated[int, at_least(1)]
Year = Annotated[int, at_least(1990), at_most(2100)]
NonEmpty = NON_EMPTY
# Ids are stable names used on the command line and in references between files.
Id = Annotated[str, matching(r"[a-z0-9][a-z0-9-]*", "lowercase letters, digits and hyphens (e.g. beschermd-wonen)")]


# The source documents a reference may point at; their titles live in published/documents.yaml.
Document = Literal["impactonderzoek-2024", "besluit-almelo-2025", "raadsbrief-2025", "voortgangsrapportage-2023"]


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
    """A text in Dutch with its English rendering."""

    __pydantic_config__ = STRICT
    nl: str
    en: str

    def in_(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl
