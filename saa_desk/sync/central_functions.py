"""The central's trust boundary: the only way a desk's role writes is through these functions.

Each desk logs in as a PostgreSQL role of its own (see desk_roles.py) that may read the central's
tables and call these functions, nothing else: no INSERT, UPDATE or DELETE on a table, no COPY to
or from a program or a server file, no roles. The functions run as `saa_owner`, a role nobody logs
in as (SECURITY DEFINER, fixed search_path), and check what the calling desk claims:

* which desk it is (its role is bound to one desk id at its first registration; a revoked role is
  refused), and that every new row it pushes is its own (origin desk; for append-only rows also the
  clock's desk), that every field it wins with carries its own clock, that it never rewrites who
  created a row, and that it never reuses an audit (desk, seq);
* that no clock is more than the tolerance (sync_meta `clock_tolerance_ms`) ahead of the central's
  time, and that clocks and field clocks are well formed;
* the values themselves, by the CHECK constraints central_checks.py installs on the tables.

A new decision for a request that holds another desk's decision the pushing desk had not pulled is
logged as a conflict on the request (merge.DECISION_FIELD): both rows are kept (append-only).

A push stages its rows with COPY into temporary tables the functions create for the session, then
calls `saa_push`, which merges field by field exactly as merge.merge_row does (the same rule on both
sides of a sync), writes the change feed under its lock and returns the conflicts it found. A
refused push raises SQLSTATE SA001..SA004 and leaves nothing behind (one transaction).

The SQL is generated from the synced tables (schema.SPECS) and installed by `central init`, so each
version of SAA Desk installs the functions that match its tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from saa_desk.sync.central_files import PUBLIC_FILE_FUNCTIONS, file_function_sql
from saa_desk.sync.merge import DECISION_FIELD
from saa_desk.sync.schema import CONFLICT_EXEMPT, SPECS, TABLE_ORDER, TableSpec

OWNER_ROLE = "saa_owner"
DESKS_ROLE = "saa_desks"
FEED_LOCK_KEY = 5_417_330_001  # saa_desk.sync.central.FEED_LOCK_KEY (kept equal by a test)
DEFAULT_TOLERANCE_MS = 300_000

# SQLSTATEs the functions raise; the desk turns each into a SyncError with one clear line.
REFUSED = "SA001"  # a row refused: DETAIL is table.field, HINT the reason
CLOCK_AHEAD = "SA002"  # DETAIL: by how many milliseconds
DESK_REVOKED = "SA003"
NOT_THIS_DESK = "SA004"  # the role is no desk of this central, or another desk's

_CLOCK_RE = "^[0-9]{13}-[0-9]{6}-[0-9A-Za-z]+$"
_DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
_INTERNAL = "SET search_path = pg_catalog, public, pg_temp"
# Functions a desk role may call; every other function here is internal.
PUBLIC_FUNCTIONS = ("saa_register(text, text, text)", "saa_note_pull(text, bigint)", "saa_stage_open(text)",
                    "saa_push(text)")
READABLE_TABLES = (*TABLE_ORDER, "sync_change_feed", "sync_conflicts", "sync_meta", "sync_desks", "file_objects",
                   "file_chunks")


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _stage(name: str) -> str:
    return f"pg_temp.saa_stage_{name}"


# -- fixed functions -------------------------------------------------------------------------------

_FIXED = f"""
CREATE OR REPLACE FUNCTION saa_refuse(p_table text, p_field text, p_row text, p_reason text)
RETURNS void LANGUAGE plpgsql {_INTERNAL} AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '{REFUSED}',
        MESSAGE = format('the central refused %s.%s of row %s: %s', p_table, p_field, p_row, p_reason),
        DETAIL = p_table || '.' || p_field, HINT = p_reason;
END $$;

