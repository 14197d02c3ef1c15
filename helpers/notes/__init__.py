"""The reader's own annotations and word list (My words), in an SQLite store in the reader's data
folder (helpers.core.home), never in the repository.

May import: core, corpus, language (layer 3, beside glossary and numbers, which it may not import);
views import it.
"""
