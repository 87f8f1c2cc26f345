"""The explorer's pages as HTML, without a browser: ids, readable content, downloads, escaping."""

from __future__ import annotations

import json
import re
import typing
from html.parser import HTMLParser

import pyoxigraph as ox
import pytest
import rdflib
from fastapi import FastAPI
from fastapi.testclient import TestClient

from imkg.api import concepts as concepts_api
from imkg.api import console, explorer
from imkg.api.deps import StoreDep
from imkg.api.diagrams import Node, causal_model, layers, layout_columns, render_node
from imkg.api.highlight import Span, highlight, non_overlapping
from imkg.build import build_graph
from imkg.ingest.corpus import ingest_bundled_corpus
from imkg.store import open_store


class Ids(HTMLParser):
    """Collect element ids, link targets and the visible text of a page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: dict[str, dict[str, str | None]] = {}
        self.links: list[str] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids[found["id"]] = {"tag": tag, **found}
        if tag == "a" and found.get("href"):
            self.links.append(found["href"])

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


@pytest.fixture(scope="session")
def world():
    """An in-memory store with the ontology built and the bundled corpus ingested."""
    store = open_store()
    build_graph(store)
    ingest_bundled_corpus(store)
    return store


@pytest.fixture(scope="session")
def client(world):
    """The explorer's pages over the world store (the real app adds the other routers)."""
    app = FastAPI()
    explorer.install(app)
    app.include_router(concepts_api.router)
    dependency = typing.get_args(StoreDep)[1].dependency
    app.dependency_overrides[dependency] = lambda: world
    with TestClient(app) as test_client:
        yield test_client


def page(client: TestClient, url: str, status: int = 200) -> Ids:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return Ids(response.text)


PAGES = {
    "/": ["search-input", "search-suggestions", "intro", "kinds", "kind-Component"],
    "/concept/job-satisfaction": [
        "concept-label",
        "concept-definition",
        "influences-out",
        "influenced-by",
        "mentions",
        "downloads",
        "sources",
        "labels",
    ],
    "/model": ["causal-model", "node-job-satisfaction", "node-empowerment", "model-edges"],
    "/cycle": ["cycle-diagram", "cycle-stages", "node-energising", "node-diffusing"],
    "/groups": ["groups-table", "group-contactors", "group-isolateds"],
    "/ask": ["ask-input", "ask-form"],
    "/ask?q=What+influences+customer+satisfaction%3F": ["ask-answer", "ask-sparql"],
    "/console": ["sparql-input", "sparql-examples", "sparql-results"],
    "/console?example=components": ["sparql-results-table"],
    "/kind/Barrier": ["kind-label", "kind-concepts"],
    "/search?q=motivation": ["search-results"],
    "/documents": ["documents"],
}


@pytest.mark.parametrize("url", sorted(PAGES))
def test_explorer_page_has_its_ids(client, url):
    found = page(client, url)
    missing = [i for i in PAGES[url] if i not in found.ids]
    assert not missing, f"{url} lacks {missing}"
    assert "skip-link" in client.get(url).text
    assert '<html lang="en">' in client.get(url).text


def test_explorer_concept_page_reads_without_javascript(client):
    found = page(client, "/concept/job-satisfaction")
    text = found.plain
    assert "job satisfaction" in text
    assert "What it influences" in text and "What influences it" in text
    # Direct causes and effects from the causal model, each linked.
    for slug in ("customer-satisfaction", "service-quality", "empowerment", "employee-motivation"):
        assert f"/concept/{slug}" in found.links
    # An indirect cause, with the concept it works through.
    assert "employee training via employee motivation" in text
    assert "component of internal marketing" in text
    assert any(link.startswith("/document/") for link in found.links)


def test_explorer_concept_mentions_are_highlighted(client):
    html = client.get("/concept/empowerment").text
    mentions = html[html.index('id="mentions"') :]
    assert "<mark id" not in mentions
    assert '<mark class="mention" data-concept="empowerment">' in mentions
    marked = mentions.split('data-concept="empowerment">', 1)[1].split("</a>", 1)[0]
    assert "empower" in marked.lower()


def test_explorer_unknown_concept_is_a_404_page(client):
    found = page(client, "/concept/no-such-thing", status=404)
    assert "not-found" in found.ids
    assert "no-such-thing" in found.plain
    assert "/search?q=no%20such%20thing" in found.links
    page(client, "/concept/no-such-thing.ttl", status=404)
    page(client, "/kind/Unicorn", status=404)
    page(client, "/document/not-a-document", status=404)


BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize(
    ("path", "query"),
    [("/concepts/job-satisfaction", "job%20satisfaction"), ("/Empowerment.html", "Empowerment"),
     ("/a/b/internal_customers/", "internal%20customers")],
)  # fmt: skip
def test_explorer_unknown_path_is_a_page_for_browsers(client, path, query):
    response = client.get(path, headers={"Accept": BROWSER_ACCEPT})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    found = Ids(response.text)
    assert "not-found" in found.ids
    assert f"/search?q={query}" in found.links


@pytest.mark.parametrize(
    "path", ["/", "/concept/empowerment", "/ask?q=what+is+empowerment", "/console", "/nowhere"]
)
def test_explorer_pages_allow_only_their_own_scripts(client, path):
    response = client.get(path, headers={"Accept": BROWSER_ACCEPT})
    assert response.headers["content-type"].startswith("text/html")
    header = response.headers["content-security-policy"]
    policy = dict(part.strip().split(" ", 1) for part in header.split(";"))
    assert policy["default-src"] == "'self'"
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert "script-src" not in policy  # scripts fall back to default-src: no inline code
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("accept", [None, "*/*", "application/json", "text/plain, text/html;q=0.5"])
def test_explorer_unknown_path_stays_json_for_other_clients(client, accept):
    headers = {"Accept": accept} if accept else {}
    response = client.get("/concepts/job-satisfaction", headers=headers)
    assert response.status_code == 404
    if accept and accept.startswith("text/plain"):
        assert response.text.startswith("Not Found: GET /concepts/job-satisfaction")
    else:
        assert response.json() == {"error": "Not Found: GET /concepts/job-satisfaction"}
    posted = client.post("/nowhere", headers={"Accept": BROWSER_ACCEPT})
    assert posted.status_code in (404, 405) and "json" in posted.headers["content-type"]


@pytest.mark.parametrize(("suffix", "rdf_format"), [("ttl", "turtle"), ("jsonld", "json-ld")])
def test_explorer_concept_downloads_parse(client, suffix, rdf_format):
    response = client.get(f"/concept/empowerment.{suffix}")
    assert response.status_code == 200
    graph = rdflib.Graph().parse(data=response.text, format=rdf_format)
    concept = rdflib.URIRef("https://w3id.org/imkg/concept/empowerment")
    skos = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    assert str(graph.value(concept, skos.prefLabel)) == "empowerment"
    influences = rdflib.URIRef("https://w3id.org/imkg/ontology#directlyInfluences")
    effects = {str(o) for o in graph.objects(concept, influences)}
    assert "https://w3id.org/imkg/concept/job-satisfaction" in effects


def test_explorer_concept_json_download(client):
    data = client.get("/concept/empowerment.json").json()
    assert data == client.get("/api/concepts/empowerment").json()
    assert data["id"] == "empowerment"
    assert data["label"] == "empowerment"
    assert data["definition"]


def test_explorer_model_nodes_link_to_concepts(client):
    found = page(client, "/model")
    node = found.ids["node-job-satisfaction"]
    assert node["href"] == "/concept/job-satisfaction"
    assert "edge-empowerment--job-satisfaction" in found.ids
    assert "node-customer-satisfaction" in found.ids


def test_explorer_cycle_lists_stages_in_order(client):
    html = client.get("/cycle").text
    listed = html[html.index('id="cycle-stages"') :]
    order = [
        listed.index(f'id="stage-{s}"')
        for s in ("energising", "code-breaking", "authorising", "diffusing")
    ]
    assert order == sorted(order)
    assert "edge-energising--code-breaking" in html
    assert "edge-diffusing--energising" not in html


def test_explorer_groups_table_compares_traits(client):
    html = client.get("/groups").text
    table = html[html.index('id="groups-table"') : html.index("</table>")]
    headers = [
        table.index(f'id="group-{g}"')
        for g in ("contactors", "modifiers", "influencers", "isolateds")
    ]
    assert headers == sorted(headers)
    assert "Frequent customer contact" in table and "frequent, regular and in person" in table
    assert "/concept/account-executive" in table


def test_explorer_console_runs_an_example_server_side(client):
    found = page(client, "/console?example=cycle")
    assert found.ids["search-input"].get("value") == ""  # the query stays in the console
    table = found.plain
    assert "energising" in table and "diffusing" in table
    assert table.index("energising") < table.index("code breaking") < table.index("diffusing")


