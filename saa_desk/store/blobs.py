"""The desk's content-addressed files: signatures, scans and library documents, by SHA-256.

A file lives at `files/<first two hex digits>/<sha256>` in the desk's data folder, owner-only, and
is never changed or deleted (the same bytes always have the same name). Bytes come in and go out a
chunk at a time, so a 10 MB scan is never whole in memory: they are hashed while they are written
to a temporary file in the same folder, which is renamed into place only once the hash is known
(and, for bytes fetched from elsewhere, only when it matches the name asked for).

What a file is comes from its first bytes, never from its name: PDF, JPEG and PNG for scans and
signatures; library documents may also be Markdown (UTF-8 text).
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from saa_desk.domain.enums import MediaType
from saa_desk.domain.errors import ValidationError
from saa_desk.privatefiles import FILE_MODE, private_dir

CHUNK_BYTES = 1 << 20  # a chunk in memory, on the wire and in the central's chunk table
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
FETCH_SCANS_SETTING = "files_fetch_scans"  # desk setting: "eager" fetches scans with the sync
FILES_DIR = "files"
_LEGACY_DIR = "scans"  # where desks before files synced kept them (same layout)

SCAN_TYPES: tuple[MediaType, ...] = (MediaType.PDF, MediaType.JPEG, MediaType.PNG)
SIGNATURE_TYPES: tuple[MediaType, ...] = (MediaType.PNG,)
LIBRARY_TYPES: tuple[MediaType, ...] = (MediaType.PDF, MediaType.MARKDOWN)

_SHA_RE = re.compile(r"^[0-9a-f]{64}\Z")
MAGIC: tuple[tuple[bytes, MediaType], ...] = (
    (b"%PDF-", MediaType.PDF),
    (b"\xff\xd8\xff", MediaType.JPEG),
    (b"\x89PNG\r\n\x1a\n", MediaType.PNG),
)
# Text a person wrote: no NUL and no C0 control but tab, newline, carriage return and form feed.
_BINARY_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TYPE_NAMES = {MediaType.PDF: "PDF", MediaType.JPEG: "JPEG", MediaType.PNG: "PNG", MediaType.MARKDOWN: "Markdown"}


class FileHashMismatch(ValueError):
    """Bytes that arrived under a name (a hash) they do not have: refused, nothing kept."""

    def __init__(self, expected: str, found: str) -> None:
        self.expected, self.found = expected, found
        super().__init__(f"expected {expected[:12]}…, the bytes hash to {found[:12]}…")


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: MediaType


def valid_sha256(value: object) -> bool:
    return isinstance(value, str) and _SHA_RE.match(value) is not None


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def accepted_names(accepted: Iterable[MediaType]) -> str:
    return ", ".join(_TYPE_NAMES[m] for m in accepted)


def sniff(head: bytes, accepted: Iterable[MediaType]) -> MediaType | None:
    """The accepted type these first bytes are, or None. Markdown is the fallback for text."""
    allowed = tuple(accepted)
    for magic, media in MAGIC:
        if head.startswith(magic):
            return media if media in allowed else None
    if MediaType.MARKDOWN in allowed and _looks_like_text(head):
        return MediaType.MARKDOWN
    return None


def _looks_like_text(head: bytes) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        text = decoder.decode(head, final=False)  # a character cut at the end of the head is fine
    except UnicodeDecodeError:
        return False
    return bool(head) and not _BINARY_CONTROL.search(text)


def files_dir(data_dir: Path) -> Path:
    folder = Path(data_dir) / FILES_DIR
    legacy = Path(data_dir) / _LEGACY_DIR
    if not folder.exists() and legacy.is_dir():
        legacy.rename(folder)  # same layout, one rename: a desk from before files synced
    return folder


def blob_path(data_dir: Path, sha256: str) -> Path:
    if not valid_sha256(sha256):
        raise ValidationError("sha256_format", "file")
    return files_dir(data_dir) / sha256[:2] / sha256


def has(data_dir: Path, sha256: str) -> bool:
    return valid_sha256(sha256) and blob_path(data_dir, sha256).is_file()


def present(data_dir: Path) -> Iterator[str]:
    """Every file the desk holds, by hash."""
    folder = files_dir(data_dir)
    if not folder.is_dir():
        return
    for sub in sorted(folder.iterdir()):
        if sub.is_dir():
            yield from sorted(p.name for p in sub.iterdir() if valid_sha256(p.name) and p.name[:2] == sub.name)


def _chunks_of(source: bytes | BinaryIO | Path) -> Iterator[bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        stream: BinaryIO = io.BytesIO(bytes(source))
        yield from iter(lambda: stream.read(CHUNK_BYTES), b"")
    elif isinstance(source, Path):
        with source.open("rb") as fh:
            yield from iter(lambda: fh.read(CHUNK_BYTES), b"")
    else:
        yield from iter(lambda: source.read(CHUNK_BYTES), b"")


@contextlib.contextmanager
def _temporary(data_dir: Path) -> Iterator[tuple[BinaryIO, Path]]:
    folder = private_dir(files_dir(data_dir))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".incoming.", suffix=".tmp")
    path = Path(tmp)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), FILE_MODE)
            yield fh, path
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _settle(data_dir: Path, tmp: Path, sha256: str) -> Path:
    target = blob_path(data_dir, sha256)
    private_dir(target.parent)
    if target.exists():
        return target  # the same bytes already (content-addressed): keep the first copy
    os.replace(tmp, target)
    return target


def put(data_dir: Path, source: bytes | BinaryIO | Path, *, accepted: Iterable[MediaType],
        max_bytes: int = DEFAULT_MAX_BYTES, field: str = "file") -> StoredFile:
    """Take in a file a person chose (or drew): checked by its bytes, stored by its hash.

    Refused, with nothing kept: an empty file, one over `max_bytes`, one whose bytes are not of an
    accepted type (ValidationError naming `field`)."""
    allowed = tuple(accepted)
    digest = hashlib.sha256()
    size = 0
    media: MediaType | None = None
    text_decoder = None
    with _temporary(data_dir) as (fh, tmp):
        for chunk in _chunks_of(source):
            if media is None:
                media = sniff(chunk[:4096], allowed)
                if media is None:
                    raise ValidationError("file_type_not_accepted", field, accepted=accepted_names(allowed))
                if media is MediaType.MARKDOWN:
                    text_decoder = codecs.getincrementaldecoder("utf-8")()
            size += len(chunk)
            if size > max_bytes:
                raise ValidationError("file_too_large", field, size=f"> {human_size(max_bytes)}",
                                      max=human_size(max_bytes))
            if text_decoder is not None:
                _check_text(text_decoder, chunk, field, allowed)
            digest.update(chunk)
            fh.write(chunk)
        if media is None:
            raise ValidationError("file_empty", field)
        if text_decoder is not None:
            _check_text(text_decoder, b"", field, allowed, final=True)
        fh.flush()
        os.fsync(fh.fileno())
        sha = digest.hexdigest()
        _settle(data_dir, tmp, sha)
    return StoredFile(sha, size, media)


def _check_text(decoder: codecs.IncrementalDecoder, chunk: bytes, field: str, allowed: tuple[MediaType, ...],
                *, final: bool = False) -> None:
    try:
        text = decoder.decode(chunk, final=final)
    except UnicodeDecodeError:
        raise ValidationError("file_type_not_accepted", field, accepted=accepted_names(allowed)) from None
    if _BINARY_CONTROL.search(text):
        raise ValidationError("file_type_not_accepted", field, accepted=accepted_names(allowed))


def receive(data_dir: Path, sha256: str, chunks: Iterable[bytes], *, max_bytes: int | None = None) -> Path:
    """Store bytes that arrive under a known hash (fetched from the central, out of a backup).

    They are kept only if they hash to `sha256`; otherwise FileHashMismatch and nothing is kept.
    `max_bytes` stops a source that sends more than it announced."""
    if not valid_sha256(sha256):
        raise ValidationError("sha256_format", "file")
    digest = hashlib.sha256()
    size = 0
    with _temporary(data_dir) as (fh, tmp):
        for chunk in chunks:
            size += len(chunk)
            if max_bytes is not None and size > max_bytes:
                raise FileHashMismatch(sha256, "more bytes than announced")
            digest.update(chunk)
            fh.write(chunk)
        fh.flush()
        os.fsync(fh.fileno())
        found = digest.hexdigest()
        if found != sha256:
            raise FileHashMismatch(sha256, found)
        return _settle(data_dir, tmp, sha256)


def read_chunks(data_dir: Path, sha256: str, chunk_bytes: int = CHUNK_BYTES) -> Iterator[bytes]:
    with blob_path(data_dir, sha256).open("rb") as fh:
        yield from iter(lambda: fh.read(chunk_bytes), b"")


def read_bytes(data_dir: Path, sha256: str) -> bytes:
    """A small file whole (a signature image for a PDF); FileNotFoundError if not on this desk."""
    return blob_path(data_dir, sha256).read_bytes()


def size_of(data_dir: Path, sha256: str) -> int:
    return blob_path(data_dir, sha256).stat().st_size


def media_type_of(data_dir: Path, sha256: str, accepted: Iterable[MediaType] = (*SCAN_TYPES, MediaType.MARKDOWN)
                  ) -> MediaType | None:
    with blob_path(data_dir, sha256).open("rb") as fh:
        return sniff(fh.read(4096), accepted)


def verify(data_dir: Path, sha256: str) -> bool:
    """The file is here and its bytes still hash to its name."""
    if not has(data_dir, sha256):
        return False
    digest = hashlib.sha256()
    for chunk in read_chunks(data_dir, sha256):
        digest.update(chunk)
    return digest.hexdigest() == sha256


PARTIAL_DIR = ".partial"  # files being fetched, kept across a cut so the fetch resumes


def partial_path(data_dir: Path, sha256: str) -> Path:
    if not valid_sha256(sha256):
        raise ValidationError("sha256_format", "file")
    return files_dir(data_dir) / PARTIAL_DIR / sha256


def receive_resumable(data_dir: Path, sha256: str, *, chunks: int, chunk_bytes: int,
                      fetch_chunk: Callable[[int], bytes]) -> Path:
    """Store a file fetched a chunk at a time (`fetch_chunk(i)` for i in range(chunks)), resuming
    after the whole chunks an earlier, cut fetch left in its partial file. The file is settled
    under its name only if its bytes hash to it; otherwise FileHashMismatch and nothing is kept."""
    partial = partial_path(data_dir, sha256)
    private_dir(partial.parent)
    digest = hashlib.sha256()
    done = 0
    if partial.exists():
        done = min(partial.stat().st_size // chunk_bytes, chunks)
        with partial.open("r+b") as fh:
            fh.truncate(done * chunk_bytes)  # a chunk cut halfway is fetched again
            for piece in iter(lambda: fh.read(chunk_bytes), b""):
                digest.update(piece)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    with os.fdopen(fd, "ab") as fh:
        for index in range(done, chunks):
            piece = fetch_chunk(index)
            fh.write(piece)
            fh.flush()  # what arrived survives a cut: the next fetch starts after it
            digest.update(piece)
        os.fsync(fh.fileno())
    found = digest.hexdigest()
    if found != sha256:
        partial.unlink()
        raise FileHashMismatch(sha256, found)
    target = _settle(data_dir, partial, sha256)
    partial.unlink(missing_ok=True)  # left when the same bytes were already here
    return target
