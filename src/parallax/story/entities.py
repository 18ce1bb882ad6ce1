"""Entities across the articles of a story: spelling variants merged, different things kept apart.

The small spaCy model labels one name differently from article to article (a town tagged PERSON in one,
GPE in another; a broadcaster tagged GPE), so labels do not decide what is one thing. Mentions are grouped
by their folded name (:func:`fold_name`), and each name gets the **majority label** of its mentions across
the story (ties go to places, then organisations, then people). Context outweighs the model: a lower-case
organisation word just before a name ("the broadcaster X", "the party X") counts as two ORG mentions, and so
does each mention of "X TV" / "X Radio" for a name X otherwise taken for a person. Then:

1. **Same name once folded**: case, a leading article, a possessive, an "al-" prefix and common
   transliteration variants (-iev/-yev/-ev, Sergey/Sergei, -iy-/-i-, ou/u, kh/h, ph/f, doubled letters)
   are folded away, whatever each mention's label.
2. **Surname alone**: a one-word name that is mostly tagged as a person joins the only person of the
   story whose full name ends with that surname (or with a spelling variant of it); with two such people
   it stays apart. A one-word name mostly tagged otherwise lends only its PERSON mentions.
3. **Transliterations**: two names join when every word pair is equal or a spelling variant of the other
   (:func:`spelling_variants`: the same consonant skeleton with q/k alike, the same first and last letter,
   only vowels differing, at most two edits: e/a and i/y swaps, an inserted vowel), their labels are
   compatible (people, organisations and places are confused by the model; nationalities are not) and
   their contexts agree (the sentences around them share content words: shared neighbours).
4. **Typos of rare names**: two folded names one edit apart join only when both are long (6+ letters),
   neither is a known place (``places``, e.g. :func:`parallax.annotation.entities.country_names`: Gambia and
   Zambia: two real places one letter apart stay apart), and their contexts agree.

5. **Given-name variants**: two people with the same surname (once folded) whose given names are
   transliterations of one another (:func:`given_name_variants`: the same consonant skeleton of three or
   more letters, the same last letter, only vowels differing, the first letter too when both are vowels,
   at most two edits) are one person when their contexts agree ("Aleksandr X" / "Oleksandr X"; not
   "Aleksander X" / "Aleksandra X"). This runs before rule 2, so the surname alone then finds one person.

A one-word name mostly tagged as an organisation is **not an entity** when the same word is written in
lower case at least as often as the name is mentioned in the story's texts: a common word capitalised by
position or style ("the Bridge" beside "the bridge") rather than a name.

Known places never join by rules 3 and 4. All-caps crossheads (short lines in capitals) are not entity
input; a place written as the second half of a hyphenated pair the model tagged only the first half of
("the Harlow-Tamsby road") is added as a mention of its own.

Blocking: rule 3 compares only names with the same skeleton, rule 4 only names whose last words differ in
length by at most one, so the cost grows with the number of distinct names, not its square over all
mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from parallax.annotation.entities import ORG_WORDS
from parallax.common.unionfind import UnionFind
from parallax.model import Annotation, Entity, Variant
from parallax.story.text_features import content_stems

__all__ = [
    "EntityResolution",
    "fold_name",
    "given_name_variants",
    "in_crosshead",
    "resolve_entities",
    "skeleton",
    "spelling_variants",
]

GROUPS = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
#: Ties between labels go to the earlier one (a name the model is unsure of is more often a place).
LABEL_ORDER = ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP")
GROUP_ORDER = ("place", "org", "person", "group")
#: Groups the small model confuses with one another; nationalities ("group") are kept to themselves.
_CONFUSED = frozenset({"place", "org", "person"})
#: Names one edit apart may be typos of one another only from this length on (shorter ones are often
#: different names: Mali and Bali).
TYPO_MIN_LETTERS = 6
#: A crosshead has at most this many words.
CROSSHEAD_WORDS = 8
#: A crosshead line is at most this many characters long (its ends are looked for this far around a name).
CROSSHEAD_CHARS = 200
#: An organisation word next to a name counts as this many ORG mentions (context outweighs the model).
ORG_EVIDENCE_WEIGHT = 2
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
#: Words that end a broadcaster's or paper's name; a person's name never ends so.
MEDIA_WORDS = frozenset({"tv", "television", "radio", "channel", "news", "network", "broadcaster"})
_VOWELS = re.compile(r"[aeiouy]")
_HYPHEN_AFTER = re.compile(r"-([A-Z][a-z]{2,})\b(?=\s+[a-z]|[^\w\s-]|$)")  # "X-Y road", not "X-Based Group"
#: Capitalised prefixes that make a hyphenated adjective, not a pair of places ("Pro-X", "Anti-X").
_PREFIXES = frozenset(
    {"pro", "anti", "non", "post", "pre", "neo", "trans", "pan", "mid", "sub", "inter", "ultra"}
)
_HYPHEN_BEFORE = re.compile(r"\b([A-Z][a-z]{2,})-$")
#: A leading article and a possessive around a one-word name as written ("The Bridge's").
_WRITTEN_WORD = re.compile(r"^(?:the|The)\s+|['’]s$")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


@dataclass
class EntityResolution:
    entities: list[Entity] = field(default_factory=list)
    mention_entity: dict[tuple[str, int, int], str] = field(default_factory=dict)


@lru_cache(maxsize=1 << 16)
def fold_name(text: str) -> str:
    """A spelling-insensitive key: "the Dmitriyev's", "Dmitriev" and "Dmitrijev" give the same key."""
    name = text.strip()
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = re.sub(r"['’]s$", "", name)
    name = name.casefold()
    name = re.sub(r"\b(?:al|el|ad|an|as|ar)[-\s]", "", name)
    name = re.sub(r"[^\w\s]", "", name)
    for old, new in (
        ("yev", "ev"),
        ("iev", "ev"),
        ("ey", "ei"),
        ("kh", "h"),
        ("ph", "f"),
        ("ck", "k"),
        ("y", "i"),
        ("ou", "u"),
    ):
        name = name.replace(old, new)
    name = re.sub(r"(\w)\1+", r"\1", name)
    return " ".join(name.split())


def consonants(word: str) -> str:
    """A word's letters without its vowels ("tuwaiba": "twb", "anna": "nn")."""
    return _VOWELS.sub("", word)


