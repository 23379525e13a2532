"""Fixtures shared by the extraction tests: the shipped knowledge base, loaded once, and readers
that extract one short text and return its claims in a form a test can compare."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mercato.extract import extract
from mercato.kb import KnowledgeBase, load_kb
from mercato.model import Article, Claim


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


def _claims_of(kb: KnowledgeBase, lang: str, text: str) -> list[Claim]:
    return extract(Article(id="t", lang=lang, title="", text=text), kb).claims


@pytest.fixture
def claims_in(kb: KnowledgeBase) -> Callable[[str, str], set[tuple[str, str, str, str]]]:
    """`claims_in(lang, text)`: (subject, type, club, stage) of each claim."""
    return lambda lang, text: {(c.subject, c.type.value, c.club, c.stage.value) for c in _claims_of(kb, lang, text)}


@pytest.fixture
def sources_in(kb: KnowledgeBase) -> Callable[[str, str], dict[tuple[str, str, str], list[str]]]:
    """`sources_in(lang, text)`: the sorted sources of each (subject, type, club)."""
    return lambda lang, text: {(c.subject, c.type.value, c.club): sorted(c.sources) for c in _claims_of(kb, lang, text)}


@pytest.fixture
def conditions_in(kb: KnowledgeBase) -> Callable[[str, str], dict[tuple[str, str, str], set[str]]]:
    """`conditions_in(lang, text)`: the conditions of each (subject, type, club)."""
    return lambda lang, text: {(c.subject, c.type.value, c.club): set(c.conditions) for c in _claims_of(kb, lang, text)}
