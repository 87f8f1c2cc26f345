"""What a document is about: "summarise the hospital case", "what is the Marlowe Quay Hotel
case about", "give me an overview of the bakery one", "tl;dr of the airline case".

The graph holds each ingested document's title, kind and one-sentence summary (from its
front matter), and its annotations say which concepts it mentions, so a summary is read from
the graph: the summary sentence and the concepts it mentions most. A phrase must name one
document (:func:`imkg.qa.document_concepts.find_document`); one that names none is quiet, so
"what happens in the diffusing stage" keeps its stage reading.
"""

from __future__ import annotations

from imkg.qa.context import Context, Declined, Result, understood
from imkg.qa.document_concepts import find_document, names_document
from imkg.qa.intents import Parse
from imkg.qa.mention_counts import own_counts
from imkg.qa.passages import document_names
from imkg.qa.render import join, sentence

_MOST_MENTIONED = 5


def answer_document_summary(ctx: Context, parse: Parse) -> Result:
    """Answer "summarise the hotel case": its title, kind, summary and main concepts.

    Raises:
        Declined: the phrase names no document (quietly when it has no document word).
    """
    if not names_document(parse.slots["doc"]):
        raise Declined(f"{parse.slots['doc']!r} does not name a document.", quiet=True)
    doc = find_document(ctx, parse.slots["doc"])
    what = document_names(doc.get("kind"))[0]
    counts = own_counts(ctx)
    mentioned = sorted(
        (slug for slug, per_doc in counts.items() if doc["id"] in per_doc),
        key=lambda slug: (-counts[slug][doc["id"]], slug),
    )[:_MOST_MENTIONED]
    text = sentence(f"{doc['label']} is a {what}")
    if doc.get("description"):
        text += " " + sentence(doc["description"])
    if mentioned:
        listed = join([f"{ctx.summary(s)['label']} ({counts[s][doc['id']]})" for s in mentioned])
        text += " " + sentence(f"The concepts it mentions most: {listed}")
    answer = {"id": doc["id"], "label": doc["label"], "kind": doc.get("kind")}
    if doc.get("description"):
        answer["summary"] = doc["description"]
    reading = understood(
        "document_summary", f"What is {doc['label']} about?", [], document=doc["id"]
    )
    return Result(reading, [answer], text)
