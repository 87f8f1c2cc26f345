"""Markdown and HTML to plain text: one block (paragraph, heading, list item, table row) per
paragraph of output, separated by blank lines so that sentences never run across blocks."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, CData, NavigableString, Tag
from markdown_it import MarkdownIt

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
HTML_BLOCKS = (
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd",
    "figcaption", "caption", "tr", "div", "section", "article", "summary",
)  # fmt: skip
HTML_DROP = ("script", "style", "noscript", "template", "head", "nav", "button")
# What a site puts around an article: elements with these roles, or a class or id holding
# one of these words (split at spaces, hyphens and underscores), are not the article's text.
BOILERPLATE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
)
BOILERPLATE_WORDS = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs",
        "cookie", "cookies", "consent", "gdpr", "sidebar", "widget", "widgets", "footer",
        "share", "sharing", "social", "newsletter", "subscribe", "advert", "advertisement",
        "ads", "promo", "related", "skip", "masthead",
    }
)  # fmt: skip
# Landmarks that hold a page's own content; their header (the article's title) and asides
# (a box inside the article) are kept, a site's header and sidebar outside them are not.
CONTENT = ("article", "main")


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
    root = _content_root(soup)
    _drop_boilerplate(root)
    heading = root.find("h1") or soup.find("h1")
    blocks = _block_texts(root)
    title = title or (heading.get_text(" ", strip=True) if heading else "")
    return "\n\n".join(blocks), title, metadata


def _content_root(soup):
    """The page's one ``<article>``, else its one ``<main>``, else the whole page."""
    for name in CONTENT:
        found = soup.find_all(name)
        if len(found) == 1 and found[0].get_text(strip=True):
            return found[0]
    return soup


def _block_texts(root) -> list[str]:
    """The text of ``root`` as paragraphs: each innermost block, and each run of text that
    stands outside every innermost block (``<div>Lead text<ul>...</ul></div>``, the
    ``Item`` of ``<li>Item<ul><li>Sub</li></ul></li>``, an answer beside a ``<summary>``),
    in document order. Every element's nearest block is worked out once, top down, so the
    walk stays linear in the nesting depth."""
    innermost = {id(element) for element in _innermost_blocks(root)}
    nearest = {id(root): root}  # each element's nearest block element (or root)
    for element in root.find_all(True):  # document order: a parent before its children
        block = element if element.name in HTML_BLOCKS else nearest.get(id(element.parent), root)
        nearest[id(element)] = block
    texts: list[str] = []
    loose: list[str] = []
    loose_owner = None

    def flush() -> None:
        text = _collapse("".join(loose))
        if text:
            texts.append(text)
        loose.clear()

    for node in root.descendants:
        if isinstance(node, Tag):
            if node.name in HTML_BLOCKS:  # a block starts: the loose run before it ends
                flush()
                if id(node) in innermost and (text := _block_text(node)):
                    texts.append(text)
            continue
        if type(node) not in (NavigableString, CData):
            continue  # comments, declarations
        owner = nearest.get(id(node.parent), root)
        if id(owner) in innermost:
            continue  # said with its block
        if owner is not loose_owner:
            flush()
            loose_owner = owner
        loose.append(str(node))
    flush()
    return texts


def _innermost_blocks(root) -> list:
    """The block elements of ``root`` that hold no other block, in document order.

    One pass, from the last element back: every element comes after all of its ancestors in
    document order, so by the time an element is reached each of its descendants has told
    it whether it holds a block (asking each element to search its own subtree was quadratic
    in the nesting depth: 4,000 nested ``div`` took 12 s)."""
    elements = root.find_all(True)
    holds_block: set[int] = set()
    innermost = []
    for element in reversed(elements):
        is_block = element.name in HTML_BLOCKS
        if is_block and id(element) not in holds_block:
            innermost.append(element)
        if (is_block or id(element) in holds_block) and element.parent is not None:
            holds_block.add(id(element.parent))
    innermost.reverse()
    return innermost


def _drop_boilerplate(root) -> None:
    """Take out of ``root`` the menus, banners, cookie notices, sidebars and footers: footers
    anywhere, a header or aside outside the content landmarks, and any element whose role,
    class or id names boilerplate (never ``root`` itself or a content landmark).

    One walk down the tree that carries whether it is inside a landmark and does not enter
    what it drops (looking up each element's ancestors was quadratic in the nesting depth)."""
    doomed = []
    stack = [(child, root.name in CONTENT) for child in _child_tags(root)]
    stack.reverse()
    while stack:
        element, inside = stack.pop()
        landmark = element.name in CONTENT
        if not landmark and (
            element.name == "footer"
            or (element.name in ("header", "aside") and not inside)
            or _names_boilerplate(element)
            or element.has_attr("hidden")
            or element.get("aria-hidden") == "true"
        ):
            doomed.append(element)
            continue
        below = inside or landmark
        stack.extend((child, below) for child in reversed(_child_tags(element)))
    for element in doomed:
        element.decompose()


def _child_tags(element) -> list:
    return [child for child in element.children if getattr(child, "name", None)]


def _names_boilerplate(element) -> bool:
    if str(element.get("role", "")).lower() in BOILERPLATE_ROLES:
        return True
    names = " ".join([*element.get("class", []), str(element.get("id", ""))]).lower()
    return not BOILERPLATE_WORDS.isdisjoint(re.split(r"[\s_-]+", names))


def _block_text(element) -> str:
    if element.name == "tr":
        cells = [_collapse(c.get_text()) for c in element.find_all(["td", "th"])]
        return " | ".join(c for c in cells if c)
    return _collapse(element.get_text())


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
