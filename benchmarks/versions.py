r"""Two versions of geoecon timed in one interpreter, alternated: which one is faster, and by how much.

Usage: ``.venv/bin/python benchmarks/versions.py BEFORE [AFTER] [--kinds all] [--mb 1] [--repeats 7]``

``BEFORE`` and ``AFTER`` are git revisions of this repository (``AFTER`` defaults to the working
tree, ``.``). Each version's ``src/geoecon`` is copied to a temporary directory under another
package name (``geoecon_before``, ``geoecon_after``: every ``geoecon`` word in its modules is
renamed), both are imported, warmed up on the first 300 articles, then timed over the first
``--mb`` megabytes of Reuters-21578 (``../shared/corpora``), one pass of each in turn,
``--repeats`` times; the best pass of each is kept (process time, so other programs on the
machine cost less). It prints both rates and their ratio, per kind group asked for.

Why: on a shared virtual machine two runs of ``throughput.py`` a minute apart differ by 5-10%,
more than the changes being judged, and instruction counts (``callgrind``) weigh a regex
engine's tight loop like the interpreter's (the context work of issues #18 and #19 cost 13%
more time for 1% more instructions). Alternating in one process, the same version against
itself reads 0.99-1.01.

Skips cleanly when the corpus is absent. Writes only to a temporary directory, removed after.
"""

from __future__ import annotations

import argparse
import importlib
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from throughput import CORPUS, load  # the same corpus and reader (this script runs from benchmarks/)

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"\bgeoecon\b")


def copy_version(revision: str, name: str, into: Path) -> None:
    """``src/geoecon`` of ``revision`` (``.``: the working tree) as package ``name`` in ``into``."""
    target = into / name
    if revision == ".":
        source = ROOT / "src" / "geoecon"
        files = [p for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        for path in files:
            out = target / path.relative_to(source)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(path.read_bytes())
    else:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", revision, "src/geoecon"], capture_output=True, check=True
        ).stdout
        unpacked = into / f"{name}-src"
        unpacked.mkdir()
        subprocess.run(["tar", "-x", "-C", str(unpacked)], input=archive, check=True)
        (unpacked / "src" / "geoecon").rename(target)
    for module in target.rglob("*.py"):
        module.write_text(_WORD.sub(name, module.read_text(encoding="utf-8")), encoding="utf-8")


def best_passes(
    versions: list[ModuleType], texts: list[str], kinds: list[str] | None, repeats: int
) -> list[float]:
    """The best process time of one pass over ``texts`` for each version, passes alternated."""
    best = [float("inf")] * len(versions)
    for _ in range(repeats):
        for i, version in enumerate(versions):
            extract = version.extract
            start = time.process_time()
            for text in texts:
                extract(text, kinds=kinds)
            best[i] = min(best[i], time.process_time() - start)
    return best


def main() -> None:
    """Copy, import, warm up and time the two versions; print one line per kind group."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("before")
    parser.add_argument("after", nargs="?", default=".")
    parser.add_argument(
        "--kinds", nargs="*", default=["all"], help='groups like "all", "date", "money,percentage"'
    )
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (it lives beside the repository, in ../shared)")
        return
    texts = load(int(args.mb * 1024 * 1024))
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    with tempfile.TemporaryDirectory() as tmp:
        names = ["geoecon_before", "geoecon_after"]
        for revision, name in zip((args.before, args.after), names, strict=True):
            copy_version(revision, name, Path(tmp))
        sys.path.insert(0, tmp)
        versions = [importlib.import_module(name) for name in names]
        for version in versions:
            for text in texts[:300]:
                version.extract(text)
        print(f"{len(texts)} Reuters articles, {kb:,.0f} KB; best of {args.repeats} alternated passes")
        for group in args.kinds:
            kinds = None if group == "all" else group.split(",")
            before, after = best_passes(versions, texts, kinds, args.repeats)
            print(
                f"{group:<36} {args.before}: {kb / before:7,.0f} KB/s   {args.after}: {kb / after:7,.0f} KB/s"
                f"   after/before time {after / before:.3f}"
            )
        sys.path.remove(tmp)


if __name__ == "__main__":
    main()
