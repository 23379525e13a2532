"""Language identification restricted to the six languages mercato reads."""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("it", "en", "es", "fr", "de", "pt")


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED))
    return identifier


def detect_language(text: str) -> str:
    """Best guess among SUPPORTED; the first few thousand characters are plenty."""
    sample = text[:4000]
    if not sample.strip():
        return "und"
    lang, _prob = _identifier().classify(sample)
    return str(lang)
