"""Near-duplicate detection for syndicated copies: MinHash fingerprints of word shingles (character
shingles for Chinese, Japanese and Korean) and locality-sensitive hashing bands to find candidates.

A wire story reprinted with another headline, intro or byline shares most of its shingles with
the original; two reports of the same event written independently share few."""

from __future__ import annotations

import hashlib
import re
import struct

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
_PRIME = (1 << 61) - 1
_MAX = (1 << 32) - 1
# Fixed coefficients (from a seeded generator, written out so every process agrees).
_COEF = [
    (int.from_bytes(hashlib.blake2b(f"a{i}".encode(), digest_size=8).digest(), "big") % (_PRIME - 1) + 1,
     int.from_bytes(hashlib.blake2b(f"b{i}".encode(), digest_size=8).digest(), "big") % _PRIME)
    for i in range(NUM_PERM)
]  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]")


def shingles(text: str) -> set[int]:
    """Hashes of 3-word shingles, or of 4-character shingles when the text is mostly CJK."""
    low = text.casefold()
    cjk = len(_CJK.findall(low[:5000]))
    if cjk > len(low[:5000]) * 0.3:
        chars = "".join(ch for ch in low if _CJK.match(ch) or ch.isalnum())
        grams = {chars[i : i + 4] for i in range(max(len(chars) - 3, 1))}
    else:
        words = _WORD.findall(low)
        grams = {" ".join(words[i : i + 3]) for i in range(max(len(words) - 2, 1))}
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") for g in grams if g}


def minhash(text: str) -> list[int]:
    """NUM_PERM minimum hashes; the share of equal positions estimates the Jaccard similarity."""
    hs = shingles(text)
    if not hs:
        return [_MAX] * NUM_PERM
    return [min(((a * h + b) % _PRIME) & _MAX for h in hs) for a, b in _COEF]


def bands(signature: list[int]) -> list[tuple[int, int]]:
    """(band number, 63-bit hash of that band's rows): equal bands make two articles candidates."""
    out = []
    for i in range(BANDS):
        rows = struct.pack(f">{ROWS}I", *signature[i * ROWS : (i + 1) * ROWS])
        out.append((i, int.from_bytes(hashlib.blake2b(rows, digest_size=8).digest(), "big") >> 1))
    return out


def similarity(a: list[int], b: list[int]) -> float:
    if not a or not b or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
