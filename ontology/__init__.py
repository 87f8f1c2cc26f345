"""The imkg ontology: schema, concepts, causal model (Turtle) and SHACL shapes.

``SOURCE_FILES`` together make up the curated ontology graph; ``SHAPES_FILE`` holds the
SHACL shapes it is validated against.
"""

from pathlib import Path

ONTOLOGY_DIR = Path(__file__).parent
SOURCE_FILES = ("imkg.ttl", "concepts.ttl", "causal-model.ttl")
SHAPES_FILE = "shapes.ttl"