@lru_cache(maxsize=1 << 16)
def skeleton(key: str) -> str:
    """The consonants of each word of a folded name, q and k alike ("tuwaiba" and "tweiba" give "twb")."""
    return " ".join(re.sub(r"(\w)\1+", r"\1", consonants(word.replace("q", "k"))) for word in key.split())


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _word_variants(a: str, b: str) -> bool:
    if a == b:
        return True
    sa = skeleton(a)
    if sa != skeleton(b) or len(sa) < 3:
        return False
    if a.replace("q", "k")[0] != b.replace("q", "k")[0] or a[-1] != b[-1]:
        return False
    distance = _edit_distance(a, b)
    return distance <= 2 and distance <= min(len(a), len(b)) // 3


def spelling_variants(a: str, b: str) -> bool:
    """True when two folded names are transliteration variants of each other, word by word.

    Only vowels may differ (and q/k), the first and last letters agree and at most two edits (no more than
    a third of the shorter word) separate each pair of words: "baradat"/"baredat", "tuwaiba"/"tweiba",
    "kaserta"/"qaserta"; but not "kelmar"/"kelmat" (a consonant), "orvia"/"orvian" (an ending) or
    "mohamed"/"mahmud" (three edits).
    """
    words_a, words_b = a.split(), b.split()
    return len(words_a) == len(words_b) and all(
        _word_variants(x, y) for x, y in zip(words_a, words_b, strict=True)
    )


