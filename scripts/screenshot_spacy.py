"""Render the spaCy component's span group with displaCy in headless Chromium, as a screenshot.

A development-time script (not run by the tests), like ``scripts/screenshot_notebook.py``: it
runs ``spacy.blank("en")`` with ``nlp.add_pipe("geoecon")`` over the article of
``examples/quickstart.py``, renders ``doc.spans["geoecon"]`` with ``displacy.render(...,
style="span")`` and asks Chromium (Debian package ``chromium``) to screenshot the page into
``docs/img/displacy-spans.png``::

    .venv/bin/python scripts/screenshot_spacy.py
"""

from __future__ import annotations

import runpy
from pathlib import Path

import spacy
from headless import screenshot
from spacy import displacy

from geoecon.render import colours as colours_by_kind

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img" / "displacy-spans.png"


def main() -> None:
    """Render the spans and screenshot them."""
    article = runpy.run_path(str(ROOT / "examples" / "quickstart.py"))["ARTICLE"]
    nlp = spacy.blank("en")
    nlp.add_pipe("geoecon", config={"reference_date": "2025-02-24"})
    doc = nlp(article)
    colours = {kind.upper(): colour for kind, colour in colours_by_kind().items()}
    options = {"spans_key": "geoecon", "colors": colours}
    html = displacy.render(doc, style="span", options=options, page=True)
    screenshot(html, OUT, width=1000, height=420)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(doc.spans['geoecon'])} spans)")


if __name__ == "__main__":
    main()
