"""A fifth fresh comparison gold, written by hand on events that no Parallax run has seen (issue 9).

Same form as ``written.py`` and ``written_fresh.py`` .. ``written_fresh4.py`` (read their docstrings): each
figure is an *anchor*, a piece of the article's input text with the figure in square brackets, a leading "!"
marking an outlier of an agreement; each statement of a contradiction is a piece of its sentence.
``build.py --fresh5`` turns this file into ``events_fresh5.jsonl`` (every event ``part: fresh5``) and checks
every span by slicing the input.

These events are scored once, at the very end, as the estimate for unseen stories; nobody may run Parallax
on their articles before that. How they were chosen (a fixed rule, not by their content):
``docs/bench/comparison_fresh5.md``. Events are written in the rule's order, the two corpora alternately
(basil 1, pac 1, basil 2, pac 2, ...).

Articles are named by the suffix of their id: ``_1`` is ``basil/UUID_1`` in event ``basil:UUID``,
``_DOCUMENT_0`` is ``pac/STORY_7_DOCUMENT_0`` in event ``pac:STORY_7``.
"""

from __future__ import annotations

from typing import Any

EVENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ position 1
    {
        "event": "basil:22b6e900-4826-4b09-a9f8-5d7afe46e78b",
        "about": "Bruce Braley apologizes for calling Grassley a farmer who never went to law school",
        "measures": [
            {
                "name": "month of Braley's fundraiser in Texas",
                "kind": "agreement",
                "figures": [
                    ("_1", "At a [January] fundraiser in Texas"),
                    ("_2", "speaking at a [January] fund-raiser"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_1",
        "about": "Trump's op-ed says Democrats' 'Medicare for All' would demolish seniors' Medicare; CNN on it",
        "measures": [
            {
                "name": "cost of the single-payer plan",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "would cost an astonishing [$32.6 trillion]"),
                    ("_DOCUMENT_1", "would cost [$32.6 trillion] over"),
                ],
            },
            {
                "name": "years the cost estimate covers",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "during its [first 10 years]"),
                    ("_DOCUMENT_1", "over its [first 10 years]"),
                ],
            },
            {
                "name": "month of the midterm elections",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "control of Congress this [November], we will"),
                    ("_DOCUMENT_1", "less than a month from the [November] elections"),
                    ("_DOCUMENT_1", "control of Congress this [November], we will"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Trump's actions are bringing health insurance premiums down",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "I have kept that promise, and we are now seeing health insurance premiums",
                    ),
                    ("_DOCUMENT_1", "Trump said he’s kept his promise to lower health care premiums"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "his actions are not the reason insurers are lowering premiums"),
                ],
            },
            {
                "proposition": "the Mercatus study concludes that the plan would save Americans $2 trillion",
                "claim": [
                    ("_DOCUMENT_1", "the same Mercatus report claims the proposal would save Americans"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "the author of the study has said that claim is not his conclusion"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 2
    {
        "event": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23",
        "about": "RNC chairman Michael Steele calls Afghanistan 'a war of Obama's choosing'; Republicans criticize him",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the war in Afghanistan is a war of Obama's choosing",
                "claim": [
                    ("_1", "a military fight he called “a war of Obama’s choosing.”"),
                    ("_2", 'his on-camera claim that Afghanistan is a "war of Obama\'s choosing"'),
                ],
                "denial": [
                    ("_1", "Needless to say, the war in Afghanistan was not ‘a war of Obama’s choosing.’"),
                    ("_2", "This is America's war. It's not Obama's war"),
                    ("_3", "Needless to say, the war in Afghanistan was not “a war of Obama’s choosing.”"),
                ],
            },
            {
                "proposition": "Steele said the war in Afghanistan cannot be won",
                "claim": [
                    ("_3", "saying that Afghanistan is a largely unwinnable war"),
                ],
                "denial": [
                    ("_3", "insisting that he merely meant that President Obama has not been forthcoming"),
                    ("_1", "There is no question that America must win the war on terror"),
                    ("_2", "There is no question that America must win the war on terror"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_113",
        "about": "Activists plan protests at conservative justices' homes and rallies spread after the draft Roe leak",
        "measures": [],
        "contradictions": [],
    },
    # ------------------------------------------------------------------ position 3
    {
        "event": "basil:450755dd-30d3-478b-933e-917be5c384ba",
        "about": "Chick-fil-A Appreciation Day draws crowds and protests after its president's remarks on marriage",
        "measures": [],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_126",
        "about": "The Minneapolis teachers' contract protects teachers of color from layoffs before white teachers",
        "measures": [
            {
                "name": "length of the teachers' strike",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "After a [two-week] long strike"),
                    ("_DOCUMENT_1", "following a [two-week] strike"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the agreement discriminates against white teachers",
                "claim": [
                    ("_DOCUMENT_1", "to institute a policy that will discriminate against white teachers"),
                    ("_DOCUMENT_1", "the policy is racially discriminatory and unconstitutional"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "It’s doubtful that the agreement was made just to target white teachers",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 4
    {
        "event": "basil:472158a1-4e39-4214-8397-904e66f2b4c5",
        "about": "Bloomberg endorses Clinton at the Democratic convention and attacks Trump; their soured ties",
        "measures": [
            {
                "name": "the check Trump started his business with, as Bloomberg put it",
                "kind": "agreement",
                "figures": [
                    ("_2", "start it with a [million-dollar] check"),
                    ("_3", "start it with a [million-dollar] check"),
                ],
            },
            {
                "name": "lawsuits in Trump's record",
                "kind": "agreement",
                "figures": [
                    ("_2", "bankruptcies and [thousands of] lawsuits"),
                    ("_3", "bankruptcies, [thousands of] lawsuits"),
                ],
            },
            {
                "name": "Bloomberg's time as mayor of New York",
                "kind": "agreement",
                "figures": [
                    ("_1", "the second of his [three terms] as mayor"),
                    ("_3", "run America’s largest city for [12 years]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Bloomberg is worth as much as estimated",
                "claim": [
                    ("_2", "who has an estimated net worth of $48 billion"),
                ],
                "denial": [
                    ("_1", "Mr. Trump voiced skepticism that Mr. Bloomberg was worth as much as Forbes"),
                ],
            },
            {
                "proposition": "Trump and Bloomberg were friends",
                "claim": [
                    ("_1", "“We used to be friends,” Mr. Trump told CNN"),
                    ("_3", "his former friend"),
                ],
                "denial": [
                    ("_1", "underscoring the extent to which the men were not close"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_134",
        "about": "The Trump Organization is fined $1.6 million for tax fraud; Weisselberg's jail sentence",
        "measures": [
            {
                "name": "fine the Trump Organization must pay",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "sentenced to pay [$1.6M] for"),
                    ("_DOCUMENT_0", "ordered to pay [$1.6 million] in fines"),
                    ("_DOCUMENT_1", "ordered to pay [$1.6 million] fine for"),
                    ("_DOCUMENT_1", "ordered to pay a [$1.6 million] fine at"),
                ],
            },
            {
                "name": "Trump Organization companies convicted",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "for each of the [two] entities"),
                    ("_DOCUMENT_0", "[Two] companies within the Trump Organization"),
                    ("_DOCUMENT_1", "[Two] Trump Organization companies were"),
                    ("_DOCUMENT_1", "Executives at the [two] companies"),
                ],
            },
            {
                "name": "Weisselberg's jail sentence",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "a promised [five-month] jail sentence"),
                    ("_DOCUMENT_0", "sentenced Tuesday to [five months] in prison"),
                    ("_DOCUMENT_1", "sentenced Tuesday to [five months] in New York"),
                ],
            },
            {
                "name": "length of the tax fraud scheme",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "throughout the [approximately 15-year] scheme"),
                    ("_DOCUMENT_1", "this type of [decade-plus] systemic"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Trump knew of and sanctioned the tax fraud scheme",
                "claim": [
                    ("_DOCUMENT_0", "while found by the court to have sanctioned illegal activities"),
                    ("_DOCUMENT_1", "A number of these actions were implicitly sanctioned from the top down"),
                    ("_DOCUMENT_1", 'showed Trump "explicitly sanctioning tax fraud'),
                ],
                "denial": [
                    ("_DOCUMENT_1", "has denied any knowledge of the scheme"),
                ],
            },
            {
                "proposition": "the Trump Organization's companies are guilty of tax fraud under the law",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "prosecutors proved in court that the company dodged significant tax obligations",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_0", 'the case was "unprecedented and legally incorrect"'),
                    ("_DOCUMENT_1", "does not understand the tax law, and that was part of what was wrong"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 5
    {
        "event": "basil:4f473faf-f928-4cfd-8bed-00578be9db9a",
        "about": "Backlash against Indiana's religious freedom law: travel bans; Pence and lawmakers move to clarify it",
        "measures": [
            {
                "name": "other states with a similar religious freedom law",
                "kind": "agreement",
                "figures": [
                    ("_1", "adopted by [about 19] other states"),
                    ("_2", "and [19] other states also have"),
                ],
            },
            {
                "name": "year Clinton signed the federal religious freedom law",
                "kind": "agreement",
                "figures": [
                    ("_2", "then-President Bill Clinton in [1993] signed"),
                    ("_3", "President Bill Clinton signed in [1993]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Indiana's law allows discrimination against gays and lesbians",
                "claim": [
                    ("_2", "The primary concern is that the law might allow a business to discriminate"),
                    ("_3", "where a controversial new law could allow businesses to deny service"),
                    (
                        "_3",
                        "the law provides legal justification for discrimination against LGBT individuals",
                    ),
                ],
                "denial": [
                    ("_1", "rejected assertions that it sanctioned discrimination against gays and lesbians"),
                    ("_2", "“The new law does not discriminate,” Long said"),
                    ("_3", "It is not the intent of the law to discriminate against anyone"),
                    ("_3", "grossly misconstrued as a 'license to discriminate"),
                ],
            },
            {
                "proposition": "Indiana's law is the same as the federal law",
                "claim": [
                    ("_3", "It simply mirrors federal law that President Bill Clinton signed"),
                ],
                "denial": [
                    ("_1", "Critics, however, say the Indiana law includes different wording"),
                    ("_2", "However, the Indiana law differs in several ways"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_142",
        "about": "Twitter drops its ban on deadnaming and misgendering transgender users",
        "measures": [],
        "contradictions": [
            {
                "proposition": "anti-transgender rhetoric online leads to real-world discrimination and violence",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "at a time when anti-transgender rhetoric online is leading to real world",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_0", "so such charges remain not just unproved, but unprovable"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 6
    {
        "event": "basil:58ed2376-35a0-453a-a08e-5cd87e3bdea5",
        "about": "Arizona Governor Brewer is pressed to veto, then vetoes, the bill letting businesses refuse gays",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the Arizona bill allows discrimination against gays",
                "claim": [
                    ("_1", "legislation that allows discrimination"),
                    ("_2", "effectively allowing them to discriminate against same-sex couples"),
                    ("_3", "gives carte blanche for anybody to discriminate under the guise of religion"),
                ],
                "denial": [
                    ("_1", "They argue the bill is designed only to protect business owners"),
                    ("_3", "the bill has instead been mischaracterized by its opponents as a sword"),
                ],
            },
            {
                "proposition": "the bill is needed to protect religious liberty in Arizona",
                "claim": [
                    ("_1", "is needed to protect against increasingly activist federal courts"),
                ],
                "denial": [
                    ("_2", "does not address a specific or present concern related to religious liberty"),
                    ("_2", "I have not heard one example where business owners' religious liberty"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_18",
        "about": "USCIS is told to start deportations itself; the government's push to revoke citizenship",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the government is doing nothing new in pursuing denaturalization",
                "claim": [
                    ("_DOCUMENT_1", "The government says it is doing what it has always done"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "it ’s new terrain for the government"),
                    ("_DOCUMENT_1", "They ’re being more aggressive"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 7
    {
        "event": "basil:59f2f47c-5da0-4fbc-be6e-4f15d45d82e2",
        "about": "Cruz blames Trump for the National Enquirer's affair story after their fight over their wives",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Cruz had extramarital affairs",
                "claim": [
                    ("_2", "claiming that Cruz had extramarital affairs with five women"),
                ],
                "denial": [
                    ("_2", "Cruz vehemently denied the rumors"),
                    ("_2", "these attacks are garbage"),
                    ("_3", "“It is garbage, complete and utter lies,” Cruz said"),
                    ("_3", "“Of course the National Enquirer story is 100 percent false!,”"),
                ],
            },
            {
                "proposition": "Trump was behind the National Enquirer story",
                "claim": [
                    ("_2", "accusing the billionaire of enlisting"),
                    ("_3", "The Texas lawmaker blamed his rival for the National Enquirer story"),
                    ("_3", "it has come from Donald Trump and his henchmen"),
                ],
                "denial": [
                    ("_2", "but I had absolutely nothing to do with it"),
                    ("_2", "also denied that the story had been influenced by Trump backers"),
                    ("_2", "No one influences the reporting that The National Enquirer does"),
                ],
            },
            {
                "proposition": "Cruz was behind the ad with the nude photo of Melania Trump",
                "claim": [
                    ("_3", "Lyin' Ted Cruz just used a picture of Melania from a GQ shoot in his ad"),
                ],
                "denial": [
                    ("_1", "Mr. Cruz has no affiliation with the super PAC"),
                    ("_3", "Cruz quickly retorted by saying that the ads did not come not from his campaign"),
                    ("_3", "Pic of your wife not from us"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_24",
        "about": "The Labor Department may delay the last jobs report before the election because of Hurricane Sandy",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the Labor Department may delay the jobs report until after the election",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "it has n’t made a decision yet on whether to delay Friday ’s October jobs report",
                    ),
                    (
                        "_DOCUMENT_1",
                        "Labor Dept says may release latest Unemployment figures until after election",
                    ),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "Federal officials say they ’re preparing to release the jobs and unemployment",
                    ),
                    ("_DOCUMENT_1", "It is our intention that Friday will be business as usual"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 8
    {
        "event": "basil:74708dbf-5dfc-4c66-8419-d7dbc00e4a06",
        "about": "RNC chairman Michael Steele is to announce whether he seeks a second term",
        "measures": [
            {
                "name": "election cycle the next RNC chairman leads the party into",
                "kind": "agreement",
                "figures": [
                    ("_1", "into the [2012] election cycle"),
                    ("_2", "for the [2012] election cycle"),
                ],
            },
            {
                "name": "the term Steele would seek as RNC chairman",
                "kind": "agreement",
                "figures": [
                    ("_1", "and seek a [second] term"),
                    ("_2", "Intentions on a [Second] Term"),
                    ("_2", "enough support for a [second] term"),
                    ("_3", "will not seek a [second] term"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Steele will not seek another term as RNC chairman",
                "claim": [
                    ("_1", "leading many party leaders to conclude that Mr. Steele will not seek reelection"),
                    ("_2", "they expect Steele to announce he is not running for re-election"),
                    ("_3", "is expected by some to announce that he will not seek a second term"),
                    ("_3", "they believe Steele will drop out of the race"),
                ],
                "denial": [
                    ("_2", "say he wants to run for another term"),
                    ("_3", "the chairman would indeed be seeking another term atop the RNC"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_33",
        "about": "Gay hotelier Ian Reisner apologizes for hosting an event for Ted Cruz",
        "measures": [
            {
                "name": "gay businessmen who hosted the Cruz event",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "One of the [two] openly gay hoteliers"),
                    ("_DOCUMENT_0", "the lives of these [two] men"),
                    ("_DOCUMENT_1", "a boycott of the [two] men's businesses"),
                ],
            },
            {
                "name": "hours Reisner spent reviewing videos of Cruz's statements",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "I’ve spent the [past 24 hours] reviewing"),
                    ("_DOCUMENT_1", "I've spent the [past 24 hours] reviewing"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Reisner did not know Cruz's positions on gay marriage",
                "claim": [
                    (
                        "_DOCUMENT_1",
                        "explaining that he did not do his homework on Cruz's record on marriage equality",
                    ),
                    ("_DOCUMENT_1", "without taking the time to completely understand all of his positions"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "No one with a half a brain believes Reisner was unaware"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 9
    {
        "event": "basil:76810849-0335-4ad3-9eaf-f0d9c5baceb6",
        "about": "The Orlando nightclub massacre: Obama's response, and Trump's call for him to resign",
        "measures": [
            {
                "name": "people killed in the nightclub shooting",
                "kind": "agreement",
                "figures": [
                    ("_1", "massacre in which [50] people were killed"),
                    ("_2", "with [50] people killed"),
                    ("_3", "that left [50] people dead"),
                ],
            },
            {
                "name": "people wounded in the nightclub shooting",
                "kind": "agreement",
                "figures": [
                    ("_1", "and [at least 53] others were wounded"),
                    ("_2", "killed and [53] wounded"),
                    ("_3", "and [scores of] others injured"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_40",
        "about": "The CDC halves its Covid isolation and quarantine times: a welcome change, or a confusing one",
        "measures": [
            {
                "name": "isolation period after a positive test under the new guidance",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "after [five days] rather than 10"),
                    ("_DOCUMENT_1", "to leave isolation after [five days] if"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the new CDC guidance is reasonable and grounded in science",
                "claim": [
                    ("_DOCUMENT_1", "I read the guidance , and it seems reasonable"),
                    ("_DOCUMENT_1", "I think the guidelines are responsive to the situation we are in"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "disagrees that the guidance is reasonable"),
                    ("_DOCUMENT_1", "is not supported by any public health science or best practice"),
                    ("_DOCUMENT_0", "on this one , ignore the CDC"),
                ],
            },
            {
                "proposition": "the CDC changed its guidance under political or lobbying pressure",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "implicit accusation that the agency had changed its guidelines in order to please",
                    ),
                    (
                        "_DOCUMENT_1",
                        "accusations that the decision was made based on politics or lobbying pressure",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_1", "They are attempting to stick to science"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 10
    {
        "event": "basil:7f9c83f7-3efa-4c7a-adef-3ebdeda96042",
        "about": "Marco Rubio lays out his hawkish foreign policy doctrine at the Council on Foreign Relations",
        "measures": [
            {
                "name": "pillars of Rubio's foreign policy doctrine",
                "kind": "agreement",
                "figures": [
                    ("_2", "has [three] main pillars"),
                    ("_3", "he was guided by [three] principles"),
                ],
            },
            {
                "name": "rank of funding the military among Rubio's priorities",
                "kind": "agreement",
                "figures": [
                    ("_1", "my [first] priority will be"),
                    ("_2", "Mr. Rubio’s [first] priority will be"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Jeb Bush would still support the Iraq invasion knowing there were no weapons of mass destruction",
                "claim": [
                    ("_3", "he supported the invasion even now that he knows Iraq did not have weapons"),
                ],
                "denial": [
                    ("_3", "Jeb Bush later said he had misunderstood the question"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_48",
        "about": "Trump's Hispanic Prosperity Initiative order; Goya's CEO praises Trump and a boycott follows",
        "measures": [],
        "contradictions": [],
    },
    # ------------------------------------------------------------------ position 11
    {
        "event": "basil:8385a996-1afc-4778-a06d-7070a8f19e27",
        "about": "Justice Ginsburg's remarks about Trump draw his rebuke and criticism from both parties",
        "measures": [
            {
                "name": "what a Trump presidency could mean for the country in Ginsburg's words",
                "kind": "agreement",
                "figures": [
                    ("_1", "For the country, it could be [four years]"),
                    ("_2", "For the country, it could be [four years]"),
                    ("_3", "For the country, it could be [four years]"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_57",
        "about": "Single-payer health care: doctors warm to it but it is not the cure, or Democrats can win with it",
        "measures": [],
        "contradictions": [
            {
                "proposition": "single-payer universal health care is the right policy",
                "claim": [
                    ("_DOCUMENT_1", "It is an attainable goal that is not only morally right"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "But a federal takeover of our healthcare system isn't the answer"),
                    ("_DOCUMENT_0", "single-payer isn't the cure"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 12
    {
        "event": "basil:8abec8d9-50a2-480e-969a-157f94954f4d",
        "about": "Former Mexican president Vicente Fox says Trump is not welcome before his visit to Mexico",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Vicente Fox invited Trump to visit Mexico when he apologized",
                "claim": [
                    ("_1", "also invited me when he apologized for using the ‘f bomb"),
                    ("_2", "also invited me when he apologized for using the “f bomb"),
                    ("_2", "and even invited Trump “to come to Mexico and to learn about the real Mexico"),
                    ("_3", "the former Mexican president once suggested that he pay the country a visit"),
                ],
                "denial": [
                    ("_2", "I invited you to come and apologize to all Mexicans"),
                    (
                        "_3",
                        "reminding Mr. Trump that he invited him to come to Mexico and personally apologize",
                    ),
                ],
            },
            {
                "proposition": "Mexico will pay for Trump's border wall",
                "claim": [
                    ("_2", "promising the country would pay for the construction of a wall"),
                ],
                "denial": [
                    ("_2", "promising that Mexico would “never pay for that fucking wall"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_67",
        "about": "The Clinton Foundation will keep accepting donations from six foreign governments during her run",
        "measures": [],
        "contradictions": [],
    },
    # ------------------------------------------------------------------ position 13
    {
        "event": "basil:8dac6c12-b5ca-468c-a249-7e0ab42f6b52",
        "about": "Hillary Clinton urges Obama to listen to Pelosi on the Pacific trade deal without taking a side",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Clinton has stated her position on the Pacific trade deal",
                "claim": [
                    ("_1", "and that she has explained her position in recent weeks"),
                ],
                "denial": [
                    ("_1", "but still declined to say whether she supports or opposes the legislation"),
                    ("_1", "she has refused to take a position on the deal since announcing her candidacy"),
                    ("_2", "She declined to take sides on the Friday vote itself"),
                    ("_3", "her campaign said she would not be taking a position on trade"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_76",
        "about": "A Pennsylvania judge blocks enforcement of the state's voter ID law in the November election",
        "measures": [
            {
                "name": "date of the presidential election",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "before Election Day — [Nov. 6]"),
                    ("_DOCUMENT_0", "through the [November] election"),
                    ("_DOCUMENT_1", "voter identification law in [November]"),
                    ("_DOCUMENT_1", "would have one by [Nov. 6]"),
                    ("_DOCUMENT_1", "produce a photo ID on [Nov. 6]"),
                    ("_DOCUMENT_1", "right to vote this [November] without"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the voter ID law is meant to prevent election fraud",
                "claim": [
                    ("_DOCUMENT_0", "who say they fear election fraud"),
                    ("_DOCUMENT_1", "Republicans say the laws are necessary to prevent election fraud"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "But it is an emotional target for Democrats who call it a Jim Crow"),
                    (
                        "_DOCUMENT_1",
                        "without the politically motivated restrictions that Republicans tried to impose",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 14
    {
        "event": "basil:96b7046f-f584-422f-a626-6f86a26dfd8b",
        "about": "A GOP aide apologizes for, then resigns over, a Facebook post criticizing Obama's daughters",
        "measures": [
            {
                "name": "Malia Obama's age",
                "kind": "agreement",
                "figures": [
                    ("_2", "aged [16] and 13"),
                    ("_3", "Malia, [16], was dressed"),
                ],
            },
            {
                "name": "Sasha Obama's age",
                "kind": "agreement",
                "figures": [
                    ("_2", "aged 16 and [13] respectively"),
                    ("_3", "Sasha, [13], wore"),
                ],
            },
            {
                "name": "turkeys Obama pardoned",
                "kind": "agreement",
                "figures": [
                    ("_1", "Mac and Cheese, the [two] turkeys"),
                    ("_2", "he pardoned [two] turkeys"),
                ],
            },
            {
                "name": "Obama daughters Lauten criticized",
                "kind": "agreement",
                "figures": [
                    ("_1", "wrote that the [two] teenagers"),
                    ("_1", "judged the [two] young ladies"),
                    ("_2", "judged the [two] young ladies"),
                    ("_3", "judged the [two] young ladies"),
                ],
            },
        ],
        "contradictions": [],
    },
    {
        "event": "pac:STORY_84",
        "about": "Senator Sheldon Whitehouse and his family's membership of a reportedly all-white beach club",
        "measures": [
            {
                "name": "year GoLocal first asked Whitehouse about the club",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "confronted Mr Whitehouse in [2017]"),
                    ("_DOCUMENT_1", "comments Whitehouse made in [2017]"),
                    ("_DOCUMENT_1", "In [2017], Whitehouse told"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the beach club does not accept members who are not white",
                "claim": [
                    ("_DOCUMENT_0", "which does not allow minorities into its ranks"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "denied that the club has discriminatory policies"),
                    ("_DOCUMENT_1", "The club has no such restrictive policies"),
                ],
            },
            {
                "proposition": "Whitehouse apologized for his membership of the club",
                "claim": [
                    ("_DOCUMENT_0", "Sheldon Whitehouse has apologised for"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "refused to apologize for his family's membership"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 15
    {
        "event": "basil:97b1305c-13ca-4b74-a56a-f459bd79dfaf",
        "about": "The NAACP passes a resolution condemning racist elements in the Tea Party; Tea Party groups respond",
        "measures": [
            {
                "name": "month of the alleged racial epithets at black lawmakers on Capitol Hill",
                "kind": "agreement",
                "figures": [
                    ("_2", "referenced an incident in [March] when"),
                    ("_2", "accosted black lawmakers in [March] and"),
                    ("_2", "reference to the [March] incident"),
                    ("_3", "most notably in [March] near the end"),
                ],
            },
            {
                "name": "month the NAACP board approves the resolution",
                "kind": "agreement",
                "figures": [
                    ("_2", "during its meeting in [October]"),
                    ("_3", "during its meeting in [October]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Tea Party movement tolerates racism in its ranks",
                "claim": [
                    ("_1", "calling for Tea Party groups to weed “racist elements” out of their ranks"),
                    ("_2", "What we take issue with is the Tea Party's continued tolerance for bigotry"),
                    ("_3", "accused tea party activists on Tuesday of tolerating bigotry"),
                    ("_3", "We have an issue with their acceptance and welcoming of white supremacists"),
                ],
                "denial": [
                    ("_1", "Tea Party groups say there is no racism within the movement"),
                    ("_3", "Tea party organizers disputed claims of racism"),
                    ("_3", "Poulter said he has seen no evidence of racism within the movement"),
                ],
            },
            {
                "proposition": "Tea Party protesters hurled racial epithets at black lawmakers",
                "claim": [
                    ("_1", "accused protesters of hurling racial epithets"),
                    (
                        "_3",
                        "said some demonstrators, many of them tea party activists, yelled a racial epithet",
                    ),
                ],
                "denial": [
                    (
                        "_2",
                        "Tea Party members have challenged claims that their activists accosted black lawmakers",
                    ),
                    ("_2", 'said "there was no proof" of racist behavior at the event'),
                ],
            },
            {
                "proposition": "the NAACP called the whole Tea Party movement racist",
                "claim": [
                    ("_3", "saddened by the NAACP's claim that patriotic Americans"),
                ],
                "denial": [
                    (
                        "_1",
                        "the resolution was not an attempt to label the entire Tea Party movement as racist",
                    ),
                    ("_2", "We take no issue with the Tea Party movement"),
                    ("_3", "We don't have a problem with the tea party's existence"),
                ],
            },
        ],
    },
    {
        "event": "pac:STORY_92",
        "about": "The EPA's replacement for the Clean Power Plan: savings claimed, and up to 1,400 more deaths a year",
        "measures": [
            {
                "name": "premature deaths a year from the new coal rule",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "could lead to [between 470 and 1,400] premature deaths"),
                    ("_DOCUMENT_1", "Coal Rules: [Up to 1,400] More Deaths"),
                ],
            },
        ],
        "contradictions": [],
    },
]
