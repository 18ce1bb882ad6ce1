"""A third fresh comparison gold, written by hand on events that no Parallax run has seen (issue 9).

Same form as ``written.py``, ``written_fresh.py`` and ``written_fresh2.py`` (read their docstrings): each
figure is an *anchor*, a piece of the article's input text with the figure in square brackets, a leading "!"
marking an outlier of an agreement; each statement of a contradiction is a piece of its sentence.
``build.py --fresh3`` turns this file into ``events_fresh3.jsonl`` (every event ``part: fresh3``) and checks
every span by slicing the input.

These events are scored once, at the very end, as the estimate for unseen stories; nobody may run Parallax
on their articles before that. How they were chosen: ``docs/bench/comparison_fresh3.md``.

Articles are named by the suffix of their id: ``_1`` is ``basil/UUID_1`` in event ``basil:UUID``,
``_DOCUMENT_0`` is ``pac/STORY_7_DOCUMENT_0`` in event ``pac:STORY_7``.
"""

from __future__ import annotations

from typing import Any

EVENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ basil: events in no earlier gold,
    # the ones whose outlets share the most figures (docs/bench/comparison_fresh3.md)
    {
        "event": "basil:aab91277-8d56-4844-a581-45630f873f49",
        "about": "Roger Stone is arrested and indicted in the Mueller investigation",
        "measures": [
            {
                "name": "counts in the indictment",
                "kind": "agreement",
                "figures": [
                    ("_1", "Mr. Stone was charged with [seven] counts"),
                    ("_3", "charged Stone in a [seven-count] indictment"),
                ],
            },
            {
                "name": "year of the presidential election",
                "kind": "agreement",
                "figures": [
                    ("_1", "during the [2016] election"),
                    ("_1", "sabotage the [2016] presidential"),
                    ("_1", "in the [2016] election and"),
                    ("_1", "disrupt the [2016] presidential"),
                    ("_1", "during the [2016] presidential"),
                    ("_1", "the [2016] election."),
                    ("_2", "during the [2016] presidential"),
                    ("_2", "in the [2016] election"),
                    ("_2", "throughout the [2016] presidential"),
                    ("_2", "the [2016] election,"),
                    ("_2", "in the [2016] presidential"),
                    ("_2", "the [2016] election.\n\nFormer"),
                    ("_3", "the [2016] presidential"),
                    ("_3", "the [2016] election"),
                ],
            },
            {
                "name": "when Stone left Trump's campaign",
                "kind": "agreement",
                "figures": [
                    ("_2", "He left Trump’s campaign in [August 2015]"),
                    ("_3", "after he left Trump’s campaign in [August 2015]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the FBI's pre-dawn arrest of Stone was standard practice",
                "claim": [
                    ("_1", "Agents typically use those tactics as a precaution"),
                    ("_2", "the operation was “standard” for a home arrest"),
                    ("_2", "adding that Stone’s situation was “nothing out of the ordinary.”"),
                ],
                "denial": [
                    ("_2", "it was completely unnecessary"),
                    ("_2", "have permitted a vindictive use of arrest in a non-violent case"),
                    ("_2", "This was designed to be vindictive and intimidating"),
                ],
            },
            {
                "proposition": "Stone was in contact with Julian Assange",
                "claim": [
                    ("_1", "even suggested that he had personally spoken to the WikiLeaks founder"),
                    ("_3", "Stone has previously admitted to being in contact with Julian Assange"),
                ],
                "denial": [
                    ("_1", "saying that he was not actually speaking to Mr. Assange"),
                ],
            },
        ],
    },
    {
        "event": "basil:af4a3f41-eeb5-49fa-a276-e97c230b25f0",
        "about": "Mike Huckabee announces his 2016 presidential run",
        "measures": [
            {
                "name": "Huckabee's age",
                "kind": "agreement",
                "figures": [
                    ("_1", "Huckabee, [59], quit his job"),
                    ("_3", "The [59-year-old] Huckabee"),
                ],
            },
            {
                "name": "year of the presidential election Huckabee runs in",
                "kind": "agreement",
                "figures": [
                    ("_1", "run for the [2016] Republican"),
                    ("_1", "already crowded [2016] Republican field"),
                    ("_1", "other GOP [2016] candidates"),
                    ("_3", "Huckabee announces [2016] White House bid"),
                    ("_3", "slogan of sorts for his [2016] campaign"),
                    ("_3", "for a potential [2016] run"),
                    ("_3", "this week to announce a [2016] White House bid"),
                ],
            },
            {
                "name": "year of Huckabee's earlier presidential run",
                "kind": "agreement",
                "figures": [
                    ("_1", "Huckabee ran for president in [2008]."),
                    ("_1", "GOP presidential nomination in [2008],"),
                    ("_3", "ran for president in [2008], winning"),
                    ("_3", "win the Iowa caucuses in [2008] and"),
                ],
            },
            {
                "name": "first year of Huckabee's governorship",
                "kind": "agreement",
                "figures": [
                    ("_1", "Arkansas governor, from [1996] to 2007"),
                    ("_3", "Arkansas governor from [1996] to 2007"),
                ],
            },
            {
                "name": "last year of Huckabee's governorship",
                "kind": "agreement",
                "figures": [
                    ("_1", "Arkansas governor, from 1996 to [2007]"),
                    ("_3", "Arkansas governor from 1996 to [2007]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Huckabee polls ahead of Ben Carson",
                "claim": [
                    ("_1", "but slightly edging out former neurosurgeon Ben Carson"),
                ],
                "denial": [
                    ("_3", "Carson with 7 percent, Huckabee and New Jersey Gov. Chris Christie at 5 percent"),
                ],
            },
        ],
    },
    {
        "event": "basil:a4edca3f-931f-4785-8c3f-f3d8fa84cbec",
        "about": "Hillary Clinton's use of a personal email account as secretary of state",
        "measures": [
            {
                "name": "pages of Clinton's emails given to the State Department",
                "kind": "disagreement",
                "figures": [
                    ("_2", "boxes filled with [50,000] pages of printed emails"),
                    ("_3", "it had received [55,000] pages of Clinton's emails"),
                ],
            },
            {
                "name": "Benghazi emails handed to the House committee",
                "kind": "agreement",
                "figures": [
                    ("_2", "who found [roughly 900] pages pertaining to the Benghazi attacks"),
                    ("_3", "turned over [about 300] emails to the Benghazi select committee"),
                ],
            },
            {
                "name": "first year of Clinton's tenure as secretary of state",
                "kind": "agreement",
                "figures": [
                    ("_1", "She served in that position from [2009] to 2013"),
                    ("_3", "which lasted from [2009] to 2013"),
                ],
            },
            {
                "name": "last year of Clinton's tenure as secretary of state",
                "kind": "agreement",
                "figures": [
                    ("_1", "She served in that position from 2009 to [2013]"),
                    ("_3", "which lasted from 2009 to [2013]"),
                ],
            },
            {
                "name": "year of the Benghazi attacks",
                "kind": "agreement",
                "figures": [
                    ("_2", "investigating the [2012] attacks in Libya"),
                    ("_3", "the deadly [2012] attacks on the U.S. Consulate"),
                ],
            },
            {
                "name": "year of the presidential election",
                "kind": "agreement",
                "figures": [
                    ("_1", "presidential frontrunner for [2016],"),
                    ("_3", "challenger in the [2016] presidential race"),
                    ("_3", "for the Democratic nomination in [2016]."),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Clinton broke the federal records rules by using personal email",
                "claim": [
                    ("_1", "she may have violated federal records law by using a personal email account"),
                    ("_3", 'said in a statement that Clinton "failed" to follow records law'),
                    ("_3", "Clinton and her aides reportedly did not follow that requirement"),
                ],
                "denial": [
                    ("_3", "Both the letter and spirit of the rules permitted State Department officials"),
                    ("_1", "the rules against using personal email were not relayed"),
                ],
            },
            {
                "proposition": "the request for Clinton's emails was set off by the Benghazi inquiry",
                "claim": [
                    ("_2", "But it was the review of Benghazi-related documents last summer that"),
                ],
                "denial": [
                    ("_2", "The letter actually went before we got the request from the select committee"),
                    ("_2", "as motivated by efforts to update the department’s record management system"),
                ],
            },
        ],
    },
    {
        "event": "basil:f688c56d-7fae-42ef-b7f7-7db207b58d27",
        "about": "Trump says he will end birthright citizenship by executive order",
        "measures": [
            {
                "name": "years a baby born in the US is a citizen with benefits, in Trump's words",
                "kind": "agreement",
                "figures": [
                    ("_1", "a citizen of the United States for [85 years] with all"),
                    ("_2", "a citizen of the United States for [85 years], with all"),
                ],
            },
            {
                "name": "other countries that grant birthright citizenship",
                "kind": "agreement",
                "figures": [
                    ("_2", "In fact, [at least 30] other countries"),
                    ("_3", "[More than 30] nations, including Canada"),
                ],
            },
            {
                "name": "year of the Wong Kim Ark Supreme Court ruling",
                "kind": "agreement",
                "figures": [
                    ("_2", "of an [1898] Supreme Court ruling"),
                    ("_2", "A [1898] Supreme Court decision held"),
                    ("_3", "The Supreme Court ruled in [1898]’s U.S. v. Wong Kim Ark"),
                ],
            },
            {
                "name": "active-duty troops sent to the southern border",
                "kind": "agreement",
                "figures": [
                    ("_2", "streaming [more than 5,000] active-duty troops"),
                    ("_3", "He deployed [5,200] active-duty troops"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the US is the only country that grants birthright citizenship",
                "claim": [
                    ("_1", "we’re the only country in the world where a person comes in, has a baby"),
                    ("_2", "We’re the only country in the world where a person comes in and has a baby"),
                ],
                "denial": [
                    ("_1", "The U.S. is not the only country to grant birthright citizenship"),
                    ("_2", "In fact, at least 30 other countries"),
                    ("_3", "More than 30 nations, including Canada and Mexico, have similar policies"),
                ],
            },
            {
                "proposition": "the president can end birthright citizenship by executive order",
                "claim": [
                    ("_2", "Now they’re saying I can do it just with an executive order"),
                    ("_3", "But now they’re saying I can do it just with an executive order"),
                ],
                "denial": [
                    ("_1", "you cannot end birthright citizenship with an executive order"),
                    ("_2", "“You obviously cannot do that,” Ryan told WVLK"),
                    ("_3", "“You cannot end birthright citizenship with an executive order,”"),
                    ("_3", "“The president cannot erase the Constitution with an executive order"),
                ],
            },
            {
                "proposition": "the 14th Amendment makes every child born in the US a citizen",
                "claim": [
                    ("_3", "All babies born in the U.S. are American citizens under the Constitution"),
                    ("_2", "The amendment means that any child born in the United States is considered"),
                ],
                "denial": [
                    ("_1", "It is not covered by the 14th Amendment because of the words"),
                    ("_2", "said birthright citizenship was based on a misreading of the amendment"),
                ],
            },
        ],
    },
    {
        "event": "basil:d4a4bc34-e48b-4485-86b2-f1daf4d464dd",
        "about": "Former Mexican presidents Fox and Calderón say Mexico will not pay for Trump's wall",
        "measures": [
            {
                "name": "cost of the wall, Trump's estimate",
                "kind": "agreement",
                "figures": [
                    ("_1", "which he estimates would cost [about $8 billion]"),
                    ("_2", "estimates the price tag at [around $8 billion]"),
                ],
            },
            {
                "name": "first year of Vicente Fox's presidency",
                "kind": "agreement",
                "figures": [
                    ("_1", "president of Mexico from [2000] to 2006"),
                    ("_3", "led the country from [2000] to 2006"),
                ],
            },
            {
                "name": "last year of Vicente Fox's presidency",
                "kind": "agreement",
                "figures": [
                    ("_1", "president of Mexico from 2000 to [2006]"),
                    ("_3", "led the country from 2000 to [2006]"),
                ],
            },
            {
                "name": "first year of Calderón's presidency",
                "kind": "agreement",
                "figures": [
                    ("_1", "who was president from [2006] until 2012"),
                    ("_2", "president of Mexico from [2006] to 2012"),
                ],
            },
            {
                "name": "last year of Calderón's presidency",
                "kind": "agreement",
                "figures": [
                    ("_1", "who was president from 2006 until [2012]"),
                    ("_2", "president of Mexico from 2006 to [2012]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Mexico will pay for the wall",
                "claim": [
                    ("_1", "he would have the leverage to compel Mexico to pay for the wall"),
                    ("_2", "insists he'll coerce Mexico into paying for a wall"),
                    ("_3", "stood by his initial comments about building a border wall and getting Mexico"),
                ],
                "denial": [
                    ("_1", "“I’m not going to pay,” Vicente Fox said"),
                    (
                        "_1",
                        "“Mexican people, we are not going to pay any single cent for such a stupid wall!”",
                    ),
                    ("_2", "“I’m not going to pay for that fucking wall,” Fox told"),
                    ("_2", '"Mexican people, we are not going to pay any single cent'),
                    ("_3", '"I’m not going to pay for that f***ing wall!” Fox told'),
                    ("_3", "“Mexican people, we are not going to pay a single cent"),
                ],
            },
        ],
    },
    {
        "event": "basil:c5534b7e-a373-4962-8345-3847bc41a636",
        "about": "The Benghazi committee asks Hillary Clinton for an interview about her emails",
        "measures": [
            {
                "name": "deadline for Clinton's interview",
                "kind": "agreement",
                "figures": [
                    ("_1", "set a deadline of [May 1] for the interview"),
                    ("_2", "at any time before [May 1]"),
                    ("_3", "Gowdy set a [May 1] deadline"),
                ],
            },
            {
                "name": "emails Clinton sent or received",
                "kind": "agreement",
                "figures": [
                    ("_1", "sent or received [roughly 60,000] related emails"),
                    ("_2", "which of her [roughly 60,000] emails were personal"),
                ],
            },
            {
                "name": "year of the Benghazi attacks",
                "kind": "agreement",
                "figures": [
                    ("_1", "to the [2012] terror attacks"),
                    ("_2", "the attacks in [2012] on an American diplomatic compound"),
                    ("_3", "related to the [2012] Benghazi attack"),
                ],
            },
            {
                "name": "year of the presidential election",
                "kind": "agreement",
                "figures": [
                    ("_1", "front-runner in the [2016] presidential race"),
                    ("_3", "the likely [2016] presidential candidate"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Clinton's use of a private email account is unprecedented",
                "claim": [
                    ("_2", "email arrangement with herself is highly unusual, if not unprecedented"),
                    ("_3", "Gowdy went on to call Clinton’s email situation “highly unusual"),
                ],
                "denial": [
                    ("_3", "Clinton is not the only government official to use a private email for work"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ pac: two outlets of different
    # politics; the stories whose outlets share the most figures
    {
        "event": "pac:STORY_29",
        "about": "CNN holds a seven-hour climate change town hall with ten Democratic candidates",
        "measures": [
            {
                "name": "length of the town hall",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "giving 2020 Democrats [7 hours] to talk"),
                    ("_DOCUMENT_0", "host a [seven-hour] marathon"),
                    ("_DOCUMENT_0", "audience with a [seven-hour] attention span"),
                    ("_DOCUMENT_1", "will be [seven hours] long"),
                    ("_DOCUMENT_1", "Yes, [seven hours]."),
                    ("_DOCUMENT_1", "watch a [seven hour] town hall"),
                ],
            },
            {
                "name": "candidates taking part",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "interviews with [10] presidential candidates"),
                    ("_DOCUMENT_1", "each of the [10] candidates ample time"),
                    ("_DOCUMENT_1", "Each of the [10] candidates will be given"),
                ],
            },
            {
                "name": "start of the town hall, Castro's interview",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "beginning at [5 pm] Eastern"),
                    ("_DOCUMENT_0", "Wolf Blitzer at [5 pm] ET"),
                    ("_DOCUMENT_1", "Wolf Blitzer at [5 p.m.] ET"),
                ],
            },
            {
                "name": "time of Yang's interview",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "interviewed by Blitzer at [5:40 pm]"),
                    ("_DOCUMENT_1", "will come on at [5:40 p.m.]"),
                ],
            },
            {
                "name": "time of Harris's interview",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Erin Burnett at [6:20 pm]"),
                    ("_DOCUMENT_1", "Erin Burnett at [6:20 p.m.]"),
                ],
            },
            {
                "name": "time of Klobuchar's interview",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "interviewed by Burnett at [7 pm]"),
                    ("_DOCUMENT_1", "will appear at [7 p.m.]"),
                ],
            },
            {
                "name": "time of Biden's interview",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Anderson Cooper at [8 pm]"),
                    ("_DOCUMENT_1", "Anderson Cooper at [8 p.m.]"),
                ],
            },
            {
                "name": "time of Sanders's interview",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "interviewed by Cooper at [8:40 pm]"),
                    ("_DOCUMENT_1", "will be on at [8:40 p.m.]"),
                ],
            },
            {
                "name": "time of Warren's interview",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Chris Cuomo at [9:20 pm]"),
                    ("_DOCUMENT_1", "Chris Cuomo at [9:20 p.m.]"),
                ],
            },
            {
                "name": "time of Buttigieg's interview",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "interviewed by Cuomo at [10 pm]"),
                    ("_DOCUMENT_1", "interviewed by Cuomo at [10 p.m.]"),
                ],
            },
            {
                "name": "time of O'Rourke's interview",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Don Lemon at [10:40 pm]"),
                    ("_DOCUMENT_1", "Don Lemon at [10:40 p.m.]"),
                ],
            },
            {
                "name": "time of Booker's interview",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "interviewed by Lemon at [11:20 pm]"),
                    ("_DOCUMENT_1", "will come on at [11:20 p.m.]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_17",
        "about": "Ocasio-Cortez's proposed 70 percent top tax rate: a Fox host's claim, Harry Reid's criticism",
        "measures": [
            {
                "name": "the top tax rate Ocasio-Cortez proposes",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Will Tax [70 Percent] Of Paychecks"),
                    ("_DOCUMENT_0", "tax his paycheck at [70 percent]"),
                    ("_DOCUMENT_0", "going to tax [70 percent] of your paycheck"),
                    ("_DOCUMENT_0", "did not propose taking [70 percent] of anyone"),
                    ("_DOCUMENT_0", "we’d be taxing [70%] of Trump’s income"),
                    ("_DOCUMENT_1", "proposal for a [70-percent] marginal tax rate"),
                    ("_DOCUMENT_1", "raise the marginal tax rate to [70 percent] for incomes"),
                ],
            },
            {
                "name": "income above which the 70 percent rate would apply",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "earnings amounting to [more than $10 million]"),
                    ("_DOCUMENT_1", "70 percent for incomes over [$10 million] would only"),
                    ("_DOCUMENT_1", "same tax hike idea for incomes over [$10 million]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Ocasio-Cortez would tax 70 percent of a paycheck",
                "claim": [
                    ("_DOCUMENT_0", "When you hear they’re going to tax 70 percent of your paycheck"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "For one, Ocasio-Cortez did not propose taking 70 percent"),
                ],
            },
            {
                "proposition": "Ocasio-Cortez said unemployment is low because people have two jobs",
                "claim": [
                    ("_DOCUMENT_0", "She said that it’s low because so many people have two jobs"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "CLEARLY, unemployment is unchanged by the # of jobs each person has"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_147",
        "about": "The White House review of the Afghanistan withdrawal blames Trump",
        "measures": [
            {
                "name": "pages of the published summary",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "In a [12-page] outline"),
                    ("_DOCUMENT_1", "adding that a [12-page] summary"),
                ],
            },
            {
                "name": "American service members killed in the airport bombing",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "during which [13] American soldiers died"),
                    ("_DOCUMENT_1", "took the lives of [13] U.S. service members"),
                ],
            },
            {
                "name": "year of the withdrawal from Afghanistan",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "withdrawal from Afghanistan in [2021], dropping"),
                    ("_DOCUMENT_1", "White House Review Of [2021] Afghanistan"),
                    ("_DOCUMENT_1", "pinned the chaotic [2021] withdrawal"),
                    ("_DOCUMENT_1", "In [August 2021], Biden pulled"),
                ],
            },
            {
                "name": "length of the war",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "end the [two decades-long] war"),
                    ("_DOCUMENT_1", "ending the [20-year-long] war"),
                    ("_DOCUMENT_1", "after a [20-year] battle"),
                ],
            },
            {
                "name": "year since which the Taliban had not been as strong",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "they had been in since [2001], controlling"),
                    ("_DOCUMENT_1", "they had been since [2001], “controlling"),
                ],
            },
            {
                "name": "share of the country the Taliban controlled or contested",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", 'controlling or contesting [nearly half] of the country."'),
                    ("_DOCUMENT_1", "controlling or contesting [nearly half] of the country,”"),
                ],
            },
            {
                "name": "deadline for the withdrawal in the deal with the Taliban",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "all U.S. troops by [May of 2021]"),
                    ("_DOCUMENT_1", "withdraw American troops by the [spring of 2021]"),
                    ("_DOCUMENT_1", "and set for [May 2021]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the review acknowledges a mistake",
                "claim": [
                    ("_DOCUMENT_0", "The review does acknowledge that the evacuation of Americans"),
                    ("_DOCUMENT_1", "admitted it should have started evacuations sooner"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "The report does not appear to acknowledge any mistakes made by Biden"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_64",
        "about": "Oregon Senate Republicans walk out to block the cap-and-trade bill",
        "measures": [
            {
                "name": "Democratic senators",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "The Senate Democrats have [18] members"),
                    ("_DOCUMENT_1", "There are [18] Democratic senators"),
                ],
            },
            {
                "name": "senators needed for a quorum",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "need [20] members to establish a quorum"),
                    ("_DOCUMENT_1", "but [20] senators are needed"),
                ],
            },
            {
                "name": "time left in the legislative session",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "legislative session adjourns [June 30]"),
                    ("_DOCUMENT_1", "There’s only [about one week] left"),
                ],
            },
            {
                "name": "year Texas Democrats fled to block a redistricting bill",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Texas House Democrats fled in [2003]"),
                    ("_DOCUMENT_1", "In [2003], Texas Democrats fled"),
                ],
            },
            {
                "name": "year of an earlier Oregon walkout by Democrats",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "staged a walk-out in [2001]"),
                    ("_DOCUMENT_1", "1971, 1995, [2001], 2007"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "by walking out the Republicans are doing their job for their constituents",
                "claim": [
                    ("_DOCUMENT_1", "walking out today represents our constituency"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "refuse to do their jobs has serious consequences"),
                    ("_DOCUMENT_1", "have decided to abandon their duty to serve their constituents"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_143",
        "about": "Biden, 80, says questions about his age are legitimate as he weighs a second term",
        "measures": [
            {
                "name": "Biden's age",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "At age [80], Biden"),
                    ("_DOCUMENT_1", "[80-year-old] Biden says"),
                    ("_DOCUMENT_1", "whether the [80-year-old] should seek"),
                ],
            },
            {
                "name": "Biden's age at the start of a second term",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "you would be [82] when you're sworn in"),
                    ("_DOCUMENT_1", "who will be [82] at the time"),
                ],
            },
            {
                "name": "Biden's age at the end of a second term",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "[86] at the end of your term"),
                    ("_DOCUMENT_1", "and [86] at the end of his second term"),
                ],
            },
            {
                "name": "year of Biden's last campaign",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "during his [2020] campaign"),
                    ("_DOCUMENT_1", "virtually as he did in [2020]"),
                    ("_DOCUMENT_1", "able to campaign virtually in [2020]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_114",
        "about": "Biden allows summer sales of E15 ethanol fuel to lower gas prices",
        "measures": [
            {
                "name": "ethanol share of the E15 blend",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "fuel that is [15%] ethanol"),
                    ("_DOCUMENT_1", "gasoline that is [15 percent] ethanol"),
                    ("_DOCUMENT_1", "gas with [15 percent] ethanol"),
                ],
            },
            {
                "name": "first day of the summer ban on E15",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "the sale of E15 from [June 1] through"),
                    ("_DOCUMENT_1", "from [June 1] to Sept. 15"),
                ],
            },
            {
                "name": "last day of the summer ban on E15",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "from June 1 through [Sept. 15] annually"),
                    ("_DOCUMENT_1", "from June 1 to [Sept. 15]"),
                ],
            },
            {
                "name": "cut in the price of a gallon",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "lower gas prices by [up to 10 cents] per gallon"),
                    ("_DOCUMENT_1", "lower gas prices by [about 10 cents] a gallon"),
                    ("_DOCUMENT_1", "bring gas prices down by [10 cents] in the near term"),
                ],
            },
            {
                "name": "gas stations that sell E15",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "per gallon at the [2,300] gas stations"),
                    ("_DOCUMENT_1", "a gallon at the [2,300] gas stations"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "selling E15 in summer harms air quality",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "over concerns that burning the fuel during the summer heat could worsen",
                    ),
                    ("_DOCUMENT_1", "is known to increase smog"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "the EPA's own analysis did not indicate that the emergency waiver"),
                ],
            },
            {
                "proposition": "ethanol is worse for the climate than gasoline",
                "claim": [
                    (
                        "_DOCUMENT_1",
                        "a study published in February said ethanol may be worse for the climate",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_1", "unquestionably a winner when compared to gasoline"),
                ],
            },
        ],
    },
]
