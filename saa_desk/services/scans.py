"""Scanned documents and signature images, stored once by content hash, owner-only."""

from __future__ import annotations

import hashlib
from pathlib import Path

from saa_desk.domain.errors import ValidationError
from saa_desk.privatefiles import private_dir, write_private
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
        # `scans/` too, not only its sub-folder: mkdir's mode applies to the last folder alone.
        private_dir(store.data_dir / "scans")
        write_private(private_dir(path.parent) / path.name, content)
    return sha


def read_blob(store: Store, sha256: str) -> bytes:
    return blob_path(store, sha256).read_bytes()
