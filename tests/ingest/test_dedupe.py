"""Duplicates: exact copies by content hash, lightly rewritten copies by MinHash LSH."""

import hashlib

import pytest

from mercato.ingest.dedupe import (
    DuplicateIndex,
    DuplicateVerdict,
    minhash_signature,
    normalise,
    signature_from_bytes,
    signature_to_bytes,
)

ORIGINAL = """Westbridge Rovers have opened talks with Marco Deluca about the vacant manager's job, \
three weeks after the club dismissed Tom Harlow following a run of six defeats in seven league games.

Deluca, who left Porto Azzurro in the summer by mutual consent, is said to be the board's first choice. \
The Italian coach met the sporting director on Tuesday evening in London and presented a detailed plan \
for the squad, including a switch to a back three and more minutes for the academy players.

According to people close to the negotiations, the two parties still disagree on the length of the \
contract: the club is offering eighteen months, while Deluca would prefer a deal until the summer of \
2027 with an option for a further year.

Rovers are also monitoring two alternatives in case the talks collapse. A decision is expected before \
the home game against Northfield at the weekend, when the caretaker Ian Moss will be in charge for \
the last time."""

# A syndicated copy: one sentence rewritten, another outlet's sign-off added.
COPY = (
    ORIGINAL.replace(
        "The Italian coach met the sporting director on Tuesday evening in London",
        "On Tuesday night the former Porto Azzurro boss sat down with the sporting director in central London",
    )
    + "\n\nReporting by our sports desk."
)

UNRELATED = """Westbridge Rovers could lose their captain in January: Northfield have made an offer \
for the midfielder Sam Okafor, whose contract runs out at the end of the season.

Okafor has rejected two proposals to extend his stay and his agent has already met representatives \
of three clubs abroad. Northfield's first bid is understood to be well below the valuation of the \
Rovers board, who would rather sell now than lose the player for nothing in the summer.

The situation is complicated by the search for a new manager after the dismissal of Tom Harlow. \
Whoever takes over is expected to have a say on the future of the captain, and the club's owners have \
promised that no key player will leave before the appointment. A second bid could follow next week."""


def h(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_a_lightly_rewritten_copy_is_a_near_duplicate_of_the_original():
    index = DuplicateIndex()
    index.add("orig", ORIGINAL, h("Rovers in talks with Deluca\n\n" + ORIGINAL))
    verdict = index.check("copy", COPY, h("Deluca closing in on the Rovers job\n\n" + COPY))
    assert verdict.kind == "near"
    assert verdict.of == "orig"
    assert 0.7 <= verdict.similarity < 1.0


def test_an_article_about_the_same_club_and_people_is_not_a_copy():
    index = DuplicateIndex()
    index.add("orig", ORIGINAL, h(ORIGINAL))
    verdict = index.check("other", UNRELATED, h(UNRELATED))
    assert verdict == DuplicateVerdict("new", None, verdict.similarity)
    assert verdict.similarity < 0.3


def test_the_same_content_hash_is_an_exact_duplicate():
    index = DuplicateIndex()
    index.add("first", ORIGINAL, h(ORIGINAL))
    assert index.check("second", ORIGINAL, h(ORIGINAL)) == DuplicateVerdict("exact", "first", 1.0)


def test_a_copy_of_a_copy_points_to_the_first_original():
    index = DuplicateIndex()
    index.add("orig", ORIGINAL, h(ORIGINAL))
    index.add("copy", COPY, h(COPY))
    copy_of_copy = COPY.replace("Reporting by our sports desk.", "Agency copy.")
    assert index.check("copy2", copy_of_copy, h(copy_of_copy)).of == "orig"
    assert index.check("copy2", COPY, h(COPY)).kind == "exact"  # same body as "copy" ...
    assert index.check("copy2", COPY, h(COPY)).of == "orig"  # ... whose original is "orig"


def test_rechecking_an_added_article_does_not_point_to_a_later_copy():
    index = DuplicateIndex()
    index.add("orig", ORIGINAL, h(ORIGINAL))
    index.add("copy", COPY, h(COPY))
    assert index.check("orig", ORIGINAL, h(ORIGINAL)).kind == "new"
    assert len(index) == 2
    index.add("orig", ORIGINAL, h(ORIGINAL))  # adding again is a no-op
    assert len(index) == 2


def test_normalisation_ignores_case_accents_and_punctuation():
    assert normalise("Jurić, «l'ALLENATORE»!") == normalise("juric l allenatore")


def test_signatures_are_plain_ints_stable_and_serialisable():
    sig = minhash_signature(ORIGINAL)
    assert len(sig) == 128 and all(isinstance(v, int) and 0 <= v < 2**32 for v in sig)
    assert minhash_signature(ORIGINAL) == sig  # deterministic: fixed seed and scheme
    assert len(signature_to_bytes(sig)) == 512
    assert signature_from_bytes(signature_to_bytes(sig)) == sig


def test_an_index_rebuilt_from_stored_signatures_finds_the_same_duplicates():
    rebuilt = DuplicateIndex()
    stored = signature_from_bytes(signature_to_bytes(minhash_signature(ORIGINAL)))
    rebuilt.add_signature("orig", stored, h(ORIGINAL))
    rebuilt.add_signature("copy", minhash_signature(COPY), h(COPY), copy_of="orig")
    assert "copy" in rebuilt
    verdict = rebuilt.check("copy2", COPY + " Extra line.", h(COPY + " Extra line."))
    assert verdict.kind == "near" and verdict.of == "orig"


def test_a_signature_of_the_wrong_length_is_refused():
    with pytest.raises(ValueError, match="signature has 64 values"):
        DuplicateIndex().add_signature("x", minhash_signature(ORIGINAL, num_perm=64), h("x"))


def test_texts_without_words_match_nothing():
    index = DuplicateIndex()
    index.add("dots", "… — …", h("dots"))
    assert index.check("more-dots", "!!! ???", h("more-dots")).kind == "new"


def test_a_copy_whose_estimate_falls_just_under_the_threshold_is_still_caught():
    """True similarity 0.75 (one sentence rewritten, one phrase reworded), but 128 permutations
    estimate it at 0.67 (an estimate's standard error is ≈0.04): the index accepts from one
    standard error under the threshold."""
    sentences = [
        "West Ham have opened talks with the representatives of their first-choice candidate for the bench.",
        "The London club are unhappy with a run of four defeats in five league games and the board met on Monday.",
        "According to people close to the negotiations, the coach would prefer to start in the summer.",
        "The owners, however, want a new man in the dugout before the busy Christmas programme begins.",
        "A compromise could be found if the club agree to extend the current staff until the end of the season.",
        "Supporters have made their feelings clear with banners at the last two home matches of the year.",
        "The squad is also short of defenders, with two centre-backs out for at least another month.",
        "Whoever takes charge will be handed a transfer budget for January, according to the same reports.",
        "The sporting director travelled to Italy last week for a meeting that lasted more than three hours.",
        "No agreement has been signed yet, and the club insist that several names remain under consideration.",
    ]
    original = " ".join(sentences)
    sentences[7] = "Fans protested outside the stadium before kick-off on Saturday evening against the board."
    sentences[4] = sentences[4].replace("could be found", "might be found")
    copy = " ".join(sentences)
    index = DuplicateIndex()
    index.add("a", original, h(original))
    verdict = index.check("b", copy, h(copy))
    assert verdict.similarity < 0.7 <= index.threshold + 0.001
    assert verdict.kind == "near" and verdict.of == "a"
