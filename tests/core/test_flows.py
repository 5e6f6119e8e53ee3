"""Places filled and persons served, and what the published flows imply: by hand from the sources' tables."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from hvh_kba.core.flows import Occupancy, observe, pooled


def test_the_studys_reading_and_a_shorter_stay():
    # Little's law: persons leaving a year = places x 12 / stay in months.
    assert Occupancy(D(20), D(12), D(0)).leaving == 20  # the study: a place is a participant a year
    assert Occupancy(D(20), D(8), D(0)).leaving == 30
    ideal = Occupancy(D(29), D(8), D("0.2"))
    assert ideal.leaving == D("43.5") and ideal.persons == 44 and ideal.released == D("34.8")  # 43.5 x 0.8


def test_the_published_flows_by_hand(dataset):
    periods = {p.id: p for p in dataset.flows["huis-van-herstel"].periods}
    # Progress report 2023, section 3.4 (lines 1011-1017), 2021: 15 entered, 3 released at the end of the
    # sentence and 4 with a penitentiary programme, 2 sent back: 9 left, drop-out 2 / 9. Section 3.6 (line
    # 1091): six participants on an average day, so the stay is 6 x 365 days / 9 = 243.3 days, 8 months.
    y2021 = observe(periods["2021"])
    assert (y2021.entered, y2021.released, y2021.sent_back, y2021.left) == (15, 7, 2, 9)
    assert y2021.dropout == D(2) / 9 and y2021.stay_months == 8
    # Impact study section 3.1 (lines 4419-4441), the second quarter of 2024 (91 days): 4 left, 1 sent
    # back, 14 Huis van Herstel participants: 5 x 365 / 91 = 20.05 leave a year; stay 14 x 91 x 12 / (5 x 365).
    q2 = observe(periods["2024-q2"])
    assert q2.dropout == D("0.2") and q2.leaving_per_year == D(5) * 365 / 91
    assert float(q2.stay_months) == pytest.approx(14 * 91 * 12 / (5 * 365))
    # 2023 to 24 April is 114 days: 0 + 3 released, 1 sent back
    assert observe(periods["2023-tot-24-april"]).days == 114
    # All four periods: 7 + 9 + 3 + 4 = 23 released, 2 + 3 + 1 + 1 = 7 sent back: 7 / 30 = 23.3 %.
    # The stay over the two periods with an occupancy: (6 x 365 + 14 x 91) x 12 / ((9 + 5) x 365) = 8.13 months.
    total = pooled(list(periods.values()))
    assert (total.released, total.sent_back, total.left, total.entered) == (23, 7, 30, 34)
    assert total.dropout == D(7) / 30 and total.occupancy is None
    assert float(total.stay_months) == pytest.approx((6 * 365 + 14 * 91) * 12 / (14 * 365))


def test_the_benefits_at_the_observed_numbers():
    """The study's scenarios come out as the study's (12 months, no drop-out, whole participants: annexes 5-7).
    An observed period's leavers are each the mix's average participant: the municipal approach-linked benefits per
    person are Soufiane's 1,500 + 36,500 = 38,000 (table 6), Patrick's 650 + 1,500 = 2,150 (table 10) and Joris'
    1,500 + 15,696 = 17,196 (table 14), so the average is 0.36 x 38,000 + 0.13 x 2,150 + 0.51 x 17,196 = 22,729.46.
    The second quarter of 2024 at its pace: 5 x 365 / 91 leave a year, 20 % of them sent back."""
    from hvh_kba import api

    report = api.flows(api.load())
    assert [(v.id, v.persons, v.minimum) for v in report.scenarios] == [
        ("worst-case", 14, 314672), ("realistic", 20, 444410), ("ideal", 29, 646540)]
    q2 = next(v for v in report.at_observed if v.id == "2024-q2")
    average = D("0.36") * 38000 + D("0.13") * 2150 + D("0.51") * 17196
    assert average == D("22729.46")
    assert q2.persons is None and float(q2.minimum) == pytest.approx(float(D(5) * 365 / 91 * D("0.8") * average), abs=0.01)
    assert (q2.closest, q2.relation) == ("worst-case", "near")  # 14 places filled: the worst case's 14
    assert next(v for v in report.at_observed if v.id == "2021").relation == "below"  # 6 places


def test_a_period_in_which_nobody_left():
    """No leavers: no drop-out to speak of, and no benefits; the totals count each number where a period gives it."""
    from datetime import date

    from hvh_kba.schema.flows import Period

    quiet = Period(id="q", start=date(2026, 1, 1), end=date(2026, 3, 31), entered=1, released=0, sent_back=0)
    partial = Period(id="p", start=date(2026, 4, 1), end=date(2026, 6, 30), released=2)
    assert observe(quiet).dropout is None and observe(quiet).leaving_per_year == 0
    total = pooled([quiet, partial])
    assert (total.days, total.entered, total.released, total.sent_back, total.left) == (90 + 91, 1, 2, 0, 0)
