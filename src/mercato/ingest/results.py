"""What a reader yields besides articles: per-item failures and notices.

Readers never raise for bad input: one bad file (or one bad JSONL line) becomes a
`ReadFailure` in the stream and the batch goes on. `ReadNotice` is for things the user
should know that are not failures (a file decoded with a fallback encoding, a file that
is deliberately not read).
"""

from __future__ import annotations

from dataclasses import dataclass

from mercato.model import Article


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read; `source` is a path, or `path:line` for a JSONL line."""

    source: str
    reason: str


@dataclass(frozen=True)
class ReadNotice:
    """Something worth telling about an input that is not a failure."""

    source: str
    message: str


ReadResult = Article | ReadFailure | ReadNotice


class ReadError(Exception):
    """Raised inside the readers for one bad item; turned into a `ReadFailure` at the reader's edge."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
