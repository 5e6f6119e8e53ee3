"""Records behave as the dataclasses they replace: the same fields, defaults, equality, freezing."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import field
from decimal import Decimal

import pytest

from hvh_kba.record import record


@record
class Price:
    item: str
    amount: Decimal
    unit: str = "jaar"
    sources: list[str] = field(default_factory=list)
    note: str = field(default="", compare=False, repr=False)


@record(kw_only=True)
class Strict:
    name: str
    count: int = 0

    def __post_init__(self) -> None:
        if self.count < 0:
            raise ValueError("count below zero")


@record(frozen=False)
class Builder:
    rows: list[int] = field(default_factory=list)


@record(eq=False)
class Identity:
    value: int


def test_arguments_by_position_or_name_with_defaults_and_factories():
    a = Price("detentie", Decimal("230"))
    assert (a.item, a.amount, a.unit, a.sources, a.note) == ("detentie", Decimal("230"), "jaar", [], "")
    b = Price(item="detentie", amount=Decimal("230"), unit="dag", sources=["r. 12"])
    assert b.unit == "dag" and b.sources == ["r. 12"]
    assert Price("x", Decimal(1)).sources is not Price("x", Decimal(1)).sources  # a fresh list each time


@pytest.mark.parametrize(
    "call, words",
    [
        (lambda: Price("x"), "missing 1 required positional argument: 'amount'"),
        (lambda: Price("x", 1, "jaar", [], "", "extra"), "takes from 3 to 6 positional arguments but 7 were given"),
        (lambda: Price("x", 1, item="y"), "multiple values for argument 'item'"),
        (lambda: Price("x", 1, colour="red"), "unexpected keyword argument 'colour'"),
        (lambda: Strict("x"), "takes 1 positional argument but 2 were given"),
    ],
)
def test_wrong_arguments_are_type_errors_as_with_a_dataclass(call, words):
    """Python's own words: the `__init__` is compiled as a dataclass's, on the class's first instance."""
    with pytest.raises(TypeError, match=words):
        call()


def test_frozen_unless_asked_otherwise():
    a = Price("x", Decimal(1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.item = "y"
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.item
    b = Builder()
    b.rows.append(1)
    b.rows = [2]
    assert b.rows == [2]


def test_equality_and_hash_on_the_fields_that_compare():
    assert Price("x", Decimal(1)) == Price("x", Decimal("1.0"), note="other")  # note does not compare
    assert Price("x", Decimal(1)) != Price("x", Decimal(2))
    assert hash(Price("x", Decimal(1), sources=())) == hash(Price("x", Decimal(1), sources=(), note="n"))
    assert Price("x", Decimal(1)) != ("x", Decimal(1))
    with pytest.raises(TypeError):
        hash(Builder())  # mutable with equality: unhashable, as a dataclass
    assert Identity(1) != Identity(1) and len({Identity(1), Identity(1)}) == 2


def test_post_init_runs_on_every_construction():
    assert Strict(name="a").count == 0
    with pytest.raises(ValueError, match="below zero"):
        Strict(name="a", count=-1)
    with pytest.raises(ValueError, match="below zero"):
        dataclasses.replace(Strict(name="a"), count=-2)


def test_the_init_is_compiled_once_per_class_on_its_first_instance():
    @record
    class Late:
        a: int
        b: list = field(default_factory=list)

    first = Late.__init__
    assert Late(1) == Late(a=1, b=[])
    assert Late.__init__ is not first and Late.__init__.__qualname__.endswith("Late.__init__")
    compiled = Late.__init__
    Late(2)
    assert Late.__init__ is compiled


def test_dataclass_tools_see_the_same_fields():
    a = Price("x", Decimal(1))
    assert dataclasses.is_dataclass(Price) and [f.name for f in dataclasses.fields(a)] == ["item", "amount", "unit", "sources", "note"]
    assert dataclasses.replace(a, unit="dag") == Price("x", Decimal(1), "dag")
    assert dataclasses.asdict(a) == {"item": "x", "amount": Decimal(1), "unit": "jaar", "sources": [], "note": ""}
    assert repr(a) == "Price(item='x', amount=Decimal('1'), unit='jaar', sources=[])"
    assert pickle.loads(pickle.dumps(a)) == a
    assert Price.__match_args__ == ("item", "amount", "unit", "sources", "note")


def test_pydantic_validates_a_keyword_only_record():
    from pydantic import TypeAdapter, ValidationError

    adapter = TypeAdapter(Strict)
    assert adapter.validate_python({"name": "a", "count": "3"}) == Strict(name="a", count=3)
    with pytest.raises(ValidationError, match="below zero"):
        adapter.validate_python({"name": "a", "count": -1})
    with pytest.raises(ValidationError):
        adapter.validate_python({"count": 1})


def test_what_dataclass_leaves_alone_a_record_leaves_alone():
    """A class's own methods stay; a field outside __init__ still gets its default; hash=False leaves the hash;
    a plain subclass may add attributes of its own; frozen and mutable do not mix (each as with dataclass)."""

    @record
    class Own:
        a: int
        hidden: list = field(init=False, default_factory=list, compare=False)
        label: str = field(default="", hash=False)

        def __repr__(self) -> str:
            return "own"

    assert repr(Own(1)) == "own" and Own(1).hidden == []
    assert hash(Own(1, "x")) == hash(Own(1, "y")) and Own(1, "x") != Own(1, "y")

    class Plain(Own):
        pass

    plain = Plain(1)
    plain.extra = 2  # not a field, not a record class: allowed
    with pytest.raises(dataclasses.FrozenInstanceError):
        plain.a = 2
    with pytest.raises(TypeError, match="frozen"):
        record(frozen=False)(type("Mutable", (Own,), {"__annotations__": {"b": "int"}, "b": 0}))
