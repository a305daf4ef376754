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
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from .lexicon import compile_fast
from .scripts import CJK, CYRILLIC, HANGUL_SYLLABLES
from .types import Gazetteer

_TOKEN_SPACE = compile_fast(rf"([{CJK}]+|[^\W{CJK}]+|[^\w\s])( ?)|(\s+)", re.UNICODE)
_CJK_RUN = compile_fast(rf"[{CJK}]")
# German writes the good and its trade as one word ("Kohleexporte", "Rohölimporte", "Eisenerzausfuhren").
TRADE_COMPOUND_HEAD = r"(?:[Ee]xport|[Ii]mport)(?:e|en|s)?|[Aa]usfuhr(?:en)?|[Ee]infuhr(?:en)?"
_TRADE_COMPOUND = compile_fast(rf"([^\W\d_]{{3,}}?)({TRADE_COMPOUND_HEAD})$")
_CYRILLIC_WORD = compile_fast(rf"^[{CYRILLIC}]+$")
# Russian case endings, longest first; only stripped from words long enough to keep a stem.
_RU_ENDINGS = tuple(
    sorted(
        "ами ями ого его ому ему ыми ими ой ей ом ем ым им ую юю ая яя ое ее ые ие ов ев ах ях ам ям а я у ю е ы и о ь й".split(),
        key=len,
        reverse=True,
    )
)


def _simplified() -> dict[str, str]:
    """Traditional Han characters and their simplified forms (hanziconv's table, Apache-2.0)."""
    try:
        from hanziconv.charmap import simplified_charmap, traditional_charmap
    except ImportError:  # pragma: no cover - listed in requirements
        return {}
    return {t: s for t, s in zip(traditional_charmap, simplified_charmap, strict=True) if t != s}


_SIMPLIFIED = _simplified()
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def norm_of(word: str) -> str:
    """The matching form of one token: NFKC, case-folded, one apostrophe, a traditional Han
    character as its simplified form (陳 → 陈), Russian case endings removed (a short name part
    keeps two letters: "Ына" → "ын")."""
    w = unicodedata.normalize("NFKC", word).casefold().replace("ё", "е").translate(_APOSTROPHES)
    if len(w) == 1:
        return _SIMPLIFIED.get(w, w)
    if _CYRILLIC_WORD.match(w):
        if len(w) > 3:
            for end in _RU_ENDINGS:
                if w.endswith(end) and len(w) - len(end) >= 2:
                    return w[: -len(end)]
        elif len(w) == 3 and word[:1].isupper() and w[-1] in "ауеыи":
            return w[:2]
    return w


class ScriptTokenizer:
    """Splits Latin/Cyrillic words on non-word characters and CJK/Hangul into single characters."""

    def __init__(self, vocab):
        self.vocab = vocab
        self._normed: set[str] = set()

    def __call__(self, text: str) -> Doc:
        # Each token takes one following space as its trailing whitespace; any other run of
        # whitespace becomes a token of its own, so the Doc's text is exactly ``text``.
        found = _TOKEN_SPACE.findall(text)
        if _CJK_RUN.search(text) is None and "port" not in text and "fuhr" not in text:
            # nothing to split further (most Latin and Cyrillic text): two list comprehensions
            words = [token or other for token, _space, other in found]
            return self._doc(words, [space != "" for _token, space, _other in found])
        words: list[str] = []
        spaces: list[bool] = []
        for token, space, other in found:
            if token:
                if len(token) > 1 and _CJK_RUN.match(token):
                    # A run of Han, Kana or Hangul: one token per character, added in one step.
                    words.extend(token)
                    spaces.extend([False] * (len(token) - 1))
                    spaces.append(bool(space))
                    continue
                compound = (
                    _TRADE_COMPOUND.match(token) if len(token) > 8 and ("port" in token or "fuhr" in token) else None
                )
                if compound:  # "Kohleexporte": the good and the trade word, as two tokens
                    words.extend(compound.groups())
                    spaces.extend([False, bool(space)])
                    continue
                words.append(token)
                spaces.append(bool(space))
            else:
                words.append(other)
                spaces.append(False)
        return self._doc(words, spaces)

    def _doc(self, words: list[str], spaces: list[bool]) -> Doc:
        if not self._normed.issuperset(words):  # the norm lives on the lexeme: set once per form
            for word in set(words) - self._normed:
                self.vocab[word].norm_ = norm_of(word)
                self._normed.add(word)
        return Doc(self.vocab, words=words, spaces=spaces)

    # spaCy serialisation hooks (the pipeline is never saved, but nlp.to_disk expects them)
    def to_bytes(self, **_kw) -> bytes:
        return b""

    def from_bytes(self, _data, **_kw):
        return self

    def to_disk(self, _path, **_kw) -> None:
        return None

    def from_disk(self, _path, **_kw):
        return self


