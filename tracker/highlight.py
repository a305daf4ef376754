"""Article text with its mentions highlighted, built from escaped pieces (never ``|safe`` on text)."""

from __future__ import annotations

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


def highlight(text: str, spans) -> SafeString:
    """``spans``: (start, end, css_class, title, url or "") tuples; overlapping spans are skipped."""
    parts: list[str] = []
    pos = 0
    for start, end, css, title, url in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or end <= start or end > len(text):
            continue
        parts.append(escape(text[pos:start]))
        if url:
            parts.append(format_html('<a class="hl {}" href="{}" title="{}">{}</a>', css, url, title, text[start:end]))
        else:
            parts.append(format_html('<mark class="hl {}" title="{}">{}</mark>', css, title, text[start:end]))
        pos = end
    parts.append(escape(text[pos:]))
    return mark_safe("".join(parts))  # noqa: S308 - every part above is escaped or format_html
