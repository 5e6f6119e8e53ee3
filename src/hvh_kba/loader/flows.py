"""The checks a flows file needs beyond its schema: dates in order, nobody leaving who was not there, known municipalities.

Used for the shipped flows (flows/) and for a monitoring file given to `hvh-kba monitor`.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import Problem
from ..schema.flows import Flows
from .yamlnodes import Document, dotted


def flow_problems(flows: Flows, doc: Document, municipalities: Iterable[str] | None = None) -> list[Problem]:
    problems: list[Problem] = []

    def add(path: tuple, message: str) -> None:
        file, line = doc.locate(path)
        problems.append(Problem(file, line, dotted(path), message))

    seen: set[str] = set()
    for i, period in enumerate(flows.periods):
        if period.id in seen:
            add(("periods", i, "id"), f"duplicate period id '{period.id}'")
        seen.add(period.id)
        if period.end < period.start:
            add(("periods", i, "end"), f"{period.end} is before the start {period.start}; accepted: a last day on or after the first")
            continue  # the period's length is meaningless: nothing more to check against it
        if i and period.start <= flows.periods[i - 1].end:
            add(("periods", i, "start"), f"{period.start} is not after the end of period '{flows.periods[i - 1].id}' "
                f"({flows.periods[i - 1].end}); accepted: periods in order of time, not overlapping")
        left = (period.releases or 0) + (period.sent_back or 0)
        if period.occupied_start is not None and period.entered is not None and left > period.occupied_start + period.entered:
            add(("periods", i, "sent_back" if period.sent_back else "released"),
                f"{left} left (released and sent back) but only {period.occupied_start + period.entered} were there "
                f"({period.occupied_start} on the first day and {period.entered} entered)")
        elif None not in (period.occupied_start, period.occupied_end, period.entered, period.releases, period.sent_back):
            expected = period.occupied_start + period.entered - left
            if period.occupied_end != expected:
                add(("periods", i, "occupied_end"), f"{period.occupied_end} on the last day, but {period.occupied_start} + "
                    f"{period.entered} entered - {left} left is {expected}")
        for name in ("occupied_start", "occupied_end", "occupied_average", "places_filled_end"):
            value = getattr(period, name)
            if value is not None and value > flows.places:
                add(("periods", i, name), f"{value} is above the {flows.places} places")
        for name in ("occupied_average", "participant_days"):
            if getattr(period, name) == 0 and left:
                add(("periods", i, name), f"0, but {left} left: nobody can leave who was not there")
        if period.participant_days is not None and period.participant_days > flows.places * period.days:
            add(("periods", i, "participant_days"), f"{period.participant_days} is more than {flows.places} places x {period.days} days")
    ids: set[str] = set()
    known = set(municipalities) if municipalities is not None else None
    first, last = flows.periods[0].start, flows.periods[-1].end
    for i, person in enumerate(flows.participants):
        if person.left is not None and not first <= person.left <= last:
            add(("participants", i, "left"), f"{person.left} is outside the periods of this file ({first} to {last}); "
                "accepted: a day within them")
        if person.id in ids:
            add(("participants", i, "id"), f"duplicate participant '{person.id}'")
        ids.add(person.id)
        if person.left is not None and person.left < person.entered:
            add(("participants", i, "left"), f"{person.left} is before entering on {person.entered}")
        if person.outcome != "present" and person.left is None:
            add(("participants", i, "left"), f"required for outcome '{person.outcome}': the day he left")
        if person.outcome == "present" and person.left is not None:
            add(("participants", i, "outcome"), "'present', but he left: give released, penitentiary-programme or sent-back")
        if person.followed_until is not None and person.left is not None and person.followed_until < person.left:
            add(("participants", i, "followed_until"), f"{person.followed_until} is before he left on {person.left}")
        if known is not None and person.municipality is not None and person.municipality not in known:
            import difflib

            close = difflib.get_close_matches(person.municipality, sorted(known), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f"; known: {', '.join(sorted(known))}"
            add(("participants", i, "municipality"), f"unknown municipality '{person.municipality}'{hint} (the 14 of Twente)")
    if not problems:  # the records are counted per period: only once the periods and the dates are in order
        _records_against_counts(flows, add)
    return problems


def _records_against_counts(flows: Flows, add) -> None:
    """The participant records of a period's leavers may be fewer than its counts (not everyone recorded), never more."""
    for i, period in enumerate(flows.periods):
        leavers = [p for p in flows.participants if p.left is not None and period.start <= p.left <= period.end]
        home = sum(1 for p in leavers if p.outcome in ("released", "penitentiary-programme"))
        back = sum(1 for p in leavers if p.outcome == "sent-back")
        for name, recorded, counted in (("released", home, period.releases), ("sent_back", back, period.sent_back)):
            if counted is not None and recorded > counted:
                add(("periods", i, name), f"{counted}, but {recorded} participant records left in this period "
                    f"{'to go home' if name == 'released' else 'sent back'}; records may be fewer than the count, not more")
