"""A second fresh comparison gold, written by hand on events that no Parallax run has seen (issue 9).

Same form as ``written.py`` and ``written_fresh.py`` (read their docstrings): each figure is an *anchor*, a
piece of the article's input text with the figure in square brackets, a leading "!" marking an outlier of
an agreement; each statement of a contradiction is a piece of its sentence. ``build.py --fresh2`` turns this
file into ``events_fresh2.jsonl`` (every event ``part: fresh2``) and checks every span by slicing the input.

These events are scored once, at the very end, as the estimate for unseen stories; nobody may run Parallax
on their articles before that. How they were chosen: ``docs/bench/comparison_fresh2.md``.

Articles are named by the suffix of their id: ``_1`` is ``basil/UUID_1`` in event ``basil:UUID``,
``_DOCUMENT_0`` is ``pac/STORY_7_DOCUMENT_0`` in event ``pac:STORY_7``.
"""

from __future__ import annotations

from typing import Any

EVENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ basil: events not in any gold,
    # the ones whose outlets share the most figures (docs/bench/comparison_fresh2.md)
    {
        "event": "basil:6e502405-bc90-4416-a787-3122918aa648",
        "about": "Hillary Clinton releases eight years of tax returns",
        "measures": [
            {
                "name": "the Clintons' income from 2007 to 2014",
                "kind": "disagreement",
                "figures": [
                    ("_1", "Bill Clinton earned [roughly $141 million] and paid"),
                    ("_1", "the Clintons earned [$140,937,785] over the eight year span"),
                    ("_2", "Clintons Report Earnings of [$139 Million] in Seven Years"),
                    ("_2", "earned [$139 million] in adjusted gross income"),
                ],
            },
            {
                "name": "years of tax returns released",
                "kind": "agreement",
                "figures": [
                    ("_1", "over the [eight year] span"),
                    ("_2", "!Earnings of $139 Million in [Seven Years]"),
                    ("_2", "released her most recent [eight years] of tax returns"),
                    ("_3", "along with [eight years] of tax returns"),
                ],
            },
            {
                "name": "first year of the released returns",
                "kind": "agreement",
                "figures": [
                    ("_1", "Tax Returns Going Back To [2007]"),
                    ("_1", "federal income taxes from [2007] to 2014"),
                    ("_2", "adjusted gross income from [2007] to 2014"),
                    ("_2", "The new ones show that from [2007] through 2014"),
                    ("_3", "in federal taxes since [2007]"),
                ],
            },
            {
                "name": "federal taxes the Clintons paid from 2007 to 2014",
                "kind": "agreement",
                "figures": [
                    ("_1", "paid [nearly $44 million] in federal income taxes"),
                    ("_1", "The couple paid [$43,885,310] in federal taxes"),
                    ("_2", "the couple paid [$43,885,310] in federal taxes"),
                    ("_3", "Clintons have paid [$43 million] in federal taxes"),
                ],
            },
            {
                "name": "state and local taxes the Clintons paid",
                "kind": "agreement",
                "figures": [
                    ("_1", "[$13,625,777] in state and local taxes"),
                    ("_3", "paid an additional [$13.6 million] in state taxes"),
                ],
            },
            {
                "name": "the Clintons' charitable giving from 2007 to 2014",
                "kind": "agreement",
                "figures": [
                    ("_1", "made [$14,959,450] in charitable contributions"),
                    ("_2", "They gave [nearly $15 million] to charity"),
                    ("_3", "They also donated [$15 million] to charity"),
                ],
            },
            {
                "name": "the Clintons' effective federal tax rate in 2014",
                "kind": "agreement",
                "figures": [
                    ("_1", "paid an effective federal tax rate of [35.7 percent]"),
                    ("_2", "!what he said was the Clintons’ 2014 tax rate: [30 percent]"),
                    ("_2", "her 2014 federal tax rate was [35.72]"),
                    ("_3", "effective federal tax rate for 2014 was [35.7 percent]"),
                ],
            },
            {
                "name": "the Clintons' combined federal, state and local tax rate in 2014",
                "kind": "agreement",
                "figures": [
                    ("_2", "was a combined rate of [45.8 percent]"),
                    ("_3", "state and local taxes was [45.8 percent]"),
                ],
            },
            {
                "name": "Clinton's pay as a young law professor",
                "kind": "agreement",
                "figures": [
                    ("_1", "earning [$16,450] as a young law professor"),
                    ("_2", "earning [$16,450] as a young law professor"),
                ],
            },
            {
                "name": "year from which the Clintons had released returns before",
                "kind": "agreement",
                "figures": [
                    ("_1", "tax returns dating back to [1977]"),
                    ("_2", "for the period from [1977], when they entered public life"),
                ],
            },
            {
                "name": "Jeb Bush's average federal tax rate",
                "kind": "agreement",
                "figures": [
                    ("_1", "Bush paid an effective tax rate of [roughly 36 percent]"),
                    ("_2", "his average federal tax rate was [36 percent]"),
                ],
            },
            {
                "name": "time since Jeb Bush released his returns",
                "kind": "agreement",
                "figures": [
                    ("_1", "release comes [about one month] after"),
                    ("_2", "[A month ago], when Mr. Bush released"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Clintons' 2014 tax rate was 30 percent",
                "claim": [
                    ("_2", "contrasted that with what he said was the Clintons’ 2014 tax rate"),
                ],
                "denial": [
                    ("_1", "Last year, the Clintons paid an effective federal tax rate of 35.7 percent"),
                    ("_2", "Mrs. Clinton’s tax return showed that her 2014 federal tax rate was 35.72"),
                    ("_3", "The Clintons' effective federal tax rate for 2014 was 35.7 percent"),
                ],
            },
        ],
    },
    {
        "event": "basil:1b96a5db-8974-46d3-82d7-5dfef02f650e",
        "about": "Congress overrides Obama's veto of the 9/11 victims' bill against Saudi Arabia",
        "measures": [
            {
                "name": "Senate vote to override the veto",
                "kind": "agreement",
                "figures": [
                    ("_2", "The final tally was [97-1]"),
                    ("_3", "This followed a [97-1] vote hours earlier"),
                ],
            },
            {
                "name": "majority needed to override a veto",
                "kind": "agreement",
                "figures": [
                    ("_2", "It takes [two-thirds] of the Senate"),
                    ("_3", "needed to muster a [two-thirds] majority"),
                ],
            },
            {
                "name": "year of the foreign sovereign immunity law",
                "kind": "agreement",
                "figures": [
                    ("_1", "addresses a [1976] law"),
                    ("_2", "It overrides the [1976] Foreign Sovereign Immunities Act"),
                ],
            },
            {
                "name": "9/11 hijackers who were Saudi",
                "kind": "agreement",
                "figures": [
                    ("_2", "[Fifteen] of the 19 hijackers"),
                    ("_3", "[Fifteen] of the 19 Sept. 11 hijackers"),
                ],
            },
            {
                "name": "9/11 hijackers in all",
                "kind": "agreement",
                "figures": [
                    ("_2", "Fifteen of the [19] hijackers"),
                    ("_3", "Fifteen of the [19] Sept. 11 hijackers"),
                ],
            },
            {
                "name": "years since the 9/11 attacks",
                "kind": "agreement",
                "figures": [
                    ("_1", "the [15th] anniversary of the attacks"),
                    ("_3", "still seeking justice [15 years] after the attacks"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the bill would put Americans at legal risk abroad",
                "claim": [
                    ("_1", "The administration has argued that such a measure would put Americans"),
                    ("_2", "Administration officials warn that it would put Americans overseas"),
                    ("_3", "Obama vetoed the measure last week, telling lawmakers the bill would make"),
                ],
                "denial": [
                    ("_2", "But those arguments didn’t sway lawmakers, who say the White House’s case"),
                    ("_3", 'dismissed Obama\'s concerns as "unpersuasive."'),
                    ("_3", "But the bill's proponents have disputed Obama's rationale"),
                ],
            },
        ],
    },
    {
        "event": "basil:01c59743-7082-44fc-8414-3c04126f470f",
        "about": "Defense Secretary Mattis resigns; his departure is moved up to January 1",
        "measures": [
            {
                "name": "Mattis's last day in office",
                "kind": "evolving",
                "figures": [
                    ("_1", "James Mattis to leave as of [January 1]"),
                    ("_1", "will be leaving the administration on [January 1]"),
                    ("_1", "was leaving in [February]"),
                    ("_1", "The end date for my tenure is [February 28, 2019]"),
                    ("_2", "will leave at the [end of February]"),
                    ("_3", "Jim Mattis Will Retire In [February]"),
                    ("_3", "would be retiring at the [end of February]"),
                    ("_3", "his final day in office will be [Feb. 28]"),
                ],
            },
            {
                "name": "age of Mattis",
                "kind": "agreement",
                "figures": [
                    ("_1", "Mattis, [68], had said"),
                    ("_2", "Mr. Mattis, [68], will leave"),
                ],
            },
            {
                "name": "American troops to be withdrawn from Syria",
                "kind": "agreement",
                "figures": [
                    ("_1", "pull all [2,000] troops out of Syria"),
                    ("_2", "withdraw [roughly 2,000] American troops from Syria"),
                ],
            },
            {
                "name": "American troops to be withdrawn from Afghanistan",
                "kind": "agreement",
                "figures": [
                    ("_1", "[some 7,000] soldiers"),
                    ("_2", "[about 7,000] troops will be withdrawn"),
                ],
            },
            {
                "name": "share of the troops in Afghanistan to be withdrawn",
                "kind": "agreement",
                "figures": [
                    ("_1", "withdraw [half] its troops in Afghanistan"),
                    ("_2", "cutting in [half] the number of American forces"),
                ],
            },
            {
                "name": "time since a cabinet member last resigned over policy",
                "kind": "agreement",
                "figures": [
                    ("_1", "the first Cabinet official in [40 years] to resign"),
                    ("_2", "by a leading cabinet member since [1980]"),
                ],
            },
            {
                "name": "year Mattis left Central Command",
                "kind": "agreement",
                "figures": [
                    ("_1", "(In [2013], then-President Obama removed Mattis"),
                    ("_3", "Central Command from 2010 to [2013]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Mattis is retiring (rather than quitting in protest)",
                "claim": [
                    ("_3", "Jim Mattis, a retired Marine general who was one of Trump’s first Cabinet"),
                ],
                "denial": [
                    ("_1", "Sources told Fox News this week that Mattis had quit"),
                    ("_2", "resigned Thursday in protest of President Trump’s decision"),
                ],
            },
            {
                "proposition": "ISIS has been defeated in Syria",
                "claim": [
                    ("_1", "Trump later tweeted that “we have defeated ISIS in Syria"),
                    ("_2", "announcing victory over the Islamic State"),
                ],
                "denial": [
                    ("_1", "ISIS was on the run, but wasn’t yet defeated"),
                ],
            },
            {
                "proposition": "the White House was looking for a replacement for Mattis",
                "claim": [
                    ("_3", "the White House had been discussing who might replace him"),
                ],
                "denial": [
                    ("_3", "Trump denied that he had been looking to replace Mattis"),
                ],
            },
            {
                "proposition": "Mattis said Trump has the understanding of a fifth- or sixth-grader",
                "claim": [
                    ("_3", "which reported that Mattis once told staffers"),
                ],
                "denial": [
                    ("_3", "Mattis has denied having said that"),
                ],
            },
        ],
    },
    {
        "event": "basil:eb17fa36-89f2-4d0b-8133-7bb4682228e1",
        "about": "Rep. Duncan Hunter and his wife are indicted for misusing campaign funds",
        "measures": [
            {
                "name": "campaign funds the Hunters are charged with converting",
                "kind": "agreement",
                "figures": [
                    ("_1", "illegally converting [$250,000] in campaign funds"),
                    ("_2", "charged with converting [more than $250,000]"),
                    ("_3", "the couple misused [more than $250,000]"),
                ],
            },
            {
                "name": "pages of the indictment",
                "kind": "agreement",
                "figures": [
                    ("_1", "the [48-page] indictment"),
                    ("_2", "In a [48-page] indictment"),
                    ("_3", "!the [47-page] indictment says"),
                ],
            },
            {
                "name": "first year of the alleged spending",
                "kind": "agreement",
                "figures": [
                    ("_1", "instances between [2009] and 2016"),
                    ("_2", "beginning in [2009] and continuing through 2016"),
                    ("_3", "dating back as far as [2009]"),
                ],
            },
            {
                "name": "last year of the alleged spending",
                "kind": "agreement",
                "figures": [
                    ("_1", "instances between 2009 and [2016]"),
                    ("_2", "beginning in 2009 and continuing through [2016]"),
                ],
            },
            {
                "name": "money Hunter repaid to his campaign",
                "kind": "agreement",
                "figures": [
                    ("_1", "repaid the campaign [about $60,000]"),
                    ("_2", "had already repaid [about $60,000]"),
                    ("_3", "He repaid his campaign [more than $60,000]"),
                ],
            },
            {
                "name": "relatives whose travel the funds paid for",
                "kind": "agreement",
                "figures": [
                    ("_1", "travel for [almost a dozen] relatives"),
                    ("_2", "travel for [almost a dozen] relatives"),
                ],
            },
            {
                "name": "age of Hunter",
                "kind": "agreement",
                "figures": [
                    ("_2", "Mr. Hunter, [41], becomes"),
                    ("_3", "Hunter, [41], is a five-term congressman"),
                ],
            },
            {
                "name": "length of the investigation",
                "kind": "agreement",
                "figures": [
                    ("_1", "after a [two-year] grand jury investigation"),
                    ("_3", "after a [two-year] investigation"),
                ],
            },
            {
                "name": "spending on smaller purchases",
                "kind": "agreement",
                "figures": [
                    ("_1", "the pair spent “[tens of thousands of dollars]” on items"),
                    ("_2", "“[tens of thousands of dollars] on smaller purchases"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Hunter knowingly spent campaign funds on himself",
                "claim": [
                    ("_1", "allegedly was aware of what he and his wife were doing"),
                    ("_2", "the improper use of campaign funds continued despite “numerous warnings”"),
                    ("_3", "The goal of the conspiracy was for Duncan Hunter and Margaret Hunter"),
                ],
                "denial": [
                    ("_3", "Hunter had blamed his wife, who acted as a campaign manager"),
                    ("_3", "it was an accident and I paid it back"),
                ],
            },
        ],
    },
    {
        "event": "basil:79bf99c6-6fca-4ce4-8ae1-8771de026142",
        "about": "Pelosi beats Tim Ryan's challenge for House Democratic leader",
        "measures": [
            {
                "name": "vote for Pelosi against Ryan",
                "kind": "agreement",
                "figures": [
                    ("_1", "She won by a [134-to-63] vote"),
                    ("_2", "by a vote of [134 to 63]"),
                    ("_3", "Ms. Pelosi won, [134 to 63]"),
                ],
            },
            {
                "name": "share of the vote Pelosi predicted and won",
                "kind": "agreement",
                "figures": [
                    ("_1", "accurately predicted winning [two-thirds] of the vote"),
                    ("_2", "clears the [two-thirds] majority support"),
                    ("_2", "“I got [two-thirds] of the vote.”"),
                ],
            },
            {
                "name": "Pelosi's term as leader",
                "kind": "agreement",
                "figures": [
                    ("_1", "appointed to an [eighth] term"),
                    ("_3", "Pelosi of California to an [eighth] term"),
                ],
            },
            {
                "name": "year since which Pelosi has led House Democrats",
                "kind": "disagreement",
                "figures": [
                    ("_1", "Pelosi has led House Democrats since [2002]"),
                    ("_2", "Pelosi has led House Democrats since [2003]"),
                ],
            },
            {
                "name": "age of Pelosi",
                "kind": "agreement",
                "figures": [
                    ("_1", "The [76]-year-old Pelosi"),
                    ("_3", "Ms. Pelosi, [76], who represents San Francisco"),
                ],
            },
            {
                "name": "House seats Democrats gained in the election",
                "kind": "agreement",
                "figures": [
                    ("_1", "picked up just [six] seats on Election Day"),
                    ("_2", "They picked up just [six] seats in this election cycle"),
                    ("_3", "House Democrats picked up just [six] seats"),
                ],
            },
            {
                "name": "year Democrats lost the House majority",
                "kind": "agreement",
                "figures": [
                    ("_1", "lost the House majority in the [2010] Tea Party-inspired wave"),
                    ("_3", "In [2010], after a wave of Tea Party Republicans"),
                    ("_3", "since being swept out in [2010]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Pelosi's party has lost its connection with working-class voters",
                "claim": [
                    ("_2", "He said the California progressive has lost the connection"),
                    ("_3", "over a Rust Belt congressman who said the party had lost its connection"),
                ],
                "denial": [
                    ("_2", "Pelosi did not agree with Ryan’s assessment"),
                ],
            },
            {
                "proposition": "Democrats can win elections under Pelosi's leadership",
                "claim": [
                    ("_1", "“We know how to win elections,” she said Wednesday"),
                    ("_2", "“We know how to win elections,” she added"),
                    ("_3", "dismissed the idea that House Democrats could no longer win"),
                ],
                "denial": [
                    ("_3", "I’m very worried we just signed the Democratic Party’s death certificate"),
                ],
            },
        ],
    },
    {
        "event": "basil:be026bd1-52b1-4789-bfd3-3632af17b054",
        "about": "Sexual misconduct allegations against Roy Moore; the White House and Alabama Republicans respond",
        "measures": [
            {
                "name": "age of the girl Moore is accused of molesting",
                "kind": "agreement",
                "figures": [
                    ("_1", "sexually molested a [14-year-old] girl"),
                    ("_2", "with her when she was [14]"),
                    ("_3", "had approached a [14-year-old]"),
                ],
            },
            {
                "name": "year of the alleged encounter",
                "kind": "agreement",
                "figures": [
                    ("_1", "14-year-old girl in [1979]"),
                    ("_2", "first approached her in [1979]"),
                    ("_3", "reported that, in [early 1979]"),
                ],
            },
            {
                "name": "women accusing Moore",
                "kind": "agreement",
                "figures": [
                    ("_1", "the accusations of [four] women"),
                    ("_3", "sexual advances toward [four] teenage girls"),
                ],
            },
            {
                "name": "other women who said Moore pursued them",
                "kind": "agreement",
                "figures": [
                    ("_2", "The Post interviewed [three other] women"),
                    ("_3", "The paper found [three other] women"),
                ],
            },
            {
                "name": "people the Post interviewed",
                "kind": "agreement",
                "figures": [
                    ("_1", "talked to [more than 30] sources"),
                    ("_3", "The Post interviewed [more than 30] people"),
                ],
            },
            {
                "name": "age of Moore at the time",
                "kind": "agreement",
                "figures": [
                    ("_2", "she said Moore, then [32], took her"),
                    ("_2", "pursued them when he was in his [30s]"),
                    ("_3", "when he was in his [30s]"),
                ],
            },
            {
                "name": "age from which sexual contact with a minor is second-degree abuse",
                "kind": "agreement",
                "figures": [
                    ("_2", "sexual contact by anyone [19 or older]"),
                    ("_3", "someone who is [19 or older]"),
                ],
            },
            {
                "name": "ages of the minors protected by the law",
                "kind": "agreement",
                "figures": [
                    ("_2", "with anyone between [12 and 16] years old"),
                    ("_3", "someone between the ages of [12 and 16]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Moore made sexual advances toward a 14-year-old girl",
                "claim": [
                    ("_1", "to bombshell allegations that Alabama GOP Senate nominee Roy Moore"),
                    ("_2", "after The Washington Post reported on a woman's claims"),
                    ("_3", "The Washington Post reported that, in early 1979"),
                ],
                "denial": [
                    ("_1", "Moore’s campaign denied the allegations"),
                    ("_2", "But Moore’s campaign issued a statement saying the report is “baseless”"),
                    ("_3", "Mr. Moore told The Post that the allegations were “completely false"),
                ],
            },
        ],
    },
    {
        "event": "basil:06ffda2d-1caf-45ba-99e2-268aac1bf0e1",
        "about": "Rep. Blake Farenthold resigns after sexual harassment allegations",
        "measures": [
            {
                "name": "taxpayer money used to settle the harassment claim",
                "kind": "agreement",
                "figures": [
                    ("_1", "was paid [$84,000] from a public fund"),
                    ("_1", "pledged to repay the [$84,000]"),
                    ("_2", "who used [$84,000] in taxpayer funds"),
                    ("_3", "Farenthold used [$84,000] in taxpayer funds"),
                    ("_3", "would repay the [$84,000] to the Treasury"),
                ],
            },
            {
                "name": "Farenthold's congressional district",
                "kind": "agreement",
                "figures": [
                    ("_1", "Texas’ [27th] Congressional District"),
                    ("_2", "who represented the [27th] District of Texas"),
                ],
            },
            {
                "name": "year Greene sued Farenthold",
                "kind": "agreement",
                "figures": [
                    ("_1", "Lauren Greene, in [2014]"),
                    ("_2", "She sued him in [2014]"),
                    ("_3", "had filed in [2014]"),
                ],
            },
            {
                "name": "election year in which Farenthold would not run",
                "kind": "agreement",
                "figures": [
                    ("_1", "re-election in the [2018] midterm election"),
                    ("_3", "would not seek re-election in [2018]"),
                ],
            },
            {
                "name": "month Farenthold said he would not run again",
                "kind": "agreement",
                "figures": [
                    ("_2", "In [December], Mr. Farenthold, who represented"),
                    ("_3", "Farenthold declared in [December]"),
                ],
            },
            {
                "name": "time the resignation took effect",
                "kind": "agreement",
                "figures": [
                    ("_1", "effective at [5 p.m.]"),
                    ("_3", "took effect Friday at [5 p.m.] Eastern time"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Farenthold harassed his former aide",
                "claim": [
                    ("_1", "Greene claimed Farenthold asked her for a threesome"),
                    ("_3", "Greene accused Farenthold of telling her"),
                ],
                "denial": [
                    ("_2", "Mr. Farenthold continued to deny the allegations"),
                    ("_3", "which Farenthold has repeatedly denied"),
                ],
            },
            {
                "proposition": "Farenthold repays the $84,000",
                "claim": [
                    ("_1", "Farenthold pledged to repay the $84,000"),
                    ("_2", "and he promised to repay the settlement"),
                ],
                "denial": [
                    ("_2", "But fellow Republicans suggested that he had not"),
                    ("_3", "but has not made good on that promise"),
                ],
            },
        ],
    },
    {
        "event": "basil:1e41e98b-9ac1-441d-b2c2-19d8f730c74a",
        "about": "Trump agrees to reopen the government for three weeks without wall money",
        "measures": [
            {
                "name": "length of the stopgap funding",
                "kind": "agreement",
                "figures": [
                    ("_1", "keep the government open for [three weeks] until"),
                    ("_1", "suggested that a [three-week] continuing resolution"),
                    ("_2", "Bill Reopening Government for [3 Weeks]"),
                    ("_2", "reopen the federal government for [three weeks] while"),
                    ("_2", "with the understanding that in [21 days], if no deal"),
                    ("_2", "Over the next [three weeks], a House-Senate conference"),
                    ("_3", "reopen the government for [three weeks] so that"),
                ],
            },
            {
                "name": "date the stopgap funding runs out",
                "kind": "agreement",
                "figures": [
                    ("_1", "three weeks until [Feb. 15]"),
                    ("_2", "federal agencies until [Feb. 15]"),
                    ("_2", "will either shut down on [Feb. 15]"),
                    ("_3", "open the government through [Feb. 15]"),
                ],
            },
            {
                "name": "length of the shutdown",
                "kind": "agreement",
                "figures": [
                    ("_1", "has dragged on for [more than a month]"),
                    ("_2", "backing down after a [monthlong] standoff"),
                    ("_2", "work without pay for [35 days]"),
                    ("_2", "who have endured [five weeks] without pay"),
                    ("_2", "in the [five weeks] the government was partly shuttered"),
                    ("_3", "comes on the [35th day] of the longest shutdown"),
                ],
            },
            {
                "name": "wall money Trump demanded",
                "kind": "agreement",
                "figures": [
                    ("_1", "President Trump’s demand for [$5.7 billion]"),
                    ("_1", "potentially less than the [$5.7 billion]"),
                    ("_2", "more than the [$5.7 billion] that Mr. Trump had requested"),
                    ("_2", "in exchange for [$5.7 billion] for his proposed border wall"),
                    ("_3", "his demands for [$5.7 billion] in funds"),
                ],
            },
            {
                "name": "federal workers furloughed or working without pay",
                "kind": "agreement",
                "figures": [
                    ("_1", "has led to [hundreds of thousands] of workers furloughed"),
                    ("_2", "paying the [800,000] federal workers"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Trump caved on the wall to end the shutdown",
                "claim": [
                    ("_2", "The surprise announcement was a remarkable surrender"),
                    ("_3", "is a clear cave by Trump"),
                ],
                "denial": [
                    ("_1", 'On Thursday, Trump had promised that Republicans “will not cave"'),
                    ("_2", "This was in no way a concession"),
                ],
            },
        ],
    },
    {
        "event": "basil:b764f81f-6d08-4d7c-b1a8-8961bed0a455",
        "about": "Nebraska and Oklahoma sue Colorado over its marijuana law",
        "measures": [
            {
                "name": "states suing Colorado",
                "kind": "agreement",
                "figures": [
                    ("_1", "The [two] states filed a lawsuit"),
                    ("_2", "[Two] heartland states filed"),
                ],
            },
            {
                "name": "year voters approved Colorado's legalization",
                "kind": "agreement",
                "figures": [
                    ("_1", "approved by voters in [2012]"),
                    ("_2", "key parts of a [2012] voter-approved measure"),
                    ("_3", "recreational marijuana in the state, in [2012]"),
                ],
            },
            {
                "name": "age from which adults may buy marijuana in Colorado",
                "kind": "agreement",
                "figures": [
                    ("_1", "recreational marijuana for adults [over 21]"),
                    ("_2", "anyone [21 or older] can legally purchase"),
                ],
            },
            {
                "name": "states with medical marijuana laws",
                "kind": "agreement",
                "figures": [
                    ("_1", "He said [23] states have enacted"),
                    ("_3", "To date, [23] states and the District of Columbia"),
                ],
            },
            {
                "name": "start of recreational marijuana sales in Colorado",
                "kind": "agreement",
                "figures": [
                    ("_1", "has been sold in stores since [January]"),
                    ("_2", "since recreational sales began in [January]"),
                    ("_3", "opened their doors on [New Years Day 2014]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Colorado marijuana is flowing into neighboring states",
                "claim": [
                    ("_1", "The lawsuit says Colorado marijuana flows into neighboring states"),
                    ("_2", "“Marijuana flows from this gap into neighboring states,” the suit says"),
                    ("_3", "The illegal products being distributed in Colorado are being trafficked"),
                ],
                "denial": [
                    ("_2", "said that they had not seen an increase in marijuana coming from Colorado"),
                ],
            },
            {
                "proposition": "Colorado's marijuana law is unconstitutional",
                "claim": [
                    ("_1", "The complaint says the measure runs afoul of federal law"),
                    ("_3", "claiming that Colorado's legalization of recreational marijuana is uncon"),
                ],
                "denial": [
                    ("_1", "Colorado Attorney General John Suthers said the lawsuit was without merit"),
                    ("_2", "the challenge from Nebraska and Oklahoma was “without merit.”"),
                    ("_3", "We believe this suit is without merit"),
                ],
            },
        ],
    },
    {
        "event": "basil:72fa9b13-4e59-4716-8df9-4c3580e7dddf",
        "about": "Trump names Joe Lieberman his leading choice for FBI director",
        "measures": [
            {
                "name": "age of Lieberman",
                "kind": "agreement",
                "figures": [
                    ("_2", "Lieberman, [75], who served in the Senate"),
                    ("_3", "a charming [75-year-old] political operator"),
                    ("_3", "His age, [75], could be problematic"),
                ],
            },
            {
                "name": "year Lieberman ran for vice president",
                "kind": "agreement",
                "figures": [
                    ("_1", "who was the [2000] Democratic vice presidential nominee"),
                    ("_2", "on Al Gore's [2000] ticket"),
                    ("_3", "running mate in the [2000] presidential campaign"),
                ],
            },
            {
                "name": "Senate votes Lieberman could get",
                "kind": "agreement",
                "figures": [
                    ("_1", "Lieberman could get [100] confirmation votes"),
                    ("_2", "who can get [100] votes in the Senate"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Lieberman changed parties",
                "claim": [
                    ("_1", "before losing a primary bid for re-election and becoming an independent"),
                    ("_2", "became an independent after losing the Democratic primary in 2006"),
                ],
                "denial": [
                    ("_2", "Lieberman told Fox Business Network last year that he “never changed parties”"),
                ],
            },
            {
                "proposition": "Lieberman would win overwhelming support in the Senate",
                "claim": [
                    ("_1", "speculated that Lieberman could get 100 confirmation votes"),
                    ("_2", "Lieberman is probably the only person who can get 100 votes"),
                    ("_3", "Mr. Lieberman would most likely receive overwhelming support"),
                ],
                "denial": [
                    ("_1", "he speculated that a Lieberman nomination would split the chamber"),
                    ("_3", "Democrats pushed back hard on that notion"),
                ],
            },
        ],
    },
    {
        "event": "basil:c99adbdd-eaf3-4844-9548-2642e80de4e2",
        "about": "Raul Labrador challenges Kevin McCarthy for House majority leader",
        "measures": [
            {
                "name": "year Labrador was elected to Congress",
                "kind": "agreement",
                "figures": [
                    ("_1", "Only in Congress since [2010]"),
                    ("_3", "elected in the Tea Party wave of [2010]"),
                ],
            },
            {
                "name": "terms Labrador has served",
                "kind": "agreement",
                "figures": [
                    ("_2", "A [two-term] Republican congressman from Idaho"),
                    ("_3", "who has barely served [two terms] in Congress"),
                ],
            },
            {
                "name": "age of Labrador",
                "kind": "agreement",
                "figures": [
                    ("_1", "Labrador, who is [46], said"),
                    ("_2", "Raul Labrador, a [46-year-old] Mormon"),
                ],
            },
            {
                "name": "age of McCarthy",
                "kind": "agreement",
                "figures": [
                    ("_1", "McCarthy, [49], appeared"),
                    ("_2", "McCarthy, [49], began gathering"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:47a209b0-fc26-4a0a-a1fe-e4310d1d2419",
        "about": "Democrats move to filibuster Gorsuch; Republicans weigh the nuclear option",
        "measures": [
            {
                "name": "votes needed to overcome a filibuster",
                "kind": "agreement",
                "figures": [
                    ("_1", "requiring Gorsuch to garner [60] “yea” votes"),
                    ("_1", "If Judge Gorsuch can’t achieve [60] votes"),
                    ("_1", "be approved with [60] or more votes"),
                    ("_2", "requires a supermajority of [60] votes"),
                    ("_2", "she believed in a [60]-vote threshold"),
                ],
            },
            {
                "name": "days of confirmation hearings",
                "kind": "agreement",
                "figures": [
                    ("_2", "During the [four days] of hearings"),
                    ("_3", "The [four days] of Senate Judiciary Committee hearings"),
                ],
            },
            {
                "name": "when Democrats first used the nuclear option",
                "kind": "agreement",
                "figures": [
                    ("_1", "circuit court judicial appointments in [2013]"),
                    ("_2", "[Four years ago], when Democrats controlled the Senate"),
                ],
            },
            {
                "name": "when Scalia died",
                "kind": "agreement",
                "figures": [
                    ("_1", "following Scalia’s death in [2016]"),
                    ("_2", "the death of Justice Antonin Scalia [more than a year ago]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Gorsuch vote should wait for the FBI's Russia investigation",
                "claim": [
                    ("_1", "both called Tuesday for a postponement on any vote to confirm Gorsuch"),
                ],
                "denial": [
                    ("_1", 'Republicans panned the call as "ridiculous."'),
                ],
            },
            {
                "proposition": "Supreme Court justices act for a party",
                "claim": [
                    ("_3", "That judges do not, as Chief Justice John Roberts once famously said"),
                ],
                "denial": [
                    ("_3", "I’m distressed to hear you think that judges of the Supreme Court is an organ"),
                ],
            },
        ],
    },
    {
        "event": "basil:2f3e86b6-8443-47bd-9cd3-491c90a59fe9",
        "about": "The House passes the Democrats' election and ethics bill, H.R. 1",
        "measures": [
            {
                "name": "House vote on the bill",
                "kind": "agreement",
                "figures": [
                    ("_1", "which passed [234-193]"),
                    ("_2", "The House approved the plan [234-193]"),
                    ("_3", "The sweeping legislation, passed [234-193]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the bill is a Democratic power grab",
                "claim": [
                    ("_1", "GOP representatives castigated the bill as a federal power grab"),
                    ("_2", "Republicans called the bill a Democratic power grab"),
                ],
                "denial": [
                    ("_2", "Yes it is a power grab -- a power grab on behalf of the people"),
                    ("_3", "“It’s a power grab for the American people,” said Representative Zoe Lofgren"),
                ],
            },
            {
                "proposition": "taxpayers will pay for political campaigns under the bill",
                "claim": [
                    ("_2", "voted to pass a bill that will publicly fund"),
                ],
                "denial": [
                    ("_2", "disputed the claim that taxpayers will pay for campaigns"),
                ],
            },
            {
                "proposition": "the bill would undermine the integrity of elections",
                "claim": [
                    ("_2", "House GOP leader Kevin McCarthy of California said the legislation would"),
                    ("_3", "This bill is a massive federal government takeover that would undermine"),
                ],
                "denial": [
                    ("_2", "Democrats called that a mischaracterization"),
                ],
            },
        ],
    },
    {
        "event": "basil:70c75d68-bf65-46a6-a822-15c23d77a275",
        "about": "Trump offers temporary protections for Dreamers in exchange for wall money",
        "measures": [
            {
                "name": "Dreamers whose protections the offer extends",
                "kind": "agreement",
                "figures": [
                    ("_1", "protections for [700,000] Deferred Action"),
                    ("_2", "temporary protections for [roughly 700,000] young undocumented"),
                    ("_2", "would allow [700,000] Dreamers"),
                    ("_3", "protects from deportation [hundreds of thousands] of immigrants"),
                ],
            },
            {
                "name": "length of the DACA extension",
                "kind": "agreement",
                "figures": [
                    ("_1", "a [three-year] extension of protections"),
                    ("_2", "keep their protections for [three more years]"),
                    ("_3", "Trump is offering a [three-year] extension"),
                ],
            },
            {
                "name": "people whose temporary protected status the offer restores",
                "kind": "agreement",
                "figures": [
                    ("_2", "restore T.P.S. protection for [300,000] people"),
                    ("_3", "a three-year extension to [300,000] people"),
                ],
            },
            {
                "name": "wall money Trump asks for",
                "kind": "agreement",
                "figures": [
                    ("_1", "in exchange for the [$5.7 billion]"),
                    ("_2", "in exchange for [$5.7 billion] in funding"),
                    ("_2", "in exchange for [$5.7 billion] for a border barrier"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Trump's offer is a compromise",
                "claim": [
                    ("_1", "It strikes a fair compromise by incorporating priorities"),
                    ("_2", "In casting the plan as a compromise"),
                    ("_2", "“strikes a fair compromise by incorporating priorities"),
                ],
                "denial": [
                    ("_1", 'is not a compromise but more hostage taking."'),
                    ("_2", "denounced the offer as “not a compromise but more hostage taking.”"),
                    ("_3", "make the offer appear less of a compromise"),
                ],
            },
            {
                "proposition": "the offer is an amnesty",
                "claim": [
                    ("_2", "Some on the right also pushed back, describing the proposal as amnesty"),
                ],
                "denial": [
                    ("_2", "“There is no pathway to citizenship in this proposal,” Mr. Pence said"),
                ],
            },
        ],
    },
    {
        "event": "basil:3ae35b16-7f7f-4a5e-9f24-5ce724106a73",
        "about": "Trump declares a national emergency to fund the border wall",
        "measures": [
            {
                "name": "wall money in the spending bill",
                "kind": "agreement",
                "figures": [
                    ("_1", "which grants him [$1.375 billion] for the wall"),
                    ("_2", "includes just [$1.4 billion] for border security"),
                    ("_3", "Combined with [$1.375 billion] authorized for fencing"),
                    ("_3", "it provided [$1.375 billion] for about 55 miles"),
                ],
            },
            {
                "name": "wall money Trump had demanded",
                "kind": "agreement",
                "figures": [
                    ("_1", "as opposed to the [$5.7 billion] he initially demanded"),
                    ("_1", "anything less than [$5.7 billion] in the federal budget"),
                    ("_2", "originally proposed figure of [$5.7 billion]"),
                    ("_2", "Trump requested [$5.7 billion] for construction"),
                    ("_3", "more than the [$5.7 billion] he unsuccessfully demanded"),
                    ("_3", "included none of the [$5.7 billion] that Mr. Trump demanded"),
                ],
            },
            {
                "name": "total money for the wall",
                "kind": "agreement",
                "figures": [
                    ("_1", "will now come to [about $8 billion]"),
                    ("_2", "eyes [$8B] for wall"),
                    ("_2", "plans to move [$8 billion] in currently appropriated"),
                    ("_3", "would have [about $8 billion] in all"),
                ],
            },
            {
                "name": "military construction money diverted to the wall",
                "kind": "agreement",
                "figures": [
                    ("_1", "use [about $3.6 billion] from Defense Department construction"),
                    ("_2", "!to the tune of [$3.5 billion]"),
                    ("_3", "divert [$3.6 billion] from military construction"),
                ],
            },
            {
                "name": "counter-drug money diverted to the wall",
                "kind": "agreement",
                "figures": [
                    ("_1", "another [$2.5 billion] the department had allocated"),
                    ("_3", "tap [$2.5 billion] from counternarcotics programs"),
                ],
            },
            {
                "name": "Treasury forfeiture money diverted to the wall",
                "kind": "agreement",
                "figures": [
                    ("_1", "another [$600 million] from the Treasury Department’s"),
                    ("_2", "about [$600 million] from the Treasury Department’s"),
                    ("_3", "and [$600 million] from a Treasury Department"),
                ],
            },
            {
                "name": "miles of wall Trump sought",
                "kind": "agreement",
                "figures": [
                    ("_1", "buy the administration some [234] miles"),
                    ("_3", "demanded for [234] miles of steel wall"),
                ],
            },
            {
                "name": "miles of barrier the spending bill pays for",
                "kind": "agreement",
                "figures": [
                    ("_2", "enough to build just [55] miles of barrier"),
                    ("_3", "for [about 55] miles of fencing"),
                ],
            },
            {
                "name": "length of the shutdown",
                "kind": "agreement",
                "figures": [
                    ("_1", "go without pay for [35 days]"),
                    ("_2", "through Jan. 25—for [35 days]—"),
                    ("_3", "many federal agencies for [35 days]"),
                ],
            },
            {
                "name": "federal workers without pay in the shutdown",
                "kind": "agreement",
                "figures": [
                    ("_1", "forced an estimated [800,000] government employees"),
                    ("_2", "left [more than 800,000] federal employees"),
                    ("_3", "left [800,000] workers without pay"),
                ],
            },
            {
                "name": "date the government reopened",
                "kind": "agreement",
                "figures": [
                    ("_1", "for three weeks on [Jan. 25]"),
                    ("_2", "From Dec. 22 through [Jan. 25]"),
                ],
            },
            {
                "name": "length of the fight with Congress over the wall",
                "kind": "agreement",
                "figures": [
                    ("_1", "For [two months], Democrats in Congress"),
                    ("_3", "after losing a grinding [two-month] battle"),
                ],
            },
            {
                "name": "border arrests in 2000",
                "kind": "agreement",
                "figures": [
                    ("_1", "one-third of the [1.6 million] arrests"),
                    ("_3", "from a peak of [1.6 million] in the 2000 fiscal year"),
                ],
            },
            {
                "name": "border arrests in the last year",
                "kind": "disagreement",
                "figures": [
                    ("_1", "There were [roughly 520,000] arrests"),
                    ("_3", "have actually fallen in recent years, to [400,000]"),
                ],
            },
            {
                "name": "national emergencies in effect",
                "kind": "agreement",
                "figures": [
                    ("_2", 'there are [at least 30] "national emergencies" in effect'),
                    ("_3", "and [31] of those prior emergencies remain active"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "there is a national emergency at the southern border",
                "claim": [
                    ("_1", "even as he contended the situation on the southern border amounted"),
                    ("_2", "“We’re going to confront the national security crisis on our southern border"),
                    ("_3", "Mr. Trump asserted that the flow of drugs, criminals and illegal immigrants"),
                ],
                "denial": [
                    ("_1", "There is no national emergency"),
                    ("_3", "critics accusing him of manufacturing a crisis"),
                ],
            },
            {
                "proposition": "more people than ever are trying to cross the border",
                "claim": [
                    ("_1", "“We have far more people trying to get into our country today"),
                ],
                "denial": [
                    ("_1", "In fact, arrests for illegal border crossings are at their lowest levels"),
                    ("_3", "border apprehensions have actually fallen in recent years"),
                ],
            },
            {
                "proposition": "the declaration sets a precedent for future presidents",
                "claim": [
                    ("_3", "Republicans have expressed concern that a Democratic commander in chief"),
                ],
                "denial": [
                    ("_1", "insisting that Trump would not break with historical precedent"),
                    ("_3", "“It actually creates zero precedent,” Mick Mulvaney"),
                ],
            },
        ],
    },
    {
        "event": "basil:ee05c9b3-529c-4268-ad72-19bd34f7197e",
        "about": "Eric Cantor loses his primary to Dave Brat",
        "measures": [
            {
                "name": "money Brat raised",
                "kind": "agreement",
                "figures": [
                    ("_1", "With [just over $200,000], David Brat"),
                    ("_2", "$5.4 million to [$200,000]"),
                    ("_3", "He raised [just over $200,000] for his campaign"),
                ],
            },
            {
                "name": "money Cantor raised",
                "kind": "agreement",
                "figures": [
                    ("_1", "who had raised [$5.4 million] for the campaign"),
                    ("_2", "outraising the college professor [$5.4 million] to"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Brat is a Tea Party candidate",
                "claim": [
                    ("_1", "by a Tea Party-backed economics professor"),
                    ("_2", "The tea party-backed candidate attributed his victory"),
                ],
                "denial": [
                    ("_2", "Brat shied away from explicitly identifying as a tea party candidate"),
                    ("_2", "it wasn't a contest between the tea party and the Republicans"),
                ],
            },
        ],
    },
    {
        "event": "basil:2a3fde8a-082a-4d8f-9567-f7e8366c0200",
        "about": "The FBI fires Peter Strzok over his anti-Trump texts",
        "measures": [
            {
                "name": "Strzok's years at the FBI",
                "kind": "agreement",
                "figures": [
                    ("_1", "a [21-year] FBI veteran"),
                    ("_2", "who rose over [20 years] at the F.B.I."),
                    ("_3", "Strzok, a [21-year] veteran of the FBI"),
                ],
            },
            {
                "name": "suspension recommended for Strzok",
                "kind": "agreement",
                "figures": [
                    ("_1", "that a [60-day] suspension and demotion"),
                    ("_2", "should be suspended for [60 days] and demoted"),
                    ("_3", "Strzok face a [60-day] suspension"),
                ],
            },
            {
                "name": "campaign year in which the texts were exchanged",
                "kind": "agreement",
                "figures": [
                    ("_1", "Strzok and Page discussing [2016] campaign politics"),
                    ("_2", "exchanged during the [2016] campaign with"),
                ],
            },
            {
                "name": "month the inspector general's report came out",
                "kind": "agreement",
                "figures": [
                    ("_1", "In [June], he was then escorted"),
                    ("_2", "traces back to [June], when"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Strzok's views against Trump affected his work",
                "claim": [
                    ("_1", "Republicans have repeatedly raised concerns that anti-Trump bias played"),
                    ("_1", "he was willing to use his official FBI position to try and stop"),
                ],
                "denial": [
                    ("_1", "He claimed his personal opinions did not affect his work"),
                    ("_2", "he had not allowed his political views to interfere"),
                    ("_3", "failed to produce a shred of evidence that Special Agent Strzok’s personal"),
                ],
            },
            {
                "proposition": "the Russia investigation is a witch hunt and a hoax",
                "claim": [
                    ("_1", "It is a total Hoax"),
                    ("_2", "in assailing the Russia investigation as an illegitimate “witch hunt.”"),
                ],
                "denial": [
                    ("_2", "This investigation is not politically motivated; it is not a witch hunt"),
                ],
            },
            {
                "proposition": "Strzok's firing was political rather than the standard process",
                "claim": [
                    ("_1", "claiming this was a departure from standard practice and politically"),
                    ("_3", "the decision to terminate was taken in response to political pressure"),
                ],
                "denial": [
                    ("_1", "Mr. Strzok was subject to the standard FBI review and disciplinary process"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ pac: two outlets of different
    # politics; the stories whose outlets share the most figures
    {
        "event": "pac:STORY_66",
        "about": "The House votes to delay the health law's individual and employer mandates",
        "measures": [
            {
                "name": "House vote to delay the individual mandate",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "individual mandate , the vote was [251 to 174]"),
                    ("_DOCUMENT_1", "the House voted [251 - 174] to give"),
                ],
            },
            {
                "name": "House vote to delay the employer mandate",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "employer mandate , the vote was [264 to 161]"),
                    ("_DOCUMENT_1", "that provision on a [264 - 161] vote"),
                ],
            },
            {
                "name": "Democrats who voted to delay the individual mandate",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "But [22] Democrats supported delay"),
                    ("_DOCUMENT_1", "In that vote , [22] Democrats joined"),
                ],
            },
            {
                "name": "Democrats who voted to delay the employer mandate",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "and [35] favored postponing"),
                    ("_DOCUMENT_1", "[35] Democrats joined with Republicans"),
                ],
            },
            {
                "name": "size of the employers the mandate covers",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "employers with [more than 50] full - time employees"),
                    ("_DOCUMENT_1", "companies with [more than 50] full - time workers"),
                    ("_DOCUMENT_1", "businesses with [50 or more] workers"),
                ],
            },
            {
                "name": "year the health law passed",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "unpopular provisions of the [2010] law"),
                    ("_DOCUMENT_0", "The [2010] law requires insurers"),
                    ("_DOCUMENT_1", "which they powered through in [2010]"),
                ],
            },
            {
                "name": "delay of the employer mandate",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "delay the employer mandate to [2015]"),
                    ("_DOCUMENT_1", "give large businesses a [one - year] reprieve"),
                    ("_DOCUMENT_1", "enshrine his [one - year] delay for businesses"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the health law is failing",
                "claim": [
                    ("_DOCUMENT_1", "“ This law is imploding , this law is unnecessary"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "is already reducing health insurance premiums in New York"),
                    ("_DOCUMENT_1", "Supporters of the law said reduced rates in the Empire State"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_54",
        "about": "House Democrats adopt the $3.5 trillion budget resolution after a deal with centrists",
        "measures": [
            {
                "name": "House vote on the rule and budget resolution",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "In a [220-212] party-line vote"),
                    ("_DOCUMENT_1", "The measure passed [220-212]"),
                ],
            },
            {
                "name": "size of the budget resolution",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "toward passing [$3.5 trillion] budget bill"),
                    ("_DOCUMENT_0", "passed a [$3.5 trillion] budget resolution"),
                    ("_DOCUMENT_1", "Democrats Pass [$3.5 Trillion] Budget"),
                    ("_DOCUMENT_1", "adopting the [$3.5 trillion] budget resolution"),
                    (
                        "_DOCUMENT_1",
                        "reporter, explained: The House has passed a rule which “deems” the budget"
                        " resolution passed. That means the [$3.5T] deal",
                    ),
                    (
                        "_DOCUMENT_1",
                        "JUST IN: The House has passed a rule which “deems” the budget resolution"
                        " passed. That means the [$3.5T] deal",
                    ),
                ],
            },
            {
                "name": "date promised for the infrastructure vote",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "on the infrastructure bill by [Sept. 27]"),
                    ("_DOCUMENT_0", 'infrastructure bill by [September 27]" and would'),
                    ("_DOCUMENT_1", "infrastructure bill by [September 27]. I do so"),
                    ("_DOCUMENT_1", "infrastructure bill by [September 27]” Thanks"),
                ],
            },
            {
                "name": "centrist Democrats who held out",
                "kind": "disagreement",
                "figures": [
                    ("_DOCUMENT_0", "which aims to appease [nine] centrist Democrats"),
                    ("_DOCUMENT_0", "The opposition from the [nine] holdout Democrats"),
                    ("_DOCUMENT_0", "The [nine] Democrats withheld their support"),
                    (
                        "_DOCUMENT_1",
                        "include the [10] who said they would not vote for it w/o a vote the"
                        " infrastructure plan voted yes. JUST IN",
                    ),
                    (
                        "_DOCUMENT_1",
                        "include the [10] who said they would not vote for it w/o a vote the"
                        " infrastructure plan voted yes. — Ryan",
                    ),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the centrist Democrats caved",
                "claim": [
                    ("_DOCUMENT_1", "Democrats Pass $3.5 Trillion Budget After Moderate Democrats Cave"),
                ],
                "denial": [
                    ("_DOCUMENT_0", 'their deal with party leaders "does what we set out to do'),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_68",
        "about": "The Senate extends the debt ceiling through early December",
        "measures": [
            {
                "name": "Senate vote to extend the debt limit",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "The Senate voted [50-48] Thursday evening"),
                    ("_DOCUMENT_1", "And then it passed [50-48]"),
                ],
            },
            {
                "name": "senators who voted to end the filibuster",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "The tally was [61-38]"),
                    ("_DOCUMENT_1", "McConnell helped get [61] senators to invoke cloture"),
                ],
            },
            {
                "name": "votes needed to break the filibuster",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "which needed [60] votes to succeed"),
                    ("_DOCUMENT_1", "past the [60]-vote threshold"),
                ],
            },
            {
                "name": "when the extended debt limit runs out",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "extend debt ceiling through [early December]"),
                    ("_DOCUMENT_0", "debt limit through [early December] after"),
                    ("_DOCUMENT_0", "would need to get to [December 3]"),
                    ("_DOCUMENT_0", "a high-stakes showdown in [early December]"),
                    ("_DOCUMENT_1", "down the road to a very busy [December]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "McConnell's deal gave away Republican leverage",
                "claim": [
                    ("_DOCUMENT_1", "Several expressed their concerns McConnell gave away important"),
                    ("_DOCUMENT_1", "“I believe it was a mistake to offer this deal"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "He argued this resolves “the majority’s excuse that they lacked time”"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_65",
        "about": "Evanston, Illinois approves the first reparations program for Black residents",
        "measures": [
            {
                "name": "money in the first phase of the program",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "a [$400,000] housing grant program"),
                    ("_DOCUMENT_1", "makes [$400,000] available"),
                ],
            },
            {
                "name": "money set aside for reparations in all",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "[up to $10m] of the sales tax"),
                    ("_DOCUMENT_1", "The [$10 million] measure"),
                ],
            },
            {
                "name": "grant per eligible resident",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "award eligible residents [up to $25,000]"),
                    ("_DOCUMENT_1", "available in [$25,000] homeownership"),
                ],
            },
            {
                "name": "first year of residence that makes one eligible",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "of Evanston between [1919]-1969"),
                    ("_DOCUMENT_1", "between the period of [1919] and 1969"),
                ],
            },
            {
                "name": "last year of residence that makes one eligible",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "of Evanston between 1919-[1969]"),
                    ("_DOCUMENT_1", "between the period of 1919 and [1969]"),
                ],
            },
            {
                "name": "vote approving the program",
                "kind": "disagreement",
                "figures": [
                    ("_DOCUMENT_0", "which passed [4-1]"),
                    ("_DOCUMENT_1", "Passed by a vote of [8-1]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the program is a reparations program",
                "claim": [
                    ("_DOCUMENT_0", "to embark upon a reparations program for its Black residents"),
                    ("_DOCUMENT_1", "The Illinois city of Evanston approved a reparations program"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "is a “housing program with the title reparations”"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_140",
        "about": "The CBO estimates that Biden's student loan forgiveness will cost about $400 billion",
        "measures": [
            {
                "name": "cost of the student loan forgiveness",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "will cost [$400 billion] over 10 years"),
                    ("_DOCUMENT_0", "will cost [roughly $400 billion]"),
                    ("_DOCUMENT_0", "will cost [about $400 billion] but"),
                    ("_DOCUMENT_1", "plan to cost [$400B]"),
                    ("_DOCUMENT_1", "will cost the government [about $400 billion]"),
                    ("_DOCUMENT_1", "its [$400 billion] estimate"),
                    ("_DOCUMENT_1", "!will cost Americans [$420 BILLION]"),
                    ("_DOCUMENT_1", "charging hardworking Americans [$400 billion]"),
                ],
            },
            {
                "name": "cost of extending the repayment pause",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "will cost the government [$20 billion]"),
                    ("_DOCUMENT_1", "at an estimated cost of [$20 billion]"),
                ],
            },
            {
                "name": "debt forgiven for most borrowers",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "are eligible for [$10,000] in loan forgiveness"),
                    ("_DOCUMENT_1", "plan to forgive [$10,000] in federal student debt"),
                    ("_DOCUMENT_1", "the action canceling [up to $10,000] of debt"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the plan costs the government about $400 billion",
                "claim": [
                    ("_DOCUMENT_0", "will cost roughly $400 billion, according to new estimates"),
                    ("_DOCUMENT_1", "will cost the government about $400 billion, the nonpartisan"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "But that’s not how this program will affect the bottom line in reality"),
                    ("_DOCUMENT_1", "The cost to the government is not the long-term score"),
                ],
            },
            {
                "proposition": "the relief goes to working and middle-class people",
                "claim": [
                    ("_DOCUMENT_1", "President Biden delivered transformative middle class relief"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "deliver benefits to millions of Americans with advanced degrees"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_144",
        "about": "Biden's budget raises the Medicare tax on incomes above $400,000",
        "measures": [
            {
                "name": "income above which the Medicare tax rises",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "unearned income above [$400,000] from 3.8 percent"),
                    ("_DOCUMENT_1", "unearned income above [$400,000] to 5 percent"),
                ],
            },
            {
                "name": "Medicare tax rate on high incomes today",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "from [3.8 percent] to 5 percent"),
                    ("_DOCUMENT_1", "to 5 percent from [3.8 percent]"),
                ],
            },
            {
                "name": "proposed Medicare tax rate on high incomes",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "from 3.8 percent to [5 percent]"),
                    ("_DOCUMENT_1", "above $400,000 to [5 percent] from"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_80",
        "about": "Biden defends the Afghanistan evacuation; the Pentagon contradicts him on al Qaeda",
        "measures": [
            {
                "name": "people evacuated since July",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "evacuated more than [18,000] people since July"),
                    ("_DOCUMENT_1", "evacuated more than [18,000] people since July"),
                ],
            },
            {
                "name": "people evacuated since the military airlift began",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "[approximately 13,000] since our military airlift"),
                    ("_DOCUMENT_1", "and [13,000] since Aug. 14"),
                ],
            },
            {
                "name": "date the military airlift began",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "military airlift began on [August 14]"),
                    ("_DOCUMENT_1", "and 13,000 since [Aug. 14]"),
                ],
            },
            {
                "name": "American troops at the Kabul airport",
                "kind": "disagreement",
                "figures": [
                    ("_DOCUMENT_0", "[About 5,200] American troops are assisting"),
                    ("_DOCUMENT_1", "[nearly 6,000] troops are on the ground"),
                    ("_DOCUMENT_1", "our military of [almost 6,000] of America’s finest"),
                ],
            },
            {
                "name": "deadline to withdraw US troops",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "ahead of Biden’s [Aug. 31] deadline"),
                    ("_DOCUMENT_1", "past his [Aug. 31] withdrawal deadline"),
                ],
            },
            {
                "name": "length of the war in Afghanistan",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "toppling US-backed leaders after [20 years] of war"),
                    ("_DOCUMENT_1", "assisted the U.S. in the [20-year] conflict"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "al Qaeda is gone from Afghanistan",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "What interest do we have in Afghanistan at this point with al Qaeda gone",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_0", "“we know that al Qaeda is a presence"),
                    ("_DOCUMENT_0", "Kirby firmly contradicted Biden’s claim that al Qaeda is “gone”"),
                ],
            },
            {
                "proposition": "the Taliban let Americans reach the Kabul airport",
                "claim": [
                    ("_DOCUMENT_0", "the Taliban checkpoints, they are letting through people showing"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "it’s heard the Taliban is actually stopping Americans"),
                ],
            },
            {
                "proposition": "allies do not question America's credibility",
                "claim": [
                    ("_DOCUMENT_0", "also said “I have seen no question of our credibility"),
                    ("_DOCUMENT_1", "“I have seen no question of our credibility from our allies"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "The US departure, however, was condemned harshly"),
                    ("_DOCUMENT_0", "the biggest debacle NATO has suffered since its founding"),
                ],
            },
        ],
    },
]
