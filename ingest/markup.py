"""Markdown and HTML to plain text: one block (paragraph, heading, list item, table row) per
paragraph of output, separated by blank lines so that sentences never run across blocks."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
HTML_BLOCKS = (
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd",
    "figcaption", "caption", "tr", "div", "section", "article",
)  # fmt: skip
HTML_DROP = ("script", "style", "noscript", "template", "head", "nav")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split YAML front matter (flat ``key: value`` lines and simple lists) from the body.

    >>> split_front_matter('---\\ntitle: "A"\\nauthors:\\n  - X\\n  - Y\\n---\\nBody')
    ({'title': 'A', 'authors': 'X, Y'}, 'Body')
    """
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    metadata: dict[str, str] = {}
    key = None
    for line in match.group(1).splitlines():
        item = re.match(r"^\s+-\s+(.*)$", line)
        if item and key:
            value = _unquote(item.group(1))
            metadata[key] = f"{metadata[key]}, {value}" if metadata.get(key) else value
            continue
        pair = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
        if pair:
            key = pair.group(1).lower()
            metadata[key] = _unquote(pair.group(2))
    return metadata, text[match.end() :]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def markdown_to_text(source: str) -> tuple[str, str]:
    """Render Markdown to plain text; return it with the first level-1 heading (or '')."""
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(source)
    blocks: list[str] = []
    row: list[str] | None = None
    title, in_title = "", False
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append(" | ".join(row))
            row = None
        elif token.type == "heading_open":
            in_title = token.tag == "h1" and not title
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.strip())
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if in_title:
                title, in_title = text, False
            if row is not None:
                row.append(text)
            elif text:
                blocks.append(text)
    return "\n\n".join(blocks), title


def _inline_text(children: list) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts).strip()


def html_to_text(source: str) -> tuple[str, str, dict[str, str]]:
    """Return an HTML page's text, its title and its ``author``/``description`` metadata."""
    soup = BeautifulSoup(source, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    metadata = {}
    for name, key in (("author", "authors"), ("description", "summary")):
        tag = soup.find("meta", attrs={"name": name})
        if tag and tag.get("content"):
            metadata[key] = str(tag["content"])
    for tag in soup(list(HTML_DROP)):
        tag.decompose()
    heading = soup.find("h1")
    blocks = [_block_text(el) for el in soup.find_all(HTML_BLOCKS) if not el.find(HTML_BLOCKS)]
    blocks = [b for b in blocks if b]
    if not blocks:
        blocks = [re.sub(r"\s+", " ", soup.get_text(" ")).strip()]
    title = title or (heading.get_text(" ", strip=True) if heading else "")
    return "\n\n".join(blocks), title, metadata


def _block_text(element) -> str:
    if element.name == "tr":
        cells = [_collapse(c.get_text()) for c in element.find_all(["td", "th"])]
        return " | ".join(c for c in cells if c)
    return _collapse(element.get_text())


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
