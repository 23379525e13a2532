"""Exact and near-duplicate articles: the same story syndicated or lightly rewritten by another outlet.

A copy is still stored as its own article, but linked ``copy_of`` the earliest version, so that
outlets copying each other do not count as independent confirmation of a rumour.

- Exact: the same `Article.content_hash`.
- Near: MinHash (datasketch) over word 5-shingles of the normalised text, candidates found by
  LSH and kept when their estimated Jaccard similarity reaches `threshold` (0.7 by default, less
  the estimate's standard error, see `DuplicateIndex.accept_from`:
  a rewritten headline plus one changed sentence in a 200-word article stays well above it;
  two different articles on the same transfer, sharing names and a few phrases, stay far below).

Pass the article *body* (`Article.text`) as `text`: headlines are what copyists rewrite first,
and a short text is dominated by them. `content_hash` (title included) stays the exact test.

"Earliest" is the order of `add`: add articles in publication order (the store rebuilding the
index from the database should too). A copy of a copy points to the first original.

Signatures are plain lists of 128 unsigned 32-bit ints (or 512 bytes with
`signature_to_bytes`), computed with a fixed seed and datasketch's ``affine32`` scheme over CRC-32
shingle hashes, so a signature stored today (by the store or a Spark job) compares correctly with
one computed later. (CRC-32, not datasketch's default SHA-1: the affine permutations supply the
randomness MinHash needs, and CRC-32 hashes the ~400 shingles of an article five times faster.)
"""

from __future__ import annotations

import math
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Literal

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE_WORDS = 5
SEED = 1
SCHEME: Literal["affine32"] = "affine32"
#: every byte that is no ASCII word character (letter, digit, "_") becomes a space
_NON_WORD_TO_SPACE = bytes(c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))

VerdictKind = Literal["new", "exact", "near"]


@dataclass(frozen=True)
class DuplicateVerdict:
    """`kind` "new", "exact" or "near"; `of`: the original (earliest article of the copy chain) or
    None; `similarity`: estimated Jaccard similarity to the matched article (1.0 for exact, the
    best one seen below the threshold for "new", 0.0 when there was no candidate at all)."""

    kind: VerdictKind
    of: str | None = None
    similarity: float = 0.0


def normalise(text: str) -> list[bytes]:
    """Words of `text` (ASCII letters, digits and "_"): compatibility-normalised, case-folded,
    reduced to ASCII (accents removed, letters without an ASCII form dropped), so a copy that lost
    its accents or had its quotes and dashes changed is still the same text."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return decomposed.encode("ascii", "ignore").translate(_NON_WORD_TO_SPACE).split()


def shingles(text: str, size: int = SHINGLE_WORDS) -> list[bytes]:
    """Word `size`-shingles of the normalised text (its words joined by single spaces); a text
    shorter than `size` words is one shingle."""
    words = normalise(text)
    if not words:
        return []
    joined = b" ".join(words)
    if len(words) <= size:
        return [joined]
    # cut from the joined text: a shingle runs from its first word's start to its last word's end
    starts = list(accumulate((len(word) + 1 for word in words[:-1]), initial=0))
    ends = [start + len(word) for start, word in zip(starts, words, strict=True)]
    return [joined[starts[i] : ends[i + size - 1]] for i in range(len(words) - size + 1)]


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The (seeded) permutation parameters, made once: generating them costs more than hashing."""
    template = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME)
    a, b = template.permutations
    return a, b


@lru_cache(maxsize=8)
def _empty_signature(num_perm: int) -> np.ndarray:
    return MinHash(num_perm=num_perm, seed=SEED, permutations=_permutations(num_perm), scheme=SCHEME).hashvalues


def _minhash(text: str, num_perm: int) -> MinHash:
    minhash = MinHash(
        num_perm=num_perm, seed=SEED, permutations=_permutations(num_perm), scheme=SCHEME, hashfunc=zlib.crc32
    )
    grams = shingles(text)
    if grams:
        minhash.update_batch(grams)
    return minhash


def minhash_signature(text: str, num_perm: int = 128) -> list[int]:
    """The MinHash signature of `text` as `num_perm` ints (JSON-, SQL- and Spark-friendly)."""
    return [int(v) for v in _minhash(text, num_perm).hashvalues]


def signature_to_bytes(signature: Sequence[int]) -> bytes:
    """A signature as little-endian uint32 bytes (512 bytes for 128 permutations), for a BLOB column."""
    return np.asarray(signature, dtype="<u4").tobytes()


def signature_from_bytes(data: bytes) -> list[int]:
    return [int(v) for v in np.frombuffer(data, dtype="<u4")]


