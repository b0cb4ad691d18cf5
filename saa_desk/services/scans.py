"""Scanned documents and signature images, stored once by content hash, owner-only."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from saa_desk.domain.errors import ValidationError
from saa_desk.store.database import Store

MAX_SCAN_BYTES = 20 * 1024 * 1024


def blob_path(store: Store, sha256: str) -> Path:
    return store.data_dir / "scans" / sha256[:2] / sha256


def store_blob(store: Store, content: bytes) -> str:
    if len(content) > MAX_SCAN_BYTES:
        raise ValidationError("too_long", "file", max=MAX_SCAN_BYTES)
    sha = hashlib.sha256(content).hexdigest()
    path = blob_path(store, sha)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    return sha


def read_blob(store: Store, sha256: str) -> bytes:
    return blob_path(store, sha256).read_bytes()
