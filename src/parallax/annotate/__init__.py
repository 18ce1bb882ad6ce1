"""The annotate stage. ``parallax.annotate(...)`` stays callable after this package is imported
(see :mod:`parallax.stage_module`)."""

from parallax.stage_module import make_callable

make_callable(__name__)