def given_name_variants(a: str, b: str) -> bool:
    """True when two folded given names are transliterations of one name: the same consonant skeleton (at
    least three letters), the same last letter, the same first letter unless both are vowels, and at most
    two edits (no more than a third of the shorter name): "aleksandr"/"oleksandr", "jelena"/"jalena"; but
    not "aleksander"/"aleksandra" (the ending), "mohamed"/"mahmud" (three edits) or "ana"/"ina" (short)."""
    if a == b:
        return True
    sa = skeleton(a)
    if sa != skeleton(b) or len(sa) < 3 or " " in sa or a[-1] != b[-1]:
        return False
    if a[0] != b[0] and not (_VOWELS.match(a[0]) and _VOWELS.match(b[0])):
        return False
    distance = _edit_distance(a, b)
    return distance <= 2 and distance <= min(len(a), len(b)) // 3


def in_crosshead(text: str, start: int, end: int) -> bool:
    """True when the span lies on a short line written all in capitals (a crosshead, not prose)."""
    # A crosshead is a short line: look for its ends only nearby (a long line is prose, and a text with no
    # line breaks must not be scanned whole for every name).
    window = CROSSHEAD_CHARS
    before = text.rfind("\n", max(0, start - window), start)
    if before < 0 and start > window:
        return False
    after = text.find("\n", end, end + window)
    if after < 0 and len(text) - end > window:
        return False
    line = text[before + 1 : after if after >= 0 else len(text)].strip()
    if not line or len(line.split()) > CROSSHEAD_WORDS:
        return False
    upper = sum(c.isupper() for c in line)
    return upper >= 2 and not any(c.islower() for c in line)


