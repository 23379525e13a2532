"""The compiled build (setup.py) and the check that it is not older than its sources."""

import os
import sys
import types
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from mercato.extract.compiled import compiled_modules, stale_modules


def _fake_module(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, built_at: float, edited_at: float) -> str:
    name = "mercato.extract.fake_stage"
    built = tmp_path / f"fake_stage{EXTENSION_SUFFIXES[0]}"
    source = tmp_path / "fake_stage.py"
    built.write_bytes(b"")
    source.write_text("")
    os.utime(built, (built_at, built_at))
    os.utime(source, (edited_at, edited_at))
    module = types.ModuleType(name)
    module.__file__ = str(built)
    monkeypatch.setitem(sys.modules, name, module)
    return name


def test_a_source_edited_after_its_build_is_reported(monkeypatch, tmp_path):
    name = _fake_module(monkeypatch, tmp_path, built_at=1_000_000, edited_at=1_000_600)
    assert name in compiled_modules()
    assert name in stale_modules()


def test_a_build_written_with_its_source_is_current(monkeypatch, tmp_path):
    name = _fake_module(monkeypatch, tmp_path, built_at=1_000_000, edited_at=1_000_001)
    assert name in compiled_modules()
    assert name not in stale_modules()
