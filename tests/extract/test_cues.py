import re

import pytest

from mercato.extract.cues import _literal_first, _word_start_scan, phrase_alternation, table_for
from mercato.extract.language import SUPPORTED
from mercato.extract.normalise import fold, search_form
from mercato.model import ClaimType, Stage


def _stages(lang: str, phrase: str) -> set[tuple[ClaimType, Stage]]:
    table = table_for(lang)
    text = fold(phrase)
    return {(cue.type, cue.stage) for cue in table.stage_cues if cue.regex.search(text)}


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_language_has_a_table_covering_both_ladders(lang):
    table = table_for(lang)
    kinds = {(cue.type, cue.stage) for cue in table.stage_cues}
    for needed in [(ClaimType.MOVE, Stage.SPECULATION), (ClaimType.MOVE, Stage.OFFICIAL),
                   (ClaimType.MOVE, Stage.OFF), (ClaimType.DEPARTURE, Stage.RISK),
                   (ClaimType.DEPARTURE, Stage.OFFICIAL), (ClaimType.STAY, Stage.OFFICIAL)]:
        assert needed in kinds, (lang, needed)


@pytest.mark.parametrize(
    ("lang", "phrase", "expected"),
    [
        ("it", "è a forte rischio esonero", (ClaimType.DEPARTURE, Stage.RISK)),
        ("it", "hanno già preso contatti", (ClaimType.MOVE, Stage.CONTACT)),
        ("it", "sarà il prossimo allenatore", (ClaimType.MOVE, Stage.AGREEMENT)),
        ("it", "resterà al Como", (ClaimType.STAY, Stage.OFFICIAL)),
        ("it", "verso la conferma", (ClaimType.STAY, Stage.SPECULATION)),
        ("it", "aspetta di liberarsi dal Napoli", (ClaimType.DEPARTURE, Stage.RISK)),
        ("it", "il Milan ha in mente Sarri", (ClaimType.MOVE, Stage.SPECULATION)),
        ("it", "ha depositato il contratto", (ClaimType.MOVE, Stage.OFFICIAL)),
        ("it", "ha esercitato l'opzione di riscatto", (ClaimType.MOVE, Stage.OFFICIAL)),
        ("en", "was sacked on Monday", (ClaimType.DEPARTURE, Stage.OFFICIAL)),
        ("en", "have agreed a fee", (ClaimType.MOVE, Stage.AGREEMENT)),
        # a certain future departure is official (the labelling conventions)
        ("en", "will leave at the end of the season", (ClaimType.DEPARTURE, Stage.OFFICIAL)),
        ("es", "dejará el Betis", (ClaimType.DEPARTURE, Stage.OFFICIAL)),
        ("pt", "deixará o Benfica", (ClaimType.DEPARTURE, Stage.OFFICIAL)),
        ("en", "are in pole position", (ClaimType.MOVE, Stage.SPECULATION)),
        ("en", "have no plans to sell", (ClaimType.DEPARTURE, Stage.OFF)),
        ("en", "rejected Tottenham's approach", (ClaimType.MOVE, Stage.NEGOTIATION)),
        ("en", "have sealed a deal", (ClaimType.MOVE, Stage.AGREEMENT)),
        ("en", "is set to pen a new deal", (ClaimType.STAY, Stage.AGREEMENT)),
        ("es", "fue destituido", (ClaimType.DEPARTURE, Stage.OFFICIAL)),
        ("es", "el Getafe cesa a su entrenador", (ClaimType.DEPARTURE, Stage.OFFICIAL)),
        ("es", "tiene las horas contadas", (ClaimType.DEPARTURE, Stage.RISK)),
        ("es", "han llegado a un acuerdo para ampliar su contrato", (ClaimType.STAY, Stage.AGREEMENT)),
        ("fr", "est sur la sellette", (ClaimType.DEPARTURE, Stage.RISK)),
        ("de", "wurde entlassen", (ClaimType.DEPARTURE, Stage.OFFICIAL)),
        ("de", "verhandelt mit dem Trainer", (ClaimType.MOVE, Stage.NEGOTIATION)),
        ("de", "denkt über eine Entlassung nach", (ClaimType.DEPARTURE, Stage.RISK)),
        ("fr", "a proposé un contrat", (ClaimType.MOVE, Stage.NEGOTIATION)),
        ("pt", "foi demitido", (ClaimType.DEPARTURE, Stage.OFFICIAL)),
    ],
)
def test_cue_phrases_map_to_their_stage(lang, phrase, expected):
    assert expected in _stages(lang, phrase)


def test_a_cue_with_an_optional_space_is_found_either_way():
    """ "no ?1 choice": the index must not key it on the whole word "no"."""
    table = table_for("en")
    for phrase in ("the club's No1 choice", "the club's no 1 choice"):
        folded = fold(phrase)
        assert any(c[0].stage == Stage.SPECULATION for c in table.cue_index.find(folded, search_form(folded)))


def test_unknown_language_falls_back_to_english():
    assert table_for("nl").lang == "en"


