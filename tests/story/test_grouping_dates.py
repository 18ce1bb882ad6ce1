"""Story grouping: publication dates keep same-kind events apart, copies join their original, the
threshold setting reaches grouping. Written articles, invented places."""

from __future__ import annotations

from parallax.config import Settings
from parallax.model import Annotation, Article
from parallax.story.build import build_stories
from parallax.story.grouping import date_factor, group_stories

SHOOTING = (
    "A gunman opened fire at a shopping centre in {town}, killing {dead} people and wounding several "
    "others before police shot him, officials said. The mall was evacuated and the police chief said "
    "the motive of the shooting was not yet known. Witnesses described panic as shoppers fled the gunfire."
)
SHOOTING_B = (
    "Police in {town} said {dead} people were killed when a gunman fired on shoppers at a mall. "
    "Officers shot the attacker. The police chief said the motive for the shooting was unknown, and "
    "witnesses described shoppers fleeing in panic from the gunfire."
)


def _article(article_id: str, text: str, published: str | None, copy_of: str | None = None) -> Article:
    return Article(
        id=article_id, source=article_id, title=None, text=text, published=published, copy_of=copy_of
    )


def test_two_same_kind_events_a_year_apart_are_two_stories() -> None:
    articles = [
        _article("a1", SHOOTING.format(town="the city", dead="four"), "2021-03-02"),
        _article("a2", SHOOTING_B.format(town="the city", dead="four"), "2021-03-03"),
        _article("b1", SHOOTING.format(town="the city", dead="five"), "2022-04-10"),
        _article("b2", SHOOTING_B.format(town="the city", dead="five"), "2022-04-10"),
    ]
    groups = [g.article_ids for g in group_stories(articles, [None] * 4)]
    assert groups == [["a1", "a2"], ["b1", "b2"]]
    # Without dates the same words say one story: the dates are what keeps them apart.
    undated = [a.model_copy(update={"published": None}) for a in articles]
    assert [g.article_ids for g in group_stories(undated, [None] * 4)] == [["a1", "a2", "b1", "b2"]]


def test_date_factor_fades_after_a_few_days() -> None:
    assert date_factor(None) == date_factor(0) == date_factor(3) == 1.0
    assert 0.4 < date_factor(10) < 0.6
    assert date_factor(365) < 0.05


def test_a_copy_joins_its_original_whatever_its_words() -> None:
    articles = [
        _article("a", SHOOTING.format(town="the city", dead="four"), "2021-03-02"),
        _article(
            "b", "Harbour fees will rise next spring, the port authority said on Tuesday.", "2021-03-02"
        ),
        _article("c", "Short wire version: four dead in a mall.", "2021-03-02", copy_of="a"),
    ]
    groups = [g.article_ids for g in group_stories(articles, [None] * 3)]
    assert groups == [["a", "c"], ["b"]]
    # copies naming each other (or an article missing from the run) never break grouping
    looped = [
        articles[0].model_copy(update={"copy_of": "c"}),
        articles[1].model_copy(update={"copy_of": "x"}),
        articles[2],
    ]
    assert [g.article_ids for g in group_stories(looped, [None] * 3)] == [["a", "c"], ["b"]]


def _annotation(article: Article) -> Annotation:
    return Annotation(id=article.id, source=article.source, text=article.text, published=article.published)


def test_story_threshold_setting_reaches_grouping() -> None:
    articles = [
        _article("a1", SHOOTING.format(town="the city", dead="four"), "2021-03-02"),
        _article("a2", SHOOTING_B.format(town="the city", dead="four"), "2021-03-02"),
    ]
    annotations = [_annotation(a) for a in articles]
    assert len(build_stories(articles, annotations, Settings())) == 1
    assert len(build_stories(articles, annotations, Settings(story_threshold=0.99))) == 2
