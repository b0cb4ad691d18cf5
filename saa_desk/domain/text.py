"""Arabic text: search normalisation and clean, bounded free-text fields."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from saa_desk.domain.errors import ValidationError

# Harakat, Quranic annotation marks and superscript alef: ignored when searching.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ة": "ه",
        "ى": "ي", "ئ": "ي",
        "ؤ": "و",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
        "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
        "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
        "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    }
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACES = re.compile(r"\s+")
# Control (Cc), format (Cf: bidi overrides, zero-width…), surrogates, private use, unassigned.
_FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


@lru_cache(maxsize=65536)  # names repeat a lot; a sync of 100,000 rows re-indexes them all
def normalise_for_search(text: str) -> str:
    """Fold Arabic spelling variants so any way of typing a name finds it."""
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text).replace(_TATWEEL, "")
    text = text.translate(_FOLD).casefold()
    return _SPACES.sub(" ", text).strip()


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII (entry accepts either)."""
    return text.translate(_DIGITS)


def has_control_characters(text: str, *, allow_newlines: bool = False) -> bool:
    for ch in text:
        if allow_newlines and ch in "\n\t":
            continue
        if unicodedata.category(ch) in _FORBIDDEN_CATEGORIES:
            return True
    return False


def clean_text(
    value: object,
    field: str,
    *,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str | None:
    """Validate a free-text field: trimmed, bounded, no control characters. Empty → None."""
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value
    else:
        raise ValidationError("required" if required else "invalid_json", field)
    text = unicodedata.normalize("NFC", text).strip()
    if not multiline:
        text = _SPACES.sub(" ", text)
    if not text:
        if required:
            raise ValidationError("required", field)
        return None
    if has_control_characters(text, allow_newlines=multiline):
        raise ValidationError("control_chars", field)
    if len(text) > max_length:
        raise ValidationError("too_long", field, max=max_length)
    return text