@pytest.mark.parametrize("lang", SUPPORTED)
def test_cue_patterns_refer_to_no_group(lang):
    # the cue index joins the cues of one key into one alternation, which renumbers groups
    for cue in table_for(lang).stage_cues:
        assert not re.search(r"\\\d|\(\?\(", cue.source), cue.source


@pytest.mark.parametrize(
    "pattern",
    [
        r"an? (?:manager|head coach|coach|boss)", r"(?:the|a) (?:new )?coach", r"esonerat[oa]", r"the \d{2}-year-old",
        r"no ?1 choice",
    ],
)
def test_a_word_start_scan_finds_what_the_regex_finds(pattern):
    """The scan tries the regex only at the words its keys say a match can start at; an optional
    last letter ("an?") leaves only the letters before it sure."""
    text = "Chelsea want a coach. The new coach was esonerato; the 45-year-old is an head coach too, the No1 choice."
    folded = fold(text)
    scan = _word_start_scan([pattern])
    assert [m.span() for m in scan.finditer(folded, search_form(folded))] == [
        m.span() for m in scan.regex.finditer(folded)
    ]


def _plain_alternation(patterns):
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?:(?<=')|(?!\w))")


@pytest.mark.parametrize(
    "patterns",
    [
        ["contratto", "contatti", "cessione", "e'? attes[oa]", "(?:il )?nuovo allenatore", "in procinto di"],
        ["a un passo dall'", "ad un passo da", "accordo", "accordo totale"],
        ["[oa]fferta", "offert[ao]", "ora", "2:\\d-sieg"],
    ],
)
def test_a_phrase_alternation_matches_as_the_plain_one(patterns):
    """Grouping the branches by their first letter changes how fast a text is searched, never
    where a match starts or ends (the first branch that matches still wins)."""
    text = fold(
        "Contatti e contratto: il nuovo allenatore e' atteso, l'accordo totale e a un passo dall'Inter; "
        "ad un passo da lui, ora un'offerta, 2:1-Sieg. Scontratto, accordon, nuovo allenatoreX."
    )
    regex = phrase_alternation(patterns)
    assert regex.pattern != _plain_alternation(patterns).pattern
    assert [m.span() for m in regex.finditer(text)] == [m.span() for m in _plain_alternation(patterns).finditer(text)]
    assert [bool(regex.match(text, i)) for i in range(len(text))] == [
        bool(_plain_alternation(patterns).match(text, i)) for i in range(len(text))
    ]


def test_a_branch_opens_into_alternatives_in_the_order_they_are_tried():
    assert _literal_first("(?:il )?nuovo") == ["il nuovo", "nuovo"]
    assert _literal_first("[oa]x") == ["ox", "ax"]
    assert _literal_first("(?:a|b(?:c|d))e") == ["ae", "b(?:c|d)e"]  # only as far as the first letter
    assert _literal_first("\\w+rebbe") is None  # a word ending: no first letter to skip to


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_table_alternation_matches_as_the_plain_one(lang):
    from importlib import import_module

    table = import_module(f"mercato.extract.lang.{lang}").TABLE
    text = fold(" ".join(p.replace("\\", "") for p in table.hedges + table.negations + table.report_references))
    for patterns in (table.hedges, table.negations, table.report_references, table.attributions, table.former_markers):
        regex = phrase_alternation(patterns)
        assert [m.span() for m in regex.finditer(text)] == [
            m.span() for m in _plain_alternation(patterns).finditer(text)
        ], patterns


def test_the_scans_of_a_table_share_one_pass_and_find_what_their_own_automata_find():
    """The cue index and the word-start scans of a table read their keys from one Aho-Corasick
    pass; each gets exactly the hits its own automaton would give, in the same order."""
    table = table_for("it")
    folded = fold("Il nuovo allenatore ha firmato: lui e il tecnico sono d'accordo, contatti con la societa.")
    search = search_form(folded)
    for scan in (table.role_noun_scan, table.pronoun_scan, table.unnamed_role_scan, table.cue_index):
        assert scan.key_pass is table.cue_index.key_pass
        assert scan.automaton is not None
        own = list(scan.automaton.iter(f" {search} "))
        assert scan.key_pass.hits(search, scan.slot) == own
    assert table.cue_index.find(folded, search)  # "ha firmato", "contatti"


@pytest.mark.parametrize(
    ("lang", "sentence", "hedged"),
    [
        ("it", "il tecnico lascerebbe la panchina", True),  # a conditional: a word ending
        ("it", "il tecnico potrebbe lasciare", True),
        ("it", "il tecnico ha lasciato la panchina", False),
        ("es", "el club ficharia al delantero", True),
        ("es", "una reunion necessaria con el club", False),  # an excluded stem
        ("fr", "le club recruterait un attaquant", True),
        ("fr", "le club a recrute un attaquant", False),
    ],
)
def test_a_hedge_may_be_a_word_ending(lang, sentence, hedged):
    """Conditional endings ("-rebbe", "-ria", "-rait") are hedges in any verb; the test for them
    runs only on sentences holding those letters, with the same answer as one alternation."""
    hedge = table_for(lang).hedge
    assert hedge.found_in(fold(sentence)) is hedged
