"""Near-duplicate detection for syndicated copies: MinHash fingerprints of word shingles (character
shingles for Chinese, Japanese and Korean) and locality-sensitive hashing bands to find candidates.

A wire story reprinted with another headline, intro or byline shares most of its shingles with
the original; two reports of the same event written independently share few."""

from __future__ import annotations

import hashlib
import operator
import re
import struct

import numpy as np

from .extraction.scripts import CJK_CHAR

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


def shingles(text: str) -> set[int]:
    """Hashes of 3-word shingles, or of 4-character shingles when the text is mostly CJK."""
    low = text.casefold()
    cjk = len(CJK_CHAR.findall(low[:5000]))
    if cjk > len(low[:5000]) * 0.3:
        chars = "".join(ch for ch in low if CJK_CHAR.match(ch) or ch.isalnum())
        grams = {chars[i : i + 4] for i in range(max(len(chars) - 3, 1))}
    else:
        words = _WORD.findall(low)
        grams = {" ".join(words[i : i + 3]) for i in range(max(len(words) - 2, 1))}
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") for g in grams if g}


def minhash(text: str) -> list[int]:
    """NUM_PERM minimum hashes; the share of equal positions estimates the Jaccard similarity.

    Each is min over the shingles of ``((a * h + b) mod (2**61 - 1)) & (2**32 - 1)``: exact
    integer arithmetic, done on all permutations and shingles at once in 64-bit words (see
    ``_mod_mersenne_products``), so the values are the ones the formula gives in Python."""
    hs = shingles(text)
    if not hs:
        return [_MAX] * NUM_PERM
    h = _reduce(np.fromiter(hs, dtype=np.uint64, count=len(hs)))
    low = np.full(NUM_PERM, _MAX, dtype=np.uint64)
    for start in range(0, len(h), _BLOCK):  # a few MB at a time, however long the text
        values = _mod_mersenne_products(_A, h[None, start : start + _BLOCK], _B) & np.uint64(_MAX)
        np.minimum(low, values.min(axis=1), out=low)
    return [int(v) for v in low]


_P = np.uint64(_PRIME)
_A = np.array([a for a, _b in _COEF], dtype=np.uint64)[:, None]
_B = np.array([b for _a, b in _COEF], dtype=np.uint64)[:, None]
_LOW31, _LOW30 = np.uint64((1 << 31) - 1), np.uint64((1 << 30) - 1)
_BLOCK = 4096  # shingles per step: NUM_PERM x 4096 64-bit words, 2 MB, and a few temporaries


def _reduce(x):
    """x mod 2**61 - 1 for any 64-bit x (2**61 is 1 modulo the prime)."""
    x = (x & _P) + (x >> np.uint64(61))
    return np.where(x >= _P, x - _P, x)


def _mod_mersenne_products(a, h, b):
    """(a * h + b) mod 2**61 - 1 for a, h, b below the prime, without a 122-bit product: the
    factors are split at 2**31, and 2**62 = 2 and 2**61 = 1 modulo the prime."""
    s31, s30 = np.uint64(31), np.uint64(30)
    a_hi, a_lo = a >> s31, a & _LOW31
    h_hi, h_lo = h >> s31, h & _LOW31
    mid = a_hi * h_lo + a_lo * h_hi  # below 2**62
    total = (
        np.uint64(2) * a_hi * h_hi  # the 2**62 term
        + (mid >> s30)  # mid * 2**31 = (mid >> 30) * 2**61 + (mid & (2**30 - 1)) * 2**31
        + ((mid & _LOW30) << s31)
        + a_lo * h_lo
        + b
    )  # below 2**64
    return _reduce(_reduce(total))


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
    return sum(map(operator.eq, a, b)) / len(a)
