"""`mercato dev …`: tools for developers (synthetic corpora)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Developer tools: synthetic corpora for benchmarks and scale tests.", no_args_is_help=True)


@app.command("gen-corpus")
def gen_corpus(
    articles: Annotated[int, typer.Option("--articles", "-n", min=1, help="How many articles.")],
    out: Annotated[Path, typer.Option("--out", help="Output directory (jsonl/ and warc/ shards).")],
    seed: Annotated[int, typer.Option("--seed", help="Random seed: the same seed gives the same files.")] = 7,
    shard_size: Annotated[int, typer.Option("--shard-size", min=1, help="Articles per output file.")] = 5000,
    warc_share: Annotated[
        float, typer.Option("--warc-share", min=0.0, max=1.0, help="Share of articles written as WARC.gz HTML pages.")
    ] = 0.2,
    copy_rate: Annotated[
        float, typer.Option("--copy-rate", min=0.0, max=1.0, help="Share of articles that copy an earlier one.")
    ] = 0.08,
) -> None:
    """Generate a reproducible multilingual corpus (it, en, es, fr, de, pt) as JSONL and WARC.gz shards."""
    from mercato.dev.scale import write_corpus_dir

    stats = write_corpus_dir(
        out, articles, seed=seed, shard_size=shard_size, warc_share=warc_share, copy_rate=copy_rate
    )
    print(json.dumps(stats.to_dict()))
