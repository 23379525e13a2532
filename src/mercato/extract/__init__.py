"""Claim extraction: a pure, deterministic function (Article, KnowledgeBase) -> Extraction.

No I/O and no global state beyond caches of compiled tables: the same call gives the same
result in the CLI, the API, tests and Spark tasks.
"""

from __future__ import annotations

import warnings

from mercato.extract.claims import Sentence, assemble_claims
from mercato.extract.compiled import stale_modules
from mercato.extract.cues import table_for
from mercato.extract.language import SUPPORTED, detect_language
from mercato.extract.mentions import find_mentions, index_for
from mercato.extract.normalise import fold, normalise, search_form
from mercato.extract.sentences import split_sentences
from mercato.kb import KnowledgeBase
from mercato.model import Article, Extraction

__all__ = ["extract", "detect_language", "normalise", "SUPPORTED"]

if stale := stale_modules():
    warnings.warn(
        f"{', '.join(stale)}: the compiled build is older than the source and runs instead of it; "
        "run `make install` to rebuild",
        stacklevel=2,
    )


def extract(article: Article, kb: KnowledgeBase) -> Extraction:
    """Find the claims one article makes; evidence offsets point into `Extraction.text`."""
    text = normalise(article.full_text)
    lang = article.lang if article.lang in SUPPORTED else detect_language(text)
    if lang not in SUPPORTED:
        return Extraction(article_id=article.id, lang=lang, text=text)
    folded = fold(text)
    search = search_form(folded)
    table = table_for(lang)
    role_nouns = [m.span() for m in table.role_noun_scan.finditer(folded, search)]  # new names and epithets read both
    entities = find_mentions(text, folded, search, kb, table, index_for(kb), role_nouns)
    sentences = [Sentence(s, e) for s, e in split_sentences(text)]
    year = int(article.published[:4]) if article.published and article.published[:4].isdigit() else None
    claims = assemble_claims(
        text, folded, search, sentences, entities.mentions, entities.people, kb, table, role_nouns, year
    )
    claims.sort(key=lambda c: (c.evidence[0].start if c.evidence else 0, c.subject, c.type.value, c.club))
    return Extraction(article_id=article.id, lang=lang, text=text, mentions=entities.mentions, claims=claims)
