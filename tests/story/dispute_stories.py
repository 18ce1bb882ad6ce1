"""Small invented multi-outlet stories, each exercising one decision of the comparison stage.

Written for Parallax (invented places, people and companies); the expected kinds were written before
Parallax was run on them. Each story lists:

* ``articles``: (id, outlet, published, text);
* ``measures``: the figures of one measure (article id, figure text as written) and the kind a careful
  reader gives them (``agreement``, ``disagreement``, ``evolving``), with the outliers of an agreement;
* ``contradictions``: a claim (article id, a piece of its sentence) and the denial that disputes it;
* ``alone``: denials whose target is not in the story (shown alone, never paired);
* ``disputes``: how many dispute points (disagreement, evolving, contradiction) the story holds: any
  more are false disputes.
"""

from __future__ import annotations

from typing import Any

Story = dict[str, Any]

STORIES: list[Story] = [
    # ------------------------------------------------------------------ hedges and precision
    {
        "name": "hedged counts agree",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-02-03",
                "Rescuers pulled about 50 miners from the flooded Varnok mine on Tuesday. "
                "The shaft flooded after a pump failed, the mine operator said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-02-03",
                "At least 50 miners were brought to the surface from the Varnok mine, "
                "regional officials said. Water entered the shaft early on Tuesday.",
            ),
            (
                "c",
                "Outlet C",
                "2026-02-03",
                "Fifty miners were rescued from the Varnok mine after it flooded on "
                "Tuesday, the emergency ministry said.",
            ),
            (
                "d",
                "Outlet D",
                "2026-02-03",
                "Nearly 50 miners were rescued from the flooded Varnok mine, according to the operator.",
            ),
        ],
        "measures": [
            {
                "figures": [
                    ("a", "about 50 miners"),
                    ("b", "At least 50 miners"),
                    ("c", "Fifty miners"),
                    ("d", "Nearly 50 miners"),
                ],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    {
        "name": "rounded and exact figures agree",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-05-11",
                "A burst main left 1.2 million residents of Dervan without running "
                "water on Monday, the water utility said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-05-11",
                "The utility said 1,213,000 residents of Dervan had no running water "
                "after the main burst on Monday.",
            ),
            (
                "c",
                "Outlet C",
                "2026-05-11",
                "Some 1.2 million people in Dervan lost running water on Monday when "
                "a main burst, the utility said.",
            ),
        ],
        "measures": [
            {
                "figures": [
                    ("a", "1.2 million residents"),
                    ("b", "1,213,000 residents"),
                    ("c", "Some 1.2 million people"),
                ],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    {
        "name": "a round figure and a precise one at the edge of its precision",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-01",
                "The Tarsk refinery fire forced 2,480 people from their homes, the county said on Sunday.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-01",
                "About 2,500 people were evacuated from their homes near the Tarsk "
                "refinery on Sunday, county officials said.",
            ),
            (
                "c",
                "Outlet C",
                "2026-06-01",
                "Some 2.5 thousand residents were evacuated near the Tarsk refinery "
                "as the fire spread on Sunday.",
            ),
        ],
        "measures": [
            {"figures": [("a", "2,480 people"), ("b", "About 2,500 people")], "kind": "agreement"},
        ],
        "disputes": 0,
    },
    # ------------------------------------------------------------------ conversions
    {
        "name": "a figure and its conversion agree",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-03-20",
                "The oil slick off Pellan now stretches 19 kilometres along the coast, "
                "the coast guard said on Friday.",
            ),
            (
                "b",
                "Outlet B",
                "2026-03-20",
                "The slick has spread along a 12-mile stretch of the Pellan coast, "
                "according to the coast guard.",
            ),
            (
                "c",
                "Outlet C",
                "2026-03-20",
                "Coast guard crews said the slick covered about 19 km of the Pellan coastline on Friday.",
            ),
        ],
        "measures": [
            {
                "figures": [("a", "19 kilometres"), ("b", "12-mile"), ("c", "about 19 km")],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    # ------------------------------------------------------------------ outliers and splits
    {
        "name": "a clear majority with one outlier",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-04-02",
                "The bus crash near Holm killed 23 people, police said on Thursday.",
            ),
            (
                "b",
                "Outlet B",
                "2026-04-02",
                "Twenty-three people were killed when a bus left the road near Holm, police said.",
            ),
            ("c", "Outlet C", "2026-04-02", "Police said 23 passengers died in the bus crash near Holm."),
            (
                "d",
                "Outlet D",
                "2026-04-02",
                "A bus plunged off the road near Holm, killing 23 people, according to police.",
            ),
            ("e", "Outlet E", "2026-04-02", "The crash of a bus near Holm killed 32 people, police said."),
        ],
        "measures": [
            {
                "figures": [
                    ("a", "23 people"),
                    ("b", "Twenty-three people"),
                    ("c", "23 passengers"),
                    ("d", "23 people"),
                    ("e", "32 people"),
                ],
                "kind": "agreement",
                "outliers": [("e", "32 people")],
            },
        ],
        "disputes": 0,
    },
    {
        "name": "a real split",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-07-14",
                "About 120 protesters were arrested in Marrow Square on Saturday, the police said.",
            ),
            ("b", "Outlet B", "2026-07-14", "Police arrested 120 protesters in Marrow Square on Saturday."),
            (
                "c",
                "Outlet C",
                "2026-07-14",
                "Organisers said 180 protesters were arrested in Marrow Square on Saturday.",
            ),
            (
                "d",
                "Outlet D",
                "2026-07-14",
                "Some 180 protesters were detained in Marrow Square, the organisers said.",
            ),
        ],
        "measures": [
            {
                "figures": [
                    ("a", "About 120 protesters"),
                    ("b", "120 protesters"),
                    ("c", "180 protesters"),
                    ("d", "Some 180 protesters"),
                ],
                "kind": "disagreement",
            },
        ],
        "disputes": 1,
    },
    # ------------------------------------------------------------------ parts and totals
    {
        "name": "parts of a total are not a dispute",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-09-08",
                "Ten people were killed when a school roof collapsed in Ostrel on Monday, officials said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-09-08",
                "Eight students and two teachers died when the roof of a school in "
                "Ostrel collapsed on Monday.",
            ),
            (
                "c",
                "Outlet C",
                "2026-09-08",
                "The roof collapse at the Ostrel school killed 10 people. Eight of the "
                "dead were students, the mayor said.",
            ),
        ],
        "measures": [
            {"figures": [("a", "Ten people"), ("c", "10 people")], "kind": "agreement"},
        ],
        "disputes": 0,
    },
    {
        "name": "the injured and the children among them",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-10-02",
                "The explosion at the Brenna fireworks depot injured 40 people, the "
                "fire service said. Twelve of the injured were children.",
            ),
            (
                "b",
                "Outlet B",
                "2026-10-02",
                "Forty people were injured in the blast at the Brenna fireworks "
                "depot, according to the fire service.",
            ),
            (
                "c",
                "Outlet C",
                "2026-10-02",
                "The fire service said 40 people were hurt in the Brenna depot "
                "explosion, among them 12 children.",
            ),
        ],
        "measures": [
            {"figures": [("a", "40 people"), ("b", "Forty people"), ("c", "40 people")], "kind": "agreement"},
        ],
        "disputes": 0,
    },
    # ------------------------------------------------------------------ updated counts
    {
        "name": "a toll rising with publication time",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-01-10",
                "The earthquake in the Kavra valley killed 12 people, the disaster agency said on Saturday.",
            ),
            (
                "b",
                "Outlet B",
                "2026-01-11",
                "The earthquake in the Kavra valley has killed 19 people, the "
                "disaster agency said on Sunday.",
            ),
            (
                "c",
                "Outlet C",
                "2026-01-12",
                "Rescuers in the Kavra valley said the earthquake had killed 26 "
                "people as the search went on.",
            ),
        ],
        "measures": [
            {"figures": [("a", "12 people"), ("b", "19 people"), ("c", "26 people")], "kind": "evolving"},
        ],
        "disputes": 1,
    },
    {
        "name": "a toll that rose, said in the text",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-08-03",
                "At least 24 people were killed in the floods in Sarno province, officials said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-08-03",
                "The death toll from the Sarno province floods rose to 31 on Thursday, officials said.",
            ),
            (
                "c",
                "Outlet C",
                "2026-08-03",
                "The number of people killed in the Sarno floods climbed to 31, the "
                "provincial governor said.",
            ),
        ],
        "measures": [
            {"figures": [("a", "At least 24 people"), ("b", "31"), ("c", "31")], "kind": "evolving"},
        ],
        "disputes": 1,
    },
    {
        "name": "a revised count",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-11-04",
                "Fourteen climbers were missing on Mount Orvel after the avalanche, the rescue service said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-11-05",
                "The rescue service revised the number of missing climbers on Mount "
                "Orvel to nine after five were found alive.",
            ),
            (
                "c",
                "Outlet C",
                "2026-11-05",
                "Nine climbers remain missing on Mount Orvel, rescuers said, after five were found alive.",
            ),
        ],
        "measures": [
            {
                "figures": [("a", "Fourteen climbers"), ("b", "nine"), ("c", "Nine climbers")],
                "kind": "evolving",
            },
        ],
        "disputes": 1,
    },
    {
        "name": "an earlier figure quoted in the same article",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-12-01",
                "The fire at the Lusk warehouse killed 15 workers, the police said "
                "on Tuesday. Earlier reports had put the toll at eight.",
            ),
            (
                "b",
                "Outlet B",
                "2026-12-01",
                "Fifteen workers died in the fire at the Lusk warehouse, according to the police.",
            ),
            (
                "c",
                "Outlet C",
                "2026-12-01",
                "Police said 15 workers were killed when fire swept through the Lusk warehouse.",
            ),
        ],
        "measures": [
            {
                "figures": [("a", "15 workers"), ("b", "Fifteen workers"), ("c", "15 workers")],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    # ------------------------------------------------------------------ background figures
    {
        "name": "a background figure of another year",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-18",
                "The storm killed 12 people in Marsh county, officials said on "
                "Wednesday. In 2019 a similar storm killed 85 people in the county.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-18",
                "Twelve people died in the storm in Marsh county, according to officials.",
            ),
            (
                "c",
                "Outlet C",
                "2026-06-18",
                "Officials said the storm left 12 people dead in Marsh county. The "
                "county's worst storm, in 1998, killed 140 people.",
            ),
        ],
        "measures": [
            {
                "figures": [("a", "12 people"), ("b", "Twelve people"), ("c", "12 people")],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    {
        "name": "a national figure beside the local one",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-02-20",
                "Forty-one people fell ill with cholera in the town of Besk this week, "
                "the health ministry said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-02-20",
                "The health ministry reported 41 cholera cases in Besk this week. "
                "Nationwide, 1,900 cases have been recorded this year.",
            ),
            (
                "c",
                "Outlet C",
                "2026-02-20",
                "Health officials said 41 people in Besk had been infected with cholera.",
            ),
        ],
        "measures": [
            {
                "figures": [("a", "Forty-one people"), ("b", "41 cholera cases"), ("c", "41 people")],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    # ------------------------------------------------------------------ denials
    {
        "name": "allegations dismissed as baseless",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-03-03",
                "Transport minister Ilse Dorava accepted payments from the Kessler "
                "shipping group, the newspaper Morgenlicht reported on Monday. The payments were made in 2024.",
            ),
            (
                "b",
                "Outlet B",
                "2026-03-04",
                "Ilse Dorava dismissed the allegations that she accepted payments "
                "from Kessler as baseless. The minister said she would stay in office.",
            ),
            (
                "c",
                "Outlet C",
                "2026-03-04",
                "Dorava said there was no truth to the report that she had accepted "
                "payments from the Kessler group.",
            ),
        ],
        "contradictions": [
            {
                "claim": ("a", "accepted payments from the Kessler"),
                "denial": ("b", "dismissed the allegations"),
            },
            {"claim": ("a", "accepted payments from the Kessler"), "denial": ("c", "no truth to the report")},
        ],
        "disputes": 2,
    },
    {
        "name": "a report called false, and a meeting that never happened",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-04-21",
                "Governor Tomas Brell met executives of the Ardent mining company in "
                "secret last month, two aides said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-04-22",
                "Governor Tomas Brell said the report that he met Ardent executives was false.",
            ),
            (
                "c",
                "Outlet C",
                "2026-04-22",
                "A spokesman for Brell said the meeting with Ardent executives never happened.",
            ),
            (
                "d",
                "Outlet D",
                "2026-04-22",
                "The Ardent mining company categorically rejected claims that its "
                "executives met the governor.",
            ),
        ],
        "contradictions": [
            {"claim": ("a", "met executives of the Ardent"), "denial": ("b", "was false")},
            {"claim": ("a", "met executives of the Ardent"), "denial": ("c", "never happened")},
            {"claim": ("a", "met executives of the Ardent"), "denial": ("d", "categorically rejected")},
        ],
        "disputes": 3,
    },
    {
        "name": "a denial alone",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-05-30",
                "The Corlen bridge will close for six weeks from June for repairs, the city said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-05-30",
                "The Corlen bridge closes for six weeks of repairs in June. The mayor "
                "denied that the repairs had been delayed by a dispute with the contractor.",
            ),
            (
                "c",
                "Outlet C",
                "2026-05-30",
                "Repairs will close the Corlen bridge for six weeks, starting in June, city officials said.",
            ),
        ],
        "measures": [
            {"figures": [("a", "six weeks"), ("b", "six weeks"), ("c", "six weeks")], "kind": "agreement"},
        ],
        "alone": [("b", "denied that the repairs")],
        "disputes": 0,
    },
    {
        "name": "a counter-claim giving another value",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-07-07",
                "Inspectors said the Halvard chemical plant released 40 tonnes of chlorine into the river.",
            ),
            (
                "b",
                "Outlet B",
                "2026-07-07",
                "Halvard Chemicals disputed the inspectors' figure, saying only two "
                "tonnes of chlorine had leaked into the river.",
            ),
            (
                "c",
                "Outlet C",
                "2026-07-07",
                "About 40 tonnes of chlorine escaped from the Halvard plant into the "
                "river, according to inspectors.",
            ),
        ],
        "measures": [
            {
                "figures": [("a", "40 tonnes"), ("b", "two tonnes"), ("c", "About 40 tonnes")],
                "kind": "disagreement",
            },
        ],
        "disputes": 1,
        "dispute_either": True,  # the counter-claim may be shown as a contradiction or as the disagreement
    },
    {
        "name": "a denial that shares words with an unrelated sentence",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-08-19",
                "The Norrick city council sold two buses to a neighbouring town last "
                "year, records show. The council meets again on Monday.",
            ),
            (
                "b",
                "Outlet B",
                "2026-08-19",
                "Mayor Elin Sorve denied that the council had sold the stadium land to a developer.",
            ),
            (
                "c",
                "Outlet C",
                "2026-08-19",
                "The Norrick council will meet on Monday to discuss the stadium, the mayor said.",
            ),
        ],
        "alone": [("b", "denied that the council had sold")],
        "disputes": 0,
    },
    {
        "name": "one speaker quoted alike by several outlets",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-09-15",
                "Transit chief Mara Quell said fares would not rise this year. The "
                "authority carried 80 million passengers last year.",
            ),
            (
                "b",
                "Outlet B",
                "2026-09-15",
                "Fares will not go up this year, transit chief Mara Quell said on Tuesday.",
            ),
            (
                "c",
                "Outlet C",
                "2026-09-15",
                "Mara Quell, the transit chief, said there would be no fare rise this "
                "year and that the authority would not cut services.",
            ),
        ],
        "disputes": 0,
    },
]

