"""A fourth fresh comparison gold, written by hand on events that no Parallax run has seen (issue 9).

Same form as ``written.py``, ``written_fresh.py``, ``written_fresh2.py`` and ``written_fresh3.py`` (read their
docstrings): each figure is an *anchor*, a piece of the article's input text with the figure in square
brackets, a leading "!" marking an outlier of an agreement; each statement of a contradiction is a piece of
its sentence. ``build.py --fresh4`` turns this file into ``events_fresh4.jsonl`` (every event ``part: fresh4``)
and checks every span by slicing the input.

These events are scored once, at the very end, as the estimate for unseen stories; nobody may run Parallax
on their articles before that. How they were chosen (a fixed rule, not by their content):
``docs/bench/comparison_fresh4.md``.

Articles are named by the suffix of their id: ``_1`` is ``basil/UUID_1`` in event ``basil:UUID``,
``_DOCUMENT_0`` is ``pac/STORY_7_DOCUMENT_0`` in event ``pac:STORY_7``.
"""

from __future__ import annotations

from typing import Any

EVENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ basil: every third unused event id
    {
        "event": "basil:0c78e748-efbf-417c-a8c1-beeb6480147f",
        "about": "Trump says the FBI destroyed Flynn's life while Clinton lied to it with impunity",
        "measures": [
            {
                "name": "year of the presidential election Clinton lost",
                "kind": "agreement",
                "figures": [
                    ("_1", "influence on the [2016] election"),
                    ("_2", "said his [2016] Democratic rival"),
                    ("_3", "invoking his [2016] election opponent"),
                ],
            },
            {
                "name": "when Clinton was interviewed by the FBI",
                "kind": "agreement",
                "figures": [
                    ("_1", "voluntary interview to the bureau in [July 2016]"),
                    ("_2", "during her FBI interview in [early July]"),
                ],
            },
            {
                "name": "month Flynn left the White House",
                "kind": "agreement",
                "figures": [
                    ("_1", "whom he fired in [February] for lying"),
                    ("_3", "Flynn stepped down in [February]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Trump asked Comey to stop investigating Flynn",
                "claim": [
                    (
                        "_3",
                        "Comey testified before the Senate that Trump had requested that Comey put an end",
                    ),
                ],
                "denial": [
                    ("_2", "Trump over the weekend denied that he asked Comey to stop investigating Flynn"),
                ],
            },
            {
                "proposition": "Trump knew Flynn had lied to the FBI when he fired him",
                "claim": [
                    ("_2", "I had to fire General Flynn because he lied to the Vice President and the FBI"),
                    ("_3", "now claim that the president already knew about Flynn lying to the FBI"),
                ],
                "denial": [
                    (
                        "_2",
                        "Trump said earlier this year that he fired Flynn only for lying to Vice President Pence",
                    ),
                    ("_2", "All the president knew was that the department was not accusing him of lying"),
                ],
            },
        ],
    },
    {
        "event": "basil:2742e9c1-2943-496f-8b23-faf5332e1612",
        "about": "Arkansas Governor Hutchinson asks for changes to the religious freedom bill his son opposed",
        "measures": [],
        "contradictions": [],
    },
    {
        "event": "basil:33521e65-12da-4521-b132-7b606243b0e4",
        "about": "Rep. Michael Grimm is expected to be indicted after a federal investigation",
        "measures": [
            {
                "name": "length of the federal investigation of Grimm",
                "kind": "agreement",
                "figures": [
                    ("_1", "follows a [two-year] FBI investigation"),
                    ("_2", "began [more than two years] ago"),
                    ("_2", "After [more than two years] of investigation"),
                    ("_3", "began investigating Grimm [two years] ago"),
                ],
            },
            {
                "name": "year Grimm left the FBI",
                "kind": "agreement",
                "figures": [
                    ("_2", "left the Federal Bureau of Investigation in [2006], two"),
                    ("_3", 'left the Federal Bureau of Investigation in [2006],"'),
                ],
            },
            {
                "name": "sum the Houston woman funneled into Grimm's campaign",
                "kind": "agreement",
                "figures": [
                    ("_1", "accused of funneling [at least $10,000]"),
                    ("_2", "illegally funneling [more than $10,000]"),
                ],
            },
            {
                "name": "month Grimm threatened the reporter",
                "kind": "agreement",
                "figures": [
                    ("_1", "Grimm made headlines in [January]"),
                    ("_3", "Grimm was in the news in [January]"),
                ],
            },
            {
                "name": "Grimm's term in Congress",
                "kind": "agreement",
                "figures": [
                    ("_2", "of the [second-term] congressman"),
                    ("_3", "The [second-term] congressman"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:45bd61bc-c356-4450-9e3a-cbfc862b09fd",
        "about": "Harry Reid breaks with Obama and says the mosque near ground zero should be built elsewhere",
        "measures": [
            {
                "name": "date of the attacks",
                "kind": "agreement",
                "figures": [
                    ("_1", "the attacks of [Sept. 11, 2001]"),
                    ("_1", "exploiting the [Sept. 11] attacks"),
                    ("_2", "sensitivity to [Sept. 11] survivors"),
                    ("_2", "the countless [9/11] families"),
                    ("_2", "wishes of [9/11] families"),
                    ("_3", "their bravery on [911]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Obama endorsed the mosque project itself",
                "claim": [
                    ("_2", "when he appeared to endorse the Park 51 project"),
                    ("_2", "taking a side on the issue no matter what he claims"),
                    ("_3", "President Barack Obama's endorsement of the"),
                ],
                "denial": [
                    ("_2", "he clarified that he was merely commenting on fundamental religious freedoms"),
                    ("_3", "the president clarified that he was not speaking about the"),
                ],
            },
        ],
    },
    {
        "event": "basil:550b80db-bdd5-442b-8f70-c8e9f3203a13",
        "about": "Newsweek's 'Queen of Rage' cover of Michele Bachmann draws criticism",
        "measures": [
            {
                "name": "year of Newsweek's Sarah Palin cover",
                "kind": "agreement",
                "figures": [
                    ("_1", "In [2009], the editors selected"),
                    ("_3", "Sarah Palin cover in [2009]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "on the cover Bachmann looks directly into the camera",
                "claim": [
                    ("_3", "looking directly into the camera with a wide-eyed expression"),
                ],
                "denial": [
                    ("_1", "just a smidge too high above the camera"),
                    ("_2", "looking over the camera with a dark blue background"),
                ],
            },
        ],
    },
    {
        "event": "basil:65cb14cb-2d27-41e5-a2be-6fd6314f4363",
        "about": "Santorum defends his 'phony theology' remark about Obama and his comments on education",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Santorum's remark questioned Obama's Christian faith",
                "claim": [
                    ("_1", "criticized such attacks on “character and faith.”"),
                    ("_2", "but not question each other's character and faith"),
                ],
                "denial": [
                    ("_1", "saying he was referring not to the president’s faith"),
                    ("_2", "I wasn't suggesting the president's not a Christian"),
                    ("_2", "Santorum said he never questioned the president's faith"),
                    ("_3", "I've repeatedly said that I believe the president's Christian"),
                ],
            },
        ],
    },
    {
        "event": "basil:7a97de89-1433-46f7-bcc2-f80b041cb9a0",
        "about": "Maine Governor Paul LePage hints at resigning, then says he will not resign",
        "measures": [
            {
                "name": "share of the arrested drug dealers in LePage's binder who are black or Hispanic",
                "kind": "agreement",
                "figures": [
                    ("_1", "showing that [90 percent] of them"),
                    ("_3", "“[90-plus percent] of those pictures”"),
                ],
            },
            {
                "name": "LePage's term as governor",
                "kind": "agreement",
                "figures": [
                    ("_1", "LePage’s [second] and final term"),
                    ("_2", "might abort his [second] term"),
                ],
            },
            {
                "name": "year LePage's term ends",
                "kind": "disagreement",
                "figures": [
                    ("_1", "officially ends in [2019]"),
                    ("_3", "before his term ends in [2018]"),
                ],
            },
            {
                "name": "year LePage first ran for and won the governorship",
                "kind": "agreement",
                "figures": [
                    ("_1", "dating back to [2010] when he said"),
                    ("_2", "the Tea Party sweep in [2010]"),
                ],
            },
            {
                "name": "month of LePage's remark about drug dealers named D-Money, Smoothie and Shifty",
                "kind": "agreement",
                "figures": [
                    ("_1", "In [January], he said drug dealers"),
                    ("_3", "dates back to [January], when LePage claimed"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Gattine called LePage a racist",
                "claim": [
                    ("_1", "I would like to talk to you about your comments about my being a racist"),
                    ("_2", "Mr. LePage came to believe that a Democratic lawmaker had called him a racist"),
                ],
                "denial": [
                    (
                        "_3",
                        "Gattine denied to the Portland Press Herald that he ever called the governor a racist.",
                    ),
                ],
            },
            {
                "proposition": "LePage may resign before the end of his term",
                "claim": [
                    ("_1", "opened the door Tuesday to making an early exit"),
                    ("_3", "LePage hinted on Tuesday that he may resign before his term ends"),
                ],
                "denial": [
                    ("_2", "“I will not resign,” said Mr. LePage"),
                    ("_3", "“I will not resign,” he said after a reconciliation meeting"),
                    ("_3", "LePage said unequivocally that he will be staying put"),
                ],
            },
            {
                "proposition": "LePage is not mentally able to serve",
                "claim": [
                    ("_3", "The governor is not mentally able to serve and needs to resign"),
                ],
                "denial": [
                    (
                        "_2",
                        "“I’m not an alcoholic, and I’m not a drug addict, and I don’t have mental issues,”",
                    ),
                    (
                        "_3",
                        "“I’m not an alcoholic and I’m not a drug addict and I don’t have mental issues,”",
                    ),
                ],
            },
            {
                "proposition": "LePage used racially charged language",
                "claim": [
                    ("_1", "LePage offered more racially charged comments that have drawn fire"),
                ],
                "denial": [
                    ("_2", "“I didn’t use racially charged language,”"),
                ],
            },
        ],
    },
    {
        "event": "basil:84678e18-0b79-4570-9c9f-cb1cf88d968e",
        "about": "IRS official Lois Lerner invokes the Fifth Amendment at a House hearing",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Lerner gave Congress false or misleading information",
                "claim": [
                    ("_2", "who insist that she made, at best, incomplete statements"),
                    ("_3", 'why she gave "false or misleading information" to the committee'),
                ],
                "denial": [
                    (
                        "_1",
                        "and I have not provided false information to this or any other congressional committee.",
                    ),
                    (
                        "_2",
                        "and I have not provided false information to this or any other Congressional committee.",
                    ),
                    ("_2", "denied on Wednesday that she had ever provided false information to Congress"),
                    ("_3", "She has not committed any crime or made any misrepresentation"),
                ],
            },
            {
                "proposition": "Lerner had never been asked about the targeting before she revealed it",
                "claim": [
                    ("_1", "because she was never asked"),
                ],
                "denial": [
                    ("_1", "Lerner was specifically asked about the investigation"),
                ],
            },
        ],
    },
    {
        "event": "basil:8dc7ccfe-5cf0-482f-9101-a7c69881da4d",
        "about": "Romney reaffirms his opposition to same-sex marriage after Obama endorses it",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Romney's view on marriage for gay couples has not changed since he began running for office",
                "claim": [
                    ("_1", "“My view is the same as it’s been from the beginning,”"),
                    ("_2", "the same position he's had since he"),
                    ("_2", "I have the same view on marriage that I had when I was governor"),
                    ("_3", "but I have the same view that I've had since running for office"),
                ],
                "denial": [
                    (
                        "_1",
                        "Mr. Romney’s feelings about gay rights have evolved, but in the opposite direction",
                    ),
                ],
            },
        ],
    },
    {
        "event": "basil:9879bbc0-eab3-482f-bf6b-a4b519393986",
        "about": "Hillary Clinton testifies to Congress about the Benghazi attack",
        "measures": [],
        "contradictions": [
            {
                "proposition": "budget shortfalls played a role in the Benghazi security failures",
                "claim": [
                    ("_1", 'saying budget issues are a "bipartisan problem."'),
                    (
                        "_1",
                        "Clinton noted that the review board that examined the Libya attack found budget issues",
                    ),
                ],
                "denial": [
                    ("_1", "the size of the attack -- and not the money -- was the issue"),
                    ("_1", "any suggestion that this is a budget issue is off base, or political"),
                ],
            },
            {
                "proposition": "the motivation of the Benghazi attackers is known",
                "claim": [
                    ("_2", "It's pretty clear what the motivation was"),
                ],
                "denial": [
                    ("_2", "found that it was impossible to say what exactly motivated the attackers"),
                    ("_2", "There are key questions surrounding the identity, actions and motivations"),
                ],
            },
        ],
    },
    {
        "event": "basil:c9e4d35f-aeae-462b-a8bf-e08d09a93b6e",
        "about": "Mueller's office disputes BuzzFeed's report that Trump directed Cohen to lie to Congress",
        "measures": [
            {
                "name": "year of the election Russia interfered in",
                "kind": "agreement",
                "figures": [
                    ("_1", "alleged Russian interference in the [2016] election"),
                    ("_2", "investigating Russian interference in the [2016] election"),
                    ("_2", "to sabotage the [2016] presidential election"),
                ],
            },
            {
                "name": "law enforcement officials BuzzFeed cited",
                "kind": "agreement",
                "figures": [
                    ("_1", "citing [two] law enforcement officials"),
                    ("_3", "Citing [two] federal law enforcement officials"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Trump directed Cohen to lie to Congress",
                "claim": [
                    ("_1", "he was told to lie to Congress about the potential real-estate deal in Moscow"),
                    ("_3", "BuzzFeed’s Thursday night report claimed that Trump directed Cohen to lie"),
                ],
                "denial": [
                    ("_1", "Trump’s team had also denied the claims in the article"),
                    ("_2", "and that is ’categorically false,’"),
                    (
                        "_2",
                        "said that Mr. Cohen did not state that the president had pressured him to lie to Congress",
                    ),
                ],
            },
            {
                "proposition": "BuzzFeed's report on Cohen's statements to the special counsel is accurate",
                "claim": [
                    ("_1", "“we stand by our reporting and the sources who informed it"),
                    ("_1", "we’ve seen no indication that any specific aspect of our story is inaccurate"),
                    ("_2", "“We stand by our reporting and the sources who informed it"),
                    ("_3", "“We stand by our reporting and the sources who informed it"),
                ],
                "denial": [
                    ("_1", "regarding Michael Cohen’s Congressional testimony are not accurate"),
                    ("_2", "regarding Michael Cohen’s congressional testimony are not accurate"),
                    ("_3", "regarding Michael Cohen’s Congressional testimony are not accurate"),
                ],
            },
        ],
    },
    {
        "event": "basil:d16050b3-979f-4834-90db-b8823691b87e",
        "about": "Kathy Griffin apologizes for a photo shoot with a bloodied Trump head; Trump lashes out",
        "measures": [],
        "contradictions": [],
    },
    # ------------------------------------------------------------------ pac: every ninth unused event id
    {
        "event": "pac:STORY_100",
        "about": "Religions on when life begins (NPR) and abortion survivors on Mother's Day (Fox News)",
        "measures": [],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_116",
        "about": "The House passes a gun bill raising the age to buy semi-automatic rifles; it faces defeat in the Senate",
        "measures": [
            {
                "name": "minimum age to buy a semi-automatic rifle under the bill",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Gun Ownership To [21]\n"),
                    ("_DOCUMENT_0", "Gun Ownership To [21] ."),
                    ("_DOCUMENT_0", "certain semi-automatic rifles to [21] ,"),
                    ("_DOCUMENT_1", "increase the minimum age to buy such weapons to [21] ."),
                    ("_DOCUMENT_1", "We should not let a person [under 21] buy"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_129",
        "about": "A judge ends the Title 42 border expulsions; the border crisis is expected to worsen",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the border is secure",
                "claim": [
                    ("_DOCUMENT_1", "told Congress , “ yes , ” the border is secure"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "We do not think that word means what he thinks it means"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_137",
        "about": "Trump's tax returns are released by the House Ways and Means Committee",
        "measures": [
            {
                "name": "years of Trump's tax returns released",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "significant losses over the [six years]"),
                    ("_DOCUMENT_0", "[Six years] of Trump’s returns will now be available"),
                    ("_DOCUMENT_1", "which cover [six years] of Trump's life"),
                ],
            },
            {
                "name": "Trump's years in office without the mandatory IRS audit",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "weren’t audited during his [first two years] in office"),
                    ("_DOCUMENT_1", "failed to do so during Trump’s [first two years] in office"),
                ],
            },
            {
                "name": "start of the Democrats' legal fight for Trump's returns",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Neal sued the Treasury Department [in 2019]"),
                    ("_DOCUMENT_1", "to try to obtain the returns [for more than three years]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_150",
        "about": "Opinion on the IRS expansion: 87,000 new agents coming for the middle class, or a lie",
        "measures": [
            {
                "name": "new IRS agents",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "desired army of [87,000] new IRS agents"),
                    ("_DOCUMENT_0", "If Biden’s [87,000] new agents"),
                    ("_DOCUMENT_1", "poised to hire [87,000] new agents"),
                    ("_DOCUMENT_1", "there’s no plan to add [87,000] agents"),
                    ("_DOCUMENT_1", "a fraction of that [87,000]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the IRS is to hire 87,000 new agents",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "passed a bill to cancel President Joe Biden ’s desired army of 87,000 new IRS agents",
                    ),
                    ("_DOCUMENT_1", "that the agency is poised to hire 87,000 new agents"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "That's a lie"),
                    ("_DOCUMENT_1", "In fact, there’s no plan to add 87,000 agents"),
                ],
            },
            {
                "proposition": "the expanded IRS will go after low- and middle-income taxpayers",
                "claim": [
                    ("_DOCUMENT_0", "Biden's IRS army is not coming for billionaires — it's coming for you"),
                    ("_DOCUMENT_0", "within the much larger pool of middle-income taxpayers"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "And there’s no plan to go after the poor or middle-class"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_25",
        "about": "Paul Ryan seeks the House speakership facing the debt limit and the Freedom Caucus's demands",
        "measures": [
            {
                "name": "when the debt limit must be raised",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "to address the [Nov. 3] deadline"),
                    ("_DOCUMENT_1", "government ’s debt [in just a couple of weeks]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_35",
        "about": "The Vatican says the Church cannot bless same-sex unions",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Pope Francis advocated civil union laws for same-sex couples",
                "claim": [
                    (
                        "_DOCUMENT_1",
                        "it seemed that Francis had advocated for civil union laws for same-sex couples",
                    ),
                    ("_DOCUMENT_1", "What we have to create is a civil union law"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "But the Vatican quickly rowed back from those remarks"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_43",
        "about": "Same-sex marriage: an opinion column on rights, and a judge voids Idaho's ban",
        "measures": [],
        "contradictions": [
            {
                "proposition": "marrying a person of the same sex is a fundamental right",
                "claim": [
                    (
                        "_DOCUMENT_1",
                        "unconstitutionally deny gay and lesbian citizens their fundamental right to marry",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_0", "same sex marriage is not really a right but a preference"),
                    ("_DOCUMENT_0", "Since no one can reasonably show that same sex marriage is a right"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_52",
        "about": "The House Democrats' tax plan (who pays more) and liberal groups urging higher taxes",
        "measures": [],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_63",
        "about": "Senators Manchin and Toomey reach a bipartisan deal on gun background checks",
        "measures": [
            {
                "name": "Republican senators expected to vote with Democrats to begin the gun debate",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "believe [as many as a dozen] GOP senators"),
                    ("_DOCUMENT_1", "[At least nine] Republican senators have signaled"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_77",
        "about": "Granholm and Buttigieg on the infrastructure talks with Senate Republicans",
        "measures": [
            {
                "name": "Biden's infrastructure plan",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "the president ’s [$ 1.7 trillion] plan"),
                    ("_DOCUMENT_1", "initial demand to [$ 1.7 trillion]"),
                ],
            },
            {
                "name": "spending the latest Republican counteroffer added",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "GOP counteroffer that added [$ 50 billion] in spending"),
                    ("_DOCUMENT_1", "in new spending by [roughly $ 50 billion]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_87",
        "about": "Clinton calls the Benghazi committee partisan before testifying; Gowdy's attendance at its interviews",
        "measures": [
            {
                "name": "year of the Benghazi attack",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "investigating the [2012] Benghazi terrorist attacks"),
                    ("_DOCUMENT_0", "behind the [2012] terrorist attacks"),
                    ("_DOCUMENT_1", "who survived the [2012] attack ."),
                    ("_DOCUMENT_1", "account of the [2012] attack on a U.S. consulate"),
                ],
            },
            {
                "name": "witnesses the Benghazi committee has interviewed",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "we ’ve already talked to [50] people not named Clinton"),
                    ("_DOCUMENT_1", "there have been [53] interviews and depositions"),
                    ("_DOCUMENT_1", "fewer than 10 of the [53] ."),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Benghazi committee is meant to hurt Clinton's presidential campaign",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "they ended up becoming a partisan arm of the Republican National Committee",
                    ),
                    (
                        "_DOCUMENT_0",
                        "who have suggested the Benghazi committee is designed to drive down her poll numbers",
                    ),
                    ("_DOCUMENT_1", "designed to go after people and an individual , Hillary Clinton"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "Mr. Gowdy has vehemently denied that characterization"),
                    ("_DOCUMENT_1", "insists his Benghazi Committee investigation is n't about hurting"),
                ],
            },
            {
                "proposition": "Gowdy attends mostly the interviews of people connected to Clinton",
                "claim": [
                    ("_DOCUMENT_1", "Gowdy is mostly there for the people directly connected to Clinton"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "He has attended to far more matters that do not involve Clinton than those that do",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ the extension: positions 1, 1 + k, 1 + 2k
    {
        "event": "basil:0d10341a-9dba-4374-a524-814c300d1611",
        "about": "Trump says the partial shutdown over his border wall could last months or years",
        "measures": [
            {
                "name": "money Trump demands for the border wall",
                "kind": "disagreement",
                "figures": [
                    ("_1", "his demand for [more than $5 billion] for funding"),
                    ("_1", "Trump has said that [$5 billion] in funding"),
                    ("_2", "demands for [billions of dollars] for a border wall"),
                    ("_2", "we’re asking for [$5.6” billion]"),
                    ("_3", "force Congress to spend [billions of dollars] on a wall"),
                    ("_3", "appropriate [$5.7 billion] for that project"),
                    ("_3", "but he needed [billions of dollars] anyway"),
                ],
            },
            {
                "name": "how long the shutdown has lasted",
                "kind": "evolving",
                "figures": [
                    ("_1", "on the [14th day] of the shutdown"),
                    ("_2", "dragging into its [12th day]"),
                    ("_3", "closed in on [the two-week mark]"),
                ],
            },
            {
                "name": "federal employees affected by the shutdown",
                "kind": "agreement",
                "figures": [
                    ("_2", "affecting [800,000] federal employees"),
                    ("_3", "[about 800,000] federal employees"),
                ],
            },
            {
                "name": "when the shutdown began",
                "kind": "agreement",
                "figures": [
                    ("_2", "since the shutdown began on [Dec. 22]"),
                    ("_3", "operating money at [midnight Dec. 21]"),
                ],
            },
            {
                "name": "when Trump last met the Democratic leaders before the meeting",
                "kind": "agreement",
                "figures": [
                    ("_2", "the first in [22 days]"),
                    ("_3", "since their [Dec. 11] meeting with Trump"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:2b9468af-4ab0-4f25-85f4-c3ef93d72006",
        "about": "Susan Rice calls Netanyahu's planned speech to Congress destructive to U.S.-Israel ties",
        "measures": [
            {
                "name": "date of Netanyahu's speech to Congress",
                "kind": "agreement",
                "figures": [
                    ("_1", "The speech, scheduled for [March 3]"),
                    ("_2", "ahead of his speech in [March]"),
                    ("_3", "set for [March 3]"),
                ],
            },
            {
                "name": "time between the speech and the Israeli elections",
                "kind": "agreement",
                "figures": [
                    ("_1", "deliver the speech [two weeks] before the Israeli elections"),
                    ("_2", "Netanyahu [two weeks] in advance of his election"),
                    ("_2", "meet with the leader [two weeks] before the Israeli elections"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Netanyahu's visit to address Congress is partisan",
                "claim": [
                    ("_1", "has “injected a degree of partisanship"),
                    ("_2", "there has now been injected a degree of partisanship"),
                ],
                "denial": [
                    ("_1", "could compound the misperception of partisanship regarding my upcoming visit"),
                    ("_3", 'could "compound the misperception of partisanship" surrounding his visit'),
                    ("_3", "my sole intention in accepting it was to voice Israel's grave concerns"),
                ],
            },
        ],
    },
    {
        "event": "basil:3db93526-a344-4ea4-8772-3734d0cfdfb1",
        "about": "Rick Perry's Iowa ad vows to end 'Obama's war on religion'",
        "measures": [],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_102",
        "about": "Biden on the leaked draft overturning Roe v. Wade; an opinion piece on his abortion stance",
        "measures": [],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_117",
        "about": "Who is to blame for high gas prices: Big Oil's profits or Biden's policies",
        "measures": [
            {
                "name": "price of a gallon of gasoline",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "contributed to [nearly $5 per gallon] of gasoline"),
                    ("_DOCUMENT_0", "it means [$5] gas prices"),
                    ("_DOCUMENT_1", "blamed [$5-a-gallon] gas"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "oil companies are price gouging at the pump",
                "claim": [
                    ("_DOCUMENT_1", "There is ample evidence of price gouging"),
                    ("_DOCUMENT_1", "Big Oil is price gouging families because they can"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "not because the firms are manipulating costs, according to market analysts",
                    ),
                    ("_DOCUMENT_1", "despite no evidence of price gouging"),
                ],
            },
            {
                "proposition": "Biden's energy and climate policies are the cause of high gas prices",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "Republicans have grasped onto the notion that Mr. Biden‘s climate change initiatives",
                    ),
                    (
                        "_DOCUMENT_1",
                        "the elite Democrats that support President Biden’s environmental policies",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_0", "high prices are primarily thanks to the pandemic and Russia"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_13",
        "about": "Eighteen states sue the Trump administration over the halted Obamacare subsidy payments",
        "measures": [
            {
                "name": "states suing over the halted subsidies",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "[18] states sue Trump administration"),
                    ("_DOCUMENT_0", "A total of [18] states"),
                    ("_DOCUMENT_1", "attorneys general from [18] states"),
                ],
            },
            {
                "name": "cost of the halted subsidy payments",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "the [billions of dollars] in subsidies would end"),
                    ("_DOCUMENT_1", "It will cost [about $7 billion] this year"),
                ],
            },
        ],
        "contradictions": [],
    },
]
