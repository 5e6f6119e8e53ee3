"""The checks a flows file needs beyond its schema: dates in order, nobody leaving who was not there, known municipalities.

Used for the shipped flows (flows/) and for a monitoring file given to `hvh-kba monitor`.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import Problem, Said, say
from ..schema.flows import Flows
from .yamlnodes import Document, dotted


def flow_problems(flows: Flows, doc: Document, municipalities: Iterable[str] | None = None) -> list[Problem]:
    problems: list[Problem] = []

    def add(path: tuple, message: Said) -> None:
        file, line = doc.locate(path)
        problems.append(Problem(file, line, dotted(path), message))

    seen: set[str] = set()
    for i, period in enumerate(flows.periods):
        if period.id in seen:
            add(("periods", i, "id"), say("data.flows.duplicate_period", id=period.id))
        seen.add(period.id)
        if period.end < period.start:
            add(("periods", i, "end"), say("data.flows.end_before_start", end=str(period.end), start=str(period.start)))
            continue  # the period's length is meaningless: nothing more to check against it
        if i and period.start <= flows.periods[i - 1].end:
            add(("periods", i, "start"), say("data.flows.overlap", start=str(period.start), before=flows.periods[i - 1].id,
                                             end=str(flows.periods[i - 1].end)))
        left = (period.releases or 0) + (period.sent_back or 0)
        if period.occupied_start is not None and period.entered is not None and left > period.occupied_start + period.entered:
            add(("periods", i, "sent_back" if period.sent_back else "released"),
                say("data.flows.more_left", left=left, there=period.occupied_start + period.entered,
                    start=period.occupied_start, entered=period.entered))
        elif None not in (period.occupied_start, period.occupied_end, period.entered, period.releases, period.sent_back):
            expected = period.occupied_start + period.entered - left
            if period.occupied_end != expected:
                add(("periods", i, "occupied_end"), say("data.flows.occupied_end", end=period.occupied_end,
                                                        start=period.occupied_start, entered=period.entered, left=left,
                                                        expected=expected))
        for name in ("occupied_start", "occupied_end", "occupied_average", "places_filled_end"):
            value = getattr(period, name)
            if value is not None and value > flows.places:
                add(("periods", i, name), say("data.flows.above_places", value=value, places=flows.places))
        for name in ("occupied_average", "participant_days"):
            if getattr(period, name) == 0 and left:
                add(("periods", i, name), say("data.flows.nobody_there", left=left))
        if period.participant_days is not None and period.participant_days > flows.places * period.days:
            add(("periods", i, "participant_days"), say("data.flows.days_above", days_used=str(period.participant_days),
                                                        places=flows.places, days=period.days))
    ids: set[str] = set()
    known = set(municipalities) if municipalities is not None else None
    first, last = flows.periods[0].start, flows.periods[-1].end
    for i, person in enumerate(flows.participants):
        if person.left is not None and not first <= person.left <= last:
            add(("participants", i, "left"),
                say("data.flows.left_outside", left=str(person.left), first=str(first), last=str(last)))
        if person.id in ids:
            add(("participants", i, "id"), say("data.flows.duplicate_participant", id=person.id))
        ids.add(person.id)
        if person.left is not None and person.left < person.entered:
            add(("participants", i, "left"),
                say("data.flows.left_before_entering", left=str(person.left), entered=str(person.entered)))
        if person.outcome != "present" and person.left is None:
            add(("participants", i, "left"), say("data.flows.left_required", outcome=person.outcome))
        if person.outcome == "present" and person.left is not None:
            add(("participants", i, "outcome"), say("data.flows.present_but_left"))
        if person.followed_until is not None and person.left is not None and person.followed_until < person.left:
            add(("participants", i, "followed_until"), say("data.flows.followed_before_left", followed=str(person.followed_until),
                                                               left=str(person.left)))
        if known is not None and person.municipality is not None and person.municipality not in known:
            from .dataset import unknown_name

            add(("participants", i, "municipality"),
                say("data.flows.of_twente", message=unknown_name("municipality", person.municipality, known)))
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
                add(("periods", i, name), say("data.flows.records_home", counted=counted, recorded=recorded) if name == "released"
                    else say("data.flows.records_sent_back", counted=counted, recorded=recorded))
