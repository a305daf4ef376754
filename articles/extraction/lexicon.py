"""Word lists compiled into fast regular expressions.

A list of many alternatives (``met|meeting|…``) is slow in Python's ``re``; the same words
compiled as a trie (``me(?:t|eting…)``) match in one pass. Entries are lower case; a trailing
``*`` allows any word ending ("rencontr*" matches "rencontré", "rencontrent").
"""

from __future__ import annotations

import functools
import re
import sys

from .scripts import CJK_CHAR


def trie_pattern(words, *, keep_case: bool = False) -> str:
    """A regex (no flags, no boundaries) matching exactly the given words (lower-cased unless
    ``keep_case``)."""
    trie: dict = {}
    for word in words:
        word = word.strip() if keep_case else word.strip().lower()
        if not word:
            continue
        open_end = word.endswith("*")
        node = trie
        for ch in word.rstrip("*"):
            node = node.setdefault(ch, {})
        if open_end or node.get("") == "open":
            node[""] = "open"
        else:
            node.setdefault("", "end")

    def build(node: dict) -> str:
        end = node.get("")
        if end == "open":
            return r"\w*"
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


def first_chars(words, *, keep_case: bool = False) -> str:
    """A lookahead for the characters the words can start with, put before a trie: ``re`` then
    turns away every other position with one table look-up instead of trying the trie's
    branches one by one (two to three times faster on the lexicons here)."""
    chars = sorted({(w.strip() if keep_case else w.strip().lower())[:1] for w in words} - {""})
    return f"(?=[{''.join(re.escape(c) for c in chars)}])" if chars else ""


_CATEGORY_CLASS = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


@functools.cache
def _upper_forms(plane: int) -> dict[str, tuple[str, ...]]:
    """The lower-case letters of one Unicode plane and the characters that lower-case to each ("k":
    "K" and the Kelvin sign), built once per plane when first needed (a few milliseconds for the
    first plane). No character lower-cases to a letter of another plane."""
    forms: dict[str, list[str]] = {}
    for code in range(plane << 16, min((plane + 1) << 16, sys.maxunicode + 1)):
        ch = chr(code)
        low = ch.lower()
        if low != ch and len(low) == 1:
            forms.setdefault(low, []).append(ch)
    return {low: tuple(chs) for low, chs in forms.items()}


def _cases(ch: str) -> list[str]:
    """``ch`` and every character ``re.IGNORECASE`` takes for it."""
    from re import _casefix

    low = ch.lower() if len(ch.lower()) == 1 else ch
    extra = (chr(o) for o in _casefix._EXTRA_CASES.get(ord(low), ()))
    return list(dict.fromkeys([ch, low, *_upper_forms(ord(low) >> 16).get(low, ()), *extra]))


def _first_set(items, fold: bool = False) -> tuple[list[str] | None, bool]:
    """What a parsed sequence can start with, as pieces of a character class, and whether it can
    match empty; None where anything may come first (".", a negated class). With ``fold`` (inside
    "(?i:…)" of a pattern that is otherwise case-sensitive) a letter brings its other cases."""
    from re import _constants as c

    def literal(code: int) -> list[str]:
        return [re.escape(x) for x in (_cases(chr(code)) if fold else [chr(code)])]

    pieces: list[str] = []
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        if op is c.LITERAL:
            return pieces + literal(av), False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    pieces.extend(literal(value))
                elif kind is c.RANGE:
                    lo, hi = chr(value[0]), chr(value[1])
                    if fold and any(ch.lower() != ch.upper() for ch in map(chr, range(value[0], value[1] + 1))):
                        return None, False  # a range of letters: its other cases are not one range
                    pieces.append(f"{re.escape(lo)}-{re.escape(hi)}")
                elif kind is c.CATEGORY and str(value) in _CATEGORY_CLASS:
                    pieces.append(_CATEGORY_CLASS[str(value)])
                else:
                    return None, False
            return pieces, False
        if op is c.SUBPATTERN:
            if av[2] or av[1] not in (0, re.IGNORECASE):
                return None, False  # flags of its own other than "(?i:…)"
            sub, nullable = _first_set(av[3], fold or bool(av[1]))
        elif op is c.BRANCH:
            sub, nullable = [], False
            for alternative in av[1]:
                found, empty = _first_set(alternative, fold)
                if found is None:
                    return None, False
                sub, nullable = sub + found, nullable or empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            sub, nullable = _first_set(av[2], fold)
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if sub is None:
            return None, False
        pieces += sub
        if not nullable:
            return pieces, False
    return pieces, True


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at the ``|`` outside any group or character class."""
    parts, depth, in_class, i, start = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or i == start
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]…]": a literal "]" first
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _lookahead(pattern: str, flags: int) -> str:
    """ "(?=[…])" for the characters a match of ``pattern`` can start with, or "" if not known."""
    from re import _parser

    try:
        pieces, nullable = _first_set(_parser.parse(pattern, flags))
    except re.error:  # an alternative that refers to a group of another
        return ""
    if not pieces or nullable:
        return ""
    return f"(?=[{''.join(dict.fromkeys(pieces))}])"


def _scanned_fast(pattern: str, flags: int) -> bool:
    """Whether ``re`` searches ``pattern`` by skipping ahead to a literal prefix or to a character
    of a known set (a pattern that starts with "表示", with "[가-힣]" or with "표|指"): that scan
    runs in C, many times faster than trying each position."""
    from re import _compiler, _parser

    try:
        parsed = _parser.parse(pattern, flags)
        prefix, _skip, _all = _compiler._get_literal_prefix(parsed, parsed.state.flags)
        return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, parsed.state.flags))
    except (re.error, AttributeError, TypeError):  # another Python's internals: fall back to lookaheads
        return False


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile``, with lookaheads for the characters a match can start with put in front of
    the pattern and of each of its alternatives, where those are known. ``re`` tries a pattern at
    every position of the text and the alternatives of a branch one after another; a lookahead
    turns a position away with one table look-up. The same matches, found two to five times
    faster in long texts."""
    if re.match(r"\(\?[aiLmsux]+\)|\(\?=\[", pattern) or _scanned_fast(pattern, flags):
        # global inline flags must stay first; a lookahead is there; or ``re`` already skips to
        # the first character at C speed, which a lookahead in front would stop it doing
        return re.compile(pattern, flags)
    alternatives = _top_level_alternatives(pattern)
    if len(alternatives) > 1:
        pattern = "|".join(_lookahead(alt, flags) + alt for alt in alternatives)
    head = _lookahead(pattern, flags)
    return re.compile(f"{head}(?:{pattern})" if head else pattern, flags)


