"""A cache of validated data, so that a run on unchanged data skips YAML and pydantic.

One entry per load (a data folder with its options): the validated records, and the manifest of
everything the load read, each file's SHA-256 and each folder's listing, whatever the YAML says
(a base named by `extends:` is in the manifest because the loader read it). An entry is used only
when every file still has its digest and every folder its listing; otherwise the data is loaded and
validated again. The key also covers hvh-kba's version and the source of its schemas and loader.

The cache cannot lie, and cannot break a run:
- it lives in $HVH_KBA_CACHE_DIR, else $XDG_CACHE_HOME/hvh-kba or ~/.cache/hvh-kba, a folder only
  its owner may write; a folder or entry that another user owns or others may write is ignored;
- every entry carries an HMAC of its contents under a random key kept in the folder (readable by its
  owner alone), so an entry changed by hand or damaged on disk is refused;
- records are rebuilt through their own constructors (their checks run), and only hvh-kba's schema
  records can be rebuilt;
- anything wrong with an entry, the folder or the disk means a fresh load, never an error.
HVH_KBA_CACHE_DIR=off disables it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import importlib
import json
import os
import stat
import sys
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from .. import __version__

_PACKAGE = Path(__file__).resolve().parent.parent
MAX_ENTRY = 64 << 20  # bytes: an entry larger than this is not read
Manifest = dict[str, Any]  # {"files": {path: sha256}, "folders": {path: [names] | None}}


def default_dir() -> Path | None:
    configured = os.environ.get("HVH_KBA_CACHE_DIR")
    if configured is not None:
        return None if configured.lower() in ("", "off", "0", "no") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "hvh-kba"


@cache
def _fingerprint() -> bytes:
    """The version and the source of the schemas and the loader: a change to either invalidates every entry."""
    digest = hashlib.sha256(__version__.encode())
    for folder in ("schema", "loader"):
        for path in sorted((_PACKAGE / folder).glob("*.py")):
            digest.update(path.read_bytes())
    return digest.digest()


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _private(info: os.stat_result) -> bool:
    """Owned by this user and writable by nobody else."""
    owner = not hasattr(os, "geteuid") or info.st_uid == os.geteuid()
    return owner and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


class Cache:
    def __init__(self, directory: Path | None):
        self.directory = directory

    @classmethod
    def default(cls) -> Cache:
        return cls(default_dir())

    # -- reading -------------------------------------------------------------------------------
    def get(self, key: str, slot: str | None = None) -> Any | None:
        """The value stored under `key`, if its manifest still holds on disk; else None. `slot`: where a key's entry
        is kept, when one entry replaces another (a file's record after an edit); the key itself by default."""
        folder = self._folder(create=False)
        if folder is None:
            return None
        try:
            secret = self._secret(folder, create=False)
            raw = _read_private(folder / f"{self._name(slot or key)}.json")
            if secret is None or raw is None:
                return None
            mac, _, body = raw.partition(b"\n")
            signed = self._mac(secret, key)
            signed.update(body)
            if not hmac.compare_digest(mac.decode("ascii"), signed.hexdigest()):
                return None  # changed by hand, damaged, or written under another key (another content in the slot)
            entry = json.loads(body, object_hook=_untag)
            if not isinstance(entry, dict) or not _holds(entry.get("manifest")):
                return None
            return entry.get("value")
        except Exception:  # noqa: BLE001 - whatever is wrong with an entry, the answer is a fresh load
            return None

    # -- writing -------------------------------------------------------------------------------
    def put(self, key: str, manifest: Manifest, value: Any, slot: str | None = None) -> None:
        folder = self._folder(create=True)
        if folder is None:
            return
        import tempfile  # only when writing, which a run on unchanged data never does

        try:
            secret = self._secret(folder, create=True)
            if secret is None:
                return
            body = encode({"manifest": manifest, "value": value})  # ASCII
            fd, temp = tempfile.mkstemp(dir=folder, prefix=".entry-", suffix=".tmp")  # private: mode 0600
            try:
                with os.fdopen(fd, "wb") as handle:
                    # the body in pieces, signed as it is written (never a second copy of a large entry); the MAC
                    # goes on the first line, over a placeholder of its length
                    mac = self._mac(secret, key)
                    handle.write(b"0" * mac.digest_size * 2 + b"\n")
                    for start in range(0, len(body), 1 << 20):
                        piece = body[start:start + (1 << 20)].encode("ascii")
                        mac.update(piece)
                        handle.write(piece)
                    handle.seek(0)
                    handle.write(mac.hexdigest().encode("ascii"))
                os.replace(temp, folder / f"{self._name(slot or key)}.json")  # a reader never sees half an entry
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except (OSError, ValueError, TypeError):
            pass  # a read-only home, a full disk: run without the cache

    # -- the folder and its key ----------------------------------------------------------------
    def _folder(self, create: bool) -> Path | None:
        if self.directory is None:
            return None
        try:
            if create:
                self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            info = os.stat(self.directory)
        except OSError:
            return None
        return self.directory if stat.S_ISDIR(info.st_mode) and _private(info) else None

    def _secret(self, folder: Path, create: bool) -> bytes | None:
        path = folder / "key"
        secret = _read_private(path)
        if secret is not None or not create:
            return secret if secret is None or len(secret) == 32 else None
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except FileExistsError:
            return _read_private(path)  # another run made it just now
        with os.fdopen(fd, "wb") as handle:
            secret = os.urandom(32)
            handle.write(secret)
        return secret

    @staticmethod
    def _name(key: str) -> str:
        return hashlib.sha256(_fingerprint() + key.encode()).hexdigest()[:40]

    @staticmethod
    def _mac(secret: bytes, key: str) -> hmac.HMAC:
        """The HMAC of an entry under `key`, to be fed its body."""
        return hmac.new(secret, _fingerprint() + key.encode() + b"\0", hashlib.sha256)


def _read_private(path: Path) -> bytes | None:
    """A regular file owned by this user and writable by nobody else, not through a link; else None."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or not _private(info) or info.st_size > MAX_ENTRY:
            return None
        return handle.read()


def _holds(manifest: Any) -> bool:
    """Every file still has the digest, every folder the listing, that the load saw."""
    if not isinstance(manifest, dict):
        return False
    for folder, names in manifest["folders"].items():
        if listing(Path(folder)) != names:
            return False
    for file, expected in manifest["files"].items():
        try:
            if digest(Path(file).read_bytes()) != expected:
                return False
        except OSError:
            return False
    return True


def listing(folder: Path) -> list[str] | None:
    """The YAML files of a folder, as the loader sees them (None: no such folder)."""
    if not folder.is_dir():
        return None
    return sorted(p.name for p in folder.glob("*.yaml"))


# -- records as JSON -----------------------------------------------------------------------------
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


def encode(value: Any) -> str:
    """JSON that decoding (`_untag`) turns back into the same records, Decimals, dates and dicts.

    The records are tagged as the encoder meets them, not copied whole first: the entry of a large data
    folder is its text alone in memory, not its text and a second tree of its data."""
    return _Tagging(separators=(",", ":")).encode(_containers(value))  # ASCII: a byte a character, however large


class _Tagging(json.JSONEncoder):
    def default(self, value: Any) -> Any:
        if dataclasses.is_dataclass(value):
            out = {"@": f"{type(value).__module__}:{type(value).__qualname__}"}
            out.update((f.name, _containers(getattr(value, f.name))) for f in dataclasses.fields(value))
            return out
        if isinstance(value, Decimal):
            return {"$": str(value)}
        if isinstance(value, date):
            return {"%": value.isoformat()}
        return super().default(value)


def _containers(value: Any) -> Any:
    """Dicts and lists as JSON keeps them (a dict whose keys are not all text, or that uses a tag's key, as pairs,
    so that years stay numbers); what they hold is left to the encoder, which tags it when it gets there."""
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value) and not {"@", "$", "#", "%"} & value.keys():
            return {k: _containers(v) for k, v in value.items()}
        return {"#": [[k, _containers(v)] for k, v in value.items()]}
    if isinstance(value, (list, tuple)):
        return [_containers(v) for v in value]
    return value


@cache
def _record(name: str) -> tuple[type, frozenset[str]]:
    """The schema record class a tag names, and its fields; nothing but hvh-kba's schema records."""
    module, _, qualname = name.partition(":")
    if not module.startswith("hvh_kba.schema.") or "." in qualname:
        raise ValueError(f"not a schema record: {name}")
    cls = getattr(sys.modules.get(module) or importlib.import_module(module), qualname)
    if not dataclasses.is_dataclass(cls):
        raise ValueError(f"not a schema record: {name}")
    return cls, frozenset(f.name for f in dataclasses.fields(cls))


def _untag(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:  # a Decimal, a dict with keys that are not text, a date: one tagged value
        tag = next(iter(obj))
        if tag == "$":
            return Decimal(obj["$"])
        if tag == "#":
            return {key: value for key, value in obj["#"]}
        if tag == "%":
            return date.fromisoformat(obj["%"])
    name = obj.pop("@", None)
    if name is None:
        return obj
    cls, fields = _record(name)
    if fields != obj.keys():
        raise ValueError(f"not the fields of {name}")
    return cls(**obj)  # through the constructor: the record's own checks run again
