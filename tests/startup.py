"""Loaded by pytest before any other plugin (`-p tests.startup`, as the Makefile runs it).

nbval's plugin imports nbformat, which imports jsonschema, which imports rfc3987_syntax when it is
installed (jupyter_events asks for it). rfc3987_syntax builds some thirty Earley parsers at import:
1.5-2 s in every test process, measured with `python -X importtime -c "import nbformat"`. Nothing
here validates the IRI formats it serves, so jsonschema is shown the optional module as absent and
goes without it, as it does when the module is not installed.

It also gives the whole session, and the notebook kernels nbval starts from it, an empty reader data
folder (READER_HOME): the reader reopens where its settings file says, so the notebooks' outputs
must not depend on what the person running the tests last read, and no test may write there.
"""

import atexit
import os
import shutil
import sys
import tempfile

sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

_reader_data = tempfile.mkdtemp(prefix="reader-data-")
atexit.register(shutil.rmtree, _reader_data, ignore_errors=True)
os.environ["READER_HOME"] = _reader_data