CREATE OR REPLACE FUNCTION saa_is_admin() RETURNS boolean LANGUAGE sql STABLE {_INTERNAL} AS $$
    SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
        OR pg_has_role(session_user, '{OWNER_ROLE}', 'MEMBER')
$$;

-- The desk the session speaks for: its role's desk, or (an administrator) the one it names.
CREATE OR REPLACE FUNCTION saa_caller_desk(p_desk text) RETURNS text LANGUAGE plpgsql {_INTERNAL} AS $$
DECLARE r sync_desk_roles%ROWTYPE;
BEGIN
    SELECT * INTO r FROM sync_desk_roles WHERE role_name = session_user;
    IF FOUND THEN
        IF r.revoked_at IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = '{DESK_REVOKED}', MESSAGE = format('desk %s was revoked', r.desk_code),
                DETAIL = r.desk_code;
        END IF;
        IF r.desk_id IS NULL OR r.desk_id IS DISTINCT FROM p_desk THEN
            RAISE EXCEPTION USING ERRCODE = '{NOT_THIS_DESK}',
                MESSAGE = format('the role of desk %s speaks for another desk', r.desk_code), DETAIL = r.desk_code;
        END IF;
        RETURN r.desk_id;
    END IF;
    IF saa_is_admin() THEN
        RETURN p_desk;
    END IF;
    RAISE EXCEPTION USING ERRCODE = '{NOT_THIS_DESK}',
        MESSAGE = format('role %s is not a desk of this central', session_user), DETAIL = session_user;
END $$;

CREATE OR REPLACE FUNCTION saa_register(p_desk text, p_branch text, p_code text)
RETURNS void LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE r sync_desk_roles%ROWTYPE;
BEGIN
    SELECT * INTO r FROM sync_desk_roles WHERE role_name = session_user FOR UPDATE;
    IF FOUND THEN
        IF r.revoked_at IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = '{DESK_REVOKED}', MESSAGE = format('desk %s was revoked', r.desk_code),
                DETAIL = r.desk_code;
        END IF;
        IF r.desk_code IS DISTINCT FROM (p_branch || '-' || p_code) THEN
            RAISE EXCEPTION USING ERRCODE = '{NOT_THIS_DESK}',
                MESSAGE = format('this role is for desk %s, not %s-%s', r.desk_code, p_branch, p_code),
                DETAIL = r.desk_code;
        END IF;
        IF r.desk_id IS NULL THEN
            IF EXISTS (SELECT 1 FROM sync_desk_roles WHERE desk_id = p_desk AND revoked_at IS NULL) THEN
                RAISE EXCEPTION USING ERRCODE = '{NOT_THIS_DESK}',
                    MESSAGE = 'that desk already has a role at this central', DETAIL = r.desk_code;
            END IF;
            UPDATE sync_desk_roles SET desk_id = p_desk WHERE role_name = session_user;
        ELSIF r.desk_id <> p_desk THEN
            RAISE EXCEPTION USING ERRCODE = '{NOT_THIS_DESK}',
                MESSAGE = format('the role of desk %s speaks for another desk', r.desk_code), DETAIL = r.desk_code;
        END IF;
    ELSIF NOT saa_is_admin() THEN
        RAISE EXCEPTION USING ERRCODE = '{NOT_THIS_DESK}',
            MESSAGE = format('role %s is not a desk of this central', session_user), DETAIL = session_user;
    END IF;
    INSERT INTO sync_desks (desk_id, branch_code, desk_code) VALUES (p_desk, p_branch, p_code)
    ON CONFLICT (desk_id) DO UPDATE SET branch_code = EXCLUDED.branch_code, desk_code = EXCLUDED.desk_code;
END $$;

CREATE OR REPLACE FUNCTION saa_note_pull(p_desk text, p_cursor bigint)
RETURNS void LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE v_desk text := saa_caller_desk(p_desk);
BEGIN
    INSERT INTO sync_desks (desk_id, last_pull_at, last_cursor) VALUES (v_desk, now(), p_cursor)
    ON CONFLICT (desk_id) DO UPDATE SET last_pull_at = now(), last_cursor = EXCLUDED.last_cursor;
