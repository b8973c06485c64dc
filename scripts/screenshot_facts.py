"""Render the facts view of the example notebook's article in headless Chromium and save a screenshot.

A development-time script (not run by the tests): it builds a page holding exactly the HTML
that ``geoecon.facts.view(found)._repr_html_()`` returns for the article of
``examples/notebook.py``, inside a frame styled like a Jupyter output cell, and asks Chromium
(Debian package ``chromium``) to screenshot it into ``docs/img/facts-render.png``. A tooltip is
not drawn in a screenshot: the picture shows the text and the fact table under it. Re-run it
after changing the rendering::

    .venv/bin/python scripts/screenshot_facts.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from headless import screenshot
from screenshot_notebook import PAGE, notebook_article

import geoecon
from geoecon.facts import view

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img" / "facts-render.png"


def main() -> None:
    """Write the page to a temporary folder and screenshot it with headless Chromium."""
    found = geoecon.extract(notebook_article(), reference_date=dt.date(2025, 2, 24))
    page = PAGE.replace('<div class="code">found</div>', '<div class="code">geoecon.facts.view(found)</div>')
    screenshot(page.format(html=view(found)._repr_html_()), OUT, width=1100, height=300)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(found.facts)} facts)")


if __name__ == "__main__":
    main()
