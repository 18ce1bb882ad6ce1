"""The records of ``analyze`` kept on disk, so that memory follows the largest story, not the run.

An annotation record (a pydantic object per sentence, entity, figure, date and attribution) is many
times the size of its article's text (29 MB of objects per MB of news text): held for every article
until the story stages end, they made the memory of ``analyze`` grow with the number of articles (747 MB
after 33 minutes on a JSONL of 2,000 articles, still rising). Grouping needs far less: the raw features
of :func:`parallax.story.grouping.article_vector` (names, dates, figures, title and lead stems: a few
hundred counts per article). So, as each record comes out of the annotate stage,
:func:`spill_annotations` keeps its features in a :class:`FeatureTable` and writes the record to a
:class:`RecordSpill` (one anonymous temporary file, pickled records one after another); the stories are
then grouped from the features (:func:`parallax.story.grouping.group_vectors`, the grouping of
:func:`parallax.story.grouping.group_stories`) and :class:`SpilledJobs` reads each story's records back
only when that story is analysed. The stories are the same as with every record held.

The analysed stories can wait in a spill too (:meth:`parallax.engine.Engine.analyze_paths_streamed`):
:class:`StreamedReport` writes the JSON report one story at a time.

A spill's file has no name (it is unlinked as soon as it is made), so it is gone when the run ends,
fails or is killed. A record that cannot be written (a full disk, a record that cannot be pickled) is
kept in memory instead: one bad article never stops the run.
"""

from __future__ import annotations

import pickle
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import IO, Generic, TypeVar, overload

import numpy as np

from parallax.model import Annotation, Article, Rejected, Report, Story
from parallax.story.build import StoryJob
from parallax.story.grouping import article_vector, group_vectors

__all__ = [
    "FeatureTable",
    "RecordSpill",
    "SpilledAnnotations",
    "SpilledJobs",
    "SpilledSequence",
    "StreamedReport",
    "plan_spilled_stories",
    "spill_annotations",
]

T = TypeVar("T")


class RecordSpill(Generic[T]):
    """Records written to an anonymous temporary file under a key, read back one at a time.

    A key given again replaces its record (as a dict would). Use as a context manager, or :meth:`close`.
    """

    def __init__(self, directory: str | None = None) -> None:
        # No name on disk: gone when closed, or when the process ends however it ends.
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="parallax-spill-", dir=directory)  # noqa: SIM115
        self._index: dict[str, tuple[int, int]] = {}
        self._held: dict[str, T] = {}  # records that could not be written
        self._end = 0

    def put(self, key: str, record: T) -> None:
        self._held.pop(key, None)
        self._index.pop(key, None)
        try:
            data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
            self._file.seek(self._end)
            self._file.write(data)
        except Exception:  # a full disk or an unpicklable record: keep this one in memory
            self._held[key] = record
            return
        self._index[key] = (self._end, len(data))
        self._end += len(data)

    def get(self, key: str) -> T:
        """The record of ``key`` (a new object each call; KeyError when there is none)."""
        if key in self._held:
            return self._held[key]
        offset, size = self._index[key]
        self._file.seek(offset)
        record: T = pickle.loads(self._file.read(size))  # our own file, written above
        return record

    def __contains__(self, key: object) -> bool:
        return key in self._index or key in self._held

    def __len__(self) -> int:
        return len(self._index) + len(self._held)

    @property
    def held(self) -> int:
        """How many records are kept in memory (could not be written)."""
        return len(self._held)

    @property
    def bytes_written(self) -> int:
        return self._end

    def close(self) -> None:
        self._file.close()
        self._index.clear()
        self._held.clear()

    def __enter__(self) -> RecordSpill[T]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class FeatureTable:
    """The raw grouping features of many articles (:func:`parallax.story.grouping.article_vector`), each
    held as two small arrays (key numbers into one vocabulary shared by all, and counts): a few kB an
    article instead of a dict of a few hundred entries (~48 kB). ``table[i]`` gives the same counts in
    the same order."""

    def __init__(self) -> None:
        self._number: dict[str, int] = {}
        self._keys: list[str] = []
        self._rows: list[np.ndarray] = []

    def _row(self, features: Counter[str]) -> np.ndarray:
        row = np.empty((2, len(features)), dtype=np.int64)
        for k, (key, count) in enumerate(features.items()):
            number = self._number.get(key)
            if number is None:
                number = self._number[key] = len(self._keys)
                self._keys.append(key)
            row[0, k] = number
            row[1, k] = count
        return row.astype(np.int32) if row.size == 0 or int(np.abs(row).max()) < 2**31 else row

    def append(self, features: Counter[str]) -> None:
        self._rows.append(self._row(features))

    def __setitem__(self, index: int, features: Counter[str]) -> None:
        self._rows[index] = self._row(features)

    def __getitem__(self, index: int) -> Counter[str]:
        numbers, counts = self._rows[index].tolist()
        keys = self._keys
        return Counter(dict(zip([keys[n] for n in numbers], counts, strict=True)))

    def __len__(self) -> int:
        return len(self._rows)