END $$;

-- Field clocks as merge.dumps_clocks writes them: keys sorted, no spaces.
CREATE OR REPLACE FUNCTION saa_clocks_text(j jsonb) RETURNS text LANGUAGE sql IMMUTABLE {_INTERNAL} AS $$
    SELECT coalesce('{{' || string_agg(to_json(key)::text || ':' || to_json(value)::text, ','
                                     ORDER BY key COLLATE "C") || '}}', '{{}}')
    FROM jsonb_each_text(j)
$$;

-- Field clocks as JSON, or NULL for the uniform marker; malformed text is refused by the caller.
CREATE OR REPLACE FUNCTION saa_clocks(t text) RETURNS jsonb LANGUAGE sql IMMUTABLE {_INTERNAL} AS $$
    SELECT CASE WHEN t = '' THEN NULL ELSE t::jsonb END
$$;
"""


def _stage_open() -> str:
    creates = []
    for name in TABLE_ORDER:
        creates.append(f"CREATE TEMP TABLE saa_stage_{name} (LIKE public.{name}) ON COMMIT DELETE ROWS;")
        creates.append(f"EXECUTE format('GRANT INSERT ON pg_temp.saa_stage_{name} TO %I', session_user);")
    body = "\n        ".join(creates)
    return f"""
CREATE OR REPLACE FUNCTION saa_stage_open(p_desk text) RETURNS void LANGUAGE plpgsql {_DEFINER} AS $$
BEGIN
    PERFORM saa_caller_desk(p_desk);
    -- A session that made staging tables of its own (it would need the TEMP right a desk lacks)
    -- could feed saa_push anything: only tables these functions made are used.
    IF EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = pg_my_temp_schema()
               AND left(c.relname, 4) = 'saa_'
               AND c.relowner <> (SELECT r.oid FROM pg_roles r WHERE r.rolname = current_user)) THEN
        RAISE EXCEPTION USING ERRCODE = '{NOT_THIS_DESK}', MESSAGE = 'staging tables not made by the central';
    END IF;
    IF to_regclass('pg_temp.saa_changed') IS NULL THEN
        {body}
        CREATE TEMP TABLE saa_stage_claims (table_name text NOT NULL, row_id text NOT NULL, field text NOT NULL,
            base text) ON COMMIT DELETE ROWS;
        CREATE INDEX ON pg_temp.saa_stage_claims (table_name, row_id);
        EXECUTE format('GRANT INSERT ON pg_temp.saa_stage_claims TO %I', session_user);
        CREATE TEMP TABLE saa_stage_conflicts (table_name text NOT NULL, row_id text NOT NULL,
            field text NOT NULL, loser_value text, loser_hlc text NOT NULL, winner_value text,
            winner_hlc text NOT NULL) ON COMMIT DELETE ROWS;
        EXECUTE format('GRANT INSERT ON pg_temp.saa_stage_conflicts TO %I', session_user);
        CREATE TEMP TABLE saa_stage_reviews (table_name text NOT NULL, row_id text NOT NULL, field text NOT NULL,
            loser_hlc text NOT NULL, resolved_at timestamptz NOT NULL, resolved_by text) ON COMMIT DELETE ROWS;
        EXECUTE format('GRANT INSERT ON pg_temp.saa_stage_reviews TO %I', session_user);
        CREATE TEMP TABLE saa_changed (ord bigserial, table_name text NOT NULL, row_id text NOT NULL)
            ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE saa_found (table_name text, row_id text, field text, loser_value text, loser_hlc text,
            winner_value text, winner_hlc text) ON COMMIT DELETE ROWS;
    END IF;
