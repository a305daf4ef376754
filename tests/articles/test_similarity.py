"""Near-duplicate fingerprints: the vectorised MinHash gives exactly the values of its formula."""

import random

import numpy as np

from articles import similarity as s


def _formula(text: str) -> list[int]:
    hs = s.shingles(text)
    if not hs:
        return [s._MAX] * s.NUM_PERM
    return [min(((a * h + b) % s._PRIME) & s._MAX for h in hs) for a, b in s._COEF]


def test_minhash_equals_its_formula_in_plain_integers_on_varied_texts():
    rng = random.Random(7)
    words = "Kim Xi met Beijing talks 金正恩 习近平 会谈 북한 평양 trade coal 2019 of the".split()
    for _ in range(150):
        text = " ".join(f"{rng.choice(words)}{rng.randrange(40)}" for _ in range(rng.randrange(1, 300)))
        assert s.minhash(text) == _formula(text), text[:80]
    assert s.minhash("") == _formula("")


def test_the_modular_product_is_exact_at_the_edges_of_64_bits():
    edges = [0, 1, 2, s._PRIME - 1, s._PRIME, s._PRIME + 1, 1 << 61, (1 << 62) - 1, 1 << 63, (1 << 64) - 1]
    got = s._mod_mersenne_products(s._A, s._reduce(np.array(edges, dtype=np.uint64))[None, :], s._B)
    expected = [[(a * h + b) % s._PRIME for h in edges] for a, b in s._COEF]
    assert got.tolist() == expected


def test_a_text_longer_than_one_block_of_shingles_is_fingerprinted_exactly(monkeypatch):
    monkeypatch.setattr(s, "_BLOCK", 7)  # many blocks, and a last one that is not full
    text = " ".join(f"word{i}" for i in range(100))
    assert s.minhash(text) == _formula(text)
