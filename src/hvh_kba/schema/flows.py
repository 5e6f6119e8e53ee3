"""Participants as they really come and go: periods with entries, releases, returns to prison and places filled.

One format for the flows the sources publish (flows/) and for what the municipalities and Huis van
Herstel record from 2026 on (`hvh-kba monitor FILE`; `hvh-kba init` writes an empty one). A period
is any stretch of time (a year, a quarter); every count is optional, because the sources give
different ones. Participants, one record each, are optional too: with them the monitor can say
where the participants come from and how they fared.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from ..errors import say
from .common import MAX_CAPACITY, STRICT, Count, Euro, Id, NonEmpty, Ref, Words, record
from .constraints import at_least, at_most, matching


@record
class Releases:
    """Releases split by kind, where the source splits them."""

    __pydantic_config__ = STRICT
    end_of_sentence: Count  # left at the end of the sentence ("uitgestroomd na detentie")
    penitentiary_programme: Count  # left with a penitentiary programme ("uitgestroomd met PP")

    @property
    def total(self) -> int:
        return self.end_of_sentence + self.penitentiary_programme


@record
class Period:
    __pydantic_config__ = STRICT
    id: Id  # 2021, 2024-q2
    start: date
    end: date  # the last day of the period
    entered: Count | None = None
    released: Count | Releases | None = None  # left Huis van Herstel to go home (not sent back)
    sent_back: Count | None = None  # returned to a regular prison: the study's drop-out ("teruggeplaatst")
    occupied_start: Count | None = None  # Huis van Herstel participants on the first day
    occupied_end: Count | None = None  # on the last day
    occupied_average: Annotated[Decimal, at_least(0), at_most(MAX_CAPACITY)] | None = None  # on an average day, where reported
    participant_days: Count | None = None  # days spent in Huis van Herstel by its participants, where recorded
    places_filled_end: Count | None = None  # every place filled on the last day, Huis van Herstel and regular BBA
    paid: Euro | None = None  # what the municipalities paid for the period
    note: Words | None = None
    sources: list[Ref] = field(default_factory=list)

    @property
    def releases(self) -> int | None:
        return self.released.total if isinstance(self.released, Releases) else self.released

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


Outcome = Literal["present", "released", "penitentiary-programme", "sent-back"]


@record
class Participant:
    """One participant, under a number that names nobody."""

    __pydantic_config__ = STRICT
    id: Annotated[str, matching(r"[A-Za-z0-9][A-Za-z0-9-]*", say("data.id.pseudonym"))]
    municipality: Id | None = None  # of origin: one of the 14 Twente municipalities
    entered: date
    left: date | None = None
    outcome: Outcome = "present"
    housing: bool | None = None  # a place to live on release
    income: bool | None = None  # income (work or benefit) arranged on release
    reconvicted: bool | None = None  # convicted again since release, as far as followed
    followed_until: date | None = None  # the last day the outcomes above were checked


@record
class Flows:
    __pydantic_config__ = STRICT
    id: Id
    title: Words
    kind: Literal["published", "monitoring"]
    invented: bool = False  # a sample: every output says so
    places: Annotated[int, at_least(1), at_most(MAX_CAPACITY)]
    periods: Annotated[list[Period], NonEmpty]
    participants: list[Participant] = field(default_factory=list)
    sources: list[Ref] = field(default_factory=list)
