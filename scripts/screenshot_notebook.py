"""Render the example notebook's Extraction in headless Chromium and save a screenshot.

A development-time script (not run by the tests): it builds a page holding exactly
the HTML that ``Extraction._repr_html_()`` returns for the article of
``examples/notebook.py`` (read from that file), inside a frame styled like a Jupyter output cell, and
asks Chromium (Debian package ``chromium``) to screenshot it into
``docs/img/notebook-render.png``. Re-run it after changing the rendering::

    .venv/bin/python scripts/screenshot_notebook.py
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from headless import screenshot

import geoecon

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img" / "notebook-render.png"
NOTEBOOK = ROOT / "examples" / "notebook.py"


def notebook_article() -> str:
    """The ``ARTICLE`` string literal assigned in the example notebook."""
    for node in ast.parse(NOTEBOOK.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["ARTICLE"]:
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    msg = f"no ARTICLE string in {NOTEBOOK}"
    raise SystemExit(msg)


PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
body {{ font-family: -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0;
       background: #fff; color: #212121; font-size: 14px; }}
.cell {{ display: flex; margin: 12px 16px; }}
.prompt {{ width: 80px; color: #d84315; font-family: monospace; padding-top: 6px; }}
.in .prompt {{ color: #303f9f; }}
.code {{ flex: 1; background: #f5f5f5; border: 1px solid #e0e0e0; border-radius: 2px;
        font-family: "DejaVu Sans Mono", monospace; padding: 6px 8px; }}
.output {{ flex: 1; padding: 4px 8px; }}
</style></head><body>
<div class="cell in"><div class="prompt">In&nbsp;[2]:</div><div class="code">found</div></div>
<div class="cell"><div class="prompt">Out[2]:</div><div class="output">{html}</div></div>
</body></html>"""


def main() -> None:
    """Write the page to a temporary folder and screenshot it with headless Chromium."""
    found = geoecon.extract(notebook_article(), reference_date=dt.date(2025, 2, 24))
    screenshot(PAGE.format(html=found._repr_html_()), OUT, width=900, height=250)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(found)} mentions)")


if __name__ == "__main__":
    main()
