"""Name helpers shared by the build script and the run-time loader.

Kept free of I/O so user files merged at load time get exactly the same alias
generation (slugs, accent folding, surname forms) as the shipped data.
"""

from __future__ import annotations

import re
import unicodedata

#: Lower-case particles that belong to a surname ("De Zerbi", "ten Hag", "van Nistelrooy").
PARTICLES: frozenset[str] = frozenset(
    {
        "de", "di", "da", "del", "della", "dello", "dei", "degli", "dal", "dalla", "van", "von", "ten",
        "ter", "der", "den", "le", "la", "los", "las", "dos", "das", "do", "du", "des", "mac", "al", "el",
        "y", "e", "lo", "zu", "af",
    }
)  # fmt: skip

#: Given names that often stand second in a three-token name ("Diego Pablo Simeone"): never a surname.
GIVEN_NAMES: frozenset[str] = frozenset(
    {
        "pablo", "josé", "jose", "maría", "maria", "luis", "manuel", "antonio", "carlos", "juan", "miguel",
        "ángel", "angel", "javier", "ignacio", "martín", "martin", "emiliano", "andrés", "andres",
        "francisco", "alberto", "alejandro", "daniel", "david", "diego", "enrique", "fernando", "gabriel",
        "jorge", "mario", "pedro", "rafael", "ricardo", "roberto", "sergio", "tomás", "tomas", "vicente",
        "nicolás", "nicolas", "agustín", "agustin", "ezequiel", "facundo", "gonzalo", "joaquín", "joaquin",
        "lucas", "matías", "matias", "santiago", "thiago", "valentín", "valentin", "mateo", "paulo",
    }
)  # fmt: skip

#: Nationalities whose people often carry two surnames (paternal first).
DOUBLE_SURNAME_NATIONS: frozenset[str] = frozenset(
    {
        "Spain", "Argentina", "Uruguay", "Mexico", "Chile", "Colombia", "Peru", "Paraguay", "Ecuador",
        "Venezuela", "Bolivia", "Costa Rica",
    }
)  # fmt: skip


def fold(text: str) -> str:
    """Strip diacritics ("Jurić" -> "Juric", "Köln" -> "Koln"); keeps case."""
    text = text.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    text = text.replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str) -> str:
    """ASCII slug used for person and outlet ids: "Sérgio Conceição" -> "sergio-conceicao"."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text).lower())
    return slug.strip("-")


def _cap(token: str) -> str:
    return token[:1].upper() + token[1:]


def surname_forms(name: str, nationality: str = "") -> list[str]:
    """Surname-only surface forms of a person's full name.

    Last token, or the particle-led tail ("Roberto De Zerbi" -> "De Zerbi", "Erik ten Hag" ->
    "ten Hag" and "Ten Hag"); for Hispanic names of three or more tokens also the first of the two
    surnames ("Marcelino García Toral" -> "García"). Single-token names ("Pedri") give nothing.
    """
    tokens = name.split()
    if len(tokens) < 2:
        return []
    forms: list[str] = []
    start = len(tokens) - 1
    i = len(tokens) - 2
    while i >= 1 and tokens[i].lower() in PARTICLES:
        start = i
        i -= 1
    tail = " ".join(tokens[start:])
    forms.append(tail)
    if tokens[start].lower() in PARTICLES:
        capped = " ".join([_cap(tokens[start])] + tokens[start + 1 :])
        lowered = " ".join([tokens[start].lower()] + tokens[start + 1 :])
        forms.extend(f for f in (capped, lowered) if f != tail)
    if (
        nationality in DOUBLE_SURNAME_NATIONS
        and len(tokens) >= 3
        and start == len(tokens) - 1
        and tokens[-2].lower() not in GIVEN_NAMES
        and tokens[-2].lower() not in PARTICLES
    ):
        forms.append(tokens[-2])
    return forms


ACRONYM_RE = re.compile(r"^[A-Z0-9]{2,5}$")
