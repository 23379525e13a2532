"""Build the shipped knowledge base (src/mercato/kb/data/) from open data plus curated files.

Usage: python scripts/build_kb.py [SHARED_DATA_DIR] [--out DIR]
(defaults: ../shared/data relative to the repo root; src/mercato/kb/data)

Inputs: openfootball clubs / football.json season membership / Euro squads, transfermarkt-datasets
clubs (all CC0), and the hand-curated YAML under src/mercato/kb/curated/. Output is deterministic
(sorted rows, no timestamps), so re-running on the same inputs gives byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from mercato.kb.names import fold, slugify, surname_forms  # noqa: E402

KB_DIR = REPO / "src" / "mercato" / "kb"
CURATED = KB_DIR / "curated"
OUT = KB_DIR / "data"
LANGS = ("it", "en", "es", "fr", "de", "pt")

#: openfootball country codes whose whole club list is kept (others only when seen in a league/squad).
COVERED = {
    "eng", "sco", "wal", "it", "es", "de", "fr", "pt", "nl", "tr", "be", "sa", "us", "ca", "br", "ar",
    "gr", "at", "ch", "dk", "ru", "ua", "mx", "mc",
}  # fmt: skip
BIG_FIVE_TOP = {"en.1", "it.1", "es.1", "de.1", "fr.1"}
OTHER_TOP = {"pt.1", "nl.1", "tr.1", "sco.1", "be.1", "br.1", "ar.1", "mls", "sa.1"}
MINOR_TOP = {"at.1", "gr.1"}
SECOND = {"en.2", "it.2", "es.2", "de.2", "fr.2", "br.2"}
LOWER = {"en.3", "en.4", "at.2"}
FIFA_TO_OF = {
    "ENG": "eng", "SCO": "sco", "WAL": "wal", "ITA": "it", "ESP": "es", "GER": "de", "FRA": "fr",
    "POR": "pt", "NED": "nl", "TUR": "tr", "BEL": "be", "KSA": "sa", "SAU": "sa", "USA": "us",
    "GRE": "gr", "AUT": "at", "SUI": "ch", "DEN": "dk", "RUS": "ru", "UKR": "ua", "MCO": "fr",
    "CZE": "cz", "POL": "pl", "CRO": "hr", "SRB": "rs", "HUN": "hu", "ROU": "ro", "SVK": "sk",
    "SVN": "si", "CYP": "cy", "NOR": "no", "SWE": "se", "BUL": "bg", "GEO": "ge", "AZE": "az",
    "KOR": "kr", "QAT": "qa", "UAE": "ae", "IRI": "ir",
}  # fmt: skip
TM_LEAGUE_TO_OF = {
    "GB1": "eng", "ES1": "es", "IT1": "it", "L1": "de", "FR1": "fr", "PO1": "pt", "NL1": "nl",
    "TR1": "tr", "BE1": "be", "SC1": "sco", "GR1": "gr", "DK1": "dk", "RU1": "ru", "UKR1": "ua",
}  # fmt: skip
LEGAL_SUFFIX_RE = re.compile(r"\s+(F\.C\.|A\.F\.C\.|FC|AFC|CF|SFC|S\.p\.A\.|S\.p\.a\.)$")
YEARS_RE = re.compile(r"\s*\(\d{4}-\d{4}\)\s*$")
ABBREV_TOKEN_RE = re.compile(r"^[^\W\d_]{1,6}\.$")
DEFAULT_ROLES = {"coaches": "coach", "players": "player", "directors": "director"}
#: roles prominent enough that a common-word surname ("Conte", "Costa") is still generated
PROMINENT_ROLES = {"coach", "director", "president", "owner"}


def warn(message: str) -> None:
    print(f"build_kb: {message}", file=sys.stderr)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_yaml(name: str) -> Any:
    return yaml.safe_load((CURATED / name).read_text(encoding="utf-8"))


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def norm(surface: str) -> str:
    """Comparison key for surfaces: accent-folded, lower case, single spaces."""
    return " ".join(fold(surface).lower().replace("-", " ").split())


@dataclass
class ClubRec:
    id: str
    name: str
    country: str
    league: str = ""
    national_team: bool = False
    prominence: int = 10
    city: str = ""
    raw_names: list[str] = field(default_factory=list)


@dataclass
class Builder:
    shared: Path
    clubs: dict[str, ClubRec] = field(default_factory=dict)
    aliases: set[tuple[str, str, str, str, str]] = field(default_factory=set)  # surface, kind, id, lang, type
    curated_aliases: set[tuple[str, str, str, str, str]] = field(default_factory=set)
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    outlets: dict[str, dict[str, Any]] = field(default_factory=dict)
    demonyms: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    club_adjectives: dict[str, str] = field(default_factory=dict)
    stopwords: set[str] = field(default_factory=set)
    short_forms: set[str] = field(default_factory=set)
    short_acronyms: set[str] = field(default_factory=set)
    cities: set[str] = field(default_factory=set)
    #: clubs of uncovered countries, pulled in only when a curated person or squad refers to them
    reserve: dict[str, ClubRec] = field(default_factory=dict)
    #: norm(surface) -> club ids, kept in step with add_alias (for resolve_club)
    club_index: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    demonym_keys: set[str] = field(default_factory=set)
    country_names: set[str] = field(default_factory=set)

    # ------------------------------------------------------------------ aliases
    def add_alias(
        self, surface: str, kind: str, entity_id: str, lang: str = "", alias_type: str = "name", curated: bool = False
    ) -> None:
        surface = " ".join(surface.split())
        if not surface:
            return
        row = (surface, kind, entity_id, lang, alias_type)
        if kind == "club":
            self.club_index[norm(surface)].add(entity_id)
        if curated:
            self.curated_aliases.add(row)
        self.aliases.add(row)
        folded = fold(surface)
        if folded != surface and alias_type != "country":
            folded_row = (folded, kind, entity_id, lang, alias_type)
            self.aliases.add(folded_row)
            if curated:
                self.curated_aliases.add(folded_row)

    def acceptable(self, surface: str) -> bool:
        """Generated (not curated) aliases: drop abbreviations, too-short forms and common words."""
        key = norm(surface)
        if len(surface) < 3 and surface not in self.short_acronyms:
            return False
        if not self.demonym_keys:
            self.demonym_keys = {norm(d) for d in self.demonyms}
        if key in self.stopwords or key in self.country_names or key in self.demonym_keys:
            return False
        tokens = surface.split()
        return not any(ABBREV_TOKEN_RE.match(t) and t not in {"St.", "Ste."} for t in tokens)

    # ------------------------------------------------------------------ clubs
    def load_clubs(self) -> None:
        of = self.shared / "openfootball-clubs"
        season = read_csv(self.shared / "openfootball-football-json" / "season_clubs.csv")
        league_of: dict[str, str] = {}
        for row in season:
            cid = row["openfootball_club_id"]
            if not cid or int(row["matches_listed"] or 0) < 5:
                continue
            code = row["league_code"]
            if code == "copa.l" and cid in league_of:
                continue
            league_of.setdefault(cid, code)
            if code != "copa.l":
                league_of[cid] = code
        squad_club_ids = self.squad_club_ids()
        overrides: dict[str, str] = load_yaml("clubs.yaml")["canonical"]
        sa_top = set(load_yaml("clubs.yaml").get("saudi_pro_league", []))
        for row in read_csv(of / "clubs.csv"):
            cid, code = row["id"], row["country_code"]
            league = league_of.get(cid, "sa.1" if cid in sa_top else "")
            name = YEARS_RE.sub("", row["name"])
            canonical = overrides.get(cid) or LEGAL_SUFFIX_RE.sub("", name).strip()
            rec = ClubRec(cid, canonical, row["country"], league, city=row["city"].split(" (")[0])
            rec.prominence = self.prominence_for(league, code)
            rec.raw_names = [name] + [YEARS_RE.sub("", a) for a in row["alt_names"].split(" | ") if a]
            if code not in COVERED and not league and cid not in squad_club_ids:
                if row["team_level"] == "1":
                    self.reserve[cid] = rec
                continue
            self.clubs[cid] = rec
        for cid in overrides:
            if cid not in self.clubs:
                warn(f"canonical override for unknown club {cid}")
        for row in read_csv(of / "club_aliases.csv"):
            found = self.clubs.get(row["club_id"]) or self.reserve.get(row["club_id"])
            if found is None or row["kind"] == "former":
                continue
            if row["lang"] in ("ar", "ja", "ko"):
                continue
            alias = YEARS_RE.sub("", row["alias"])
            found.raw_names.append(f"{alias} [{row['lang']}]" if row["lang"] and "[" not in alias else alias)
        self.apply_tm_clubs()

    def prominence_for(self, league: str, country_code: str) -> int:
        if league in BIG_FIVE_TOP:
            return 100
        if league in OTHER_TOP:
            return 80
        if league in MINOR_TOP:
            return 70
        if league in SECOND:
            return 60
        if league in LOWER:
            return 40
        if league:
            return 30
        return 10

    def squad_club_ids(self) -> set[str]:
        """openfootball ids of clubs named in the Euro squads (so foreign clubs like Dinamo Zagreb stay)."""
        index: dict[tuple[str, str], str] = {}
        for row in read_csv(self.shared / "openfootball-clubs" / "club_aliases.csv"):
            index.setdefault(
                (row["club_id"].split(":")[0], norm(LEGAL_SUFFIX_RE.sub("", row["alias"]))), row["club_id"]
            )
        self._alias_index = index
        found = set()
        for row in read_csv(self.shared / "openfootball-euro-squads" / "squads.csv"):
            cid = self.resolve_squad_club(row["club"], row["club_country_fifa"])
            if cid:
                found.add(cid)
        return found

    def resolve_squad_club(self, club: str, fifa: str) -> str:
        code = FIFA_TO_OF.get(fifa, "")
        base = LEGAL_SUFFIX_RE.sub("", club.strip())
        candidates = [base, re.sub(r"^(FC|F\.C\.|SK|NK|GNK|HNK|PFC|AC|SC) ", "", base), club]
        for cand in candidates:
            cid = self._alias_index.get((code, norm(cand)))
            if cid:
                return cid
        return ""

    def apply_tm_clubs(self) -> None:
        """Raise prominence of clubs that played a covered top flight recently; add official long names."""
        index: dict[tuple[str, str], str] = {}
        for rec in self.clubs.values():
            code = rec.id.split(":")[0]
            for n in rec.raw_names + [rec.name]:
                index.setdefault((code, norm(LEGAL_SUFFIX_RE.sub("", n))), rec.id)
        unmatched = 0
        for row in read_csv(self.shared / "transfermarkt-datasets" / "clubs.csv"):
            code = TM_LEAGUE_TO_OF.get(row["domestic_competition_id"], "")
            name = row["name"]
            keys = [name, LEGAL_SUFFIX_RE.sub("", name), re.sub(r"\s+S\.p\.[Aa]\.$", "", name)]
            cid = next((index[(code, norm(k))] for k in keys if (code, norm(k)) in index), "")
            if not cid:
                unmatched += 1
                continue
            rec = self.clubs[cid]
            if int(row["last_season"] or 0) >= 2022 and rec.prominence < 40:
                rec.prominence = 40
            rec.raw_names.append(re.sub(r"\s+S\.p\.[Aa]\.$", "", name))
        warn(f"transfermarkt clubs not matched to openfootball: {unmatched}")

    def load_curated_clubs(self) -> None:
        doc = load_yaml("clubs.yaml")
        self.short_forms = {norm(s) for s in doc["short_forms"]}
        self.short_acronyms = set(doc["acronyms"])
        for extra in doc.get("add", []):
            rec = ClubRec(extra["id"], extra["name"], extra["country"], extra.get("league", ""))
            rec.prominence = int(extra.get("prominence", self.prominence_for(rec.league, "")))
            rec.raw_names = [extra["name"]]
            self.clubs[rec.id] = rec
            for a in as_list(extra.get("aliases")):
                self.add_alias(a, "club", rec.id, curated=True)
        for cid, value in doc.get("league", {}).items():
            self.clubs[cid].league = value
        for cid, value in doc.get("prominence", {}).items():
            self.clubs[cid].prominence = int(value)
        for cid in doc.get("drop_aliases_of", []):
            self.clubs[cid].raw_names = []
        # generated aliases from openfootball/transfermarkt names
        for rec in self.clubs.values():
            self.add_alias(rec.name, "club", rec.id, alias_type="name", curated=True)
            for raw in rec.raw_names:
                n, lang = split_lang_tag(raw)
                if not n or not self.acceptable(n):
                    continue
                self.add_alias(n, "club", rec.id, lang, alias_type=self.club_alias_type(n))
        blocked = {norm(surface) for surface in doc.get("blocked_aliases", [])}
        self.aliases = {a for a in self.aliases if norm(a[0]) not in blocked or a in self.curated_aliases}

    def club_alias_type(self, surface: str) -> str:
        """Generated club aliases that are short forms or bare place names need context: `short`."""
        key = norm(surface)
        return "short" if key in self.short_forms or key in self.cities else "name"

    def resolve_club(self, ref: str) -> str:
        """Club id from an id or any club alias (highest prominence wins)."""
        if ref in self.clubs:
            return ref
        key = norm(ref)
        ids = [eid for eid in self.club_index.get(key, ()) if eid in self.clubs]
        if not ids:
            for rec in self.clubs.values():
                if norm(rec.name) == key:
                    return rec.id
            return self.pull_reserve(ref)
        return max(ids, key=lambda eid: (self.clubs[eid].prominence, eid))

    def pull_reserve(self, ref: str) -> str:
        """Bring in a club of an uncovered country (prominence 10) that a curated entry names."""
        key = norm(ref)
        for cid in sorted(self.reserve):
            rec = self.reserve[cid]
            names = [rec.name] + rec.raw_names
            if any(norm(LEGAL_SUFFIX_RE.sub("", n)) == key or norm(n) == key for n in names):
                del self.reserve[cid]
                self.clubs[cid] = rec
                self.add_alias(rec.name, "club", cid, curated=True)
                for n in rec.raw_names:
                    owners = self.club_index.get(norm(n), set()) - {cid}
                    if self.acceptable(n) and not owners:
                        self.add_alias(n, "club", cid)
                return cid
        raise KeyError(ref)

    def load_nicknames(self) -> None:
        doc: dict[str, dict[str, Any]] = load_yaml("nicknames.yaml")
        for ref, spec in doc.items():
            try:
                cid = self.resolve_club(ref)
            except KeyError:
                warn(f"nicknames: unknown club {ref!r}")
                continue
            for key, values in spec.items():
                if key == "adj":
                    for lang, words in values.items():
                        for word in as_list(words):
                            for form in inflect(word, lang):
                                self.club_adjectives[form.lower()] = cid
                    continue
                if key in ("names", "short"):
                    for v in as_list(values):
                        self.add_alias(v, "club", cid, "", "name" if key == "names" else "short", curated=True)
                    continue
                lang = "" if key == "any" else key
                if lang and lang not in LANGS:
                    warn(f"nicknames: {ref}: unknown key {key}")
                    continue
                for v in as_list(values):
                    self.add_alias(v, "club", cid, lang, "nickname", curated=True)

    # ------------------------------------------------------------------ countries / national teams
    def load_countries(self) -> None:
        doc: dict[str, dict[str, Any]] = load_yaml("countries.yaml")
        for country, spec in doc.items():
            nt_id = f"nt:{slugify(country)}"
            rec: ClubRec | None = ClubRec(nt_id, f"{country} national team", country, "", True, 90)
            if spec.get("nt") is False:
                rec = None
            names = spec.get("names", {})
            for lang, words in names.items():
                for word in as_list(words):
                    self.cities.add(norm(word))
                    self.country_names.add(norm(word))
                    if rec is not None:
                        self.add_alias(word, "club", nt_id, "" if lang == "any" else lang, "country", curated=True)
            if rec is not None:
                self.clubs[nt_id] = rec
                self.add_alias(rec.name, "club", nt_id, "en", "name", curated=True)
                for lang, words in (spec.get("team") or {}).items():
                    for word in as_list(words):
                        self.add_alias(word, "club", nt_id, "" if lang == "any" else lang, "nickname", curated=True)
            for lang, words in (spec.get("dem") or {}).items():
                for word in as_list(words):
                    for form in inflect(word, lang):
                        self.demonyms[form.lower()].add(("nationality", country))

    def load_places(self) -> None:
        doc: dict[str, dict[str, Any]] = load_yaml("demonyms.yaml")
        for kind in ("birthplace", "region"):
            for place, spec in (doc.get(kind) or {}).items():
                self.cities.add(norm(place))
                for lang, words in spec.items():
                    for word in as_list(words):
                        for form in inflect(word, lang):
                            self.demonyms[form.lower()].add((kind, place))

    # ------------------------------------------------------------------ people
    def load_people(self) -> None:
        squads = read_csv(self.shared / "openfootball-euro-squads" / "squads.csv")
        squads.sort(key=lambda r: r["tournament"])  # 2021 first, 2024 last = current club last
        for row in squads:
            pid = slugify(row["name"])
            person = self.people.setdefault(
                pid,
                {
                    "id": pid,
                    "name": row["name"],
                    "role": "player",
                    "nationality": row["national_team"],
                    "birthplace": "",
                    "region": "",
                    "clubs": [],
                    "aliases": [],
                },
            )
            cid = self.resolve_squad_club(row["club"], row["club_country_fifa"])
            if cid in self.clubs and cid not in person["clubs"]:
                person["clubs"].append(cid)
        for fname in sorted(CURATED.glob("people_*.yaml")):
            default_role = DEFAULT_ROLES.get(fname.stem.removeprefix("people_").split("_")[0], "other")
            for entry in load_yaml(fname.name) or []:
                name = entry["name"]
                pid = entry.get("id") or slugify(name)
                old = self.people.get(pid, {})
                clubs: list[str] = []
                for ref in as_list(entry.get("clubs")):
                    try:
                        cid = self.resolve_club(str(ref))
                    except KeyError:
                        warn(f"{fname.name}: {name}: unknown club {ref!r}")
                        continue
                    if cid not in clubs:
                        clubs.append(cid)
                for cid in old.get("clubs", []):
                    if cid not in clubs:
                        clubs.append(cid)
                self.people[pid] = {
                    "id": pid,
                    "name": name,
                    "role": entry.get("role", default_role),
                    "nationality": entry.get("nat", old.get("nationality", "")),
                    "birthplace": entry.get("born", ""),
                    "region": entry.get("region", ""),
                    "clubs": clubs,
                    "aliases": as_list(entry.get("aliases")),
                    "no_surname": bool(entry.get("no_surname")),
                    "curated": True,
                }

    def person_aliases(self) -> None:
        club_surfaces = {norm(a[0]) for a in self.aliases if a[1] == "club"}
        places = club_surfaces | self.cities | {norm(d) for d in self.demonyms}
        blocked = places | self.stopwords
        for pid, p in self.people.items():
            self.add_alias(p["name"], "person", pid, curated=True)
            for a in p["aliases"]:
                if isinstance(a, dict):
                    self.add_alias(
                        a["surface"], "person", pid, a.get("lang", ""), a.get("type", "nickname"), curated=True
                    )
                else:
                    self.add_alias(a, "person", pid, "", guess_alias_type(a, p["name"]), curated=True)
            if p.get("no_surname"):
                continue
            stop = places if p["role"] in PROMINENT_ROLES and p.get("curated") else blocked
            for form in surname_forms(p["name"], p["nationality"]):
                if norm(form) in stop or len(form) < 3:
                    continue
                self.add_alias(form, "person", pid, "", "surname")

    # ------------------------------------------------------------------ outlets
    def load_outlets(self) -> None:
        for entry in load_yaml("outlets.yaml"):
            oid = entry.get("id") or slugify(entry["name"])
            if oid in self.outlets:
                warn(f"duplicate outlet id {oid}")
            self.outlets[oid] = {
                "id": oid,
                "name": entry["name"],
                "kind": entry.get("kind", "outlet"),
                "domain": entry.get("domain", ""),
                "country": entry.get("country", ""),
                "employer": entry.get("employer", ""),
            }
            self.add_alias(
                entry["name"],
                "outlet",
                oid,
                alias_type="short" if norm(entry["name"]) in self.stopwords else "name",
                curated=True,
            )
            for a in as_list(entry.get("aliases")):
                if isinstance(a, dict):
                    self.add_alias(a["surface"], "outlet", oid, a.get("lang", ""), a.get("type", "name"), curated=True)
                else:
                    alias_type = guess_alias_type(a, entry["name"])
                    if alias_type == "surname" and entry.get("kind") != "journalist":
                        alias_type = "name"  # "Guardian" of "The Guardian" is no surname
                    if alias_type == "name" and (norm(a) in self.stopwords or len(a) < 3):
                        alias_type = "short"
                    self.add_alias(a, "outlet", oid, "", alias_type, curated=True)
            if entry.get("kind") == "journalist" and not entry.get("no_surname"):
                for form in surname_forms(entry["name"], ""):
                    if norm(form) not in self.stopwords and norm(form) not in self.cities and len(form) >= 3:
                        self.add_alias(form, "outlet", oid, "", "surname")
        for oid, o in self.outlets.items():
            if o["employer"] and o["employer"] not in self.outlets:
                warn(f"journalist {oid}: unknown employer {o['employer']}")
                o["employer"] = ""

    # ------------------------------------------------------------------ output
    def prune_low_prominence_collisions(self) -> None:
        """Drop generated aliases of minor clubs that collide with a major club's alias."""
        owner_best: dict[str, int] = defaultdict(int)
        for surface, kind, eid, _l, _t in self.aliases:
            if kind == "club":
                owner_best[norm(surface)] = max(owner_best[norm(surface)], self.clubs[eid].prominence)
        curated_keys = {(a[0], a[1], a[2]) for a in self.curated_aliases}
        kept = set()
        for row in self.aliases:
            surface, kind, eid, _l, _t = row
            if row not in self.curated_aliases and (surface, kind, eid) in curated_keys:
                continue  # a hand-typed form of the same surface wins over the generated one
            if (
                kind == "club"
                and row not in self.curated_aliases
                and self.clubs[eid].prominence <= 40
                and owner_best[norm(surface)] >= 60
            ):
                continue
            kept.add(row)
        self.aliases = kept
        self.club_index = defaultdict(set)
        for surface, kind, eid, _l, _t in self.aliases:
            if kind == "club":
                self.club_index[norm(surface)].add(eid)

    def write(self, out: Path = OUT) -> None:
        out.mkdir(parents=True, exist_ok=True)
        with (out / "clubs.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["id", "name", "country", "league", "national_team", "prominence"])
            for rec in sorted(self.clubs.values(), key=lambda r: r.id):
                w.writerow([rec.id, rec.name, rec.country, rec.league, int(rec.national_team), rec.prominence])
        with (out / "people.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["id", "name", "role", "nationality", "birthplace", "region", "clubs"])
            for pid in sorted(self.people):
                p = self.people[pid]
                w.writerow(
                    [pid, p["name"], p["role"], p["nationality"], p["birthplace"], p["region"], "|".join(p["clubs"])]
                )
        with (out / "outlets.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["id", "name", "kind", "domain", "country", "employer"])
            for oid in sorted(self.outlets):
                o = self.outlets[oid]
                w.writerow([oid, o["name"], o["kind"], o["domain"], o["country"], o["employer"]])
        with (out / "aliases.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["surface", "kind", "entity_id", "lang", "alias_type"])
            for row in sorted(self.aliases, key=lambda r: (r[1], r[2], r[4], r[3], r[0])):
                w.writerow(row)
        attributes = {
            "demonyms": {k: sorted(v) for k, v in sorted(self.demonyms.items())},
            "club_adjectives": dict(sorted(self.club_adjectives.items())),
        }
        (out / "attributes.json").write_text(
            json.dumps(attributes, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
        )


LANG_TAG_RE = re.compile(r"\s*\[([a-z]{2})\]\s*$")


def split_lang_tag(raw: str) -> tuple[str, str]:
    """ "AC Florenz [de]" -> ("AC Florenz", "de"); untagged names get an empty language."""
    match = LANG_TAG_RE.search(raw)
    if match is None:
        return raw.strip(), ""
    lang = match.group(1)
    return raw[: match.start()].strip(), lang if lang in LANGS else ""


def guess_alias_type(alias: str, full_name: str) -> str:
    """Type of a hand-written person/journalist alias: the tail of the full name is a surname,
    a capitalised form a name, anything else ("Special One" aside) a nickname."""
    tokens, alias_tokens = full_name.split(), alias.split()
    if len(alias_tokens) < len(tokens) and tokens[-len(alias_tokens) :] == alias_tokens:
        return "surname"
    return "name" if alias[:1].isupper() and alias != alias.lower() else "nickname"


# ---------------------------------------------------------------------- inflection
def inflect(word: str, lang: str) -> list[str]:
    """Masculine singular adjective -> its gender/number forms (rough, regular rules per language).

    A word given with a leading "=" is kept as is (irregular or invariable forms are listed by hand).
    """
    if word.startswith("="):
        return [word[1:]]
    w = word
    forms = [w]
    low = w.lower()
    if lang == "it":
        if low.endswith("co") and len(low) > 4 and low[-3] not in "aeiou":  # "basco" -> baschi
            forms += [w[:-1] + "a", w[:-1] + "hi", w[:-1] + "he"]
        elif low.endswith("io"):
            forms += [w[:-1] + "a", w[:-1], w[:-1] + "e"]
        elif low.endswith("o"):
            forms += [w[:-1] + "a", w[:-1] + "i", w[:-1] + "e"]
        elif low.endswith("e"):
            forms += [w[:-1] + "i"]
        elif low.endswith("a") and low.endswith(("ta", "ca")) and not low.endswith(("ata", "ola")):
            forms += [w[:-1] + "i", w[:-1] + "e"]
    elif lang == "es":
        if low.endswith("o"):
            forms += [w[:-1] + "a", w + "s", w[:-1] + "as"]
        elif low.endswith(("és", "án", "ín", "ón")):
            stem = w[:-2] + fold(w[-2])
            forms += [stem + w[-1] + "a", stem + w[-1] + "es", stem + w[-1] + "as"]
        elif low.endswith(("ol", "or", "al", "ar")):
            forms += [w + "a", w + "es", w + "as"]
        elif low.endswith(("e", "a")):
            forms += [w + "s"]
        elif low.endswith(("í", "ú")):
            forms += [w + "es", w + "s"]
    elif lang == "pt":
        if low.endswith("o"):
            forms += [w[:-1] + "a", w + "s", w[:-1] + "as"]
        elif low.endswith("ês"):
            forms += [w[:-2] + "esa", w[:-2] + "eses", w[:-2] + "esas"]
        elif low.endswith("e") or low.endswith("a"):
            forms += [w + "s"]
    elif lang == "fr":
        if low.endswith("ien"):
            forms += [w + "ne", w + "s", w + "nes"]
        elif low.endswith(("ais", "ois")):
            forms += [w + "e", w + "es"]
        elif low.endswith("e"):
            forms += [w + "s"]
        elif low.endswith("s"):
            forms += [w + "e", w + "es"]
        else:
            forms += [w + "e", w + "s", w + "es"]
    elif lang == "de":
        if low.endswith("isch"):
            forms += [w + "e", w + "en", w + "er", w + "es"]
        elif low.endswith("er"):
            forms += [w + "in", w + "innen", w + "n"]
        elif low.endswith("e"):
            forms += [w[:-1] + "in", w + "n", w[:-1] + "innen"]
    elif lang == "en":
        if low.endswith("man"):
            forms += [w[:-3] + "men"]
        elif not low.endswith(("sh", "ch", "ese", "s", "ss")):
            forms += [w + "s"]
    return list(dict.fromkeys(forms))


def load_stopwords() -> set[str]:
    doc = load_yaml("stopwords.yaml")
    words: Iterable[str] = (w for values in doc.values() for w in values)
    return {norm(w) for w in words}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build src/mercato/kb/data from shared data + curated files")
    parser.add_argument("shared", nargs="?", default=str(REPO / ".." / "shared" / "data"))
    parser.add_argument("--out", default=str(OUT), help="output directory (default: the package data dir)")
    args = parser.parse_args(argv[1:])
    shared = Path(args.shared).resolve()
    if not (shared / "openfootball-clubs" / "clubs.csv").is_file():
        print(f"build_kb: no openfootball data under {shared}", file=sys.stderr)
        return 2
    b = Builder(shared)
    b.stopwords = load_stopwords()
    b.load_countries()
    b.load_places()
    b.load_clubs()
    b.load_curated_clubs()
    b.load_nicknames()
    b.prune_low_prominence_collisions()
    b.load_people()
    b.person_aliases()
    b.load_outlets()
    b.write(Path(args.out))
    roles: dict[str, int] = defaultdict(int)
    for p in b.people.values():
        roles[p["role"]] += 1
    print(
        f"clubs={len(b.clubs)} people={len(b.people)} {dict(sorted(roles.items()))} "
        f"outlets={len(b.outlets)} aliases={len(b.aliases)} demonyms={len(b.demonyms)} "
        f"club_adjectives={len(b.club_adjectives)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
