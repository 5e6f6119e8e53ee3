"""Turn a YAML document into a schema record, or into problems that name file, line and field.

pydantic is imported here, and only when a file has to be validated (not when its
validated content comes from the cache). pydantic's errors become messages (errors.Message) in the
run's language: its own error types through PYDANTIC below, our checks through the message their
exception carries (schema/constraints.py, Invalid).
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Any, TypeVar

from ..errors import Problem, Said, say
from ..schema.constraints import Invalid
from .yamlnodes import Document, dotted

T = TypeVar("T")
_ADAPTERS: dict[type, Any] = {}  # one pydantic TypeAdapter per schema class, built on first use


def validate(schema: type[T], doc: Document) -> tuple[T | None, list[Problem]]:
    from pydantic import TypeAdapter, ValidationError

    if not isinstance(doc.data, dict):
        return None, [Problem(doc.file, doc.locate(())[1], "", say("data.top_not_a_mapping"))]
    if schema not in _ADAPTERS:
        _ADAPTERS[schema] = TypeAdapter(schema)
    try:
        return _ADAPTERS[schema].validate_python(doc.data), []
    except ValidationError as exc:
        return None, [_problem(schema, doc, error) for error in _branch_errors(exc.errors(), doc.data)]


# A value of the wrong shape for one branch of a union (a number where a mapping may also stand): noise when
# another branch says what is really wrong.
_SHAPE = {"int_type", "int_parsing", "int_from_float", "decimal_type", "decimal_parsing", "string_type", "bool_type",
          "dataclass_type", "dict_type", "list_type", "model_type", "none_required"}


def _branch_errors(errors: list[dict[str, Any]], data: Any) -> list[dict[str, Any]]:
    """Of a union's errors, those of the branch the value was meant for: a shape error on a field is dropped when
    another error lies inside that field (`released: {end_of_sentence: 2}` is a split with a key missing, not a bad
    number)."""
    paths = [_data_path(data, tuple(e["loc"])) for e in errors]
    inside = [path for path, e in zip(paths, errors) if e["type"] not in _SHAPE]
    kept = [e for path, e in zip(paths, errors)
            if not (e["type"] in _SHAPE and any(len(other) > len(path) and other[: len(path)] == path for other in inside))]
    return kept or errors


def _problem(schema: type, doc: Document, error: dict[str, Any]) -> Problem:
    path = _data_path(doc.data, tuple(error["loc"]))
    file, line = doc.locate(path)
    kind, message = error["type"], _message(error)
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        known = _fields_at(schema, path[:-1])
        message = say("data.unknown_key.accepted", known=known) if known else say("data.unknown_key")
    elif kind in ("missing", "missing_keyword_argument"):
        message = say("data.missing_key")
    elif kind == "value_error":
        # a record's own check names its field ("mix"): point at that field's line
        field, message = _field_of(error, message)
        node = _at(doc.data, path)
        if field and isinstance(node, dict) and field in node:
            path = path + (field,)
            file, line = doc.locate(path)
        elif field:
            message = say("data.field_message", field=field, message=message)
    return Problem(file, line, dotted(path), message)


def _field_of(error: dict[str, Any], message: Said) -> tuple[str | None, Said]:
    """The field a value error names, and its message without it."""
    exc = (error.get("ctx") or {}).get("error")
    if isinstance(exc, Invalid):
        return exc.field, exc.message
    field, sep, rest = error["msg"].removeprefix("Value error, ").partition(": ")  # another ValueError: "field: text"
    return (field, say("data.pydantic.other", type=error["type"], msg=rest)) if sep else (None, message)


def _message(error: dict[str, Any]) -> Said:
    """pydantic's error in words: our check's own message, or one for pydantic's error type with its values."""
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "value_error" and isinstance(ctx.get("error"), Invalid):
        return ctx["error"].message
    if kind == "literal_error" and isinstance(ctx.get("expected"), str):
        return say("data.pydantic.literal_error", expected=_either(ctx["expected"]))
    if kind in ("date_from_datetime_parsing", "date_parsing") and isinstance(ctx.get("error"), str):
        detail = DATE_ERRORS.get(ctx["error"], ctx["error"])
        if kind == "date_parsing":
            return say("data.pydantic.date_parsing", error=detail)
        return say("data.pydantic.date_from_datetime_parsing", error=detail)
    if kind in ("too_short", "too_long") and {"field_type", "actual_length"} <= set(ctx):
        bound = ctx.get("min_length" if kind == "too_short" else "max_length")
        field_type = FIELD_TYPES.get(ctx["field_type"], ctx["field_type"])
        values = {"field_type": field_type, "bound": bound, "actual": ctx["actual_length"]}
        if kind == "too_short":
            return say("data.pydantic.too_short.one", **values) if bound == 1 else say("data.pydantic.too_short", **values)
        return say("data.pydantic.too_long.one", **values) if bound == 1 else say("data.pydantic.too_long", **values)
    made = PYDANTIC.get(kind)
    if made is not None:
        try:
            return made(ctx)
        except KeyError:  # a pydantic version without the value: its own words below
            pass
    # a type not listed: pydantic's words in English, the type named in Dutch
    return say("data.pydantic.other", type=kind, msg=error["msg"].removeprefix("Value error, "))


