"""The central's functions for files (signatures, scans, library documents), by SHA-256.

A desk's role may read `file_objects` and `file_chunks` but write them only through these functions
(SECURITY DEFINER, like central_functions.py): `saa_file_begin` announces a file (its hash, size,
type and chunk size, within the central's limits), `saa_file_chunk` stores one chunk (of exactly the
length the announcement implies, the first one of the announced type by its bytes) with the chunk's
own hash computed here, and `saa_file_finish` checks the whole file's hash once every chunk is in.
A file whose bytes do not hash to its name is deleted there and then, so the right bytes can come
later; a complete file is never changed again (its name is its content).

Each call commits on its own, so a transfer cut halfway keeps the chunks that arrived and the next
sync sends only the rest. Any desk may send any file: a file is named by its bytes, not by a desk.
"""

from __future__ import annotations

from saa_desk.domain.enums import MediaType
from saa_desk.store import blobs

DEFAULT_CENTRAL_MAX_BYTES = blobs.DEFAULT_MAX_BYTES  # sync_meta `file_max_bytes` overrides it
MAX_INCOMPLETE_PER_DESK = 200  # files a desk has begun and not finished; stops a desk filling the central
PUBLIC_FILE_FUNCTIONS = ("saa_file_begin(text, text, bigint, text, integer)",
                         "saa_file_chunk(text, text, integer, bytea)", "saa_file_finish(text, text)",
                         "saa_file_put(text, text, bigint, text, integer, bytea)")

_DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
_INTERNAL = "SET search_path = pg_catalog, public, pg_temp"
_MIN_CHUNK, _MAX_CHUNK = 64 * 1024, 4 * 1024 * 1024
_NUL = b"\x00"


def _bytea(magic: bytes) -> str:
    return "'\\x" + magic.hex() + "'::bytea"


def _type_check() -> str:
    """Whether a file's first chunk is of its announced type (store.blobs decides the same way)."""
    cases = [f"WHEN {media.value!r} THEN substring(p_head FROM 1 FOR {len(magic)}) = {_bytea(magic)}"
             for magic, media in blobs.MAGIC]
    binary = " OR ".join(f"substring(p_head FROM 1 FOR {len(m)}) = {_bytea(m)}" for m, _media in blobs.MAGIC)
    cases.append(f"WHEN {MediaType.MARKDOWN.value!r} THEN position({_bytea(_NUL)} IN p_head) = 0 "
                 f"AND NOT ({binary})")
    return f"""
CREATE OR REPLACE FUNCTION saa_file_type_ok(p_media text, p_head bytea) RETURNS boolean
LANGUAGE sql IMMUTABLE {_INTERNAL} AS $$
    SELECT CASE p_media {' '.join(cases)} ELSE false END
$$;
"""


def _refuse(field: str, row: str, reason: str) -> str:
    return f"PERFORM saa_refuse('file_objects', '{field}', {row}, '{reason}');"


_BEGIN = f"""
CREATE OR REPLACE FUNCTION saa_file_begin(p_desk text, p_sha text, p_size bigint, p_media text, p_chunk integer)
RETURNS boolean LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE
    v_desk text := saa_caller_desk(p_desk);
    v_max bigint := coalesce((SELECT m.value::bigint FROM sync_meta m WHERE m.key = 'file_max_bytes'),
                             {DEFAULT_CENTRAL_MAX_BYTES});
    v_chunks integer;
    o file_objects%ROWTYPE;
BEGIN
    IF p_sha IS NULL OR p_sha !~ '^[0-9a-f]{{64}}$' THEN {_refuse('sha256', "coalesce(p_sha, '')", 'malformed hash')}
    END IF;
    IF p_size IS NULL OR p_size <= 0 OR p_size > v_max THEN
        {_refuse('size', 'p_sha', "empty or over the central''s size limit")}
    END IF;
    IF p_media IS NULL OR p_media NOT IN ({', '.join(repr(m.value) for m in MediaType)}) THEN
        {_refuse('media_type', 'p_sha', 'a type the desks do not accept')}
    END IF;
    IF p_chunk IS NULL OR p_chunk < {_MIN_CHUNK} OR p_chunk > {_MAX_CHUNK} THEN
        {_refuse('chunk_size', 'p_sha', 'chunk size out of range')}
    END IF;
    v_chunks := ((p_size + p_chunk - 1) / p_chunk)::integer;
    SELECT * INTO o FROM file_objects f WHERE f.sha256 = p_sha FOR UPDATE;
    IF FOUND THEN
        IF o.complete THEN RETURN true; END IF;
        IF (o.size, o.media_type, o.chunk_size) IS DISTINCT FROM (p_size, p_media, p_chunk) THEN
            -- Begun with other figures (by a desk that lied, or an older version): the hash decides
            -- at the end, so start again with these.
            DELETE FROM file_chunks c WHERE c.sha256 = p_sha;
            UPDATE file_objects f SET size = p_size, media_type = p_media, chunk_size = p_chunk, chunks = v_chunks,
                desk_id = v_desk WHERE f.sha256 = p_sha;
        END IF;
        RETURN false;
    END IF;
    IF (SELECT count(*) FROM file_objects f WHERE f.desk_id = v_desk AND NOT f.complete)
            >= {MAX_INCOMPLETE_PER_DESK} THEN
        {_refuse('sha256', 'p_sha', 'too many files begun and not finished by this desk')}
    END IF;
    INSERT INTO file_objects (sha256, size, media_type, chunk_size, chunks, desk_id)
    VALUES (p_sha, p_size, p_media, p_chunk, v_chunks, v_desk) ON CONFLICT (sha256) DO NOTHING;
    RETURN false;
END $$;
"""

