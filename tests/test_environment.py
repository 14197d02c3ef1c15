"""environment.yml, requirements.txt, pyproject.toml and the running interpreter agree."""

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parent.parent
PIP_LINES = ["-r requirements.txt", "-e ."]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!-]+)$")


def parse_environment(text: str) -> dict[str, list[str]]:
    """Top-level lists of a flat conda environment file, with the nested pip list under "pip"."""
    lists: dict[str, list[str]] = {}
    key, pip_indent = "", 0
    for raw in text.splitlines():
        line = raw.split(" #")[0].rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        item = line.strip()
        if key == "pip" and indent <= pip_indent:
            key = "dependencies"
        if indent == 0:
            key, _, value = item.partition(":")
            lists[key] = [value.strip()] if value.strip() else []
        elif item == "- pip:" and key == "dependencies":
            key, pip_indent = "pip", indent
            lists["pip"] = []
        elif item.startswith("- ") and key:
            lists[key].append(item[2:].strip())
        else:
            raise ValueError(f"unexpected line: {raw!r}")
    return lists


def environment_problems(text: str, requires_python: str) -> list[str]:
    """Ways an environment file departs from installing requirements.txt and the project via pip."""
    try:
        env = parse_environment(text)
    except ValueError as error:
        return [str(error)]
    problems = []
    conda = env.get("dependencies", [])
    pythons = [d for d in conda if re.match(r"python\b", d)]
    if len(pythons) != 1 or not re.fullmatch(r"python=\d+\.\d+", pythons[0]):
        problems.append(f"want one python=X.Y dependency, got {pythons}")
    else:
        major, minor = (int(n) for n in pythons[0].split("=")[1].split("."))
        spec = SpecifierSet(requires_python)
        if f"{major}.{minor}.0" not in spec or f"{major}.{minor + 1}.0" in spec:
            problems.append(f"{pythons[0]} does not match requires-python {requires_python}")
        if minor and f"{major}.{minor - 1}.99" in spec:
            problems.append(f"{pythons[0]} is narrower than requires-python {requires_python}")
    extra = [d for d in conda if d not in pythons and d != "pip"]
    if extra or "pip" not in conda:
        problems.append(f"conda dependencies must be python and pip only, extra: {extra}")
    if env.get("pip") != PIP_LINES:
        problems.append(f"pip section must be exactly {PIP_LINES}, got {env.get('pip')}")
    return problems


def requirement_pins(text: str) -> tuple[dict[str, str], list[str]]:
    """Pinned name -> version from requirements text, and the lines that are not `name==version`."""
    pins, bad = {}, []
    for raw in text.splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        match = PIN.match(line)
        if match:
            pins[match[1]] = match[2]
        else:
            bad.append(raw)
    return pins, bad


def requires_python() -> str:
    """The project's requires-python specifier."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]


def test_environment_yml_installs_through_pip() -> None:
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert environment_problems(text, requires_python()) == []


def test_running_interpreter_fits_requires_python() -> None:
    assert SpecifierSet(requires_python()).contains(".".join(map(str, sys.version_info[:3])))


def test_requirements_are_all_pinned() -> None:
    pins, bad = requirement_pins((ROOT / "requirements.txt").read_text(encoding="utf-8"))
    assert pins and bad == []


def test_pinned_versions_are_installed() -> None:
    pins, _ = requirement_pins((ROOT / "requirements.txt").read_text(encoding="utf-8"))
    installed = {}
    for name in pins:
        try:
            installed[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed[name] = None
    assert installed == pins


GOOD_ENV = """\
name: x
channels:
  - conda-forge
dependencies:
  - python=3.11
  - pip
  - pip:
      - -r requirements.txt
      - -e .
