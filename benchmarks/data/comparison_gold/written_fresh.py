"""A fresh comparison gold, written by hand on events that no Parallax run has seen (issue 9).

Same form as ``written.py`` (read its docstring): each figure is an *anchor*, a piece of the article's
input text with the figure in square brackets, a leading "!" marking an outlier of an agreement; each
statement of a contradiction is a piece of its sentence. ``build.py --fresh`` turns this file into
``events_fresh.jsonl`` (every event ``part: fresh``) and checks every span by slicing the input text.

These events are scored once, at the very end, as the estimate for unseen stories; nobody may run
Parallax on their articles before that. How they were chosen: ``docs/bench/comparison_fresh.md``.

Articles are named by the suffix of their id: ``_1`` is ``basil/UUID_1`` in event ``basil:UUID``,
``_DOCUMENT_0`` is ``pac/STORY_7_DOCUMENT_0`` in event ``pac:STORY_7``.
"""

from __future__ import annotations

from typing import Any

EVENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ basil: events in file order after
    # the last one used in written.py, keeping those in which two outlets give a figure for the same thing
    {
        "event": "basil:97566c74-e000-49fb-b091-e6ec6e179de0",
        "about": "Trump drops out as moderator of the Newsmax debate",
        "measures": [
            {
                "name": "date of the Newsmax debate",
                "kind": "agreement",
                "figures": [
                    ("_2", "Though the [Dec. 27] debate technically"),
                    ("_3", "pulling out of his own [Dec. 27th] debate"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:a28a0329-0887-42dc-bd3d-3bb4f8926757",
        "about": "The House reads the Constitution aloud",
        "measures": [
            {
                "name": "amendments to the Constitution",
                "kind": "agreement",
                "figures": [
                    ("_2", "the seven articles and [27] amendments"),
                    ("_3", "just amended, as has been done [27 times] in history"),
                ],
            },
            {
                "name": "estimated cost of the reading",
                "kind": "agreement",
                "figures": [
                    ("_2", "[$1.1 million] is the estimated cost"),
                    ("_2", "The amount I get is [nearly $1.1 million]"),
                    ("_2", "[$1,071,872.87], to be exact"),
                    ("_3", "estimated it as costing [more than $1 million]"),
                ],
            },
            {
                "name": "fraction of a person at which slaves were counted",
                "kind": "agreement",
                "figures": [
                    ("_1", "“[three fifths] of all other persons,”"),
                    ("_3", "Native Americans as [three-fifths] of a person"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the reading of the Constitution is empty propaganda",
                "claim": [
                    ("_3", 'Nadler derided what he called the "ritualistic reading"'),
                ],
                "denial": [
                    ("_3", "\"I don't think the Constitution is propaganda"),
                ],
            }
        ],
    },
    {
        "event": "basil:c21cb217-3e2c-49bd-884d-5c74a165ef10",
        "about": "Weiner denies sending a lewd photo",
        "measures": [
            {
                "name": "age of Weiner",
                "kind": "agreement",
                "figures": [
                    ("_2", "Weiner, [46], is married"),
                    ("_3", "Weiner, [46], is married"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:08bb9bee-c167-4c17-9c6d-4a1259231eb7",
        "about": "Romney calls on Akin to quit the Missouri Senate race",
        "measures": [
            {
                "name": "Missouri Republicans who urged Akin to step aside",
                "kind": "agreement",
                "figures": [
                    ("_2", "after [five] past and present Missouri Republican senators"),
                    ("_3", "including [five] senior Missouri Republicans"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Akin should quit the Senate race",
                "claim": [
                    (
                        "_1",
                        "and I think he should accept their counsel and exit the Senate race,” Mr. Romney",
                    ),
                    ("_2", "The right decision is to step aside"),
                    ("_2", "and I think he should accept their counsel and exit the Senate race"),
                    ("_3", "and I think he should accept their counsel and exit the Senate race"),
                ],
                "denial": [
                    ("_1", "But Mr. Akin on Tuesday refused to step down"),
                    ("_2", '"I believe that we can win this," Akin said'),
                    ("_3", "\"Why can't Mitt Romney run his race and I'll run mine"),
                ],
            }
        ],
    },
    {
        "event": "basil:29ffd053-7684-469b-a600-97000579bd01",
        "about": "Georgetown faculty chide Paul Ryan over his budget and Catholic teaching",
        "measures": [
            {
                "name": "faculty members who signed the letter to Ryan",
                "kind": "agreement",
                "figures": [
                    ("_1", "[nearly 90] Georgetown University faculty"),
                    ("_2", "A group of [nearly 90] professors"),
                    ("_3", "signed by [nearly 90] faculty members"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Ryan's budget is consistent with Catholic social teaching",
                "claim": [
                    ("_1", "“Our problem with Representative Ryan is that he claims his budget"),
                    ("_3", "Mr. Ryan claimed that his budget was consistent with Catholic moral teaching"),
                ],
                "denial": [
                    ("_1", "“This is nonsense"),
                    ("_2", "The Georgetown University letter argues, though, that Ryan misappropriated"),
                    ("_3", "The letter says, “We would be remiss in our duty"),
                ],
            }
        ],
    },
    {
        "event": "basil:2ec04201-2016-4227-baf7-ba8289058203",
        "about": "Obama and Ryan fight over Medicare savings",
        "measures": [
            {
                "name": "Medicare savings in Obama's health care law",
                "kind": "agreement",
                "figures": [
                    ("_1", "Now when you need it, Obama has cut [$716 billion] from Medicare"),
                    ("_1", "ending President Obama’s [$716 billion] raid on Medicare"),
                    ("_2", "Obama took [more than $700 billion] out of Medicare"),
                    ("_2", "He stole [$700 billion] from Medicare"),
                    ("_3", "now when you need it, Obama has cut [$716 billion] from Medicare"),
                ],
            },
            {
                "name": "year Republicans campaigned on the Medicare raid charge",
                "kind": "agreement",
                "figures": [
                    ("_1", "Republicans won control of the House in [2010] partly"),
                    ("_2", "primary attack line in the [2010] congressional elections"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Obama's health law cut Medicare benefits",
                "claim": [
                    ("_1", "Now when you need it, Obama has cut $716 billion from Medicare"),
                    ("_2", '"He stole $700 billion from Medicare to fund Obamacare,"'),
                    ("_3", "now when you need it, Obama has cut $716 billion from Medicare"),
                ],
                "denial": [
                    ("_1", "“do not cut a single guaranteed Medicare benefit"),
                    ("_2", "independent fact-checkers and news analysts alike have disputed"),
                    ("_3", "“The savings his ad attacks do not cut a single guaranteed Medicare benefit"),
                ],
            },
            {
                "proposition": "the Romney-Ryan plan would end Medicare as we know it",
                "claim": [
                    ("_1", "“would end Medicare as we know it”"),
                    ("_3", "The truth is that the Romney-Ryan budget would end Medicare as we know it"),
                ],
                "denial": [
                    ("_1", "“We’re the ones who are offering a plan to save Medicare"),
                    ("_3", "Ryan says this is to preserve Medicare, not “end” it"),
                ],
            },
        ],
    },
    {
        "event": "basil:b4dbeda7-a1f3-4711-ae77-db23809d1ed2",
        "about": "Netanyahu appears in a conservative group's ad in Florida",
        "measures": [
            {
                "name": "total cost of the ad campaign",
                "kind": "agreement",
                "figures": [
                    ("_1", "The flight is ultimately going to be [$1 million]"),
                    ("_2", "is costing Secure America [$1 million]"),
                ],
            },
            {
                "name": "airtime booked so far",
                "kind": "disagreement",
                "figures": [
                    ("_1", "said [about $400,000] has been placed so far"),
                    ("_3", "They have reserved [$500,000] of airtime"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Obama has thrown Israel under a bus",
                "claim": [
                    ("_1", "claiming on many occasions that the president has “thrown Israel under a bus"),
                ],
                "denial": [
                    ("_1", "Netanyahu responded, “There is no bus"),
                ],
            }
        ],
    },
    {
        "event": "basil:b5eefefb-2a33-45de-abe1-f855c94165f4",
        "about": "The Biden-Ryan vice presidential debate",
        "measures": [
            {
                "name": "share of Americans in Romney's secretly taped remark",
                "kind": "agreement",
                "figures": [
                    ("_1", 'worry about the "[47 percent]" of Americans'),
                    ("_3", "private fund-raiser about the “[47 percent],”"),
                ],
            },
            {
                "name": "time since the Benghazi attack",
                "kind": "agreement",
                "figures": [
                    ("_1", "which happened [a month ago] Thursday"),
                    ("_2", "terrorist attack in Benghazi [a month ago]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Obama administration's foreign policy is weak and unravelling",
                "claim": [
                    ("_1", 'Ryan accused Obama of "projecting weakness"'),
                    ("_1", '"What we are watching on our TV screens is the unraveling'),
                ],
                "denial": [
                    ("_1", "\"With all due respect, that's just a bunch of malarkey"),
                    ("_1", "\"This talk about this weakness, I don't understand"),
                    ("_2", "Biden responded: \"That's a bunch of malarkey"),
                    ("_2", '"Not a single thing he said is accurate," Biden said'),
                ],
            },
            {
                "proposition": "Ryan won the debate",
                "claim": [
                    ("_2", "Romney operatives in the spin room said Ryan clearly won"),
                ],
                "denial": [
                    ("_2", 'Sullivan, for the record, called the night "a solid win for Biden"'),
                    ("_2", "And that's what happened tonight: they lost the debate"),
                ],
            },
        ],
    },
    {
        "event": "basil:cad4bba5-cf97-45cb-8059-ebeb47dcec7a",
        "about": "Obama and Boehner meet on the fiscal cliff",
        "measures": [
            {
                "name": "time left to avert the fiscal cliff",
                "kind": "agreement",
                "figures": [
                    ("_2", "With just [three weeks] left for lawmakers"),
                    ("_3", "the White House have [three weeks] to reach a deal"),
                ],
            },
            {
                "name": "year of the failed budget talks and debt-ceiling fight",
                "kind": "agreement",
                "figures": [
                    ("_2", "since the [summer of 2011], when the search"),
                    ("_3", "the bruising debt-ceiling fight from [2011]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:f11c2566-848a-4e29-b8c5-4de0a81114e4",
        "about": "Boehner sees a one-in-three chance Republicans lose the House",
        "measures": [
            {
                "name": "chance Republicans lose the House",
                "kind": "agreement",
                "figures": [
                    ("_1", "Boehner Sees [One-in-Three] Chance"),
                    ("_1", "Republicans had a [one-in-three] chance of losing"),
                    ("_1", "but there’s a [one-in-three] chance that we could lose"),
                    ("_2", "John Boehner: '[1 In 3] Chance'"),
                    ("_2", 'admitted there\'s a "[1 in 3]" chance'),
                    ("_2", "But there’s a [1 in 3] chance that we could lose"),
                    ("_3", "Boehner: '[1-in-3] chance'"),
                    ("_3", "\"But there's a [one-in-three] chance we could lose"),
                ],
            },
            {
                "name": "chance Republicans keep the House",
                "kind": "agreement",
                "figures": [
                    ("_1", "there is a [two-in-three] chance that we win"),
                    ("_2", "there is a [2 in 3] chance that we win"),
                    ("_3", 'gave his Republican Party a "[two-in-three] chance"'),
                ],
            },
            {
                "name": "Republican members in tough races",
                "kind": "agreement",
                "figures": [
                    ("_1", "We have [50] of our members in tough races"),
                    ("_2", "We have [50] of our members in tough races"),
                ],
            },
            {
                "name": "Republican freshmen running for re-election",
                "kind": "agreement",
                "figures": [
                    ("_1", "[89] freshmen running"),
                    ("_2", "[89] freshmen running"),
                ],
            },
            {
                "name": "Republican districts without a presidential campaign",
                "kind": "agreement",
                "figures": [
                    ("_1", "we have [32] districts that are in states"),
                    ("_2", "we have [32] districts that are in states"),
                ],
            },
            {
                "name": "of those districts in California, Illinois and New York",
                "kind": "agreement",
                "figures": [
                    ("_1", "You take [18] of them"),
                    ("_2", "You take [18] of them"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:11c9f251-35c8-4452-b052-df9be61464c6",
        "about": "Mary Cheney criticises her sister Liz on same-sex marriage",
        "measures": [
            {
                "name": "month Liz Cheney declared her Senate candidacy",
                "kind": "agreement",
                "figures": [
                    ("_1", "since declaring her candidacy in [July] against"),
                    ("_2", "Elizabeth Cheney declared in [July] she plans"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "marriage should be decided by the people of each state",
                "claim": [
                    ("_1", "“I believe the issue of marriage must be decided by the states"),
                    ("_2", "“I believe the issue of marriage must be decided by the states"),
                    ("_3", "“I believe the issue of marriage must be decided by the states"),
                ],
                "denial": [
                    ("_1", "“It’s not something to be decided by a show of hands,”"),
                    ("_1", "wrote: “For the record, I love my sister, but she is dead wrong"),
                    ("_2", "“It’s not something to be decided by a show of hands,”"),
                    ("_2", "site: “For the record, I love my sister, but she is dead wrong"),
                    ("_3", "“For the record, I love my sister, but she is dead wrong"),
                ],
            }
        ],
    },
    {
        "event": "basil:1bb79cc1-5d69-4136-a23d-6dbd300cbf25",
        "about": "The White House releases the Benghazi talking-points e-mails",
        "measures": [
            {
                "name": "pages of e-mails released",
                "kind": "agreement",
                "figures": [
                    ("_1", "The [100 pages] of e-mails showed"),
                    ("_2", "used the [100 pages] of emails"),
                ],
            },
            {
                "name": "date of the Benghazi attack",
                "kind": "agreement",
                "figures": [
                    ("_1", "account of the [Sept. 11] attack, which killed"),
                    ("_2", "describing the [Sept. 11, 2012], attack"),
                ],
            },
            {
                "name": "words the White House said it changed in the talking points",
                "kind": "agreement",
                "figures": [
                    ("_1", "it had changed only [one word] in the talking points"),
                    ("_2", "only changed [one word] in the talking points"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the talking points were altered for political reasons",
                "claim": [
                    ("_1", "“The seemingly political nature of the State Department’s concerns"),
                    ("_2", "Republican lawmakers have argued that the State Department and the White House"),
                    ("_2", "The seemingly political nature of the State Department’s concerns"),
                ],
                "denial": [
                    ("_1", "“In recent days, these e-mails have been selectively and inaccurately read out"),
                    ("_2", "Nothing in the emails supports theories that the talking points were changed"),
                    ("_2", "collectively these emails make clear that the interagency process"),
                ],
            }
        ],
    },
    {
        "event": "basil:526cabb7-02a3-4adb-8e90-ec781c40c498",
        "about": "Obama's plan to curb gun violence after Newtown",
        "measures": [
            {
                "name": "executive actions the president takes on his own",
                "kind": "evolving",
                "figures": [
                    ("_1", "lay out [19] separate actions"),
                    ("_1", "there are “[19] independent steps"),
                    ("_2", "includes [23] steps he took"),
                    ("_2", "signed [nearly two-dozen] executive actions"),
                    ("_3", "with [23] executive actions"),
                ],
            },
            {
                "name": "limit on magazine rounds",
                "kind": "agreement",
                "figures": [
                    ("_2", "a [10-round] limit on magazines"),
                    ("_3", "restoring a [10-round] limit"),
                ],
            },
            {
                "name": "money for hiring police officers",
                "kind": "agreement",
                "figures": [
                    ("_2", "commit [$4 billion] to hiring more police officers"),
                    ("_3", "proposal to spend [$4 billion] to keep"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the proposed measures would prevent another Newtown",
                "claim": [
                    ("_1", "presented me now with a list of sensible, common-sense steps"),
                    ("_3", "The White House nevertheless insists that its package of proposals has teeth"),
                ],
                "denial": [
                    ("_2", '"Nothing the president is proposing would have stopped the massacre'),
                    ("_2", "no gun law could have saved the children in Sandy Hook"),
                ],
            }
        ],
    },
    {
        "event": "basil:68748e7f-cf6e-4ac7-8504-454c0876880d",
        "about": "The NRA's school safety report recommends armed school staff",
        "measures": [
            {
                "name": "pages of the report",
                "kind": "agreement",
                "figures": [
                    ("_1", "released a [225-page] report"),
                    ("_2", "released a [225-page] report"),
                    ("_3", "The [225-page] report"),
                ],
            },
            {
                "name": "hours of training for armed staff",
                "kind": "agreement",
                "figures": [
                    ("_1", "go through [40 to 60 hours] of"),
                    ("_1", "model training program, [40-60 hours] per person"),
                    ("_2", "take a [40- to 60-hour] training course"),
                    ("_3", "creation of a [40-60 hour] training program"),
                ],
            },
            {
                "name": "age of Mattioli's son",
                "kind": "agreement",
                "figures": [
                    ("_1", "whose [6-year-old] son"),
                    ("_2", "whose [6-year-old] son"),
                ],
            },
            {
                "name": "month of the Newtown shooting",
                "kind": "agreement",
                "figures": [
                    ("_1", "was killed in [December] along with"),
                    ("_2", "Newtown, Conn., in [December]"),
                ],
            },
            {
                "name": "month LaPierre called for armed guards in schools",
                "kind": "agreement",
                "figures": [
                    ("_1", "a controversial process that began in [December]"),
                    ("_3", "NRA CEO Wayne LaPierre in [December] called"),
                    ("_3", "But LaPierre in [December] argued"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "armed school staff make schools safer",
                "claim": [
                    ("_1", "recommended properly trained armed employees"),
                    ("_2", "“the presence of armed security personnel adds a layer of security"),
                    ("_2", "This is a recommendation for solutions, real solutions"),
                ],
                "denial": [
                    ("_1", 'called the report "a cruel hoax that will fail to keep our children'),
                    ("_2", "“Arming the teacher is merely a response to the last tragedy,”"),
                    ("_2", "criticized the study as “nothing more than a continuation"),
                ],
            }
        ],
    },
    {
        "event": "basil:70c744ad-e950-445c-8a7a-0782b0a7d20b",
        "about": "The IRS recognises legally married same-sex couples for federal taxes",
        "measures": [
            {
                "name": "month of the Supreme Court's DOMA decision",
                "kind": "agreement",
                "figures": [
                    ("_2", "landmark Supreme Court decision in [June]"),
                    ("_2", "The [June] decision found"),
                    ("_3", "Once DOMA was overturned in [June]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:a4f1d515-d7d9-4319-b2e0-4d56e9d45554",
        "about": "The administration defends the NSA's PRISM and phone-records programs",
        "measures": [
            {
                "name": "year the PRISM program began",
                "kind": "agreement",
                "figures": [
                    ("_2", "a program launched in [2007] called PRISM"),
                    ("_3", "the program was started in [2007] by the FBI"),
                    ("_3", "the program began in [2007] and is"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the government has direct access to Internet companies' servers",
                "claim": [
                    ("_3", "A former NSA official told Fox News the FBI and National Security Agency"),
                ],
                "denial": [
                    ("_1", "Those firms have denied they give the government a “back door”"),
                    ("_1", "“does not unilaterally obtain information from the servers”"),
                    ("_3", "but Google does not have a 'back door' for the government"),
                    ("_3", "We do not provide any government organization with direct access"),
                ],
            },
            {
                "proposition": "Congress was fully informed about the programs",
                "claim": [
                    ("_2", "They are not secret, in that every member of Congress has been briefed"),
                    ("_2", '"Your duly elected representatives have consistently been informed,"'),
                ],
                "denial": [
                    ("_1", "Lawmakers said that what they knew was vague and broad"),
                    ("_1", "“You can count on two hands the number of people in Congress"),
                ],
            },
        ],
    },
    {
        "event": "basil:d3a1ce0a-fc48-4827-a278-8f0ce8c7a519",
        "about": "Patrick names Mo Cowan interim senator in Kerry's seat",
        "measures": [
            {
                "name": "date of the special Senate election",
                "kind": "agreement",
                "figures": [
                    ("_1", "until a special election in [June]"),
                    ("_1", "to win the [June 25] special general election"),
                    ("_2", "until an election in [June]"),
                    ("_2", "general election slated for [June 25]"),
                    ("_2", "would not run in the [June] election"),
                    ("_3", "special election set for [June 25]"),
                    ("_3", "The [June 25] special election would be"),
                ],
            },
            {
                "name": "date of the special-election primaries",
                "kind": "disagreement",
                "figures": [
                    ("_1", "special-election primaries in [mid May]"),
                    ("_3", "face off in a primary in [April]"),
                    ("_3", "The primary would be held on [April 30]"),
                ],
            },
            {
                "name": "age of Cowan",
                "kind": "agreement",
                "figures": [
                    ("_2", "Cowan, [43], is a former"),
                    ("_3", "Mr. Cowan, [43], who is known"),
                ],
            },
            {
                "name": "sons of Cowan",
                "kind": "agreement",
                "figures": [
                    ("_1", "have [two] young sons"),
                    ("_3", "their [two] young sons"),
                ],
            },
            {
                "name": "black senators serving at the same time",
                "kind": "agreement",
                "figures": [
                    ("_1", "Senate history that [two] black senators"),
                    ("_1", "as the chamber’s [two] black senators"),
                    ("_2", "there will be [two] black senators serving together"),
                    ("_3", "Mr. Cowan the [second] black member to be seated"),
                ],
            },
            {
                "name": "years Edward Brooke served in the Senate",
                "kind": "disagreement",
                "figures": [
                    ("_2", "who served from [1967 to 1979]"),
                    ("_3", "held the seat from [1966 to 1978]"),
                ],
            },
            {
                "name": "date of Scott Brown's special-election victory",
                "kind": "agreement",
                "figures": [
                    ("_1", "pulled off a surprise [2010] victory"),
                    ("_3", "special election in [January 2010]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:f506aafc-8b43-427a-936e-bbd1ef33e076",
        "about": "Jesse Jackson Jr. pleads guilty to spending campaign money on himself",
        "measures": [
            {
                "name": "campaign money spent on personal items",
                "kind": "agreement",
                "figures": [
                    ("_1", "accused of spending [$750,000] in campaign funds"),
                    ("_2", "his use of [$750,000] in campaign money"),
                    ("_2", "used the [$750,000] in campaign money"),
                    ("_3", "he spent [$750,000] in campaign cash"),
                ],
            },
            {
                "name": "price of the Rolex watch",
                "kind": "agreement",
                "figures": [
                    ("_1", "a [$43,000] Rolex watch"),
                    ("_3", "a [$43,350] gold-plated men's Rolex"),
                ],
            },
            {
                "name": "date of the sentencing",
                "kind": "agreement",
                "figures": [
                    ("_1", "set the sentencing for [June 28] at"),
                    ("_2", "sentence Mr. Jackson on [June 28]"),
                    ("_3", "Sentencing has been set for [June 28]"),
                ],
            },
            {
                "name": "year Jackson was first elected to Congress",
                "kind": "agreement",
                "figures": [
                    ("_1", "first elected to office in [1995]"),
                    ("_2", "Elected to Congress in [1995]"),
                ],
            },
            {
                "name": "spending at Best Buy",
                "kind": "agreement",
                "figures": [
                    ("_1", "[over $10,000] at Best Buy"),
                    ("_2", "bought [$10,977.74] worth of televisions"),
                ],
            },
            {
                "name": "spending at Build-A-Bear",
                "kind": "agreement",
                "figures": [
                    ("_1", "[over $300] at Build-A-Bear"),
                    ("_2", "spent [$313.89] on “stuffed animals"),
                ],
            },
            {
                "name": "spending at the Martha's Vineyard Holistic Retreat",
                "kind": "disagreement",
                "figures": [
                    ("_1", "[$5,687.75] on Martha's Vineyard"),
                    ("_2", "a [$5,587.75] vacation"),
                ],
            },
        ],
        "contradictions": [],
    },
    # ------------------------------------------------------------------ pac: stories in file order, keeping
    # those in which both outlets give a figure for the same thing
    {
        "event": "pac:STORY_0",
        "about": "Sessions moves against state marijuana laws",
        "measures": [
            {
                "name": "states with legal medical marijuana",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "to the point where [29] states plus Washington DC"),
                    ("_DOCUMENT_1", "Medical marijuana is legal in [29] states"),
                ],
            },
            {
                "name": "year of the Justice Department memo on state marijuana laws",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "stated in a [2013] memo"),
                    ("_DOCUMENT_1", "a set of guidelines established in [2013]"),
                ],
            },
            {
                "name": "month Sessions wrote to Congress about medical marijuana",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "in [May] he wrote a letter"),
                    ("_DOCUMENT_1", "In the letter sent to Congress in [May]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "marijuana drives violent crime",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "has established a task force to investigate the connection between marijuana and violent crime",
                    ),
                    (
                        "_DOCUMENT_1",
                        "Industry experts note that Sessions has recently stepped up his rhetoric",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_0", "He might learn that legalizing marijuana has actually been shown"),
                    ("_DOCUMENT_1", "“If you try to start prosecuting marijuana"),
                ],
            },
            {
                "proposition": "protections for medical marijuana worsen the opioid epidemic",
                "claim": [
                    ("_DOCUMENT_0", "In said letter, he referred to a “historic drug epidemic”"),
                    ("_DOCUMENT_1", "Sessions cites the current drug epidemic involving opioids"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "(Sessions either doesn’t know or doesn’t care"),
                    ("_DOCUMENT_1", "Recent research, however, suggests that legal marijuana is helping"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_101",
        "about": "The Senate passes the bipartisan gun bill",
        "measures": [
            {
                "name": "Senate vote on the gun bill",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "The legislation passed [65 - 33] and"),
                    ("_DOCUMENT_1", "The vote was [65 to 33] ,"),
                ],
            },
            {
                "name": "children killed in Uvalde",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "left [19] children and two teachers dead"),
                    ("_DOCUMENT_1", "including [19] schoolchildren"),
                ],
            },
            {
                "name": "ages of buyers given enhanced background checks",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "background checks on individuals [under 21]"),
                    ("_DOCUMENT_1", "background checks for people ages [18 to 21]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the gun bill infringes the rights of law-abiding gun owners",
                "claim": [
                    ("_DOCUMENT_0", "which has received pushback from conservatives in the House"),
                    ("_DOCUMENT_1", '" It does little to truly address violent crime'),
                ],
                "denial": [
                    ("_DOCUMENT_0", "without laying one finger on the Second Amendment"),
                    ("_DOCUMENT_1", "numerous GOP supporters sought to debunk right - wing claims"),
                    ("_DOCUMENT_1", "\" If you 're pro-Second Amendment , you should be for this bill"),
                ],
            }
        ],
    },
    {
        "event": "pac:STORY_103",
        "about": "The Biden administration moves to rescind the Trump-era conscience rule for health workers",
        "measures": [
            {
                "name": "year the conscience rule was announced",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "and faith-based charities” in [2018]"),
                    ("_DOCUMENT_1", "unveiled in [2018] and finalized"),
                ],
            },
            {
                "name": "year the conscience rule was finalized",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "By [2019], the HHS Office for Civil Rights"),
                    ("_DOCUMENT_1", "and finalized in [2019], was blocked"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "rescinding the conscience rule harms health care providers and patients",
                "claim": [
                    ("_DOCUMENT_0", "Alliance Defending Freedom is just one of the organizations fighting"),
                    ("_DOCUMENT_0", "This is an illegal and gross overreach of executive power"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "it’s imperative that the Biden-Harris administration revoke this discriminatory",
                    ),
                    ("_DOCUMENT_1", "“This action will go a long way toward strengthening patient access"),
                ],
            }
        ],
    },
    {
        "event": "pac:STORY_105",
        "about": "What happens to state abortion laws if Roe v. Wade is overturned",
        "measures": [
            {
                "name": "states likely to ban or restrict abortion",
                "kind": "agreement",
                "figures": [
                    (
                        "_DOCUMENT_0",
                        "[26] states where abortion will be banned or restricted if Roe v. Wade is overturned\n",
                    ),
                    (
                        "_DOCUMENT_0",
                        "[26] states where abortion will be banned or restricted if Roe v. Wade is overturned .",
                    ),
                    ("_DOCUMENT_0", "[26] states are likely to restrict abortion"),
                    ("_DOCUMENT_1", "[About half] of states would ban"),
                ],
            },
            {
                "name": "states that protect access to abortion in law",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Meanwhile , [16] states and the District of Columbia"),
                    ("_DOCUMENT_1", "By contrast , [16] states and the District of Columbia"),
                ],
            },
            {
                "name": "weeks after which the Mississippi law bans abortion",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Mississippi ’s restriction on abortion after [15 weeks]"),
                    ("_DOCUMENT_1", "would ban almost all abortions after [15 weeks]"),
                ],
            },
            {
                "name": "year of the Roe v. Wade decision",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "the landmark [1973] case"),
                    ("_DOCUMENT_1", "the [1973] Roe v. Wade decision"),
                    ("_DOCUMENT_1", "challenge to the [1973] precedent"),
                ],
            },
            {
                "name": "when the Supreme Court's ruling is expected",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "before its term ends in [late June or early July]"),
                    (
                        "_DOCUMENT_1",
                        "announce its ruling , on Dobbs v. Jackson Women ’s Health Organization , sometime [before July]",
                    ),
                ],
            },
            {
                "name": "weeks into pregnancy before many women know they are pregnant",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "know they are pregnant at [six weeks]"),
                    ("_DOCUMENT_1", "pregnant until after the [sixth week]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_107",
        "about": "The Biden administration plans to lift Title 42 at the border",
        "measures": [
            {
                "name": "date Title 42 is to be lifted",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "border policy by [May 23] despite warnings: reports\n"),
                    ("_DOCUMENT_0", "restricting illegal immigration by [May 23] —"),
                    ("_DOCUMENT_1", "Covid restriction on border in [May], officials say\n"),
                    ("_DOCUMENT_1", "will be lifted on [May 23]"),
                    ("_DOCUMENT_1", "planning is underway to lift Title 42 by [May 23]"),
                ],
            },
            {
                "name": "expulsions under Title 42",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "expel migrants [more than 1.7 million] times"),
                    ("_DOCUMENT_1", "has blocked [more than 1.7 million] attempts"),
                ],
            },
            {
                "name": "migrants who could cross if Title 42 is lifted",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "an influx of [more than 170,000] migrants"),
                    ("_DOCUMENT_0", "a potential influx of [up to 170,000] people"),
                    ("_DOCUMENT_1", "a potential surge of [more than 170,000] migrants"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Title 42 is a public health measure",
                "claim": [
                    ("_DOCUMENT_0", "“ Title 42 is a public health directive , ”"),
                    ("_DOCUMENT_0", "“ It is not an immigration or migration enforcement measure"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "“ Title 42 was never justified by public health"),
                    (
                        "_DOCUMENT_1",
                        "This approach continues to show that Title 42 has nothing to do with public health",
                    ),
                ],
            }
        ],
    },
    {
        "event": "pac:STORY_109",
        "about": "Opinion after the Uvalde school shooting: guns and the Constitution",
        "measures": [
            {
                "name": "children killed in Uvalde",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "where [19] children and two adults were killed"),
                    ("_DOCUMENT_1", "the killer of [19] children and two adults"),
                ],
            },
            {
                "name": "adults killed in Uvalde",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "where 19 children and [two] adults were killed"),
                    ("_DOCUMENT_1", "the killer of 19 children and [two] adults"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the gun lobby blocks gun reform",
                "claim": [
                    ("_DOCUMENT_0", "We have to ask , when in God 's name will we stand up to the gun lobby"),
                    ("_DOCUMENT_0", "reformers struggle against a powerful manufacturers ' lobby"),
                    ("_DOCUMENT_1", "when in God ’s name are we going to stand up to the gun lobby"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Democrats love to hammer the strawman “ gun lobby ”"),
                    ("_DOCUMENT_1", "could disappear tomorrow and it would n’t alter gun policy one bit"),
                ],
            }
        ],
    },
    {
        "event": "pac:STORY_10",
        "about": "Treasury's one-page analysis of the Senate tax plan",
        "measures": [
            {
                "name": "GDP growth in Treasury's scenario",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "compared this [2.9%] GDP growth scenario"),
                    ("_DOCUMENT_1", "annual economic growth of [at least 2.9 percent]"),
                    ("_DOCUMENT_1", "help get us to [2.9 percent] sustained growth"),
                ],
            },
            {
                "name": "baseline GDP growth",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "previous projections of [2.2%] GDP growth"),
                    ("_DOCUMENT_1", "higher than the [2.2 percent] estimates"),
                ],
            },
            {
                "name": "increase in annual growth the plan needs",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "boost annual economic growth by the [0.7 percentage points]"),
                    ("_DOCUMENT_0", "approximately half of this [0.7%] increase"),
                    ("_DOCUMENT_1", "approximately half of this [0.7 percent] increase"),
                ],
            },
            {
                "name": "share of the extra growth from corporate tax changes",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Treasury expects approximately [half] of this"),
                    ("_DOCUMENT_1", "Treasury expects approximately [half] of this"),
                ],
            },
            {
                "name": "share of the extra growth from other changes",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "We expect the other [half] to come"),
                    ("_DOCUMENT_1", "We expect the other [half] to come"),
                ],
            },
            {
                "name": "deficits the plan adds by Congress's forecast",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "add somewhere [between $1 and $1.5 trillion] to the deficit"),
                    ("_DOCUMENT_1", "the tax cuts would add [about $1 trillion] in deficits"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Senate tax plan pays for itself",
                "claim": [
                    ("_DOCUMENT_1", "Treasury report says tax-cut plan will more than pay for itself"),
                    ("_DOCUMENT_1", "would pay for itself and more"),
                    ("_DOCUMENT_1", "said he was confident the Senate bill was “revenue-neutral”"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "Treasury Department admits Senate tax plan won’t pay for itself\n"),
                    ("_DOCUMENT_0", "According to those methods, the tax plan will not achieve"),
                    ("_DOCUMENT_1", "“The Treasury Department doesn’t estimate the tax bill"),
                ],
            }
        ],
    },
    {
        "event": "pac:STORY_112",
        "about": "Matthew McConaughey speaks on guns at the White House after Uvalde",
        "measures": [
            {
                "name": "proposed minimum age to buy an AR-15-style rifle",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "purchase an AR - 15 rifle to [21]"),
                    ("_DOCUMENT_0", "the [21] - to - own - an - AR - 15 rule"),
                    ("_DOCUMENT_1", "buying assault - style rifles to [21]"),
                ],
            },
        ],
        "contradictions": [],
    },
]
