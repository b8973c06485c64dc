"""``benchmarks/versions.py`` copies a version of the package under another name that reads as geoecon does."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path

import geoecon

SENTENCE = "MOSCOW, Feb 24 - Rusal shipped 2 million tons worth $2.3 million, up 15% in 2024."


def test_a_renamed_copy_of_the_working_tree_reads_as_geoecon(tmp_path: Path) -> None:
    benchmarks = Path(__file__).resolve().parents[1] / "benchmarks"
    sys.path.insert(0, str(benchmarks))  # versions.py imports throughput.py beside it, as when run
    spec = importlib.util.spec_from_file_location("versions_benchmark", benchmarks / "versions.py")
    assert spec is not None
    assert spec.loader is not None
    versions = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(versions)
    versions.copy_version(".", "geoecon_copy_under_test", tmp_path)
    assert list((tmp_path / "geoecon_copy_under_test").rglob("*.py"))
    sys.path.insert(0, str(tmp_path))
    try:
        copy = importlib.import_module("geoecon_copy_under_test")
        assert copy.__file__ is not None
        assert copy.__file__.startswith(str(tmp_path))
        assert copy.extract(SENTENCE).to_records(explain=True) == geoecon.extract(SENTENCE).to_records(
            explain=True
        )
    finally:
        sys.path.remove(str(tmp_path))
        sys.path.remove(str(benchmarks))
        for name in [m for m in sys.modules if m.split(".")[0] == "geoecon_copy_under_test"]:
            del sys.modules[name]