_CHUNK = f"""
CREATE OR REPLACE FUNCTION saa_file_chunk(p_desk text, p_sha text, p_idx integer, p_data bytea)
RETURNS void LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE
    v_desk text := saa_caller_desk(p_desk);
    v_len bigint;
    o file_objects%ROWTYPE;
BEGIN
    SELECT * INTO o FROM file_objects f WHERE f.sha256 = p_sha FOR SHARE;
    IF NOT FOUND THEN {_refuse('sha256', "coalesce(p_sha, '')", 'a chunk of a file not begun')} END IF;
    IF o.complete THEN RETURN; END IF;
    IF p_idx IS NULL OR p_idx < 0 OR p_idx >= o.chunks THEN {_refuse('chunks', 'p_sha', 'no such chunk')} END IF;
    v_len := CASE WHEN p_idx = o.chunks - 1 THEN o.size - p_idx::bigint * o.chunk_size ELSE o.chunk_size END;
    IF p_data IS NULL OR length(p_data) <> v_len THEN
        {_refuse('chunks', 'p_sha', 'a chunk of the wrong length')}
    END IF;
    IF p_idx = 0 AND NOT saa_file_type_ok(o.media_type, p_data) THEN
        {_refuse('media_type', 'p_sha', 'the bytes are not of the announced type')}
    END IF;
    INSERT INTO file_chunks (sha256, idx, chunk_sha256, data)
    VALUES (p_sha, p_idx, encode(sha256(p_data), 'hex'), p_data)
    ON CONFLICT (sha256, idx) DO UPDATE SET chunk_sha256 = EXCLUDED.chunk_sha256, data = EXCLUDED.data;
END $$;
"""

# The whole hash is taken over the chunks joined: the central holds one file (at most its size
# limit) in memory for that moment; desks never do.
_FINISH = f"""
CREATE OR REPLACE FUNCTION saa_file_finish(p_desk text, p_sha text)
RETURNS text LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE
    v_desk text := saa_caller_desk(p_desk);
    v_have integer;
    v_hash text;
    o file_objects%ROWTYPE;
BEGIN
    SELECT * INTO o FROM file_objects f WHERE f.sha256 = p_sha FOR UPDATE;
    IF NOT FOUND THEN RETURN 'missing'; END IF;
    IF o.complete THEN RETURN 'complete'; END IF;
    SELECT count(*) INTO v_have FROM file_chunks c WHERE c.sha256 = p_sha;
    IF v_have < o.chunks THEN RETURN 'incomplete'; END IF;
    IF o.chunks = 1 THEN  -- the one chunk's hash, taken as it arrived, is the file's
        SELECT c.chunk_sha256 INTO v_hash FROM file_chunks c WHERE c.sha256 = p_sha;
    ELSE
        SELECT encode(sha256(string_agg(c.data, ''::bytea ORDER BY c.idx)), 'hex') INTO v_hash
            FROM file_chunks c WHERE c.sha256 = p_sha;
    END IF;
    IF v_hash IS DISTINCT FROM p_sha THEN
        DELETE FROM file_chunks c WHERE c.sha256 = p_sha;
        DELETE FROM file_objects f WHERE f.sha256 = p_sha;
        RETURN 'hash_mismatch';
    END IF;
    UPDATE file_objects f SET complete = true, completed_at = now() WHERE f.sha256 = p_sha;
    RETURN 'complete';
END $$;
"""

# A file of one chunk (most signatures and scans) in one call and one commit.
_PUT = f"""
CREATE OR REPLACE FUNCTION saa_file_put(p_desk text, p_sha text, p_size bigint, p_media text, p_chunk integer,
                                        p_data bytea)
RETURNS text LANGUAGE plpgsql {_DEFINER} AS $$
BEGIN
    IF saa_file_begin(p_desk, p_sha, p_size, p_media, p_chunk) THEN RETURN 'complete'; END IF;
    PERFORM saa_file_chunk(p_desk, p_sha, 0, p_data);
    RETURN saa_file_finish(p_desk, p_sha);
END $$;
"""


def file_function_sql() -> list[str]:
    return [_type_check(), _BEGIN, _CHUNK, _FINISH, _PUT]

