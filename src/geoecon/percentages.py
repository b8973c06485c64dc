"""Placeholder while the module is written (never committed)."""
from __future__ import annotations
from collections.abc import Iterator
from typing import Any
def find_percentages(text: str) -> Iterator[Any]:
    return iter(())
def parse_percentage(text: str) -> Any:
    raise NotImplementedError
def _scan(doc: Any) -> list[Any]:
    return []
