"""Load the shipped knowledge base (plus an optional user file), with a pickle cache.

The generated files in ``data/`` are parsed once; the compiled :class:`KnowledgeBase` is pickled
into a cache directory under a key made from the data files' bytes, the user file's bytes and
:data:`CACHE_VERSION`, so any change to either rebuilds it. An unwritable cache is not an error.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import pickle
import tempfile
from pathlib import Path

from mercato.kb.base import Alias, KnowledgeBase
from mercato.kb.userfile import merge_user_file
from mercato.model import Club, EntityKind, Outlet, Person

#: Bump when the pickled structure or the merge logic changes.
CACHE_VERSION = "4"

DATA_DIR = Path(__file__).parent / "data"
DATA_FILES = ("clubs.csv", "people.csv", "outlets.csv", "aliases.csv", "attributes.json")


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def build_from_files(data_dir: Path) -> KnowledgeBase:
    """Parse the generated data files into a fresh knowledge base (no cache)."""
    kb = KnowledgeBase()
    for row in _read_csv(data_dir / "clubs.csv"):
        kb.clubs[row["id"]] = Club(
            id=row["id"],
            name=row["name"],
            country=row["country"],
            league=row["league"],
            national_team=row["national_team"] == "1",
        )
        kb.club_prominence[row["id"]] = int(row["prominence"] or 10)
    for row in _read_csv(data_dir / "people.csv"):
        kb.people[row["id"]] = Person(
            id=row["id"],
            name=row["name"],
            role=row["role"] or "other",
            nationality=row["nationality"],
            birthplace=row["birthplace"],
            clubs=tuple(c for c in row["clubs"].split("|") if c),
        )
        if row["region"]:
            kb.region_of[row["id"]] = row["region"]
    for row in _read_csv(data_dir / "outlets.csv"):
        kb.outlets[row["id"]] = Outlet(
            id=row["id"], name=row["name"], kind=row["kind"], domain=row["domain"], country=row["country"]
        )
        if row["employer"]:
            kb.employer_of[row["id"]] = row["employer"]
    kinds = {k.value: k for k in EntityKind}
    kb.aliases = [
        Alias(
            surface=row["surface"],
            kind=kinds[row["kind"]],
            entity_id=row["entity_id"],
            lang=row["lang"] or None,
            alias_type=row["alias_type"],
        )
        for row in _read_csv(data_dir / "aliases.csv")
    ]
    attributes = json.loads((data_dir / "attributes.json").read_text(encoding="utf-8"))
    kb.demonyms = {k: [(a, b) for a, b in v] for k, v in attributes["demonyms"].items()}
    kb.club_adjectives = dict(attributes["club_adjectives"])
    kb.reindex()
    return kb


def _cache_dirs() -> list[Path]:
    dirs: list[Path] = []
    if os.environ.get("MERCATO_CACHE_DIR"):
        dirs.append(Path(os.environ["MERCATO_CACHE_DIR"]))
    xdg = os.environ.get("XDG_CACHE_HOME")
    dirs.append((Path(xdg) if xdg else Path.home() / ".cache") / "mercato")
    dirs.append(Path(tempfile.gettempdir()) / f"mercato-cache-{os.getuid() if hasattr(os, 'getuid') else 0}")
    return dirs


def cache_key(data_dir: Path, extra: Path | None) -> str:
    digest = hashlib.sha256(CACHE_VERSION.encode())
    for name in DATA_FILES:
        digest.update(name.encode())
        digest.update((data_dir / name).read_bytes())
    if extra is not None:
        digest.update(b"extra:" + extra.suffix.lower().encode())
        digest.update(extra.read_bytes())
    return digest.hexdigest()[:24]


def _try_read_cache(key: str) -> KnowledgeBase | None:
    for directory in _cache_dirs():
        path = directory / f"kb-{key}.pickle"
        try:
            with path.open("rb") as fh:
                kb = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            continue
        if isinstance(kb, KnowledgeBase):
            return kb
    return None


def _try_write_cache(key: str, kb: KnowledgeBase) -> Path | None:
    payload = pickle.dumps(kb, protocol=pickle.HIGHEST_PROTOCOL)
    for directory in _cache_dirs():
        try:
            directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=directory, prefix=".kb-", suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            target = directory / f"kb-{key}.pickle"
            os.replace(tmp, target)
            return target
        except OSError:
            continue
    return None


def load_kb(
    extra: str | os.PathLike[str] | None = None,
    *,
    data_dir: str | os.PathLike[str] | None = None,
    use_cache: bool = True,
) -> KnowledgeBase:
    """Load the shipped knowledge base, optionally merged with a user YAML/CSV file.

    ``extra`` adds clubs, people, outlets and aliases and overrides entities by id (see
    :mod:`mercato.kb.userfile` for the format); a malformed file raises ``ValueError``.
    """
    base_dir = Path(data_dir) if data_dir is not None else DATA_DIR
    extra_path = Path(extra) if extra is not None else None
    if extra_path is not None and not extra_path.is_file():
        raise ValueError(f"knowledge-base user file not found: {extra_path}")
    key = cache_key(base_dir, extra_path) if use_cache else ""
    if use_cache:
        cached = _try_read_cache(key)
        if cached is not None:
            return cached
    kb = build_from_files(base_dir)
    if extra_path is not None:
        merge_user_file(kb, extra_path)
    if use_cache:
        _try_write_cache(key, kb)
    return kb
