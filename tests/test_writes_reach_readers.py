"""A write through ``/update`` or ``/store`` reaches every read surface on the next request.

The inferred graph was derived once, when the graph was built: a concept written with one of
the ontology's classes (``a imkg:RewardPractice``) was a ``skos:Concept`` only by inference,
so search, the search box's suggestions, the concept lists and the question answerer missed
it, even after a restart, while its page and ``GET /api/concepts/{id}`` (which read the
ontology graph) showed it. Writes now have the inferred graph derived again
(:func:`imkg.build.refresh_inferred`). Real server on 127.0.0.1, real token.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from imkg_test_servers import TOKEN, Server, start_imkg

WITH_TOKEN = {"Authorization": f"Bearer {TOKEN}"}
PREFIXES = (
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "PREFIX imkg: <https://w3id.org/imkg/ontology#>\n"
    "PREFIX imc: <https://w3id.org/imkg/concept/>\n"
)
ONTOLOGY = "https://w3id.org/imkg/graph/ontology"
SLUG = "gratitude-wall"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, built_data_dir: Path) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("writes") / "data"
    running = start_imkg(data_dir, "--update-token", TOKEN, template=built_data_dir)
    yield running
    running.stop()


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


def update(client: httpx.Client, sparql: str) -> None:
    response = client.post("/update", data={"update": PREFIXES + sparql}, headers=WITH_TOKEN)
    assert response.status_code == 204, response.text


def seen_by(client: httpx.Client, label: str) -> dict[str, bool]:
    """Which read surfaces show the concept ``SLUG`` under ``label`` right now."""
    searched = client.get("/api/search", params={"q": label}).json()
    suggested = client.get("/explorer/suggest", params={"q": label[: len(label) - 2]}).json()
    listed = client.get("/api/concepts", params={"type": "RewardPractice"}).json()
    asked = client.get("/api/ask", params={"q": f"What does {label} mean?"}).json()
    understood = (asked.get("understood_as") or {}).get("concepts") or []
    page = client.get(f"/concept/{SLUG}")
    return {
        "search": bool(searched) and searched[0]["id"] == SLUG,
        "suggest": SLUG in [s["slug"] for s in suggested["results"]],
        "list": SLUG in [c["id"] for c in listed],
        "ask": SLUG in [c["id"] for c in understood],
        "page": page.status_code == 200 and label in page.text,
        "json": client.get(f"/api/concepts/{SLUG}").status_code == 200,
    }


def test_a_concept_added_relabelled_and_removed_is_seen_everywhere_at_once(client) -> None:
    everywhere = dict.fromkeys(("search", "suggest", "list", "ask", "page", "json"), True)
    update(
        client,
        f"""INSERT DATA {{ GRAPH <{ONTOLOGY}> {{
      imc:{SLUG} a imkg:RewardPractice ; skos:prefLabel "gratitude wall"@en ;
        skos:definition "A board where staff pin notes thanking colleagues by name."@en }} }}""",
    )
    assert seen_by(client, "gratitude wall") == everywhere

    update(
        client,
        f"""DELETE {{ GRAPH <{ONTOLOGY}> {{ imc:{SLUG} skos:prefLabel ?old }} }}
      INSERT {{ GRAPH <{ONTOLOGY}> {{ imc:{SLUG} skos:prefLabel "thank-you board"@en }} }}
      WHERE {{ GRAPH <{ONTOLOGY}> {{ imc:{SLUG} skos:prefLabel ?old }} }}""",
    )
    assert seen_by(client, "thank-you board") == everywhere
    assert client.get("/api/search", params={"q": "gratitude wall"}).json() == []

    update(client, f"DELETE WHERE {{ GRAPH <{ONTOLOGY}> {{ imc:{SLUG} ?p ?o }} }}")
    assert not any(seen_by(client, "thank-you board").values())


def test_a_concept_put_through_the_graph_store_is_found(client) -> None:
    body = (
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix imkg: <https://w3id.org/imkg/ontology#> .\n"
        "<https://w3id.org/imkg/concept/job-shadow-weeks> a imkg:TrainingGuideline ;\n"
        '  skos:prefLabel "job shadow weeks"@en .\n'
    )
    posted = client.post("/store", params={"graph": ONTOLOGY}, content=body,
                         headers={**WITH_TOKEN, "Content-Type": "text/turtle"})  # fmt: skip
    assert posted.status_code in (200, 204), posted.text
    found = client.get("/api/search", params={"q": "job shadow weeks"}).json()
    assert found and found[0]["id"] == "job-shadow-weeks"
    listed = client.get("/api/concepts", params={"type": "TrainingGuideline"}).json()
    assert "job-shadow-weeks" in [c["id"] for c in listed]


def test_a_new_curated_influence_is_drawn_in_the_causal_diagram(client) -> None:
    assert 'id="node-code-breaking"' not in client.get("/model").text
    update(
        client,
        f"""INSERT DATA {{ GRAPH <{ONTOLOGY}> {{
      imc:code-breaking imkg:directlyInfluences imc:employee-motivation }} }}""",
    )
    model = client.get("/model").text
    assert 'id="node-code-breaking"' in model
    assert 'id="edge-code-breaking--employee-motivation"' in model


def test_a_write_outside_the_ontology_leaves_a_hand_written_inference(client) -> None:
    """A guard: the inferred graph is derived again only when the ontology graph changed."""
    kept = "<https://example.org/a> <https://example.org/p> <https://example.org/b>"
    update(client, f"INSERT DATA {{ GRAPH <https://w3id.org/imkg/graph/inferred> {{ {kept} }} }}")
    update(client, "INSERT DATA { GRAPH <https://example.org/notes> { <https://example.org/n> "
                   "<https://example.org/says> 'hello' } }")  # fmt: skip
    asked = client.get("/sparql", params={"query": f"ASK {{ GRAPH ?g {{ {kept} }} }}"},
                       headers={"Accept": "application/sparql-results+json"})  # fmt: skip
    assert asked.json()["boolean"] is True


def test_a_very_long_label_is_shortened_in_the_suggestions(client) -> None:
    """Suggestions are asked for on every keystroke: a 990 KB label made each 984 KB."""
    label = "inclusive onboarding " + "x" * 20_000
    update(
        client,
        f"""INSERT DATA {{ GRAPH <{ONTOLOGY}> {{
      imc:inclusive-onboarding a imkg:Benefit ; skos:prefLabel "{label}"@en }} }}""",
    )
    found = client.get("/explorer/suggest", params={"q": "inclusive onb"}).json()["results"]
    shown = [s["label"] for s in found if s["slug"] == "inclusive-onboarding"]
    assert shown and len(shown[0]) <= 120 and shown[0].startswith("inclusive onboarding")
    everyday = client.get("/explorer/suggest", params={"q": "empowe"}).json()["results"]
    assert "empowerment" in [s["label"] for s in everyday]  # short labels whole
