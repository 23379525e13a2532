"""Whether the extractor runs as compiled C extensions (see setup.py) and whether they are current.

An editable install (`make install`) compiles the extractor's modules, and the shared types they
work on (`mercato.model`, `mercato.kb.base`), in place, beside their sources; Python then imports
the compiled module before the `.py`. After an edit to a source, the old build would go on running
until the next install: `stale_modules` tells.
"""

from __future__ import annotations

import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

#: an edit this much newer than the build counts (installs write the two within a second)
_TOLERANCE_S = 2.0


def compiled_modules() -> list[str]:
    """The loaded modules of `mercato` that run from a compiled extension."""
    suffixes = tuple(EXTENSION_SUFFIXES)
    return sorted(
        name
        for name, module in list(sys.modules.items())
        if name.startswith("mercato.") and str(getattr(module, "__file__", "")).endswith(suffixes)
    )


def stale_modules() -> list[str]:
    """Compiled modules whose `.py` source was changed after they were built."""
    stale = []
    for name in compiled_modules():
        built = Path(sys.modules[name].__file__ or "")
        source = built.with_name(name.rsplit(".", 1)[1] + ".py")
        if source.exists() and source.stat().st_mtime > built.stat().st_mtime + _TOLERANCE_S:
            stale.append(name)
    return stale
