"""Exceptions, each with a stable code.

::

    ParallaxError (E000)
     +-- InputError (E100)          an input cannot be read as an article
     |    +-- UnreadableError (E101)  path missing, unreadable, or a directory error
     |    +-- EmptyInputError (E102)  nothing but white space
     |    +-- BinaryInputError (E103) bytes that are not text
     |    +-- TooLargeError (E104)    over the size limit
     |    +-- MalformedError (E105)   broken JSON line, HTML with no article, ...
     |    +-- UnsupportedError (E106) a file type Parallax does not read
     +-- CleanError (E200)          the cleaner found no article body
     |    +-- TooShortError (E201)  the body is too short to be an article
     +-- AnnotateError (E300)       annotation failed for one article
     |    +-- TooLongError (E301)   article over max_annotate_chars
     |    +-- UnsupportedLanguageError (E302) article confidently in a language the annotators do not read
     +-- ConfigError (E400)         a setting has a bad value, or the model is missing
     +-- OutputError (E500)         an output path that cannot be written
     +-- WorkerError (E700)         a worker process died (killed, out of memory) during a run
     +-- StoryError (E800)          the analysis of one story failed: the story is kept with no analysis

The CLI prints ``source: message`` lines for these and never a traceback; the
library turns them into :class:`parallax.model.Rejected` records.
"""

from __future__ import annotations

import re

# C0 and C1 control characters (a line break, an escape sequence, a bell) in a file name or a reason.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """``text`` safe to print as one line of a terminal: each control character shown escaped (``\\n``,
    ``\\x1b``), so that a file name cannot break a failure line in two or send escape sequences."""
    return _CONTROLS.sub(lambda m: repr(m.group())[1:-1], text)


class ParallaxError(Exception):
    code = "E000"
    stage = "run"

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(ParallaxError):
    code = "E100"
    stage = "ingest"


class UnreadableError(InputError):
    code = "E101"


class EmptyInputError(InputError):
    code = "E102"


class BinaryInputError(InputError):
    code = "E103"


class TooLargeError(InputError):
    code = "E104"


class MalformedError(InputError):
    code = "E105"


class UnsupportedError(InputError):
    code = "E106"


class CleanError(ParallaxError):
    code = "E200"
    stage = "clean"


class TooShortError(CleanError):
    code = "E201"


class AnnotateError(ParallaxError):
    code = "E300"
    stage = "annotate"


class ConfigError(ParallaxError):
    code = "E400"
    stage = "config"


class TooLongError(AnnotateError):
    """An article over the annotation size limit (``max_annotate_chars``)."""

    code = "E301"

    def __init__(self, size: int, limit: int, source: str | None = None) -> None:
        super().__init__(
            f"article too long to annotate ({size:,} characters, limit {limit:,}; raise it with "
            f"PARALLAX_MAX_ANNOTATE_CHARS or max_annotate_chars in the config file)",
            source,
        )


class UnsupportedLanguageError(AnnotateError):
    """An article the language identifier confidently places in a language the annotators do not support."""

    code = "E302"

    def __init__(self, language: str, source: str | None = None) -> None:
        super().__init__(f"language not supported: {language}", source)
        self.language = language


class OutputError(ParallaxError):
    """An output path that cannot be written (checked before any work, or failing at write time)."""

    code = "E500"
    stage = "output"


class WorkerError(ParallaxError):
    """A worker process of a run with several processes died (killed, out of memory): the run stops."""

    code = "E700"
    stage = "run"


class StoryError(ParallaxError):
    """The analysis of one story (entities, claims, comparison) failed: the story is kept in the report
    with its articles and no analysis (``Story.failed`` says why), and the run goes on."""

    code = "E800"
    stage = "compare"