END $$;
"""


# -- per-table merge -------------------------------------------------------------------------------


def _json_of(ref: str, kind: str) -> str:
    """A value as JSON text in the wire format (merge._json of the wire value)."""
    if kind == "datetime":
        inner = f"to_json(to_char({ref}, 'YYYY-MM-DD HH24:MI:SS.US'))"
    elif kind == "date":
        inner = f"to_json(to_char({ref}, 'YYYY-MM-DD'))"
    elif kind == "bool":
        inner = f"to_json({ref}::int)"
    else:
        inner = f"to_json({ref})"
    return f"coalesce({inner}::text, 'null')"


def _checks(spec: TableSpec) -> str:
    """Refuse malformed or future clocks and rows that are not the pushing desk's."""
    stage, name = _stage(spec.name), spec.name
    own_clock = "" if spec.mutable else " OR split_part(s.hlc, '-', 3) <> v_clock_desk"
    parts = [f"""
    SELECT s.id INTO v_row FROM {stage} s WHERE s.hlc IS NULL OR s.hlc !~ '{_CLOCK_RE}' LIMIT 1;
    IF FOUND THEN PERFORM saa_refuse({_q(name)}, 'hlc', v_row, 'malformed clock'); END IF;
    SELECT s.id INTO v_row FROM {stage} s GROUP BY s.id HAVING count(*) > 1 LIMIT 1;
    IF FOUND THEN PERFORM saa_refuse({_q(name)}, 'id', v_row, 'the same row twice in one push'); END IF;
    SELECT max(left(s.hlc, 13) COLLATE "C") INTO v_max FROM {stage} s;
    IF v_max > v_limit THEN
        RAISE EXCEPTION USING ERRCODE = '{CLOCK_AHEAD}', MESSAGE = 'a clock is ahead of the central''s time',
            DETAIL = (v_max::bigint - v_now)::text;
    END IF;
    SELECT s.id, CASE WHEN s.origin_desk IS DISTINCT FROM v_desk THEN 'origin_desk' ELSE 'hlc' END
        INTO v_row, v_field FROM {stage} s
        WHERE (s.origin_desk IS DISTINCT FROM v_desk{own_clock})
          AND NOT EXISTS (SELECT 1 FROM public.{name} t WHERE t.id = s.id) LIMIT 1;
    IF FOUND THEN PERFORM saa_refuse({_q(name)}, v_field, v_row, 'not this desk''s row'); END IF;"""]
    if spec.mutable:
        parts.append(f"""
    SELECT s.id INTO v_row FROM {stage} s WHERE s.field_clocks <> '' AND NOT CASE
        WHEN pg_input_is_valid(s.field_clocks, 'jsonb') THEN jsonb_typeof(s.field_clocks::jsonb) = 'object'
        ELSE false END LIMIT 1;
    IF FOUND THEN PERFORM saa_refuse({_q(name)}, 'field_clocks', v_row, 'malformed field clocks'); END IF;
    SELECT s.id, CASE WHEN v.value ~ '{_CLOCK_RE}' THEN 'ahead' ELSE 'malformed' END INTO v_row, v_field
        FROM {stage} s CROSS JOIN LATERAL jsonb_each_text(s.field_clocks::jsonb) v
        WHERE s.field_clocks <> '' AND (v.value IS NULL OR v.value !~ '{_CLOCK_RE}'
                                        OR left(v.value, 13) COLLATE "C" > v_limit) LIMIT 1;
    IF FOUND AND v_field = 'ahead' THEN
        RAISE EXCEPTION USING ERRCODE = '{CLOCK_AHEAD}', MESSAGE = 'a field clock is ahead of the central''s time',
            DETAIL = v_limit;
    ELSIF FOUND THEN
        PERFORM saa_refuse({_q(name)}, 'field_clocks', v_row, 'malformed field clock');
    END IF;""")
    if name == "audit_events":
        parts.append(f"""
    SELECT s.id INTO v_row FROM {stage} s JOIN public.audit_events a
        ON a.origin_desk = s.origin_desk AND a.desk_seq = s.desk_seq AND a.id <> s.id LIMIT 1;
    IF FOUND THEN PERFORM saa_refuse('audit_events', 'desk_seq', v_row, 'this audit number was used before'); END IF;
    SELECT min(s.id) INTO v_row FROM {stage} s GROUP BY s.desk_seq HAVING count(*) > 1 LIMIT 1;
    IF FOUND THEN PERFORM saa_refuse('audit_events', 'desk_seq', v_row, 'this audit number was used twice'); END IF;""")
    return "".join(parts)


