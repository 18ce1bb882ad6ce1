"""The clean stage. ``parallax.clean(...)`` stays callable after this package is imported.

Importing a subpackage sets it as an attribute of ``parallax``, which would hide the library function
of the same name; the package module is therefore callable and forwards to
:func:`parallax.pipeline.clean`.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _StageModule(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from parallax.pipeline import clean

        return clean(*args, **kwargs)


sys.modules[__name__].__class__ = _StageModule
