"""An eighth fresh comparison gold, written by hand on events that no Parallax run has seen (issue 9).

Same form as ``written.py`` and ``written_fresh.py`` .. ``written_fresh6.py`` (read their docstrings): each
figure is an *anchor*, a piece of the article's input text with the figure in square brackets, a leading "!"
marking an outlier of an agreement; each statement of a contradiction is a piece of its sentence.
``build.py --fresh8`` turns this file into ``events_fresh8.jsonl`` (every event ``part: fresh8``) and checks
every span by slicing the input.

These events are scored once, at the very end, as the estimate for unseen stories; nobody may run Parallax
on their articles before that. How they were chosen (a fixed rule, not by their content):
``docs/bench/comparison_fresh8.md``. Events are written in the rule's order (every remaining pac candidate,
sorted by event id as strings).

Articles are named by the suffix of their id: ``_DOCUMENT_0`` is ``pac/STORY_7_DOCUMENT_0`` in event
``pac:STORY_7``.
"""

from __future__ import annotations

from typing import Any

EVENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ position 1
    {
        "event": "pac:STORY_108",
        "about": "Ketanji Brown Jackson's confirmation hearings: she declines to define 'woman'; diversity and confidence",
        "measures": [],
        "contradictions": [
            {
                "proposition": "whether to strengthen punishments for child pornographers is a simple question",
                "claim": [
                    ("_DOCUMENT_0", "is a pretty simple question, but I’ll move on"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "“Senator, that is not a simple question, and the reason is because"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 2
    {
        "event": "pac:STORY_111",
        "about": "After the leaked Roe draft: are gay rights and contraception precedents at risk next",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the draft opinion puts other privacy precedents (contraception, marriage, consensual sex) at risk",
                "claim": [
                    ("_DOCUMENT_1", "Griswold is imperiled – no question"),
                    ("_DOCUMENT_1", "certainly are all at risk"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "I think the fears are somewhat misguided"),
                    (
                        "_DOCUMENT_0",
                        "It does not appear that there are the votes to roll back gay - friendly precedents",
                    ),
                ],
            },
            {
                "proposition": "Alito's draft questions the foundation of the related precedents",
                "claim": [
                    ("_DOCUMENT_1", "It really reads like the foundation was inappropriate and unfounded"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "this opinion is careful not to question their validity"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 3
    {
        "event": "pac:STORY_12",
        "about": "Sessions sues California over its sanctuary laws and likens them to nullification",
        "measures": [
            {
                "name": "California laws the Justice Department challenges",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "seeking to block [three] state laws"),
                    ("_DOCUMENT_0", "The state government approved [three] laws last year"),
                    ("_DOCUMENT_1", "challenged parts of [three] of California"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "California's sanctuary laws obstruct federal law enforcement",
                "claim": [
                    ("_DOCUMENT_0", "Mr. Sessions said those laws interfere with the federal government"),
                    (
                        "_DOCUMENT_1",
                        "to frustrate federal law enforcement , ” he said in a speech in Sacramento",
                    ),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "California officials have defended their policies , saying federal agents",
                    ),
                    ("_DOCUMENT_1", "were “ fully constitutional and provide for the safety"),
                    (
                        "_DOCUMENT_1",
                        "California deliberately tried to draft laws that involved core exercises",
                    ),
                ],
            },
            {
                "proposition": "the suit would commandeer California to enforce immigration law",
                "claim": [
                    ("_DOCUMENT_1", "there could be an unconstitutional commandeering"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "we are not asking California , Oakland or anyone else to enforce"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 4
    {
        "event": "pac:STORY_122",
        "about": "Biden's DHS to close border wall gaps near Yuma after Kelly's pressure; Texas buses migrants to D.C.",
        "measures": [],
        "contradictions": [],
    },
    # ------------------------------------------------------------------ position 5
    {
        "event": "pac:STORY_128",
        "about": "Tennessee enacts a ban on public drag performances as Governor Lee's yearbook photo in drag surfaces",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Lee's yearbook appearance in drag would be illegal under the new law",
                "claim": [
                    (
                        "_DOCUMENT_1",
                        "Under this law, Governor Lee himself would face prosecution and jail time",
                    ),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "it would not necessarily be illegal under Tennessee’s newly passed drag bill",
                    ),
                ],
            },
            {
                "proposition": "Lee is hypocritical: the yearbook photo and the drag ban are linked",
                "claim": [
                    ("_DOCUMENT_1", 'One Nashville drag performer called it "hypocritical,"'),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "Lee blasted the notion that the legislation and the yearbook photo are linked",
                    ),
                    (
                        "_DOCUMENT_1",
                        "any attempt to conflate this serious issue with lighthearted school traditions",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 6
    {
        "event": "pac:STORY_131",
        "about": "Mississippi's governor signs the REAP Act banning gender transition procedures for minors",
        "measures": [
            {
                "name": "age under which the procedures are banned",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "prescribing puberty blockers to people under [18]"),
                    ("_DOCUMENT_1", "gender-affirming healthcare for anyone under [18]"),
                    ("_DOCUMENT_1", "to anyone under the age of [18]"),
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
                    ("_DOCUMENT_1", "Reeves parroted anti-trans claims that have been largely debunked"),
                    ("_DOCUMENT_1", "has been endorsed by the American Medical Association"),
                ],
            },
            {
                "proposition": "more young people come out as transgender because of social contagion",
                "claim": [
                    ("_DOCUMENT_1", "Anti-transgender advocates often claim that young people"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "a 2022 study found that this hasn’t actually increased"),
                ],
            },
            {
                "proposition": "the law protects Mississippi's children",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "sign legislation that puts a stop to this in Mississippi and protects our kids",
                    ),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "penalize parents and healthcare providers for supporting Mississippi youth",
                    ),
                    (
                        "_DOCUMENT_1",
                        "characterized Reeves’s decision to sign the bill as “an act of violence",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 7
    {
        "event": "pac:STORY_135",
        "about": "After Manchin's refusal Biden is urged to declare a climate emergency and act alone on climate",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Biden may declare a climate emergency this week",
                "claim": [
                    ("_DOCUMENT_0", "he could declare a climate emergency as soon as this week"),
                    ("_DOCUMENT_0", "with an emergency declaration that could come as soon as this week"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "The president won’t announce a climate emergency on Wednesday"),
                    ("_DOCUMENT_1", "it is just not going to be this week on that decision"),
                ],
            },
            {
                "proposition": "there is a climate emergency",
                "claim": [
                    (
                        "_DOCUMENT_1",
                        "Democrats say the climate is such a dire threat that the nation cannot wait",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_1", "I don’t think there’s such a thing as a climate emergency"),
                ],
            },
            {
                "proposition": "an emergency declaration gives Biden the power to act on emissions",
                "claim": [
                    ("_DOCUMENT_0", "An emergency declaration would unlock broader executive powers"),
                    ("_DOCUMENT_1", "A climate emergency declaration would give Mr. Biden the authority"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "I don’t believe he has the power to declare a climate emergency"),
                ],
            },
            {
                "proposition": "Manchin's refusal ends the chance of climate legislation",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "almost certainly doomed the potential for new environmental legislation",
                    ),
                    ("_DOCUMENT_1", "killing any chance of legislative action on a climate bill"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "Mr. Schumer said the Senate is not giving up on green energy legislation",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 8
    {
        "event": "pac:STORY_139",
        "about": "World Athletics bars transgender women from elite women's events; NPR's claim of limited evidence disputed",
        "measures": [
            {
                "name": "new and proposed laws that curb transgender rights",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "there are [dozens] of more new and proposed laws"),
                    ("_DOCUMENT_1", "“[dozens] of more new and proposed laws"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "there is little evidence that transgender women keep a physical advantage",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "Even without strong evidence of an advantage, the council has scrutinized",
                    ),
                    (
                        "_DOCUMENT_0",
                        "But there is limited scientific research involving elite transgender athletes",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_1", "trans women remained significantly faster than their peers"),
                    ("_DOCUMENT_1", "the underlying implication that transgender women boast no advantage"),
                ],
            },
            {
                "proposition": "the council's research shows an impact on performance",
                "claim": [
                    ("_DOCUMENT_0", "they found there can be an impact in performance"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "have called the council's evidence flawed"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 9
    {
        "event": "pac:STORY_141",
        "about": "Trump's indictment in Manhattan: Republicans rally in rage; a boost in the primary, harm with independents",
        "measures": [
            {
                "name": "Trump's rank among presidents charged with a crime",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "had become the [first] president in US history"),
                    ("_DOCUMENT_1", "Trump became the [first] former president in U.S. history"),
                    ("_DOCUMENT_1", "marks the [first] of its kind"),
                ],
            },
            {
                "name": "year of the presidential election Trump won",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Stormy Daniels prior to the [2016] presidential election"),
                    ("_DOCUMENT_0", "waning days of the [2016] presidential election"),
                    ("_DOCUMENT_1", "found that in [2016], Trump benefited"),
                    ("_DOCUMENT_1", "his presidential victory in [2016]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the indictment is good for Trump",
                "claim": [
                    ("_DOCUMENT_0", "there was no doubt that the indictment will offer a surge of momentum"),
                    ("_DOCUMENT_1", "An official indictment will give Republican voters"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "even frivolous and politically motivated indictments, are never good"),
                    ("_DOCUMENT_1", "This indictment and possibly as many as three others hurt"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 10
    {
        "event": "pac:STORY_148",
        "about": "After Dobbs Pelosi outlines House Democrats' legislation: app data, travel, codifying abortion rights",
        "measures": [],
        "contradictions": [
            {
                "proposition": "women have a fundamental (constitutional) right to abortion",
                "claim": [
                    ("_DOCUMENT_1", "so that we can restore women ’s fundamental rights"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "the court found that there is no constitutional right to an abortion"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 11
    {
        "event": "pac:STORY_16",
        "about": "The Justice Department prepares corruption charges against Senator Menendez; he is 'not going anywhere'",
        "measures": [],
        "contradictions": [
            {
                "proposition": "Menendez broke the law in his dealings with Melgen",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "the DOJ is preparing to charge the senator over his relation with Salomon Melgen",
                    ),
                    (
                        "_DOCUMENT_1",
                        "criminal corruption charges that he allegedly used his office to benefit",
                    ),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "Mr. Menendez maintained that he had “ always conducted myself appropriately",
                    ),
                    (
                        "_DOCUMENT_0",
                        "we believe all of [ the ] senator ’s actions have been appropriate and lawful",
                    ),
                    ("_DOCUMENT_1", "he said that he has broken no laws"),
                    ("_DOCUMENT_1", "The senator ’s office has denied any wrongdoing by Menendez"),
                ],
            },
            {
                "proposition": "Menendez had sex with underage prostitutes in the Dominican Republic",
                "claim": [
                    ("_DOCUMENT_1", "published a report that Menendez had sex with underage prostitutes"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Menendez angrily denied the report"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 12
    {
        "event": "pac:STORY_2",
        "about": "After the U.S. strike on Syria Tillerson and the G7 press Russia on Assad before his Moscow trip",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the U.S. strike on Syria was an aggression (a crossing of red lines)",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "What America waged in an aggression on Syria is a crossing of red lines",
                    ),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "They are best understood as a warning against the use of chemical weapons",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 13
    {
        "event": "pac:STORY_22",
        "about": "Trump accepts the NRA's endorsement and says Clinton wants to abolish the Second Amendment",
        "measures": [
            {
                "name": "month of the presidential election",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "said the [November] election would be a referendum"),
                    ("_DOCUMENT_1", "“ on the ballot ” in [November]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Clinton wants to abolish the Second Amendment and take away people's guns",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "In trying to overturn the Second Amendment , Hillary Clinton is telling",
                    ),
                    ("_DOCUMENT_1", "she wants to abolish the Second Amendment"),
                    ("_DOCUMENT_1", "She wants to take your guns away"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "Mrs. Clinton has called for tightened restrictions on guns , but not for abolishing",
                    ),
                    ("_DOCUMENT_0", "saying he was “ peddling falsehoods"),
                    (
                        "_DOCUMENT_0",
                        "keep guns out of the hands of criminals while respecting the Second Amendment",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 14
    {
        "event": "pac:STORY_27",
        "about": "Jussie Smollett found guilty of faking a hate attack; Biden's and Harris' tweets stay up; a call for a harsh sentence",
        "measures": [
            {
                "name": "date of the attack Smollett reported",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "attack that occurred on [January 29, 2019]"),
                    ("_DOCUMENT_1", "downtown Chicago in [2019]"),
                ],
            },
            {
                "name": "attackers Smollett described",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "told police that [two] white men attacked him"),
                    ("_DOCUMENT_1", "attacked by [two] white Trump supporters"),
                    ("_DOCUMENT_1", "his attackers, [two] Nigerian brothers"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Smollett was attacked as he told the police",
                "claim": [
                    ("_DOCUMENT_0", "The actor told police that two white men attacked him"),
                    ("_DOCUMENT_1", "claimed to have been walking down the street minding his own business"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "a jury found that Smollett lied about the attack"),
                    ("_DOCUMENT_1", "In reality, he knew both of his attackers"),
                ],
            },
            {
                "proposition": "Smollett is innocent of the charges",
                "claim": [
                    ("_DOCUMENT_0", 'the actor is "100 percent innocent'),
                ],
                "denial": [
                    ("_DOCUMENT_0", "an Illinois jury found Smollett guilty on five counts"),
                ],
            },
            {
                "proposition": "Smollett paid the brothers to stage the attack",
                "claim": [
                    ("_DOCUMENT_0", "Prosecutors in the case alleged that Smollett had paid $3,500"),
                    ("_DOCUMENT_1", "The brothers say that Smollett paid them to attack him"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "Smollett said he had paid the money to Abimbola Osundairo for personal training",
                    ),
                ],
            },
            {
                "proposition": "the brothers harbored anti-gay feelings",
                "claim": [
                    ("_DOCUMENT_0", "that the brothers harbored anti-gay feelings"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "However, the brothers denied these claims"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 15
    {
        "event": "pac:STORY_30",
        "about": "Obamacare: policies cancelled despite 'keep your plan'; Tavenner apologizes for the website",
        "measures": [],
        "contradictions": [
            {
                "proposition": "people can keep the health plans they like under the law",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "If you like your health care plan , you 'll be able to keep your health care plan",
                    ),
                    (
                        "_DOCUMENT_0",
                        "Nothing in the Affordable Care Act forces people out of their health plans",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_0", "predicted a huge swath of customers could lose their coverage"),
                    ("_DOCUMENT_1", "They are being forced out of health care plans they like"),
                ],
            },
            {
                "proposition": "the Affordable Care Act is working",
                "claim": [
                    ("_DOCUMENT_1", "“ The Affordable Care Act is working , ” Mr. Lewis said"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "the administration needs to admit the law is unworkable"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 16
    {
        "event": "pac:STORY_34",
        "about": "Latino voters in Colorado and Arizona in the 2012 presidential race: most back Obama",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the Republican Party is the natural home of Latino voters",
                "claim": [
                    ("_DOCUMENT_0", "And I think the Republican Party best demonstrates"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "make them less enthusiastic about the Republican Party"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 17
    {
        "event": "pac:STORY_38",
        "about": "Trump shares and deletes a video of a supporter shouting 'white power'; the White House says he did not hear it",
        "measures": [
            {
                "name": "time into the video of the 'white power' shout",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Within the [first 10 seconds] of the video"),
                    ("_DOCUMENT_1", "appears in the [first 10 seconds] of the footage"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Trump did not hear the 'white power' shout when he shared the video",
                "claim": [
                    ("_DOCUMENT_0", "The president did not hear that phrase in that portion of the video"),
                    ("_DOCUMENT_0", "did not hear the one statement made on the video"),
                    ("_DOCUMENT_1", "the President did not hear the “white power” shouts"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "It’s simply impossible for anyone who watched the start to miss"),
                    ("_DOCUMENT_1", "Trump’s sharing this video was not a mistake"),
                ],
            },
            {
                "proposition": "Trump does nothing supportive of white supremacy",
                "claim": [
                    ("_DOCUMENT_1", "would do anything to be supportive of white supremacy"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Trump is arguably America’s most visible symbol of white supremacy"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 18
    {
        "event": "pac:STORY_4",
        "about": "The Trump administration's Title X rule bars family planning funds from clinics that provide or refer for abortions",
        "measures": [
            {
                "name": "people who rely on Title X",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "will have on [millions] of Americans who rely on the Title X program"),
                    ("_DOCUMENT_1", "the [millions] of low - income people who rely"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the rule is a gag order on what doctors may tell patients about abortion",
                "claim": [
                    ("_DOCUMENT_0", "it amounts to little more than placing a gag order on physicians"),
                    ("_DOCUMENT_1", "The gag rule is unconscionable and unethical"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "but the new rule does not go that far"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 19
    {
        "event": "pac:STORY_44",
        "about": "The Build Back Better framework and bill text: what is in the $1.75 trillion package; are Democrats on board",
        "measures": [
            {
                "name": "cost of the Build Back Better package",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "in the [$1.75 trillion] package"),
                    ("_DOCUMENT_1", "a price tag of [roughly $1,750,000,000,000]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "every Democrat is on board with the bill",
                "claim": [
                    ("_DOCUMENT_1", '"Everybody’s on board'),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "it is still not clear if many in the progressive wing of the party are on board",
                    ),
                    ("_DOCUMENT_1", "is also withholding support until he sees the text of the bill"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 20
    {
        "event": "pac:STORY_47",
        "about": "47 Republican senators write to Iran's leaders that a nuclear deal without Congress could be revoked",
        "measures": [
            {
                "name": "Republican senators who signed the letter",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "a group of [47] Republicans"),
                    ("_DOCUMENT_1", "In their letter , [47] Senate Republicans"),
                ],
            },
            {
                "name": "end of Obama's term",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "will be in office only until [2017]"),
                    ("_DOCUMENT_1", "abandoned as soon as [January 2017]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "a deal not approved by Congress can be revoked by the next president",
                "claim": [
                    ("_DOCUMENT_0", "“ The next president could revoke such an executive agreement"),
                    ("_DOCUMENT_1", "“ The next president could revoke such an executive agreement"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "this letter has no legal value and is mostly a propaganda ploy"),
                ],
            },
            {
                "proposition": "the administration can make a deal with Iran without Congress",
                "claim": [
                    ("_DOCUMENT_1", "it can strike a deal with Iran without congressional approval"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "Anything not approved by Congress is a mere executive agreement"),
                    ("_DOCUMENT_1", "He cannot work around Congress forever"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 21
    {
        "event": "pac:STORY_5",
        "about": "Texas' governor signs the six-week 'heartbeat' abortion ban enforced by private lawsuits",
        "measures": [
            {
                "name": "weeks of pregnancy at which the ban applies",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "extreme [six-week] abortion ban into law"),
                    ("_DOCUMENT_0", "most extreme [six - week] abortion bans"),
                    ("_DOCUMENT_0", "bars abortion at [six weeks] of pregnancy"),
                    ("_DOCUMENT_0", "“ The [six - week] ban is egregious enough"),
                    ("_DOCUMENT_1", "as early as [six weeks]"),
                ],
            },
            {
                "name": "other states with heartbeat bills",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "While [a dozen] states have passed"),
                    ("_DOCUMENT_1", "While [more than a dozen] other states"),
                ],
            },
            {
                "name": "damages a successful suit collects",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "can collect [a minimum of $ 10,000]"),
                    ("_DOCUMENT_1", "financial damages of [up to $ 10,000] per defendant"),
                ],
            },
            {
                "name": "month the law takes effect",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "scheduled to be enacted on [1 September]"),
                    ("_DOCUMENT_1", "takes effect in [September]"),
                ],
            },
            {
                "name": "rank of the law's private enforcement",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "is the [first] of its kind in the country"),
                    ("_DOCUMENT_1", "Texas Governor Signs [First] of Its Kind"),
                    ("_DOCUMENT_1", "is [first] - of - its - kind in that"),
                ],
            },
            {
                "name": "weeks after which Texas already bans abortion",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "a [20 - week] ban"),
                    ("_DOCUMENT_1", "prohibits most abortions after [20 weeks]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "abortion providers can challenge the law in court before it takes effect",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "The law will be challenged with the goal of stopping it from ever taking effect",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Planned Parenthood ca n’t go to court and sue Attorney General"),
                    ("_DOCUMENT_1", "there is no state official enforcing the bill , there is no one to sue"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 22
    {
        "event": "pac:STORY_53",
        "about": "Shutdown day 7: Trump threatens to close the border without wall funding and stays out of view",
        "measures": [
            {
                "name": "duration of the shutdown",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Shutdown Day [7]"),
                    ("_DOCUMENT_0", "that has lasted [a week]"),
                    ("_DOCUMENT_0", "now in its [seventh day]"),
                    ("_DOCUMENT_1", "reached the [one - week] mark"),
                ],
            },
            {
                "name": "Trump's demand for the wall",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "demand for [roughly $ 5 billion] for border security"),
                    ("_DOCUMENT_1", "initially demanded [$ 5 billion] for the wall"),
                ],
            },
            {
                "name": "the White House's latest offer for the wall",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "an unspecified amount of [less than $ 5 billion]"),
                    ("_DOCUMENT_0", "“ a number [below five] [ $ 5 billion ] ”"),
                    ("_DOCUMENT_1", "offered a deal for [about half of that amount]"),
                ],
            },
            {
                "name": "share of the federal government shut down",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "The shutdown affects [25 percent] of the federal government"),
                    ("_DOCUMENT_1", "[About 25 percent] of the federal government"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "closing the southern border would pay off economically",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "that I would consider closing the Southern Border a “ profit making operation",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Aides have said closing the border would cause an economic catastrophe"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 23
    {
        "event": "pac:STORY_59",
        "about": "The Benghazi committee asks Hillary Clinton for a private interview about her personal email server",
        "measures": [
            {
                "name": "emails on Clinton's account",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "which of her [roughly 60,000] emails"),
                    ("_DOCUMENT_1", "which of the [62,000] emails"),
                    ("_DOCUMENT_1", "30,000 of her [62,000] emails"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Clinton used a private account because she wanted to carry a single device",
                "claim": [
                    ("_DOCUMENT_1", "because she wanted to use a single device and account"),
                    ("_DOCUMENT_1", "she did n’t want to carry multiple devices"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "One of the early messages contradicts her claim"),
                    (
                        "_DOCUMENT_1",
                        "one that showed Mrs. Clinton used an iPad in addition to her mobile phone",
                    ),
                ],
            },
            {
                "proposition": "deleting the emails was criminal",
                "claim": [
                    ("_DOCUMENT_0", "decision to delete her emails “ is criminal in nature"),
                    ("_DOCUMENT_0", "you cannot just destroy documents when an agency is telling you"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "he ’s not an expert in federal record - keeping law"),
                    ("_DOCUMENT_1", "saying she already has complied with the law"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 24
    {
        "event": "pac:STORY_60",
        "about": "The Senate passes the Keystone XL pipeline bill 62-36 after an open amendment process; Obama threatens a veto",
        "measures": [
            {
                "name": "the Senate vote on the bill",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "The vote was [62 to 36]"),
                    ("_DOCUMENT_1", "by a [62-36] vote"),
                ],
            },
            {
                "name": "Democrats who voted for the bill",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "[Nine] mostly centrist Democrats"),
                    ("_DOCUMENT_1", "[Nine] Democrats joined all Republicans"),
                ],
            },
            {
                "name": "amendments that got votes",
                "kind": "disagreement",
                "figures": [
                    ("_DOCUMENT_0", "the [41] amendments from members of both parties"),
                    ("_DOCUMENT_1", "votes on [nearly 50] amendments"),
                ],
            },
            {
                "name": "rank of the Keystone bill among the Republicans' priorities",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "the [first] taken up on the Senate floor"),
                    ("_DOCUMENT_1", "who made Keystone his [first] priority"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Keystone pipeline is worth building",
                "claim": [
                    ("_DOCUMENT_1", "“Keystone XL is a project that was needed"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "drawing critics who say the project %is not worth the environmental risks",
                    ),
                    (
                        "_DOCUMENT_1",
                        "Putting the agenda of polluters ahead of the American public is bad policy",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 25
    {
        "event": "pac:STORY_69",
        "about": "After Boehner's resignation Jindal and conservatives say McConnell should go next",
        "measures": [
            {
                "name": "House members Jindal counts as gone",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "“ That ’s [one] down"),
                    ("_DOCUMENT_1", "“ That ’s [one] down"),
                ],
            },
            {
                "name": "House members Jindal says are still to go",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "that ’s [434] more to go"),
                    ("_DOCUMENT_1", "that ’s [434] more to go"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "McConnell will follow Boehner out (he lacks support)",
                "claim": [
                    ("_DOCUMENT_0", "McConnell has already proven he is n’t up for the job"),
                    ("_DOCUMENT_1", "the next guy in the crosshairs is probably McConnell"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "But McConnell likely is n’t going anywhere"),
                    ("_DOCUMENT_1", "Leader McConnell has overwhelming support within the conference"),
                ],
            },
            {
                "proposition": "McConnell cut a deal to allow a vote on the Export-Import Bank",
                "claim": [
                    ("_DOCUMENT_1", "If he was telling us the truth that there was no deal"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Cruz said McConnell had promised he had not cut a deal"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 26
    {
        "event": "pac:STORY_72",
        "about": "DACA renewal applications resume after a judge's ruling; Trump says DACA is probably dead",
        "measures": [
            {
                "name": "month Trump moved to end DACA",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "In [September 2017] , Trump pledged"),
                    ("_DOCUMENT_1", "before it was rescinded ” in [September]"),
                    ("_DOCUMENT_1", "In attempting to end it in [September]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Democrats do not really want DACA",
                "claim": [
                    ("_DOCUMENT_0", "DACA is probably dead because the Democrats do n’t really want it"),
                    ("_DOCUMENT_1", "DACA is probably dead because the Democrats do n’t really want it"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "some of whom have suggested that they will not support efforts to fund"),
                ],
            },
            {
                "proposition": "the decision to end DACA was arbitrary (the ruling against it sound)",
                "claim": [
                    ("_DOCUMENT_0", "arbitrary , capricious and an abuse of discretion"),
                    ("_DOCUMENT_1", "saying that shutting down the program was arbitrary"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "the White House strongly condemned what some may say is judicial overreach",
                    ),
                    ("_DOCUMENT_0", "It just shows everyone how broken and unfair our Court System is"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 27
    {
        "event": "pac:STORY_75",
        "about": "'Defund the police' as a media fantasy; Seattle businesses sue over the occupation zone",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the Seattle occupation was peaceful",
                "claim": [
                    (
                        "_DOCUMENT_1",
                        "Ms. Durkan defended the occupation on Twitter as “a peaceful expression",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_1", "was in the midst of setting the building on fire"),
                    ("_DOCUMENT_1", "they were followed by demonstrators with baseball bats"),
                ],
            },
            {
                "proposition": "defunding or abolishing the police is a widely held desire",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "you might think “defunding” or “abolishing” the police is a widely held",
                    ),
                ],
                "denial": [
                    ("_DOCUMENT_0", "Gallup suggests this is untrue"),
                    ("_DOCUMENT_0", "The vast majority of Americans of all races and ethnicities don’t want"),
                ],
            },
            {
                "proposition": "policing originated as slave patrols",
                "claim": [
                    ("_DOCUMENT_0", "that policing originated as “slave patrols"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "Policing is thousands of years old"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 28
    {
        "event": "pac:STORY_8",
        "about": "Conservative senators' filibuster of the gun bill: colleagues break ranks and the Senate votes to open debate",
        "measures": [
            {
                "name": "votes needed to take up the bill",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "get [60 votes] in order to take up the bill"),
                    ("_DOCUMENT_0", "it should be a minimum of [60 votes]"),
                    ("_DOCUMENT_1", "cleared the [60 - vote] hurdle"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the filibustering Republicans want to block debate on the bill",
                "claim": [
                    (
                        "_DOCUMENT_0",
                        "Fourteen Republicans have publicly vowed to block debate from happening",
                    ),
                    ("_DOCUMENT_1", "rejecting an effort by conservative Republicans to block consideration"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "we have no intention of preventing debate or votes"),
                    ("_DOCUMENT_0", "We are having a debate and we ’re going to have a vote"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 29
    {
        "event": "pac:STORY_83",
        "about": "Pope Francis endorses civil union laws for same-sex couples in a new documentary",
        "measures": [],
        "contradictions": [
            {
                "proposition": "same-sex unions should be legally recognised by a civil union law",
                "claim": [
                    ("_DOCUMENT_0", "“What we have to create is a civil union law,” the pope continued"),
                    ("_DOCUMENT_1", "“What we have to create is a civil union law. That way"),
                ],
                "denial": [
                    ("_DOCUMENT_1", 'declared that "Legal recognition of homosexual unions'),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 30
    {
        "event": "pac:STORY_86",
        "about": "Trump mocks 16-year-old Greta Thunberg after her UN speech; her rise could backfire on environmentalists",
        "measures": [
            {
                "name": "Thunberg's age",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "after the [16-year-old] excoriated"),
                    ("_DOCUMENT_0", "he went after a [16 year old] girl"),
                    ("_DOCUMENT_1", "How [16-year-old] Greta Thunberg's rise"),
                    ("_DOCUMENT_1", "[Sixteen-year-old] Greta Thunberg from Sweden"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "individual people can do little against climate change",
                "claim": [
                    ("_DOCUMENT_1", "Their argument is that individual people can't do much"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "Warren and those like her are failing to see that millions more Americans",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 31
    {
        "event": "pac:STORY_88",
        "about": "Biden's gun violence task force: the NRA says the meetings are a show; police in schools considered",
        "measures": [],
        "contradictions": [
            {
                "proposition": "police officers in schools are a good answer to the Newtown shooting",
                "claim": [
                    ("_DOCUMENT_1", "If a school district wants to have a community policing presence"),
                    ("_DOCUMENT_1", "I do n’t see why anyone should object to it"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_1",
                        "The introduction of police officers into schools has detrimental impact",
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 32
    {
        "event": "pac:STORY_89",
        "about": "A Cohen tape of Trump discussing a payment to Karen McDougal; Klayman calls the taping unethical",
        "measures": [
            {
                "name": "payment for McDougal's story",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "in 2016 for [$ 150,000]"),
                    ("_DOCUMENT_1", "made a [$ 150,000] payment"),
                ],
            },
            {
                "name": "time of the recording before the election",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "Karen McDougal [two months] before the 2016"),
                    ("_DOCUMENT_1", "made the tape [two months] before the 2016"),
                ],
            },
            {
                "name": "year of the presidential election",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "two months before the [2016] presidential election"),
                    ("_DOCUMENT_0", "just days before the [2016] election"),
                    ("_DOCUMENT_1", "two months before the [2016] presidential election"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Trump knew of the payment to McDougal",
                "claim": [
                    ("_DOCUMENT_0", "suggests Trump ’s team later lied about his knowledge of the payment"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "“ We have no knowledge of any of this"),
                    ("_DOCUMENT_1", "Trump has maintained that he was unaware of that payment"),
                    ("_DOCUMENT_1", "Nothing in that conversation suggests that he had any knowledge"),
                ],
            },
            {
                "proposition": "McDougal had an affair with Trump",
                "claim": [
                    ("_DOCUMENT_0", "who claims she began an affair with Trump in 2006"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "had an affair with Trump “ totally untrue"),
                ],
            },
            {
                "proposition": "paying for silence about an affair can be illegal",
                "claim": [
                    ("_DOCUMENT_0", "could have constituted an illegal campaign contribution"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "It 's commonplace and it 's not illegal"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 33
    {
        "event": "pac:STORY_9",
        "about": "Pence stays at Trump's Doonbeg resort across Ireland from his Dublin meetings; Democrats cry corruption",
        "measures": [
            {
                "name": "distance from Doonbeg to Dublin",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "That ’s [181 miles]"),
                    ("_DOCUMENT_1", "dignitaries [180 miles] away"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "Pence's stay at the Trump resort is corrupt (funnels money to Trump)",
                "claim": [
                    ("_DOCUMENT_0", "Because the priority is always making Trump money"),
                    (
                        "_DOCUMENT_0",
                        "Pence ’s decision to stay at the President ’s hotel was “ sooooooo corrupt",
                    ),
                    ("_DOCUMENT_1", "Funneling taxpayer money to @POTUS by staying at this Trump resort"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "saying the plan was approved by the State Department"),
                    ("_DOCUMENT_0", "“ No , this is following the normal procedures"),
                    ("_DOCUMENT_1", "Marc Short , dismissed the criticism"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 34
    {
        "event": "pac:STORY_90",
        "about": "Trump vetoes the War Powers resolution to end U.S. support for the Saudi-led war in Yemen",
        "measures": [
            {
                "name": "rank of the Yemen veto among Trump's vetoes",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "The veto was Trump ’s [second] of his administration"),
                    ("_DOCUMENT_1", "the [second] in Trump 's presidency"),
                ],
            },
            {
                "name": "rank of the border emergency veto",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "He issued his [first] last month"),
                    ("_DOCUMENT_1", "Trump issued his [first] veto last month"),
                ],
            },
            {
                "name": "U.S. arms supplied to the Saudis",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "America supplies [billions] in arms sales"),
                    ("_DOCUMENT_1", "provides [billions of dollars] of arms"),
                ],
            },
            {
                "name": "Yemenis in need of help",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "that [24 million] people"),
                    ("_DOCUMENT_1", "has left [millions] suffering"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the resolution to end U.S. support for the war is dangerous and wrong",
                "claim": [
                    ("_DOCUMENT_0", "“ This resolution is an unnecessary , dangerous attempt"),
                    ("_DOCUMENT_1", '" This resolution is an unnecessary , dangerous attempt'),
                    ("_DOCUMENT_1", "McCaul said it was an abuse of the War Powers Resolution"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "also condemned the move as a “ huge mistake"),
                    ("_DOCUMENT_0", "we have no business still being a part of it"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 35
    {
        "event": "pac:STORY_93",
        "about": "A House hearing on the rising maternal death rate among Black women; Cori Bush's 'birthing people' criticised",
        "measures": [],
        "contradictions": [
            {
                "proposition": "calling mothers 'birthing people' is inclusive rather than degrading",
                "claim": [
                    ("_DOCUMENT_1", "When we talk about birthing people, we're being inclusive"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "is reducing them to a function--making them not human"),
                    ("_DOCUMENT_1", "possibly the most degrading, humiliating, misogynistic phrase"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 36
    {
        "event": "pac:STORY_94",
        "about": "TC Energy abandons the Keystone XL pipeline after Biden revoked its permit: a victory, or a gut punch",
        "measures": [
            {
                "name": "Alberta's investment in the project",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "invested [1.5 billion Canadian dollars] ($1.1bn)"),
                    ("_DOCUMENT_0", "1.5 billion Canadian dollars ([$1.1bn])"),
                    ("_DOCUMENT_1", "after a [$1.1 billion] cash infusion"),
                ],
            },
            {
                "name": "the government's final cost of the project",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "a total cost of [$1.3bn Canadian dollars] ($1.07bn)"),
                    ("_DOCUMENT_0", "$1.3bn Canadian dollars ([$1.07bn])"),
                    ("_DOCUMENT_1", "is expected to be [$1 billion]"),
                ],
            },
            {
                "name": "length of the fight over the pipeline",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "“After [more than 10 years] — we have"),
                    ("_DOCUMENT_0", "in our hearts.” After [more than 10 years]"),
                    ("_DOCUMENT_1", "dragged on for [more than a decade]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the Keystone XL pipeline was worth building (an economic benefit, not a threat)",
                "claim": [
                    ("_DOCUMENT_0", "saying the pipeline was necessary to support the provincial economy"),
                    ("_DOCUMENT_1", "Developers pitched the Keystone XL to towns along its route"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "who argued it threatened their lands and waters"),
                    ("_DOCUMENT_1", "approving this project would have undercut that global leadership"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 37
    {
        "event": "pac:STORY_95",
        "about": "After Uvalde: the NRA is weak yet gun control stalls; at the NRA convention mass shootings are blamed on everything but guns",
        "measures": [],
        "contradictions": [
            {
                "proposition": "gun control fails because lawmakers depend on NRA money",
                "claim": [
                    ("_DOCUMENT_0", "We are repeatedly told by gun control advocates"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "lawmakers do not really fear losing the NRA ’s donations"),
                    ("_DOCUMENT_0", "Gun control advocates demonize and scapegoat the NRA ’s donations"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 38
    {
        "event": "pac:STORY_96",
        "about": "Tax day: the IRS urgently needs more money and staff, or Biden's IRS money and taxes make it worse",
        "measures": [
            {
                "name": "backlog of unprocessed tax returns",
                "kind": "disagreement",
                "figures": [
                    ("_DOCUMENT_0", "backlog of [more than 7 million] unprocessed"),
                    ("_DOCUMENT_1", "already has by [roughly 22 million]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "more money will fix the IRS",
                "claim": [
                    ("_DOCUMENT_0", "The Biden administration is rightly asking for a big increase"),
                    ("_DOCUMENT_0", "the core problem is that Republicans slashed the IRS budget"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Failure has followed failure"),
                    ("_DOCUMENT_1", "The culture of the IRS does not suggest improvement anytime soon"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 39
    {
        "event": "pac:STORY_97",
        "about": "The Senate fails to advance the Women's Health Protection Act; McConnell says a national ban is possible",
        "measures": [],
        "contradictions": [
            {
                "proposition": "the Women's Health Protection Act codifies Roe v. Wade",
                "claim": [
                    ("_DOCUMENT_0", "failed to advance a bill to codify Roe v. Wade"),
                    ("_DOCUMENT_1", "Republicans Block Bill To Codify Roe v. Wade Once Again\n"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "“ not Roe v. Wade codification , it ’s an expansion"),
                    ("_DOCUMENT_1", "He , too , claimed the legislation went too far"),
                ],
            },
            {
                "proposition": "a national abortion ban is possible if Roe is overturned",
                "claim": [
                    ("_DOCUMENT_0", "said over the weekend that a national abortion ban is “ possible"),
                    ("_DOCUMENT_1", "suggested in an interview with USA Today that a nationwide ban"),
                ],
                "denial": [
                    (
                        "_DOCUMENT_0",
                        "making it unlikely that such a measure would reach the 60 - vote threshold",
                    ),
                    ("_DOCUMENT_1", "He later told reporters there is n’t a “ widespread sentiment"),
                ],
            },
            {
                "proposition": "overturning Roe will move voters in the midterms",
                "claim": [
                    ("_DOCUMENT_1", "will help galvanize voters ahead of the November midterm elections"),
                ],
                "denial": [
                    ("_DOCUMENT_1", "as being a decision point for Iowa voters"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 40
    {
        "event": "pac:STORY_98",
        "about": "Biden's address after Uvalde: ban assault weapons or raise the purchase age to 21; House Democrats' gun package",
        "measures": [
            {
                "name": "children killed in Uvalde",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "killing [19] children and two teachers"),
                    ("_DOCUMENT_1", "the death of [19] students"),
                ],
            },
            {
                "name": "teachers killed in Uvalde",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "19 children and [two] teachers"),
                    ("_DOCUMENT_1", "19 students and [two] teachers"),
                ],
            },
            {
                "name": "age to buy a gun that Biden proposes",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "semi-automatic rifles from 18 to [21]"),
                    ("_DOCUMENT_1", "raising the age to buy a gun to [21]"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the gun proposals take away gun owners' rights or guns",
                "claim": [
                    ("_DOCUMENT_0", "We will not rest until we have taken weapons of war out of circulation"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "“ This is n’t about taking away anyone ’s rights"),
                    ("_DOCUMENT_1", "“ This is not about taking away anyone ’s guns"),
                ],
            },
            {
                "proposition": "the House Democrats' gun bills are a real attempt to change the law",
                "claim": [
                    ("_DOCUMENT_0", "They say the legislation will put public pressure on Republicans"),
                ],
                "denial": [
                    ("_DOCUMENT_0", "This is not a real attempt , in my judgment , to find solutions"),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ position 41
    {
        "event": "pac:STORY_99",
        "about": "The Biden administration cancels the Cook Inlet oil and gas lease sale in Alaska amid record gas prices",
        "measures": [
            {
                "name": "area of the Cook Inlet lease sale",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "drill for oil in [over 1 million acres]"),
                    ("_DOCUMENT_1", "drill for oil in [over 1 million acres]"),
                    ("_DOCUMENT_1", "a span of [more than 1 million acres]"),
                ],
            },
            {
                "name": "Gulf of Mexico lease sales halted",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "along with [two] lease sales in the Gulf"),
                    ("_DOCUMENT_1", "also halted [two] leases under consideration"),
                ],
            },
            {
                "name": "record average gas price on Wednesday",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "and [$4.404] on Wednesday"),
                    ("_DOCUMENT_1", "an all-time high of [$4.40]"),
                ],
            },
            {
                "name": "length of the offshore leasing plan",
                "kind": "agreement",
                "figures": [
                    ("_DOCUMENT_0", "to stick to a [five-year] leasing plan"),
                    ("_DOCUMENT_0", "the current [five-year] plan"),
                    ("_DOCUMENT_0", "act on a new [five-year] program"),
                    ("_DOCUMENT_1", "to stick to a [five-year] leasing plan"),
                    ("_DOCUMENT_1", "the current [five-year] plan"),
                    ("_DOCUMENT_1", "act on a new [five-year] program"),
                ],
            },
        ],
        "contradictions": [
            {
                "proposition": "the industry has no interest in leasing in Cook Inlet",
                "claim": [
                    ("_DOCUMENT_0", '"Due to lack of industry interest in leasing in the area'),
                    ("_DOCUMENT_0", "the DOI received no comments indicating specific company interest"),
                    ("_DOCUMENT_1", 'the Department of the Interior cited a "lack of industry interest'),
                ],
                "denial": [
                    ("_DOCUMENT_1", "is nothing more than fantasy from an administration"),
                    ("_DOCUMENT_1", "Alaska's industry does have interest in lease sales in Cook Inlet"),
                    ("_DOCUMENT_1", "To claim otherwise is simply false"),
                ],
            },
            {
                "proposition": "the Cook Inlet sale had been cancelled when McCarthy wrote so",
                "claim": [
                    ("_DOCUMENT_1", '"the Cook inlet sale was canceled'),
                ],
                "denial": [
                    ("_DOCUMENT_1", "Interior Department officials said a final decision had not been made"),
                ],
            },
        ],
    },
]