def _pairs(spec: TableSpec) -> str:
    """Each staged row that the central already has, beside it: both versions of every field with
    both clocks, and whether the incoming one wins (`w_<field>`)."""
    stage, name = _stage(spec.name), spec.name
    inner = [
        "s.id", "s.hlc AS s_hlc", "c.hlc AS c_hlc", "j.cj",
        f"(SELECT jsonb_object_agg(k.field, k.base) FROM pg_temp.saa_stage_claims k "
        f"WHERE k.table_name = {_q(name)} AND k.row_id = s.id) AS cl",
    ]
    wins = []
    for f in spec.fields:
        inner += [
            f"s.{f} AS s_{f}", f"c.{f} AS c_{f}",
            f"CASE WHEN j.sj IS NULL THEN s.hlc ELSE j.sj ->> {_q(f)} END AS ts_{f}",
            f"CASE WHEN j.cj IS NULL THEN c.hlc ELSE j.cj ->> {_q(f)} END AS os_{f}",
        ]
        wins.append(f"(q.ts_{f} IS NOT NULL AND q.ts_{f} IS DISTINCT FROM q.os_{f} AND "
                    f"(q.os_{f} IS NULL OR q.ts_{f} COLLATE \"C\" > q.os_{f} COLLATE \"C\")) AS w_{f}")
    return (f"(SELECT q.*, {', '.join(wins)} FROM (SELECT {', '.join(inner)} FROM {stage} s "
            f"JOIN public.{name} c ON c.id = s.id "
            f"CROSS JOIN LATERAL (SELECT saa_clocks(s.field_clocks) AS sj, saa_clocks(c.field_clocks) AS cj) j) q)")


_IMMUTABLE_FIELDS = ("origin_desk", "created_at", "created_by")
# Fields only the desk that created the row may change: who may do what (services.users).
_OWNER_ONLY = {"users": ("username", "roles", "active", "branch")}


