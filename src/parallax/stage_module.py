"""Keep ``parallax.clean(...)`` and ``parallax.annotate(...)`` callable.

Importing the subpackage ``parallax.annotate`` sets it as an attribute of ``parallax``, which hides
the library function of the same name. Each such subpackage makes its module callable with
:func:`make_callable`, forwarding to the function of the same name in :mod:`parallax.pipeline`.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _StageModule(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from parallax import pipeline

        return getattr(pipeline, self.__name__.rsplit(".", 1)[-1])(*args, **kwargs)


def make_callable(module_name: str) -> None:
    """Make the (sub)package ``module_name`` callable as ``parallax.pipeline.<last part of its name>``."""
    sys.modules[module_name].__class__ = _StageModule
