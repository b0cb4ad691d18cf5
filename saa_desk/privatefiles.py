"""Files that hold personal data are their owner's alone: 0600 files in 0700 folders.

A file is written to a new owner-only temporary file in the same folder and then renamed over the
target, so overwriting an existing file does not keep its old mode (`open(..., O_TRUNC)` would),
and a reader never sees half a file. The modes are set explicitly, whatever the umask.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

FILE_MODE = stat.S_IRUSR | stat.S_IWUSR  # 0600
DIR_MODE = stat.S_IRWXU  # 0700


def private_dir(path: Path) -> Path:
    """Create `path` (and any missing parents) owner-only; an existing folder is made owner-only too."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(parents=True, exist_ok=True)
    for folder in (path, *missing):
        os.chmod(folder, DIR_MODE)
    return path


def write_private(path: Path, data: bytes | str, *, encoding: str = "utf-8") -> Path:
    """Write `data` to `path` as an owner-only file, replacing any file there (and its mode)."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    path = Path(path)
    # mkstemp creates the file 0600 with O_EXCL: never an existing file, never a wider mode.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), FILE_MODE)
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return path
