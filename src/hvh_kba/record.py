"""Records: dataclasses whose methods are shared, not generated per class.

`dataclasses.dataclass` writes `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__` and
`__delattr__` as source text and compiles them, six `exec` calls per class: for the 90 records a
run imports that was a third of a warm run. A record is a dataclass as far as anything can tell
(`dataclasses.fields`, `replace`, `is_dataclass`, pydantic and the cache see the same fields,
defaults and factories), but its methods are these few functions, read once from the class's
fields. The behaviour is the dataclass's: fields in order, positional or by name, defaults and
`field(default_factory=...)`, `__post_init__`, equality and hash on the fields that compare,
frozen unless asked otherwise.
"""

from __future__ import annotations

import dataclasses
from operator import attrgetter
from typing import Any, Callable, TypeVar

T = TypeVar("T", bound=type)


class _Spec:
    """What the shared methods need of one record class, computed once when it is made."""

    __slots__ = ("names", "positional", "known", "defaults", "factories", "shown", "key", "post_init")

    def __init__(self, cls: type, fields: tuple[dataclasses.Field, ...]) -> None:
        self.names = tuple(f.name for f in fields if f.init)
        self.positional = tuple(f.name for f in fields if f.init and not f.kw_only)
        self.known = frozenset(self.names)
        self.defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
        self.factories = {f.name: f.default_factory for f in fields if f.default_factory is not dataclasses.MISSING}
        self.shown = tuple(f.name for f in fields if f.repr)
        compared = [f.name for f in fields if f.compare]
        self.key = (lambda obj: ()) if not compared else attrgetter(*compared) if len(compared) > 1 else (lambda obj, n=compared[0]: (getattr(obj, n),))
        self.post_init = getattr(cls, "__post_init__", None)


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    spec: _Spec = type(self).__record__
    if not args and kwargs.keys() == spec.known:  # every field by name, as the cache and replace() build them
        self.__dict__.update(kwargs)
        if spec.post_init is not None:
            spec.post_init(self)
        return
    names = spec.names
    if len(args) > len(spec.positional):
        raise TypeError(f"{type(self).__name__}() takes {len(spec.positional)} positional arguments but {len(args)} were given")
    values = dict(zip(spec.positional, args))
    for name in kwargs:
        if name in values or name not in spec.known:
            problem = "got multiple values for argument" if name in values else "got an unexpected keyword argument"
            raise TypeError(f"{type(self).__name__}() {problem} {name!r}")
    values.update(kwargs)
    if len(values) < len(names):
        for name in names:
            if name in values:
                continue
            if name in spec.defaults:
                values[name] = spec.defaults[name]
            elif name in spec.factories:
                values[name] = spec.factories[name]()
            else:
                raise TypeError(f"{type(self).__name__}() missing required argument: {name!r}")
    self.__dict__.update(values)  # past a frozen record's __setattr__, as the dataclass's own __init__ goes
    if spec.post_init is not None:
        spec.post_init(self)


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in type(self).__record__.shown)
    return f"{type(self).__qualname__}({shown})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    key = type(self).__record__.key
    return key(self) == key(other)


def _hash(self: Any) -> int:
    return hash(type(self).__record__.key(self))


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def record(cls: T | None = None, /, *, frozen: bool = True, eq: bool = True, kw_only: bool = False) -> T | Callable[[T], T]:
    """`@record` for `@dataclass(frozen=True)`; `eq`, `frozen` and `kw_only` as with dataclass."""

    def make(cls: T) -> T:
        if not cls.__dict__.get("__doc__"):
            cls.__doc__ = cls.__name__  # else dataclass asks inspect for a signature, the slowest part left
        # with these flags dataclass collects the fields and generates no code
        cls = dataclasses.dataclass(cls, init=False, repr=False, eq=False, kw_only=kw_only)
        cls.__record__ = _Spec(cls, dataclasses.fields(cls))
        cls.__init__ = _init
        cls.__repr__ = _repr
        if eq:
            cls.__eq__ = _eq
            cls.__hash__ = _hash if frozen else None  # as dataclass: a mutable record with equality is unhashable
        if frozen:
            cls.__setattr__ = _frozen_setattr
            cls.__delattr__ = _frozen_delattr
        return cls

    return make if cls is None else make(cls)
