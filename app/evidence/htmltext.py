"""Visible text of a saved HTML page, with the stdlib parser; nothing is ever fetched."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never visible text.
_HIDDEN = {"script", "style", "noscript", "template", "svg", "object", "iframe"}
# Elements that start a new line when rendered.
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "title",
}  # fmt: skip
_CELLS = {"td", "th"}
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        # convert_charrefs unescapes entities (&amp; &#20320; …) inside text data.
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in _CELLS:
            self.parts.append("\t")
        if tag == "pre":
            self.pre_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden_depth = max(self.hidden_depth - 1, 0)
        elif tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "pre":
            self.pre_depth = max(self.pre_depth - 1, 0)

    def handle_data(self, data: str) -> None:
        if self.hidden_depth:
            return
        self.parts.append(data if self.pre_depth else _SPACES.sub(" ", data))


def html_to_text(raw_text: str) -> str:
    """Text only: scripts, styles and comments dropped; block elements become line breaks."""
    parser = _TextExtractor()
    parser.feed(raw_text)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)
