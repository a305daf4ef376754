"""The languages the tracker reads, by code, with their English names for the interface."""

LANGUAGE_NAMES = {
    "en": "English",
    "id": "Indonesian",
    "ko": "Korean",
    "zh": "Chinese",
    "zh-Hans": "Chinese (simplified)",
    "zh-Hant": "Chinese (traditional)",
    "ja": "Japanese",
    "ru": "Russian",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
}
SUPPORTED = ["en", "id", "ko", "zh", "ja", "ru", "es", "fr", "de"]


def language_name(code: str) -> str:
    """ "id" → "Indonesian"; an unknown code is shown as it is, an empty one as "unknown"."""
    if not code:
        return "unknown"
    return LANGUAGE_NAMES.get(code) or LANGUAGE_NAMES.get(code.split("-")[0], code)
