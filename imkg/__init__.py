"""imkg: a knowledge graph and semantic query service over Internal Marketing."""

__version__ = "0.1.0"
