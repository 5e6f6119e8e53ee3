"""Turn a YAML document into a schema record, or into problems that name file, line and field.

pydantic is imported here, and only when a file has to be validated (not when its
validated content comes from the cache).
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Any, TypeVar

from ..errors import Problem
from .yamlnodes import Document, dotted

T = TypeVar("T")
_ADAPTERS: dict[type, Any] = {}  # one pydantic TypeAdapter per schema class, built on first use


def validate(schema: type[T], doc: Document) -> tuple[T | None, list[Problem]]:
    from pydantic import TypeAdapter, ValidationError

    if not isinstance(doc.data, dict):
        return None, [Problem(doc.file, doc.locate(())[1], "", "expected a mapping of keys at the top of the file")]
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
    kind, message = error["type"], error["msg"].removeprefix("Value error, ")
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        known = _fields_at(schema, path[:-1])
        message = "unknown key" + (f"; accepted keys: {', '.join(known)}" if known else "")
    elif kind in ("missing", "missing_keyword_argument"):
        message = "required key is missing"
    elif kind == "value_error":
        # a record's own check names its field first ("mix: ..."): point at that field's line
        field, sep, rest = message.partition(": ")
        node = _at(doc.data, path)
        if sep and isinstance(node, dict) and field in node:
            path, message = path + (field,), rest
            file, line = doc.locate(path)
    return Problem(file, line, dotted(path), message)


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
