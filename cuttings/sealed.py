"""Cache files written whole or not at all, and checked when read back.

Caches live on laptops and CI runners, where a build is killed half-way, a disk fills or a restore is partial.
Every file of ``.cuttings-cache/`` but the SQLite article store (``cuttings/cache.py``) is therefore written by
``write_sealed``: to a temporary file that then replaces it (a reader sees the old file or the new, never part of
one), starting with a header naming what it was made for (the code that made it) and ending with a CRC-32 of
everything before it, checked before anything in it is unpickled (``read_sealed``). A file that fails the check is
set aside (``set_aside``: renamed ``*.damaged``, never read again) with one line of warning, and the build works
out again what it held: a damaged cache costs time, never a wrong page and never a traceback.

One format version (``FORMAT_VERSION``) covers every such file; what code makes a file hold is in its header as that
code's fingerprint (``cuttings/fingerprints.py``), so no file keeps a version of its own by hand.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import re
import shutil
import tempfile
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

log = logging.getLogger("cuttings")
FORMAT_VERSION = 4
"""Of the layout of every sealed file: this module's, and that of the manifest (``cuttings/cache.py``), whose
header names no code. The SQLite store's records have theirs (``STORE_VERSION``): a new one drops every
inferred article."""
MAGIC = f"cuttings-sealed-{FORMAT_VERSION}\n".encode()
DIGEST_BYTES = 4
_CHUNK = 1 << 20


def digest(data: bytes) -> bytes:
    """The CRC-32 of ``data``: it catches damage, not tampering, at several times the speed of a cryptographic hash
    (0.09 s against 0.2 s for SHA-256 on 50 MB here), and the large files are read at every build."""
    return zlib.crc32(data).to_bytes(DIGEST_BYTES, "little")


def set_aside(path: Path, problem: str, companions: Sequence[Path] = ()) -> None:
    """Say in one line that the cache file at ``path`` is damaged, and rename it (and ``companions``, files that
    belong with it) out of the way: it is never trusted again, and stays to be looked at."""
    for source in (path, *companions):
        with contextlib.suppress(OSError):
            os.replace(source, source.with_name(source.name + ".damaged"))
    log.warning("warning: the cache file %s is damaged (%s); set aside as %s; what it held is worked out again",
                path, problem, path.name + ".damaged")


ABANDONED = re.compile(r".+\.(\d+)\.[a-z0-9_]{8}(\.tmp)?")


def remove_abandoned(paths: Iterable[Path]) -> None:
    """Delete those of ``paths`` that a build killed before it could move them into place left behind: named
    ``ABANDONED`` (a name, the process id, the 8 characters ``tempfile`` adds, ``.tmp`` for a cache file written by
    ``write_sealed``, nothing for a staging folder of ``cuttings/write.py``), their process ended. A build killed over
    and over would leave one of each every time. Tested by ``tests/unit/test_sealed.py`` and
    ``tests/site/test_killed_build.py``."""
    for path in paths:
        match = ABANDONED.fullmatch(path.name)
        try:
            if match is not None:
                os.kill(int(match[1]), 0)  # alive, if it does not raise
        except ProcessLookupError:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()
        except OSError:  # alive, but another user's
            continue


class _Checksummed:
    """Passes writes on to ``file``, keeping their CRC-32."""

    def __init__(self, file: BinaryIO) -> None:
        self.file, self.crc = file, 0

    def write(self, data: bytes) -> int:
        self.crc = zlib.crc32(data, self.crc)
        return self.file.write(data)


def write_sealed(path: Path, header: object, values: Sequence[object],
                 pickler: type[pickle.Pickler] = pickle.Pickler) -> None:
    """Write ``header`` and ``values`` as the module says, pickled straight to the file, never whole in memory (a
    large site's catalogue pickles to hundreds of megabytes), each by a ``pickler`` of its own."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Named with this process's id, so that a later build can tell the file of a killed build (``remove_abandoned``).
    handle, temporary = tempfile.mkstemp(prefix=f"{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            checked = _Checksummed(file)
            checked.write(MAGIC)
            for value in (header, *values):
                pickler(checked, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
            file.write(checked.crc.to_bytes(DIGEST_BYTES, "little"))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def read_sealed(path: Path, header: object) -> list[Any] | None:
    """The values ``write_sealed`` wrote to ``path`` after ``header``; None if there is no such file, or it has
    another header or format, or is damaged (then set aside)."""
    try:
        with path.open("rb") as file:
            if file.read(len(MAGIC)) != MAGIC:
                return None
            end = os.fstat(file.fileno()).st_size - DIGEST_BYTES
            crc, left = zlib.crc32(MAGIC), end - len(MAGIC)
            while left > 0:  # in chunks: a file may be hundreds of megabytes
                chunk = file.read(min(left, _CHUNK))
                crc, left = zlib.crc32(chunk, crc), left - len(chunk)
            if left < 0 or file.read() != crc.to_bytes(DIGEST_BYTES, "little"):
                raise ValueError("checksum mismatch")
            file.seek(len(MAGIC))
            if pickle.load(file) != header:
                return None
            values = []
            while file.tell() < end:
                values.append(pickle.load(file))
            return values
    except FileNotFoundError:
        return None
    except Exception as error:  # damaged, or (checksum and all) not loadable by this code
        set_aside(path, str(error) or type(error).__name__)
        return None
