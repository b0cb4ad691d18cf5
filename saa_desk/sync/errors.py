"""Errors a sync can end with, each one clear line for the desk's user.

Every `SyncError` has a `reason` (a message key). Until the key is in
`resources/i18n/messages.json` the error falls back to the catalogue's `generic` entry with the
English text below, so the user still reads one clear line.
"""

from __future__ import annotations

import os
import re
import threading

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
    "training_mismatch": "a training desk syncs only with a training central, a production desk only with a "
                         "production central ({detail})",
    "central_purpose": "this central is {detail}; that cannot change, run the command again with the option "
                       "that matches it",
    "push_refused": "the central refused this desk's changes ({detail}); nothing was stored, "
                    "ask an administrator to look at this desk",
    "desk_revoked": "this desk's access to the central was revoked ({detail}); ask an administrator",
    "desk_not_registered": "the central does not know this desk under this login ({detail}); "
                           "use the URL that 'saa-desk central add-desk' printed for this desk",
    "central_tls_required": "the central database is reached over the network without verified TLS ({detail}); "
                            "connections use sslmode=verify-full, plaintext only with --insecure-plaintext",
    "central_untrusted": "the central database's certificate is not trusted ({detail}); get the central's CA file "
                         "and run 'saa-desk sync --central URL --ca FILE'",
    "central_ca_missing": "this desk has no CA certificate for the central database ({detail}); copy the central's "
                          "ca.crt here and run 'saa-desk sync --central URL --ca FILE'",
    "central_no_tls": "the central database does not offer TLS ({detail}); start it with 'saa-desk central serve'",
    "central_plaintext_refused": "the central database refuses connections without TLS ({detail}); "
                                 "remove --insecure-plaintext and use its CA file with --ca FILE",
    "central_ca_unreadable": "this file is not a readable CA certificate (PEM): {detail}",
    "file_chunk_corrupt": "a part of the file arrived corrupt at every try ({detail}); nothing of it was kept",
    "central_serve_needs_password": "a central that listens on TCP needs a password: set SAA_CENTRAL_PASSWORD",
}

MERGE_FALLBACK: dict[str, str] = {
    "merge_same_record": "a beneficiary cannot be merged with itself",
    "merge_not_duplicates": "these two beneficiaries do not share an identity document",
}


# Every password this process has connected with (or read from a URL), so that no error text can
# carry one, whatever the driver or a parser put in it.
_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_URL_PASSWORD = re.compile(r"(://[^:/?#@\s]*:)[^\s]*@")  # scheme://user:PASSWORD@
_CONNINFO_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)
_HIDDEN = "***"


def remember_secret(secret: str) -> None:
    if secret:
        with _secrets_lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    """`text` with every known password (and anything in a password position of a URL or a
    libpq conninfo) replaced by ***."""
    from urllib.parse import quote

    with _secrets_lock:
        secrets = set(_secrets)
    env = os.environ.get("SAA_CENTRAL_PASSWORD")
    if env:
        secrets.add(env)
    # Longest first (one may contain another); a 1-3 character "password" would blank out words.
    for secret in sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True):
        for form in {secret, quote(secret, safe="")}:
            text = text.replace(form, _HIDDEN)
    text = _URL_PASSWORD.sub(rf"\1{_HIDDEN}@", text)
    return _CONNINFO_PASSWORD.sub(rf"\1{_HIDDEN}", text)


def _catalogued(code: str) -> bool:
    return code in _catalogue()["errors"]


class SyncError(DeskError):
    """A sync that could not finish. Nothing partial is left: the next sync resumes."""

    def __init__(self, reason: str, detail: str = "") -> None:
        detail = redact(detail)  # whoever built it, from whatever text: never a password
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