def test_explorer_console_reports_a_syntax_error(client):
    found = page(client, "/console?query=SELEC+nonsense", status=400)
    assert "not valid SPARQL" in found.plain


@pytest.mark.parametrize(
    "iri", ["javascript:alert(document.domain)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x"]
)
def test_explorer_console_links_only_web_iris(iri):
    """A query can return any IRI: only http(s) ones become links (others are plain text)."""
    shown = console.cell(ox.NamedNode(iri))
    assert shown.href is None and shown.text == iri
    assert console.cell(ox.NamedNode("https://example.org/x")).href == "https://example.org/x"
    concept = console.cell(ox.NamedNode("https://w3id.org/imkg/concept/empowerment"))
    assert concept.href == "/concept/empowerment"


def test_explorer_ask_shows_answer_and_sparql(client):
    found = page(client, "/ask?q=What+influences+customer+satisfaction%3F")
    assert "service quality" in found.plain
    assert "SELECT" in found.plain or "CONSTRUCT" in found.plain
    fragment = client.get("/ask?q=What+influences+customer+satisfaction%3F&fragment=1").text
    assert 'id="ask-answer"' in fragment and "<html" not in fragment


def test_explorer_ask_sends_a_syllabus_question_to_the_syllabus_check(client):
    found = page(client, "/ask?q=which+IM+concepts+does+my+syllabus+cover")
    assert "/coverage" in found.links
    assert "ask-page-link" in found.ids
    other = page(client, "/ask?q=What+influences+customer+satisfaction%3F")
    assert "ask-page-link" not in other.ids


def test_explorer_ask_links_documents_to_document_pages_and_shows_the_sources(client):
    found = page(client, "/ask?q=where+do+the+course+texts+discuss+empowerment")
    answers = [link for link in found.links if link.startswith(("/document/", "/concept/"))]
    documents = [link for link in answers if link.startswith("/document/")]
    assert documents and "/concept/" + documents[0].removeprefix("/document/") not in found.links
    for link in documents[:3]:
        page(client, link)  # each answer opens its document
    claims = page(client, "/ask?q=what+influences+job+satisfaction")
    assert "ask-evidence" in claims.ids and "seed 000" in claims.plain
    assert "/concept/empowerment" in claims.links


@pytest.mark.parametrize("typed", ["empow", "empowerment", "job satisf", "staff motivation"])
def test_explorer_suggestions_match_as_you_type(client, typed):
    data = client.get("/explorer/suggest", params={"q": typed}).json()
    slugs = [r["slug"] for r in data["results"]]
    expected = {
        "empow": "empowerment",
        "empowerment": "empowerment",
        "job satisf": "job-satisfaction",
        "staff motivation": "employee-motivation",
    }
    assert slugs[0] == expected[typed]
    assert len(slugs) <= 8 and json.dumps(data)


def test_explorer_document_marks_match_annotation_offsets(client, world):
    from imkg.documents import document, documents

    doc_id = next(d["id"] for d in documents(world) if d["annotation_count"])
    doc = document(world, doc_id)
    html = client.get(f"/document/{doc_id}").text
    for annotation in doc["annotations"][:20]:
        marked = doc["text"][annotation["start"] : annotation["end"]]
        anchor = f'id="m{annotation["start"]}"'
        if anchor in html:
            after = html.split(anchor, 1)[1]
            link_text = after.split('">', 2)[2].split("</a>", 1)[0]
            assert Ids(link_text).plain == " ".join(marked.split())


def test_highlight_escapes_hostile_text():
    text = '<script>alert("x")</script> & empowerment <b>'
    start = text.index("empowerment")
    html = str(highlight(text, [Span(start, start + 11, "empowerment", '"><img src=x>')]))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert 'title="&#34;&gt;&lt;img src=x&gt;"' in html
    assert ">empowerment</a></mark>" in html


def test_highlight_handles_overlaps_and_bad_offsets():
    spans = [
        Span(0, 10, "long"),
        Span(5, 8, "inside"),
        Span(8, 14, "crossing"),
        Span(12, 99, "outside"),
        Span(11, 14, "after"),
    ]
    kept = [s.slug for s in non_overlapping(spans, 20)]
    assert kept == ["long", "after"]
    html = str(highlight("customer orientation!", [Span(0, 8, "c"), Span(0, 20, "co")]))
    assert html.count("<mark") == 1 and 'data-concept="co"' in html


