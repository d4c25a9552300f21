"""Cache files written whole or not at all, and checked when read back.

Caches live on laptops and CI runners, where a build is killed half-way, a disk fills or a restore is partial.
Every file of ``.cuttings-cache/`` is therefore written to a temporary file that then replaces it
(``write_atomically``: a reader sees the old file or the new, never part of one), and read back only after a
checksum says it is the file that was written (``read_records``). A file that fails the check is set aside
(``set_aside``: renamed ``*.damaged``, never read again) with one line of warning, and the build works out
again what it held: a damaged cache costs time, never a wrong page and never a traceback.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

log = logging.getLogger("cuttings")
MAGIC = b"cuttings-records-1\n"
DIGEST_BYTES = 16
_LENGTH_BYTES = 8


def digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=DIGEST_BYTES).digest()


def set_aside(path: Path, problem: str, companions: Sequence[Path] = ()) -> None:
    """Say in one line that the cache file at ``path`` is damaged, and rename it (and ``companions``, files that
    belong with it) out of the way: it is never trusted again, and stays to be looked at."""
    aside = path.with_name(path.name + ".damaged")
    for source in (path, *companions):
        with contextlib.suppress(OSError):
            os.replace(source, source.with_name(source.name + ".damaged"))
    log.warning("warning: the cache file %s is damaged (%s); set aside as %s; what it held is worked out again",
                path, problem, aside.name)


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """``write`` the file's bytes to a temporary file beside ``path``, which then replaces it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            write(file)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_records(path: Path, records: Sequence[bytes]) -> None:
    """Write ``records`` to ``path`` atomically, each with its length and digest."""
    _write_each(path, [functools.partial(_Hashing.write, data=record) for record in records])


def write_pickled(path: Path, values: Sequence[object]) -> None:
    """Write each of ``values`` pickled, as a record (``read_pickled`` reads them), atomically. Pickled straight
    to the file, never whole in memory: the page records of a large site run to tens of megabytes."""
    _write_each(path, [functools.partial(_dump, value=value) for value in values])


def read_pickled(path: Path, count: int, first: int | None = None) -> list[Any] | None:
    """As ``read_records``, each record unpickled once it has passed its check."""
    records = read_records(path, count, first)
    return None if records is None else [pickle.loads(record) for record in records]


class _Hashing:
    """Passes writes on to ``file``, counting and digesting them."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self.length = 0
        self.hash = hashlib.blake2b(digest_size=DIGEST_BYTES)

    def write(self, data: bytes) -> int:
        self.length += len(data)
        self.hash.update(data)
        return self.file.write(data)


def _dump(hashing: _Hashing, value: object) -> None:
    pickle.dump(value, hashing, protocol=pickle.HIGHEST_PROTOCOL)


def _write_each(path: Path, writers: Sequence[Callable[[_Hashing], object]]) -> None:
    """Each record's bytes go straight to the file; its length and digest are filled in before them after."""

    def write(file: BinaryIO) -> None:
        file.write(MAGIC + len(writers).to_bytes(_LENGTH_BYTES, "little"))
        for write_record in writers:
            header_at = file.tell()
            file.write(bytes(_LENGTH_BYTES + DIGEST_BYTES))
            hashing = _Hashing(file)
            write_record(hashing)
            end = file.tell()
            file.seek(header_at)
            file.write(hashing.length.to_bytes(_LENGTH_BYTES, "little") + hashing.hash.digest())
            file.seek(end)

    write_atomically(path, write)


def read_records(path: Path, count: int, first: int | None = None) -> list[bytes] | None:
    """The ``count`` records written to ``path`` (only the ``first`` few, if given, are read), each checked
    against its digest; None if there is no such file, or it is of another format. A damaged file is set aside,
    and gives None too."""
    try:
        with path.open("rb") as file:
            records = _read(file, count, first)
    except (FileNotFoundError, _OtherKind):
        return None
    except (OSError, ValueError) as error:
        set_aside(path, str(error))
        return None
    return records


class _OtherKind(Exception):
    """A file of an older format, or not a cache file: not used, and replaced by the build's next write."""


def _read(file: BinaryIO, count: int, first: int | None) -> list[bytes]:
    size = os.fstat(file.fileno()).st_size
    head = file.read(len(MAGIC) + _LENGTH_BYTES)
    if head[:len(MAGIC)] != MAGIC:
        raise _OtherKind
    if int.from_bytes(head[len(MAGIC):], "little") != count:
        raise ValueError("wrong number of records")
    records = []
    for _ in range(count if first is None else min(first, count)):
        header = file.read(_LENGTH_BYTES + DIGEST_BYTES)
        length = int.from_bytes(header[:_LENGTH_BYTES], "little")
        if len(header) < _LENGTH_BYTES + DIGEST_BYTES or length > size - file.tell():
            raise ValueError("truncated")
        record = file.read(length)
        if digest(record) != header[_LENGTH_BYTES:]:
            raise ValueError("checksum mismatch")
        records.append(record)
    if first is None and file.read(1):
        raise ValueError("unexpected bytes at the end")
    return records
