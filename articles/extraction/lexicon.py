"""Word lists compiled into fast regular expressions.

A list of many alternatives (``met|meeting|…``) is slow in Python's ``re``; the same words
compiled as a trie (``me(?:t|eting…)``) match in one pass. Entries are lower case; a trailing
``*`` allows any word ending ("rencontr*" matches "rencontré", "rencontrent").
"""

from __future__ import annotations

import re

CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


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
        parts.append(rf"(?<!\w)(?:{trie_pattern(spaced)})(?!\w)")
    if unspaced:
        parts.append(f"(?:{trie_pattern(unspaced)})")
    return re.compile("|".join(parts), 0 if lowercase_input else re.IGNORECASE)


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
