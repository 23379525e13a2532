"""User files merged over the shipped knowledge base (``load_kb(extra=...)``).

YAML form (every section optional)::

    clubs:
      - {id: it:foo, name: Foo Calcio, country: Italy, league: it.2, prominence: 60,
         aliases: [Foo, {surface: i foini, type: nickname, lang: it}]}
    people:
      - {id: mario-rossi, name: Mario Rossi, role: coach, nationality: Italy,
         birthplace: Livorno, region: Tuscany, clubs: [Juventus, it:ac-milan], aliases: [Rossi]}
    outlets:
      - {id: foo-news, name: Foo News, kind: outlet, domain: foonews.it, country: Italy,
         aliases: [FooNews]}
    aliases:
      - {surface: Vecchia, kind: club, entity_id: it:juventus, type: nickname, lang: it}

CSV form: one row per record, column ``entity`` (club | person | outlet | alias) plus the same
field names; ``aliases`` and ``clubs`` are ``|``-separated; alias rows use ``surface``,
``kind``, ``entity_id``, ``lang``, ``type``.

An entity whose id already exists replaces the shipped one (its aliases are kept); ids may be
omitted for people and outlets and are then made from the name.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import yaml

from mercato.kb.base import ALIAS_TYPES, Alias, KnowledgeBase
from mercato.kb.names import fold, slugify, surname_forms
from mercato.model import Club, EntityKind, Outlet, Person

SECTIONS = ("clubs", "people", "outlets", "aliases")
_ENTITY_TO_SECTION = {"club": "clubs", "person": "people", "outlet": "outlets", "alias": "aliases"}


def _fail(path: Path, message: str) -> ValueError:
    return ValueError(f"malformed knowledge-base user file {path}: {message}")


def _split(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    if isinstance(value, list):
        return value
    return [value]


def read_user_file(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Parse a YAML or CSV user file into ``{section: [record, ...]}``; ValueError if malformed."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, f"cannot read ({exc})") from exc
    if path.suffix.lower() == ".csv":
        return _read_csv(path, text)
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise _fail(path, f"invalid YAML ({exc})") from exc
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        raise _fail(path, "top level must be a mapping with keys " + ", ".join(SECTIONS))
    unknown = set(doc) - set(SECTIONS)
    if unknown:
        raise _fail(path, f"unknown section(s) {sorted(unknown)}; expected {list(SECTIONS)}")
    out: dict[str, list[dict[str, Any]]] = {}
    for section, records in doc.items():
        if records is None:
            continue
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise _fail(path, f"section '{section}' must be a list of mappings")
        out[section] = records
    return out


def _read_csv(path: Path, text: str) -> dict[str, list[dict[str, Any]]]:
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "entity" not in reader.fieldnames:
        raise _fail(path, "CSV needs a header row with an 'entity' column (club|person|outlet|alias)")
    out: dict[str, list[dict[str, Any]]] = {}
    for lineno, row in enumerate(reader, start=2):
        if None in row:
            raise _fail(path, f"line {lineno}: more fields than header columns")
        entity = (row.get("entity") or "").strip().lower()
        if entity not in _ENTITY_TO_SECTION:
            raise _fail(path, f"line {lineno}: entity must be club, person, outlet or alias, got {entity!r}")
        record = {k: v.strip() for k, v in row.items() if k != "entity" and v is not None and v.strip()}
        out.setdefault(_ENTITY_TO_SECTION[entity], []).append(record)
    return out


def _resolve_club(kb: KnowledgeBase, ref: str) -> str:
    if ref in kb.clubs:
        return ref
    wanted = fold(ref).lower()
    best: tuple[int, str] | None = None
    for alias in kb.aliases:
        if alias.kind is EntityKind.CLUB and fold(alias.surface).lower() == wanted:
            score = kb.club_prominence.get(alias.entity_id, 0)
            if best is None or score > best[0]:
                best = (score, alias.entity_id)
    return best[1] if best else ref


def _alias_records(path: Path, values: Any, where: str) -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = []
    for value in _split(values):
        if isinstance(value, str):
            out.append((value, "name", None))
        elif isinstance(value, dict) and isinstance(value.get("surface"), str):
            alias_type = str(value.get("type", "name"))
            if alias_type not in ALIAS_TYPES:
                raise _fail(path, f"{where}: alias type {alias_type!r} not in {sorted(ALIAS_TYPES)}")
            out.append((value["surface"], alias_type, value.get("lang")))
        else:
            raise _fail(path, f"{where}: alias must be a string or a mapping with 'surface'")
    return out


def _require(path: Path, record: dict[str, Any], key: str, where: str) -> str:
    value = record.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, f"{where}: missing or empty '{key}'")
    return value.strip()


def _name_aliases(kb: KnowledgeBase, kind: EntityKind, entity_id: str, name: str) -> None:
    kb.aliases.append(Alias(name, kind, entity_id, None, "name"))
    if fold(name) != name:
        kb.aliases.append(Alias(fold(name), kind, entity_id, None, "name"))


def merge_user_file(kb: KnowledgeBase, path: Path) -> None:
    """Merge a user file into ``kb`` in place (see the module docstring for the format)."""
    doc = read_user_file(path)
    for i, rec in enumerate(doc.get("clubs", [])):
        where = f"clubs[{i}]"
        name = _require(path, rec, "name", where)
        club_id = str(rec.get("id") or f"user:{slugify(name)}")
        try:
            prominence = int(rec.get("prominence", kb.club_prominence.get(club_id, 50)))
        except (TypeError, ValueError) as exc:
            raise _fail(path, f"{where}: prominence must be an integer") from exc
        national = str(rec.get("national_team", "")).lower() in {"1", "true", "yes"}
        kb.clubs[club_id] = Club(club_id, name, str(rec.get("country", "")), str(rec.get("league", "")), national)
        kb.club_prominence[club_id] = prominence
        _name_aliases(kb, EntityKind.CLUB, club_id, name)
        for surface, alias_type, lang in _alias_records(path, rec.get("aliases"), where):
            kb.aliases.append(Alias(surface, EntityKind.CLUB, club_id, lang, alias_type))
    for i, rec in enumerate(doc.get("people", [])):
        where = f"people[{i}]"
        name = _require(path, rec, "name", where)
        person_id = str(rec.get("id") or slugify(name))
        nationality = str(rec.get("nationality", ""))
        clubs = tuple(_resolve_club(kb, str(c)) for c in _split(rec.get("clubs")))
        kb.people[person_id] = Person(
            person_id, name, str(rec.get("role", "other")), nationality, str(rec.get("birthplace", "")), clubs
        )
        if rec.get("region"):
            kb.region_of[person_id] = str(rec["region"])
        _name_aliases(kb, EntityKind.PERSON, person_id, name)
        for form in surname_forms(name, nationality):
            for surface in dict.fromkeys((form, fold(form))):
                kb.aliases.append(Alias(surface, EntityKind.PERSON, person_id, None, "surname"))
        for surface, alias_type, lang in _alias_records(path, rec.get("aliases"), where):
            kb.aliases.append(Alias(surface, EntityKind.PERSON, person_id, lang, alias_type))
    for i, rec in enumerate(doc.get("outlets", [])):
        where = f"outlets[{i}]"
        name = _require(path, rec, "name", where)
        outlet_id = str(rec.get("id") or slugify(name))
        kind = str(rec.get("kind", "outlet"))
        if kind not in {"outlet", "journalist"}:
            raise _fail(path, f"{where}: kind must be 'outlet' or 'journalist'")
        kb.outlets[outlet_id] = Outlet(
            outlet_id, name, kind, str(rec.get("domain", "")).lower(), str(rec.get("country", ""))
        )
        if rec.get("employer"):
            kb.employer_of[outlet_id] = str(rec["employer"])
        _name_aliases(kb, EntityKind.OUTLET, outlet_id, name)
        for surface, alias_type, lang in _alias_records(path, rec.get("aliases"), where):
            kb.aliases.append(Alias(surface, EntityKind.OUTLET, outlet_id, lang, alias_type))
    kinds = {k.value: k for k in EntityKind}
    for i, rec in enumerate(doc.get("aliases", [])):
        where = f"aliases[{i}]"
        surface = _require(path, rec, "surface", where)
        kind_name = _require(path, rec, "kind", where)
        if kind_name not in kinds:
            raise _fail(path, f"{where}: kind must be one of {sorted(kinds)}")
        entity_id = _require(path, rec, "entity_id", where)
        alias_type = str(rec.get("type", rec.get("alias_type", "name")))
        if alias_type not in ALIAS_TYPES:
            raise _fail(path, f"{where}: alias type {alias_type!r} not in {sorted(ALIAS_TYPES)}")
        known: dict[str, set[str]] = {"club": set(kb.clubs), "person": set(kb.people), "outlet": set(kb.outlets)}
        if entity_id not in known[kind_name]:
            raise _fail(path, f"{where}: unknown {kind_name} id {entity_id!r}")
        kb.aliases.append(Alias(surface, kinds[kind_name], entity_id, rec.get("lang") or None, alias_type))
    kb.reindex()