@dataclass
class SpilledAnnotations:
    """What the story stages need of an annotate run: the articles annotated (input order), each one's
    grouping features, the records on disk, and the articles that could not be annotated."""

    spill: RecordSpill[Annotation]
    articles: list[Article] = field(default_factory=list)
    vectors: FeatureTable = field(default_factory=FeatureTable)
    rejected: list[Rejected] = field(default_factory=list)


def spill_annotations(
    articles: Sequence[Article], results: Iterable[Annotation | Rejected], spill: RecordSpill[Annotation]
) -> SpilledAnnotations:
    """Consume the annotate stage's results (one per article, in input order): each record's features
    are kept and the record goes to ``spill``."""
    run = SpilledAnnotations(spill)
    for article, result in zip(articles, results, strict=True):
        if isinstance(result, Rejected):
            run.rejected.append(result)
            continue
        run.articles.append(article)
        run.vectors.append(article_vector(article, result))
        spill.put(result.id, result)
    if len({a.id for a in articles}) < len(articles):
        # Articles that share an id share the last record given under it, and each is kept when any
        # of them was annotated (as the records held in a dict by id were read).
        run.articles = [a for a in articles if a.id in spill]
        run.vectors = FeatureTable()
        for article in run.articles:
            run.vectors.append(article_vector(article, spill.get(article.id)))
    return run


@dataclass(frozen=True)
class StoryPlan:
    """One story to analyse: its id, its articles and their near-duplicate groups (no records yet)."""

    story_id: str
    articles: list[Article]
    duplicates: list[list[str]]


class LazyJobs(Sequence[StoryJob]):
    """Stories as :class:`~parallax.story.build.StoryJob` objects, each made (its records read by
    :meth:`annotations`) only when it is asked for, so that one story's records are in memory at a time."""

    def __init__(self, plans: Sequence[StoryPlan]) -> None:
        self._plans = list(plans)

    def annotations(self, plan: StoryPlan) -> list[Annotation]:
        """The records of a plan's articles, in its order."""
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._plans)

    @overload
    def __getitem__(self, index: int) -> StoryJob: ...
    @overload
    def __getitem__(self, index: slice) -> list[StoryJob]: ...
    def __getitem__(self, index: int | slice) -> StoryJob | list[StoryJob]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        plan = self._plans[index]
        return StoryJob(
            plan.story_id, list(plan.articles), self.annotations(plan), [list(g) for g in plan.duplicates]
        )

    def __iter__(self) -> Iterator[StoryJob]:
        for index in range(len(self._plans)):
            yield self[index]

    def sizes(self) -> list[int]:
        """Characters of text per story (to size worker chunks) without reading any record."""
        return [sum(len(a.text) for a in plan.articles) for plan in self._plans]


class SpilledJobs(LazyJobs):
    """The stories of a run, their records read from the run's spill."""

    def __init__(self, plans: Sequence[StoryPlan], spill: RecordSpill[Annotation]) -> None:
        super().__init__(plans)
        self._spill = spill

    def annotations(self, plan: StoryPlan) -> list[Annotation]:
        return [self._spill.get(a.id) for a in plan.articles]


def plan_spilled_stories(run: SpilledAnnotations, threshold: float) -> SpilledJobs:
    """Group the annotated articles into stories (ids ``s1``, ``s2``, ... as
    :func:`parallax.story.build.plan_stories` gives them) from their features alone."""
    by_id = {a.id: a for a in run.articles}
    groups = group_vectors(run.articles, run.vectors.__getitem__, threshold=threshold)
    plans = [
        StoryPlan(f"s{number}", [by_id[i] for i in group.article_ids], [list(g) for g in group.duplicates])
        for number, group in enumerate(groups, start=1)
    ]
    return SpilledJobs(plans, run.spill)


class SpilledSequence(Sequence[T]):
    """The records of ``keys`` in a spill, in that order, each read from the file when asked for."""

    def __init__(self, keys: Sequence[str], spill: RecordSpill[T]) -> None:
        self._keys = list(keys)
        self._spill = spill

    def __len__(self) -> int:
        return len(self._keys)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._spill.get(k) for k in self._keys[index]]
        return self._spill.get(self._keys[index])

    def __iter__(self) -> Iterator[T]:
        for key in self._keys:
            yield self._spill.get(key)


#: The JSON report's indent (as :func:`parallax.render.json.render_json_bytes` writes it).


@dataclass
class StreamedReport:
    """A report whose stories are read one at a time (from a spill, see
    :meth:`parallax.engine.Engine.analyze_paths_streamed`)."""

    articles: list[Article]
    rejected: list[Rejected]
    stories: Sequence[Story]

    def report(self) -> Report:
        """The whole report in memory (every story read back)."""
        return Report(articles=self.articles, rejected=self.rejected, stories=list(self.stories))

    def json_pieces(self) -> Iterator[bytes]:
        """The bytes of :func:`parallax.render.json.render_json_bytes` of :meth:`report`, one story at a
        time (:func:`parallax.render.json.render_json_pieces`)."""
        from parallax.render.json import render_json_pieces

        return render_json_pieces(self.articles, self.rejected, self.stories)