def _merge_existing(spec: TableSpec) -> str:
    name, pairs = spec.name, _pairs(spec)
    kinds = dict(zip(spec.columns, spec.kinds, strict=True))
    foreign = ", ".join(
        f"({_q(f)}, p.w_{f} AND (split_part(p.ts_{f}, '-', 3) <> v_clock_desk"
        + (f" OR p.s_{f} IS DISTINCT FROM p.c_{f}" if f in _IMMUTABLE_FIELDS else "")
        + (" OR p.c_origin_desk IS DISTINCT FROM v_desk" if f in _OWNER_ONLY.get(name, ()) else "") + "))"
        for f in spec.fields)
    found = ", ".join(
        f"({_q(f)}, p.w_{f}, p.ts_{f}, p.os_{f}, {_json_of(f'p.s_{f}', kinds[f])}, {_json_of(f'p.c_{f}', kinds[f])}, "
        f"p.os_{f} IS NOT NULL AND p.ts_{f} IS NOT NULL AND p.ts_{f} IS DISTINCT FROM p.os_{f} "
        f"AND p.s_{f} IS DISTINCT FROM p.c_{f} AND p.cl ? {_q(f)} AND (p.cl ->> {_q(f)}) IS DISTINCT FROM p.os_{f})"
        for f in spec.fields if f not in CONFLICT_EXEMPT)
    sets = [f"{f} = CASE WHEN p.w_{f} THEN p.s_{f} ELSE t.{f} END" for f in spec.fields]
    clocks = ", ".join(f"{_q(f)}, CASE WHEN p.w_{f} THEN p.ts_{f} ELSE p.os_{f} END" for f in spec.fields)
    sets.append(f"field_clocks = saa_clocks_text(coalesce(p.cj, '{{}}'::jsonb) || "
                f"jsonb_strip_nulls(jsonb_build_object({clocks})))")
    sets.append('hlc = CASE WHEN p.s_hlc COLLATE "C" > t.hlc COLLATE "C" THEN p.s_hlc ELSE t.hlc END')
    any_win = " OR ".join(f"p.w_{f}" for f in spec.fields)
    return f"""
    -- Most pushes bring only new rows: then there is nothing to merge.
    IF EXISTS (SELECT 1 FROM {_stage(name)} s WHERE EXISTS (SELECT 1 FROM public.{name} t WHERE t.id = s.id)) THEN
    -- Lock the rows that exist, always in id order, so two pushers never deadlock.
    PERFORM 1 FROM public.{name} t WHERE t.id IN (SELECT s.id FROM {_stage(name)} s) ORDER BY t.id FOR UPDATE;
    SELECT p.id, v.field INTO v_row, v_field FROM {pairs} p
        CROSS JOIN LATERAL (VALUES {foreign}) v(field, bad) WHERE v.bad LIMIT 1;
    IF FOUND THEN PERFORM saa_refuse({_q(name)}, v_field, v_row, 'a value this desk did not write'); END IF;
    INSERT INTO pg_temp.saa_found (table_name, row_id, field, loser_value, loser_hlc, winner_value, winner_hlc)
    SELECT {_q(name)}, p.id, v.field,
           CASE WHEN v.w THEN v.cur ELSE v.inc END, CASE WHEN v.w THEN v.os ELSE v.ts END,
           CASE WHEN v.w THEN v.inc ELSE v.cur END, CASE WHEN v.w THEN v.ts ELSE v.os END
    FROM {pairs} p CROSS JOIN LATERAL (VALUES {found}) v(field, w, ts, os, inc, cur, hit) WHERE v.hit;
    WITH upd AS (UPDATE public.{name} t SET {', '.join(sets)} FROM {pairs} p
                 WHERE t.id = p.id AND ({any_win}) RETURNING t.id)
    INSERT INTO pg_temp.saa_changed (table_name, row_id) SELECT {_q(name)}, upd.id FROM upd;
    END IF;"""


def _decision_json(alias: str, meeting: str) -> str:
    """A decision as a conflict value: jsonb's text, which pull.decision_value spells the same way."""
    return f"jsonb_build_object('meeting', {meeting}.number, 'outcome', {alias}.outcome, 'decision', {alias}.id)::text"


