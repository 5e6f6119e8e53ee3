"""A cache of validated data files, so that a run on unchanged data skips YAML and pydantic.

An entry holds the validated content of one file as JSON, under a key made of the file's
bytes and the schema's source: any change to either misses the cache and validates again.
Only valid files are cached. The cache lives in $HVH_KBA_CACHE_DIR, else
$XDG_CACHE_HOME/hvh-kba or ~/.cache/hvh-kba; HVH_KBA_CACHE_DIR=off disables it.
A cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import importlib
import sys
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from .. import __version__

T = TypeVar("T")
_SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"


def default_dir() -> Path | None:
    configured = os.environ.get("HVH_KBA_CACHE_DIR")
    if configured is not None:
        return None if configured.lower() in ("", "off", "0", "no") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "hvh-kba"


@cache
def _fingerprint() -> str:
    """The version and the schema's source: a change to a schema invalidates every entry."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(_SCHEMA_DIR.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


class Cache:
    def __init__(self, directory: Path | None):
        self.directory = directory

    def _entry(self, schema: type, source: str) -> Path:
        name = hashlib.sha256(f"{schema.__module__}.{schema.__qualname__}\0{source}".encode()).hexdigest()[:32]
        return self.directory / f"{name}.json"

    @staticmethod
    def _key(content: bytes) -> str:
        return hashlib.sha256(_fingerprint().encode() + b"\0" + content).hexdigest()

    def get(self, schema: type[T], source: str, content: bytes) -> T | None:
        if self.directory is None:
            return None
        try:
            text = self._entry(schema, source).read_text(encoding="utf-8")
            head, _, body = text.partition("\n")
            if head != self._key(content):
                return None
            value = json.loads(body, object_hook=_untag)
            return value if isinstance(value, schema) else None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # missing, stale or unreadable: validate again

    def put(self, schema: type, source: str, content: bytes, value: Any) -> None:
        if self.directory is None:
            return
        import tempfile  # only when writing, which a run on unchanged data never does

        body = json.dumps(_tagged(value), ensure_ascii=False, separators=(",", ":"))
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            target = self._entry(schema, source)
            # write then rename, so a reader never sees half an entry
            fd, temp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(self._key(content) + "\n" + body)  # the key first: a stale entry is not decoded
            os.replace(temp, target)
        except OSError:
            pass  # a read-only home or a full disk: run without the cache


def to_plain(value: Any) -> Any:
    """A record as JSON-ready data; Decimals as exact strings."""
    if dataclasses.is_dataclass(value):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value


def _tagged(value: Any) -> Any:
    """Like to_plain, but tagged so that JSON decoding rebuilds the records without type hints."""
    if dataclasses.is_dataclass(value):
        out = {"@": f"{type(value).__module__}:{type(value).__qualname__}"}
        out.update((f.name, _tagged(getattr(value, f.name))) for f in dataclasses.fields(value))
        return out
    if isinstance(value, Decimal):
        return {"$": str(value)}
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {k: _tagged(v) for k, v in value.items()}
        return {"#": [[k, _tagged(v)] for k, v in value.items()]}  # JSON keys are text: keep years numbers
    if isinstance(value, (list, tuple)):
        return [_tagged(v) for v in value]
    return value


def _untag(obj: dict[str, Any]) -> Any:
    if "$" in obj and len(obj) == 1:
        return Decimal(obj["$"])
    if "#" in obj and len(obj) == 1:
        return {key: value for key, value in obj["#"]}
    name = obj.pop("@", None)
    if name is None:
        return obj
    module, _, qualname = name.partition(":")
    if not module.startswith("hvh_kba.schema."):
        raise ValueError(f"not a schema record: {name}")
    cls = getattr(sys.modules[module] if module in sys.modules else importlib.import_module(module), qualname)
    record = object.__new__(cls)
    record.__dict__.update(obj)  # validated before it was cached: no __init__ checks again
    return record
