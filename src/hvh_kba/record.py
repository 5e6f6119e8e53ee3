"""Records: dataclasses whose methods are shared or made when first needed, not generated per class at import.

`dataclasses.dataclass` writes `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__` and
`__delattr__` as source text and compiles them, six `exec` calls per class: for the 90 records a
run imports that was a third of a warm run. A record is a dataclass as far as anything can tell
(`dataclasses.fields`, `replace`, `is_dataclass`, pydantic and the cache see the same fields,
defaults and factories). Its `__repr__`, `__eq__`, `__hash__` and freezing are a few shared
functions that read the class's fields; its `__init__` is compiled, as a dataclass's, the first
time the class is instantiated (a class a run never instantiates never pays for it), so building
the thousands of records of a large data set costs what it costs with dataclasses. The behaviour
is the dataclass's: fields in order, positional or by name, defaults and
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

    __slots__ = ("shown", "key", "hashed", "frozen")

    def __init__(self, fields: tuple[dataclasses.Field, ...], frozen: bool) -> None:
        self.shown = tuple(f.name for f in fields if f.repr)
        self.key = _getter([f.name for f in fields if f.compare])
        self.hashed = _getter([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
        self.frozen = frozen


def _getter(names: list[str]) -> Callable[[Any], tuple]:
    """The values of `names` of an object, as a tuple."""
    if len(names) > 1:
        return attrgetter(*names)
    return (lambda obj: ()) if not names else (lambda obj, name=names[0]: (getattr(obj, name),))


_FACTORY = object()  # the default of a field with a default_factory: the factory is called


def _first_init(self: Any, *args: Any, **kwargs: Any) -> None:
    """A record's `__init__` until its first instance: compiles the real one, puts it in its place, and calls it."""
    owner = next(c for c in type(self).__mro__ if c.__dict__.get("__init__") is _first_init)
    owner.__init__ = _compiled_init(owner)
    owner.__init__(self, *args, **kwargs)


def _compiled_init(cls: type) -> Callable[..., None]:
    """The `__init__` dataclass would write for these fields: positional ones, then keyword-only ones."""
    namespace: dict[str, Any] = {"_FACTORY": _FACTORY, "_post_init": getattr(cls, "__post_init__", None)}
    fields = [f for f in dataclasses.fields(cls) if f.init]

    def parameter(f: dataclasses.Field) -> str:
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
            return f"{f.name}=_default_{f.name}"
        if f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            return f"{f.name}=_FACTORY"
        return f.name

    positional = [parameter(f) for f in fields if not f.kw_only]
    keywords = [parameter(f) for f in fields if f.kw_only]
    signature = ", ".join(["self", *positional, *(["*", *keywords] if keywords else [])])
    lines = [f"    if {f.name} is _FACTORY: {f.name} = _factory_{f.name}()"
             for f in fields if f.default is dataclasses.MISSING and f.default_factory is not dataclasses.MISSING]
    values = [f"{f.name}={f.name}" for f in fields]
    for f in dataclasses.fields(cls):  # a field that is not an argument is set all the same, from its default
        if not f.init and f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
            values.append(f"{f.name}=_default_{f.name}")
        elif not f.init and f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            values.append(f"{f.name}=_factory_{f.name}()")
    # past a frozen record's __setattr__, as the dataclass's own __init__ goes
    lines.append("    self.__dict__.update(" + ", ".join(values) + ")")
    if namespace["_post_init"] is not None:
        lines.append("    _post_init(self)")
    exec(f"def __init__({signature}):\n" + "\n".join(lines), namespace)  # noqa: S102 - our own fields' names only
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in type(self).__record__.shown)
    return f"{type(self).__qualname__}({shown})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    key = type(self).__record__.key
    return key(self) == key(other)


def _hash(self: Any) -> int:
    return hash(type(self).__record__.hashed(self))


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    cls = type(self)
    if "__record__" in cls.__dict__ or name in cls.__dataclass_fields__:  # as dataclass: a plain subclass may add its own
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
    object.__setattr__(self, name, value)


def _frozen_delattr(self: Any, name: str) -> None:
    cls = type(self)
    if "__record__" in cls.__dict__ or name in cls.__dataclass_fields__:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
    object.__delattr__(self, name)


def record(cls: T | None = None, /, *, frozen: bool = True, eq: bool = True, kw_only: bool = False) -> T | Callable[[T], T]:
    """`@record` for `@dataclass(frozen=True)`; `eq`, `frozen` and `kw_only` as with dataclass."""

    def make(cls: T) -> T:
        for base in cls.__mro__[1:]:
            spec = base.__dict__.get("__record__")
            if spec is not None and spec.frozen != frozen:  # as dataclass
                raise TypeError(f"cannot inherit {'non-' if not frozen else ''}frozen record from a {'non-' if frozen else ''}frozen one")
        own = dict(cls.__dict__)  # what the class defines itself stays, as with dataclass
        if not own.get("__doc__"):
            cls.__doc__ = cls.__name__  # else dataclass asks inspect for a signature, the slowest part left
        # with these flags dataclass collects the fields and generates no code
        cls = dataclasses.dataclass(cls, init=False, repr=False, eq=False, kw_only=kw_only)
        cls.__record__ = _Spec(dataclasses.fields(cls), frozen)
        if "__init__" not in own:
            cls.__init__ = _first_init
        if "__repr__" not in own:
            cls.__repr__ = _repr
        if eq and "__eq__" not in own:
            cls.__eq__ = _eq
        explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
        if eq and not explicit_hash:
            cls.__hash__ = _hash if frozen else None  # as dataclass: a mutable record with equality is unhashable
        if frozen:
            cls.__setattr__ = _frozen_setattr
            cls.__delattr__ = _frozen_delattr
        return cls

    return make if cls is None else make(cls)
