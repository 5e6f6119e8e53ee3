"""Safe YAML to plain Python, keeping the file and line of every value.

PyYAML's constructors lose line numbers and silently keep the last of two
duplicate keys. We read the safe parser's events (libyaml's where it is
available) and build the values ourselves as they come, without PyYAML's tree
of nodes (for a 2 MB price list it took 77 MB, and the reading three times as long):
floats become `Decimal` straight from their text, so money never passes
through binary floats.

What a data file never needs is refused with its line, before it can cost time or memory:
aliases (`*name`: a few lines of them expand into billions of values), nesting deeper than
MAX_DEPTH, and explicit tags (`!!python/object`).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from ..errors import Problem, Said, say

_TAG = "tag:yaml.org,2002:"
_COLLECTIONS = {"MappingNode": _TAG + "map", "SequenceNode": _TAG + "seq"}
_TRUE = {"true", "yes", "on", "y"}
MAX_DEPTH = 32  # the data files nest six levels at most
Path = tuple[str | int, ...]


class Document:
    """Loaded YAML data and, for each path in it, the (file, line) it was read from."""

    def __init__(self, data: Any, origins: dict[Path, tuple[str, int]], file: str):
        self.data = data
        self.origins = origins
        self.file = file

    def locate(self, path: Path) -> tuple[str, int | None]:
        """File and line of the deepest known prefix of `path` (a missing key points at its parent)."""
        for end in range(len(path), -1, -1):
            origin = self.origins.get(tuple(path[:end]))
            if origin is not None:
                return origin
        return self.file, None


def parse(text: str, file: str) -> tuple[Document | None, list[Problem]]:
    """Parse `text`; on failure return the problems instead of raising."""
    import yaml  # here, not at the top: runs whose data comes from the cache never need it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # libyaml's parser where it is there
    problems: list[Problem] = []
    origins: dict[Path, tuple[str, int]] = {}
    try:
        data = _Converter(loader, origins, problems, file).document()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = exc.problem or exc.context
        return None, [Problem(file, line, "", say("data.yaml.syntax", what=_syntax(what)))]
    except yaml.YAMLError as exc:  # reader errors: bytes that are not text
        return None, [Problem(file, None, "", _reader_error(exc))]
    except (RecursionError, MemoryError):
        return None, [Problem(file, None, "", say("data.yaml.too_deep", depth=MAX_DEPTH))]
    finally:
        loader.dispose()
    return Document(data, origins, file), problems


def merge(base: Document, override: Document) -> Document:
    """`override` on top of `base`: mappings merge key by key, anything else is replaced."""
    origins = dict(base.origins)

    def walk(a: Any, b: Any, path: Path) -> Any:
        if isinstance(a, dict) and isinstance(b, dict):
            out = dict(a)
            for key, value in b.items():
                out[key] = walk(a.get(key), value, path + (key,))
            origins[path] = override.origins.get(path, origins.get(path, (override.file, 1)))
            return out
        for key in [p for p in origins if p[: len(path)] == path and len(p) > len(path)]:
            del origins[key]
        origins.update({p: o for p, o in override.origins.items() if p[: len(path)] == path})
        return b

    return Document(walk(base.data, override.data, ()), origins, override.file)


class _Converter:
    """The parser's events to plain values, as they come: no tree of nodes is built first (for a large file that
    tree took many times the memory of its values). What PyYAML's composer would say of the stream (more than
    one document, an anchor defined twice, an alias to no anchor) it says here, in the same words."""

    def __init__(self, loader: Any, origins: dict, problems: list, file: str):
        import yaml

        self.yaml = yaml
        self.loader = loader
        self.origins = origins
        self.problems = problems
        self.file = file
        self.anchors: dict[str, Any] = {}  # anchor -> the mark where it was defined
        self.alias = False

    def document(self) -> Any:
        yaml, loader = self.yaml, self.loader
        loader.get_event()  # the stream's start
        if loader.check_event(yaml.StreamEndEvent):
            loader.get_event()
            return {}
        start = loader.get_event()  # the document's start
        data = self.convert(())
        loader.get_event()  # the document's end
        if not loader.check_event(yaml.StreamEndEvent):
            another = loader.get_event()
            raise yaml.composer.ComposerError("expected a single document in the stream", start.start_mark,
                                              "but found another document", another.start_mark)
        loader.get_event()
        return {} if data is None else data

    def convert(self, path: Path) -> Any:
        """The value whose events come next, read to its end."""
        yaml, file = self.yaml, self.file
        event = self.loader.get_event()
        if isinstance(event, yaml.AliasEvent):
            self._refuse_alias(event, path, self.origins.get(path[:-1], (file, None))[1])
            return None
        self._anchor(event)
        line = event.start_mark.line + 1
        self.origins[path] = (file, line)
        if len(path) > MAX_DEPTH:
            self.problems.append(Problem(file, line, dotted(path), say("data.yaml.deeper", depth=MAX_DEPTH)))
            if not isinstance(event, yaml.ScalarEvent):
                self._skip_rest()
            return None
        if isinstance(event, yaml.ScalarEvent):
            tag = event.tag if event.tag not in (None, "!") else self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
            return _scalar(tag, event.value, line, path, self.problems, file)
        kind = "MappingNode" if isinstance(event, yaml.MappingStartEvent) else "SequenceNode"
        tag = event.tag if event.tag not in (None, "!") else self.loader.resolve(getattr(yaml, kind), None, event.implicit)
        if tag != _COLLECTIONS[kind]:  # explicit tags such as !!python/object are refused, whatever they would build
            self.problems.append(Problem(file, line, dotted(path), say("data.yaml.tag", tag=tag)))
            self._skip_rest()
            return None
        end = yaml.MappingEndEvent if kind == "MappingNode" else yaml.SequenceEndEvent
        if kind == "SequenceNode":
            items = []
            while not self.loader.check_event(end):
                items.append(self.convert(path + (len(items),)))
            self.loader.get_event()
            return items
        result: dict[str, Any] = {}
        while not self.loader.check_event(end):
            key_event = self.loader.peek_event()
            key_line = key_event.start_mark.line + 1
            if isinstance(key_event, yaml.ScalarEvent):
                self.loader.get_event()
                self._anchor(key_event)
                key = key_event.value
            elif isinstance(key_event, yaml.AliasEvent):  # refused as a key as anywhere else
                self._refuse_alias(self.loader.get_event(), path, key_line)
                self._skip()
                continue
            else:  # a list or a mapping as a key
                self._skip()
                key = None
            if not isinstance(key, str):
                self.problems.append(Problem(file, key_line, dotted(path), say("data.yaml.plain_keys")))
                self._skip()
            elif key in result:
                self.problems.append(Problem(file, key_line, dotted(path + (key,)), say("data.yaml.duplicate_key")))
                self._skip()
            else:
                result[key] = self.convert(path + (key,))
                self.origins[path + (key,)] = (file, key_line)  # the key's line: a block value starts below it
        self.loader.get_event()
        return result

    def _refuse_alias(self, event: Any, path: Path, line: int | None) -> None:
        """An alias: an error of the stream if it names no anchor, else refused (once a file, not once an alias)."""
        if event.anchor not in self.anchors:
            raise self.yaml.composer.ComposerError(None, None, "found undefined alias", event.start_mark)
        if not self.alias:
            self.problems.append(Problem(self.file, line, dotted(path), say("data.yaml.alias")))
            self.alias = True

    def _anchor(self, event: Any) -> None:
        anchor = getattr(event, "anchor", None)
        if anchor is None:
            return
        if anchor in self.anchors:
            raise self.yaml.composer.ComposerError(f"found duplicate anchor {anchor!r}; first occurrence",
                                                   self.anchors[anchor], "second occurrence", event.start_mark)
        self.anchors[anchor] = event.start_mark

    def _skip(self) -> None:
        """Pass over the value whose events come next, anchors and aliases checked as the composer would."""
        event = self.loader.get_event()
        if isinstance(event, self.yaml.AliasEvent):
            if event.anchor not in self.anchors:
                raise self.yaml.composer.ComposerError(None, None, "found undefined alias", event.start_mark)
            return
        self._anchor(event)
        if isinstance(event, (self.yaml.MappingStartEvent, self.yaml.SequenceStartEvent)):
            self._skip_rest()

    def _skip_rest(self) -> None:
        """Pass over the rest of a list or mapping whose start was read: as deep as it goes, without recursion."""
        yaml, depth = self.yaml, 1
        while depth:
            event = self.loader.get_event()
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            if isinstance(event, yaml.AliasEvent):
                if event.anchor not in self.anchors:
                    raise yaml.composer.ComposerError(None, None, "found undefined alias", event.start_mark)
            else:
                self._anchor(event)


def _scalar(tag: str, value: str, line: int, path: Path, problems: list, file: str) -> Any:
    if tag == _TAG + "str":
        return value
    if tag == _TAG + "int":
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag == _TAG + "float":
        number = None
        try:
            number = Decimal(value.replace("_", ""))
        except InvalidOperation:
            pass
        if number is None or not number.is_finite():
            problems.append(Problem(file, line, dotted(path), say("data.yaml.not_finite", value=value)))
        return number
    if tag == _TAG + "bool":
        return value.lower() in _TRUE
    if tag == _TAG + "null":
        return None
    if tag == _TAG + "timestamp":
        return value
    problems.append(Problem(file, line, dotted(path), say("data.yaml.tag", tag=tag)))  # e.g. !!python/object
    return None


# What the YAML parser (libyaml, or PyYAML's own) says is wrong, in words: its English text -> a message.
_SYNTAX = {
    "did not find expected ',' or ']'": say("data.yaml.expected_end_of_list"),
    "did not find expected ',' or '}'": say("data.yaml.expected_end_of_mapping"),
    "mapping values are not allowed in this context": say("data.yaml.mapping_not_allowed"),
    "mapping values are not allowed here": say("data.yaml.mapping_not_allowed_here"),
    "did not find expected key": say("data.yaml.expected_key"),
    "found unexpected end of stream": say("data.yaml.unexpected_end"),
    "found character that cannot start any token": say("data.yaml.bad_character"),
    "did not find expected '-' indicator": say("data.yaml.expected_dash"),
    "found undefined alias": say("data.yaml.undefined_alias"),
    "did not find expected node content": say("data.yaml.expected_content"),
    "could not find expected ':'": say("data.yaml.expected_colon"),
    "did not find expected <document start>": say("data.yaml.expected_document_start"),
    "found unknown escape character": say("data.yaml.unknown_escape"),
    "block sequence entries are not allowed in this context": say("data.yaml.list_not_allowed"),
    "found a tab character that violates indentation": say("data.yaml.tab"),
    "found undefined tag handle": say("data.yaml.undefined_tag_handle"),
    "found duplicate %YAML directive": say("data.yaml.duplicate_directive"),
    "found unknown directive name": say("data.yaml.unknown_directive"),
    "second occurrence": say("data.yaml.duplicate_anchor"),
    "exceeded maximum nesting depth": say("data.yaml.nesting"),
    "did not find expected comment or line break": say("data.yaml.expected_line_break"),
}
# Why the YAML reader refuses a character (ReaderError.reason)
_CHARACTER = {
    "control characters are not allowed": say("data.yaml.control_characters"),
    "special characters are not allowed": say("data.yaml.special_characters"),
}


def _syntax(what: str | None) -> Said:
    if not what:
        return say("data.yaml.invalid")
    return _SYNTAX.get(what, what)  # a text not listed is quoted as the parser says it


def _reader_error(exc: Exception) -> Said:
    """A character the YAML reader refuses (PyYAML's ReaderError, its own words rebuilt), or the error as it is."""
    character = getattr(exc, "character", None)
    if isinstance(character, int) and isinstance(getattr(exc, "position", None), int):
        reason = _CHARACTER.get(exc.reason, exc.reason)
        return say("data.yaml.character", code=f"{character:04x}", reason=reason, name=str(exc.name), position=str(exc.position))
    return say("data.yaml.error", detail=str(exc))


def dotted(path: Path) -> str:
    """A path as `items[3].amount`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
