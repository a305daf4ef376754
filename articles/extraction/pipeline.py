"""The spaCy pipeline: a script-aware tokenizer, rule-based sentences, and a gazetteer EntityRuler.

Trained pipelines are not available offline for most of the languages this tracker reads, so the
pipeline is built from spaCy's rule machinery:

* Han, Kana and Hangul characters become one token each, so an alias matches inside unsegmented
  Chinese and Japanese and inside a Korean word with its particle (김정은이, 시진핑과);
* every token's NORM is case-folded and, for Cyrillic, stripped of its case ending, so that
  "Си Цзиньпином" matches the alias "Си Цзиньпин";
* one EntityRuler holds a phrase pattern for every alias, with the record's key as its id.
"""

from __future__ import annotations

import re
import unicodedata

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .types import Gazetteer

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|\s+|[^\w\s]", re.UNICODE)
_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")
# Russian case endings, longest first; only stripped from words long enough to keep a stem.
_RU_ENDINGS = tuple(
    sorted(
        "ами ями ого его ому ему ыми ими ой ей ом ем ым им ую юю ая яя ое ее ые ие ов ев ах ях ам ям а я у ю е ы и о ь й".split(),
        key=len,
        reverse=True,
    )
)


def norm_of(word: str) -> str:
    """The matching form of one token: NFKC, case-folded, Russian case endings removed."""
    w = unicodedata.normalize("NFKC", word).casefold().replace("ё", "е")
    if _CYRILLIC_WORD.match(w) and len(w) > 3:
        for end in _RU_ENDINGS:
            if w.endswith(end) and len(w) - len(end) >= 2:
                return w[: -len(end)]
    return w


