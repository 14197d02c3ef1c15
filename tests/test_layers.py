"""The layering of helpers/: an import goes to the importer's own subpackage or to a lower layer.

    core → corpus → language → glossary | numbers | notes → views → classroom → site → walkthrough
    → top level

Subpackages on one level (glossary and numbers) do not import each other, and no subpackage imports
the top-level surface `helpers` or a top-level module such as helpers.cli.
"""

import ast
from pathlib import Path

import pytest

HELPERS = Path(__file__).resolve().parent.parent / "helpers"
LAYERS = {
    "core": 0,
    "corpus": 1,
    "language": 2,
    "glossary": 3,
    "numbers": 3,
    "notes": 3,
    "views": 4,
    "classroom": 5,
    "site": 6,
    "walkthrough": 7,
    "cli": 9,
}
TOP = 9


def layer(module: str) -> tuple[int, str]:
    """A module's layer and subpackage ('' for helpers itself and its top-level modules)."""
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] in LAYERS:
        return LAYERS[parts[1]], parts[1]
    return TOP, ""


def imported(source: str, package: str) -> list[tuple[int, str]]:
    """(line, module) of every import of a helpers module in a source, relative ones resolved."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [
                (node.lineno, alias.name)
                for alias in node.names
                if alias.name.split(".")[0] == "helpers"
            ]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            if name.split(".")[0] == "helpers":
                found.append((node.lineno, name))
    return found


def violations(module: str, source: str) -> list[str]:
    """Every import in a module's source that goes up a layer or sideways to another subpackage."""
    own_level, own_package = layer(module)
    package = module if module.endswith("__init__") else module.rsplit(".", 1)[0]
    problems = []
    for line, target in imported(source, package):
        level, target_package = layer(target)
        if own_package and target_package == own_package:
            continue
        if level >= own_level and not (own_level == TOP and level == TOP):
            problems.append(
                f"{module}:{line} imports {target} (layer {level} from layer {own_level})"
            )
    return problems


def modules() -> list[tuple[str, Path]]:
    """Every module of the package with its dotted name."""
    found = []
    for path in sorted(HELPERS.rglob("*.py")):
        parts = path.relative_to(HELPERS.parent).with_suffix("").parts
        found.append((".".join(parts), path))
    return found


@pytest.mark.parametrize("module, path", modules(), ids=[name for name, _ in modules()])
def test_imports_go_down_the_layers(module: str, path: Path) -> None:
    assert violations(module, path.read_text(encoding="utf-8")) == []


def test_every_subpackage_has_a_layer_and_says_what_it_may_import() -> None:
    for folder in sorted(p for p in HELPERS.iterdir() if (p / "__init__.py").is_file()):
        assert folder.name in LAYERS, f"helpers/{folder.name} has no layer in tests/test_layers.py"
        assert "May import:" in (folder / "__init__.py").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "module, source",
    [
        ("helpers.corpus.segments", "from helpers.language.conversion import convert\n"),
        ("helpers.corpus.segments", "def f():\n    from helpers.views.text import document_view\n"),
        ("helpers.glossary.search", "from helpers.numbers.extract import quantities\n"),
        ("helpers.numbers.claims", "import helpers.glossary.entries\n"),
        ("helpers.language.readings", "from helpers import documents\n"),
        ("helpers.core.paths", "from helpers.cli import main\n"),
        ("helpers.views.reader", "from ..cli import main\n"),
    ],
)
def test_an_upward_or_sideways_import_is_reported(module: str, source: str) -> None:
    assert len(violations(module, source)) == 1


@pytest.mark.parametrize(
    "module, source",
    [
        ("helpers.views.reader", "from helpers.corpus.segments import segmented\n"),
        (
            "helpers.glossary.search",
            "from helpers.glossary.terms import term_spans\nfrom .entries import Entry\n",
        ),
        (
            "helpers.cli",
            "from helpers.views.text import document_view\n"
            "from helpers.bench import run_benchmarks\n",
        ),
        ("helpers", "from helpers.core.caching import reload\n"),
    ],
)
def test_a_downward_import_is_allowed(module: str, source: str) -> None:
    assert violations(module, source) == []


def test_no_module_is_longer_than_350_lines() -> None:
    long = {
        name: n
        for name, path in modules()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 350
    }
    assert long == {}
