"""Screenshot an HTML page with headless Chromium (Debian package ``chromium``).

Shared by the development-time screenshot scripts (``screenshot_notebook.py``,
``screenshot_spacy.py``); not run by the tests. The flags keep Chromium off the network
(this machine's network is closed) and give a fresh profile per run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def screenshot(html: str, out: Path, *, width: int, height: int) -> None:
    """Write ``html`` to a temporary page and save Chromium's screenshot of it as ``out`` (PNG)."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("chromium not found: apt-get install chromium")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", f"--user-data-dir={tmp}/profile", "--hide-scrollbars",
                f"--window-size={width},{height}", "--force-device-scale-factor=1",
                f"--screenshot={out}", page.as_uri(),
            ],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