class ScriptTokenizer:
    """Splits Latin/Cyrillic words on non-word characters and CJK/Hangul into single characters."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for m in _TOKEN.finditer(text):
            piece = m.group()
            if piece.isspace():
                if words and not spaces[-1] and piece.startswith(" "):
                    spaces[-1] = True
                    piece = piece[1:]
                if piece:
                    words.append(piece)
                    spaces.append(False)
                continue
            words.append(piece)
            spaces.append(False)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for token in doc:
            token.norm_ = norm_of(token.text)
        return doc

    # spaCy serialisation hooks (the pipeline is never saved, but nlp.to_disk expects them)
    def to_bytes(self, **_kw) -> bytes:
        return b""

    def from_bytes(self, _data, **_kw):
        return self

    def to_disk(self, _path, **_kw) -> None:
        return None

    def from_disk(self, _path, **_kw):
        return self


_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "gov",
    "sen",
    "rep",
    "no",
    "vol",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u",
    "s",
    "n",
    "k",
    "p",
    "r",
    "vs",
    "etc",
    "inc",
    "co",
    "ltd",
    "jr",
    "sr",
    "prof",
    "hr",
    "tn",
    "bpk",
    "m",
    "mme",
    "mlle",
    "dt",
    "fr",
    "nr",
    "bzw",
    "z",
    "b",
    "sra",
    "г",
    "т",
    "н",
    "э",
}
_INITIAL = re.compile(r"^[a-z\u0430-\u044f]$")
_FULL_STOPS = {".", "!", "?", "。", "！", "？", "…"}
_CLOSERS = {'"', "'", "”", "’", "」", "』", ")", "）", "»"}


@Language.component("rule_sentences")
def rule_sentences(doc: Doc) -> Doc:
    """Sentence starts after ., !, ? (and their CJK forms) and at blank lines; not after "Mr." or "U.S."."""
    n = len(doc)
    if n == 0:
        return doc
    doc[0].is_sent_start = True
    for i in range(1, n):
        doc[i].is_sent_start = False
    i = 0
    while i < n:
        tok = doc[i]
        nxt = i + 1
        if "\n" in tok.text and tok.is_space:
            if nxt < n:
                doc[nxt].is_sent_start = True
        elif tok.text in _FULL_STOPS:
            while nxt < n and (doc[nxt].text in _FULL_STOPS or doc[nxt].text in _CLOSERS):
                nxt += 1
            if nxt >= n:
                break
            cjk_stop = tok.text in {"。", "！", "？"}
            prev = doc[i - 1].text.casefold() if i > 0 else ""
            is_abbrev = tok.text == "." and (prev in _ABBREVIATIONS or _INITIAL.match(prev) is not None)
            follows_space = bool(doc[nxt - 1].whitespace_) or doc[nxt].is_space
            next_tok = doc[nxt]
            starts_upper = next_tok.text[:1].isupper() or not next_tok.text[:1].isascii() or next_tok.is_punct
            if cjk_stop or (follows_space and not is_abbrev and (starts_upper or next_tok.is_digit)):
                target = nxt
                while target < n and doc[target].is_space:
                    target += 1
                if target < n:
                    doc[target].is_sent_start = True
        i += 1
    return doc


_HANGUL_CHAR = re.compile(r"[\uac00-\ud7a3]")
# What may follow a Korean name inside its word: particles, honorifics and title suffixes.
KOREAN_TAILS = (
    "이 가 은 는 을 를 과 와 의 에 에게 에게서 에서 께 께서 로 으로 도 만 부터 까지 보다 처럼 이나 나 이며 며 "
    "이라 라 이라는 라는 이다 다 이고 고 한테 하고 랑 이랑 측 씨 등 과의 와의 에서의 에서는 에는 으로는 로는 "
    "에도 에서도 과도 와도 이었다 였다 이자 자 의의 으로부터 로부터 에게는 께서는 이와 와는 과는 만이"
).split()
_KOREAN_TAIL_SET = set(KOREAN_TAILS)


@Language.component("korean_word_boundaries")
def korean_word_boundaries(doc: Doc) -> Doc:
    """Drop Hangul matches that are only part of a longer word (리창 in 유리창, 평양 in 평양냉면 is fine).

    A Hangul match must start at the start of a word, and the rest of its word must be empty or
    a particle (시진핑과, 김정은이), so that syllables inside unrelated words never name anyone.
    """
    text = doc.text
    kept = []
    for ent in doc.ents:
        if not _HANGUL_CHAR.match(ent.text[:1]):
            kept.append(ent)
            continue
        s, e = ent.start_char, ent.end_char
        if s > 0 and _HANGUL_CHAR.match(text[s - 1]):
            continue
        j = e
        while j < len(text) and _HANGUL_CHAR.match(text[j]):
            j += 1
        tail = text[e:j]
        if tail and tail not in _KOREAN_TAIL_SET:
            continue
        kept.append(ent)
    doc.ents = kept
    return doc


def spelling_variants(alias: str) -> set[str]:
    """The alias as written plus the forms the press also uses for a proper name: "Kim Jong-un"
    is also written "Kim Jong Un" and "Kim Jongun", "Kim Jong Il" also "Kim Jong-il", and "U.N."
    also "UN". Lower-case words ("make-up") keep their one spelling."""
    alias = " ".join(alias.split())
    if not alias:
        return set()
    variants = {alias}
    if not alias[:1].isupper():
        return variants
    if "-" in alias:
        variants.add(alias.replace("-", " "))
        variants.add(re.sub(r"-(\w)", lambda m: m.group(1).lower(), alias))
    words = alias.split(" ")
    if len(words) >= 3 and all(w[:1].isupper() and w.isalpha() for w in words[-2:]):
        variants.add(" ".join(words[:-2] + [f"{words[-2]}-{words[-1].lower()}"]))
    if re.search(r"\b\w\.", alias):
        variants.add(re.sub(r"\b(\w)\.", r"\1", alias))
    return variants


def build_pipeline(gazetteer: Gazetteer) -> Language:
    """A pipeline whose EntityRuler recognises every alias of every gazetteer entry."""
    nlp = spacy.blank("xx")
    nlp.tokenizer = ScriptTokenizer(nlp.vocab)
    nlp.add_pipe("rule_sentences")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "NORM", "validate": False})
    patterns = []
    for entry in gazetteer.entries:
        for alias in {entry.name, *entry.aliases}:
            for variant in spelling_variants(alias):
                patterns.append({"label": entry.label, "pattern": variant, "id": entry.key})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)
    nlp.add_pipe("korean_word_boundaries")
    return nlp