# Written after the first set had been run and fixed, before Parallax was run on them: a check that the
# mechanisms hold on stories they were not shaped on.
HELD_OUT: list[Story] = [
    {
        "name": "nearly and almost a round figure, and the exact one",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-03-14",
                "Nearly 200 flights were cancelled at Orvik airport on Friday because "
                "of the snow, the airport said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-03-14",
                "The airport said 193 flights were cancelled at Orvik on Friday as snow closed both runways.",
            ),
            (
                "c",
                "Outlet C",
                "2026-03-14",
                "Snow forced Orvik airport to cancel almost 200 flights on Friday.",
            ),
        ],
        "measures": [
            {
                "figures": [("a", "Nearly 200 flights"), ("b", "193 flights"), ("c", "almost 200 flights")],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    {
        "name": "half a million and 500,000",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-04-09",
                "Half a million households in Retta lost power when the storm hit, the grid operator said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-04-09",
                "The storm cut power to 500,000 households across Retta, according to the grid operator.",
            ),
            (
                "c",
                "Outlet C",
                "2026-04-09",
                "About 510,000 households in Retta were without power on Thursday, the operator said.",
            ),
        ],
        "measures": [
            {
                "figures": [
                    ("a", "Half a million households"),
                    ("b", "500,000 households"),
                    ("c", "About 510,000 households"),
                ],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    {
        "name": "a weight and its conversion",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-05-05",
                "Customs officers at Velm seized 2 tonnes of cocaine hidden in a banana "
                "shipment, the agency said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-05-05",
                "The agency said 2,000 kilograms of cocaine were found in a banana shipment at Velm.",
            ),
            (
                "c",
                "Outlet C",
                "2026-05-05",
                "Officers at the port of Velm found about 4,400 pounds of cocaine among "
                "bananas, customs said.",
            ),
        ],
        "measures": [
            {
                "figures": [("a", "2 tonnes"), ("b", "2,000 kilograms"), ("c", "about 4,400 pounds")],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    {
        "name": "last year's arrests beside this year's",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-05-02",
                "Police arrested 64 people at the May Day march in Lorne on Friday. "
                "Last year 300 people were arrested at the same march.",
            ),
            (
                "b",
                "Outlet B",
                "2026-05-02",
                "Sixty-four people were arrested during the May Day march in Lorne, police said.",
            ),
            (
                "c",
                "Outlet C",
                "2026-05-02",
                "Lorne police said 64 marchers were detained on Friday, far fewer than the 300 held in 2025.",
            ),
        ],
        "measures": [
            {
                "figures": [("a", "64 people"), ("b", "Sixty-four people"), ("c", "64 marchers")],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    {
        "name": "an earlier count quoted beside the new one",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-21",
                "The ferry sinking off Skarn killed 20 passengers, up from 12 reported "
                "on Monday, the coast guard said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-21",
                "Twenty passengers died when the ferry sank off Skarn, the coast guard said on Tuesday.",
            ),
            (
                "c",
                "Outlet C",
                "2026-06-21",
                "The coast guard said 20 passengers were killed in the Skarn ferry sinking.",
            ),
        ],
        "measures": [
            {
                "figures": [("a", "20 passengers"), ("b", "Twenty passengers"), ("c", "20 passengers")],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    {
        "name": "the dead and the children among them",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-07-30",
                "Twenty people were killed in the fire at the Dunmore market. Five of "
                "the dead were children, the police said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-07-30",
                "The Dunmore market fire killed 20 people, including five children.",
            ),
            ("c", "Outlet C", "2026-07-30", "Police said 20 people died in the blaze at the Dunmore market."),
        ],
        "measures": [
            {
                "figures": [("a", "Twenty people"), ("b", "20 people"), ("c", "20 people")],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    {
        "name": "a clear majority against one outlet, four to one",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-08-12",
                "The wildfire near Casso has burned 4,000 hectares, firefighters said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-08-12",
                "Firefighters said the Casso wildfire had burned about 4,000 hectares.",
            ),
            ("c", "Outlet C", "2026-08-12", "Some 4,000 hectares have burned in the Casso wildfire."),
            ("d", "Outlet D", "2026-08-12", "The Casso wildfire has burned 4,100 hectares of forest."),
            (
                "e",
                "Outlet E",
                "2026-08-12",
                "The Casso wildfire has burned 9,000 hectares, firefighters said.",
            ),
        ],
        "measures": [
            {
                "figures": [
                    ("a", "4,000 hectares"),
                    ("b", "about 4,000 hectares"),
                    ("c", "Some 4,000 hectares"),
                    ("d", "4,100 hectares"),
                    ("e", "9,000 hectares"),
                ],
                "kind": "agreement",
                "outliers": [("e", "9,000 hectares")],
            },
        ],
        "disputes": 0,
    },
    {
        "name": "the accusations called unfounded and fiction",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-09-02",
                "Striker Paolo Venn took money to lose the cup match against Derrow, "
                "a former teammate told investigators.",
            ),
            (
                "b",
                "Outlet B",
                "2026-09-03",
                "Venn's lawyer said the accusations that he took money to lose the match were unfounded.",
            ),
            (
                "c",
                "Outlet C",
                "2026-09-03",
                "Paolo Venn rejected the report that he took money to lose the Derrow match as pure fiction.",
            ),
        ],
        "contradictions": [
            {"claim": ("a", "took money to lose"), "denial": ("b", "were unfounded")},
            {"claim": ("a", "took money to lose"), "denial": ("c", "pure fiction")},
        ],
        "disputes": 2,
    },
    {
        "name": "a denial of something nobody reported, sharing the subject",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-10-11",
                "The Kelby hospital will open a new cancer ward in March, its director said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-10-11",
                "The Kelby hospital's director said a new cancer ward opens in March. "
                "She denied that the hospital had closed its maternity unit.",
            ),
            ("c", "Outlet C", "2026-10-11", "A cancer ward will open at the Kelby hospital in March."),
        ],
        "alone": [("b", "denied that the hospital had closed")],
        "disputes": 0,
    },
    {
        "name": "one speaker reported negated by one outlet",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-11-18",
                "Finance minister Ada Kort said taxes on fuel would rise next year.",
            ),
            (
                "b",
                "Outlet B",
                "2026-11-18",
                "Finance minister Ada Kort said taxes on fuel would not rise next year.",
            ),
            (
                "c",
                "Outlet C",
                "2026-11-18",
                "Ada Kort, the finance minister, presented the budget to parliament on Tuesday.",
            ),
        ],
        "disputes": 1,
    },
]

