"""Loaded by pytest before any other plugin (`-p tests.startup`, as the Makefile runs it).

nbval's plugin imports nbformat, which imports jsonschema, which imports rfc3987_syntax when it is
installed (jupyter_events asks for it). rfc3987_syntax builds some thirty Earley parsers at import:
1.5-2 s in every test process, measured with `python -X importtime -c "import nbformat"`. Nothing
here validates the IRI formats it serves, so jsonschema is shown the optional module as absent and
goes without it, as it does when the module is not installed.
"""

import sys

sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
