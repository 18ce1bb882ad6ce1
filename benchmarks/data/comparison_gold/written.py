"""The comparison gold as it was written by hand, before any Parallax run on these articles.

Each figure is given by an *anchor*: a piece of the article's input text in which the figure is marked
with square brackets ("the [28 people] in close contact"); a leading "!" marks an outlier of an
agreement. Each statement of a contradiction is given by a piece of its sentence (the whole sentence
is located in the input text). ``build.py`` turns this file into ``events.jsonl`` with character spans
and checks every span by slicing the input text.

Articles are named by the suffix of their id: ``_L`` is ``newswcl50/0_L`` in event ``newswcl50:0``,
``_1`` is ``basil/UUID_1`` in event ``basil:UUID``; dump pages by their file name stem.
"""

from __future__ import annotations

from typing import Any

# Events in list order within each corpus; every second one (2nd, 4th, ...) is set aside.
EVENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ newswcl50
    {
        "event": "newswcl50:0",
        "about": "Pompeo met Kim Jong Un in secret; Trump hosts Abe at Mar-a-Lago",
        "measures": [
            {
                "name": "sites considered for the Trump-Kim meeting",
                "kind": "agreement",
                "figures": [
                    ("_L", "looking at [five sites] for a potential meeting"),
                    ("_LL", "[five locations] were being considered"),
                    ("_M", 'reviewing "[five locations]" as possible'),
                    ("_R", "said [five locations] for the potential summit"),
                ],
            },
            {
                "name": "length of the Trump-Abe meeting",
                "kind": "agreement",
                "figures": [
                    ("_L", "Mar-a-Lago, for [two days] of meetings"),
                    ("_M", "after the [two-day] summit"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "newswcl50:1",
        "about": "Comey memos released to Congress",
        "measures": [
            {
                "name": "pages of the memos",
                "kind": "agreement",
                "figures": [
                    ("_L", "running [15 pages] in total"),
                    ("_RR", "The [15 pages] of Comey's memos"),
                ],
            },
            {
                "name": "House committee chairmen who requested the memos",
                "kind": "agreement",
                "figures": [
                    ("_L", "But [three] House Republican committee chairmen requested"),
                    ("_L", "The [three] Republican chairmen"),
                    ("_M", "The chairmen of the [three] House committees that requested"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Trump obstructed the investigation",
                "claim": [
                    ("_M", "\"President Trump's interference was a blatant effort to deny justice"),
                    ("_M", "Elijah E. Cummings of Maryland, the senior Democrat on the House Committee"),
                ],
                "denial": [
                    ("_M", 'Trump tweeted that the released memos "show clearly that there was NO COLLUSION'),
                    ("_R", "President Trump late Thursday tweeted that the newly released memos"),
                    ("_R", "“James Comey Memos just out show clearly that there was NO COLLUSION"),
                    ("_RR", '"James Comey Memos just out and show clearly that there was NO COLLUSION'),
                ],
            }
        ],
    },
    {
        "event": "newswcl50:2",
        "about": "North Korea suspends nuclear and missile tests",
        "measures": [
            {
                "name": "U.S. troops in South Korea",
                "kind": "agreement",
                "figures": [
                    ("_LL", "the U.S. withdraw [28,500] U.S. troops"),
                    ("_M", "there are [28,500] U.S. troops in South Korea"),
                ],
            },
            {
                "name": "years of conflict on the Korean Peninsula",
                "kind": "agreement",
                "figures": [
                    ("_L", "ending [more than six decades] of conflict"),
                    ("_LL", "engaged in a war for [over 60 years]"),
                ],
            },
            {
                "name": "missiles tested by North Korea in 2017",
                "kind": "agreement",
                "figures": [
                    ("_LL", "the country fired [23] missiles during 16 tests"),
                    ("_R", "a sprint of [over 20] missile tests last year"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "newswcl50:3",
        "about": "The DNC sues Russia, the Trump campaign and WikiLeaks",
        "measures": [
            {
                "name": "damages sought by the lawsuit",
                "kind": "agreement",
                "figures": [
                    ("_R", "filed a [multimillion-dollar] federal lawsuit"),
                    ("_RR", "DNC files [multi-million dollar] lawsuit against Russia"),
                    ("_RR", "The [multi-million dollar] lawsuit comes just one week"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Trump campaign colluded with Russia",
                "claim": [
                    ("_LL", '"During the 2016 presidential campaign, Russia launched an all-out assault'),
                    ("_R", '"During the 2016 presidential campaign, Russia launched an all-out assault'),
                    ("_RR", 'DNC Chairman Tom Perez said in a statement: "During the 2016'),
                ],
                "denial": [
                    ("_L", "The president, who has long denied allegations of collusion"),
                    ("_LL", "Trump has repeatedly denied his campaign colluded with Russia"),
                    ("_M", "Trump has repeatedly said his campaign did not collude"),
                    ("_R", "Trump has strongly – and repeatedly – denied colluding"),
                ],
            }
        ],
    },
    {
        "event": "newswcl50:4",
        "about": "Macron's state visit; Trump on the Iran deal",
        "measures": [],
        "contradictions": [],
    },
    {
        "event": "newswcl50:5",
        "about": "Trump to visit the UK on 13 July",
        "measures": [
            {
                "name": "supporters of the Facebook protest event",
                "kind": "evolving",
                "figures": [
                    ("_LL", "a Facebook event dedicated to a protest had gained [28,000] attendees"),
                    ("_L", "has already amassed [more than 100,000] supporters"),
                ],
            },
            {
                "name": "signatures on the petition against a state visit",
                "kind": "disagreement",
                "figures": [
                    (
                        "_L",
                        "Online petitions against the visit received [hundreds of thousands] of signatures",
                    ),
                    ("_M", "A petition signed by [more than 1.8 million] people"),
                ],
            },
            {
                "name": "Amnesty supporters who will protest",
                "kind": "agreement",
                "figures": [
                    ("_L", "we and [thousands] of our supporters will very definitely"),
                    ("_LL", '"[thousands] of our supporters"'),
                    ("_M", "we and [thousands] of our supporters will very definitely"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "newswcl50:6",
        "about": "The migrant caravan reaches the U.S. border",
        "measures": [
            {
                "name": "migrants going to the border to seek asylum",
                "kind": "disagreement",
                "figures": [
                    ("_L", "[More than 150] migrants, part of a caravan"),
                    ("_L", "when [more than 150] of the participants"),
                    ("_LL", "a group of [about 150] of the caravan's members"),
                    ("_LL", "The [150] migrants, many of whom were children"),
                    ("_LL", "[Between 150 and 200] Central American migrants plan"),
                    ("_M", "[about 200] migrants from Central America prepared"),
                ],
            },
            {
                "name": "people marching on the U.S. side of the border",
                "kind": "agreement",
                "figures": [
                    ("_LL", "a group of [about 100] people chanted"),
                    ("_M", "in San Diego, [about 100] people marched"),
                ],
            },
            {
                "name": "asylum seekers passing the first screening",
                "kind": "agreement",
                "figures": [
                    ("_L", "[More than three quarters] of applicants pass"),
                    ("_R", "[Nearly 80 percent] of asylum-seekers passed"),
                ],
            },
            {
                "name": "couples married at the beach",
                "kind": "agreement",
                "figures": [
                    ("_L", "were among [four] couples who"),
                    ("_M", "[four] young couples exchanged vows"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "newswcl50:7",
        "about": "The White House delays steel and aluminium tariffs on the EU, Canada and Mexico",
        "measures": [
            {
                "name": "tariff on steel",
                "kind": "agreement",
                "figures": [
                    ("_L", "The [25 percent] tariffs on steel"),
                    ("_L", "will face a [25 percent] tariff on steel imports"),
                    ("_LL", "imposed a [25 percent] tariff on steel imports"),
                    ("_M", "without paying the [25%] tariff"),
                    ("_M", "announced a [25%] tariff on steel"),
                    ("_R", "slap tariffs of [25 percent] on imported steel"),
                    ("_RR", "import duties of [25 percent] on steel"),
                ],
            },
            {
                "name": "tariff on aluminium",
                "kind": "agreement",
                "figures": [
                    ("_L", "tariffs on steel and [10 percent] on aluminum"),
                    ("_LL", "a [10 percent] tariff on aluminum"),
                    ("_M", "a [10%] tariff on aluminum"),
                    ("_R", "and [10 percent] on imported aluminum"),
                    ("_RR", "on steel and [10 percent] on aluminum"),
                ],
            },
            {
                "name": "length of the delay",
                "kind": "agreement",
                "figures": [
                    ("_L", "Canada and Mexico for [30 Days]"),
                    ("_L", "and Mexico for another [30 days]"),
                    ("_L", "finalized in the next [30 days]"),
                    ("_L", "after the [30-day] reprieve"),
                    ("_LL", "for a final [30 days]"),
                    ("_M", "described the [30-day] delay"),
                    ("_R", "wait another [30 days] before deciding"),
                ],
            },
            {
                "name": "value of the EU's retaliatory tariffs",
                "kind": "agreement",
                "figures": [
                    ("_LL", "set its own duties on [2.8 billion euros] of U.S. exports"),
                    ("_R", "retaliatory tariffs worth [about $3.5 billion]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "newswcl50:8",
        "about": "Mueller's questions for Trump",
        "measures": [
            {
                "name": "questions Mueller wants to ask Trump",
                "kind": "agreement",
                "figures": [
                    ("_L", "Mueller has [dozens] of inquiries for Trump"),
                    ("_L", "has [at least four dozen] questions"),
                    ("_LL", "ask President Donald Trump [dozens] of open-ended questions"),
                    ("_M", "a list of [almost four dozen] questions"),
                ],
            },
            {
                "name": "people who pleaded guilty to lying",
                "kind": "agreement",
                "figures": [
                    ("_L", "[Four] people, including Mr. Flynn, have pleaded guilty"),
                    ("_LL", "[four] people in the president's orbit have already pleaded guilty"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "newswcl50:9",
        "about": "Netanyahu presents Iran's nuclear archive",
        "measures": [
            {
                "name": "pages of the Iranian files",
                "kind": "agreement",
                "figures": [
                    ("_L", "pored over the [55,000 pages]"),
                    ("_R", "spread over [55,000 pages]"),
                ],
            },
            {
                "name": "CDs of Iranian files",
                "kind": "agreement",
                "figures": [
                    ("_L", "and [183] compact discs"),
                    ("_R", "files on [183] CD's"),
                ],
            },
            {
                "name": "weight of the files",
                "kind": "agreement",
                "figures": [
                    ("_M", 'has obtained "[half a ton]" of secret'),
                    ("_M", 'He said "[half a ton]" of evidence'),
                    ("_R", 'the "[half a ton]" of files'),
                ],
            },
            {
                "name": "secret files Israel obtained",
                "kind": "disagreement",
                "figures": [
                    ("_LL", "[100,000] secret files prove it did"),
                    ("_M", "[Tens of thousands] of secret files and other evidence"),
                    ("_RR", "confirmed that [tens of thousands] of files seized"),
                    ("_RR", "had obtained [hundreds of thousands] of Iranian files"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Iran had a nuclear weapons programme",
                "claim": [
                    ("_LL", '"First, Iran lied about never having a nuclear weapons program.'),
                    ("_M", 'Israel\'s prime minister says his government has obtained "half a ton"'),
                    ("_M", "Netanyahu, in an address televised across Israel, said Iran lied"),
                    ("_RR", "Jennifer Jacobs of Bloomberg News tweeted"),
                ],
                "denial": [
                    ("_M", "Iran has denied ever seeking nuclear weapons."),
                ],
            },
            {
                "proposition": "the seized files are authentic",
                "claim": [
                    ("_RR", "U.S. intelligence reportedly confirmed that tens of thousands of files"),
                ],
                "denial": [
                    ("_M", "Iran's deputy foreign minister and senior nuclear negotiator, Abbas Araghchi"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ basil (the first ten events in file
    # order in which two outlets give a figure for the same thing)
    {
        "event": "basil:38f7cbb7-5d6a-4c89-bcbd-8e164144172a",
        "about": "The White House and Sestak's job offer",
        "measures": [
            {
                "name": "months the White House took to explain",
                "kind": "agreement",
                "figures": [
                    ("_1", "the White House for [three months] had refused"),
                    ("_2", "why it took [three months] to say so"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the job offer to Sestak was illegal or improper",
                "claim": [
                    (
                        "_1",
                        "said the interactions described by the White House “represent an illegal quid pro quo,”",
                    ),
                    ("_1", "Mr. Sestak first mentioned publicly in February"),
                    ("_2", "Critics say the Sestak job offer may have violated"),
                ],
                "denial": [
                    ("_1", "The White House disputed Republican claims"),
                    ("_1", "“I can assure the public that nothing improper took place.”"),
                    ("_2", "But the report, by White House Counsel Robert Bauer, concluded"),
                    ("_2", "The White House report disputed any suggestion"),
                    ("_2", "The report comes one day after President Obama insisted"),
                ],
            }
        ],
    },
    {
        "event": "basil:6b541575-99b1-40d2-8730-9bb868ee38ed",
        "about": "Rep. Etheridge grabs a student on video",
        "measures": [
            {
                "name": "terms Etheridge has served",
                "kind": "agreement",
                "figures": [
                    ("_1", "the [seven]-term congressman demands"),
                    ("_2", "Mr. Etheridge, a [seven]-term House member"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:6f95dcb9-e960-45ac-8c0e-91b85724c909",
        "about": "Glenn Beck closes CPAC 2010",
        "measures": [
            {
                "name": "length of the conference",
                "kind": "agreement",
                "figures": [
                    ("_1", "The speech capped [three days] of panel discussions"),
                    ("_2", "closing speaker of a [three-day] conservative conference"),
                    ("_3", "closed a [three-day] conservative conference"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:85475456-f38e-4c30-895d-ca2c819c6af1",
        "about": "Blumenthal's statements about serving in Vietnam",
        "measures": [
            {
                "name": "military deferments Blumenthal obtained",
                "kind": "agreement",
                "figures": [
                    ("_1", "He obtained [at least five] military deferments"),
                    ("_3", "He obtained [at least five] military deferments"),
                ],
            },
            {
                "name": "time Blumenthal served on Parris Island",
                "kind": "agreement",
                "figures": [
                    ("_2", "Marines - [six months] on Paris Island"),
                    ("_3", "served for [six months] in Parris Island"),
                ],
            },
            {
                "name": "years Blumenthal served in the reserves",
                "kind": "agreement",
                "figures": [
                    ("_2", "Paris Island and [six years] in the reserves"),
                    ("_3", "Parris Island, SC and [six years] in the reserves"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Blumenthal misrepresented his military service",
                "claim": [
                    ("_1", "Sometimes his remarks have been plainly untrue"),
                    ("_1", "But an examination of his remarks at the ceremonies shows"),
                ],
                "denial": [
                    ("_2", "Blumenthal's campaign disputed a report in the New York Times"),
                    ("_3", "Blumenthal's campaign called a New York Times report"),
                    ("_3", "Blumenthal says he's always tried to make it clear"),
                ],
            }
        ],
    },
    {
        "event": "basil:ae243a95-b2c2-410c-9e2b-b083b4b8eb48",
        "about": "Senate Republicans' letter to Reid",
        "measures": [
            {
                "name": "Republican senators who signed the letter",
                "kind": "agreement",
                "figures": [
                    ("_1", "all [42] members of the GOP caucus"),
                    ("_2", "signed by the [42] members of the Republican caucus"),
                    ("_3", "signed by all [42] Senate Republicans"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:005a2961-0c2e-4575-8eec-770ba52a08e0",
        "about": "Trump questions Obama's birth certificate",
        "measures": [
            {
                "name": "Romney's share in the NBC/WSJ poll",
                "kind": "agreement",
                "figures": [
                    ("_2", "contenders with [21 percent] of Republican primary voters"),
                    ("_3", "Mitt Romney leads the pack at [21 percent]"),
                ],
            },
            {
                "name": "share of Trump and Huckabee, tied second in the poll",
                "kind": "agreement",
                "figures": [
                    ("_2", "Huckabee at [17 percent] each"),
                    ("_3", "in the 2012 GOP primary field at [17 percent]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Obama has a valid birth certificate",
                "claim": [
                    ("_1", "Mr. Obama has shown a certificate of live birth from Hawaii"),
                ],
                "denial": [
                    ("_3", "in the hospital itself, there's no records of his birth."),
                    ("_3", '"I\'m not convinced that he has one," Trump said'),
                ],
            }
        ],
    },
    {
        "event": "basil:0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d",
        "about": "Sheriff Arpaio endorses Rick Perry",
        "measures": [
            {
                "name": "federal agents Perry would add at the border",
                "kind": "agreement",
                "figures": [
                    ("_1", "within a year putting [thousands] more federal boots"),
                    ("_2", "within a year putting [thousands] more federal boots"),
                ],
            },
            {
                "name": "time Perry needs to secure the border",
                "kind": "agreement",
                "figures": [
                    ("_1", "I will secure the border [within a year] putting"),
                    ("_2", "I will secure the border [within a year] putting"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:2058ec60-5372-4f5f-83a3-da780be3a350",
        "about": "The Supreme Court hears the Wal-Mart sex discrimination class action",
        "measures": [
            {
                "name": "women in the class action",
                "kind": "disagreement",
                "figures": [
                    ("_1", "involving [as many as 1.5 million] women"),
                    ("_2", "lawsuit that covers [1.5 million] women"),
                    ("_3", "on behalf of [up to 1.6 million] women"),
                    ("_3", "run from [500,000 to 1.6 million]"),
                ],
            },
            {
                "name": "store managers said to be both discriminators and victims",
                "kind": "agreement",
                "figures": [
                    ("_1", "includes [at least 544] store managers"),
                    ("_3", "a group of [at least 544] women who serve as store managers"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:2153fb3e-6b09-410c-bfea-d095c49a54ba",
        "about": "Obama mocks the House's 'In God We Trust' vote while pushing his jobs bill",
        "measures": [
            {
                "name": "House vote on the motto",
                "kind": "agreement",
                "figures": [
                    ("_2", "It passed in a [396-9] vote"),
                    ("_3", "the House voted [396-9] on a bill"),
                ],
            },
            {
                "name": "cost of Obama's jobs package",
                "kind": "agreement",
                "figures": [
                    ("_1", "Mr. Obama’s [$447 billion] job-creation plan"),
                    ("_1", "against either the full [$447 billion] package"),
                    ("_2", "after the [$447 billion] jobs package failed"),
                ],
            },
            {
                "name": "House-passed jobs bills the Senate has not taken up",
                "kind": "disagreement",
                "figures": [
                    ("_1", "should take up [some 16] House-passed measures"),
                    ("_2", "they have brought up [15] bills"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:576116e5-2b18-4d35-be73-36f5863c9468",
        "about": "AARP open to Social Security benefit cuts",
        "measures": [
            {
                "name": "benefits Social Security can pay once the trust fund is exhausted",
                "kind": "agreement",
                "figures": [
                    ("_1", "will only be able to pay [77 percent] of promised benefits"),
                    ("_3", "face a [23 percent] across-the-board cut in benefits"),
                ],
            },
        ],
        "contradictions": [],
    },
    # ------------------------------------------------------------------ real page dumps (working half)
    {
        "event": "plague",
        "about": "A plague case in Inner Mongolia (four pages)",
        "pages": ["sh_432362af0be43f6d", "sh_8b19453030820413", "sh_ba4dfe2d3e817ff7", "sh_ea25dd7edff4d279"],
        "measures": [
            {
                "name": "close contacts of the hunter quarantined",
                "kind": "agreement",
                "figures": [
                    ("sh_432362af0be43f6d", "A total of [28 people] who were in close contact"),
                    ("sh_8b19453030820413", "Health bosses said that [28 people] in close contact"),
                    ("sh_ba4dfe2d3e817ff7", "along with [28 people] who he came into contact with"),
                    ("sh_ba4dfe2d3e817ff7", "the other [28 people] have showed no signs"),
                    ("sh_ea25dd7edff4d279", "The Associated Press reports that [28 people] who came"),
                ],
            },
            {
                "name": "age of the hunter",
                "kind": "agreement",
                "figures": [
                    ("sh_8b19453030820413", "The [55-year-old] is the third"),
                    ("sh_ba4dfe2d3e817ff7", "that a [55-year old] man had contracted"),
                    ("sh_ea25dd7edff4d279", "reported in a [55-year-old] man"),
                ],
            },
            {
                "name": "earlier (pneumonic) plague cases",
                "kind": "agreement",
                "figures": [
                    ("sh_432362af0be43f6d", "after [two] people there were diagnosed"),
                    ("sh_432362af0be43f6d", "The incident comes after [two] other patients"),
                    ("sh_8b19453030820413", "on Sunday after [two] other plague cases"),
                    ("sh_8b19453030820413", "The first [two] infected patients"),
                    ("sh_ba4dfe2d3e817ff7", "after [two] people contracted it in Beijing"),
                    ("sh_ba4dfe2d3e817ff7", "The other [two] contractors caught"),
                    ("sh_ea25dd7edff4d279", "announced that [two] infected individuals"),
                    ("sh_ea25dd7edff4d279", "The first [two] illnesses were confirmed"),
                ],
            },
            {
                "name": "plague cases so far",
                "kind": "agreement",
                "figures": [
                    ("sh_ba4dfe2d3e817ff7", "with [three] confirmed diagnoses"),
                    ("sh_ea25dd7edff4d279", "[Three] cases of plague have been diagnosed"),
                ],
            },
            {
                "name": "Black Death deaths in Europe",
                "kind": "disagreement",
                "figures": [
                    ("sh_432362af0be43f6d", "killed [an estimated 25 million] people in Europe alone"),
                    ("sh_8b19453030820413", "causing [more than 50 million] deaths in Europe"),
                ],
            },
            {
                "name": "share of Europe's population the Black Death killed",
                "kind": "disagreement",
                "figures": [
                    ("sh_ba4dfe2d3e817ff7", "killing [up to 60 percent] of Europe"),
                    ("sh_ea25dd7edff4d279", "which wiped out [nearly one-third] of Europe"),
                ],
            },
            {
                "name": "plague cases worldwide 2010-2015",
                "kind": "agreement",
                "figures": [
                    ("sh_8b19453030820413", "there were [3248] cases reported worldwide"),
                    ("sh_ea25dd7edff4d279", "there were [3,248] cases reported worldwide"),
                ],
            },
            {
                "name": "plague deaths worldwide 2010-2015",
                "kind": "agreement",
                "figures": [
                    ("sh_8b19453030820413", "including [584] deaths"),
                    ("sh_ea25dd7edff4d279", "with [584] deaths"),
                ],
            },
            {
                "name": "main forms of plague",
                "kind": "agreement",
                "figures": [
                    ("sh_8b19453030820413", "The [two] main forms of plague infection"),
                    ("sh_ea25dd7edff4d279", "one of the [two] main forms of infection"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "lunar",
        "about": "NASA adds five companies to its commercial lunar lander programme (three pages)",
        "pages": ["sh_42aad16bde928862", "sh_c50845a7158af12e", "sh_d1c57d7821e5a5b2"],
        "measures": [
            {
                "name": "companies added to the programme",
                "kind": "agreement",
                "figures": [
                    ("sh_42aad16bde928862", "to expand by [five] the pool"),
                    ("sh_42aad16bde928862", "Rounding out the [five] awardees"),
                    ("sh_c50845a7158af12e", "The [five] companies can now vie"),
                    ("sh_c50845a7158af12e", "The [five] companies join nine others"),
                    ("sh_c50845a7158af12e", "The newly selected [five] are"),
                    ("sh_d1c57d7821e5a5b2", "it was adding [five] companies"),
                    ("sh_d1c57d7821e5a5b2", "NASA said the [five] companies"),
                    ("sh_d1c57d7821e5a5b2", "The [five] companies, selected from eight"),
                ],
            },
            {
                "name": "companies already in the programme",
                "kind": "agreement",
                "figures": [
                    ("sh_42aad16bde928862", "NASA announced that [nine] US companies"),
                    ("sh_c50845a7158af12e", "The five companies join [nine] others"),
                    ("sh_d1c57d7821e5a5b2", "to join the [nine] companies with"),
                    ("sh_d1c57d7821e5a5b2", "join the original [nine] CLPS companies"),
                ],
            },
            {
                "name": "companies now in the programme",
                "kind": "agreement",
                "figures": [
                    ("sh_42aad16bde928862", "the total of commercial providers to [14]"),
                    ("sh_42aad16bde928862", "this community of [14] providers"),
                    ("sh_c50845a7158af12e", "hopefuls to [14] firms"),
                    ("sh_c50845a7158af12e", "The [14] companies currently in the program"),
                    ("sh_d1c57d7821e5a5b2", "All [14] companies are now eligible"),
                ],
            },
            {
                "name": "value of the programme's contracts",
                "kind": "agreement",
                "figures": [
                    ("sh_42aad16bde928862", "combined maximum value of [$2.6bn] over the next decade"),
                    ("sh_c50845a7158af12e", "spend a total of [$2.6 billion] on its CLPS contracts"),
                ],
            },
            {
                "name": "companies given the first lander missions",
                "kind": "agreement",
                "figures": [
                    ("sh_42aad16bde928862", "tapped [three] of those companies"),
                    ("sh_c50845a7158af12e", "awarded the first [three] contracts"),
                ],
            },
        ],
        "contradictions": [],
    },
]