# A third set, written before Parallax was run on it (after the rounding and qualifier changes).
HELD_OUT_2: list[Story] = [
    {
        "name": "as many as and up to: two upper bounds that differ",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-02-11",
                "As many as 3,000 workers at the Pello car plant could lose their jobs, the union said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-02-11",
                "Up to 3,600 jobs at the Pello car plant are at risk, the union said.",
            ),
            (
                "c",
                "Outlet C",
                "2026-02-11",
                "The union warned that up to 3,600 workers at the Pello plant could lose their jobs.",
            ),
        ],
        "measures": [
            {
                "figures": [
                    ("a", "As many as 3,000 workers"),
                    ("b", "Up to 3,600 jobs"),
                    ("c", "up to 3,600 workers"),
                ],
                "kind": "disagreement",
            },
        ],
        "disputes": 1,
    },
    {
        "name": "a round billion and the exact amount",
        "articles": [
            ("a", "Outlet A", "2026-03-02", "The Varga dam will cost $1 billion, the energy ministry said."),
            (
                "b",
                "Outlet B",
                "2026-03-02",
                "The energy ministry put the cost of the Varga dam at $1.04 billion.",
            ),
            (
                "c",
                "Outlet C",
                "2026-03-02",
                "Building the Varga dam will cost about $1 billion, officials said.",
            ),
        ],
        "measures": [
            {
                "figures": [("a", "$1 billion"), ("b", "$1.04 billion"), ("c", "about $1 billion")],
                "kind": "agreement",
            },
        ],
        "disputes": 0,
    },
    {
        "name": "a spokesman calls the story fabricated",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-04-15",
                "The Hollin football club paid its coach a secret bonus of $2 million, "
                "according to leaked documents.",
            ),
            (
                "b",
                "Outlet B",
                "2026-04-15",
                "A Hollin spokesman said the story that the club paid its coach a "
                "secret bonus was fabricated.",
            ),
            ("c", "Outlet C", "2026-04-15", "Hollin's coach, Erik Dahl, will stay at the club next season."),
        ],
        "contradictions": [
            {"claim": ("a", "paid its coach a secret bonus"), "denial": ("b", "was fabricated")},
        ],
        "disputes": 1,
    },
    {
        "name": "a request denied is no contradiction",
        "articles": [
            ("a", "Outlet A", "2026-05-20", "Opposition leader Rana Soll said the election had been rigged."),
            (
                "b",
                "Outlet B",
                "2026-05-20",
                "The electoral court denied Soll's request for a recount on Tuesday.",
            ),
            ("c", "Outlet C", "2026-05-20", "Rana Soll said the vote was rigged and asked for a recount."),
        ],
        "disputes": 0,
    },
    {
        "name": "a company denies wrongdoing and the regulator's finding",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-09",
                "The regulator found that Brisk Airlines overbooked 400 flights last year.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-09",
                "Brisk Airlines denied that it overbooked flights and said it would appeal.",
            ),
            (
                "c",
                "Outlet C",
                "2026-06-09",
                "Brisk Airlines overbooked 400 flights in 2025, the regulator said.",
            ),
        ],
        "measures": [
            {"figures": [("a", "400 flights"), ("c", "400 flights")], "kind": "agreement"},
        ],
        "contradictions": [
            {"claim": ("a", "overbooked 400 flights"), "denial": ("b", "denied that it overbooked")},
        ],
        "disputes": 1,
    },
    {
        "name": "monthly figures of two months",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-07-03",
                "Unemployment in Terrin fell to 6.1 percent in June, the statistics "
                "office said. In May it was 6.4 percent.",
            ),
            (
                "b",
                "Outlet B",
                "2026-07-03",
                "The statistics office said Terrin's unemployment rate was 6.1% in June.",
            ),
            ("c", "Outlet C", "2026-07-03", "Terrin's jobless rate dropped to 6.1 percent in June."),
        ],
        "measures": [
            {"figures": [("a", "6.1 percent"), ("b", "6.1%"), ("c", "6.1 percent")], "kind": "agreement"},
        ],
        "disputes": 0,
    },
]

