"""A sixth fresh comparison gold, written by hand on events that no Parallax run has seen (issue 9).

Same form as ``written.py`` and ``written_fresh.py`` .. ``written_fresh5.py`` (read their docstrings): each
figure is an *anchor*, a piece of the article's input text with the figure in square brackets, a leading "!"
marking an outlier of an agreement; each statement of a contradiction is a piece of its sentence.
``build.py --fresh6`` turns this file into ``events_fresh6.jsonl`` (every event ``part: fresh6``) and checks
every span by slicing the input.

These events are scored once, at the very end, as the estimate for unseen stories; nobody may run Parallax
on their articles before that. How they were chosen (a fixed rule, not by their content):
``docs/bench/comparison_fresh6.md``. Events are written in the rule's order, the two corpora alternately
(basil 1, pac 1, basil 2, pac 2, ..., then the remaining pac).

Articles are named by the suffix of their id: ``_1`` is ``basil/UUID_1`` in event ``basil:UUID``,
``_DOCUMENT_0`` is ``pac/STORY_7_DOCUMENT_0`` in event ``pac:STORY_7``.
"""

from __future__ import annotations

from typing import Any

EVENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ position 1
    {
        "event": "basil:ad409798-ee94-4436-92c5-92669193be14",
        "about": "Trump accuses social media companies of discriminating against conservative voices",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Twitter shadow bans conservative accounts",
                "claim": [
                    ("_1", "accounts from top Republicans including GOP Chairwoman Ronna McDaniel"),
                    ("_2", "as proof of biased attacks on their views"),
                ],
                "denial": [
                    ("_1", "We do not shadow ban"),
                    ("_2", "Twitter has said that it does not shadow ban users"),
                ],
            },
            {
                "proposition": "social media companies discriminate against conservatives",
                "claim": [
                    (
                        "_2",
                        "“Social Media is totally discriminating against Republican/Conservative voices,”",
                    ),
                    ("_3", "claiming they were “totally discriminating against Republican/Conservative"),
                ],
                "denial": [
                    ("_1", "the company has also denied being biased against conservatives"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_104",
        "about": "The leaked draft opinion overturning Roe: the court out of step with Americans; the leak a crime",
        "measures": [],
        "contradictions": [],
    },
    # ------------------------------------------------------------------ position 2
    {
        "event": "basil:b7021938-ff8d-42ea-adec-5704c0b65237",
        "about": "House Intelligence Committee Republicans demand Adam Schiff's resignation as chairman after Mueller",
        "measures": [
            {
                "name": "year of the election Russia intervened in",
                "kind": "agreement",
                "figures": [
                    ("_1", "Russia during the [2016] presidential election"),
                    ("_2", "intervention in the [2016] presidential election"),
                    ("_3", "with Russia to win the [2016] election"),
                ],
            },
            {
                "name": "pages of Barr's summary of the Mueller report",
                "kind": "agreement",
                "figures": [
                    ("_1", "William Barr's [four-page] summary"),
                    ("_2", "behind the [four-page] summary"),
                ],
            },
            {
                "name": "length of Mueller's investigation",
                "kind": "agreement",
                "figures": [
                    ("_2", "completed his [22-month] investigation"),
                    ("_3", "after the [nearly two-year] probe"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "there was collusion between the Trump campaign and Russia",
                "claim": [
                    ("_1", "“Undoubtedly, there is collusion,” Schiff told"),
                    ("_3", "“Undoubtedly there is collusion,” Schiff told"),
                ],
                "denial": [
                    ("_1", "which turned up no evidence of collusion between Trump campaign members"),
                    ("_2", "Mr. Mueller had not found the Trump campaign to have taken part in a conspiracy"),
                ],
            },
            {
                "proposition": "Mueller's findings refute Schiff's assertions (exonerate the president)",
                "claim": [
                    ("_2", "“The findings of the special counsel conclusively refute your past"),
                ],
                "denial": [
                    ("_3", "it “also does not exonerate him.”"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_110",
        "about": "Covid relief funding dropped from the spending bill: Democrats will be blamed, or no more money is needed",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the health department has run out of covid funds",
                "claim": [
                    ("_DOCUMENT_0", "Department of Health and Human Services has run out of funds for tests"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "they still had an unobligated $18 billion for testing"),
                ],
            },
            {
                "proposition": "more covid funding is needed",
                "claim": [
                    ("_DOCUMENT_0", "not funding the national response seems shortsighted"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "There is no need for more COVID money"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 3
    {
        "event": "basil:ccf19ab6-7878-4378-b99c-2b08cc21371f",
        "about": "House Republicans prepare immigration principles; McCarthy backs legal status without citizenship",
        "measures": [
            {
                "name": "Latino share of McCarthy's district",
                "kind": "agreement",
                "figures": [
                    ("_1", "his district is [35 percent] Latino"),
                    ("_3", "district is [roughly 35 percent] Latino"),
                ],
            },
            {
                "name": "undocumented immigrants in the country",
                "kind": "agreement",
                "figures": [
                    ("_2", "many of the [11 million] undocumented"),
                    ("_3", "estimated [11 million] undocumented"),
                    ("_3", "deporting all [11 million] undocumented"),
                ],
            },
            {
                "name": "month the Senate passed its immigration bill",
                "kind": "agreement",
                "figures": [
                    ("_2", "passed a broad bipartisan measure in [June]"),
                    ("_3", "after it passed in the Senate in [June]"),
                ],
            },
            {
                "name": "McCarthy's rank among House Republicans",
                "kind": "agreement",
                "figures": [
                    ("_2", "both the [third]-ranking Republican"),
                    ("_3", "who is the [third]-ranking Republican"),
                    ("_3", "[Third]-Highest Ranking Republican"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "legal status for undocumented immigrants is amnesty",
                "claim": [
                    ("_2", "oppose any form of legal status as “amnesty.”"),
                    ("_3", "giving those immigrants any kind of break would amount to amnesty"),
                ],
                "denial": [
                    ("_1", "There won't be amnesty inside it"),
                    ("_3", "There won’t be amnesty inside it"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_120",
        "about": "Sinema agrees to the climate and tax deal after the carried interest provision is removed",
        "measures": [
            {
                "name": "rate of the new tax on stock buybacks",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "added a new [1 percent] excise tax"),
                    ("_DOCUMENT_1", "tack on a [1%] tax on stock buybacks"),
                ],
            },
        ],
        "contradictions": [],
    },
    # ------------------------------------------------------------------ position 4
    {
        "event": "basil:d1344998-0e7c-409e-aaad-df5be687fc94",
        "about": "Federal prosecutors subpoena Christie's campaign and the New Jersey GOP over the bridge lane closures",
        "measures": [
            {
                "name": "subpoenas the campaign and party received",
                "kind": "agreement",
                "figures": [
                    ("_2", "[All three] subpoenas focus"),
                    ("_3", "[All three] subpoenas focus"),
                ],
            },
            {
                "name": "length of the lane closures",
                "kind": "agreement",
                "figures": [
                    ("_2", "were closed for [four days]"),
                    ("_3", "which lasted for [four days]"),
                ],
            },
            {
                "name": "month of the lane closures",
                "kind": "agreement",
                "figures": [
                    ("_2", "four days in [September]"),
                    ("_3", "Fort Lee, N.J., in [September]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Christie's lieutenant governor threatened to withhold Sandy aid from Hoboken",
                "claim": [
                    ("_1", "had threatened in May to withhold federal recovery aid"),
                ],
                "denial": [
                    ("_1", "Kim Guadagno, emphatically denied the allegations"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_127",
        "about": "Biden's decision on ConocoPhillips' Willow oil project in Alaska: support, opposition, drilling pads",
        "measures": [
            {
                "name": "drilling pads the Bureau of Land Management recommended",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "requested by ConocoPhillips to [three]"),
                    ("_DOCUMENT_1", "the project with [three] drilling pads"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Willow project is acceptable for the climate",
                "claim": [
                    ("_DOCUMENT_1", "vow the project will produce fossil fuel in a cleaner way"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "would have a devastating effect on public lands and our climate"),
                    ("_DOCUMENT_1", "This is a huge climate threat"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 5
    {
        "event": "basil:dd1e6e3b-f36c-4064-8ef9-940984e9afa2",
        "about": "Donald Trump Jr. corresponded with WikiLeaks during the campaign and releases the messages",
        "measures": [
            {
                "name": "year of the presidential election",
                "kind": "agreement",
                "figures": [
                    ("_1", "corresponded with WikiLeaks before the [2016] presidential election"),
                    ("_2", "conversations during the [2016] presidential campaign"),
                    ("_3", "during the [2016] presidential race"),
                    ("_3", "the outcome of the [2016] election"),
                ],
            },
            {
                "name": "date of the meeting with a Russian lawyer",
                "kind": "agreement",
                "figures": [
                    ("_1", "In [June 2016], Trump Jr. accepted"),
                    ("_2", "met with Russians in [June 2016]"),
                    ("_3", "attorney in [June 2016] who"),
                ],
            },
            {
                "name": "start of the correspondence with WikiLeaks",
                "kind": "agreement",
                "figures": [
                    ("_1", "Twitter account on [September 20, 2016]"),
                    ("_3", "between [September 2016] and"),
                ],
            },
            {
                "name": "date of the last WikiLeaks message",
                "kind": "agreement",
                "figures": [
                    ("_2", "received from WikiLeaks was in [July]"),
                    ("_3", "September 2016 and [July 2017]"),
                ],
            },
            {
                "name": "date of WikiLeaks' message about the 'just drone' story",
                "kind": "agreement",
                "figures": [
                    ("_1", "In a separate [October 2016] exchange"),
                    ("_2", "to Mr. Trump on [Oct. 3, 2016]"),
                ],
            },
            {
                "name": "month of Trump Jr.'s Senate Judiciary Committee interview",
                "kind": "agreement",
                "figures": [
                    ("_2", "[In September], Mr. Trump acknowledged"),
                    ("_3", "campaign’s Russia ties, in [September]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Trump campaign was in contact with WikiLeaks",
                "claim": [
                    ("_1", "corresponded with WikiLeaks before the 2016 presidential election"),
                    ("_2", "had multiple online conversations during the 2016 presidential campaign"),
                ],
                "denial": [
                    ("_3", "claimed the campaign had not been in contact with WikiLeaks"),
                    ("_3", "Nothing could be further from the truth"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_132",
        "about": "Mississippi's governor signs a ban on gender transition procedures for minors",
        "measures": [
            {
                "name": "age under which the procedures are banned",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "puberty blockers to people [under 18]"),
                    ("_DOCUMENT_1", "healthcare for anyone [under 18]"),
                    ("_DOCUMENT_1", "to anyone [under the age of 18]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "gender transition care for minors rests on a false ideology and pseudoscience",
                "claim": [
                    ("_DOCUMENT_0", "It's advancing under the guise of a false ideology and pseudoscience"),
                    ("_DOCUMENT_1", "It’s advancing under the guise of a false ideology and pseudo-science"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "Recent research suggests that gender-affirming care like hormone therapy",
                    ),
                    ("_DOCUMENT_1", "Reeves parroted anti-trans claims that have been largely debunked"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 6
    {
        "event": "basil:df5fe55a-dfcb-4817-8631-830f47c21a72",
        "about": "Summers warns of a double-dip recession without the tax deal; Biden sells it to angry Democrats",
        "measures": [
            {
                "name": "time Summers gives Congress to pass the bill",
                "kind": "agreement",
                "figures": [
                    ("_2", "pass this bill in the [next couple of weeks]"),
                    ("_3", "pass this bill in the [next couple weeks]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "failing to pass the tax deal soon would risk a double-dip recession",
                "claim": [
                    ("_1", "“would significantly increase the risk” of a double-dip recession"),
                    ("_2", "Larry Summers warned Wednesday that failure to pass"),
                    ("_3", "warning on Wednesday that inaction would"),
                ],
                "denial": [
                    ("_3", "The wait would not cause a double dip"),
                ],
            },
            {
                "proposition": "Democrats broadly oppose the tax deal",
                "claim": [
                    ("_1", "about 30 Democratic senators remained “firmly opposed”"),
                    ("_2", "There does not seem to be a majority of the Democrats who support the deal"),
                ],
                "denial": [
                    ("_1", "emphatically disputed that Democrats generally feel betrayed"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_138",
        "about": "Biden's prospects for 2024: document troubles as Democrats weigh him, or a 'morning in America'",
        "measures": [
            {
                "name": "year of the next presidential election",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "their best [2024] bet"),
                    ("_DOCUMENT_0", "will be a candidate in [2024]"),
                    ("_DOCUMENT_0", "by the time [2024] rolls around"),
                    ("_DOCUMENT_0", "begin their [2024] decision-making"),
                    ("_DOCUMENT_1", "Democratic blowout in [2024]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Democrats' prospects with Biden are getting worse",
                "claim": [
                    ("_DOCUMENT_0", "The steady drip of new document news is already sapping the enthusiasm"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "things look far better for Democrats now than almost anyone imagined"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 7
    {
        "event": "basil:df6a55fb-dfe5-4362-89a6-8c040d648a70",
        "about": "Congressional intelligence committees subpoena Flynn and his businesses after he invokes the Fifth",
        "measures": [
            {
                "name": "Flynn businesses the Senate committee subpoenaed",
                "kind": "agreement",
                "figures": [
                    ("_1", "responded with [two] additional subpoenas"),
                    ("_2", "subpoenas [two] Flynn businesses"),
                    ("_2", "they had subpoenaed [two] of former"),
                    ("_3", "to Mr. Flynn’s [two] firms"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Flynn can invoke the Fifth Amendment to withhold the documents",
                "claim": [
                    (
                        "_1",
                        "Citing the Fifth Amendment right against self-incrimination, Flynn’s lawyer said",
                    ),
                    ("_2", "his client will invoke his Fifth Amendment protection"),
                ],
                "denial": [
                    ("_1", "the Fifth Amendment right not to provide materials or documents is limited"),
                    ("_2", "A business does not have the right to take the fifth"),
                    ("_2", "questioning whether his client can indeed invoke the Fifth Amendment"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_145",
        "about": "Migrants flown to Martha's Vineyard sue DeSantis alleging fraud; his office says they went voluntarily",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the migrants were deceived into taking the flights",
                "claim": [
                    ("_DOCUMENT_0", "The Doe Defendants made false promises and false representations"),
                    ("_DOCUMENT_1", "alleging they were victims of fraud for political purposes"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "saying the migrants made a voluntary journey to Martha"),
                    ("_DOCUMENT_1", "was done on a voluntary basis"),
                ],
            },
            {
                "proposition": "DeSantis broke the law with the flights",
                "claim": [
                    ("_DOCUMENT_0", "Rachel Self also accused DeSantis of “ kidnapping ”"),
                    (
                        "_DOCUMENT_1",
                        "violated constitutional protections under the Fourth and Fourteenth Amendments",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_1", "DeSantis has insisted that no laws were broken"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 8
    {
        "event": "basil:e71d149d-0426-43f0-87e8-8c611dad7205",
        "about": "Democrats and 2020 candidates demand the full and immediate release of the Mueller report",
        "measures": [
            {
                "name": "year of the election Russia interfered in",
                "kind": "agreement",
                "figures": [
                    ("_1", "members of Trump’s [2016] presidential campaign"),
                    ("_2", "interference in the [2016] presidential election"),
                    ("_3", "Russia and the [2016] election"),
                    ("_3", "the president and his [2016] campaign"),
                ],
            },
            {
                "name": "year of the coming presidential race",
                "kind": "agreement",
                "figures": [
                    ("_1", "[2020] Dems demand"),
                    ("_1", "The [2020] Democratic presidential candidates"),
                    ("_1", "pointed to the [2020] presidential election"),
                    ("_2", "several [2020] presidential candidates"),
                    ("_3", "[2020] Candidates Demand"),
                    ("_3", "Mr. Trump and the [2020] race"),
                    ("_3", "formally kick off her [2020] campaign"),
                ],
            },
            {
                "name": "length of Mueller's investigation",
                "kind": "agreement",
                "figures": [
                    ("_1", "Mueller’s [nearly two-year-long] investigation"),
                    ("_2", "After [nearly two years] of investigation"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Trump's campaign sought to collude with Russia",
                "claim": [
                    ("_1", "sought to, however ham-handedly, collude"),
                    ("_3", "at least sought to collude with the Russian government"),
                ],
                "denial": [
                    ("_1", "investigation found no evidence of Trump-Russia collusion"),
                    ("_1", "did not establish that members of Trump’s 2016 presidential campaign conspired"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_15",
        "about": "Obama's NSA speech: Hayden expects him to hold his ground; a third party may hold phone metadata",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the NSA will keep holding the phone data",
                "claim": [
                    ("_DOCUMENT_0", "NSA will continue to hold the data"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "Obama would be proposing that the NSA relinquish control"),
                    ("_DOCUMENT_1", "recommend that a third party retain"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 9
    {
        "event": "basil:eadabee7-3db9-43c4-a485-3e8b1882cd3c",
        "about": "Obama meets Sanders at his request and endorses Clinton; Sanders pledges to help defeat Trump",
        "measures": [
            {
                "name": "month of the Democratic National Convention",
                "kind": "agreement",
                "figures": [
                    ("_2", "“to the Democratic National Convention” in [July]"),
                    ("_3", "Convention in Philadelphia in [July]"),
                ],
            },
            {
                "name": "length of the Obama-Sanders meeting",
                "kind": "agreement",
                "figures": [
                    ("_2", "They met for [over an hour]"),
                    ("_3", "which lasted [more than an hour]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Sanders' campaign is coming to an end",
                "claim": [
                    ("_1", "signaled that the campaign of rival Sen. Bernie Sanders"),
                ],
                "denial": [
                    ("_2", "even as Vermont Sen. Sanders vows to stick out the race"),
                    ("_3", "gave no indication that he was ready to leave the race just yet"),
                ],
            },
            {
                "proposition": "Obama stayed impartial between Clinton and Sanders",
                "claim": [
                    ("_2", "And Sanders thanked Obama for his “impartiality”"),
                ],
                "denial": [
                    ("_1", "Obama has privately suggested that Sanders drop out of the race"),
                    ("_3", "Mr. Obama was trying to negotiate, however gently, with him to exit"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_20",
        "about": "House Republicans threaten default or shutdown over the debt ceiling; Obama calls the threats absurd",
        "measures": [
            {
                "name": "year of the previous debt ceiling standoff",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "hit the debt ceiling in [2011]"),
                    ("_DOCUMENT_1", "Standard & Poor’s in [2011] downgraded"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "House Republicans would shut the government down to force spending cuts",
                "claim": [
                    ("_DOCUMENT_0", "possible that we would shut the government"),
                    ("_DOCUMENT_1", "she thinks House Republicans could very well shut down the government"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "they do not think the Speaker is willing make good on these threats"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 10
    {
        "event": "basil:ed8c136f-8d44-4c83-ad05-0dcfc3a0c54a",
        "about": "Attorney General Holder visits Ferguson after Michael Brown's death; the grand jury begins",
        "measures": [
            {
                "name": "date of Michael Brown's death",
                "kind": "agreement",
                "figures": [
                    ("_2", "since the [August 9] death"),
                    ("_3", "white police officer on [Aug. 9]"),
                ],
            },
            {
                "name": "arrests on Tuesday night",
                "kind": "agreement",
                "figures": [
                    ("_2", "compared to [47] the previous night"),
                    ("_3", "did make [47] arrests overnight"),
                ],
            },
            {
                "name": "time since the shooting (days of unrest)",
                "kind": "agreement",
                "figures": [
                    ("_2", "police officer [almost two weeks] earlier"),
                    ("_2", "Ferguson has endured [more than a week] of unrest"),
                    ("_3", "after [12 days] of protests and unrest"),
                ],
            },
            {
                "name": "times Holder was stopped on the New Jersey Turnpike",
                "kind": "agreement",
                "figures": [
                    ("_1", "accused of speeding [twice] in the past"),
                    ("_2", "he was stopped [twice] on the New Jersey Turnpike"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "prosecutor McCulloch cannot be impartial in the case",
                "claim": [
                    ("_2", "question his ability to be impartial in the case"),
                    ("_3", "They argued that he could not be impartial"),
                ],
                "denial": [
                    ("_2", "has insisted his background will have no bearing"),
                    ("_3", "categorically rejected that notion"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_26",
        "about": "Trump wins the Nevada caucuses, his third straight victory; Rubio and Cruz far behind",
        "measures": [
            {
                "name": "Trump's consecutive wins",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "rolling to his [third straight] victory"),
                    ("_DOCUMENT_1", "Trump gets a [third straight] win"),
                    ("_DOCUMENT_1", "Trump to his [third straight] win"),
                ],
            },
            {
                "name": "Trump's share of the Hispanic vote",
                "kind": "disagreement",
                "figures": [
                    ("_DOCUMENT_0", "He even won [44 percent] of the Hispanic vote"),
                    ("_DOCUMENT_1", "[Forty - six percent] with Hispanics"),
                ],
            },
            {
                "name": "share of caucus-goers angry at the federal government",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "showing that [about six in 10] caucus voters"),
                    ("_DOCUMENT_1", "[Nearly six in 10] caucus - goers"),
                ],
            },
            {
                "name": "nominating contests held so far",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "told supporters that the [first four] nominating contests"),
                    ("_DOCUMENT_0", "then the [first four] states have performed"),
                    ("_DOCUMENT_1", "reality that the [first four] states have shown"),
                ],
            },
            {
                "name": "year of the previous Nevada caucuses",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "turnout for the [2012] caucuses"),
                    ("_DOCUMENT_1", "Romney to victory here in [2012]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "caucus volunteers in Trump clothing intimidated voters",
                "claim": [
                    ("_DOCUMENT_1", "sparking an outcry and allegations of voter intimidation"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Volunteers went through extensive training"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ the remaining pac, in rule order
    {
        "event": "pac:STORY_31",
        "about": "Trump's administration misses the Russia sanctions deadline but releases a list of Russians",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the administration is implementing the Russia sanctions law",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "this legislation and its implementation are deterring Russian defense sales",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Trump just decided not to sanction Russia for its election meddling"),
                    ("_DOCUMENT_1", "he failed to meet a deadline to impose sanctions"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_37",
        "about": "Obama warns he will not negotiate over the debt ceiling; Republicans insist on spending cuts",
        "measures": [
            {
                "name": "rank of the 2011 credit downgrade",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "was down for the [first time] in our history"),
                    ("_DOCUMENT_1", "U.S. debt for the [first time] in 70 years"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "raising the debt limit adds to spending",
                "claim": [
                    ("_DOCUMENT_0", "only contributes to Washington 's spending problem"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "raising the debt ceiling does not authorize any new spending"),
                ],
            },
            {
                "proposition": "Republicans are holding the economy hostage",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "They will not collect a ransom in exchange for not crashing the economy",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_1", "It is the president who is holding our economy hostage"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_41",
        "about": "Trump endorses Paul Ryan, McCain and Ayotte days after refusing to",
        "measures": [
            {
                "name": "month of the elections",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "campaigns for re-election in [November]"),
                    ("_DOCUMENT_1", "potential landslide Trump loss in [November]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_46",
        "about": "New Hampshire abolishes the death penalty as the state senate overrides Governor Sununu's veto",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the repeal leaves Addison's death sentence in place",
                "claim": [
                    ("_DOCUMENT_1", "the repeal bill would not apply retroactively to Michael Addison"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Mr Addison ’s sentence will be converted to life in prison"),
                ],
            },
            {
                "proposition": "keeping the death penalty is right",
                "claim": [
                    (
                        "_DOCUMENT_1",
                        "opposing a repeal of the death penalty because it is the right thing to do",
                    ),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "the death penalty cannot exist in a society that aspires to true justice",
                    ),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_50",
        "about": "A heckler urges Obama to halt deportations by executive action; Obama says he lacks the power",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the president has the power to stop deportations",
                "claim": [
                    ("_DOCUMENT_0", "You have a power to stop deportation for all undocumented immigrants"),
                    ("_DOCUMENT_1", "you have the power to stop deportations"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "“ Actually , I do n’t , and that ’s why we are here"),
                    ("_DOCUMENT_1", '" Actually , I do n\'t , " the president replied'),
                ],
            },
            {
                "proposition": "Obama has dismantled immigration enforcement",
                "claim": [
                    ("_DOCUMENT_0", "the president has systematically dismantled interior enforcement"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "which have risen to record levels during his time in the White House"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_58",
        "about": "The US launches a cyberattack on Iran's missile systems after Iran downs a US drone",
        "measures": [
            {
                "name": "deaths Trump was told air strikes would cause",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "after learning [150] people would be killed"),
                    ("_DOCUMENT_1", "told that [150] Iranians would be killed"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the US drone violated Iranian airspace",
                "claim": [
                    ("_DOCUMENT_0", "Our response to anything trespassing Iranian territory is like this"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "US military officials maintain the drone was in international airspace"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_61",
        "about": "Boehner's debt limit plan: a clean vote left to Democrats, or a plan that raises spending",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Boehner's debt limit plan carries nothing else (a clean increase)",
                "claim": [
                    ("_DOCUMENT_0", "raise its debt limit with no strings attached"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Boehner 's plan would increase spending by over $ 8 billion"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_71",
        "about": "Ted Cruz is the first major candidate to announce a 2016 presidential run",
        "measures": [
            {
                "name": "year of the presidential nomination",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Strong GOP [2016] Candidate"),
                    ("_DOCUMENT_0", "Republican presidential nomination in [2016] , making"),
                    ("_DOCUMENT_0", "presidential candidate for [2016] ."),
                    ("_DOCUMENT_1", "Republican presidential nomination in [2016] ."),
                ],
            },
            {
                "name": "Cruz's rank among declared candidates",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "making him the [first] major candidate"),
                    ("_DOCUMENT_1", "became the [first] contender"),
                ],
            },
            {
                "name": "year Cruz beat Dewhurst",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "biggest upsets in the [2012] election"),
                    ("_DOCUMENT_1", "Senate nomination in [2012]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_78",
        "about": "Trump's 1776 Commission report on patriotic education, derided by historians",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the 1776 Commission's report is truthful history",
                "claim": [
                    ("_DOCUMENT_1", "patriotic education that teaches the truth of America"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "This report skillfully weaves together myths, distortions"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_82",
        "about": "The Trump administration finalizes its rollback of Obama-era fuel economy and emissions standards",
        "measures": [
            {
                "name": "year of the Obama fuel economy rule",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "projected in 2025 under the [2012] Obama standard"),
                    ("_DOCUMENT_0", "The EPA noted that the Obama [2012] rule"),
                    ("_DOCUMENT_0", "compared to the [2012] Obama projections"),
                    ("_DOCUMENT_1", "replacement to the [2012] fuel mileage rule"),
                ],
            },
            {
                "name": "fuel economy under the Obama standard by 2025",
                "kind": "disagreement",
                "figures": [
                    ("_DOCUMENT_0", "compared to the [46.7 miles per gallon] projected"),
                    ("_DOCUMENT_1", "from [54 miles per gallon] by 2025"),
                ],
            },
            {
                "name": "target year of the Obama standard",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "miles per gallon projected in [2025] under"),
                    ("_DOCUMENT_1", "54 miles per gallon by [2025]"),
                ],
            },
            {
                "name": "fuel economy under the new rule",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "would amount to [40.4 miles per gallon]"),
                    ("_DOCUMENT_1", "by 2025 to [40 miles per gallon]"),
                ],
            },
            {
                "name": "lives the rule would save",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "would save [thousands] of American lives"),
                    ("_DOCUMENT_1", "result in [thousands] of lives saved"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the rule's benefits (lives saved) outweigh its costs",
                "claim": [
                    ("_DOCUMENT_0", "more lives will be saved and more jobs will be created"),
                    ("_DOCUMENT_1", "The benefits of the final SAFE rule outweigh the costs"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "That math did not bear out"),
                ],
            },
            {
                "proposition": "the rule protects the environment",
                "claim": [
                    ("_DOCUMENT_0", "strikes the right regulatory balance that protects our environment"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "It will harm the air we breathe"),
                ],
            },
        ],
    },
]
