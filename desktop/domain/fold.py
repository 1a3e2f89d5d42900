"""Text folding for search and name matching.

The same function is used when indexing and when querying, so what an officer
types ("lukasz wisn", "turcanu", "ors kovacs") finds what was stored
("Łukasz Wiśniewski", "Ștefan Țurcanu", "Őrs Kovács"). NFKD strips ordinary
accents; letters that are not "base letter + accent" in Unicode (ł, ø, ß, đ,
ı, æ, œ, þ, ...) are mapped explicitly.
"""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = str.maketrans(
    {
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "ẞ": "ss", "đ": "d", "Đ": "d",
        "ð": "d", "Ð": "d", "ı": "i", "İ": "i", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "þ": "th", "Þ": "th", "ħ": "h", "Ħ": "h", "ŀ": "l", "Ŀ": "l", "ŧ": "t", "Ŧ": "t",
        "ĸ": "k", "ŋ": "n", "Ŋ": "n", "ſ": "s", "ƒ": "f",
        "\u2019": "'", "\u2018": "'",
    }
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str | None) -> str:
    """Lower-case, strip diacritics and map special Latin letters to ASCII-ish base letters."""
    if not text:
        return ""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return _COMBINING.sub("", decomposed).translate(_SPECIAL).casefold()


def fold_tokens(text: str | None) -> list[str]:
    """Folded words, punctuation removed (used for FTS queries and fuzzy matching)."""
    return [t for t in _NON_WORD.split(fold(text)) if t]


def fold_compact(text: str | None) -> str:
    """Folded text without spaces or punctuation (postcodes, plates, KvK: '1234 ab' -> '1234ab')."""
    return "".join(fold_tokens(text))
