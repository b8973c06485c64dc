"""Adapters to optional third-party libraries, each imported only when first used.

Nothing here is imported by ``import geoecon``; a missing optional library only
disables the feature that needs it.
"""

from __future__ import annotations

__all__: list[str] = []
