"""The build script: deterministic output matching the committed data files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
FILES = ("clubs.csv", "people.csv", "outlets.csv", "aliases.csv", "attributes.json")


@pytest.mark.skipif(not (SHARED / "openfootball-clubs" / "clubs.csv").is_file(), reason="shared data not present")
def test_build_is_deterministic_and_committed(tmp_path: Path) -> None:
    outs = []
    for name in ("a", "b"):
        out = tmp_path / name
        result = subprocess.run(
            [sys.executable, str(REPO / "scripts" / "build_kb.py"), str(SHARED), "--out", str(out)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        outs.append(out)
    shipped = REPO / "src" / "mercato" / "kb" / "data"
    for file in FILES:
        built = (outs[0] / file).read_bytes()
        assert built == (outs[1] / file).read_bytes(), file
        assert built == (shipped / file).read_bytes(), f"{file} is stale: re-run scripts/build_kb.py"


def test_inflection() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    from build_kb import inflect, split_lang_tag  # type: ignore[import-not-found]

    assert set(inflect("tedesco", "it")) == {"tedesco", "tedesca", "tedeschi", "tedesche"}
    assert "portoghesi" in inflect("portoghese", "it")
    assert set(inflect("alemán", "es")) >= {"alemana", "alemanes"}
    assert set(inflect("español", "es")) >= {"española", "españoles"}
    assert set(inflect("italien", "fr")) >= {"italienne", "italiens", "italiennes"}
    assert set(inflect("Spanier", "de")) >= {"Spanierin"}
    assert set(inflect("português", "pt")) >= {"portuguesa", "portugueses"}
    assert inflect("=culés", "es") == ["culés"]
    assert split_lang_tag("AC Florenz [de]") == ("AC Florenz", "de")