_HANGUL_CHAR = compile_fast(rf"[{HANGUL_SYLLABLES}]")
# What may follow a Korean name inside its word: particles, honorifics and title suffixes.
KOREAN_TAILS = (
    "이 가 은 는 을 를 과 와 의 에 에게 에게서 에서 께 께서 로 으로 도 만 부터 까지 보다 처럼 이나 나 이며 며 "
    "이라 라 이라는 라는 이다 다 이고 고 한테 하고 랑 이랑 측 씨 등 과의 와의 에서의 에서는 에는 으로는 로는 "
    "에도 에서도 과도 와도 이었다 였다 이자 자 의의 으로부터 로부터 에게는 께서는 이와 와는 과는 만이"
).split()
# Titles written onto a name in North Korean style ("김정은동지께서는", "송도동지를", "습근평동지의").
KOREAN_HONORIFICS = (
    "동지 동무 선생 위원장 총비서 주석 원수 부장 동지께서 동지께 총리 부총리 대사 외무상 국무위원장 비서".split()
)
_KOREAN_TAIL_SET = set(KOREAN_TAILS) | {h + t for h in KOREAN_HONORIFICS for t in ["", *KOREAN_TAILS]}


def korean_word_ok(text: str, start: int, end: int) -> bool:
    """False for a Hangul match that is only part of a longer word (리창 inside 유리창).

    A Hangul match must start a word, and the rest of its word must be empty or a particle
    (시진핑과, 김정은이), so that syllables inside unrelated words never name anyone.
    """
    if not _HANGUL_CHAR.match(text[start : start + 1]):
        return True
    if start > 0 and _HANGUL_CHAR.match(text[start - 1]):
        return False
    j = end
    while j < len(text) and _HANGUL_CHAR.match(text[j]):
        j += 1
    return j == end or text[end:j] in _KOREAN_TAIL_SET


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


# Romanizations of one Korean name differ by aspiration and voicing (Thaek/Taek, Pong/Bong, Ku Pon
# Tae/Ku Bon Thae) and by "eo"/"o" (Ryeong/Ryong); the press uses all of them.
_KO_INITIALS = {
    "th": ["t"],
    "t": ["th", "d"],
    "ph": ["p"],
    "p": ["ph", "b"],
    "kh": ["k"],
    "k": ["kh", "g"],
    "b": ["p"],
    "d": ["t"],
    "g": ["k"],
}
_PINYIN_SYLLABLE = compile_fast(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|ian|iao|uan|van|ai|ei|ao|ou|an|en"
    r"|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)"
)


def _korean_syllable_forms(syllable: str) -> set[str]:
    low = syllable.lower()
    initial = next((i for i in sorted(_KO_INITIALS, key=len, reverse=True) if low.startswith(i)), "")
    forms = {low} | {alt + low[len(initial) :] for alt in _KO_INITIALS.get(initial, [])}
    forms |= {f.replace("eo", "o") for f in forms} | {f.replace("yo", "yeo") for f in forms if "yeo" not in f}
    # 영 is also written "young" in English (Kim Young-nam, Kim Young-chol)
    forms |= {f.replace("yo", "you") for f in forms if "yo" in f and "yeo" not in f and "you" not in f}
    if low == "il":  # "Kim Jong II": a capital I typed (or scanned) for the lower-case l of "Il"
        forms.add("ii")
    return forms


def _pinyin_split(given: str, parts: int) -> list[str] | None:
    """ "jiarui" → ["jia", "rui"]: the given name cut into ``parts`` pinyin syllables, if it can be."""
    if parts == 1:
        return [given] if _PINYIN_SYLLABLE.fullmatch(given) else None
    for m in range(len(given) - 1, 0, -1):
        head = given[:m]
        if _PINYIN_SYLLABLE.fullmatch(head):
            rest = _pinyin_split(given[m:], parts - 1)
            if rest:
                return [head, *rest]
    return None


