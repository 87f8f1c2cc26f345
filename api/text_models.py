"""The JSON bodies of the endpoints that read posted text: ``POST /api/tag`` (the mentions and
proposed influences in a text) and ``POST /api/coverage`` (which concepts a syllabus covers and
misses)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from imkg.api.models import C, ConceptRef, example


class TagConcept(ConceptRef):
    """The concept a mention names."""


class TagMention(BaseModel):
    """A concept mention found in posted text; offsets index the text as sent."""

    start: int
    end: int
    text: str
    confidence: float
    concept: TagConcept


class TagResult(BaseModel):
    """What the ingest pipeline finds in a text."""

    model_config = example(
        {
            "mentions": [
                {
                    "start": 0,
                    "end": 17,
                    "text": "Motivated employees",
                    "confidence": 0.8,
                    "concept": {
                        "id": "employee-motivation",
                        "iri": C + "employee-motivation",
                        "label": "employee motivation",
                    },
                }
            ]
        }
    )
    mentions: list[TagMention]


class CoveredConcept(ConceptRef):
    """A concept the syllabus covers, with the passages that mention it."""

    mentions: int
    passages: list[str]


class CoverageGroup(BaseModel):
    """Coverage of one kind of concept."""

    kind: str
    label: str
    total: int
    covered: list[CoveredConcept]
    missed: list[ConceptRef]
    coverage: float = Field(description="covered / total, 0..1")


class Coverage(BaseModel):
    """Which concepts a syllabus covers and misses, grouped by kind."""

    model_config = example(
        {
            "concepts_total": 154,
            "concepts_covered": 12,
            "coverage": 0.078,
            "groups": [
                {
                    "kind": "CycleStage",
                    "label": "cycle stage",
                    "total": 4,
                    "covered": [
                        {
                            "id": "energising",
                            "iri": C + "energising",
                            "label": "energising",
                            "mentions": 1,
                            "passages": ["Week 3: energising and code breaking."],
                        }
                    ],
                    "missed": [{"id": "diffusing", "iri": C + "diffusing", "label": "diffusing"}],
                    "coverage": 0.25,
                }
            ],
            "excluded": [
                {
                    "id": "diffusing",
                    "iri": C + "diffusing",
                    "label": "diffusing",
                    "mentions": 1,
                    "passages": ["Diffusing is left to the year 3 module."],
                }
            ],
            "cited_only": [],
        }
    )
    concepts_total: int
    concepts_covered: int
    coverage: float
    groups: list[CoverageGroup]
    excluded: list[CoveredConcept] = Field(
        default_factory=list,
        description="named only where the syllabus rules the concept out (does not cover it, "
        "leaves it to another module, or names it as a prerequisite); counted as missed",
    )
    cited_only: list[CoveredConcept] = Field(
        default_factory=list,
        description="named only in reading-list or citation entries; counted as missed",
    )