def _either(expected: str) -> Said:
    """pydantic's "'a', 'b' or 'c'" as a list in the run's language."""
    some, sep, last = expected.rpartition(" or ")
    return say("data.either", some=some, last=last) if sep else expected


# pydantic's error types -> their message, from the error's context values (ctx)
PYDANTIC: dict[str, Any] = {
    "int_type": lambda ctx: say("data.pydantic.int_type"),
    "int_parsing": lambda ctx: say("data.pydantic.int_parsing"),
    "int_from_float": lambda ctx: say("data.pydantic.int_from_float"),
    "decimal_type": lambda ctx: say("data.pydantic.decimal_type"),
    "decimal_parsing": lambda ctx: say("data.pydantic.decimal_parsing"),
    "string_type": lambda ctx: say("data.pydantic.string_type"),
    "bool_type": lambda ctx: say("data.pydantic.bool_type"),
    "bool_parsing": lambda ctx: say("data.pydantic.bool_parsing"),
    "date_type": lambda ctx: say("data.pydantic.date_type"),
    "date_from_datetime_inexact": lambda ctx: say("data.pydantic.date_from_datetime_inexact"),
    "dict_type": lambda ctx: say("data.pydantic.dict_type"),
    "list_type": lambda ctx: say("data.pydantic.list_type"),
    "none_required": lambda ctx: say("data.pydantic.none_required"),
    "dataclass_type": lambda ctx: say("data.pydantic.dataclass_type", class_name=ctx["class_name"]),
    "greater_than_equal": lambda ctx: say("data.pydantic.greater_than_equal", ge=str(ctx["ge"])),
    "greater_than": lambda ctx: say("data.pydantic.greater_than", gt=str(ctx["gt"])),
    "less_than_equal": lambda ctx: say("data.pydantic.less_than_equal", le=str(ctx["le"])),
    "less_than": lambda ctx: say("data.pydantic.less_than", lt=str(ctx["lt"])),
}
# the kinds of value pydantic names in a length error
FIELD_TYPES = {
    "List": say("data.pydantic.field_type.list"),
    "Dictionary": say("data.pydantic.field_type.dictionary"),
    "Tuple": say("data.pydantic.field_type.tuple"),
    "Set": say("data.pydantic.field_type.set"),
    "Value": say("data.pydantic.field_type.value"),
}
# why a text is not a date (the date parser's words)
DATE_ERRORS = {
    "input is too short": say("data.date.too_short"),
    "input is too long": say("data.date.too_long"),
    "invalid character in year": say("data.date.year"),
    "invalid character in month": say("data.date.month"),
    "invalid character in day": say("data.date.day"),
    "invalid date separator, expected `-`": say("data.date.separator"),
    "invalid datetime separator, expected `T`, `t`, `_` or space": say("data.date.time_separator"),
    "month value is outside expected range of 1-12": say("data.date.month_range"),
    "day value is outside expected range": say("data.date.day_range"),
    "unexpected extra characters at the end of the input": say("data.date.extra"),
}


def _at(data: Any, path: tuple) -> Any:
    for part in path:
        data = data[part]
    return data


def _data_path(data: Any, loc: tuple) -> tuple:
    """Keep the parts of a pydantic location that are real keys or indexes (drop union branch names)."""
    path, node = [], data
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        elif isinstance(part, str) and part[:1].isupper():
            continue  # a union branch's class name (Releases), not a key of the file
        elif isinstance(node, dict) and isinstance(part, str) and not part.startswith(("function-", "list[", "dict[")):
            path.append(part)  # a missing or unknown key: name it, then stop
            break
        else:
            continue
        path.append(part)
    return tuple(path)


def _fields_at(schema: type, path: tuple) -> list[str]:
    """The accepted keys of the record found at `path` (through lists, dicts and optionals)."""
    current: Any = schema
    for part in path:
        fields = {f.name: f for f in dataclasses.fields(current)}
        if isinstance(part, int) or part not in fields:
            continue  # a list index or a dict key: the record stays the same
        current = _record_in(typing.get_type_hints(current)[part])
        if current is None:
            return []
    return [f.name for f in dataclasses.fields(current)]


def _record_in(annotation: Any) -> Any:
    if dataclasses.is_dataclass(annotation):
        return annotation
    for arg in typing.get_args(annotation):
        found = _record_in(arg)
        if found is not None:
            return found
    return None
