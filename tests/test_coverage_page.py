"""The explorer's syllabus check (``/coverage``): a form posted without script, the same
report as ``POST /api/coverage``, and refusals shown on the page with the form kept."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from imkg_test_formats import PARAGRAPH, padded_docx

from imkg.api.app import create_app
from imkg.config import Settings
from imkg.ingest.docx_text import MAX_UNPACKED

SYLLABUS = (
    "Week 1: what internal marketing is.\n"
    "Week 2: empowerment and job satisfaction.\n"
    "Week 3: the internal marketing cycle, from energising to code breaking.\n"
    "This module does not cover the isolateds."
)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    data = tmp_path_factory.mktemp("coverage-page")
    settings = Settings(data_dir=data, query_workers=1, ingest_corpus=False)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


class Page(HTMLParser):
    """Links by the id of the element that holds them, and the ids on the page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: dict[str, list[str]] = {}
        self._open: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        found = dict(attrs)
        if "id" in found:
            self.ids.add(found["id"])
        if tag in ("section", "ul", "p"):
            self._open.append(found.get("id") or found.get("class") or "")
        if tag == "a" and found.get("href", "").startswith("/concept/"):
            for holder in self._open:
                self.links.setdefault(holder, []).append(found["href"].rsplit("/", 1)[1])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("section", "ul", "p") and self._open:
            self._open.pop()


def test_the_form_needs_no_script_and_keeps_to_the_page_policy(client):
    response = client.get("/coverage")
    assert response.status_code == 200
    found = Page(response.text)
    assert {"coverage-form", "coverage-text", "coverage-file"} <= found.ids
    assert 'action="/coverage" method="post"' in response.text
    assert "script-src" not in response.text
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert 'href="/coverage" aria-current="page"' in response.text


def test_a_pasted_syllabus_shows_covered_missed_and_excluded_concepts(client):
    response = client.post("/coverage", data={"text": SYLLABUS})
    assert response.status_code == 200
    found = Page(response.text)
    covered = set(found.links.get("concept-list covered", []))
    assert {"empowerment", "job-satisfaction", "energising", "code-breaking"} <= covered
    assert "isolateds" not in covered
    assert "isolateds" in found.links["coverage-excluded"]
    assert {"authorising", "diffusing"} <= set(found.links["missed"])
    assert "Week 2: empowerment and job satisfaction." in response.text
    # the same figures as the JSON API
    api = client.post("/api/coverage", content=SYLLABUS.encode()).json()
    assert f"Covers {api['concepts_covered']} of {api['concepts_total']} concepts" in response.text
    kept = response.text.split('id="coverage-text"', 1)[1].split("</textarea>", 1)[0]
    assert kept.endswith(SYLLABUS)  # the form keeps the text for another try


def test_an_uploaded_file_is_read_with_the_ingest_readers(client):
    html = (
        b"<html><head><title>IM</title></head><body><h2>Week 4</h2>"
        b"<p>The diffusing stage of the internal marketing cycle.</p></body></html>"
    )
    response = client.post(
        "/coverage", data={"text": ""}, files={"file": ("outline.html", html, "text/html")}
    )
    assert response.status_code == 200
    assert "diffusing" in Page(response.text).links["concept-list covered"]


@pytest.mark.parametrize(
    ("form", "files", "status", "says"),
    [
        ({"text": "   "}, None, 400, "paste the syllabus"),
        ({"text": "x" * 1_000_001}, None, 413, "larger than"),
        ({"text": ""}, {"file": ("notes.pdf", b"%PDF-1.4 not really", "application/pdf")}, 400,
         "cannot read notes.pdf"),
    ],
)  # fmt: skip
def test_a_refusal_is_shown_on_the_page(client, form, files, status, says):
    response = client.post("/coverage", data=form, files=files)
    assert response.status_code == status
    found = Page(response.text)
    assert "coverage-error" in found.ids and "coverage-result" not in found.ids
    assert says in response.text
    assert "coverage-form" in found.ids


def test_a_docx_that_unpacks_too_far_is_refused_before_it_is_parsed(client):
    bomb = padded_docx(MAX_UNPACKED // len(PARAGRAPH) + 1_000)  # about 100 MB in 300 KB
    response = client.post("/coverage", data={"text": ""}, files={"file": ("a.docx", bomb)})
    assert response.status_code == 400
    assert "unpacks to more than" in response.text
    api = client.post("/api/coverage", files={"file": ("a.docx", bomb)})
    assert api.status_code == 400 and "unpacks to more than" in api.json()["error"]


def test_a_post_that_is_not_the_form_is_refused(client):
    response = client.post("/coverage", json={"text": SYLLABUS})
    assert response.status_code == 415
    assert "coverage-error" in Page(response.text).ids
