"""Worker processes for the per-article stages: each worker holds the loaded models, articles go in chunks.

::

    with engine.workers() as pool:          # None when settings.processes == 1
        run = engine.clean_documents(documents, pool=pool)
        ann = engine.annotate_articles(run.articles, pool=pool)

A :class:`WorkerPool` is a :class:`concurrent.futures.ProcessPoolExecutor` whose initializer installs
the engine in each worker (:meth:`parallax.engine.DefaultEngine.install`) with ``processes = 1``. Where
the ``fork`` start method exists (Linux) the parent loads the models first and the workers inherit
them, so each worker costs no loading and shares the model's pages with the parent until it writes to
them; elsewhere each worker loads the models once, on its first chunk.

:meth:`WorkerPool.map` sends the items in chunks (at most :data:`CHUNK_CHARS` characters or
``batch_size`` items, and small enough that every worker gets several), keeps a bounded number of
chunks in flight, reports progress as each chunk finishes and yields the results in input order. A
chunk whose task raises gives each of its items the caller's fallback result (a rejected record); a
worker that dies (killed, out of memory) breaks the pool, and the run stops with :class:`WorkerError`
(E700) instead of waiting for it (``parallax add`` keeps the articles it committed before).
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from parallax.errors import WorkerError

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess
    from types import TracebackType

    from parallax.config import Settings
    from parallax.engine import Engine
    from parallax.model import Annotation, Article, Document, Rejected, Story
    from parallax.story.build import StoryJob

__all__ = [
    "CHUNK_CHARS",
    "WorkerPool",
    "annotate_chunk",
    "clean_chunk",
    "story_chunk",
    "worker_settings",
]

#: A chunk sent to a worker holds at most this many characters of text (and at most ``batch_size`` items).
CHUNK_CHARS = 100_000
#: Each worker is given at least this many chunks of a run when there are enough items (balance at the end).
CHUNKS_PER_WORKER = 4
#: Chunks in flight per worker (submitted and not yet consumed): bounds the memory the parent holds.
IN_FLIGHT_PER_WORKER = 3

Item = TypeVar("Item")
Result = TypeVar("Result")


def worker_settings(settings: Settings) -> Settings:
    """The settings of the engine inside a worker: the same, with one process."""
    return replace(settings, processes=1)


def _install(source: Engine | Settings) -> None:
    """Pool initializer: the worker's engine (with the parent's loaded models when forked)."""
    from parallax.engine import DEFAULT, Engine

    if isinstance(source, Engine):
        engine = source.with_settings(worker_settings(source.settings))
    else:
        engine = Engine(worker_settings(source))
    DEFAULT.install(engine)


def clean_chunk(chunk: Sequence[tuple[Document, frozenset[str]]]) -> list[Article | Rejected]:
    """Worker task: clean documents (each with its site's furniture lines)."""
    from parallax.cleaning.stage import clean_document
    from parallax.engine import DEFAULT

    model = DEFAULT.get().cleaner_model()
    return [clean_document(doc, model, furniture) for doc, furniture in chunk]


def annotate_chunk(chunk: Sequence[Article]) -> list[Annotation | Rejected]:
    """Worker task: annotate clean articles."""
    from parallax.annotation.pipeline import annotate_articles
    from parallax.engine import DEFAULT

    return list(annotate_articles(chunk, DEFAULT.get().annotator()))


def story_chunk(chunk: Sequence[StoryJob]) -> list[Story]:
    """Worker task: analyse stories (entities, claims, comparisons, summary, timeline)."""
    from parallax.engine import DEFAULT
    from parallax.story.build import build_job

    engine = DEFAULT.get()
    nlp = engine.annotator().nlp
    return [build_job(job, engine.settings, nlp) for job in chunk]


def _chunks(sizes: Sequence[int], processes: int, batch_size: int) -> list[range]:
    """Consecutive index ranges: at most ``batch_size`` items or :data:`CHUNK_CHARS` characters each
    (one item alone may be longer), and at most about a ``CHUNKS_PER_WORKER``-th of a worker's share."""
    share = max(1, -(-len(sizes) // (processes * CHUNKS_PER_WORKER)))
    limit = max(1, min(batch_size, share))
    chunks: list[range] = []
    start = 0
    chars = 0
    for index, size in enumerate(sizes):
        if index > start and (index - start >= limit or chars + size > CHUNK_CHARS):
            chunks.append(range(start, index))
            start, chars = index, 0
        chars += size
    if start < len(sizes):
        chunks.append(range(start, len(sizes)))
    return chunks


def _describe(processes: Sequence[BaseProcess]) -> str:
    """Why the pool broke, with the exit status of the workers that died when it can be read."""
    codes: set[int] = set()
    for process in processes:
        process.join(timeout=1.0)
        code = process.exitcode
        for _ in range(20):  # the executor's own thread may be reaping it at this very moment: read again
            if code is not None:
                break
            time.sleep(0.05)
            code = process.exitcode
        if code not in (None, 0):
            codes.add(code)
    how = [f"killed by signal {-c}" for c in sorted(codes) if c < 0]
    how += [f"exit status {c}" for c in sorted(codes) if c > 0]
    return f"a worker process died ({', '.join(how) or 'no exit status'}); the run stopped"


class WorkerPool:
    """Worker processes that each hold the engine's models; use as a context manager."""

    def __init__(self, engine: Engine, processes: int) -> None:
        self.processes = max(1, processes)
        self.batch_size = engine.options.annotate.batch_size
        context: BaseContext
        if "fork" in multiprocessing.get_all_start_methods():
            # Forked workers inherit the parent's loaded models (the engine itself is not pickled).
            context = multiprocessing.get_context("fork")
            source: Engine | Settings = engine
        else:
            context = multiprocessing.get_context("spawn")
            source = engine.settings
        self._executor = ProcessPoolExecutor(
            max_workers=self.processes, mp_context=context, initializer=_install, initargs=(source,)
        )
        self._started: dict[int, BaseProcess] = {}  # every worker started, kept to read how it ended

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close(wait_for_workers=kind is None)

    def close(self, wait_for_workers: bool = True) -> None:
        """Stop the workers (at once, dropping queued chunks, when the run failed or was interrupted)."""
        if not wait_for_workers:
            for process in list((getattr(self._executor, "_processes", None) or {}).values()):
                if process.is_alive():
                    process.terminate()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def map(
        self,
        task: Callable[[list[Item]], list[Result]],
        items: Sequence[Item],
        sizes: Sequence[int],
        fallback: Callable[[Item, BaseException], Result],
        progress: Callable[[int], None] | None = None,
    ) -> Iterator[Result]:
        """``task`` over ``items`` in chunks in the workers; results in input order.

        ``sizes`` (characters per item) shape the chunks; ``fallback(item, exc)`` is each item's result
        when its chunk's task raised; ``progress(n)`` is called as chunks of ``n`` items finish.
        """
        chunks = _chunks(sizes, self.processes, self.batch_size)
        window = self.processes * IN_FLIGHT_PER_WORKER
        futures: dict[int, Future[list[Result]]] = {}
        counted: set[int] = set()
        submitted = 0
        for number, chunk in enumerate(chunks):
            while submitted < len(chunks) and submitted - number < window:
                batch = [items[i] for i in chunks[submitted]]
                futures[submitted] = self._submit(task, batch)
                submitted += 1
            future = futures[number]
            while not future.done():
                waiting = [f for n, f in futures.items() if n not in counted]
                done, _ = wait(waiting, timeout=1.0, return_when=FIRST_COMPLETED)
                self._count(done, futures, chunks, counted, progress)
            self._count({future}, futures, chunks, counted, progress)
            del futures[number]
            counted.discard(number)
            yield from self._results(future, chunk, items, fallback)

    def _workers(self) -> list[BaseProcess]:
        """Every worker started so far (those the executor still lists, and any it has let go)."""
        self._started.update(getattr(self._executor, "_processes", None) or {})
        return list(self._started.values())

    def _submit(self, task: Callable[[list[Item]], list[Result]], batch: list[Item]) -> Future[list[Result]]:
        try:
            future = self._executor.submit(task, batch)
        except BrokenProcessPool as exc:
            raise WorkerError(_describe(self._workers())) from exc
        self._started.update(getattr(self._executor, "_processes", None) or {})
        return future

    def _results(
        self,
        future: Future[list[Result]],
        chunk: range,
        items: Sequence[Item],
        fallback: Callable[[Item, BaseException], Result],
    ) -> list[Result]:
        """The chunk's results; its items are read again (``items[i]``) only for the fallback."""
        try:
            results = future.result()
        except BrokenProcessPool as exc:
            raise WorkerError(_describe(self._workers())) from exc
        except Exception as exc:  # the task failed (e.g. a result that cannot be pickled): reject its items
            return [fallback(items[i], exc) for i in chunk]
        if len(results) != len(chunk):
            error = RuntimeError(f"a worker returned {len(results)} results for {len(chunk)} items")
            return [fallback(items[i], error) for i in chunk]
        return results

    @staticmethod
    def _count(
        done: set[Future[Any]],
        futures: dict[int, Future[Any]],
        chunks: Sequence[range],
        counted: set[int],
        progress: Callable[[int], None] | None,
    ) -> None:
        if progress is None:
            return
        for number, future in futures.items():
            if future in done and number not in counted:
                counted.add(number)
                progress(len(chunks[number]))
