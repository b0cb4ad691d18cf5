"""Offline-first sync of a desk's SQLite store with a central PostgreSQL (docs/architecture.md, "Sync").

Qt-free. The public API:

* `central_init(url)` creates or migrates the central schema; `serve(dir, port)` runs an embedded
  central PostgreSQL.
* `register_desk(store, url)` remembers the central; `sync_once(store, url=None, progress=...)`
  runs one full round and returns a `SyncSummary`; failures are `SyncError` (one clear line).
* `SyncScheduler(store, url_provider)` syncs in a background thread with back-off.
* `find_duplicates` for identity documents registered at two desks; `conflict_log(store)` and
  `central_conflicts(url)` for the conflict logs. The supervisor's use of them (merging
  duplicates, reviewing conflicts, retrying quarantined rows) is in saa_desk.services.
"""

from __future__ import annotations

import importlib
from typing import Any

# Names are loaded on first use, so the CLI starts without psycopg.
_EXPORTS = {
    "central_init": "central", "Conflict": "merge", "DuplicateGroup": "duplicates",
    "find_duplicates": "duplicates",
    "Registration": "engine", "SyncProgress": "engine", "SyncSummary": "engine", "central_conflicts": "engine",
    "register_desk": "engine", "stored_url": "engine", "sync_once": "engine", "MergeError": "errors",
    "SyncError": "errors", "conflict_log": "local", "pending_changes": "local", "SyncScheduler": "scheduler",
    "SyncStatus": "scheduler", "EmbeddedCentral": "server", "serve": "server",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'saa_desk.sync' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"saa_desk.sync.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
