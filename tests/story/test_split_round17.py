"""Story grouping in a small run: two reports of one event in different words are one story (round 17,
issue 9 item 5). Written articles, an invented island."""

from __future__ import annotations

from parallax.model import Article
from parallax.story.grouping import group_stories

STRIKE_A = (
    "Crews of the Velmora ferry line walked off the job on Tuesday, stranding hundreds of travellers at the "
    "harbour. The union said wages had not kept pace with prices for three years. Passengers queued for hours "
    "before the company cancelled every sailing of the day. Shops on the island said deliveries of bread and "
    "milk would run short by the weekend if the stoppage lasts."
)
STRIKE_B = (
    "Nobody could leave or reach Velmora on Tuesday after ferry workers stopped work in a dispute over pay. "
    "Union leaders accused the operator of refusing talks, while managers called the walkout reckless. A "
    "fisherman who has lived there for forty years said he had never seen the port so quiet. Local councillors "
    "asked the regional government to end the stoppage before the harbour shops run short."
)
MUSEUM = (
    "The city museum reopened its east wing on Tuesday after two years of repairs to the roof. Curators hung "
    "forty paintings that had been kept in storage, and the director thanked donors for the new lighting. "
    "Schools have booked visits for the spring term."
)


def _article(article_id: str, title: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title=title, text=text, published="2031-03-14")


def test_two_reports_of_one_event_alone_in_a_run_are_one_story() -> None:
    # Alone in a run, the words the two share are in every article given; they are not common words for
    # that (before: weighted below the words only one has, the pair fell under the threshold).
    articles = [
        _article("a", "Ferry strike halts crossings to Velmora island", STRIKE_A),
        _article("b", "Islanders cut off as ferry workers stop sailings over pay", STRIKE_B),
    ]
    assert [g.article_ids for g in group_stories(articles, [None, None])] == [["a", "b"]]


def test_an_unrelated_report_of_the_same_day_stays_apart_in_a_small_run() -> None:
    articles = [
        _article("a", "Ferry strike halts crossings to Velmora island", STRIKE_A),
        _article("m", "Museum reopens its east wing", MUSEUM),
        _article("b", "Islanders cut off as ferry workers stop sailings over pay", STRIKE_B),
    ]
    assert [g.article_ids for g in group_stories(articles, [None] * 3)] == [["a", "b"], ["m"]]
