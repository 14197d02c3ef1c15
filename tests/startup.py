"""Loaded by pytest before any other plugin (`-p tests.startup`, as the Makefile runs it).

nbval's plugin imports nbformat, which imports jsonschema, which imports rfc3987_syntax when it is
installed (jupyter_events asks for it). rfc3987_syntax builds some thirty Earley parsers at import:
1.5-2 s in every test process, measured with `python -X importtime -c "import nbformat"`. Nothing
here validates the IRI formats it serves, so jsonschema is shown the optional module as absent and
goes without it, as it does when the module is not installed.

It also gives the whole session an empty reader data folder (READER_HOME), and each notebook nbval
runs a fresh one of its own, as `make notebooks` does: the reader reopens where its settings file
says, so a notebook's outputs must depend neither on what the person running the tests last read
nor on what another notebook run before it in the same worker chose. A reader's own corpus
(READER_CORPUS) is removed from the environment: the tests and the notebooks nbval runs see the
curated documents only, unless a test names a corpus of its own (the reader_corpus fixture).
"""

import atexit
import os
import shutil
import sys
import tempfile

import pytest

sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

_reader_data = tempfile.mkdtemp(prefix="reader-data-")
atexit.register(shutil.rmtree, _reader_data, ignore_errors=True)
os.environ["READER_HOME"] = _reader_data
# Tests and the notebooks they run never read or write the user's readings cache.
os.environ["READER_CACHE"] = tempfile.mkdtemp(prefix="reader-cache-", dir=_reader_data)
os.environ.pop("READER_CORPUS", None)


_notebooks_started: set[object] = set()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before a notebook's kernel starts (at its first cell), give it an empty READER_HOME."""
    notebook = item.parent
    if item.nodeid.split("::")[0].endswith(".ipynb") and notebook not in _notebooks_started:
        _notebooks_started.add(notebook)
        os.environ["READER_HOME"] = tempfile.mkdtemp(prefix="reader-data-", dir=_reader_data)
