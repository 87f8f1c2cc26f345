"""The installed distribution carries every subpackage and its data files."""

import importlib
import importlib.metadata
import importlib.resources
import importlib.util

import pytest

SUBPACKAGES = ["imkg", "imkg.qa", "imkg.ingest", "imkg.api", "imkg.ontology", "imkg.corpus"]


@pytest.mark.parametrize("name", SUBPACKAGES)
def test_packaging_imports_every_subpackage(name):
    module = importlib.import_module(name)
    assert module.__spec__ is not None
    version = importlib.metadata.distribution("imkg").version
    assert version == importlib.import_module("imkg").__version__


def test_packaging_ships_the_ontology_files():
    from imkg import ontology

    names = {p.name for p in importlib.resources.files("imkg.ontology").iterdir()}
    assert set(ontology.SOURCE_FILES) | {ontology.SHAPES_FILE} <= names


def test_packaging_ships_the_corpus():
    root = importlib.resources.files("imkg.corpus")
    documents = [
        p for sub in ("course", "cases") for p in (root / sub).iterdir() if p.name.endswith(".md")
    ]
    assert len(documents) >= 12


@pytest.mark.parametrize("name", ["api", "ingest", "ontology", "corpus"])
def test_packaging_installs_no_generic_top_level_module(name):
    spec = importlib.util.find_spec(name)
    assert spec is None or "imkg" in str(spec.origin or spec.submodule_search_locations)


def test_packaging_declares_the_console_script():
    scripts = importlib.metadata.distribution("imkg").entry_points.select(group="console_scripts")
    assert {e.name: e.value for e in scripts}["imkg"] == "imkg.cli:main"


def test_packaging_lists_every_source_package_in_pyproject():
    import tomllib
    from pathlib import Path

    root = Path(__file__).parent.parent
    config = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    for name, folder in config["package-dir"].items():
        for init in (root / folder).rglob("__init__.py"):
            parts = init.parent.relative_to(root / folder).parts
            assert ".".join((name, *parts)) in listed, f"{init.parent} is not packaged"