def _concurrent_decisions() -> str:
    """A new decision for a request that already has another desk's decision the pushing desk had
    not pulled (its feed entry is past the desk's last pull): both were taken for the same
    submission without either desk knowing. Both rows stay (append-only); the pair is logged on the
    request for the supervisor, the later clock as the winner (the decision the file shows).

    The request's lock (an advisory one, in request order) makes two desks pushing decisions for it
    at the same moment take turns, so the second always sees the first. Only the feed's tail past
    the desk's cursor is searched (by its primary key): what the desk will pull next anyway."""
    stage = _stage("decisions")
    winner_is_new = 's.hlc COLLATE "C" > o.hlc COLLATE "C"'
    new_value, old_value = _decision_json("s", "sm"), _decision_json("o", "om")
    return f"""
    FOR v_row IN SELECT DISTINCT s.request_id FROM {stage} s ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(hashtextextended('saa_decision:' || v_row, 0));
    END LOOP;
    v_cursor := coalesce((SELECT d.last_cursor FROM sync_desks d WHERE d.desk_id = v_desk), 0);
    INSERT INTO pg_temp.saa_found (table_name, row_id, field, loser_value, loser_hlc, winner_value, winner_hlc)
    SELECT 'requests', s.request_id, {_q(DECISION_FIELD)},
           CASE WHEN {winner_is_new} THEN {old_value} ELSE {new_value} END,
           CASE WHEN {winner_is_new} THEN o.hlc ELSE s.hlc END,
           CASE WHEN {winner_is_new} THEN {new_value} ELSE {old_value} END,
           CASE WHEN {winner_is_new} THEN s.hlc ELSE o.hlc END
    FROM {stage} s JOIN public.decisions o ON o.request_id = s.request_id AND o.id <> s.id
    LEFT JOIN public.committee_meetings sm ON sm.id = s.meeting_id
    LEFT JOIN public.committee_meetings om ON om.id = o.meeting_id
    WHERE NOT EXISTS (SELECT 1 FROM public.decisions t WHERE t.id = s.id)
      AND o.origin_desk IS DISTINCT FROM v_desk
      AND EXISTS (SELECT 1 FROM sync_change_feed f WHERE f.seq > v_cursor AND f.table_name = 'decisions'
                  AND f.row_id = o.id);"""


def _merge_function(spec: TableSpec) -> str:
    cols = spec.column_list()
    existing = _merge_existing(spec) if spec.mutable else ""
    decisions = _concurrent_decisions() if spec.name == "decisions" else ""
    return f"""
CREATE OR REPLACE FUNCTION saa_merge_{spec.name}(v_desk text, v_clock_desk text, v_limit text, v_now bigint)
RETURNS void LANGUAGE plpgsql {_INTERNAL} AS $$
DECLARE v_row text; v_field text; v_max text; v_cursor bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM {_stage(spec.name)}) THEN RETURN; END IF;{_checks(spec)}{existing}{decisions}
    WITH ins AS (INSERT INTO public.{spec.name} ({cols}) SELECT {", ".join("s." + c for c in spec.columns)}
                 FROM {_stage(spec.name)} s
                 WHERE NOT EXISTS (SELECT 1 FROM public.{spec.name} t WHERE t.id = s.id) RETURNING id)
    INSERT INTO pg_temp.saa_changed (table_name, row_id) SELECT {_q(spec.name)}, ins.id FROM ins;
END $$;
"""


