"""Builds benchmarks/data/quantities_own7_gold.jsonl from sentences written by hand (invented, news-like), with
their values and units, before Parallax was run on them. Every fifth record (file order) is the set-aside part.

Run: ``python benchmarks/data/quantities_own7_make.py benchmarks/data/quantities_own7_gold.jsonl``
"""

import json
import random
import sys

S = [
    # minor units
    (
        "Bus fares in Harwick will rise by 45 cents from March, the transit authority said.",
        [("45 cents", 0.45, "usd")],
    ),
    ("A loaf at the Penfold bakery now costs 80p more than it did last spring.", [("80p", 0.80, "gbp")]),
    (
        "Petrol in the valley fell 12 cents a gallon overnight, drivers reported.",
        [("12 cents a gallon", 12, "cent per gallon")],
    ),
    ("Stamps will go up by 9 pence, Royal Post announced on Tuesday.", [("9 pence", 9, "pence")]),
    ("Shares of Ostrava Mills closed at 73 cents after the profit warning.", [("73 cents", 0.73, "usd")]),
    ("The council's levy adds 50p to every parking ticket issued after midnight.", [("50p", 0.5, "gbp")]),
    # currency prefixes / ISO codes
    (
        "Maple Ridge Energy agreed to buy the pipeline for C$1.2 billion in cash.",
        [("C$1.2 billion", 1.2e9, "cad")],
    ),
    (
        "The Queensland port upgrade will cost A$300 million, the state treasurer said.",
        [("A$300 million", 3e8, "aud")],
    ),
    ("Tickets for the harbour concert sold for HK$580 each.", [("HK$580", 580, "hkd")]),
    (
        "Dairy exporters earned NZ$2.4 billion in the quarter, up from a year earlier.",
        [("NZ$2.4 billion", 2.4e9, "nzd"), ("the quarter", None, None, "not_a_quantity")],
    ),
    ("The fund raised USD 5 million from investors in Lagos and Accra.", [("USD 5 million", 5e6, "usd")]),
    ("Fines of up to 300 EUR apply to drivers who ignore the new signs.", [("300 EUR", 300, "eur")]),
    (
        "The carmaker posted a loss of EUR 12.5 million for the first half.",
        [("EUR 12.5 million", 1.25e7, "eur"), ("first half", None, None, "not_a_quantity")],
    ),
    ("Glendor Bank set aside CHF 40 million to cover legal claims.", [("CHF 40 million", 4e7, "chf")]),
    (
        "A US$40 million loan from the development bank will fund the new clinics.",
        [("US$40 million", 4e7, "usd")],
    ),
    (
        "The ministry approved GBP 2 billion for flood defences over ten years.",
        [("GBP 2 billion", 2e9, "gbp"), ("ten years", 10, "year")],
    ),
    ("The state will spend INR 500 crore on rural roads this year.", [("INR 500 crore", 5e9, "inr")]),
    # compound imperial
    ("The suspect was described as 6 ft 2 in tall with short dark hair.", [("6 ft 2 in", 74, "inch")]),
    (
        "The baby girl weighed 7 lb 4 oz when she was born at Elmbrook hospital.",
        [("7 lb 4 oz", 116, "ounce")],
    ),
    (
        "Police said the man, who stands 5 feet 9 inches, was last seen near the pier.",
        [("5 feet 9 inches", 69, "inch")],
    ),
    (
        "The rookie centre is listed at 6'11\" and 240 pounds.",
        [("6'11\"", 83, "inch"), ("240 pounds", 240, "pound")],
    ),
    ("The record pike measured 4 ft 3 in from nose to tail.", [("4 ft 3 in", 51, "inch")]),
    # fractions
    ("Add 2 1/2 cups of flour and stir until smooth.", [("2 1/2 cups", 2.5, "cup")]),
    ("The fire spread to within ¾ mile of the school before crews stopped it.", [("¾ mile", 0.75, "mile")]),
    ("Voters waited in line for 1½ hours at the Dunmore precinct.", [("1½ hours", 1.5, "hour")]),
    (
        "The new runway is three-quarters of a mile longer than the old one.",
        [("three-quarters of a mile", 0.75, "mile")],
    ),
    ("Rain left 2¼ inches of water in the gauge at Corby Field.", [("2¼ inches", 2.25, "inch")]),
    # speeds
    (
        "Gusts reached 120 miles per hour as the storm made landfall near Porter Bay.",
        [("120 miles per hour", 120, "mile per hour")],
    ),
    (
        "The train reached 320 km/h on the test section between Vells and Arno.",
        [("320 km/h", 320, "kilometer/hour")],
    ),
    ("The tanker was sailing at 14 knots when it struck the reef.", [("14 knots", 14, "knot")]),
    (
        "Winds of 25 metres a second toppled power lines across the island.",
        [("25 metres a second", 25, "meter/second")],
    ),
    (
        "Police clocked the van at 98 mph in a 50 mph zone.",
        [("98 mph", 98, "mile per hour"), ("50 mph", 50, "mile per hour")],
    ),
    (
        "The glacier is retreating at 40 metres per year, the survey found.",
        [("40 metres per year", 40, "meter/year")],
    ),
    # squared / cubed
    (
        "The flat measures 85 m2 and sold for 410,000 euros.",
        [("85 m2", 85, "meter**2"), ("410,000 euros", 410000, "eur")],
    ),
    (
        "The warehouse covers 12,000 square metres on the edge of Tarn.",
        [("12,000 square metres", 12000, "meter**2")],
    ),
    ("The blaze burned through 10 km² of pine forest overnight.", [("10 km²", 10, "kilometer**2")]),
    (
        "The listing offers 2,000 sq ft of office space above the market.",
        [("2,000 sq ft", 2000, "square foot")],
    ),
    ("Engineers pumped 3 m³ of concrete into the sinkhole on Friday.", [("3 m³", 3, "meter**3")]),
    (
        "The reservoir released 50 million cubic metres of water ahead of the rains.",
        [("50 million cubic metres", 5e7, "meter**3")],
    ),
    (
        "Firefighters saved a 4,500-square-foot home on the ridge.",
        [("4,500-square-foot", 4500, "square foot")],
    ),
    # data sizes
    (
        "The new handset ships with 128GB of storage and a 6.1-inch screen.",
        [("128GB", 128, "gigabyte"), ("6.1-inch", 6.1, "inch")],
    ),
    ("Investigators recovered 2 TB of files from the seized laptops.", [("2 TB", 2, "terabyte")]),
    (
        "Rural homes will get 100 Mbps broadband by 2028, the minister pledged.",
        [("100 Mbps", 100, "megabit/second")],
    ),
    ("The leaked archive holds 1.5 petabytes of customer records.", [("1.5 petabytes", 1.5, "petabyte")]),
    ("Each satellite image is about 512 MB, the agency said.", [("512 MB", 512, "megabyte")]),
    ("The library's old catalogue fit on a 64 KB chip.", [("64 KB", 64, "kilobyte")]),
    # micro-units
    ("Inspectors found 5 µg of lead in the sample from Brenford.", [("5 µg", 5, "microgram")]),
    ("The filter traps particles as small as 3 μm, the maker says.", [("3 μm", 3, "micrometer")]),
    ("Each tablet holds 200 micrograms of folic acid.", [("200 micrograms", 200, "microgram")]),
    ("The pills contain 10 mcg of vitamin D each.", [("10 mcg", 10, "microgram")]),
    ("Workers at the site received a dose of 40 µSv during the shift.", [("40 µSv", 40, "microsievert")]),
    ("Each fibre is just 2.5 microns thick.", [("2.5 microns", 2.5, "micrometer")]),
    # tons (plain, metric, of a substance)
    ("The freighter carried 3,000 tons of steel beams from Rotterdam.", [("3,000 tons", 3000, "tonne")]),
    ("Farmers in the north lost 5 tonnes of barley to the hail.", [("5 tonnes", 5, "tonne")]),
    ("A 20-ton truck overturned on the highway near Calder.", [("20-ton", 20, "ton")]),
    ("The aid agency delivered 500 tons of grain to the flooded districts.", [("500 tons", 500, "tonne")]),
    ("Customs officers seized 2 tons of cocaine hidden in banana crates.", [("2 tons", 2, "tonne")]),
    (
        "The blast was equal to 5 kilotonnes of TNT, seismologists estimated.",
        [("5 kilotonnes", 5, "kilotonne")],
    ),
    (
        "The plant will cut emissions by 1.2 million tonnes of carbon dioxide a year.",
        [("1.2 million tonnes of carbon dioxide a year", 1.2e6, "tonne per year")],
    ),
    ("Volunteers pulled 40 tons of plastic from the lagoon last summer.", [("40 tons", 40, "tonne")]),
    # ages
    ("A man, 54, was arrested at the scene, police said.", [("54", 54, "year")]),
    ("The novelist Ilse Marrow died at 88 in her home in Vent.", [("88", 88, "year")]),
    ("Tomas Reyl, 31, of Hadley, was charged with arson.", [("31", 31, "year")]),
    ("The former mayor, who died at 91, served four terms.", [("91", 91, "year"), ("four terms", 4, None)]),
    ("A 45-year-old cyclist was hurt in the crash on Mill Road.", [("45-year-old", 45, "year")]),
    ("The singer, aged 34, cancelled the rest of the tour.", [("aged 34", 34, "year")]),
    (
        "Ada Pell, 102, voted in her 21st election on Sunday.",
        [("102", 102, "year"), ("21st", None, None, "not_a_quantity")],
    ),
    (
        "He retired at age 67 after four decades at the mill.",
        [("age 67", 67, "year"), ("four decades", 40, "year")],
    ),
    # magnitudes
    (
        "A magnitude 6.2 earthquake struck off the coast of Varo early on Monday.",
        [("magnitude 6.2", 6.2, "magnitude")],
    ),
    (
        "The 7.1-magnitude quake was felt 300 kilometres away.",
        [("7.1-magnitude", 7.1, "magnitude"), ("300 kilometres", 300, "kilometer")],
    ),
    (
        "The survey recorded an aftershock with a magnitude of 4.2 shortly after noon.",
        [("magnitude of 4.2", 4.2, "magnitude")],
    ),
    ("A 5.8 magnitude tremor shook buildings in the capital.", [("5.8 magnitude", 5.8, "magnitude")]),
    ("The star brightened to a magnitude of 3.5 before fading.", [("magnitude of 3.5", 3.5, "magnitude")]),
    # frequencies
    ("The ferry now sails twice a week to the outer islands.", [("twice a week", 2, "count per week")]),
    ("Patients take the tablets three times a day with food.", [("three times a day", 3, "count per day")]),
    ("The committee meets once a month in the town hall.", [("once a month", 1, "count per month")]),
    ("Buses will run every 15 minutes on the new line.", [("every 15 minutes", 15, "minute")]),
    ("The station broadcasts at 101.5 MHz across the county.", [("101.5 MHz", 101.5, "megahertz")]),
    ("The turbine spins at 1,500 rpm at full load.", [("1,500 rpm", 1500, "rpm")]),
    # half a dozen, half a million
    ("Half a dozen protesters chained themselves to the gates.", [("Half a dozen", 6, None)]),
    ("The team signed a half-dozen new players in the window.", [("half-dozen", 6, None)]),
    ("Half a million people lost power after the storm.", [("Half a million", 500000, None)]),
    ("The half-million-dollar grant will fund a new lab.", [("half-million-dollar", 500000, "usd")]),
    ("Organisers expect half a million visitors at the fair.", [("half a million", 500000, None)]),
    # abbreviations secs, wks, hrs, yrs
    ("The sprinter finished in 9.9 secs, a national record.", [("9.9 secs", 9.9, "second")]),
    ("Road works will last 6 wks, the council's notice says.", [("6 wks", 6, "week")]),
    ("The strike has run for 3 wks with no end in sight.", [("3 wks", 3, "week")]),
    ("Rescuers searched for 36 hrs before finding the hikers.", [("36 hrs", 36, "hour")]),
    ("The vault door closes in 30 secs after the alarm.", [("30 secs", 30, "second")]),
    ("The old bridge was built to last 80 yrs.", [("80 yrs", 80, "year")]),
    # powers of ten
    ("The sample held about 10^6 bacteria per millilitre.", [("10^6", 1e6, None)]),
    (
        "The galaxy holds about 10 to the power of 11 stars, the team said.",
        [("10 to the power of 11", 1e11, None)],
    ),
    ("Scientists estimate the colony holds 10^4 ants.", [("10^4", 10000, None)]),
    ("The error rate fell to one in 10^5 transactions.", [("10^5", 100000, None)]),
    # heights without inches
    ("The wall along the border is 6 ft high in most places.", [("6 ft", 6, "foot")]),
    ("Forecasters warned of waves up to 12 ft on the east coast.", [("12 ft", 12, "foot")]),
    ("The goalkeeper, at 6 ft, is the shortest in the league.", [("6 ft", 6, "foot")]),
    # other news figures
    ("Turnout reached 64.3% in the second round, officials said.", [("64.3%", 64.3, "percent")]),
    ("At least 17 people were injured when the roof collapsed.", [("At least 17", 17, None)]),
    ("The Boeing 737 landed safely after the engine failed.", [("737", None, None, "not_a_quantity")]),
    ("Traffic on Route 66 was diverted for the parade.", [("66", None, None, "not_a_quantity")]),
    (
        "Temperatures hit 41 degrees Celsius in Seville on Saturday.",
        [("41 degrees Celsius", 41, "degC", "temperature")],
    ),
    (
        "The pumps move 3,500 litres a minute out of the mine.",
        [("3,500 litres a minute", 3500, "liter/minute")],
    ),
    (
        "The 24/7 helpline took 9,000 calls in its first week.",
        [("24/7", None, None, "not_a_quantity"), ("9,000", 9000, None)],
    ),
]


def build():
    rng = random.Random(11)
    order = list(range(len(S)))
    rng.shuffle(order)
    out = []
    for i, k in enumerate(order):
        text, items = S[k]
        gold = []
        for it in items:
            span, value, unit = it[0], it[1], it[2]
            sub = it[3] if len(it) > 3 else None
            if sub == "not_a_quantity":
                value = unit = None
            start = text.find(span)
            assert start >= 0, (span, text)
            gold.append(
                {
                    "start": start,
                    "end": start + len(span),
                    "text": span,
                    "value": value,
                    "unit": unit,
                    "subtype": sub,
                }
            )
        gold.sort(key=lambda g: g["start"])
        out.append({"id": f"own7/{i}", "corpus": "own7", "source": "written", "text": text, "gold": gold})
    return out


if __name__ == "__main__":
    recs = build()
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), sum(len(r["gold"]) for r in recs))