"""


@pytest.mark.parametrize(
    "old, new",
    [
        ("python=3.11", "python=3.12"),
        ("python=3.11", "python>=3.10"),
        ("  - pip\n  - pip:", "  - pip\n  - numpy=2.0\n  - pip:"),
        ("      - -e .\n", "      - -e .\n      - pandas==3.1.1\n"),
        ("      - -r requirements.txt\n", ""),
        ("      - -e .\n", "      - -e .\n  - pyyaml\n"),
        ("  - pip\n  - pip:", "  - pip\n    nested: 1\n  - pip:"),
    ],
)
def test_environment_check_catches_drift(old: str, new: str) -> None:
    assert environment_problems(GOOD_ENV, ">=3.11,<3.12") == []
    assert old in GOOD_ENV
    assert environment_problems(GOOD_ENV.replace(old, new), ">=3.11,<3.12") != []


def test_pin_check_catches_loose_lines() -> None:
    pins, bad = requirement_pins("a==1.0  # why\n# note\nb>=2\nc\n-e .\n")
    assert pins == {"a": "1.0"}
    assert bad == ["b>=2", "c", "-e ."]


# The Binder layout: repo2docker reads environment.yml (conda, whose pip installs requirements.txt
# and the project), apt.txt (Debian packages) and postBuild (run once after the build).
REPO2DOCKER_DEPENDENCY_FILES = (
    "Pipfile",
    "Pipfile.lock",
    "setup.py",
    "runtime.txt",
    "install.R",
    "DESCRIPTION",
    "Project.toml",
    "default.nix",
    "Dockerfile",
)
"""Other files repo2docker installs from: each would be a second dependency list, or (Dockerfile,
default.nix) make it ignore environment.yml altogether."""


def apt_packages(text: str) -> list[str]:
    """The packages of an apt.txt: one a line, '#' starting a comment, as repo2docker reads it."""
    return [
        line.partition("#")[0].strip()
        for line in text.splitlines()
        if line.partition("#")[0].strip()
    ]


def ci_packages() -> list[str]:
    """The Debian packages .ci/run installs when missing (its `for package in …` loop)."""
    match = re.search(r"^for package in ([^;]+); do$", (ROOT / ".ci" / "run").read_text(), re.M)
    assert match, ".ci/run no longer lists its packages in one for loop"
    return match[1].split()


def test_apt_txt_installs_the_cjk_font_ci_installs() -> None:
    packages = apt_packages((ROOT / "apt.txt").read_text(encoding="utf-8"))
    assert packages == ["fonts-noto-cjk"]
    # Binder serves the notebooks, not the browser tests, so CI's chromium stays out of apt.txt.
    assert set(packages) <= set(ci_packages()) == {"chromium", "fonts-noto-cjk"}


def test_apt_packages_reads_comments_like_repo2docker() -> None:
    assert apt_packages("# fonts\nfonts-noto-cjk  # CJK\n\n  git\n") == ["fonts-noto-cjk", "git"]


def test_post_build_signs_the_notebooks_and_stops_on_error() -> None:
    path = ROOT / "postBuild"
    assert path.stat().st_mode & 0o111 == 0o111, "postBuild must be executable"
    commands = [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert path.read_text(encoding="utf-8").startswith("#!/bin/bash\n")
    assert commands == ["set -euo pipefail", "python -m helpers.notebook_runner --trust"]


def test_one_dependency_list() -> None:
    present = [name for name in REPO2DOCKER_DEPENDENCY_FILES if (ROOT / name).exists()]
    # A binder/ or .binder/ folder would make repo2docker ignore the files at the root.
    present += [name for name in ("binder", ".binder") if (ROOT / name).exists()]
    assert present == []
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "dependencies" not in project["project"]
    assert project["tool"]["setuptools"]["dynamic"]["dependencies"] == {
        "file": ["requirements.txt"]
    }
    pins, _ = requirement_pins((ROOT / "requirements.txt").read_text(encoding="utf-8"))
    for name in ("environment.yml", "apt.txt", "postBuild", "Makefile"):
        text = (ROOT / name).read_text(encoding="utf-8").lower()
        assert [
            pin for pin in pins if re.search(rf"\b{re.escape(pin.lower())}\s*[=<>~]=", text)
        ] == []
