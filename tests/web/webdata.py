"""Articles the web tests write themselves: a small story and one carrying a <script> payload."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "eval" / "dev"
TOKEN = "test-token-123"
XSS_TITLE = "Hammers <script>alert('title')</script> news"
XSS_TEXT = (
    "West Ham United are in contact with Massimiliano Allegri, according to Sky Sport. "
    '<script>window.__pwned = 1</script> The club <img src=x onerror="window.__pwned=2"> wants him.'
)

#: our own articles: a story across outlets and dates, a near-copy, and the XSS payload
OWN_ARTICLES = [
    {
        "id": "own-1",
        "title": "Lopetegui at risk at West Ham",
        "outlet": "Sky Sport",
        "published": "2024-11-20",
        "url": "https://example.org/own-1",
        "lang": "en",
        "text": "Julen Lopetegui is at risk of the sack at West Ham United after another defeat, "
        "according to Sky Sport.",
    },
    {
        "id": "own-xss",
        "title": XSS_TITLE,
        "outlet": "Example Daily",
        "published": "2024-12-10",
        "url": "javascript:alert(1)",
        "lang": "en",
        "text": XSS_TEXT,
    },
]
