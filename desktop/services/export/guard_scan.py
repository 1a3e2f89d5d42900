"""Scanning one free-text value against a ``GuardContext``: names, numbers, addresses, terms.

Text is folded character by character with a map back to the original offsets, so a
finding's span covers exactly the original characters ("Łukasz" folds to "lukasz";
"ß" to "ss"). Numbers are matched on the original text after dates and times are
masked, in the notations officers type ("123456782", "1234.56.782", "123 456 782",
"06-12345678", "+31 6 1234 5678", "0031 (0)6 12 34 56 78", "020-123 4567").
"""

from __future__ import annotations

import re

from desktop.domain.fold import fold
from desktop.services.export.guard import (
    ADDRESS,
    BSN,
    PHONE,
    SPECIAL,
    ForbiddenName,
    GuardContext,
)

Span = tuple[int, int, str, str, bool]  # (start, end, kind, detail, keep allowed)

PARTICLES = frozenset({
    "van", "der", "den", "de", "het", "ter", "ten", "te", "in", "op", "von", "zu", "del",
    "della", "dos", "das", "da", "di", "du", "la", "le", "el", "al", "bin", "ibn", "bint",
    "abu", "ben", "mac", "mc", "st", "und", "and", "en", "y", "e",
})
MIN_TOKEN = 3
_WORD = re.compile(r"\w+")
_GAP = re.compile(r"^[\s.,'\-]{0,3}$")
_DATE_TIME = re.compile(
    r"(?<!\d)(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[:.]\d{2}\s?(?:u|uur))"
    r"(?!\d)")
_RUN = re.compile(r"(?<![\w+])\+?\(?\d[\d\-./() ]*\d(?!\w)")
_CHUNK = re.compile(r"[^ ]+")


# --- folding with offsets -------------------------------------------------------------------
def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, per folded character, the index of its original character."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        piece = fold(ch)
        out.append(piece)
        where.extend([i] * len(piece))
    return "".join(out), where


def name_tokens(*names: str) -> frozenset[str]:
    return frozenset(t for n in names for t in _WORD.findall(fold(n)))


def strong(tokens: frozenset[str]) -> frozenset[str]:
    """Tokens specific enough to flag on their own (no particles, no 1-2 letter parts)."""
    return frozenset(t for t in tokens if len(t) >= MIN_TOKEN and t not in PARTICLES)


# --- names ----------------------------------------------------------------------------------
def name_spans(folded: str, where: list[int], person: ForbiddenName) -> list[Span]:
    """Runs of adjacent tokens of this person's name with at least one strong token."""
    hits = strong(person.tokens)
    if not hits:
        return []
    initials = {t[0] for t in person.tokens}
    tokens = list(_WORD.finditer(folded))
    spans: list[Span] = []
    i = 0
    while i < len(tokens):
        if tokens[i].group() not in hits:
            i += 1
            continue
        lo = hi = i
        while lo > 0 and _joins(folded, tokens[lo - 1], tokens[lo]) and \
                _part(tokens[lo - 1].group(), person.tokens, initials):
            lo -= 1
        while hi + 1 < len(tokens) and _joins(folded, tokens[hi], tokens[hi + 1]) and \
                _part(tokens[hi + 1].group(), person.tokens, initials):
            hi += 1
        end = tokens[hi].end()
        if end < len(folded) and folded[end] == "." and len(tokens[hi].group()) == 1:
            end += 1
        spans.append((where[tokens[lo].start()], where[end - 1] + 1, person.kind, person.label,
                      True))
        i = hi + 1
    return spans


def _joins(folded: str, a: re.Match, b: re.Match) -> bool:
    return bool(_GAP.match(folded[a.end():b.start()]))


def _part(token: str, tokens: frozenset[str], initials: set[str]) -> bool:
    return token in tokens or (len(token) == 1 and token in initials)


# --- numbers --------------------------------------------------------------------------------
def _mask_dates(text: str) -> str:
    return _DATE_TIME.sub(lambda m: "x" * len(m.group()), text)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _classify(chunk: str) -> str | None:
    digits = _digits(chunk)
    international = chunk.startswith("+") or digits.startswith("00")
    if international and 9 <= len(digits) <= 15:
        return PHONE
    if digits.startswith("0") and 10 <= len(digits) <= 11:
        return PHONE
    if len(digits) == 9 and not digits.startswith("0"):
        return BSN
    return None


def number_spans(text: str) -> list[Span]:
    masked = _mask_dates(text)
    spans: list[Span] = []
    for run in _RUN.finditer(masked):
        kind = _classify(run.group())
        if kind:
            spans.append((run.start(), run.end(), kind, "", True))
            continue
        spans += _chunk_spans(run.group(), run.start())
    return spans


def _chunk_spans(run: str, offset: int) -> list[Span]:
    """Inside a long run: windows of up to five space-separated chunks forming a number."""
    chunks = list(_CHUNK.finditer(run))
    spans: list[Span] = []
    i = 0
    while i < len(chunks):
        for size in range(5, 0, -1):
            window = chunks[i:i + size]
            if len(window) < size:
                continue
            text = run[window[0].start():window[-1].end()].strip("()")
            kind = _classify(text) if text[:1].isdigit() or text[:1] == "+" else None
            if kind:
                spans.append((offset + window[0].start(), offset + window[-1].end(), kind, "",
                              True))
                i += size - 1
                break
        i += 1
    return spans


# --- addresses and terms --------------------------------------------------------------------
def address_spans(folded: str, where: list[int], ctx: GuardContext) -> list[Span]:
    spans: list[Span] = []
    tokens = list(_WORD.finditer(folded))
    words = [t.group() for t in tokens]
    for address in ctx.addresses:
        n = len(address.street)
        for i in range(len(words) - n + 1 if n else 0):
            if tuple(words[i:i + n]) != address.street:
                continue
            last = i + n - 1
            if last + 1 < len(words) and words[last + 1] == address.number:
                last += 1
            spans.append((where[tokens[i].start()], where[tokens[last].end() - 1] + 1,
                          ADDRESS, "", True))
        if address.postcode:
            pattern = re.compile(rf"(?<!\w){address.postcode[:4]}\s?{address.postcode[4:]}(?!\w)")
            spans += [(where[m.start()], where[m.end() - 1] + 1, ADDRESS, "", True)
                      for m in pattern.finditer(folded)]
    return spans


def term_spans(folded: str, where: list[int], ctx: GuardContext) -> list[Span]:
    spans: list[Span] = []
    for category, term in ctx.terms:
        body = r"\W+".join(re.escape(part) for part in term.split())
        for m in re.finditer(rf"(?<!\w){body}\w*(?:'s)?", folded):
            spans.append((where[m.start()], where[m.end() - 1] + 1, SPECIAL, category.value,
                          category not in ctx.never))
    return spans


def scan_text(text: str, ctx: GuardContext, names: list[ForbiddenName],
              special: bool = True) -> list[Span]:
    """Every span in ``text`` the recipient must not get; ``names`` already filtered."""
    if not text.strip():
        return []
    folded, where = fold_with_map(text)
    spans: list[Span] = []
    for person in names:
        spans += name_spans(folded, where, person)
    spans += number_spans(text)
    spans += address_spans(folded, where, ctx)
    if special:
        spans += term_spans(folded, where, ctx)
    seen: dict[tuple[int, int, str], Span] = {}
    for span in sorted(set(spans)):  # two persons with the same name: one finding
        seen.setdefault(span[:3], span)
    return list(seen.values())