def _push_function() -> str:
    merges = "\n    ".join(f"PERFORM saa_merge_{n}(v_desk, v_clock_desk, v_limit, v_now);" for n in TABLE_ORDER)
    return f"""
CREATE OR REPLACE FUNCTION saa_push(p_desk text)
RETURNS TABLE (table_name text, row_id text, field text, loser_value text, loser_hlc text, winner_value text,
               winner_hlc text)
LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE
    v_desk text := saa_caller_desk(p_desk);
    v_clock_desk text := replace(v_desk, '-', '');
    v_now bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    v_limit text;
BEGIN
    v_limit := lpad((v_now + coalesce((SELECT m.value::bigint FROM sync_meta m WHERE m.key = 'clock_tolerance_ms'),
                                      {DEFAULT_TOLERANCE_MS}))::text, 13, '0');
    IF to_regclass('pg_temp.saa_changed') IS NULL THEN
        RAISE EXCEPTION 'saa_stage_open() was not called in this session';
    END IF;
    {merges}
    INSERT INTO sync_desks (desk_id, last_push_at) VALUES (v_desk, now())
    ON CONFLICT (desk_id) DO UPDATE SET last_push_at = now();
    IF EXISTS (SELECT 1 FROM pg_temp.saa_changed) OR EXISTS (SELECT 1 FROM pg_temp.saa_found)
       OR EXISTS (SELECT 1 FROM pg_temp.saa_stage_conflicts) OR EXISTS (SELECT 1 FROM pg_temp.saa_stage_reviews) THEN
        -- Last, and under the feed's lock, so feed numbers, conflict ids and review numbers all
        -- commit in the order they were drawn (readers follow each with a cursor).
        PERFORM pg_advisory_xact_lock({FEED_LOCK_KEY});
    END IF;
    INSERT INTO sync_conflicts AS k (table_name, row_id, field, loser_value, loser_hlc, loser_desk, winner_value,
                                     winner_hlc, winner_desk, detected_by)
    SELECT x.table_name, x.row_id, x.field, x.loser_value, x.loser_hlc, split_part(x.loser_hlc, '-', 3),
           x.winner_value, x.winner_hlc, split_part(x.winner_hlc, '-', 3), v_desk
    FROM (SELECT f.* FROM pg_temp.saa_found f UNION ALL SELECT c.* FROM pg_temp.saa_stage_conflicts c) x
    ON CONFLICT ON CONSTRAINT uq_sync_conflicts_table_name_row_id_field_loser_hlc DO NOTHING;
    -- The first review of a conflict to arrive stands; later ones change nothing.
    UPDATE sync_conflicts k SET resolved_at = r.resolved_at, resolved_by = r.resolved_by,
        resolved_seq = nextval('sync_conflicts_resolved_seq_seq')
    FROM (SELECT DISTINCT ON (v.table_name, v.row_id, v.field, v.loser_hlc) v.* FROM pg_temp.saa_stage_reviews v) r
    WHERE k.table_name = r.table_name AND k.row_id = r.row_id AND k.field = r.field
      AND k.loser_hlc = r.loser_hlc AND k.resolved_at IS NULL;
    INSERT INTO sync_change_feed (table_name, row_id, desk_id)
    SELECT c.table_name, c.row_id, v_desk FROM pg_temp.saa_changed c ORDER BY c.ord;
    -- The central anchors each desk's audit chain: its last seq and hash.
    UPDATE sync_desks d SET audit_seq = a.desk_seq, audit_hash = a.hash
    FROM (SELECT e.desk_seq, e.hash FROM public.audit_events e WHERE e.origin_desk = v_desk
          ORDER BY e.desk_seq DESC LIMIT 1) a
    WHERE d.desk_id = v_desk AND EXISTS (SELECT 1 FROM pg_temp.saa_changed c WHERE c.table_name = 'audit_events');
    RETURN QUERY SELECT f.table_name, f.row_id, f.field, f.loser_value, f.loser_hlc, f.winner_value, f.winner_hlc
                 FROM pg_temp.saa_found f;
END $$;
"""


def function_sql() -> list[str]:
    """Every statement that (re)creates the sync functions, in order (files': central_files.py)."""
    return [_FIXED, _stage_open(), *(_merge_function(SPECS[n]) for n in TABLE_ORDER), _push_function(),
            *file_function_sql()]


def grants_sql(tables: Sequence[str] = READABLE_TABLES) -> list[str]:
    out = ["REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
           f"GRANT USAGE ON SCHEMA public TO {DESKS_ROLE}",
           f"GRANT SELECT ON {', '.join(tables)} TO {DESKS_ROLE}"]
    out += [f"GRANT EXECUTE ON FUNCTION {f} TO {DESKS_ROLE}" for f in (*PUBLIC_FUNCTIONS, *PUBLIC_FILE_FUNCTIONS)]
    return out


def install_functions(raw: object) -> None:
    """Create or replace the sync functions as `saa_owner` and grant the desks what they may do.
    `raw` is a psycopg connection inside the caller's transaction (central init)."""
    execute = raw.execute  # type: ignore[attr-defined]
    execute(f"SET LOCAL ROLE {OWNER_ROLE}")
    try:
        for statement in function_sql():
            execute(statement)
        for statement in grants_sql():
            execute(statement)
    finally:
        execute("RESET ROLE")
