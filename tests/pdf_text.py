"""A bundle's text read back with poppler's `pdftotext` (C): ~5 ms a page where pypdf's extract_text takes ~40.

For tests that look for words across a bundle's pages. Tests about what pypdf itself sees (a page that must
stay empty, the redaction tests reading with both) keep pypdf.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_pages(pdf: Path) -> list[str]:
    """One string per page, in order (pdftotext ends every page with a form feed)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                         encoding="utf-8", check=True).stdout
    return out.split("\f")[:-1]


def pdf_text(pdf: Path) -> str:
    """The pages' text, one after the other, a line break between two pages."""
    return "\n".join(pdf_pages(pdf))
