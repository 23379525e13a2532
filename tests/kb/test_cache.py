"""Compiled-pickle cache: reuse, invalidation when data changes, unwritable cache dirs."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from mercato.kb import load_kb, loader
from mercato.kb.loader import DATA_DIR


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def test_cache_written_and_invalidated(tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MERCATO_CACHE_DIR", str(cache))
    with (data_copy / "clubs.csv").open("a", encoding="utf-8") as fh:  # a key no other test has used
        fh.write(f"zz:unique,{tmp_path.name},Nowhere,,0,10\n")
    first = load_kb(data_dir=data_copy)
    pickles = list(cache.glob("kb-*.pickle"))
    assert len(pickles) == 1
    again = load_kb(data_dir=data_copy)
    assert len(again.clubs) == len(first.clubs)
    assert list(cache.glob("kb-*.pickle")) == pickles  # served from the same cache entry

    with (data_copy / "clubs.csv").open("a", encoding="utf-8") as fh:
        fh.write("zz:cache-test,Cache Test FC,Nowhere,,0,10\n")
    changed = load_kb(data_dir=data_copy)
    assert "zz:cache-test" in changed.clubs
    assert len(list(cache.glob("kb-*.pickle"))) == 2


def test_user_file_change_invalidates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MERCATO_CACHE_DIR", str(tmp_path / "cache"))
    extra = tmp_path / "extra.yaml"
    extra.write_text("clubs:\n  - {id: zz:one, name: One FC}\n", encoding="utf-8")
    assert "zz:one" in load_kb(extra=extra).clubs
    extra.write_text("clubs:\n  - {id: zz:two, name: Two FC}\n", encoding="utf-8")
    kb = load_kb(extra=extra)
    assert "zz:two" in kb.clubs and "zz:one" not in kb.clubs


def test_unwritable_cache_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("MERCATO_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "xdg"))
    kb = load_kb()
    assert len(kb.clubs) > 1000


def test_corrupt_cache_is_ignored(tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MERCATO_CACHE_DIR", str(cache))
    load_kb(data_dir=data_copy)
    for pickle_file in cache.glob("kb-*.pickle"):
        pickle_file.write_bytes(b"garbage")
    assert len(load_kb(data_dir=data_copy).clubs) > 1000


def test_no_cache_mode(data_copy: Path) -> None:
    assert len(load_kb(data_dir=data_copy, use_cache=False).people) > 1000


def test_second_load_is_served_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Load time itself is measured by `make bench`; here: the second load builds nothing."""
    monkeypatch.setenv("MERCATO_CACHE_DIR", str(tmp_path / "cache"))
    first = load_kb()

    def no_rebuild(*_args: object) -> None:
        raise AssertionError("the knowledge base was rebuilt instead of read from the cache")

    monkeypatch.setattr(loader, "build_from_files", no_rebuild)
    assert len(load_kb().clubs) == len(first.clubs)


def test_frozen_types_survive_pickling_compiled_or_not() -> None:
    """Compiled with mypyc (setup.py), frozen dataclasses pickle through their constructors."""
    from mercato.kb.base import Alias
    from mercato.model import Club, EntityKind, Mention, Outlet, Person, Span

    values = [
        Club("it:as-roma", "AS Roma", "Italy", "Serie A"),
        Person("x-y", "X Y", "coach", "Italy", "Livorno", ("it:as-roma",), new=True),
        Outlet("sky", "Sky Sport", "outlet", "skysport.it", "Italy"),
        Mention(3, 7, EntityKind.CLUB, "it:as-roma", "Roma"),
        Span(0, 4, "Roma"),
        Alias("Giallorossi", EntityKind.CLUB, "it:as-roma", "it", "nickname"),
    ]
    for value in values:
        copy = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        assert copy == value and hash(copy) == hash(value)