# Fourth set (branch disputes4), written before any change and before Parallax was run on them: one
# denial carried by several outlets, denials that must stay apart, a negated counter-statement by
# another speaker, an affirmation worded with "deny", a counter-claim with another figure. New keys:
# ``together`` (denials that must make one lone point naming every outlet, in no contradiction),
# ``apart`` (denials that must not share a point), ``not_denial`` (sentences in no contradiction and in
# no lone denial).
HELD_OUT_3: list[Story] = [
    {
        "name": "one lone denial carried by three outlets",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-03-16",
                "The tanker Solmar docked at Orvane on Sunday with 3,000 tonnes of diesel. Port director "
                "Kasimir Velt denied that any fuel had leaked into the harbour.",
            ),
            (
                "b",
                "Outlet B",
                "2026-03-16",
                "Kasimir Velt, the Orvane port director, denied reports that fuel leaked into the harbour "
                "from the Solmar, which carried 3,000 tonnes of diesel.",
            ),
            (
                "c",
                "Outlet C",
                "2026-03-17",
                "Velt rejected claims that fuel had leaked into the harbour. The Solmar unloaded 3,000 "
                "tonnes of diesel on Sunday.",
            ),
        ],
        "measures": [
            {
                "figures": [("a", "3,000 tonnes"), ("b", "3,000 tonnes"), ("c", "3,000 tonnes")],
                "kind": "agreement",
            },
        ],
        "together": [
            ("a", "denied that any fuel"),
            ("b", "denied reports that fuel"),
            ("c", "rejected claims that fuel"),
        ],
        "disputes": 0,
    },
    {
        "name": "two different denials of one speaker stay apart",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-04-02",
                "Health minister Hana Pell denied that she had met the lobbyist Yuri Dask in March.",
            ),
            (
                "b",
                "Outlet B",
                "2026-04-02",
                "Hana Pell denied that the ministry had lost the vaccine contracts.",
            ),
            (
                "c",
                "Outlet C",
                "2026-04-03",
                "Pell denied that she had met Yuri Dask, the lobbyist, earlier this year.",
            ),
        ],
        "together": [("a", "denied that she had met"), ("c", "denied that she had met")],
        "apart": [("a", "denied that she had met"), ("b", "denied that the ministry")],
        "disputes": 0,
    },
    {
        "name": "a lone denial by two outlets, and the same denial paired in a third",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-05-05",
                "Striking dockers said the Belmar shipping line had hired replacement crews.",
            ),
            (
                "b",
                "Outlet B",
                "2026-05-05",
                "The Belmar shipping line denied that it had hired replacement crews.",
            ),
            (
                "c",
                "Outlet C",
                "2026-05-06",
                "Belmar denied hiring replacement crews during the strike.",
            ),
        ],
        "contradictions": [
            {"claim": ("a", "had hired replacement crews"), "denial": ("b", "denied that it had hired")},
        ],
        "disputes": 1,
        "dispute_either": True,  # c's denial may be its own contradiction point
    },
    {
        "name": "a negated counter-statement by another speaker",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-06-11",
                "Union leader Dario Fenn said the Castor steel plant would close next year.",
            ),
            (
                "b",
                "Outlet B",
                "2026-06-11",
                "The Castor steel plant will not close, the company's chief executive Mirela Stoyan said on "
                "Thursday.",
            ),
            (
                "c",
                "Outlet C",
                "2026-06-12",
                "Mirela Stoyan said the company would invest in the Castor plant and hire 200 workers.",
            ),
        ],
        "contradictions": [
            {"claim": ("a", "would close next year"), "denial": ("b", "will not close")},
        ],
        "disputes": 1,
    },
    {
        "name": "a negated statement about another thing is no counter-statement",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-07-21",
                "Mayor Ilka Varga said the Tessel ferry would resume service on Monday.",
            ),
            (
                "b",
                "Outlet B",
                "2026-07-21",
                "The Tessel bridge will not reopen before August, engineer Piet Olsen said.",
            ),
            (
                "c",
                "Outlet C",
                "2026-07-22",
                "The Tessel ferry resumes service on Monday, the mayor said. Tickets will not cost more.",
            ),
        ],
        "disputes": 0,
    },
    {
        "name": "hard to deny is no denial",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-08-04",
                "The Lunden flood defences failed on Saturday night, engineer Sofia Marr said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-08-04",
                "It is hard to deny that the flood defences failed, Marr wrote in her report.",
            ),
            (
                "c",
                "Outlet C",
                "2026-08-05",
                "No one can deny that the Lunden defences were too low, the council leader said.",
            ),
        ],
        "not_denial": [("b", "hard to deny"), ("c", "No one can deny")],
        "disputes": 0,
    },
    # Written after the first six of this set were fixed, before Parallax was run on them.
    {
        "name": "a report called nonsense",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-09-08",
                "Councillor Jana Roth said the Meridian hospital had closed its maternity ward.",
            ),
            (
                "b",
                "Outlet B",
                "2026-09-08",
                "The Meridian hospital called reports that it had closed its maternity ward complete nonsense.",
            ),
            (
                "c",
                "Outlet C",
                "2026-09-09",
                "The Meridian hospital employs 1,400 staff, its director said.",
            ),
        ],
        "contradictions": [
            {"claim": ("a", "had closed its maternity ward"), "denial": ("b", "complete nonsense")},
        ],
        "disputes": 1,
    },
    {
        "name": "a plan called nonsense is no denial of a statement",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-10-13",
                "Mayor Aron Vesk said the city would build a tram line to the Harlow docks.",
            ),
            (
                "b",
                "Outlet B",
                "2026-10-13",
                "Opposition leader Greta Lind called the tram plan expensive nonsense.",
            ),
            (
                "c",
                "Outlet C",
                "2026-10-14",
                "Vesk said the tram line to the Harlow docks would be built by 2030.",
            ),
        ],
        "disputes": 0,
    },
    # Written after a false pairing found on a real event (a denial paired with "to investigate whether
    # P"), as a regression check: a question states nothing, so the denial stays alone.
    {
        "name": "a denial and an inquiry into whether it is so",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-11-02",
                "Prosecutor Ida Marek was given authority to investigate whether Senator Oskar Pelt took "
                "bribes from the Corvin group, the justice ministry said.",
            ),
            (
                "b",
                "Outlet B",
                "2026-11-02",
                "Pelt has repeatedly dismissed the allegations that he took bribes from Corvin.",
            ),
        ],
        "alone": [("b", "dismissed the allegations")],
        "disputes": 0,
    },
    # Written before running, after the fixes above: a counter-claim that gives another figure, worded
    # without any word of denial.
    {
        "name": "organisers and police give two counts of one march",
        "articles": [
            (
                "a",
                "Outlet A",
                "2026-11-15",
                "Organisers said 20,000 people marched through Velna on Saturday against the new toll road.",
            ),
            (
                "b",
                "Outlet B",
                "2026-11-15",
                "Police put the number of marchers in Velna at 4,000.",
            ),
            (
                "c",
                "Outlet C",
                "2026-11-15",
                "About 20,000 people joined the march through Velna, organisers said, while police said "
                "4,000 took part.",
            ),
        ],
        "measures": [
            {
                "figures": [
                    ("a", "20,000 people"),
                    ("b", "4,000"),
                    ("c", "About 20,000 people"),
                    ("c", "4,000"),
                ],
                "kind": "disagreement",
            },
        ],
        "disputes": 1,
        "dispute_either": True,  # may also be shown as a contradiction of the organisers' figure
    },
]