def test_highlight_passage_offset():
    html = str(highlight("staff are empowered", [Span(110, 119, "empowerment")], offset=100))
    assert html.endswith(">empowered</a></mark>")


def test_diagram_layers_point_forwards():
    edges = [("a", "b"), ("b", "c"), ("a", "c")]
    depth = layers(["c", "b", "a"], edges)
    assert depth["a"] < depth["b"] < depth["c"]
    assert set(layers(["a", "b", "c"], [*edges, ("c", "a")])) == {"a", "b", "c"}  # no loop
    svg = str(causal_model([Node("a", "A <&>"), Node("b", "B"), Node("c", "C")], edges))
    assert 'id="node-a"' in svg and "A &lt;&amp;&gt;" in svg
    assert svg.count('<path id="edge-') == 3


@pytest.mark.parametrize(
    ("label", "lines"),
    [("job satisfaction", ["job satisfaction"]),
     ("implementation of corporate or functional strategies",
      ["implementation of", "corporate or", "functional", "strategies"]),
     ("a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5 6 7 8 9 10 11 12 13 14",
      None)],
)  # fmt: skip
def test_diagram_node_labels_fit_or_say_they_are_cut(label, lines):
    placed = layout_columns([[Node("x", label)]]).placed["x"]
    drawn = re.findall(r"<tspan[^>]*>([^<]*)</tspan>", render_node(placed))
    assert all(len(line) <= 19 for line in drawn) and len(drawn) <= 4
    if lines is None:
        assert drawn[-1].endswith("\u2026")
        assert f"<title>{label}</title>" in render_node(placed)
    else:
        assert drawn == lines


def test_explorer_broader_concept_shows_where_its_narrower_concepts_are_discussed(client):
    # The bundled corpus never names "internal communication" but discusses two-way
    # communication, one of its narrower concepts: the page says so and links to it.
    found = page(client, "/concept/internal-communication")
    mentions = found.plain[found.plain.index("Mentioned in") :]
    assert "discusses it through its narrower concepts" in mentions
    assert "Through narrower concepts" in mentions
    assert re.search(r"two-way communication \d+ passages? in \d+ documents?", mentions)
    assert "/concept/two-way-communication" in found.links
    # A concept with no narrower concept shows no such section.
    assert "Through narrower concepts" not in page(client, "/concept/empowerment").plain


def _passage_texts(html: str) -> list[str]:
    section = html[html.index('id="mentions"') :]
    items = re.findall(r"<li>(.*?)<a class=\"in-context\"", section, flags=re.S)
    return [" ".join(re.sub(r"<[^>]+>", "", item).split()) for item in items]


@pytest.mark.parametrize("slug", ["internal-marketing", "customer-orientation", "contactors"])
def test_explorer_concept_passages_stand_alone(client, slug):
    shown = _passage_texts(client.get(f"/concept/{slug}").text)
    assert shown
    assert len(shown) == len(set(shown)), "a sentence is listed once per mention in it"
    assert not [p for p in shown if p.endswith("|") or " | " in p], "a bare table cell"
    assert all(len(p.split()) > 2 for p in shown), "a heading or label alone"


def test_explorer_document_leads_back_to_the_concept_it_was_opened_from(client):
    concept_html = client.get("/concept/empowerment").text
    link = re.search(r'href="(/document/[^"#]+\?concept=empowerment)#m\d+"', concept_html)
    assert link, "the in-context links name the concept they come from"
    found = page(client, link.group(1))
    assert found.ids["back-to-concept"]["href"] == "/concept/empowerment"
    # A concept the document does not tag, or none, gives no back link.
    for url in ("/document/01-defining-internal-marketing?concept=no-such-concept",
                "/document/01-defining-internal-marketing?concept=%22%3E%3Cscript%3E",
                "/document/01-defining-internal-marketing"):  # fmt: skip
        assert "back-to-concept" not in page(client, url).ids


def test_explorer_document_draws_its_tables(client):
    html = client.get("/document/04-components-and-model-of-internal-marketing").text
    assert re.search(r"<thead><tr><th>cause</th><th>effect</th>", html)
    assert '<td><mark id="m' in html  # mentions inside cells keep their anchors


