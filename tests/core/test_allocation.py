from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hvh_kba.core.allocation import allocate

STUDY_MIX = {"joris": Decimal("0.51"), "soufiane": Decimal("0.36"), "patrick": Decimal("0.13")}


@pytest.mark.parametrize(
    ("participants", "expected"),
    [(14, {"soufiane": 5, "patrick": 2, "joris": 7}), (20, {"soufiane": 7, "patrick": 3, "joris": 10}),
     (29, {"soufiane": 10, "patrick": 4, "joris": 15})],
)
def test_reproduces_the_studys_whole_participants(participants, expected):
    assert allocate(participants, STUDY_MIX) == expected


def test_nobody_for_no_participants():
    assert allocate(0, STUDY_MIX) == {"joris": 0, "soufiane": 0, "patrick": 0}


def test_rejects_negative_participants():
    with pytest.raises(ValueError):
        allocate(-1, STUDY_MIX)


mixes = st.lists(st.integers(min_value=0, max_value=100), min_size=1, max_size=5).filter(lambda xs: sum(xs) > 0)


@given(mixes, st.integers(min_value=0, max_value=500))
def test_every_participant_is_placed_within_one_of_the_quota(weights, participants):
    total = sum(weights)
    mix = {f"p{i}": Decimal(w) / total for i, w in enumerate(weights)}
    seats = allocate(participants, mix)
    assert sum(seats.values()) == participants
    for name, share in mix.items():
        quota = participants * share
        assert int(quota) <= seats[name] <= int(quota) + 1