class DuplicateIndex:
    """Articles seen so far, for exact and near-duplicate look-ups (in memory)."""

    def __init__(self, threshold: float = 0.7, num_perm: int = 128) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        #: Estimates from `num_perm` permutations scatter around the true similarity with a
        #: standard error of sqrt(t(1-t)/num_perm) (0.04 at 0.7 with 128): a copy whose true
        #: similarity is 0.79 can be estimated at 0.69. Accepting from one standard error below
        #: the threshold keeps such copies; independent articles are nowhere near (they share
        #: almost no 5-word sequences), so this costs no false matches in practice.
        self.accept_from = threshold - math.sqrt(threshold * (1 - threshold) / num_perm)
        # LSH only proposes candidates (each is then checked on its signature), so its bands are
        # tuned for recall: datasketch's default weighting finds only ~45% of pairs right at
        # the threshold; weighting misses 19:1 over extra candidates (25 bands of 5 rows at 128
        # permutations) finds ~96% there and >99% from 0.7, while different stories (similarity
        # near 0.1) almost never collide.
        self._lsh = MinHashLSH(threshold=self.accept_from, num_perm=num_perm, weights=(0.05, 0.95))
        self._signatures: dict[str, np.ndarray] = {}
        self._by_hash: dict[str, str] = {}  # content hash -> first article with it
        self._order: dict[str, int] = {}  # article id -> position in the order of `add`
        self._original: dict[str, str] = {}  # article id -> the original it copies (itself if none)
        self._last: tuple[str, str, np.ndarray] | None = None  # (id, text, signature) of the last check

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._order

    def check(self, article_id: str, text: str, content_hash: str) -> DuplicateVerdict:
        """Is this article a copy of one already added? Does not add it."""
        return self.check_signature(article_id, self._signature_of(article_id, text), content_hash)

    def check_signature(
        self, article_id: str, signature: Sequence[int] | np.ndarray, content_hash: str
    ) -> DuplicateVerdict:
        """`check` with a precomputed signature (from `minhash_signature`)."""
        values = self._as_array(signature)
        first = self._by_hash.get(content_hash)
        if first is not None and first != article_id and self._before(first, article_id):
            return DuplicateVerdict("exact", self._original[first], 1.0)
        similarities: dict[str, float] = {}
        if not self._is_empty(values):
            lean = LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)
            for candidate in self._lsh.query(lean):
                if candidate != article_id and self._before(candidate, article_id):
                    same = np.count_nonzero(self._signatures[candidate] == values)
                    similarities[candidate] = float(same) / len(values)
        matches = [c for c, sim in similarities.items() if sim >= self.accept_from]
        if matches:
            earliest = min(matches, key=self._order.__getitem__)
            return DuplicateVerdict("near", self._original[earliest], similarities[earliest])
        return DuplicateVerdict("new", None, max(similarities.values(), default=0.0))

    def add(self, article_id: str, text: str, content_hash: str) -> None:
        """Add an article (in publication order); adding an id already present does nothing."""
        if article_id in self._order:
            return
        self.add_signature(article_id, self._signature_of(article_id, text), content_hash)

    def add_signature(
        self,
        article_id: str,
        signature: Sequence[int] | np.ndarray,
        content_hash: str,
        copy_of: str | None = None,
    ) -> None:
        """Add an article by its stored signature (rebuilding the index from a database).

        `copy_of` is the original recorded for it, if known; otherwise it is worked out here.
        """
        if article_id in self._order:
            return
        values = self._as_array(signature)
        if copy_of is None:
            verdict = self.check_signature(article_id, values, content_hash)
            copy_of = verdict.of
        self._order[article_id] = len(self._order)
        self._original[article_id] = self._original.get(copy_of, copy_of) if copy_of else article_id
        self._by_hash.setdefault(content_hash, article_id)
        self._signatures[article_id] = values
        if not self._is_empty(values):
            self._lsh.insert(article_id, LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME))

    def _signature_of(self, article_id: str, text: str) -> np.ndarray:
        """The signature, reusing the one computed by the last `check` (check then add is the norm)."""
        if self._last is not None and self._last[0] == article_id and self._last[1] == text:
            return self._last[2]
        values = _minhash(text, self.num_perm).hashvalues.astype(np.uint32, copy=True)
        self._last = (article_id, text, values)
        return values

    def _as_array(self, signature: Sequence[int] | np.ndarray) -> np.ndarray:
        values = np.asarray(signature, dtype=np.uint32)
        if values.shape != (self.num_perm,):
            raise ValueError(f"signature has {values.size} values, the index uses {self.num_perm}")
        return values

    def _before(self, other: str, article_id: str) -> bool:
        """True when `other` may be the original of `article_id`: added, and added before it if it
        is itself already in the index (re-checking an old article must not point to a later copy)."""
        position = self._order.get(article_id)
        return position is None or self._order[other] < position

    def _is_empty(self, values: np.ndarray) -> bool:
        """A text without words has the signature of the empty set: it matches nothing."""
        return bool(np.array_equal(values, _empty_signature(self.num_perm)))
