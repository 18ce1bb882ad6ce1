"""A small written set of news stories (invented places, people and outlets) for the store tests."""

from __future__ import annotations

import json
from pathlib import Path

# story key -> articles (outlet, title, published, body)
STORIES: dict[str, list[tuple[str, str, str, str]]] = {
    "ferry": [
        (
            "Tidewater Post",
            "Ferry runs aground off Quenmoor Island",
            "2026-03-02",
            "The passenger ferry Gullwing ran aground off Quenmoor Island on Sunday night with 212 people on board. "
            "Coastguard commander Petra Voskuijl said all passengers were taken off safely by lifeboat. "
            "The ferry operator Brightwater Lines said the vessel struck a sandbank in thick fog.",
        ),
        (
            "Harlan Gazette",
            "Quenmoor ferry Gullwing stranded on sandbank",
            "2026-03-02",
            "More than 200 passengers were rescued after the ferry Gullwing hit a sandbank near Quenmoor Island. "
            "Petra Voskuijl of the coastguard said the rescue took four hours. "
            "Brightwater Lines said it would investigate why the Gullwing left the channel.",
        ),
        (
            "Northline Radio",
            "Brightwater Lines suspends Quenmoor crossings after grounding",
            "2026-03-03",
            "Brightwater Lines suspended all crossings to Quenmoor Island after its ferry Gullwing ran aground. "
            "The coastguard under Petra Voskuijl said 214 passengers and crew were rescued. "
            "Divers will inspect the hull of the Gullwing on Tuesday, the operator said.",
        ),
    ],
    "factory": [
        (
            "Tidewater Post",
            "Brisvane Robotics to build factory in Oskarby",
            "2026-04-10",
            "Brisvane Robotics will build a robot assembly factory in Oskarby, chief executive Lorcan Mabery said on Friday. "
            "The plant will cost 340 million euros and employ 900 workers. "
            "Oskarby mayor Hedda Strelitz welcomed the investment in the town.",
        ),
        (
            "Harlan Gazette",
            "Oskarby wins Brisvane robot plant",
            "2026-04-10",
            "Oskarby has won the new Brisvane Robotics plant, which Lorcan Mabery said would employ 850 workers. "
            "Hedda Strelitz, the mayor of Oskarby, said the factory was the largest investment in its history. "
            "Brisvane Robotics put the cost at 340 million euros.",
        ),
        (
            "Northline Radio",
            "Unions cautious over Brisvane factory in Oskarby",
            "2026-04-11",
            "Unions in Oskarby said they wanted guarantees on pay at the planned Brisvane Robotics factory. "
            "Lorcan Mabery, head of Brisvane Robotics, promised 900 jobs at the robot plant. "
            "Mayor Hedda Strelitz said talks with the unions would start next week.",
        ),
    ],
    "flood": [
        (
            "Tidewater Post",
            "Floods force thousands from homes in Valdremark",
            "2026-05-20",
            "Heavy rain flooded the Valdremark valley, forcing 6,000 residents from their homes. "
            "Provincial governor Aurel Fenwright declared an emergency in Valdremark on Wednesday. "
            "The river Sorrel rose 3 metres above its normal level at Kettlebridge.",
        ),
        (
            "Harlan Gazette",
            "Valdremark governor declares flood emergency",
            "2026-05-20",
            "Governor Aurel Fenwright declared a state of emergency as the Sorrel burst its banks in Valdremark. "
            "About 5,500 people were evacuated from villages near Kettlebridge. "
            "Forecasters said more rain would fall on the valley on Thursday.",
        ),
        (
            "Northline Radio",
            "Sorrel river peaks at Kettlebridge",
            "2026-05-21",
            "The Sorrel river peaked at Kettlebridge on Thursday, 3.2 metres above normal, the Valdremark flood office said. "
            "Aurel Fenwright said 6,000 evacuated residents could not yet return to their homes. "
            "Soldiers built sandbag walls along the Sorrel overnight.",
        ),
    ],
    "football": [
        (
            "Tidewater Post",
            "Corvale Athletic sack manager Ines Tamberlo",
            "2026-06-01",
            "Corvale Athletic have sacked their manager Ines Tamberlo after eight defeats in ten league matches. "
            "Club chairman Bartholomew Quell said the decision was taken with regret. "
            "Tamberlo had led Corvale Athletic to promotion two seasons ago.",
        ),
        (
            "Harlan Gazette",
            "Tamberlo out at Corvale after losing run",
            "2026-06-01",
            "Ines Tamberlo has left Corvale Athletic, the club said, after a run of eight defeats. "
            "Chairman Bartholomew Quell thanked Tamberlo for the promotion season. "
            "Assistant coach Milo Dunstray will take charge of the Corvale team for Saturday's match.",
        ),
        (
            "Northline Radio",
            "Milo Dunstray takes over at Corvale Athletic",
            "2026-06-02",
            "Milo Dunstray will lead Corvale Athletic on Saturday after the club dismissed Ines Tamberlo. "
            "Bartholomew Quell said a permanent manager would be named within a month. "
            "Corvale Athletic sit 19th in the league table.",
        ),
    ],
}


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def article_files(folder: Path) -> dict[str, Path]:
    """One .txt file per article (named story-N.txt); the outlet, title and date are given in a JSONL sidecar-free form."""
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for story, articles in STORIES.items():
        for number, (outlet, title, published, body) in enumerate(articles, start=1):
            name = f"{story}-{number}"
            out[name] = write_jsonl(
                folder / f"{name}.jsonl",
                [{"id": name, "outlet": outlet, "title": title, "published": published, "text": body}],
            )
    return out


def many_articles(count: int) -> list[dict[str, str]]:
    """``count`` distinct short articles: the written stories retold with other figures and days."""
    records = []
    flat = [(story, a) for story, articles in STORIES.items() for a in articles]
    for n in range(count):
        story, (outlet, title, published, body) = flat[n % len(flat)]
        round_ = n // len(flat)
        records.append(
            {
                "id": f"{story}-{n}",
                "outlet": outlet,
                "title": title,
                "published": published,
                "text": f"{body} The update number {round_ + 1} of this report was filed at {8 + round_ % 10} o'clock.",
            }
        )
    return records
