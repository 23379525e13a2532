"""Claim extraction: (Article, KnowledgeBase) -> Extraction (being built)."""

from mercato.model import Article, Extraction


def extract(article: Article, kb: object) -> Extraction:
    return Extraction(article_id=article.id, lang=article.lang or "und", text=article.full_text)
