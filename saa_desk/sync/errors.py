"""Errors a sync can end with, each one clear line for the desk's user.

Every `SyncError` has a `reason` (a message key). Until the key is in
`resources/i18n/messages.json` the error falls back to the catalogue's `generic` entry with the
English text below, so the user still reads one clear line.
"""

from __future__ import annotations

from saa_desk.domain.errors import DeskError, ValidationError
from saa_desk.messages import _catalogue

# reason -> English fallback; {detail} is filled in.
FALLBACK: dict[str, str] = {
    "central_unreachable": "the central database cannot be reached ({detail}); working offline",
    "central_auth": "the central database refused the credentials ({detail}); "
                    "set SAA_CENTRAL_PASSWORD or store the password in the keyring",
    "central_schema_old": "the central database schema is too old or missing ({detail}); "
                          "run 'saa-desk central init URL'",
    "central_schema_new": "the central database schema is newer than this desk ({detail}); update SAA Desk",
    "central_not_configured": "no central database is configured; run 'saa-desk sync --central URL' once",
    "sync_interrupted": "the sync was interrupted ({detail}); nothing was lost, run it again",
    "sync_busy": "another sync of this desk is still running",
    "central_bad_url": "this is not a PostgreSQL connection URL: {detail}",
    "clock_ahead": "the central database refused this desk's changes because this computer's clock is ahead "
                   "of the real time ({detail}); correct this computer's date and time, then sync again",
    "desk_code_invalid": "a desk's code is its branch and desk codes, like RYD-D1 (got {detail})",
    "desk_exists": "desk {detail} already has a login at this central; revoke it first to issue a new one",
    "push_refused": "the central refused this desk's changes ({detail}); nothing was stored, "
                    "ask an administrator to look at this desk",
    "desk_revoked": "this desk's access to the central was revoked ({detail}); ask an administrator",
    "desk_not_registered": "the central does not know this desk under this login ({detail}); "
                           "use the URL that 'saa-desk central add-desk' printed for this desk",
}

MERGE_FALLBACK: dict[str, str] = {
    "merge_same_record": "a beneficiary cannot be merged with itself",
    "merge_not_duplicates": "these two beneficiaries do not share an identity document",
}


def _catalogued(code: str) -> bool:
    return code in _catalogue()["errors"]


class SyncError(DeskError):
    """A sync that could not finish. Nothing partial is left: the next sync resumes."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        if _catalogued(reason):
            super().__init__(reason, detail=detail)
        else:
            super().__init__("generic", detail=FALLBACK[reason].format(detail=detail))


class MergeError(ValidationError):
    """A duplicate merge that makes no sense (same record, different identity documents)."""

    def __init__(self, reason: str, field: str = "beneficiary") -> None:
        self.reason = reason
        if _catalogued(reason):
            super().__init__(reason, field)
        else:
            super().__init__("generic", field, detail=MERGE_FALLBACK[reason])