# Each case-insensitive word list compiled again for lower-cased text (see ``lowered``): its
# words are lower case, and a case-sensitive search of lowered text is several times faster.
LOWERED: dict[re.Pattern, re.Pattern] = {}


def word_regex(words, *, lowercase_input: bool = False) -> re.Pattern:
    """Matcher for the words: Latin and Cyrillic entries as whole words, CJK and Hangul
    entries anywhere (those scripts do not put spaces between words). Case-insensitive, or,
    with ``lowercase_input``, case-sensitive for text already passed through ``lowered()``
    (several times faster than ``re.IGNORECASE`` on Unicode text)."""
    words = list(words)
    spaced = [w for w in words if not CJK_CHAR.search(w)]
    unspaced = [w for w in words if CJK_CHAR.search(w)]
    parts = []
    if spaced:
        parts.append(rf"(?<!\w){first_chars(spaced)}(?:{trie_pattern(spaced)})(?!\w)")
    if unspaced:
        parts.append(f"{first_chars(unspaced)}(?:{trie_pattern(unspaced)})")
    pattern = "|".join(parts)
    if lowercase_input:
        return re.compile(pattern)
    rx = re.compile(pattern, re.IGNORECASE)
    LOWERED[rx] = re.compile(pattern)
    return rx


def _cased_literals(items) -> list[str]:
    """The upper-case letters a parsed pattern spells out (those a search of lowered text misses)."""
    from re import _constants as c

    found = []
    for op, av in items:
        if op is c.LITERAL and chr(av) != chr(av).lower():
            found.append(chr(av))
        elif op is c.IN:
            found.extend(chr(v) for kind, v in av if kind is c.LITERAL and chr(v) != chr(v).lower())
            found.extend(f"{chr(v[0])}-{chr(v[1])}" for kind, v in av if kind is c.RANGE and chr(v[0]).isupper())
        elif op is c.BRANCH:
            for alternative in av[1]:
                found.extend(_cased_literals(alternative))
        elif op is c.SUBPATTERN:
            found.extend(_cased_literals(av[3]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found.extend(_cased_literals(av[2]))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            found.extend(_cased_literals(av[1]))
    return found


def case_free(pattern: str) -> re.Pattern:
    """A case-insensitive pattern written in lower case, compiled twice: as is, and for text already
    passed through ``lowered()`` (registered in ``LOWERED``, searched through ``cues.Finder``).
    A capital letter in the pattern would never match lowered text: it is refused."""
    from re import _parser

    capitals = _cased_literals(_parser.parse(pattern))
    if capitals:
        raise ValueError(f"case_free pattern spells capitals {capitals}: {pattern[:80]}")
    rx = compile_fast(pattern, re.IGNORECASE)
    LOWERED[rx] = compile_fast(pattern)
    return rx


def lowered(text: str) -> str | None:
    """``text`` in lower case with every offset unchanged, or None where lower-casing would
    change the length (a few letters such as "İ" become two characters)."""
    low = text.lower()
    return low if len(low) == len(text) else None


def words(text: str) -> list[str]:
    """Split a lexicon written as a multi-line string: one entry a line, "#" starts a comment."""
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        out.extend(w.strip() for w in line.split(",") if w.strip())
    return out
