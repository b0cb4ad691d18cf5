"""Keys for matching words people type (column headers, choice words) whatever their spelling.

Hamza forms, ta marbuta and ha, alef maqsura and ya, tatweel, harakat, case, spaces, punctuation
and invisible direction marks all fold away: `رقم  الجوّال:` and `رقم الجوال` have the same key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from saa_desk.domain.text import normalise_for_search


def match_key(text: str) -> str:
    folded = normalise_for_search(text)
    return "".join(ch for ch in folded if ch.isalnum())


def _variants(key: str) -> Iterable[str]:
    """The key as written, then without the article and without a feminine ending (ة folds to ه):
    المتزوجة, متزوجة and متزوج all name the same choice."""
    yield key
    bare = key[2:] if key.startswith("ال") and len(key) > 4 else key
    if bare != key:
        yield bare
    for k in (key, bare):
        if k.endswith("ه") and len(k) > 3:
            yield k[:-1]


def build_vocabulary(words: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """{code: words naming it} → {key: code}; the first code to claim a key keeps it."""
    vocabulary: dict[str, str] = {}
    for code, names in words.items():
        for word in (code, *names):
            vocabulary.setdefault(match_key(word), code)
    return vocabulary


def lookup(vocabulary: Mapping[str, str], text: str) -> str | None:
    """The code the text names, or None when no word of the vocabulary matches."""
    for key in _variants(match_key(text)):
        if key and key in vocabulary:
            return vocabulary[key]
    return None