def test_diagram_arrows_into_one_box_end_at_distinct_points():
    # A fan-in and a fan-out of made-up concepts: no two arrows share an end on a box.
    edges = [("p", "t"), ("q", "t"), ("r", "t"), ("t", "u"), ("t", "v")]
    svg = str(causal_model([Node(s, s.upper()) for s in "pqrtuv"], edges))
    drawn = re.findall(r'<path id="edge-(\w+--\w+)"[^>]* d="M[\d,.]+ C[^"]* ([\d,.]+)"', svg)
    ends = {edge: tuple(map(float, end.split(","))) for edge, end in drawn}
    assert len({ends[f"{c}--t"] for c in "pqr"}) == 3
    starts = re.findall(r'<path id="edge-t--\w+"[^>]* d="M([\d,.]+) ', svg)
    assert len(set(starts)) == 2
    lone = str(causal_model([Node("a", "A"), Node("b", "B")], [("a", "b")]))
    assert re.search(r'd="M\d+,42 C', lone), "a single arrow leaves from the middle of its box"


def test_explorer_model_lists_what_leads_to_each_concept(client):
    html = client.get("/model").text
    found = Ids(html)
    item = re.search(r'<li id="causes-customer-satisfaction">(.*?)</li>', html, flags=re.S)
    assert item, "one line per influenced concept"
    causes = re.findall(r'href="/concept/([\w-]+)"', item.group(1))[1:]
    assert causes == sorted(causes, key=lambda s: s.replace("-", " ")) and len(causes) >= 2
    # The lines follow the diagram from left to right: a cause's line comes before its effect's.
    order = [key.removeprefix("causes-") for key in found.ids if key.startswith("causes-")]
    assert order.index("job-satisfaction") < order.index("customer-satisfaction")
    assert "#causes-title" in found.links


DISCUSSED = re.compile(r'<a href="/concept/([\w-]+)">[^<]*</a>\s*<span class="discussed" '
                       r'data-mentions="(\d+)"')  # fmt: skip


def _discussed(html: str) -> list[tuple[str, int]]:
    return [(slug, int(n)) for slug, n in DISCUSSED.findall(html)]


def test_explorer_kind_page_says_how_much_the_texts_discuss_each_concept(client, world):
    from imkg.concepts import list_concepts, mention_count

    listed = _discussed(client.get("/kind/Objective").text)
    assert len(listed) == len(list_concepts(world, kind="Objective"))
    assert all(n == mention_count(world, slug) for slug, n in listed)
    least = _discussed(client.get("/kind/Objective?order=least").text)
    assert [n for _, n in least] == sorted(n for _, n in listed)
    most = _discussed(client.get("/kind/Objective?order=most").text)
    assert [n for _, n in most] == sorted((n for _, n in listed), reverse=True)
    # An order the page does not know lists by name, as without one.
    assert _discussed(client.get("/kind/Objective?order=%3Cb%3E").text) == listed
    # Objectives the bundled texts never mention are said to be missing, not left blank.
    assert any(n == 0 for _, n in listed)
    assert "not in the course texts" in page(client, "/kind/Objective").plain


def test_explorer_search_sentences_read_right(client):
    one = page(client, "/search?q=motivaton")  # one hit, through a typo
    assert re.search(r"\b1 concept matches “motivaton”", one.plain)
    many = page(client, "/search?q=satisfaction")
    assert re.search(r"\b\d+ concepts match “satisfaction”", many.plain)
    none = page(client, "/search?q=lunar+payroll+ledger")
    assert "No concept matches “lunar payroll ledger”" in none.plain
    assert "/ask?q=lunar%20payroll%20ledger" in none.links and "/#browse" in none.links


def test_explorer_home_leads_to_the_core_concept_and_has_an_icon(client):
    found = page(client, "/")
    assert found.ids["core-concept"]["href"] == "/concept/internal-marketing"
    html = client.get("/").text
    icon = re.search(r'<link rel="icon" href="([^"]+)"', html)
    assert icon and client.get(icon.group(1)).status_code == 200


def test_explorer_concept_facts_name_each_relation_once(client):
    html = client.get("/concept/internal-marketing").text
    facts = html[html.index('id="properties"') : html.index('id="mentions"')]
    names = re.findall(r"<dt>([^<]+)</dt>", facts)
    assert len(names) == len(set(names)), "one heading per relation, its concepts listed under it"
    components = facts[facts.index("<dt>Has component</dt>") :].split("</dd>", 1)[0]
    assert components.count('href="/concept/') >= 2
