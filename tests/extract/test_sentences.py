from mercato.extract.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_on_terminal_punctuation_and_newlines():
    text = "Il Milan ha scelto. Ora tocca alla Juve!\nNuovo paragrafo"
    assert _split(text) == ["Il Milan ha scelto.", "Ora tocca alla Juve!", "Nuovo paragrafo"]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Er spielte u. a. bei Bayern. Dann kam J. Smith zurück."
    assert _split(text) == ["Er spielte u. a. bei Bayern.", "Dann kam J. Smith zurück."]


def test_offsets_point_into_the_text():
    text = "  First one.  Second one.  "
    assert [(s, e) for s, e in split_sentences(text)] == [(2, 12), (14, 25)]
