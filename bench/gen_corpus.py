"""Generate a reproducible synthetic corpus of transfer-news articles for the benchmark.

The generator lives in the package (:mod:`mercato.dev.corpus`, also behind
`mercato dev gen-corpus`); this script keeps the benchmark's command and names:

    python bench/gen_corpus.py --n 5000 --seed 7 --out bench/corpus/corpus.jsonl
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mercato.dev.corpus import (
    CLAIMS,
    CLUBS,
    COACHES,
    FILLER,
    LANGS,
    OUTLETS,
    PLAYERS,
    TITLES,
    club_name,
    generate,
    make_article,
    write_corpus,
)

__all__ = [
    "CLAIMS", "CLUBS", "COACHES", "DEFAULT_OUT", "FILLER", "LANGS", "OUTLETS", "PLAYERS", "TITLES",
    "club_name", "generate", "make_article", "write_corpus",
]  # fmt: skip

DEFAULT_OUT = Path(__file__).resolve().parent / "corpus" / "corpus.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="number of articles (default 5000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    path = write_corpus(args.out, args.n, args.seed)
    print(f"wrote {args.n} articles to {path} ({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