def _edit1(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution, insertion or deletion."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = diffs = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            diffs += 1
            if diffs > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return diffs + (len(b) - j) <= 1


Mention = tuple[str, int, int, str, str]  # annotation id, start, end, text, label


@dataclass
class _Name:
    """All mentions of one folded name in the story."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    context: Counter[str] = field(default_factory=Counter)
    org_evidence: int = 0

    def group(self) -> str:
        votes = Counter(GROUPS[m[4]] for m in self.mentions)
        if self.org_evidence:
            votes["org"] += self.org_evidence
        return min(votes, key=lambda g: (-votes[g], GROUP_ORDER.index(g)))


def _sentence_around(ann: Annotation, start: int, end: int, starts: Sequence[int] | None = None) -> str:
    """The mention's sentence and the one before it (a short sentence alone says too little)."""
    starts = starts if starts is not None else [s.start for s in ann.sentences]
    k = bisect_right(starts, start) - 1
    if k >= 0 and end <= ann.sentences[k].end:
        first = ann.sentences[k - 1].start if k > 0 else ann.sentences[k].start
        return ann.text[first : ann.sentences[k].end]
    return ann.text[max(0, start - 200) : end + 200]


def _context_agrees(a: _Name, b: _Name) -> bool:
    return len(set(a.context) & set(b.context)) >= 2


def _mentions(ann: Annotation) -> list[Mention]:
    """The article's name mentions, crossheads left out, hyphenated place partners added."""
    out: list[Mention] = []
    taken = {(m.start, m.end) for m in ann.entities}
    starts = {m.start for m in ann.entities}
    for m in ann.entities:
        if m.label not in GROUPS or in_crosshead(ann.text, m.start, m.end):
            continue
        out.append((ann.id, m.start, m.end, m.text, m.label))
        if m.label not in ("GPE", "LOC"):
            continue
        after = _HYPHEN_AFTER.match(ann.text, m.end)
        if after and after.start(1) not in starts and (after.start(1), after.end(1)) not in taken:
            out.append((ann.id, after.start(1), after.end(1), after.group(1), m.label))
        before = _HYPHEN_BEFORE.search(ann.text, max(0, m.start - 40), m.start)
        if (
            before
            and before.group(1).casefold() not in _PREFIXES
            and before.start(1) not in starts
            and (before.start(1), before.end(1)) not in taken
        ):
            out.append((ann.id, before.start(1), before.end(1), before.group(1), m.label))
    return out


def _compatible(a: str, b: str) -> bool:
    return a == b or (a in _CONFUSED and b in _CONFUSED)


def _collect(annotations: Sequence[Annotation]) -> list[_Name]:
    names: dict[str, _Name] = {}
    for ann in annotations:
        starts = [s.start for s in ann.sentences]
        stems_of: dict[str, list[str]] = {}
        for mention in _mentions(ann):
            key = fold_name(mention[3])
            if not key:
                continue
            name = names.setdefault(key, _Name(key))
            name.mentions.append(mention)
            own = key.split()
            window = _sentence_around(ann, mention[1], mention[2], starts)
            if window not in stems_of:
                stems_of[window] = content_stems(window)
            name.context.update(w for w in stems_of[window] if w not in own)
            before = _WORD_BEFORE.search(ann.text, max(0, mention[1] - 30), mention[1])
            if before and before.group(1) in ORG_WORDS:  # lower case: "the broadcaster X", "the party X"
                name.org_evidence += ORG_EVIDENCE_WEIGHT
    for name in names.values():  # "X TV" elsewhere: X is no person (a place may be: "X Radio" is its radio)
        words = name.key.split()
        base = names.get(" ".join(words[:-1]))
        if len(words) > 1 and words[-1] in MEDIA_WORDS and base is not None and base.group() == "person":
            base.org_evidence += ORG_EVIDENCE_WEIGHT * len(name.mentions)
    return list(names.values())


def _join_surnames(names: list[_Name], groups: list[str], union: UnionFind) -> None:
    """Rule 2: a surname alone joins the one person whose full name ends with it (or a variant of it)."""
    by_surname: dict[str, set[int]] = defaultdict(set)
    by_skeleton: dict[str, set[str]] = defaultdict(set)
    by_length: dict[int, set[str]] = defaultdict(set)
    for i, name in enumerate(names):
        if groups[i] == "person" and " " in name.key:
            surname = name.key.split()[-1]
            by_surname[surname].add(i)
            by_skeleton[skeleton(surname)].add(surname)
            by_length[len(surname)].add(surname)
    for i, name in enumerate(names):
        if " " in name.key:
            continue
        owners = set(by_surname.get(name.key, set()))
        if not owners:  # a transliteration of the surname, else a typo of a long one in the same context
            for surname in by_skeleton.get(skeleton(name.key), set()):
                if _word_variants(name.key, surname):
                    owners |= {o for o in by_surname[surname] if _context_agrees(name, names[o])}
        if not owners and len(name.key) >= TYPO_MIN_LETTERS:
            for length in (len(name.key) - 1, len(name.key), len(name.key) + 1):
                for surname in by_length.get(length, set()):
                    if length >= TYPO_MIN_LETTERS and _edit1(name.key, surname):
                        owners |= {o for o in by_surname[surname] if _context_agrees(name, names[o])}
        roots = {union.find(o) for o in owners}
        if len(roots) != 1:
            continue
        owner = next(iter(owners))
        if groups[i] == "person":
            union.join(i, owner)
        else:  # a place or organisation that some articles tag as the person: only those mentions go
            moved = [m for m in name.mentions if m[4] == "PERSON"]
            if moved:
                name.mentions = [m for m in name.mentions if m[4] != "PERSON"]
                names[owner].mentions.extend(moved)


def _join_given_names(names: list[_Name], groups: list[str], union: UnionFind) -> None:
    """Rule 5: people with one surname whose given names are transliterations of one another."""
    by_surname: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        words = name.key.split()
        if groups[i] == "person" and len(words) == 2 and name.mentions:
            by_surname[words[1]].append(i)
    for members in by_surname.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                given_i, given_j = names[i].key.split()[0], names[j].key.split()[0]
                if given_name_variants(given_i, given_j) and _context_agrees(names[i], names[j]):
                    union.join(i, j)


def _common_words(names: list[_Name], groups: list[str], annotations: Sequence[Annotation]) -> None:
    """A one-word 'organisation' whose word the story's texts write in lower case at least as often as they
    name it is a common word, not a name: its mentions are dropped."""
    written: dict[int, set[str]] = {}
    for i, (name, group) in enumerate(zip(names, groups, strict=True)):
        if group != "org" or not name.mentions or " " in name.key:
            continue
        forms = {_WRITTEN_WORD.sub("", m[3]).strip().casefold() for m in name.mentions}
        if all(form.isalpha() for form in forms):
            written[i] = forms
    if not written:
        return
    wanted = set().union(*written.values())
    lower: Counter[str] = Counter()
    for ann in annotations:
        lower.update(w for w in _LOWER_WORD.findall(ann.text) if w in wanted)
    for i, forms in written.items():
        if sum(lower[form] for form in forms) >= len(names[i].mentions):
            names[i].mentions = []


def resolve_entities(
    annotations: Sequence[Annotation], places: frozenset[str] = frozenset()
) -> EntityResolution:
    """Merge the named-entity mentions of a story's articles into entities (see the module docstring)."""
    names = _collect(annotations)
    groups = [name.group() for name in names]
    _common_words(names, groups, annotations)
    place_keys = {fold_name(p) for p in places}
    union = UnionFind(len(names))
    # Rule 3: transliterations, blocked by skeleton.
    by_skeleton: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        if name.mentions:
            by_skeleton[skeleton(name.key)].append(i)
    for members in by_skeleton.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                a, b = names[i], names[j]
                if a.key in place_keys or b.key in place_keys or not _compatible(groups[i], groups[j]):
                    continue
                if spelling_variants(a.key, b.key) and _context_agrees(a, b):
                    union.join(i, j)
    # Rule 4: typos of rare names, blocked by surname length, confirmed by context.
    by_length: dict[int, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        if name.mentions:
            by_length[len(name.key.split()[-1])].append(i)
    for length, members in by_length.items():
        for i in members:
            for j in members + by_length.get(length + 1, []):
                if j <= i and length == len(names[j].key.split()[-1]):
                    continue
                a, b = names[i], names[j]
                la, lb = a.key.split()[-1], b.key.split()[-1]
                if la == lb or len(la) < TYPO_MIN_LETTERS or len(lb) < TYPO_MIN_LETTERS:
                    continue  # (the same surname with another first name is rule 2's or another person)
                if a.key in place_keys or b.key in place_keys or len(a.key.split()) != len(b.key.split()):
                    continue
                if not _compatible(groups[i], groups[j]):
                    continue
                first_a, first_b = a.key.split()[:-1], b.key.split()[:-1]
                if first_a and first_b and first_a != first_b:
                    continue  # different first names: different people
                if _edit1(la, lb) and _context_agrees(a, b):
                    union.join(i, j)
    _join_given_names(names, groups, union)
    _join_surnames(names, groups, union)
    clusters: dict[int, list[Mention]] = defaultdict(list)
    org_votes: Counter[int] = Counter()
    for i, name in enumerate(names):
        clusters[union.find(i)].extend(name.mentions)
        org_votes[union.find(i)] += name.org_evidence
    return _entities([(m, org_votes[root]) for root, m in clusters.items() if m])


def _entities(clusters: list[tuple[list[Mention], int]]) -> EntityResolution:
    """Entities from clusters of mentions, each with its extra votes for ORG (context evidence)."""
    ordered = sorted(clusters, key=lambda c: (-len({m[0] for m in c[0]}), -len(c[0]), c[0][0][3]))
    result = EntityResolution()
    for number, (mentions, org_votes) in enumerate(ordered, start=1):
        entity_id = f"e{number}"
        variants: dict[str, set[str]] = defaultdict(set)
        labels: Counter[str] = Counter()
        for ann_id, start, end, text, label in mentions:
            clean = re.sub(r"['’]s$", "", re.sub(r"^(?:the|The)\s+", "", text)).strip()
            variants[clean].add(ann_id)
            labels[label] += 1
            result.mention_entity[(ann_id, start, end)] = entity_id
        if org_votes:
            labels["ORG"] += org_votes
        counts = Counter({v: len(ids) for v, ids in variants.items()})
        name = max(counts, key=lambda v: (counts[v] + (0.5 if " " in v else 0), len(v)))
        label = min(labels, key=lambda lab: (-labels[lab], LABEL_ORDER.index(lab)))
        result.entities.append(
            Entity(
                id=entity_id,
                name=name,
                label=label,
                variants=[Variant(text=v, article_ids=sorted(ids)) for v, ids in sorted(variants.items())],
                article_ids=sorted({m[0] for m in mentions}),
            )
        )
    return result
