"""Reader-facing counts over the terminal, Markdown and JSON outputs of one run (before/after)."""

import json
import re
import sys
from pathlib import Path

names = [
    "newswcl50_2",
    "newswcl50_6",
    "basil_2153fb3e-6b09-",
    "basil_3ae35b16-7f7f-",
    "basil_f506aafc-8b43-",
    "pac_STORY_29",
    "plague",
    "lunar",
    "seeds",
    "harbour-bridge",
]
folder = Path(sys.argv[1])
tot = dict(
    count_canon=0,
    restated=0,
    stem_words=0,
    clipped_headings=0,
    quotes=0,
    figure_hidden=0,
    summary=0,
    summary_linked=0,
    timeline_bg_first=0,
    timelines=0,
    speakers_markup=0,
)
for n in names:
    term = (folder / f"{n}.term").read_text()
    md = (folder / f"{n}.md").read_text()
    rep = json.loads((folder / f"{n}.json").read_text())
    tot["count_canon"] += len(re.findall(r"≈ [\d,.–]+ count", md))
    tot["restated"] += len(
        re.findall(
            r"(\d[\d.,]*) (?:million |billion )?(?:euros|weeks|months|days|years|kilometers|kilometres)[^;.]*?\(≈",
            md,
        )
    )
    for m in re.finditer(r"Shared words: ([^.]*)\.", md):
        ws = [w.strip() for w in m.group(1).split(",")]
        texts = " ".join(c["text"].lower() for s in rep["stories"] for c in s["claims"])
        tot["stem_words"] += sum(1 for w in ws if not re.search(r"\b" + re.escape(w.lower()) + r"\b", texts))
    tot["clipped_headings"] += len(re.findall(r"^● [A-Z]+  .*…", term, re.M))
    arts = {a["id"]: a for a in rep["articles"]}
    for s in rep["stories"]:
        claims = {c["id"]: c for c in s["claims"]}
        for c in s["comparisons"]:
            for f in c["figures"]:
                cl = claims.get(f["claim_id"])
                if cl is None:
                    continue
                tot["quotes"] += 1
                # would a 200-character clip from the sentence start hide the figure?
                at = cl["text"].find(f["text"])
                if at + len(f["text"]) > 199 and len(" ".join(cl["text"].split())) > 200:
                    tot["figure_hidden"] += 1
        for sent in s["summary"]:
            tot["summary"] += 1
            tot["summary_linked"] += bool(sent["claim_ids"])
        pubs = sorted(a["published"][:10] for a in rep["articles"] if a.get("published"))
        if s["timeline"] and pubs:
            tot["timelines"] += 1
            first = term.split("Timeline", 1)[1].strip().split()[0] if "Timeline" in term else ""
            y = re.match(r"(\d{4})", first)
            if y and int(y.group(1)) < int(pubs[0][:4]) - 0 and first[:4] != pubs[0][:4]:
                tot["timeline_bg_first"] += 1
print(folder.name, tot)
