"""The words import understands: column headers and choice words, from the editable catalogues.

resources/catalogues/import_headers.json lists header synonyms and extra choice words; every
field's code and its Arabic and English labels (messages.json, labels.json) always count too.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from saa_desk import catalogues
from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS
from saa_desk.domain.matching import build_vocabulary, lookup, match_key
from saa_desk.messages import LANGS, field_label
from saa_desk.paths import resource_path

FULL_NAME = "full_name"  # one column holding the four-part name
IGNORE = "ignore"  # a column read past on purpose (the rejects file's reason, a serial number)
COLUMN_TARGETS: tuple[str, ...] = (*BENEFICIARY_FIELDS, FULL_NAME)

# Choice fields and the labels.json kind that names their codes.
CHOICE_KINDS: dict[str, str] = {
    "id_type": "id_type", "gender": "gender", "marital_status": "marital_status",
    "employment": "employment", "preferred_channel": "channel", "nationality": "nationality",
    "relation": "relation",
}


@cache
def _catalogue() -> dict[str, Any]:
    with resource_path("catalogues", "import_headers.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@cache
def headers() -> dict[str, str]:
    """{header key: field, full_name or ignore}."""
    words: dict[str, list[str]] = {}
    for target in COLUMN_TARGETS:
        labels = [field_label(target, lang) for lang in LANGS] if target != FULL_NAME else []
        words[target] = [*_catalogue()["headers"].get(target, []), *labels]
    words[IGNORE] = list(_catalogue().get("ignore", []))
    return build_vocabulary(words)


def header_target(text: str) -> str | None:
    return lookup(headers(), text)


@cache
def choices(field: str) -> dict[str, str]:
    """{word key: code} for a choice field: its codes, their labels, and the catalogue's words."""
    kind = CHOICE_KINDS[field]
    extra: dict[str, list[str]] = _catalogue()["values"].get(field, {})
    words = {code: [*(catalogues.label(kind, code, lang) for lang in LANGS), *extra.get(code, [])]
             for code in catalogues.codes(kind)}
    return build_vocabulary(words)


def choice_code(field: str, text: str) -> str | None:
    return lookup(choices(field), text)


def is_target(name: str) -> bool:
    return name in COLUMN_TARGETS or name == IGNORE


def totals_words() -> frozenset[str]:
    """A bottom row of sums starts with one of these (matched as keys)."""
    return frozenset(match_key(w) for w in ("المجموع", "مجموع", "الإجمالي", "إجمالي", "الاجمالي",
                                            "المجموع الكلي", "total", "totals", "sum", "grand total"))
