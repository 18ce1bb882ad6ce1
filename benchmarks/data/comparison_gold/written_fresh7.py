"""A seventh fresh comparison gold, written by hand on events that no Parallax run has seen (issue 9).

Same form as ``written.py`` and ``written_fresh.py`` .. ``written_fresh6.py`` (read their docstrings): each
figure is an *anchor*, a piece of the article's input text with the figure in square brackets, a leading "!"
marking an outlier of an agreement; each statement of a contradiction is a piece of its sentence.
``build.py --fresh7`` turns this file into ``events_fresh7.jsonl`` (every event ``part: fresh7``) and checks
every span by slicing the input.

These events are scored once, at the very end, as the estimate for unseen stories; nobody may run Parallax
on their articles before that. How they were chosen (a fixed rule, not by their content):
``docs/bench/comparison_fresh7.md``. All are ``pac`` events (the ``basil`` corpus is used up), written in the
rule's order (every second candidate by sorted id, from the first).

Articles are named by the suffix of their id: ``_DOCUMENT_0`` is ``pac/STORY_7_DOCUMENT_0`` in event
``pac:STORY_7``.
"""

from __future__ import annotations

from typing import Any

EVENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ position 1
    {
        "event": "pac:STORY_106",
        "about": "DeSantis signs the bill stripping Disney of its self-governing status; a lasting brawl with business",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Florida's parental rights law is a wrong 'Don't Say Gay' law",
                "claim": [
                    ("_DOCUMENT_0", "should never have passed and should never have been signed into law"),
                    ("_DOCUMENT_0", "bill is really crystal clear: It’s wrong"),
                    ("_DOCUMENT_1", "saying it is already having a chilling effect on teachers"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "DeSantis said Disney lied about the content"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 2
    {
        "event": "pac:STORY_11",
        "about": "Delta and masks: the vaccinated and children need not mask again, or mask mandates for all are back",
        "measures": [],
        "contradictions": [
            {
                "proposition": "indoor mask mandates for everyone, the vaccinated included, are needed again",
                "claim": [
                    ("_DOCUMENT_0", "It ’s time to renew the indoor mask mandate"),
                    ("_DOCUMENT_1", "Why face mask mandates for all should be back on the table"),
                    ("_DOCUMENT_1", "a universal requirement may be the only effective approach"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "No, Delta doesn’t mean the vaccinated — or children — need to mask up again",
                    ),
                    ("_DOCUMENT_0", "The panic is completely unwarranted"),
                ],
            },
            {
                "proposition": "masking children in classrooms is reasonable",
                "claim": [
                    ("_DOCUMENT_0", "calling masking children and vaccinated teens and teachers"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "But it ’s not reasonable"),
                    ("_DOCUMENT_0", "And calling for kids to mask up is ridiculous"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 3
    {
        "event": "pac:STORY_115",
        "about": "After Uvalde a bipartisan group of senators meets on gun legislation; red flag laws discussed",
        "measures": [
            {
                "name": "votes needed to pass the Senate",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "meet the [60 - vote] filibuster threshold"),
                    ("_DOCUMENT_1", "enough consensus — [at least 60 votes] — to pass"),
                ],
            },
            {
                "name": "grade of the Uvalde classroom",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "elementary school [fourth] - grade classroom"),
                    ("_DOCUMENT_1", "a classroom of [fourth] graders"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "senators of both parties may agree on red flag laws",
                "claim": [
                    ("_DOCUMENT_1", "legislation , may find consensus on red-flag measure"),
                    (
                        "_DOCUMENT_1",
                        "Now we have other Republicans saying it 's time for that kind of red flag",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_0", "such an idea would likely be dead - on - arrival for most of his party"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 4
    {
        "event": "pac:STORY_121",
        "about": "CNN's chief defends the Trump town hall as staffers and critics fume",
        "measures": [
            {
                "name": "year of the election Trump lies about",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "regurgitated his lies about the [2020] election"),
                    ("_DOCUMENT_1", "ongoing claim that the [2020] presidential election"),
                ],
            },
            {
                "name": "year of the election Trump now runs in",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "when the [2024] hopeful talked over"),
                    ("_DOCUMENT_1", "the frontrunner in the [2024] Republican primary"),
                    ("_DOCUMENT_1", "as he enters the [2024] election"),
                ],
            },
            {
                "name": "year of Trump's first campaign and election",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "in the leadup to [2016] election"),
                    ("_DOCUMENT_1", "'It felt like [2016] all over again'\n"),
                    ("_DOCUMENT_1", 'It felt like [2016] all over again," Darcy'),
                    ("_DOCUMENT_1", "then-candidate Trump in [2016]"),
                    ("_DOCUMENT_1", "on CNN since the [2016] presidential election"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "America was served well by the town hall",
                "claim": [
                    ("_DOCUMENT_0", "“I absolutely unequivocally believe America was served very well"),
                    ("_DOCUMENT_1", "America was served very well by what we did last night"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "“It’s hard to see how America was served"),
                    ("_DOCUMENT_1", "\"It's hard to see how America was served"),
                ],
            },
            {
                "proposition": "airing the town hall was CNN doing its journalistic job",
                "claim": [
                    ("_DOCUMENT_0", "the network was merely doing what it’s supposed to do"),
                    ("_DOCUMENT_1", "That is CNN’s role and responsibility"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "I don’t believe for one second that this is about journalistic integrity",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 5
    {
        "event": "pac:STORY_125",
        "about": "A Florida teacher under investigation for showing 'Strange World' and the school board member",
        "measures": [
            {
                "name": "date of the school board meeting",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Rodriguez said at a [May 9] school board meeting"),
                    ("_DOCUMENT_0", "public comment period of its [May 9] meeting"),
                    ("_DOCUMENT_1", "during a [May 9] school board meeting"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the teacher needed, and lacked, approval to show the movie",
                "claim": [
                    ("_DOCUMENT_0", "Barbee should have gotten the specific movie approved"),
                    ("_DOCUMENT_1", "Ms. Barbee chose to show a PG movie without approval"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "there was no protocol in place for clearing specific movies"),
                    ("_DOCUMENT_1", "she had signed permission slips from parents"),
                ],
            },
            {
                "proposition": "showing such movies opens a door to conversations that have no place in class",
                "claim": [
                    ("_DOCUMENT_0", "they assist teachers in opening a door for conversations"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "This door that she’s talking about, it’s been open"),
                    ("_DOCUMENT_0", "“I was never trying to indoctrinate my students by showing"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 6
    {
        "event": "pac:STORY_130",
        "about": "Trump unveils an education policy loaded with culture war proposals at his first 2024 events",
        "measures": [
            {
                "name": "year of the presidential election Trump runs in",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Trump’s ‘Wall’ Is For [2024]\n"),
                    ("_DOCUMENT_0", "events of his [2024] presidential campaign"),
                    ("_DOCUMENT_0", "a bid for the [2024] presidential race"),
                    ("_DOCUMENT_1", "a potential [2024] competitor"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "public schools teach critical race theory",
                "claim": [
                    ("_DOCUMENT_0", "has rescinded several CRT programs in the state"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "most public school officials across the country do not teach critical race theory",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 7
    {
        "event": "pac:STORY_133",
        "about": "Migrants flown to Martha's Vineyard sue DeSantis alleging fraud; his office says they went voluntarily",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the migrants were lured onto the flights by fraud",
                "claim": [
                    ("_DOCUMENT_0", "alleging they were victims of fraud for political purposes"),
                    ("_DOCUMENT_1", "The Doe Defendants made false promises and false representations"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "was done on a voluntary basis"),
                    ("_DOCUMENT_0", "these individuals opted to take advantage of chartered flights"),
                    ("_DOCUMENT_1", "these individuals opted to take advantage of chartered flights"),
                ],
            },
            {
                "proposition": "the flights broke the law",
                "claim": [
                    ("_DOCUMENT_0", "violated constitutional protections under the Fourth and Fourteenth"),
                    ("_DOCUMENT_1", "claiming that he violated their Fourth and Fourteenth Amendment rights"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "DeSantis has insisted that no laws were broken"),
                ],
            },
            {
                "proposition": "the migrants were left without care on arrival",
                "claim": [
                    ("_DOCUMENT_0", "dropped at Martha 's Vineyard without food , water or shelter"),
                    ("_DOCUMENT_1", "In fact , Defendants had made no arrangements for employment"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "and that they were well cared for"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 8
    {
        "event": "pac:STORY_136",
        "about": "Biden designates the Avi Kwa Ame (Spirit Mountain) monument in Nevada; Nevada's governor objects",
        "measures": [
            {
                "name": "area of the Avi Kwa Ame monument",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "At [more than 506,000 acres]"),
                    ("_DOCUMENT_1", "announcement of the [506,000-acre] Avi Kwa Ame"),
                    ("_DOCUMENT_1", "federal confiscation of [506,814 acres] of Nevada land"),
                ],
            },
            {
                "name": "area of the two new monuments together",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "will protect [close to 514,000 acres] of new public lands"),
                    (
                        "_DOCUMENT_1",
                        "for locking up [500,000 acres] of mineral-rich land in Nevada and Texas",
                    ),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "protecting the monument land need not hamper energy development",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "They can both protect an area while also walking towards an energy future",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_0", "who warn it could hamper wind and solar energy development"),
                    ("_DOCUMENT_1", "The projects will severely limit development in the areas"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 9
    {
        "event": "pac:STORY_14",
        "about": "The US begins its formal withdrawal from the Paris climate accord",
        "measures": [
            {
                "name": "length of the withdrawal process",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "the first step in a [year-long] process"),
                    ("_DOCUMENT_0", "will take effect [one year] from delivery"),
                    ("_DOCUMENT_0", "completed until exactly [one year] later"),
                    ("_DOCUMENT_1", "first step in a [one-year] process"),
                ],
            },
            {
                "name": "rank of this step in the withdrawal",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "the [first] step in a year-long process"),
                    ("_DOCUMENT_1", "marking the [first] step in a one-year process"),
                ],
            },
            {
                "name": "date the withdrawal takes effect",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "one year later on [November 4, 2020]"),
                    ("_DOCUMENT_1", "presidential election, on [November 4, 2020]"),
                ],
            },
            {
                "name": "days between the election and the withdrawal",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "which happens to be [one day] after"),
                    ("_DOCUMENT_1", "completed just [one day] after"),
                ],
            },
            {
                "name": "year of the next presidential election",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "withdrawal just after the [2020] presidential election"),
                    ("_DOCUMENT_0", "one day after the [2020] presidential election. Should"),
                    ("_DOCUMENT_0", "Should Trump lose the [2020] election"),
                    ("_DOCUMENT_0", "for many [2020] Democratic presidential candidates"),
                    ("_DOCUMENT_1", "one day after the [2020] presidential election"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Paris agreement hurts the American economy and workers",
                "claim": [
                    ("_DOCUMENT_0", "decried the Paris climate agreement as a job killer"),
                    ("_DOCUMENT_0", "claiming it would punish American workers and enrich foreign countries"),
                    ("_DOCUMENT_1", "What we won’t do is punish the American people"),
                    ("_DOCUMENT_1", "saying it would unfairly hurt the US economy"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "see the US withdrawal as a missed economic opportunity"),
                    ("_DOCUMENT_0", "would open up an estimated $23 trillion in investment opportunities"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 10
    {
        "event": "pac:STORY_146",
        "about": "Biden releases 15 million more barrels from the Strategic Petroleum Reserve before the midterms",
        "measures": [
            {
                "name": "barrels released in the new drawdown",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "plans to release [15 million barrels of oil or more] from"),
                    ("_DOCUMENT_1", "even more oil, [15 million barrels], from"),
                ],
            },
            {
                "name": "barrels of the release authorized in March",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "the release of [180 million barrels] authorized"),
                    ("_DOCUMENT_1", "the last portion of the [180 million barrels]"),
                ],
            },
            {
                "name": "month Biden authorized the release",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "authorized by Biden in [March] that"),
                    ("_DOCUMENT_1", "he authorized for release in [March]"),
                ],
            },
            {
                "name": "time since the reserve was last this low",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "to its lowest level since [1984]"),
                    ("_DOCUMENT_1", "to its lowest level in [nearly 40 years]"),
                ],
            },
            {
                "name": "price of a barrel of oil now",
                "kind": "disagreement",
                "figures": [
                    ("_DOCUMENT_0", "futures were trading for [around $83] Wednesday"),
                    ("_DOCUMENT_1", "It is [about $90] a barrel now"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "blocking Trump's plan to fill the reserve was right (it was a bailout for big oil)",
                "claim": [
                    ("_DOCUMENT_1", "who labeled Trump's plan a \"$3 billion bailout for big oil"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "It was, to say the least, a shortsighted, politically motivated move"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 11
    {
        "event": "pac:STORY_149",
        "about": "Biden's remark seems to say he has cancer; the White House and a fact-checker say he had it removed",
        "measures": [
            {
                "name": "which frost of the winter (Biden's anecdote)",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "The [first] frost you know"),
                    ("_DOCUMENT_1", "The [first] frost, you know"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Biden has cancer (now)",
                "claim": [
                    ("_DOCUMENT_0", "That's why I and so damn many other people I grew up with have cancer"),
                    ("_DOCUMENT_1", "Biden Appears To Claim He Has Cancer"),
                    ("_DOCUMENT_1", "appeared to claim during remarks about climate change"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "has a clean bill of health"),
                    ("_DOCUMENT_0", "the president was not announcing that he was diagnosed with cancer"),
                    ("_DOCUMENT_1", "mistakenly stated (present tense) that he has cancer"),
                ],
            },
            {
                "proposition": "the RNC's reading of Biden's words is wrong (dumb)",
                "claim": [
                    ("_DOCUMENT_0", '"How dumb is this tweet'),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Today, Biden say he HAS cancer"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 12
    {
        "event": "pac:STORY_19",
        "about": "Trump puts off a vote on an Obamacare replacement until after the 2020 election",
        "measures": [
            {
                "name": "year of the election the health care vote waits for",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "health care until after the [2020] election\n"),
                    ("_DOCUMENT_0", "replacement until after the [2020] elections"),
                    ("_DOCUMENT_0", "in time for his [2020] re-election campaign"),
                    ("_DOCUMENT_0", "legislation before the [2020] election"),
                    ("_DOCUMENT_0", "will figure prominently in [2020]"),
                    ("_DOCUMENT_1", "Obamacare repeal vote after [2020] election"),
                    ("_DOCUMENT_1", "wait until after the [2020] elections"),
                    ("_DOCUMENT_1", "people during the [2020] campaign"),
                    ("_DOCUMENT_1", "hold Americans hostage through [2020]"),
                    ("_DOCUMENT_1", "in the run-up to [November 2020]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Republicans are the party of (great) health care",
                "claim": [
                    ("_DOCUMENT_0", "The Republican Party will be known as the Party of Great HealtCare"),
                    ("_DOCUMENT_1", "President Trump says the GOP is the party of great health care"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Republicans are not the party of health care"),
                ],
            },
            {
                "proposition": "Republicans are working on a replacement plan",
                "claim": [
                    ("_DOCUMENT_0", "The Republicans are developing a really great HealthCare Plan"),
                    ("_DOCUMENT_0", "the President will be putting forward plans this year"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "said they were not a part of a working group"),
                    ("_DOCUMENT_0", "Short had gotten ahead of White House deliberations"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 13
    {
        "event": "pac:STORY_21",
        "about": "The Supreme Court lets abortion providers challenge Texas' six-week abortion law, which stays in effect",
        "measures": [
            {
                "name": "weeks of pregnancy after which the law bans abortion",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "bars the procedure after the [first six weeks] of pregnancy"),
                    ("_DOCUMENT_0", "fetal heartbeat at [around six weeks]"),
                    ("_DOCUMENT_1", "bans abortions after [six weeks] of pregnancy"),
                    ("_DOCUMENT_1", "after their [sixth week] of pregnancy"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "abortion providers may challenge the law in federal court before it is enforced",
                "claim": [
                    ("_DOCUMENT_0", "abortion providers had the right to challenge the law in federal court"),
                    (
                        "_DOCUMENT_1",
                        "The Court concludes that the petitioners may pursue a pre-enforcement challenge",
                    ),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "there is no freestanding constitutional right to pre-enforcement review",
                    ),
                    ("_DOCUMENT_1", "the abortion providers ' suit should be dismissed entirely"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 14
    {
        "event": "pac:STORY_23",
        "about": "The Justice Department sues Georgia over its voting law; Trump blasts the DOJ",
        "measures": [
            {
                "name": "year of the election the law follows",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "false claims that the [2020] election"),
                    ("_DOCUMENT_0", "voter fraud in the [2020] election cycle"),
                    ("_DOCUMENT_1", "CORRUPT AND RIGGED [2020] PRESIDENTIAL ELECTION"),
                    ("_DOCUMENT_1", "issues from the [2020] Election head on"),
                    ("_DOCUMENT_1", "confidence after the [2020] election"),
                ],
            },
            {
                "name": "rank of the lawsuit among federal actions on the voting laws",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "The move is the [first] major federal enforcement action"),
                    ("_DOCUMENT_1", "This lawsuit is the [first] step of many"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the 2020 election in Georgia was rigged (by fraud)",
                "claim": [
                    ("_DOCUMENT_1", "for running a CORRUPT AND RIGGED 2020 PRESIDENTIAL ELECTION"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "fueled by Trump's false claims that the 2020 election"),
                    ("_DOCUMENT_0", "The lack of evidence of voter fraud in the 2020 election cycle"),
                ],
            },
            {
                "proposition": "the law's restrictions are needed (to prevent fraud, restore confidence)",
                "claim": [
                    ("_DOCUMENT_0", "Republicans have argued that the rules were needed to prevent fraud"),
                    ("_DOCUMENT_1", "have insisted the changes are needed to restore voters’ confidence"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "there is no justification that the law is needed to curb fraud"),
                    (
                        "_DOCUMENT_0",
                        "Democrats have countered that the new laws are designed to suppress turnout",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 15
    {
        "event": "pac:STORY_3",
        "about": "Trump signs an order to stop family separation by detaining families together; zero tolerance stays",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the order reverses the administration's border policy",
                "claim": [
                    ("_DOCUMENT_0", "a draft of the order aimed at reversing politically - charged policy"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "The policy is n’t a reversal of his border crackdown"),
                ],
            },
            {
                "proposition": "Congress will follow the order with legislation",
                "claim": [
                    ("_DOCUMENT_0", "ultimately will be matched by legislation , I ’m sure"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "But getting immigration policy through Congress is an uphill battle"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 16
    {
        "event": "pac:STORY_32",
        "about": "Energy Secretary Perry links fossil fuels to preventing sexual assault",
        "measures": [
            {
                "name": "date of Perry's remarks (tweets about them)",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "(@Timothy_Cama) [November 2, 2017]"),
                    ("_DOCUMENT_1", "(@emorwee) [November 2, 2017]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "light (from fossil fuel power) deters sexual assault",
                "claim": [
                    ("_DOCUMENT_0", "light can be a deterrent to sexual assault"),
                    (
                        "_DOCUMENT_1",
                        "When the lights are on, when you have light that shines the righteousness",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_1", "the evidence on whether lighting stops and deters crime is mixed"),
                    (
                        "_DOCUMENT_1",
                        "We can have very little confidence that improved lighting prevents crime",
                    ),
                ],
            },
            {
                "proposition": "fossil fuels are needed to bring power (light) to remote villages",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "using fossil fuel to push power into remote villages in Africa is necessary",
                    ),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "the implication that you need fossil fuels to turn on lights is also false",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 17
    {
        "event": "pac:STORY_36",
        "about": "22 states sue the Trump administration over its replacement of the Clean Power Plan",
        "measures": [
            {
                "name": "states suing",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "[22] states sue Trump"),
                    ("_DOCUMENT_0", "Attorneys general from [22] states"),
                    ("_DOCUMENT_1", "a coalition of [22] states"),
                ],
            },
            {
                "name": "month the EPA finalized the new rule",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "had finalized the rule in [June]"),
                    ("_DOCUMENT_1", "Clean Power Plan, unveiled in [June]"),
                    ("_DOCUMENT_1", "Wheeler said in [June] when"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the new (ACE) rule is unlawful",
                "claim": [
                    ("_DOCUMENT_0", "the Trump administration’s rule violates the Clean Air Act"),
                    ("_DOCUMENT_1", "will fight back against this unlawful, do-nothing rule"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "that we believe will be upheld in the courts"),
                    ("_DOCUMENT_1", "But I also expect us to prevail in the courts"),
                ],
            },
            {
                "proposition": "the Clean Air Act limits the EPA to plant-level measures (the Clean Power Plan overreached)",
                "claim": [
                    ("_DOCUMENT_0", "We don’t believe that’s an EPA role or authority"),
                    ("_DOCUMENT_1", "arguing it was overly broad and illegal"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "that artificially narrows the EPA’s authority"),
                    ("_DOCUMENT_1", "which they say envisioned a systemwide rule"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 18
    {
        "event": "pac:STORY_39",
        "about": "The Supreme Court hears the fight over subpoenas for Trump's financial records and tax returns",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the House subpoenas serve a legitimate legislative purpose",
                "claim": [
                    ("_DOCUMENT_0", 'easily satisfied the "legitimate legislative purpose" test'),
                    ("_DOCUMENT_1", "and to consider legislation relating to government ethics"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "would be empowered to go on countless fishing expeditions"),
                    (
                        "_DOCUMENT_0",
                        "A congressional committee merely needs to say that it is considering legislation",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 19
    {
        "event": "pac:STORY_42",
        "about": "Central American leaders meet Obama on the child migrant surge; an in-country refugee plan for Honduras",
        "measures": [],
        "contradictions": [
            {
                "proposition": "processing refugee claims in Central America reduces the flow of migrants",
                "claim": [
                    ("_DOCUMENT_0", "in order to reduce the number of illegal immigrants"),
                    ("_DOCUMENT_1", "Hoping to stem the recent surge of migrants"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "some of their proposed solutions would do just the opposite"),
                    ("_DOCUMENT_1", "an enormous additional flow of people from those countries"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 20
    {
        "event": "pac:STORY_45",
        "about": "Christie says parents should have 'some measure of choice' on vaccination amid a measles outbreak",
        "measures": [],
        "contradictions": [
            {
                "proposition": "parents should have a measure of choice on vaccinating their children",
                "claim": [
                    ("_DOCUMENT_0", "But I also understand that parents need to have some measure of choice"),
                    ("_DOCUMENT_1", "Parents Should Have 'Some Measure Of Choice'"),
                    ("_DOCUMENT_1", "“ I also understand that parents need to have some measure of choice"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "President Obama advised parents to get their kids vaccinated"),
                    ("_DOCUMENT_1", "There is every reason to get vaccinated"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 21
    {
        "event": "pac:STORY_49",
        "about": "Klobuchar launches her presidential run: reports of mistreated staff; Republicans gush over her",
        "measures": [
            {
                "name": "Klobuchar's terms in the Senate",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "[three - term] senator has received"),
                    ("_DOCUMENT_1", "The [three - term] senator is no"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Klobuchar is nice ('Minnesota nice')",
                "claim": [
                    ("_DOCUMENT_1", "She ’s too reasonable , too likable , too nice"),
                    ("_DOCUMENT_1", "But befitting her “ Minnesota nice ” style"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "demeaned and berated her staff almost daily"),
                    ("_DOCUMENT_0", "Blowing up at staff and driving them away at high rates"),
                    ("_DOCUMENT_1", "amid multiple reports she has mistreated staff"),
                ],
            },
            {
                "proposition": "Klobuchar is an effective legislator",
                "claim": [
                    ("_DOCUMENT_1", "She ’s someone that ’s more oriented toward getting some things done"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "The successful legislation she 's sponsored mostly falls in the category",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 22
    {
        "event": "pac:STORY_51",
        "about": "Manchin opposes the $3.5 trillion reconciliation bill: a model for moderates, or selfishness",
        "measures": [
            {
                "name": "size of the reconciliation package",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Stop Biden's [$3.5 trillion] boondoggle"),
                    ("_DOCUMENT_0", "the Democrats’ [$3.5 trillion] spending package"),
                    ("_DOCUMENT_0", "opposing the left’s [$3.5 trillion] package"),
                    ("_DOCUMENT_0", "the partisan [$3.5 trillion] boondoggle"),
                    ("_DOCUMENT_0", "Stopping this [$3.5 trillion] budget"),
                    ("_DOCUMENT_1", "to spend another [$3.5 trillion] right now"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Manchin opposes the bill because of inflation and the debt",
                "claim": [
                    ("_DOCUMENT_0", "Manchin accurately accused the bill of having"),
                    ("_DOCUMENT_1", "He expressed concern about inflation and the national debt"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "The decisive factor for Manchin isn’t the debt, the pandemic or the inflation rate",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 23
    {
        "event": "pac:STORY_56",
        "about": "Biden's 'you ain't black' remark: identity politics as control, or a norm of black group solidarity",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the remark reveals a Democratic strategy to control and intimidate black voters",
                "claim": [
                    ("_DOCUMENT_0", "he revealed the ugly truth about the Democratic strategy"),
                    ("_DOCUMENT_0", "It is voter intimidation of the highest order"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "the black norm of supporting the Democratic Party is aimed at empowering the group",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 24
    {
        "event": "pac:STORY_6",
        "about": "The Obama administration proposes cuts to Medicare Advantage payment rates for 2015",
        "measures": [
            {
                "name": "size of the proposed cut",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "translate to a cut of [1.9 percent] for 2015"),
                    ("_DOCUMENT_1", "reduce these benchmarks by [1.9 percent] in 2015"),
                ],
            },
            {
                "name": "year the cut applies to",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "a cut of 1.9 percent for [2015]"),
                    ("_DOCUMENT_1", "benchmarks by 1.9 percent in [2015]"),
                ],
            },
            {
                "name": "people in Medicare Advantage plans",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "now serve [nearly 16 million] people"),
                    ("_DOCUMENT_1", "[About 15 million] people —"),
                ],
            },
            {
                "name": "share of Medicare beneficiaries in the plans",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "or [about 30 percent] of Medicare beneficiaries"),
                    ("_DOCUMENT_1", "plans serving [more than one - fourth] of all beneficiaries"),
                    ("_DOCUMENT_1", "people — [29 percent] of the 52 million"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the cuts will make seniors lose benefits or pay more",
                "claim": [
                    ("_DOCUMENT_0", "Insurers say they will be forced to pass on higher costs to seniors"),
                    ("_DOCUMENT_1", "will lose the plans , benefits , doctors and financial protection"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "the plans do n't need to be paid as much to turn a profit"),
                    ("_DOCUMENT_1", "Republicans ’ false attacks on Medicare are n’t surprising"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 25
    {
        "event": "pac:STORY_62",
        "about": "Trump fumes over border wall funding and threatens a shutdown in September",
        "measures": [
            {
                "name": "wall funding the Senate plans to send",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "his own staff about the [$ 1.6 billion] the Senate"),
                    ("_DOCUMENT_1", "his own staff about the [$ 1.6 billion] the Senate"),
                    ("_DOCUMENT_1", "In fact , the [$ 1.6 billion] figure"),
                    ("_DOCUMENT_1", "he views [$ 1.6 billion] as a floor"),
                ],
            },
            {
                "name": "full wall funding Trump wants",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "the funds for his [$ 25 billion] project"),
                    ("_DOCUMENT_0", "Trump wants the full [$ 25 billion] upfront"),
                    ("_DOCUMENT_0", "getting the [$ 25 billion] in a lump sum"),
                    ("_DOCUMENT_1", "Trump wants the full [$ 25 billion] upfront"),
                    ("_DOCUMENT_1", "getting the [$ 25 billion] in a lump sum"),
                    ("_DOCUMENT_1", "offered to provide [$ 25 billion] in border wall funding"),
                    ("_DOCUMENT_1", "unlikely to provide [$ 25 billion] for Trump"),
                    ("_DOCUMENT_1", "he needs the full [$ 25 billion]"),
                ],
            },
            {
                "name": "month of the threatened shutdown",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "shut down the government in [September]"),
                    ("_DOCUMENT_1", "threatened a shutdown in [September]"),
                    ("_DOCUMENT_1", "shut down the government in [September]"),
                ],
            },
            {
                "name": "people familiar with the meeting (sources)",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "according to [two] people familiar"),
                    ("_DOCUMENT_1", "according to [two] people familiar"),
                ],
            },
        ],
        "contradictions": [],
    },
    # ------------------------------------------------------------------ position 26
    {
        "event": "pac:STORY_70",
        "about": "Trump vetoes the defense authorization bill over Section 230 and base renaming",
        "measures": [
            {
                "name": "cost of the defense bill",
                "kind": "disagreement",
                "figures": [
                    ("_DOCUMENT_0", "who voted against the [$732 billion] bill"),
                    ("_DOCUMENT_1", "Trump vetoes [$740 billion] defense legislation"),
                    ("_DOCUMENT_1", "The [$740 billion] bill funds the Pentagon"),
                ],
            },
            {
                "name": "year of the Communications Decency Act",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Trump said the [1996] law"),
                    ("_DOCUMENT_1", "Section 230 of the [1996] Communications Decency Act"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the defense bill serves national security",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "McConnell previously said the bill boosts the military against adversaries",
                    ),
                    ("_DOCUMENT_1", "it's absolutely vital to our national security and our troops"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "the Act fails to include critical national security measures"),
                    ("_DOCUMENT_0", "It is a ‘gift’ to China and Russia"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 27
    {
        "event": "pac:STORY_74",
        "about": "Trump praises Putin as 'very smart' for not retaliating against Obama's sanctions",
        "measures": [
            {
                "name": "Russians expelled",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "expelling [35] Russian intelligence agents"),
                    ("_DOCUMENT_1", "the expulsion of [35] Russian diplomats"),
                ],
            },
            {
                "name": "Russian compounds closed",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "closing [two] Russian compounds"),
                    ("_DOCUMENT_1", "the shuttering of [two] Russian facilities"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Russia hacked to interfere in the US election",
                "claim": [
                    ("_DOCUMENT_0", "for allegedly using computer hacking to interfere"),
                    ("_DOCUMENT_1", "U.S. intelligence officials have accused the Russians of hacking"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "While Putin and Russia deny the allegations"),
                    ("_DOCUMENT_1", "Trump has questioned whether Russia was involved in hacking"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 28
    {
        "event": "pac:STORY_79",
        "about": "The Colorado Springs Planned Parenthood shooting: Lynch's statement; Huckabee calls it domestic terrorism",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the anti-abortion movement's rhetoric fed the attack",
                "claim": [
                    ("_DOCUMENT_0", "Planned Parenthood and its supporters were quick to blame the videos"),
                    (
                        "_DOCUMENT_0",
                        "extremists are creating a poisonous environment that feeds domestic terrorism",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_1", "there ’s nothing about any of us that would condone"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 29
    {
        "event": "pac:STORY_81",
        "about": "The NRA's LaPierre attacks background checks, Biden and the administration at CPAC",
        "measures": [],
        "contradictions": [
            {
                "proposition": "universal background checks will lead to a federal registry of gun owners",
                "claim": [
                    ("_DOCUMENT_0", "What 's the point of registering lawful gun owners"),
                    ("_DOCUMENT_1", "expanded background checks were a first step toward a liberal desire"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "jumping to the false conclusion that universal background checks"),
                    (
                        "_DOCUMENT_1",
                        "Supporters of expanded checks deny the legislation would create such a registry",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 30
    {
        "event": "pac:STORY_85",
        "about": "The 2014 Senate races on the eve of the election: Republicans need six seats for a slim majority",
        "measures": [
            {
                "name": "net seats Republicans need to win the Senate",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Republicans need to gain [six] net seats"),
                    ("_DOCUMENT_1", "a net gain of [six] seats"),
                ],
            },
        ],
        "contradictions": [],
    },
]
