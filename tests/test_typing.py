"""The public API as a type checker sees it: lazy names are typed, misspelt ones and bad options are errors."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

SNIPPET = """
import geoecon
from decimal import Decimal

found: list[geoecon.Money] = list(geoecon.find_money("$5"))
amount: Decimal | None = found[0].amount
places = geoecon.find_plaecs("Kyiv")
tons = geoecon.find_tonnages("2 tons", ton="imperial")
"""


def test_lazy_exports_are_typed_and_misspellings_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "snippet.py"
    path.write_text(SNIPPET)
    stdout, _, status = mypy_api.run(["--strict", "--no-incremental", "--no-error-summary", str(path)])
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert status == 1
    assert len(errors) == 2, stdout
    assert 'Module has no attribute "find_plaecs"' in errors[0]
    # the options of every find_* are the Literals of Options, not any str
    assert 'Argument "ton" to "find_tonnages" has incompatible type' in errors[1]
