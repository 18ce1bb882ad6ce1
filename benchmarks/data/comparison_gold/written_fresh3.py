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
    {
        "event": "basil:86e6e27d-1440-4879-8b13-0dd2d89f7281",
        "about": "Rashida Tlaib's expletive-laden vow to impeach Trump; Pelosi and Trump respond",
        "measures": [
            {
                "name": "the Congress just sworn in",
                "kind": "agreement",
                "figures": [
                    ("_1", "hours after the [116th] Congress was sworn in"),
                    ("_2", "new member of the [116th] Congress"),
                ],
            },
            {
                "name": "year of the Access Hollywood tape",
                "kind": "agreement",
                "figures": [
                    ("_2", "referring to a [2005] video that"),
                    ("_3", "in a leaked tape from [2005]"),
                ],
            },
            {
                "name": "year of the presidential election Russia interfered in",
                "kind": "agreement",
                "figures": [
                    ("_1", "attempts to interfere in the [2016] election"),
                    ("_2", "ahead of the [2016] presidential election"),
                ],
            },
            {
                "name": "year of the next presidential election",
                "kind": "agreement",
                "figures": [
                    ("_1", "strengthen Mr. Trump in the [2020] campaign"),
                    ("_3", "they can’t win in [2020], too much success"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Pelosi told Trump that Democrats are not looking to impeach him",
                "claim": [
                    ("_1", "And Nancy said, We’re not looking to impeach you"),
                ],
                "denial": [
                    ("_1", "Senior aides to Ms. Pelosi and other Democrats in the room disputed"),
                    (
                        "_1",
                        "Ms. Pelosi tried to shift the meeting back to its intended topic and did not offer",
                    ),
                ],
            },
            {
                "proposition": "the House Democrats are going to impeach Trump",
                "claim": [
                    ("_1", "Because we’re going to go in there, and we’re going to impeach the motherfucker"),
                    ("_2", "we’re gonna impeach the motherf***er"),
                    ("_3", "Because we’re gonna go in there, and we’re gonna impeach the motherfucker"),
                ],
                "denial": [
                    ("_1", "But more to the point, I disagree with what she said"),
                    ("_1", "It is too early to talk about that intelligently"),
                    ("_1", "have repeatedly made the case that it is too early to consider impeachment"),
                ],
            },
        ],
    },
    {
        "event": "basil:87609973-bd58-42a5-96e2-ee5aa47433f5",
        "about": "Trump calls for jailing Clinton aide Huma Abedin and calls the Justice Department a 'deep state'",
        "measures": [
            {
                "name": "when Abedin forwarded government passwords to her Yahoo account",
                "kind": "agreement",
                "figures": [
                    ("_1", "to her Yahoo account on [Aug. 24, 2009]"),
                    ("_2", "private Yahoo email account in [2009], when"),
                ],
            },
            {
                "name": "year Yahoo was hacked",
                "kind": "agreement",
                "figures": [
                    ("_1", "In [2013], Yahoo was hacked"),
                    ("_2", "Yahoo was hacked in [2013], which"),
                ],
            },
            {
                "name": "year of the presidential election",
                "kind": "agreement",
                "figures": [
                    ("_1", "shook the [2016] presidential race"),
                    ("_2", "from the [2016] presidential election"),
                    ("_2", "shortly before the [2016] election"),
                    ("_3", "aide to [2016] election rival"),
                    ("_3", "during the [2016] presidential campaign"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:542cd22c-ea80-4669-995b-6ac6a33823f7",
        "about": "Trump puts on hold the decision to allow elephant trophy imports from Zimbabwe and Zambia",
        "measures": [
            {
                "name": "year of the ban on elephant trophy imports",
                "kind": "agreement",
                "figures": [
                    ("_1", "its intention to end the [2014] ban"),
                    ("_2", "would reverse a [2014] ban made under President Obama"),
                    ("_2", "overriding a [2014] ban imposed"),
                    ("_3", "optedto lift the [2014] ban"),
                    ("_3", "sued to block the [2014] ban"),
                ],
            },
            {
                "name": "first year of the hunts the new permits cover",
                "kind": "agreement",
                "figures": [
                    ("_1", "elephants hunted from [2016] to 2018"),
                    ("_2", "killed between [January 2016] and December 2018"),
                ],
            },
            {
                "name": "last year of the hunts the new permits cover",
                "kind": "agreement",
                "figures": [
                    ("_1", "elephants hunted from 2016 to [2018]"),
                    ("_2", "killed between January 2016 and [December 2018]"),
                ],
            },
            {
                "name": "African countries the decision applies to",
                "kind": "agreement",
                "figures": [
                    ("_1", "elephants that were killed in [two] African countries"),
                    ("_1", "the decision applied to [two] African countries"),
                    ("_3", "import elephants killed in [two] African countries"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "trophy hunting of elephants helps conservation",
                "claim": [
                    ("_1", "The White House argued that the hunting would bring money to local communities"),
                    ("_2", "will raise money for conservation programs"),
                    ("_2", "Legal, well-regulated sport hunting as part of a sound management program"),
                    ("_3", "would “enhance the survival of the species in the wild,”"),
                ],
                "denial": [
                    ("_3", "very hard pressed to change my mind that this horror show in any way helps"),
                ],
            },
        ],
    },
    {
        "event": "basil:1ed4f378-b9d4-43b8-8d50-53d0cc063332",
        "about": "Liberals attack Schumer after Senate Democrats vote to end the shutdown",
        "measures": [
            {
                "name": "Senate Democrats who voted to end the shutdown",
                "kind": "agreement",
                "figures": [
                    ("_1", "with support from [33] Democrats"),
                    ("_2", "The hasty retreat by [33] Senate Democrats"),
                    ("_3", "the agreement that [33] Senate Democrats voted"),
                ],
            },
            {
                "name": "deadline for an immigration deal and the next spending bill",
                "kind": "agreement",
                "figures": [
                    ("_1", "gives Congress until [Feb. 8] to work out"),
                    ("_1", "reach a deal on DACA by [February 8]"),
                    ("_3", "can’t agree to one by [Feb. 8]"),
                    ("_3", "the next spending bill on [Feb. 8]"),
                ],
            },
            {
                "name": "year of the midterm elections",
                "kind": "agreement",
                "figures": [
                    ("_1", "a Democratic wave in [2018] is far"),
                    ("_2", "in a number of [2018] races"),
                    ("_2", "make up much of the [2018] map"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "McConnell made a commitment to bring up an immigration bill",
                "claim": [
                    ("_3", "I think he’s made his commitments so publicly and so unequivocally"),
                ],
                "denial": [
                    ("_3", "I don’t believe he made any commitment whatsoever"),
                    ("_1", "suggested a compromise had been reached, without offering any solid commitment"),
                ],
            },
        ],
    },
    {
        "event": "basil:58f414e5-a122-49f5-819e-512d91069da5",
        "about": "A gunman shoots Steve Scalise and others at a Republican baseball practice",
        "measures": [
            {
                "name": "Capitol Police officers hurt in the attack",
                "kind": "agreement",
                "figures": [
                    ("_1", "and [two] U.S. Capitol Police officers, Special Agents"),
                    ("_3", "one of the [two] U.S. Capitol Police officers injured"),
                ],
            },
            {
                "name": "Scalise's surgeries so far",
                "kind": "agreement",
                "figures": [
                    ("_1", "underwent a [second] surgery related to"),
                    ("_2", "after a [second] surgery for internal injuries"),
                ],
            },
            {
                "name": "year the congressional baseball game began",
                "kind": "agreement",
                "figures": [
                    ("_2", "has, since [1909], produced"),
                    ("_3", "a D.C. tradition dating back to [1909]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:84b3c118-50d2-45a5-a91f-7ed95b5d0143",
        "about": "Donald Trump is sworn in as the 45th president",
        "measures": [
            {
                "name": "Trump's number among the presidents",
                "kind": "agreement",
                "figures": [
                    ("_1", "Friday as the [45th] president"),
                    ("_2", "inaugurated as the [45th] president"),
                    ("_3", "Sworn In As [45th] President"),
                    ("_3", "to become the [45th] president"),
                ],
            },
            {
                "name": "words in the oath of office",
                "kind": "disagreement",
                "figures": [
                    ("_2", "Mr. Trump took the [35-word] oath"),
                    ("_3", "administered the [38-word] oath"),
                ],
            },
            {
                "name": "time Trump took the oath",
                "kind": "agreement",
                "figures": [
                    ("_2", "precisely at [noon]"),
                    ("_3", "the 38-word oath at [12:00 p.m.]"),
                ],
            },
            {
                "name": "Obama's years in office",
                "kind": "agreement",
                "figures": [
                    ("_1", "the White House after [eight years] in office"),
                    ("_2", "Mr. Obama’s first inauguration [eight years] ago"),
                ],
            },
            {
                "name": "year of Obama's first inauguration",
                "kind": "agreement",
                "figures": [
                    ("_1", "many of Obama’s nominees in [2009]."),
                    ("_2", "on Friday morning as in [2009], and"),
                    ("_2", "again by Mr. Obama in [2009] and 2013"),
                ],
            },
            {
                "name": "people arrested in the protests",
                "kind": "disagreement",
                "figures": [
                    ("_1", "later in the afternoon, amid [dozens of] arrests"),
                    ("_2", "[More than 200] people were arrested"),
                ],
            },
            {
                "name": "House Democrats who boycotted the inauguration",
                "kind": "agreement",
                "figures": [
                    ("_1", "While [dozens of] House Democrats boycotted"),
                    ("_2", "and [about 60] House Democrats boycotted"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "basil:1f99798f-2b60-4ecb-b5f4-4aa7991e8ace",
        "about": "Cesar Sayoc is arrested in Florida over the pipe bombs mailed to Trump's critics",
        "measures": [
            {
                "name": "the suspect's age",
                "kind": "agreement",
                "figures": [
                    ("_1", "a white male in his [50s]"),
                    ("_2", "Cesar Sayoc Jr., [56], of Aventura"),
                    ("_3", "Cesar Sayoc, [56], of South Florida"),
                ],
            },
            {
                "name": "explosive packages found so far",
                "kind": "agreement",
                "figures": [
                    ("_2", "All together, [12] crude explosive devices"),
                    ("_3", "in connection with [at least a dozen] packages"),
                    ("_3", "Throughout the week, [more than 10] packages"),
                ],
            },
            {
                "name": "packages found on Friday, to Booker and Clapper",
                "kind": "agreement",
                "figures": [
                    ("_2", "that they had found [two] more of the explosive devices"),
                    ("_3", "hours after [two] additional packages were discovered"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the devices were harmless bombs meant to be found",
                "claim": [
                    ("_1", "called the devices “Mickey Mouse” bombs that were meant to be found"),
                ],
                "denial": [
                    ("_1", "investigators were treating the devices as “live” explosives"),
                    ("_2", "have warned that the devices should be considered dangerous"),
                    ("_3", "“These are not hoax devices,” he said"),
                ],
            },
        ],
    },
    {
        "event": "basil:c6a0e65c-4f8b-41de-8200-cd700f683c64",
        "about": "Democrats urge Trump to cancel the Putin summit after 12 Russian officers are indicted",
        "measures": [
            {
                "name": "Russian intelligence officers indicted",
                "kind": "agreement",
                "figures": [
                    ("_1", "after [a dozen] Russian intelligence officers"),
                    ("_1", "[12] Russian intelligence officers are accused"),
                    ("_2", "the Justice Department indicted [12] Russian intelligence officers"),
                    ("_3", "accusing [a dozen] Kremlin intelligence officers"),
                ],
            },
            {
                "name": "year of the election the officers are accused of hacking",
                "kind": "agreement",
                "figures": [
                    ("_1", "hacking party emails in [2016]"),
                    ("_1", "Democratic Party during the [2016] election"),
                    ("_1", "associates in the [2016] election for more than a year"),
                    ("_1", "interference in the [2016] election a"),
                    ("_2", "networks during the [2016] presidential race"),
                    ("_2", "the outcome of the [2016] presidential election"),
                    ("_3", "emails during the [2016] presidential campaign"),
                    ("_3", "to “attack the [2016] election"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the indictments show there was no collusion with the Trump campaign",
                "claim": [
                    ("_1", "Today’s charges include no allegations of knowing involvement"),
                    ("_3", "A terse response from the GOP only said: “No collusion.”"),
                ],
                "denial": [
                    ("_3", "there hasn’t yet been a determination on possible collusion"),
                ],
            },
        ],
    },
    {
        "event": "basil:13792511-5142-449f-8d3e-d77d790f65ec",
        "about": "New Jersey Governor Chris Christie announces his presidential run",
        "measures": [
            {
                "name": "year of the presidential election Christie runs in",
                "kind": "agreement",
                "figures": [
                    ("_1", "throw his hat in the ring for [2016]"),
                    ("_2", "offer themselves for president in [2016]"),
                    ("_3", "For President In [2016]\n\nChris Christie"),
                    ("_3", "For President In [2016]\n\nNew Jersey"),
                    ("_3", "announced he's running for president in [2016]"),
                ],
            },
            {
                "name": "when Christie became governor",
                "kind": "agreement",
                "figures": [
                    ("_2", "economic calamity” he said he inherited in [2010]"),
                    ("_3", "New Jersey governor since [January 2010]"),
                ],
            },
            {
                "name": "times Christie was elected governor",
                "kind": "agreement",
                "figures": [
                    ("_2", "his son is the [two-term] governor"),
                    ("_3", "winning election [twice] in a state"),
                ],
            },
        ],
        "contradictions": [],
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
    {
        "event": "pac:STORY_91",
        "about": "The administration delays Obamacare enrollment for 2015 until after the 2014 midterms",
        "measures": [
            {
                "name": "new opening date of the 2015 enrollment",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "from October 15 to [November 15]"),
                    ("_DOCUMENT_1", "start signing up on [Nov. 15 , 2014]"),
                ],
            },
            {
                "name": "original opening date of the 2015 enrollment",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "from [October 15] to November 15"),
                    ("_DOCUMENT_1", "as opposed to [Oct. 15]"),
                ],
            },
            {
                "name": "new deadline of the 2015 enrollment",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "The new deadline is [January 15 , 2015]"),
                    ("_DOCUMENT_1", "Enrollment will last until [Jan. 15 , 2015]"),
                ],
            },
            {
                "name": "coverage year of the delayed enrollment",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Obamacare signup delayed -- for [2015]"),
                    ("_DOCUMENT_0", "opening date for [2015] enrollment"),
                    ("_DOCUMENT_0", "before they set their [2015] rates"),
                    ("_DOCUMENT_1", "Administration Delays [2015] Obamacare"),
                    ("_DOCUMENT_1", "sign up late next year for [2015] coverage"),
                    ("_DOCUMENT_1", "when setting their [2015] rates"),
                    ("_DOCUMENT_1", "rate shock for [2015] will"),
                ],
            },
            {
                "name": "the current coverage year",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "six - month window for [2014] coverage"),
                    ("_DOCUMENT_1", "during the [2014] plan year"),
                    ("_DOCUMENT_1", "worst than for [2014] ."),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the enrollment delay is a political move for the 2014 midterms",
                "claim": [
                    ("_DOCUMENT_0", "said that the move was simply a political ploy"),
                    (
                        "_DOCUMENT_1",
                        "this delay in sign up is purely to further protect vulnerable Democrats",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_0", "White House spokesman Jay Carney denied Friday that next year"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_73",
        "about": "A Michigan settlement bars state-funded faith-based adoption agencies from turning away LGBTQ couples",
        "measures": [
            {
                "name": "share of the state's foster care adoptions done by the two faith-based agencies",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "have handled roughly [25 to 30 percent]"),
                    ("_DOCUMENT_1", "on average doing [25 to 30 percent]"),
                ],
            },
            {
                "name": "year of the law protecting religious adoption agencies",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "The [2015] law says"),
                    ("_DOCUMENT_1", "A [2015] Republican-enacted law"),
                ],
            },
            {
                "name": "lesbian couples who sued",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "sued the state for [two] lesbian couples"),
                    ("_DOCUMENT_1", "on behalf of [two] lesbian couples"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the settlement violates the state law protecting religious adoption agencies",
                "claim": [
                    ("_DOCUMENT_0", '"This settlement violates the state law protecting religious adoption'),
                    (
                        "_DOCUMENT_0",
                        "Michigan actually has a law that blocks the state from doing what it just did",
                    ),
                    ("_DOCUMENT_1", "This settlement violates the state law protecting religious adoption"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "But the definition of services does not include those provided under a contract",
                    ),
                ],
            },
            {
                "proposition": "the settlement will keep children from finding homes",
                "claim": [
                    ("_DOCUMENT_0", "Thousands of children will be kept from finding the loving homes"),
                    ("_DOCUMENT_1", "Thousands of children will be kept from finding the loving homes"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "We are hopeful that this will mean more families for children"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_55",
        "about": "Trump says he will use the military to guard the border with Mexico",
        "measures": [
            {
                "name": "National Guard troops Bush sent to the border",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "in which [6,000] National Guard troops"),
                    ("_DOCUMENT_1", "Bush sent [6,000] National Guard troops"),
                ],
            },
            {
                "name": "year Bush sent the National Guard to the border",
                "kind": "disagreement",
                "figures": [
                    ("_DOCUMENT_0", "In [2008] , for example , President George W. Bush"),
                    ("_DOCUMENT_1", "New Mexico and Texas in [2006]"),
                ],
            },
            {
                "name": "National Guard troops Obama sent to the border",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "deploying [1,200] National Guard troops"),
                    ("_DOCUMENT_1", "Obama sent [1,200] National Guard troops"),
                ],
            },
            {
                "name": "year Obama sent the National Guard to the border",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Mexico border in [2010]"),
                    ("_DOCUMENT_1", "Then in [2010] , President Barack Obama"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_28",
        "about": "A federal judge in Texas rules the whole Affordable Care Act unconstitutional",
        "measures": [
            {
                "name": "year the health law was enacted",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "a huge swipe at the [2010] law and"),
                    ("_DOCUMENT_0", "saying the [2010] Affordable Care Act should stand"),
                    ("_DOCUMENT_0", "the intent of both the [2010] and 2017 Congresses"),
                    ("_DOCUMENT_0", "The [2010] Congress memorialized"),
                    ("_DOCUMENT_1", "buried within the [2010] health law"),
                ],
            },
            {
                "name": "year of Roberts's Supreme Court opinion upholding the law",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "clear in his [2012] opinion"),
                    ("_DOCUMENT_1", "the majority ruling Roberts wrote in [2012] that"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the judge was right to strike down the law",
                "claim": [
                    ("_DOCUMENT_0", "ObamaCare was just ruled UNCONSTITUTIONAL by a highly respected judge"),
                    ("_DOCUMENT_1", "Obamacare has been struck down as an UNCONSTITUTIONAL disaster"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "“The judge got it wrong,” said Chip Kahn"),
                    ("_DOCUMENT_0", "Today’s misguided ruling will not deter us"),
                ],
            },
            {
                "proposition": "the rest of the health law can stand without the individual mandate",
                "claim": [
                    ("_DOCUMENT_0", "saying the 2010 Affordable Care Act should stand because the tax"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "The states said the rest of the law should fall with it"),
                    (
                        "_DOCUMENT_1",
                        "O’Connor ruled on Friday night that the entire ACA should be struck down",
                    ),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_151",
        "about": "A man is indicted for raping a 10-year-old Ohio girl who travelled to Indiana for an abortion",
        "measures": [
            {
                "name": "age of the girl",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Man Indicted In Rape Of [10-Year-Old] Ohio"),
                    ("_DOCUMENT_0", "impregnating a [10 - year - old] girl"),
                    ("_DOCUMENT_0", "of a [10 - year - old] child traveling"),
                    ("_DOCUMENT_1", "rape of Ohio girl, [10], who"),
                    ("_DOCUMENT_1", "raping a [10 - year - old] girl"),
                    ("_DOCUMENT_1", "that the [10 - year - old] had to travel"),
                ],
            },
            {
                "name": "age of the accused man",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "charged the [27 - year - old] illegal immigrant"),
                    ("_DOCUMENT_1", "Gerson Fuentes , [27] , was charged"),
                ],
            },
            {
                "name": "counts of rape in the indictment",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "on [two] counts of rape"),
                    ("_DOCUMENT_1", "charged with [two] felony counts of rape"),
                ],
            },
            {
                "name": "date of the man's arrest",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Police arrested Fuentes on [July 12]"),
                    ("_DOCUMENT_1", "Fuentes was arrested on [July 12]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the doctor failed to report the abortion",
                "claim": [
                    ("_DOCUMENT_0", "would be investigated for allegedly failing to report the incident"),
                    ("_DOCUMENT_1", "and whether “ she failed to report ” the procedure"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "showing Bernard did report the procedure within the required timeframe"),
                ],
            },
            {
                "proposition": "the doctor violated patient privacy law",
                "claim": [
                    ("_DOCUMENT_0", "Bernard was disciplined by her employer for a HIPAA violation"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "found Dr. Bernard in compliance with privacy laws"),
                ],
            },
            {
                "proposition": "the accused man raped the girl",
                "claim": [
                    ("_DOCUMENT_0", "after confessing that he raped the child on at least two occasions"),
                    ("_DOCUMENT_1", "and he confessed to raping the child"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "Everything that they ’re saying against him is a lie"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_124",
        "about": "Biden expands the Title 42 expulsions to Venezuelan migrants and opens a parole program",
        "measures": [
            {
                "name": "Venezuelans admitted under the new parole program",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "allow for [up to 24,000] Venezuelans"),
                    ("_DOCUMENT_0", "Allowing only a subset of [24,000] Venezuelans"),
                    ("_DOCUMENT_1", "But [as many as 24,000] Venezuelans will be accepted"),
                    ("_DOCUMENT_1", "administration paroles [24,000] Venezuelans"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Title 42 rests on a public health need",
                "claim": [
                    ("_DOCUMENT_1", "uses emergency public health authority to allow the United States"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "Title 42 has no basis in law or science and must end"),
                    ("_DOCUMENT_1", "Title 42 , an irrelevant health order"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_123",
        "about": "Lindsey Graham proposes a national 15-week abortion ban; Senate Republicans balk",
        "measures": [
            {
                "name": "week of pregnancy after which Graham's bill bans abortion",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Graham Defends [15-Week] Abortion Limit\n"),
                    ("_DOCUMENT_0", "Graham Defends [15 - Week] Abortion Limit ."),
                    ("_DOCUMENT_0", "limit abortion past the [fifteenth week]"),
                    ("_DOCUMENT_0", "ban abortions after [15 weeks] , with"),
                    ("_DOCUMENT_0", "a national [15 week] abortion limit"),
                    ("_DOCUMENT_0", "would say after [15 weeks] , no abortion"),
                    ("_DOCUMENT_0", "I feel comfortable at [15 weeks]"),
                    ("_DOCUMENT_1", "The [15 - week] abortion ban he pitched"),
                    ("_DOCUMENT_1", "nationwide after [15 weeks] of pregnancy"),
                ],
            },
            {
                "name": "week of pregnancy in Graham's earlier abortion bills",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "limit abortion after [20 weeks]"),
                    ("_DOCUMENT_1", "past pitches for a [20 - week] abortion ban"),
                    ("_DOCUMENT_1", "Graham ’s previous [20 - week] abortion ban"),
                ],
            },
            {
                "name": "Republican senators",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "voted down by all [50] Republicans"),
                    ("_DOCUMENT_1", "of the [50 - member] Senate GOP conference"),
                ],
            },
            {
                "name": "countries that allow abortion up to birth, in Republicans' words",
                "kind": "disagreement",
                "figures": [
                    ("_DOCUMENT_0", "put us in a group of [seven] nations"),
                    ("_DOCUMENT_1", "because the only [two] countries with a radical position"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Democrats' bill allows abortion up to the moment of birth",
                "claim": [
                    ("_DOCUMENT_0", "In addition to legalizing abortion up to the moment of birth"),
                    ("_DOCUMENT_1", "which would allow abortion up until the moment"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "it does not directly permit unfettered late - term abortion"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_119",
        "about": "Biden says he will sign the resolution overriding D.C.'s new criminal code",
        "measures": [
            {
                "name": "House Democrats who voted to override the D.C. law",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "with [31] Democrats joining Republicans"),
                    ("_DOCUMENT_1", "with [31] Democrats joining all Republicans"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_118",
        "about": "The Pennsylvania House impeaches Philadelphia District Attorney Larry Krasner",
        "measures": [
            {
                "name": "House vote to impeach Krasner",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "But the [107-85] nearly party-line vote"),
                    ("_DOCUMENT_1", "The final vote of [107-85] ran"),
                    ("_DOCUMENT_1", "before a [107-85] vote largely"),
                ],
            },
            {
                "name": "Senate majority needed to remove Krasner",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "to attain the [two-thirds] majority vote"),
                    ("_DOCUMENT_1", "which requires a [two-thirds] majority"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Krasner's policies are to blame for the rise in crime",
                "claim": [
                    ("_DOCUMENT_1", "has been blamed for a surge in homicides and violent crime"),
                    (
                        "_DOCUMENT_1",
                        "He accused Krasner of “purposeful ineffectiveness in combatting the crime",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_0", "They have impeached me without presenting a single shred of evidence"),
                    ("_DOCUMENT_0", "said Krasner was being blamed unfairly for things"),
                    ("_DOCUMENT_1", "without presenting “a single shred of evidence connecting"),
                ],
            },
        ],
    },
]