def name_variants(alias: str, country: str, limit: int = 24) -> set[str]:
    """Other spellings the press uses for a person's romanized name: for Koreans the aspiration,
    voicing and vowel variants of the given name ("Jang Song Thaek" → "Jang Song Taek", "Pak Pong Ju"
    → "Pak Bong Ju"); for Chinese the given name cut into its syllables ("Wang Jiarui" →
    "Wang Jia Rui")."""
    words = alias.replace("-", " ").split()
    if len(words) < 2 or not all(w.isascii() and w.isalpha() and w[:1].isupper() for w in words):
        return set()
    surname, given = words[0], words[1:]
    out: set[str] = set()
    if country in {"KP", "KR"} and len(given) <= 2:
        combos = [[]]
        for syl in given:
            combos = [c + [f] for c in combos for f in sorted(_korean_syllable_forms(syl))][:limit]
        for combo in combos:
            out.add(" ".join([surname, *(w.capitalize() for w in combo)]))
    elif country in {"CN", "TW", "HK"} and len(given) == 1 and len(given[0]) >= 4:
        split = _pinyin_split(given[0].lower(), 2)
        if split:
            out.add(" ".join([surname, *(w.capitalize() for w in split)]))
    out.discard(alias)
    return out


def _inside_hangul_word(doc: Doc, start: int) -> bool:
    """Whether a match starts after another Hangul syllable of the same word. ``korean_word_ok``
    drops such a match later; dropped here, before the longest match wins, it no longer hides the
    word it overlaps: "중석" (tungsten) across "대중 석탄" (to China, coal) hid 석탄."""
    return (
        start > 0
        and not doc[start - 1].whitespace_
        and bool(_HANGUL_CHAR.match(doc[start].text))
        and bool(_HANGUL_CHAR.match(doc[start - 1].text))
    )


class GazetteerRuler(EntityRuler):
    """spaCy's EntityRuler without its per-document check that patterns exist: with thousands
    of gazetteer patterns that check rebuilt the whole pattern list for every article."""

    def _require_patterns(self) -> None:
        return None

    def find(self, doc: Doc) -> list[tuple[str, int, int]]:
        """The gazetteer matches in ``doc`` as (record key, start token, end token), in text order.

        The same choice as the EntityRuler makes (longest match first, then the earliest; no
        overlaps), without building Span objects and ``doc.ents`` that extraction never reads.
        """
        ids = self._ent_ids
        matches = sorted(
            {m for m in self.phrase_matcher(doc) if m[1] != m[2] and not _inside_hangul_word(doc, m[1])},
            key=lambda m: (m[2] - m[1], -m[1]),
            reverse=True,
        )
        taken = bytearray(len(doc))
        found = []
        for match_id, start, end in matches:
            if taken[start] or taken[end - 1] or match_id not in ids:
                continue
            taken[start:end] = b"\x01" * (end - start)
            found.append((ids[match_id][1], start, end))
        found.sort(key=lambda f: f[1])
        return found


@Language.factory(
    "gazetteer_ruler",
    default_config={"phrase_matcher_attr": "NORM", "validate": False, "overwrite_ents": False, "ent_id_sep": "||"},
)
def make_gazetteer_ruler(nlp, name, phrase_matcher_attr, validate, overwrite_ents, ent_id_sep):
    return GazetteerRuler(
        nlp,
        name,
        phrase_matcher_attr=phrase_matcher_attr,
        validate=validate,
        overwrite_ents=overwrite_ents,
        ent_id_sep=ent_id_sep,
    )


_GERMAN_PLURAL = re.compile(r"(?:[a-zäöüß]+e\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:e|el|er)")


def german_dative_plural(alias: str) -> str | None:
    """A German good named in the plural takes -n in the dative ("Handel mit Schmierstoffen",
    "Lieferungen von Kraftfahrzeugen"): the alias "Kraftfahrzeuge" in that form too.
    Only a capitalised last word (a German noun) ending in -e, -el or -er, and adjectives in -e
    before it, are read so."""
    if not _GERMAN_PLURAL.fullmatch(alias):
        return None
    return " ".join(f"{w}n" for w in alias.split())


def build_pipeline(gazetteer: Gazetteer) -> Language:
    """A pipeline whose EntityRuler recognises every alias of every gazetteer entry."""
    nlp = spacy.blank("xx")
    nlp.tokenizer = ScriptTokenizer(nlp.vocab)
    ruler = nlp.add_pipe("gazetteer_ruler")
    patterns = []
    for entry in gazetteer.entries:
        aliases = {entry.name, *entry.aliases}
        if entry.label == "PERSON":
            aliases |= {v for a in list(aliases) for v in name_variants(a, entry.country)}
        elif entry.label == "COMMODITY":
            # a good's two-word name is also written closed up: "batu bara" and "batubara" (coal); the
            # two forms share one alias key, so the database keeps only the first
            aliases |= {a.replace(" ", "") for a in aliases if a.count(" ") == 1 and a.isascii() and a.islower()}
            aliases |= {d for a in list(aliases) if (d := german_dative_plural(a))}
        for alias in aliases:
            for variant in spelling_variants(alias):
                patterns.append({"label": entry.label, "pattern": variant, "id": entry.key})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)
    return nlp
