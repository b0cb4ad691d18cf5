"""The four-part Arabic name (first, father, grandfather, family) and the optional Latin name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from saa_desk.domain.errors import ValidationError, ValidationErrors
from saa_desk.domain.text import clean_text

NAME_MAX = 40
LATIN_MAX = 120
# Arabic letters (incl. Persian/Urdu additions used in pilgrims' names), harakat, spaces, hyphen.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u065f\u0670-\u06d3\u06fa-\u06ff\u0640 \-]+$")
_LATIN_NAME = re.compile(r"^[A-Za-z\u00c0-\u024f' .\-]+$")
NAME_PARTS = ("first_name", "father_name", "grandfather_name", "family_name")


@dataclass(frozen=True)
class FourPartName:
    first_name: str
    father_name: str
    grandfather_name: str
    family_name: str

    @property
    def full(self) -> str:
        return " ".join((self.first_name, self.father_name, self.grandfather_name, self.family_name))


def validate_arabic_name_part(value: object, field: str, *, required: bool = True) -> str | None:
    text = clean_text(value, field, max_length=NAME_MAX, required=required)
    if text is None:
        return None
    if not _ARABIC_NAME.match(text) or not re.search(r"[\u0621-\u064a]", text):
        raise ValidationError("not_arabic_name", field)
    return text


def validate_latin_name(value: object, field: str = "latin_name") -> str | None:
    text = clean_text(value, field, max_length=LATIN_MAX)
    if text is None:
        return None
    if not _LATIN_NAME.match(text):
        raise ValidationError("not_latin_name", field)
    return text


def validate_four_part_name(values: dict[str, object]) -> FourPartName:
    errors: list[ValidationError] = []
    parts: dict[str, str] = {}
    for field in NAME_PARTS:
        try:
            parts[field] = validate_arabic_name_part(values.get(field), field) or ""
        except ValidationError as exc:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    return FourPartName(**parts)


# Words that belong to the next word of a name: عبد الله is one name, آل سعود one family name.
_JOINS_NEXT = {"عبد", "ابو", "أبو", "آل", "ال", "ام", "أم", "بو"}
_LINKS = {"بن", "ابن", "بنت"}  # محمد بن عبدالله بن سالم: "son of", not a part of the name


def split_full_name(text: str) -> dict[str, str]:
    """A full name written in one cell → the four parts, as many as the text gives.

    The family name takes whatever is left after the first three (القحطاني, آل سعود, بن لادن at
    the end). Fewer than four words leave the later parts out, for validation to name them."""
    words = text.split()
    names: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in _LINKS and names and i + 1 < len(words) and len(names) < 3:
            i += 1
            continue
        if word in _JOINS_NEXT and i + 1 < len(words):
            names.append(f"{word} {words[i + 1]}")
            i += 2
            continue
        names.append(word)
        i += 1
    if len(names) > 4:
        names[3:] = [" ".join(names[3:])]
    return dict(zip(NAME_PARTS, names, strict=False))
