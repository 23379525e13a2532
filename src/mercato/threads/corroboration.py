"""Corroboration: how many *independent* outlets back a thread.

Every claim counts once per origin (see :mod:`mercato.threads.origin`): a copy counts as its
original, a citation as the cited outlet. Two outlets copying a third are one source; two articles
by one outlet are one source; denials (stage ``off``) corroborate nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from mercato.threads.origin import Origin, ThreadClaim


def independent_sources(
    claims: Iterable[ThreadClaim], origins: Mapping[str, Sequence[Origin]], as_of: dt.date | None = None
) -> set[str]:
    """The origin keys of the claims that assert the move (not ``off``), up to `as_of` if given."""
    keys: set[str] = set()
    for claim in claims:
        if claim.stage == "off":
            continue
        if as_of is not None and (claim.published is None or claim.published > as_of):
            continue
        keys.update(origin.key for origin in origins.get(claim.claim_id, ()))
    return keys


def publishers(claims: Iterable[ThreadClaim]) -> set[str]:
    """Distinct outlets that published something in the thread (copies included)."""
    return {claim.publisher_key for claim in claims}
