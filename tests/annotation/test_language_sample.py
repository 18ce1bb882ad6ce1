"""The language check reads a bounded sample spread over the text and loads the identifier only when the
cheap English check cannot settle it."""

from __future__ import annotations

from parallax.annotation.nlp import (
    LANGUAGE_SAMPLE_CHARS,
    LanguageIdentifier,
    language_sample,
    looks_english,
)

# Invented page furniture (capitalised menu items) and invented English prose.
MENU = "Home * World * Business * Markets * Tech * Opinion * Sport * Weather * Podcasts * Newsletters * "
PROSE = (
    "The council of Vellmar said on Tuesday that the new bridge over the river would open in the spring, "
    "and that the work had cost less than the budget the town had set for it two years ago. "
)
GERMAN = (
    "Der Stadtrat von Vellmar hat am Dienstag beschlossen, die neue Brücke über den Fluss im Frühjahr "
    "zu eröffnen. Die Arbeiten seien günstiger gewesen als geplant, sagte die Bürgermeisterin. "
)


def test_short_text_is_its_own_sample() -> None:
    assert language_sample(PROSE) == PROSE


def test_long_text_sample_is_bounded_and_spread_to_the_end() -> None:
    text = MENU * 200 + PROSE * 200 + "closing words of the final paragraph"
    sample = language_sample(text)
    assert len(sample) <= LANGUAGE_SAMPLE_CHARS + 10
    assert sample.startswith("Home *")
    assert sample.endswith("final paragraph")
    assert "Vellmar" in sample  # a window in the middle reaches the prose


def test_windows_are_cut_at_whole_words() -> None:
    text = " ".join(f"word{i:05d}" for i in range(5_000))
    for part in language_sample(text).split("\n"):
        assert all(w.startswith("word") and len(w) == 9 for w in part.split())


def test_english_prose_after_long_furniture_needs_no_identifier() -> None:
    identifier = LanguageIdentifier()
    text = MENU * 60 + PROSE * 300
    assert identifier.unsupported(text) is None
    assert identifier._model is None  # the identifier was never loaded


def test_capitalised_furniture_does_not_hide_english_prose() -> None:
    # Function words among all words are diluted by the menu, not among the lower-case words.
    sample = MENU * 2 + PROSE
    assert looks_english(sample)
    assert not looks_english(GERMAN * 6)


def test_other_language_is_still_refused_with_furniture_in_english() -> None:
    identifier = LanguageIdentifier()
    assert identifier.unsupported(MENU * 5 + GERMAN * 80) == "de"


# Invented: a short notice in Chinese (about 70 characters, under the identifier's confident length) and an
# English sentence that names places in other scripts.
CHINESE = (
    "维尔马市议会周二宣布，新的桥梁将于明年春天开通，这座桥连接城市东部和西部的主要商业区。"
    "官员表示，工程费用低于预算。"
)


def test_text_in_another_script_is_refused_even_when_the_identifier_is_unsure() -> None:
    identifier = LanguageIdentifier()
    assert identifier.classify(CHINESE)[1] < 0.9  # the identifier alone would let it through
    assert identifier.unsupported(CHINESE) == "zh"


def test_english_naming_places_in_other_scripts_is_not_refused() -> None:
    text = PROSE + "The delegation visited 维尔马 and Вельмар in May, the council said. " + PROSE
    assert LanguageIdentifier().unsupported(text) is None
